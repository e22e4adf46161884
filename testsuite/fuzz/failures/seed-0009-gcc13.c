/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-13. Reproduce: testsuite/fuzz/check.sh --gcc 13 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0009-gcc13.c */
/* gcc-escape fuzz program, seed 9: testsuite/fuzz/gen 9 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __GC_ESCAPE__
# define GC_ALLOC __attribute__ ((gc_alloc))
# define GC_CALLOC __attribute__ ((gc_alloc (1, 2)))
# define GC_FREE __attribute__ ((gc_free))
#else
# define GC_ALLOC
# define GC_CALLOC
# define GC_FREE
#endif

/* A counting, calloc-based collector stand-in.  Each block has a
   16-byte header with a magic word that gc_free checks.  */
#define GC_MAGIC 0x5ca1ab1e600dUL
static unsigned long n_allocs, n_frees;
GC_ALLOC void *gc_alloc (unsigned long n) __attribute__ ((noinline, malloc));
GC_CALLOC void *gc_calloc (unsigned long n, unsigned long size) __attribute__ ((noinline));
GC_FREE void gc_free (void *p) __attribute__ ((noinline));
#define NEW(T) ((T *) gc_alloc (sizeof (T)))

void *
gc_alloc (unsigned long n)
{
  unsigned long *p = calloc (1, n + 16);
  if (!p)
    abort ();
  n_allocs++;
  p[0] = GC_MAGIC;
  return p + 2;
}

void *
gc_calloc (unsigned long n, unsigned long size)
{
  return gc_alloc (n * size);
}

/* Frees nothing (the program may still use the block): it checks that
   its argument is a heap block.  */
void
gc_free (void *p)
{
  if (((unsigned long *) p)[-2] != GC_MAGIC)
    {
      printf ("gc_free: not a gc_alloc block\n");
      abort ();
    }
  n_frees++;
}

struct node
{
  struct node *next, *other;
  void *slot;			/* always a struct node * or NULL */
  unsigned long val;
  unsigned long a[4];
};
struct pair { struct node *a, *b; };
struct holder { struct node *p; struct pair pr; unsigned long k; };

static struct node *g_n[4];
static struct node *g_list;
static void *g_any;
static struct holder g_h;
static unsigned long g_acc;
static unsigned long *g_up;		/* into some node's a[] or a buffer */

static unsigned long
mix (unsigned long h, unsigned long v)
{
  h ^= v + 0x9e3779b97f4a7c15UL + (h << 6) + (h >> 2);
  return h;
}

static unsigned long
list_sum (const struct node *p)
{
  unsigned long s = 0;
  for (int n = 0; p && n < 16; n++, p = p->next)
    s = mix (s, p->val + p->a[n & 3]);
  return s;
}

static unsigned long
list_len (const struct node *p)
{
  unsigned long n = 0;
  for (; p && n < 32; p = p->next)
    n++;
  return n;
}

static unsigned long
deep_sum (const struct node *p, int d)
{
  if (!p)
    return 7;
  unsigned long s = mix (p->val, p->a[0] ^ p->a[1] ^ p->a[2] ^ p->a[3]);
  if (d <= 0)
    return s;
  s = mix (s, deep_sum (p->next, d - 1));
  s = mix (s, deep_sum (p->other, d - 1));
  return mix (s, deep_sum ((const struct node *) p->slot, d - 1));
}

static unsigned long
arr_sum (struct node *const *a, int n)
{
  unsigned long s = 0;
  for (int i = 0; i < n; i++)
    s = mix (s, a[i]->val);
  return s;
}

static int
cmp_nodes (const void *x, const void *y)
{
  const struct node *a = *(struct node *const *) x, *b = *(struct node *const *) y;
  return (a->val > b->val) - (a->val < b->val);
}

typedef unsigned long (*cb_t) (void *, unsigned long);
static unsigned long cb_read (void *ctx, unsigned long x) { return ((struct node *) ctx)->val + x; }
static unsigned long cb_keep (void *ctx, unsigned long x) { g_any = ctx; return x * 3; }
static unsigned long cb_bump (void *ctx, unsigned long x) { struct node *n = ctx; n->val += x; return n->val; }
static cb_t g_cb[4] = { cb_read, cb_keep, cb_bump, cb_read };
__attribute__ ((noinline)) unsigned long apply (cb_t f, void *ctx, unsigned long x) { return f (ctx, x); }

struct node *f0 (unsigned long x0, unsigned long x1);
static unsigned long f1 (struct node *n0, unsigned long x0, unsigned long x1, struct pair pr);
void r2 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1);
static void r3 (unsigned long d, unsigned long x0, unsigned long x1);
static struct node *f4 (struct node *n0);
struct node *f5 (struct node *n0, unsigned long x0, unsigned long x1, struct pair pr);
unsigned long r6 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out);
static struct node *f7 (void);
static void f8 (struct node *n0, struct node *n1, unsigned long x0, struct node **out);
static struct node *r9 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1);
static unsigned long r10 (unsigned long d, struct node *n0, unsigned long x0);
struct node *f11 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out);
unsigned long f12 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static struct node *r13 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0);
static unsigned long f14 (unsigned long x0, unsigned long x1);
struct node *r15 (unsigned long d);

struct node *f0 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0UL;
  struct node *p3 = gc_alloc (sizeof (struct node));
  p3->val = ((x0 | p3->a[2]) * (x1 & p3->a[3]));
  p3->a[3] = (x0 - 92591822UL);
  acc += (unsigned long) ((uintptr_t) p3 != 0);
  p3->other = p3;
  for (unsigned long i4 = 0; i4 < 5; i4++)
  {
    struct node *p5 = gc_calloc (1, sizeof (struct node));
    p5->val = deep_sum (p3, 1);
    p5->next = p3;
    struct node *p6 = gc_alloc (sizeof (struct node));
    p6->val = deep_sum (g_n[0], 1);
    p3 = p5;
  }
  p3 = g_n[x1 & 3];
  if ((p3->val ^ x1) % 2 == 1)
  {
    acc += (p3->next ? p3->next->val : p3->a[2]);
    struct node *p7 = gc_alloc (64);
    p7->val = list_sum (p7);
    p7->a[2] = (x1 & x0);
    p7->next = (p3->other ? p3->other : p3);
  }
  struct node s8 = { 0 };
  s8.val = (g_n[1]->val << (x1 & 63));
  acc += apply (cb_keep, p3, p3->a[1]);
  return g_n[p3->val & 3];
}

static inline unsigned long f1 (struct node *n0, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 3918164235UL;
  struct node *p12 = pr.b;
  struct node *w13 = g_n[0];
  for (unsigned long i14 = 0; i14 < 5; i14++)
  {
    w13 = gc_alloc (sizeof (struct node));
    w13->val = i14 * list_len (p12);
    acc += w13->val + list_sum (w13);
  }
  g_list->other = g_n[x0 & 3];
  p12->a[x0 & 3] = deep_sum (p12, 0);
  for (unsigned long i15 = 0; i15 < 1; i15++)
  {
    struct node *p16 = gc_alloc (64);
    p16->val = (n0->next ? n0->next->val : list_sum (p16));
    p16->a[0] = deep_sum (p12, 2);
    p16->next = p12;
    acc += (p16->a[2] + g_n[1]->val);
    struct node *p17 = gc_alloc (sizeof (struct node));
    p17->val = (unsigned long) (g_n[g_n[3]->val & 3] == g_n[g_n[2]->val & 3]);
  }
  x0 = n0->a[1];
  return acc ^ (p12->next ? p12->next->val : g_n[0]->val);
}

void r2 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3097388394UL;
  if (d == 0)
    return;
  struct node *p21 = gc_alloc (sizeof (struct node));
  struct node *p22 = gc_alloc (sizeof (struct node));
  if ((n0->next ? n0->next->val : p22->val) % 3 == 1) return;
  acc += list_sum ((x1 & 1 ? g_n[3] : g_n[2]));
  unsigned long st23 = 0;
  for (struct node *q = (p22->next ? p22->next : p21); q && st23 < 8; q = q->next, st23++)
    acc += q->val * (st23 + 1);
  n0->a[3496864855UL & 3] = g_n[p22->val & 3]->a[deep_sum (n0, 0) & 3];
  struct node *arr24[4] = { (g_n[1]->other ? g_n[1]->other : g_n[3]), g_n[0], g_n[2], g_n[1] };
  for (unsigned long i25 = 0; i25 < 1; i25++)
  {
    struct node *p26 = gc_alloc (sizeof (struct node));
    p26->a[2] = list_sum (p21);
    p26->next = (st23 & 1 ? p22 : p26);
    p26->next = n0;
    n0 = p26;
  }
  struct node *p27 = f0 ((unsigned long) (n0 == n0), 94UL);
  arr24[x1 & 3] = g_n[1];
  struct node *p28 = f0 ((p22->slot ? ((struct node *) p22->slot)->val : p27->a[2]), (p27->next ? p27->next->val : x1));
  p21->a[p21->val & 3] = (4185983740UL * p27->val);
  if (d > 0)
  {
    r3 (d - 1, list_sum (p22), (n0->a[3] << (p22->a[2] & 63)));
  }
  { unsigned long *q = &p21->a[0]; *q ^= x1; }
  if (list_len (p27) % 3 == 0)
  {
    struct node *p29 = f0 (x0, x1);
  }
  else
  {
    if (list_sum (p27) % 3 == 1)
    {
      qsort (arr24, 4, sizeof arr24[0], cmp_nodes);
    }
    else
    {
    }
  }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) void r3 (unsigned long d, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x7da3637320a8a5a8UL;
  if (d == 0)
    return;
  struct node *p32 = gc_alloc (sizeof (struct node));
  p32->val = (list_len (p32) << ((p32->slot ? ((struct node *) p32->slot)->val : x0) & 63));
  p32->next = g_n[0];
  p32->slot = p32;
  acc += x0;
  acc += f1 (p32, (p32->next ? p32->next->val : p32->val), (p32->next ? p32->next->val : 1UL), (struct pair) { (g_n[3]->other ? g_n[3]->other : p32), p32 });
  if (g_acc % 4 == 1)
  {
    struct node *p33 = gc_alloc (64 + x1 % 16);
    p33->val = (p32->val - p32->val);
  }
  else
  {
    acc += apply (cb_keep, (p32->next ? p32->next : p32), x0);
  }
  p32->other = (p32->val & 1 ? p32 : p32);
  g_up = &g_n[0x3e48efd825a9b943UL & 3]->a[3];
  struct node *p34 = f0 (6UL, p32->val);
  g_h.pr.b = p34;
  p34->a[deep_sum (p32, 0) & 3] = (0x6af3d50311a539daUL ^ (p34->slot ? ((struct node *) p34->slot)->val : p32->val));
  g_acc += list_sum (g_n[g_n[0]->val & 3]);
  p34->val += (unsigned long) (p34 == p34);
  x0 = f1 ((p34->val & 1 ? p32 : p32), (g_n[0]->next ? g_n[0]->next->val : p32->a[3]), x0, (struct pair) { p34, (g_n[0]->val & 1 ? p32 : p32) });
  struct node *arr35[4] = { (p32->next ? p32->next : p34), p32, g_n[3], p34 };
  if (d > 0)
  {
    r2 (d - 1, p34, (unsigned long) ((uintptr_t) p32 != 0), (unsigned long) ((uintptr_t) p32 != 0));
  }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) struct node *f4 (struct node *n0)
{
  unsigned long acc = 2UL;
  struct node *p37 = gc_alloc (sizeof (struct node));
  p37->val = ((n0->val ^ 2297655413UL) * (n0->slot ? ((struct node *) n0->slot)->val : g_n[2]->val));
  r2 (0x56c2cce34054172cUL % 4, n0, 0x45dce7491bd1c961UL, 89837938UL);
  acc += ((unsigned long) (n0 == n0) * g_n[3]->val);
  acc += 0xb45105454d638ffUL;
  struct node *arr38[4] = { n0, (n0->next ? n0->next : p37), (p37->other ? p37->other : p37), (g_n[3]->next ? g_n[3]->next : p37) };
  unsigned long *b39 = gc_alloc (96);
  b39[0] = (unsigned long) (p37 == p37);
  b39[2] = b39[2UL & 3];
  b39[3] = (1UL - 3409679229UL);
  for (unsigned long i40 = 0; i40 < 4; i40++)
  {
    struct node *p41 = gc_alloc (sizeof (struct node));
    p41->val = (n0->a[2] & g_acc);
    p41->a[1] = (unsigned long) (p37 == n0);
    g_list = p41;
  }
  return (p37->next ? p37->next : p37);
}

struct node *f5 (struct node *n0, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 98UL;
  struct node *p45 = pr.b;
  { unsigned long *q = &n0->a[0]; *q ^= x1; }
  struct node s46 = { 0 };
  s46.val = (p45->val - n0->a[0]);
  g_list = n0;
  unsigned long *b47 = gc_alloc (64);
  b47[0] = list_len (n0);
  b47[1] = 3817302630UL;
  b47[3] = deep_sum (n0, 2);
  struct node *p48 = NEW (struct node);
  p48->val = (unsigned long) (p48 == (p45->other ? p45->other : p45));
  p48->next = p48;
  b47[g_n[3]->a[n0->val & 3] & 3] = ((n0->val & 1 ? p45 : n0)->next ? (n0->val & 1 ? p45 : n0)->next->val : list_len (p45));
  for (unsigned long i49 = 0; i49 < 5; i49++)
  {
    struct node *p50 = gc_alloc (sizeof (struct node));
    p50->val = (p50->next ? p50->next->val : b47[2]);
    p50->a[0] = (b47[1] ? p45->a[2] : x1);
    unsigned long *b51 = gc_alloc (96);
    b51[2] = list_sum (&s46);
    b51[3] = (p45->slot ? ((struct node *) p45->slot)->val : g_n[2]->val);
    if (b51[0] % 7 == 1) return p50;
    p45->val += g_acc;
    struct node *p52 = f0 ((b51[1] & g_n[3]->val), deep_sum (p50, 0));
  }
  n0->val += s46.a[0];
  n0->a[list_len (p48) & 3] = ((unsigned long) (p48 == n0) << (deep_sum (p48, 2) & 63));
  for (unsigned long i53 = 0; i53 < 2; i53++)
  {
    struct node *p54 = NEW (struct node);
    p54->val = list_sum (n0);
    p54->a[2] = list_len (n0);
    p54->next = p48;
    if (s46.val % 2 == 0)
    {
      if (s46.a[3] % 3 == 1)
      {
        gc_free (p54);
      }
      else
      {
        p54->next = (s46.next ? s46.next : p48);
      }
    }
  }
  return (284283590UL & 1 ? n0 : n0);
}

unsigned long r6 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out)
{
  unsigned long acc = 0x77c102bc26c95bffUL;
  if (d == 0)
    return acc;
  struct node *p59 = gc_alloc (sizeof (struct node));
  p59->val = (0UL ^ p59->a[2]);
  p59->a[3] = (x0 | n2->a[0]);
  struct node s60 = { 0 };
  s60.val = (x0 & g_n[3]->val);
  s60.other = (0x43d6c7397f230755UL & 1 ? n2 : p59);
  if ((g_n[2]->val | deep_sum (p59, 0)) % 2 == 1)
  {
    acc += g_cb[(unsigned long) (n2 == p59) & 3] (n1, (g_n[2]->val ? g_n[2]->val : p59->val));
  }
  gc_free (p59);
  x0 = s60.a[0];
  s60 = *n1;
  unsigned long st61 = 0;
  for (struct node *q = n2; q && st61 < 8; q = q->next, st61++)
    acc += q->val * (st61 + 1);
  unsigned long *b62 = gc_alloc (96 + ((g_n[1]->val - g_n[0]->val) & 7));
  b62[0] = 0x705c85ea6557cf42UL;
  b62[3] = (0x158e835568056bb0UL / (b62[0] | 1));
  if (d > 0)
  {
    x0 = r6 (d - 1, (n1->next ? n1->next : n1), (n1->next ? n1->next : n1), n2, 2793532270UL, &g_n[0]);
  }
  return acc ^ st61;
}

static struct node *f7 (void)
{
  unsigned long acc = 2968405341UL;
  struct node *p63 = gc_alloc (64);
  p63->val = (g_n[p63->val & 3]->slot ? ((struct node *) g_n[p63->val & 3]->slot)->val : g_n[2]->val);
  unsigned long st64 = 0;
  for (struct node *q = p63; q && st64 < 8; q = q->next, st64++)
    acc += q->val * (st64 + 1);
  unsigned long st65 = 0;
  for (struct node *q = g_n[st64 & 3]; q && st65 < 8; q = q->next, st65++)
    acc += q->val * (st65 + 1);
  acc = mix (acc, p63->val);
  unsigned long st66 = 0;
  for (struct node *q = p63; q && st66 < 8; q = q->next, st66++)
    acc += q->val * (st66 + 1);
  struct node *w67 = p63;
  for (unsigned long i68 = 0; i68 < 1; i68++)
  {
    w67 = gc_alloc (sizeof (struct node));
    w67->val = i68 * (i68 >> (st65 & 63));
    acc += w67->val + list_sum (w67);
  }
  unsigned long u69 = ((w67->other ? w67->other : p63)->next ? (w67->other ? w67->other : p63)->next->val : g_n[3]->val);
  if (g_n[2]->val % 3 == 1)
  {
  }
  else
  {
  }
  return (g_n[0]->val & 1 ? p63 : p63);
}

static inline void f8 (struct node *n0, struct node *n1, unsigned long x0, struct node **out)
{
  unsigned long acc = 3204176509UL;
  g_h.pr.a = (g_n[3]->other ? g_n[3]->other : n1);
  struct node *p73 = gc_alloc (sizeof (struct node));
  p73->val = n1->a[2];
  p73->next = n1;
  struct node *p74 = gc_alloc (sizeof (struct node));
  p74->val = ((unsigned long) (p74 == n0) * p73->val);
  acc += *out ? (*out)->val : deep_sum (p73, 0);
  n1 = n0;
  acc += f1 ((*out ? *out : n0), (63UL + n1->val), (unsigned long) ((uintptr_t) p73 != 0), (struct pair) { n0, (g_n[0]->next ? g_n[0]->next : g_n[0]) });
  if (0UL % 2 == 0)
  {
    *out = (g_n[0]->val & 1 ? n0 : n0);
    for (unsigned long i75 = 0; i75 < 4; i75++)
    {
      p73->a[g_n[1]->a[n1->a[2] & 3] & 3] = list_len (p74);
    }
  }
  { unsigned long *q = &p74->a[3]; *q ^= (p74->a[2] ? p74->a[1] : g_n[1]->val); }
  struct node *p76 = f4 (p74);
  g_acc ^= acc;
}

static __attribute__ ((noinline)) struct node *r9 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3201159612UL;
  if (d == 0)
    return n0;
  struct node *p80 = gc_alloc (sizeof (struct node));
  p80->val = (n0->slot ? ((struct node *) n0->slot)->val : (unsigned long) (p80 == n0));
  printf ("r9.0 %lu\n", acc);
  for (unsigned long i81 = 0; i81 < 8; i81++)
  {
    struct node *p82 = gc_alloc (sizeof (struct node));
    p82->val = (unsigned long) ((uintptr_t) n0 != 0);
    p82->next = n0;
    n0 = p82;
  }
  { unsigned long *q = &p80->a[2]; *q ^= 2UL; }
  struct node *p83 = gc_alloc (sizeof (struct node));
  p83->a[2] = (1755201364UL | 59UL);
  p83->next = p83;
  p80->next = p83;
  if (d > 0)
  {
    x1 = r10 (d - 1, p80, x0);
  }
  { struct node *volatile vol = p80; acc += vol->val; }
  acc += 0x26dd741602b895b6UL;
  for (unsigned long i84 = 0; i84 < 4; i84++)
  {
    struct node *p85 = gc_alloc (sizeof (struct node));
    p85->val = (unsigned long) ((uintptr_t) p80 != 0);
    x1 = r6 ((g_n[3]->val / (g_n[2]->val | 1)) % 4, n0, (p83->next ? p83->next : p83), p83, (p80->slot ? ((struct node *) p80->slot)->val : p80->val), &p80);
  }
  for (unsigned long i86 = 0; i86 < 4; i86++)
  {
    struct node *p87 = gc_alloc (sizeof (struct node));
    p87->next = p80;
    struct node *p88 = gc_alloc (64);
    p88->val = p87->val;
    p88->next = p88;
  }
  struct node *p89 = f0 (x1, x1);
  acc += g_n[2]->val;
  void *vp90 = p80;
  acc += (p83->a[n0->val & 3] - x1);
  for (unsigned long i91 = 0; i91 < 4; i91++)
  {
    struct node *w92 = p89;
    for (unsigned long i93 = 0; i93 < 2; i93++)
    {
      w92 = gc_alloc (sizeof (struct node));
      w92->val = i93 * (0x10d20c434eeac56aUL & 0UL);
      acc += w92->val + list_sum (w92);
    }
  }
  return (p89->val & 1 ? p83 : p89);
}

static __attribute__ ((noinline)) unsigned long r10 (unsigned long d, struct node *n0, unsigned long x0)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return acc;
  struct node *p96 = gc_alloc (64);
  p96->val = (x0 << ((x0 - g_n[2]->val) & 63));
  p96->a[1] = (unsigned long) (p96 == p96);
  p96->next = g_n[n0->val & 3];
  p96 = f5 (g_n[x0 & 3], (n0->next ? n0->next->val : g_n[1]->val), (g_n[1]->val << (p96->a[3] & 63)), (struct pair) { (n0->next ? n0->next : p96), (x0 & 1 ? n0 : p96) });
  acc = mix (acc, (n0->a[2] - n0->a[3]));
  x0 = f1 (p96, (p96->slot ? ((struct node *) p96->slot)->val : x0), (unsigned long) ((uintptr_t) p96 != 0), (struct pair) { (77UL & 1 ? p96 : p96), (p96->other ? p96->other : p96) });
  p96->a[2UL & 3] = (n0->slot ? ((struct node *) n0->slot)->val : 93UL);
  struct node s97 = { 0 };
  s97.val = n0->a[1];
  g_list->other = p96;
  if (d > 0)
  {
    x0 = r10 (d - 1, (s97.next ? s97.next : n0), (unsigned long) (p96 == p96));
  }
  return acc ^ (n0->val << (66244053UL & 63));
}

struct node *f11 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out)
{
  unsigned long acc = 3250875294UL;
  n2->next = (n0->next ? n0->next : n2);
  if (n1->val % 2 == 0)
  {
    struct node *arr102[4] = { (*out ? *out : n0), (n2->next ? n2->next : n1), n2, n0 };
    n1->other = n0;
    n1->other = n1;
  }
  if (deep_sum (n0, 1) % 2 == 0)
  {
    x0 = ((x0 * x0) * (44UL | x0));
  }
  else
  {
  }
  return (n0->next ? n0->next : n0);
}

unsigned long f12 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 2UL;
  struct node *p107 = NEW (struct node);
  p107->a[1] = n0->a[2];
  struct node *p108 = f4 (g_n[x0 & 3]);
  acc = mix (acc, (x0 / (p108->a[1] | 1)));
  struct node *p109 = f11 ((p107->next ? p107->next : n1), n0, n0, x0, &n2);
  acc += list_len (p108);
  acc += ((g_n[1]->val & 1 ? n2 : p107)->slot ? ((struct node *) (g_n[1]->val & 1 ? n2 : p107)->slot)->val : (0UL >> (n1->val & 63)));
  acc += apply (cb_bump, n0, x0);
  acc += ((unsigned long) ((uintptr_t) p109 != 0) | (n2->val - x0));
  g_h.p = (p109->next ? p109->next : p108);
  struct node *w110 = p109;
  for (unsigned long i111 = 0; i111 < 2; i111++)
  {
    w110 = gc_alloc (sizeof (struct node));
    w110->val = i111 * (unsigned long) ((uintptr_t) w110 != 0);
    acc += w110->val + list_sum (w110);
  }
  printf ("f12.1 %lu\n", acc);
  struct node *arr112[4] = { (n2->next ? n2->next : p108), (p109->other ? p109->other : n1), p108, n0 };
  p107 = p107;
  return acc ^ (n2->val | p107->val);
}

static struct node *r13 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 37UL;
  if (d == 0)
    return n0;
  struct node *p116 = gc_alloc (64);
  struct node *p117 = f0 (3296960428UL, list_len (g_n[1]));
  void *vp118 = p117;
  struct node *p119 = f7 ();
  void *vp120 = p117;
  g_acc += (unsigned long) ((uintptr_t) n0 != 0);
  for (unsigned long i121 = 0; i121 < 7; i121++)
  {
    struct node *p122 = gc_alloc (sizeof (struct node));
    p122->next = n0;
    n0 = p122;
  }
  unsigned long *b123 = gc_alloc (32);
  b123[0] = (unsigned long) (p116 == p119);
  b123[1] = (1UL * x0);
  struct node *p124 = gc_alloc (sizeof (struct node));
  p124->next = n1;
  struct node *p125 = gc_alloc (sizeof (struct node));
  p125->val = deep_sum ((p124->next ? p124->next : g_n[2]), 2);
  p125->next = p117;
  for (unsigned long i126 = 0; i126 < 2; i126++)
  {
    struct node *p127 = gc_alloc (sizeof (struct node));
    p127->val = ((struct node *) vp120)->val;
    p127->a[0] = b123[0];
    p127->next = p119;
    p119 = p127;
  }
  struct node s128 = { 0 };
  s128.val = list_len (p119);
  s128.next = ((struct node *) vp120);
  s128.other = (s128.next ? s128.next : p125);
  gc_free (p119);
  acc += (p125->slot ? ((struct node *) p125->slot)->val : x0);
  x0 = ((0UL << (g_n[1]->val & 63)) - (x0 ? x0 : p125->val));
  if (d > 0)
  {
    struct node *p129 = r13 (d - 1, (p125->other ? p125->other : p117), p116, *g_up);
  }
  return g_n[x0 & 3];
}

static __attribute__ ((noinline)) unsigned long f14 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1UL;
  struct node *p132 = gc_alloc (sizeof (struct node));
  p132->val = ((g_n[2]->val * g_n[1]->val) - x1);
  p132->other = (p132->next ? p132->next : p132);
  p132->a[(p132->val ^ 1UL) & 3] = (unsigned long) ((uintptr_t) g_n[0] != 0);
  unsigned long *b133 = gc_alloc (96);
  b133[0] = b133[p132->val & 3];
  b133[1] = (b133[0] | p132->a[0]);
  b133[2] = b133[2];
  g_n[1]->next = p132;
  if ((b133[3] - x1) % 4 == 1) return acc ^ deep_sum (p132, 1);
  struct node *p134 = gc_alloc (sizeof (struct node));
  p134->val = deep_sum ((p132->other ? p132->other : p132), 1);
  void *vp135 = (p134->next ? p134->next : p132);
  g_acc += ((p134->a[2] >> (1UL & 63)) % ((p132->next ? p132->next->val : 836141064UL) | 1));
  acc += x0;
  acc += r6 ((b133[3] / (x0 | 1)) % 4, (g_n[0]->next ? g_n[0]->next : g_n[2]), p134, g_n[x0 & 3], (p132->val - x1), &p132);
  if (p134 != (x0 & 1 ? p134 : p134))
    memcpy (p134, (x0 & 1 ? p134 : p134), sizeof (struct node));
  struct node *p136 = gc_alloc (sizeof (struct node));
  p136->val = ((struct node *) vp135)->val;
  struct node **v137 = gc_alloc (4 * sizeof (struct node *));
  v137[0] = p136;
  v137[2] = p132;
  struct node s138 = { 0 };
  s138.val = (p136->next ? p136->next->val : p136->a[0]);
  s138.next = (x0 & 1 ? p132 : p134);
  struct node **v139 = gc_alloc (4 * sizeof (struct node *));
  v139[2] = (p132->other ? p132->other : p132);
  return acc ^ (g_n[1]->a[0] + b133[1]);
}

struct node *r15 (unsigned long d)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return g_n[1];
  struct node *p140 = gc_alloc (sizeof (struct node));
  p140->val = 1UL;
  unsigned long *b141 = gc_alloc (32);
  b141[0] = list_sum (p140);
  b141[2] = (57UL ? 0x680bf8795f073fe7UL : 45UL);
  if (p140 != (p140->next ? p140->next : p140))
    memcpy (p140, (p140->next ? p140->next : p140), sizeof (struct node));
  void *vp142 = p140;
  struct node *p143 = gc_alloc (64 + ((41UL % (1907556148UL | 1)) & 7));
  p143->val = (p143->next ? p143->next->val : p140->a[0]);
  p143->next = ((struct node *) vp142);
  gc_free (p140);
  acc = mix (acc, (p140->slot ? ((struct node *) p140->slot)->val : 98UL));
  printf ("r15.2 %lu\n", acc);
  struct node *p144 = NEW (struct node);
  p144->val = ((b141[3] ? 3318007311UL : p140->a[0]) * (87UL >> (p140->val & 63)));
  struct node *p145 = gc_alloc (sizeof (struct node));
  p145->val = (((struct node *) vp142)->val - p140->a[0]);
  p145->next = (p143->other ? p143->other : p144);
  acc = mix (acc, (p143->a[3] + b141[1]));
  if (d > 0)
  {
    struct node *p146 = r15 (d - 1);
  }
  return p144;
}

int
main (void)
{
  for (int i = 0; i < 4; i++)
    {
      g_n[i] = gc_alloc (sizeof (struct node));
      g_n[i]->val = i + 1;
    }
  g_list = g_n[0];
  g_h.p = g_n[1];
  g_h.pr.a = g_n[2];
  g_h.pr.b = g_n[3];
  g_any = g_n[0];
  g_up = &g_n[2]->a[1];
  unsigned long acc = 9UL;
  struct node *p147 = gc_alloc (sizeof (struct node));
  p147->val = (unsigned long) (p147 == p147);
  p147->a[2] = (g_n[1]->val << (p147->a[0] & 63));
  p147->next = p147;
  struct node *p148 = gc_alloc (sizeof (struct node));
  p148->val = deep_sum (p147, 0);
  p148->a[1] = list_sum (p147);
  struct node *w149 = p147;
  for (unsigned long i150 = 0; i150 < 3; i150++)
  {
    w149 = gc_alloc (sizeof (struct node));
    w149->val = i150 * p148->a[i150 & 3];
    acc += w149->val + list_sum (w149);
  }
  acc += w149->a[1UL & 3];
  acc += (unsigned long) ((uintptr_t) w149 != 0);
  acc += cb_read ((3UL & 1 ? p148 : p147), p147->a[g_n[0]->val & 3]);
  struct node s151 = { 0 };
  s151.val = (w149->next ? w149->next->val : 92UL);
  w149->slot = g_n[1];
  p147->a[list_len (p148) & 3] = ((unsigned long) ((uintptr_t) p147 != 0) % (*g_up | 1));
  unsigned long st152 = 0;
  for (struct node *q = (w149->val & 1 ? g_n[3] : w149); q && st152 < 8; q = q->next, st152++)
    acc += q->val * (st152 + 1);
  if (w149 != (w149->other ? w149->other : p147))
    memcpy (w149, (w149->other ? w149->other : p147), sizeof (struct node));
  p148->other = p147;
  p147->slot = g_n[1];
  struct node s153 = { 0 };
  s153.val = g_n[1]->val;
  s153.next = w149;
  { unsigned long *q = &w149->a[0]; *q ^= st152; }
  acc += r10 ((st152 * 0UL) % 4, (p147->other ? p147->other : w149), st152);
  p147->slot = g_n[2];
  *p147 = s151;
  unsigned long st154 = 0;
  for (struct node *q = p147; q && st154 < 8; q = q->next, st154++)
    acc += q->val * (st154 + 1);
  acc += (list_sum (w149) - (st152 ^ st152));
  printf ("main.3 %lu\n", acc);
  { struct node *volatile vol = p147; acc += vol->val; }
  r3 (w149->a[2] % 4, st154, st154);
  printf ("main.r3 %lu\n", acc);
  f8 (g_n[3], (s151.next ? s151.next : p147), list_sum (&s151), &g_n[3]);
  printf ("main.f8 %lu\n", acc);
  p148 = r9 (st154 % 4, w149, (st154 & p147->val), (st152 & g_n[3]->val));
  printf ("main.r9 %lu\n", acc);
  acc += f12 (g_n[0], g_n[0], g_n[3], g_n[1]->val);
  printf ("main.f12 %lu\n", acc);
  p148 = r13 (*g_up % 4, g_n[1], g_n[0], st152);
  printf ("main.r13 %lu\n", acc);
  acc += f14 ((w149->slot ? ((struct node *) w149->slot)->val : st154), st152);
  printf ("main.f14 %lu\n", acc);
  struct node *p155 = r15 ((p147->a[1] ? st152 : st154) % 4);
  printf ("main.r15 %lu\n", acc);
  unsigned long h = acc;
  for (int i = 0; i < 4; i++)
    h = mix (h, deep_sum (g_n[i], 3) ^ list_sum (g_n[i]));
  h = mix (h, deep_sum (g_list, 3) ^ list_len (g_list));
  h = mix (h, deep_sum (g_any, 3));
  h = mix (h, deep_sum (g_h.p, 2) ^ deep_sum (g_h.pr.a, 2) ^ deep_sum (g_h.pr.b, 2));
  h = mix (h, g_acc ^ *g_up);
  printf ("checksum %lu\n", h);
  fprintf (stderr, "allocs %lu frees %lu\n", n_allocs, n_frees);
  return 0;
}

/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0047.c */
/* gcc-escape fuzz program, seed 47: testsuite/fuzz/gen 47 */
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
static unsigned long apply (cb_t f, void *ctx, unsigned long x) { return f (ctx, x); }

struct node *f0 (struct node **out);
static unsigned long f1 (struct node *n0, struct node *n1, struct node **out);
static struct node *f2 (unsigned long x0, struct node **out, struct pair pr);
static unsigned long f3 (struct node *n0, unsigned long x0, unsigned long x1);
static struct node *f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out);
static unsigned long f5 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
unsigned long f6 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static struct node *f7 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr);
static unsigned long f8 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static void f9 (struct node *n0, unsigned long x0, unsigned long x1);
static struct node *r10 (unsigned long d);
static void f11 (unsigned long x0);
static void f12 (unsigned long x0, unsigned long x1);
static struct node *f13 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
unsigned long f14 (struct node *n0, struct node *n1, struct node *n2);
static struct node *f15 (unsigned long x0, unsigned long x1);
static struct node *r16 (unsigned long d, struct node *n0, struct node *n1);
struct node *r17 (unsigned long d, struct node *n0);
static void f18 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);

struct node *f0 (struct node **out)
{
  unsigned long acc = 65UL;
  struct node *p1 = gc_alloc (sizeof (struct node));
  p1->val = (unsigned long) (g_n[762043822UL & 3] == g_n[p1->val & 3]);
  p1->other = p1;
  *out = (p1->val & 1 ? g_n[1] : g_n[1]);
  for (unsigned long i2 = 0; i2 < 2; i2++)
  {
    p1->a[i2 & 3] = g_n[0]->val;
    acc += list_sum (p1);
  }
  return g_n[2];
}

static __attribute__ ((noinline)) unsigned long f1 (struct node *n0, struct node *n1, struct node **out)
{
  unsigned long acc = 31UL;
  for (unsigned long i5 = 0; i5 < 3; i5++)
  {
    struct node *p6 = gc_alloc (sizeof (struct node));
    p6->val = g_acc;
    p6->a[3] = p6->a[1];
    p6->next = n0;
    p6->next = n0;
    n0 = p6;
  }
  struct node *p7 = f0 (&g_n[3]);
  if (n1 != p7)
    memcpy (n1, p7, sizeof (struct node));
  struct node *p8 = (struct node *) ((uintptr_t) p7 | 0);
  struct node *p9 = gc_alloc (sizeof (struct node));
  p9->val = g_acc;
  struct node *p10 = gc_alloc (sizeof (struct node));
  p10->val = 0x12671f625085d00eUL;
  struct node *p11 = f0 (&p10);
  struct node *p12 = gc_alloc (sizeof (struct node));
  p12->val = deep_sum (n1, 1);
  p12->a[1] = (g_n[1]->val - 3UL);
  p12->next = p9;
  unsigned long *b13 = gc_alloc (64);
  b13[1] = p8->a[1];
  b13[2] = 83UL;
  for (unsigned long i14 = 0; i14 < 5; i14++)
  {
    *out = n1;
    gc_free (p9);
  }
  acc += ((p9->val | 2178555984UL) ^ b13[2]);
  acc += p12->a[b13[0x47f578624c7606f9UL & 3] & 3];
  return acc ^ (0x24917804d2351d7UL | p8->val);
}

static inline struct node *f2 (unsigned long x0, struct node **out, struct pair pr)
{
  unsigned long acc = 0x38e46b6a6d63ce47UL;
  struct node *p16 = pr.a;
  struct node *p17 = gc_alloc (sizeof (struct node));
  p17->val = (list_sum (p17) & g_n[2]->val);
  p17->a[0] = (x0 ? g_n[0]->val : p16->val);
  p17->next = (p17->next ? p17->next : p17);
  acc += *out ? (*out)->val : p17->a[x0 & 3];
  unsigned long st18 = 0;
  for (struct node *q = (*out ? *out : p17); q && st18 < 8; q = q->next, st18++)
    acc += q->val * (st18 + 1);
  struct node *p19 = gc_calloc (1, sizeof (struct node));
  void *vp20 = (p16->other ? p16->other : p17);
  if (g_acc % 6 == 1) return p19;
  p19->slot = p16;
  return g_n[x0 & 3];
}

static unsigned long f3 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 76UL;
  for (unsigned long i24 = 0; i24 < 1; i24++)
  {
    struct node *p25 = gc_alloc (64);
    p25->val = (unsigned long) ((uintptr_t) (n0->next ? n0->next : n0) != 0);
    p25->next = n0;
    struct node *arr26[4] = { n0, (n0->next ? n0->next : n0), (p25->next ? p25->next : g_n[3]), n0 };
    unsigned long st27 = 0;
    for (struct node *q = (n0->next ? n0->next : n0); q && st27 < 8; q = q->next, st27++)
      acc += q->val * (st27 + 1);
  }
  acc += (n0->a[1] << (x1 & 63));
  struct node *p28 = f2 (list_len (n0), &n0->other, (struct pair) { g_n[n0->a[1] & 3], g_n[n0->a[0] & 3] });
  acc += g_cb[g_acc & 3] (n0, n0->a[3]);
  struct node *p29 = gc_alloc (sizeof (struct node));
  p29->val = ((p29->slot ? ((struct node *) p29->slot)->val : x1) ? list_len (g_n[0]) : deep_sum (p29, 0));
  p29->a[3] = deep_sum (n0, 0);
  struct node *p30 = gc_alloc (sizeof (struct node));
  p30->next = g_n[x1 & 3];
  struct node *p31 = f2 ((unsigned long) ((uintptr_t) p28 != 0), &p29, (struct pair) { n0, (n0->other ? n0->other : p30) });
  return acc ^ (x1 >> (x0 & 63));
}

static struct node *f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out)
{
  unsigned long acc = 2222980061UL;
  n1 = (n1->other ? n1->other : n1);
  struct node *p36 = f0 (&n1);
  struct node *p37 = f2 (deep_sum (p36, 1), &g_n[3]->other, (struct pair) { (n1->next ? n1->next : g_n[2]), n1 });
  return (p37->other ? p37->other : p37);
}

static unsigned long f5 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 21UL;
  struct node **v42 = gc_alloc (4 * sizeof (struct node *));
  v42[0] = (n2->next ? n2->next : n0);
  v42[1] = n0;
  v42[2] = g_n[3];
  v42[3] = (n0->other ? n0->other : n2);
  struct node **v43 = gc_alloc (4 * sizeof (struct node *));
  v43[0] = n0;
  v43[1] = n2;
  unsigned long u44 = (n0->a[0] | n2->a[2]);
  if ((n0->slot ? ((struct node *) n0->slot)->val : n0->val) % 4 == 0)
  {
    for (unsigned long i45 = 0; i45 < 6; i45++)
    {
      n1->other = n0;
    }
  }
  else
  {
    acc = mix (acc, 89UL);
  }
  struct node *w46 = n1;
  for (unsigned long i47 = 0; i47 < 2; i47++)
  {
    w46 = gc_alloc (sizeof (struct node));
    w46->val = i47 * 1768622977UL;
    acc += w46->val + list_sum (w46);
  }
  return acc ^ u44;
}

unsigned long f6 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3182364581UL;
  struct node *p52 = gc_alloc (sizeof (struct node));
  p52->val = ((n0->a[1] | n1->a[3]) >> (g_n[3]->val & 63));
  p52->a[2] = (n1->a[0] << (g_n[1]->val & 63));
  p52->next = p52;
  n0->slot = p52;
  void *vp53 = g_n[g_n[1]->val & 3];
  struct node *w54 = n0;
  for (unsigned long i55 = 0; i55 < 2; i55++)
  {
    w54 = gc_alloc (sizeof (struct node));
    w54->val = i55 * (0x840382c4335e0caUL ? 2869922555UL : n0->a[1]);
    acc += w54->val + list_sum (w54);
  }
  struct node *w56 = w54;
  for (unsigned long i57 = 0; i57 < 2; i57++)
  {
    w56 = gc_alloc (sizeof (struct node));
    w56->val = i57 * list_len (n0);
    acc += w56->val + list_sum (w56);
  }
  if (n1 != p52)
    memcpy (n1, p52, sizeof (struct node));
  unsigned long st58 = 0;
  for (struct node *q = w54; q && st58 < 8; q = q->next, st58++)
    acc += q->val * (st58 + 1);
  g_list->other = w56;
  struct node *p59 = f0 (&n1);
  if (g_n[1]->val % 4 == 1)
  {
    if ((list_sum (n0) ? g_acc : x0) % 4 == 0)
    {
      struct node *w60 = w54;
      for (unsigned long i61 = 0; i61 < 4; i61++)
      {
        w60 = gc_alloc (sizeof (struct node));
        w60->val = i61 * (74UL << (x0 & 63));
        acc += w60->val + list_sum (w60);
      }
    }
    struct node *p62 = f2 (g_n[3]->val, &n0, (struct pair) { p52, p52 });
    unsigned long st63 = 0;
    for (struct node *q = n0; q && st63 < 8; q = q->next, st63++)
      acc += q->val * (st63 + 1);
  }
  p59->a[(w54->slot ? ((struct node *) w54->slot)->val : st58) & 3] = *g_up;
  x1 = st58;
  return acc ^ (3987723465UL + st58);
}

static struct node *f7 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 0x2028a87f3e10e95cUL;
  struct node *p69 = pr.b;
  for (unsigned long i70 = 0; i70 < 5; i70++)
  {
    struct node *p71 = gc_alloc (sizeof (struct node));
    p71->val = (g_n[0]->next ? g_n[0]->next->val : (p71->a[0] * p71->val));
    p71->next = n0;
  }
  g_any = (n1->a[1] & 1 ? n2 : n1);
  n1->a[(n1->val ^ x1) & 3] = (n2->next ? n2->next->val : list_sum (n0));
  for (unsigned long i72 = 0; i72 < 2; i72++)
  {
    struct node *p73 = gc_calloc (1, sizeof (struct node));
    p73->next = g_n[g_n[3]->val & 3];
    p73->next = n2;
    n2 = p73;
  }
  g_acc += p69->a[0];
  p69 = p69;
  struct node *p74 = gc_alloc (sizeof (struct node));
  p74->next = n1;
  struct node *arr75[4] = { n2, n1, p74, p69 };
  return n1;
}

static unsigned long f8 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1968999088UL;
  struct node *p80 = NEW (struct node);
  p80->val = (deep_sum (n0, 2) ? x0 : (p80->val << (n1->a[0] & 63)));
  unsigned long st81 = 0;
  for (struct node *q = n0; q && st81 < 8; q = q->next, st81++)
    acc += q->val * (st81 + 1);
  g_h.pr.a = (n0->other ? n0->other : p80);
  g_h.pr.b = g_n[g_n[2]->val & 3];
  if ((p80->slot ? ((struct node *) p80->slot)->val : (x0 >> (3484870482UL & 63))) % 3 == 0)
  {
    struct node *arr82[4] = { (3UL & 1 ? g_n[1] : n1), (p80->a[2] & 1 ? n1 : n0), p80, n1 };
  }
  else
  {
    void *vp83 = (n1->next ? n1->next : p80);
    if ((p80->val / (p80->val | 1)) % 4 == 1)
    {
      unsigned long *b84 = gc_alloc (96 + ((unsigned long) ((uintptr_t) n0 != 0) & 7));
      b84[0] = (0UL + x1);
      b84[1] = (b84[3] >> (b84[1] & 63));
      b84[2] = (p80->next ? p80->next->val : 0UL);
      b84[3] = p80->a[2];
      n1->slot = n1;
    }
  }
  acc += (n1->a[1] - (x0 << (4231795999UL & 63)));
  struct node *p85 = f0 (&n0->other);
  struct node *p86 = gc_alloc (sizeof (struct node));
  p86->next = n0;
  __asm__ volatile ("" : : "r" (n1) : "memory");
  g_h.p = (n1->next ? n1->next : n1);
  struct node s87 = { 0 };
  s87.val = deep_sum (n1, 1);
  struct node *p88 = gc_calloc (1, sizeof (struct node));
  p88->val = (unsigned long) (g_n[1UL & 3] == (st81 & 1 ? p88 : n0));
  p88->next = p80;
  return acc ^ g_acc;
}

static void f9 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1UL;
  struct node *p92 = NEW (struct node);
  p92->val = (0x1b2b5e5c13b1eb82UL * deep_sum (p92, 1));
  x0 = f3 (n0, (p92->next ? p92->next->val : n0->val), (n0->next ? n0->next->val : g_n[0]->a[2]));
  g_h.p = n0;
  struct node *p93 = gc_alloc (sizeof (struct node));
  p93->val = (g_n[3]->val * x1);
  unsigned long u94 = (x1 | x1);
  p93->val += (deep_sum (p92, 0) ? list_len (n0) : p92->a[0]);
  acc += (u94 - (n0->a[1] * 1360049713UL));
  g_acc += (p92->val & (unsigned long) ((uintptr_t) g_n[3] != 0));
  struct node *arr95[4] = { p93, p92, p92, g_n[x1 & 3] };
  acc = mix (acc, deep_sum (g_n[3], 1));
  u94 = list_sum (n0);
  struct node *p96 = gc_alloc (64);
  p96->val = p96->a[0];
  p96->a[2] = (p92->a[3] ? p92->val : p93->val);
  p96->next = n0;
  acc += f8 (n0, n0, g_n[0]->val, 0UL);
  unsigned long st97 = 0;
  for (struct node *q = p96; q && st97 < 8; q = q->next, st97++)
    acc += q->val * (st97 + 1);
  arr95[deep_sum (p96, 2) & 3] = p92;
  struct node *p98 = gc_alloc (sizeof (struct node));
  p98->val = (unsigned long) ((uintptr_t) p92 != 0);
  p98->a[2] = (x0 << (p98->val & 63));
  p98->next = (p98->other ? p98->other : p93);
  g_acc ^= acc;
}

static struct node *r10 (unsigned long d)
{
  unsigned long acc = 1734000178UL;
  if (d == 0)
    return g_n[1];
  struct node *p99 = gc_alloc (sizeof (struct node));
  p99->val = deep_sum (p99, 2);
  acc += f3 (g_n[2], 2598231677UL, 3UL);
  g_any = g_n[1];
  for (unsigned long i100 = 0; i100 < 7; i100++)
  {
    struct node *p101 = gc_alloc (64);
    p101->val = ((p101->slot ? ((struct node *) p101->slot)->val : g_n[0]->val) ^ (i100 | g_n[0]->val));
    p101->next = p99;
    p99 = p101;
  }
  p99->next = p99;
  { unsigned long *q = &p99->a[1]; *q ^= p99->a[0]; }
  p99 = p99;
  if (deep_sum (p99, 0) % 4 == 1) return g_n[2];
  g_acc += (63UL % (g_n[3]->a[0] | 1));
  if ((p99->slot ? ((struct node *) p99->slot)->val : (0x7165a1890602c1ccUL ^ 0x1a95ab80621921d1UL)) % 3 == 1)
  {
    struct node *p102 = gc_alloc (sizeof (struct node));
    p102->val = (p102->slot ? ((struct node *) p102->slot)->val : (g_n[0]->val | 0x1d660cd4793463c1UL));
    p102->next = p102;
    struct node *p103 = gc_alloc (sizeof (struct node));
    p103->val = ((g_n[1]->val & 1 ? p102 : p102)->slot ? ((struct node *) (g_n[1]->val & 1 ? p102 : p102)->slot)->val : list_sum (p103));
  }
  if ((0UL ? g_n[3]->val : g_acc) % 4 == 1)
  {
    acc += f5 (g_n[g_n[1]->val & 3], p99, g_n[0x528f22851c4dd9d8UL & 3], list_len (p99));
  }
  else
  {
    p99->slot = g_n[3];
    struct node **v104 = gc_alloc (4 * sizeof (struct node *));
    v104[0] = (p99->next ? p99->next : g_n[0]);
    v104[1] = (p99->other ? p99->other : g_n[2]);
    v104[3] = p99;
  }
  if (d > 0)
  {
    struct node *p105 = r10 (d - 1);
  }
  return (g_n[1]->next ? g_n[1]->next : g_n[3]);
}

static void f11 (unsigned long x0)
{
  unsigned long acc = 88UL;
  struct node *p107 = gc_alloc (64 + x0 % 16);
  acc += list_sum ((p107->a[2] & 1 ? p107 : p107));
  acc += list_len (p107);
  void *vp108 = (g_n[1]->other ? g_n[1]->other : g_n[0]);
  struct node *arr109[4] = { ((struct node *) vp108), g_n[x0 & 3], (p107->next ? p107->next : g_n[1]), ((struct node *) vp108) };
  unsigned long u110 = (list_sum (p107) | (p107->next ? p107->next->val : g_n[2]->val));
  printf ("f11.0 %lu\n", acc);
  if (p107 != ((struct node *) vp108))
    memcpy (p107, ((struct node *) vp108), sizeof (struct node));
  x0 = f3 (g_n[2], (p107->slot ? ((struct node *) p107->slot)->val : 9UL), (u110 + p107->val));
  struct node *p111 = gc_alloc (sizeof (struct node));
  p111->val = (u110 >> ((p111->next ? p111->next->val : g_n[0]->val) & 63));
  p111->next = p111;
  { struct node *volatile vol = p111; acc += vol->val; }
  p107->next = p107;
  struct node *p112 = gc_alloc (sizeof (struct node));
  p112->val = ((u110 & x0) + deep_sum (p112, 1));
  struct node *p113 = f2 ((57UL + u110), &p107, (struct pair) { (g_n[2]->next ? g_n[2]->next : g_n[2]), g_n[1] });
  acc += arr_sum (arr109, 4);
  for (unsigned long i114 = 0; i114 < 4; i114++)
  {
    qsort (arr109, 4, sizeof arr109[0], cmp_nodes);
  }
  g_acc ^= acc;
}

static void f12 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1002410938UL;
  struct node *p117 = gc_alloc (sizeof (struct node));
  p117->val = ((unsigned long) ((uintptr_t) g_n[0] != 0) >> ((p117->slot ? ((struct node *) p117->slot)->val : p117->val) & 63));
  if (p117 != (x0 & 1 ? p117 : p117))
    memcpy (p117, (x0 & 1 ? p117 : p117), sizeof (struct node));
  p117->next = g_n[g_n[3]->a[2] & 3];
  struct node *w118 = p117;
  for (unsigned long i119 = 0; i119 < 1; i119++)
  {
    w118 = gc_alloc (sizeof (struct node));
    w118->val = i119 * w118->a[0];
    acc += w118->val + list_sum (w118);
  }
  acc += (unsigned long) ((uintptr_t) w118 != 0);
  for (unsigned long i120 = 0; i120 < 2; i120++)
  {
    if (g_acc % 3 == 1) return;
    for (unsigned long i121 = 0; i121 < 6; i121++)
    {
      struct node *p122 = gc_calloc (1, sizeof (struct node));
      p122->val = (w118->val | 0x26d1779541b7436eUL);
      p122->a[0] = x0;
      acc += f1 ((p117->next ? p117->next : w118), p122, &w118->other);
      struct node *p123 = gc_alloc (sizeof (struct node));
      p123->val = (i120 >> (0x4775d0853a196977UL & 63));
      p123->next = w118;
      struct node *p124 = gc_alloc (sizeof (struct node));
      p124->val = g_acc;
      p124->a[3] = (2UL * g_n[2]->val);
      p124->next = p117;
    }
    acc += cb_read ((g_n[3]->next ? g_n[3]->next : g_n[1]), *g_up);
  }
  g_acc ^= acc;
}

static struct node *f13 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1205091099UL;
  struct node *p130 = NEW (struct node);
  p130->val = ((721835585UL | x0) / (n0->a[0] | 1));
  n2->slot = (n2->other ? n2->other : n2);
  n1->val += (list_sum (n2) + g_n[2]->val);
  p130->val += (unsigned long) ((uintptr_t) p130 != 0);
  acc += cb_read ((x1 & 1 ? p130 : p130), p130->a[3]);
  x1 = deep_sum (n0, 0);
  printf ("f13.1 %lu\n", acc);
  if (n1 != p130)
    memcpy (n1, p130, sizeof (struct node));
  unsigned long st131 = 0;
  for (struct node *q = n2; q && st131 < 8; q = q->next, st131++)
    acc += q->val * (st131 + 1);
  { unsigned long *q = &n1->a[3]; *q ^= list_len (n1); }
  void *vp132 = (n2->other ? n2->other : n2);
  return n2;
}

unsigned long f14 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 4UL;
  struct node *p136 = gc_alloc (sizeof (struct node));
  p136->val = (n0->next ? n0->next->val : g_n[2]->val);
  acc += ((p136->a[1] / (p136->val | 1)) ^ list_sum (n1));
  g_n[3] = n0;
  acc += f3 (n2, deep_sum (n1, 2), (n2->a[0] ? 0x467bc1794edc5063UL : g_n[3]->val));
  n0->a[g_n[0]->val & 3] = (0UL ^ g_n[1]->val);
  p136->other = n0;
  n1 = p136;
  struct node *w137 = p136;
  for (unsigned long i138 = 0; i138 < 2; i138++)
  {
    w137 = gc_alloc (sizeof (struct node));
    w137->val = i138 * (p136->a[2] * n1->val);
    acc += w137->val + list_sum (w137);
  }
  struct node *p139 = gc_alloc (sizeof (struct node));
  p139->val = list_sum (n2);
  acc += (n2->next ? n2->next->val : (0x3f18361654f2c9faUL ^ 0x65572d6166e7ce44UL));
  struct node *p140 = gc_alloc (sizeof (struct node));
  p140->val = (n0->slot ? ((struct node *) n0->slot)->val : (p139->slot ? ((struct node *) p139->slot)->val : n1->a[3]));
  p140->a[1] = (n2->next ? n2->next->val : 249024778UL);
  n1->next = p136;
  acc += cb_read (g_n[g_n[0]->val & 3], deep_sum (n2, 2));
  struct node *p141 = gc_alloc (sizeof (struct node));
  p141->val = *g_up;
  n2->val += (p139->slot ? ((struct node *) p139->slot)->val : 0x57978b4178c5443fUL);
  acc += (unsigned long) ((uintptr_t) p140 != 0);
  acc += cb_read ((w137->next ? w137->next : p140), 3UL);
  return acc ^ 0UL;
}

static __attribute__ ((noinline)) struct node *f15 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1531428473UL;
  struct node *p144 = gc_alloc (sizeof (struct node));
  p144->val = ((p144->a[2] >> (2UL & 63)) * (x1 ^ x1));
  p144->a[1] = (p144->next ? p144->next->val : p144->a[0]);
  p144->next = p144;
  printf ("f15.2 %lu\n", acc);
  void *vp145 = (g_n[1]->val & 1 ? p144 : p144);
  x1 = *g_up;
  p144->val += list_len (p144);
  p144->a[p144->a[p144->a[1] & 3] & 3] = (unsigned long) (p144 == g_n[p144->val & 3]);
  void *vp146 = ((struct node *) vp145);
  gc_free (p144);
  p144->next = p144;
  return ((struct node *) vp145);
}

static struct node *r16 (unsigned long d, struct node *n0, struct node *n1)
{
  unsigned long acc = 0x6a657e6367f5416dUL;
  if (d == 0)
    return n0;
  struct node *p149 = gc_alloc (sizeof (struct node));
  p149->val = (unsigned long) (n0 == n0);
  struct node *p150 = gc_alloc (64);
  p150->val = ((0x68ba423d7e358e1eUL ? 2016556576UL : p149->a[1]) ? (unsigned long) (p149 == p150) : (unsigned long) ((uintptr_t) n0 != 0));
  n0->slot = g_n[0];
  printf ("r16.3 %lu\n", acc);
  struct node *p151 = gc_calloc (1, sizeof (struct node));
  p151->val = list_sum ((p150->val & 1 ? p151 : n1));
  p151->next = (p150->other ? p150->other : g_n[0]);
  struct node *p152 = gc_alloc (sizeof (struct node));
  p152->val = 2UL;
  if (g_acc % 5 == 1) return p149;
  g_any = (n1->other ? n1->other : n1);
  { struct node *volatile vol = p151; acc += vol->val; }
  for (unsigned long i153 = 0; i153 < 4; i153++)
  {
  }
  if (d > 0)
  {
    struct node *p154 = r17 (d - 1, (g_n[2]->next ? g_n[2]->next : p152));
  }
  return (p149->other ? p149->other : p149);
}

struct node *r17 (unsigned long d, struct node *n0)
{
  unsigned long acc = 2614687115UL;
  if (d == 0)
    return n0;
  struct node *p156 = gc_alloc (sizeof (struct node));
  p156->a[1] = g_acc;
  p156->next = g_n[0];
  if (list_len (n0) % 3 == 1)
  {
    acc += 0UL;
    for (unsigned long i157 = 0; i157 < 1; i157++)
    {
      struct node *p158 = gc_alloc (sizeof (struct node));
      p158->a[2] = n0->a[1];
      p158->next = n0;
      n0 = p158;
    }
  }
  else
  {
    if (d > 0)
    {
      struct node *p159 = r17 (d - 1, n0);
    }
  }
  n0->next = g_n[0x43bc8ac91053ed6cUL & 3];
  if (d > 0)
  {
    n0 = r16 (d - 1, (g_n[3]->other ? g_n[3]->other : g_n[0]), g_n[3]);
  }
  p156->a[(g_n[3]->val & 47UL) & 3] = (g_n[2]->slot ? ((struct node *) g_n[2]->slot)->val : (n0->val ? 2UL : 0x3194d7a454c9a42aUL));
  unsigned long u160 = n0->val;
  return g_n[3];
}

static void f18 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 84UL;
  struct node *p166 = gc_alloc (sizeof (struct node));
  p166->val = n0->val;
  printf ("f18.4 %lu\n", acc);
  unsigned long *b167 = gc_alloc (96);
  b167[0] = (x1 | x0);
  b167[1] = (n1->val * x1);
  for (unsigned long i168 = 0; i168 < 3; i168++)
  {
    struct node *p169 = NEW (struct node);
    p169->val = ((i168 << (b167[2] & 63)) >> (deep_sum (p166, 0) & 63));
    p169->a[2] = b167[p166->val & 3];
    p169->next = (757697915UL & 1 ? n1 : n0);
    struct node *p170 = gc_alloc (sizeof (struct node));
    p170->val = deep_sum (p166, 2);
    for (unsigned long i171 = 0; i171 < 6; i171++)
    {
      struct node *p172 = gc_alloc (64);
    }
    printf ("f18.5 %lu\n", acc);
  }
  struct node *p173 = (struct node *) ((uintptr_t) n2 | 0);
  g_acc ^= acc;
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
  unsigned long acc = 47UL;
  struct node *p174 = gc_alloc (sizeof (struct node));
  p174->val = p174->a[p174->a[2] & 3];
  p174->a[1] = list_len (p174);
  g_up = &g_n[2]->a[1];
  struct node *arr175[4] = { (p174->next ? p174->next : p174), p174, (p174->a[3] & 1 ? p174 : p174), p174 };
  struct node *arr176[4] = { g_n[1], p174, (p174->val & 1 ? p174 : p174), arr175[3UL & 3] };
  unsigned long u177 = list_sum ((p174->next ? p174->next : p174));
  for (unsigned long i178 = 0; i178 < 6; i178++)
  {
    struct node *p179 = gc_alloc (sizeof (struct node));
    p179->val = (p174->val & 10UL);
    p179->a[1] = g_n[3]->val;
    p179->next = (p174->next ? p174->next : p179);
    p179->next = p174;
    p174 = p179;
  }
  printf ("main.6 %lu\n", acc);
  unsigned long *b180 = gc_alloc (96);
  b180[1] = deep_sum (p174, 2);
  b180[2] = u177;
  b180[3] = g_acc;
  struct node s181 = { 0 };
  s181.val = (u177 + u177);
  s181.next = (g_n[0]->other ? g_n[0]->other : g_n[2]);
  struct node *p182 = f4 ((s181.next ? s181.next : p174), g_n[0], p174, b180[p174->val & 3], &p174->next);
  unsigned long *b183 = gc_alloc (64);
  b183[0] = (u177 / (p182->a[1] | 1));
  b183[1] = u177;
  b183[3] = arr_sum (arr175, 4);
  struct node *p184 = gc_calloc (1, sizeof (struct node));
  p184->val = (p174->slot ? ((struct node *) p174->slot)->val : u177);
  p184->a[2] = arr_sum (arr175, 4);
  struct node s185 = { 0 };
  s185.val = p182->a[3];
  s185.next = g_n[b180[3] & 3];
  acc += (unsigned long) ((uintptr_t) p184 != 0);
  p184->slot = p182;
  { unsigned long *q = &p174->a[1]; *q ^= p182->val; }
  u177 = f6 (p184, p184, arr175[u177 & 3]->val, (p184->next ? p184->next->val : b183[1]));
  printf ("main.f6 %lu\n", acc);
  struct node *p186 = f7 (arr176[u177 & 3], p182, p184, (891834234UL >> (u177 & 63)), (u177 & u177), (struct pair) { p182, g_n[p174->a[2] & 3] });
  printf ("main.f7 %lu\n", acc);
  f9 (g_n[u177 & 3], b180[3], (u177 & p184->a[2]));
  printf ("main.f9 %lu\n", acc);
  p184 = r10 (p174->a[b180[2] & 3] % 4);
  printf ("main.r10 %lu\n", acc);
  f11 (*g_up);
  printf ("main.f11 %lu\n", acc);
  f12 ((p174->slot ? ((struct node *) p174->slot)->val : b180[0]), (u177 ^ b180[0]));
  printf ("main.f12 %lu\n", acc);
  struct node *p187 = f13 (arr176[u177 & 3], p182, p182, u177, (p184->val % (b183[0] | 1)));
  printf ("main.f13 %lu\n", acc);
  acc += f14 (g_n[u177 & 3], p182, g_n[u177 & 3]);
  printf ("main.f14 %lu\n", acc);
  struct node *p188 = f15 (b180[3463274014UL & 3], (u177 ^ p174->a[0]));
  printf ("main.f15 %lu\n", acc);
  struct node *p189 = r16 (p182->a[u177 & 3] % 4, p182, (p182->other ? p182->other : p182));
  printf ("main.r16 %lu\n", acc);
  struct node *p190 = r17 ((p184->val ^ b180[2]) % 4, (s185.next ? s185.next : p174));
  printf ("main.r17 %lu\n", acc);
  f18 ((p182->next ? p182->next : p182), (p174->next ? p174->next : p182), p182, s185.val, (unsigned long) ((uintptr_t) p182 != 0));
  printf ("main.f18 %lu\n", acc);
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

/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0035.c */
/* gcc-escape fuzz program, seed 35: testsuite/fuzz/gen 35 */
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

static void f0 (unsigned long x0);
static struct node *f1 (struct node *n0, unsigned long x0);
unsigned long f2 (struct node *n0, unsigned long x0, unsigned long x1);
static unsigned long r3 (unsigned long d, unsigned long x0, unsigned long x1);
static struct node *r4 (unsigned long d, unsigned long x0);
unsigned long f5 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static struct node *f6 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
struct node *f7 (void);
struct node *f8 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
unsigned long r9 (unsigned long d, struct node *n0, struct node *n1, struct node **out);
static void f10 (struct node *n0, unsigned long x0, unsigned long x1);
static void f11 (struct node *n0);
void f12 (struct node *n0, struct node *n1, unsigned long x0);
static void r13 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static struct node *f14 (void);

static void f0 (unsigned long x0)
{
  unsigned long acc = 2UL;
  struct node *p2 = NEW (struct node);
  p2->val = (p2->val & (g_n[1]->val / (g_n[0]->val | 1)));
  p2->next = g_n[g_n[3]->a[0] & 3];
  g_acc += ((p2->slot ? ((struct node *) p2->slot)->val : p2->a[1]) ^ deep_sum (p2, 2));
  acc += cb_read ((x0 & 1 ? p2 : p2), (g_n[3]->slot ? ((struct node *) g_n[3]->slot)->val : 1667913944UL));
  void *vp3 = p2;
  g_acc += 0x249514e0421fb251UL;
  struct node *w4 = p2;
  for (unsigned long i5 = 0; i5 < 3; i5++)
  {
    w4 = gc_alloc (sizeof (struct node));
    w4->val = i5 * (p2->next ? p2->next->val : x0);
    acc += w4->val + list_sum (w4);
  }
  acc += list_len (p2);
  g_acc ^= acc;
}

static struct node *f1 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 3098167428UL;
  struct node *p8 = gc_alloc (sizeof (struct node));
  x0 = ((n0->slot ? ((struct node *) n0->slot)->val : 3UL) | (n0->val & 7UL));
  f0 (x0);
  unsigned long *b9 = gc_alloc (96);
  b9[0] = deep_sum (n0, 0);
  b9[1] = (x0 << (b9[2] & 63));
  b9[2] = 0x16ff55d141af3db8UL;
  struct node *arr10[4] = { n0, g_n[3], (p8->val & 1 ? n0 : g_n[2]), n0 };
  for (unsigned long i11 = 0; i11 < 4; i11++)
  {
    unsigned long st12 = 0;
    for (struct node *q = (n0->next ? n0->next : g_n[3]); q && st12 < 8; q = q->next, st12++)
      acc += q->val * (st12 + 1);
    printf ("f1.0 %lu\n", acc);
  }
  struct node *arr13[4] = { p8, p8, g_n[n0->a[1] & 3], n0 };
  p8->other = (n0->other ? n0->other : n0);
  return g_n[2];
}

unsigned long f2 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2574650643UL;
  unsigned long u17 = list_len (n0);
  n0->other = g_n[2];
  void *vp18 = (n0->next ? n0->next : n0);
  if (list_sum (n0) % 3 == 0)
  {
    acc += cb_read (n0, (g_n[0]->val * n0->a[0]));
  }
  else
  {
    n0->slot = n0;
  }
  n0->slot = (g_n[0]->next ? g_n[0]->next : n0);
  n0->slot = (n0->next ? n0->next : n0);
  f0 ((g_n[2]->val / (x1 | 1)));
  if (n0->val % 3 == 1)
  {
    struct node *arr19[4] = { g_n[n0->val & 3], n0, n0, n0 };
  }
  if (list_len ((n0->next ? n0->next : n0)) % 2 == 0)
  {
    struct node *p20 = gc_alloc (sizeof (struct node));
    p20->next = n0;
  }
  return acc ^ x1;
}

static inline unsigned long r3 (unsigned long d, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 39UL;
  if (d == 0)
    return acc;
  struct node *p23 = gc_alloc (sizeof (struct node));
  p23->val = list_len (p23);
  void *vp24 = p23;
  g_any = (p23->next ? p23->next : p23);
  if (d > 0)
  {
    struct node *p25 = r4 (d - 1, ((struct node *) vp24)->val);
  }
  unsigned long st26 = 0;
  for (struct node *q = p23; q && st26 < 8; q = q->next, st26++)
    acc += q->val * (st26 + 1);
  printf ("r3.1 %lu\n", acc);
  acc += list_len (p23);
  struct node **v27 = gc_alloc (4 * sizeof (struct node *));
  v27[1] = p23;
  v27[3] = p23;
  f0 ((x0 - 0x12b680bc130d56a7UL));
  p23->next = (p23->next ? p23->next : p23);
  { struct node *volatile vol = p23; acc += vol->val; }
  struct node *p28 = (struct node *) ((uintptr_t) p23 | 0);
  return acc ^ x0;
}

static __attribute__ ((noinline)) struct node *r4 (unsigned long d, unsigned long x0)
{
  unsigned long acc = 0x1c7cb56e2c69eadeUL;
  if (d == 0)
    return g_n[1];
  struct node *p30 = gc_alloc (sizeof (struct node));
  p30->val = (unsigned long) (p30 == p30);
  p30->a[3] = (p30->val << (g_n[1]->val & 63));
  gc_free (p30);
  f0 (g_n[1]->val);
  { unsigned long *q = &p30->a[1]; *q ^= (unsigned long) (p30 == p30); }
  unsigned long st31 = 0;
  for (struct node *q = g_n[x0 & 3]; q && st31 < 8; q = q->next, st31++)
    acc += q->val * (st31 + 1);
  unsigned long *b32 = gc_alloc (96);
  b32[0] = (49UL % (x0 | 1));
  b32[3] = deep_sum (p30, 1);
  struct node *p33 = f1 ((p30->next ? p30->next : p30), (b32[3] ^ p30->val));
  if (d > 0)
  {
    x0 = r3 (d - 1, b32[x0 & 3], b32[3]);
  }
  return p33;
}

__attribute__ ((noinline)) unsigned long f5 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 1988331025UL;
  struct node *p38 = gc_alloc (sizeof (struct node));
  if (deep_sum ((n0->val & 1 ? n2 : n1), 1) % 3 == 0)
  {
    p38->slot = n1;
  }
  else
  {
    { unsigned long *q = &p38->a[1]; *q ^= (x0 ^ x0); }
    for (unsigned long i39 = 0; i39 < 6; i39++)
    {
      struct node *p40 = gc_alloc (sizeof (struct node));
      p40->val = (g_n[2]->slot ? ((struct node *) g_n[2]->slot)->val : deep_sum (n2, 1));
      p40->next = (n1->other ? n1->other : n1);
      if ((n0->next ? n0->next->val : (n2->next ? n2->next->val : p38->a[2])) % 4 == 1)
      {
        void *vp41 = n0;
        p38 = f1 (p38, g_n[3]->a[g_n[3]->val & 3]);
      }
      void *vp42 = (n0->other ? n0->other : n0);
    }
  }
  struct node *arr43[4] = { n0, (p38->other ? p38->other : p38), (g_n[2]->val & 1 ? n1 : g_n[2]), n1 };
  arr43[(unsigned long) (n1 == n2) & 3] = n2;
  struct node *p44 = gc_calloc (1, sizeof (struct node));
  p44->val = ((unsigned long) ((uintptr_t) p38 != 0) / ((x0 & x0) | 1));
  p44->a[3] = p44->a[0];
  return acc ^ deep_sum (n0, 0);
}

static struct node *f6 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0UL;
  n0->val += (x1 % ((x0 & n1->a[0]) | 1));
  acc += ((g_n[3]->next ? g_n[3]->next->val : 0x6ac90dc57328bd20UL) & list_sum (n1));
  x0 = f5 (n1, n0, n1, g_n[3]->val);
  acc += (n1->slot ? ((struct node *) n1->slot)->val : g_n[3]->val);
  n1->other = (n1->next ? n1->next : n0);
  for (unsigned long i49 = 0; i49 < 2; i49++)
  {
    struct node *p50 = gc_alloc (64);
    p50->val = deep_sum (n1, 1);
    p50->next = n0;
    n0 = p50;
  }
  return n0;
}

struct node *f7 (void)
{
  unsigned long acc = 96UL;
  struct node *p51 = gc_alloc (sizeof (struct node));
  p51->val = (unsigned long) ((p51->next ? p51->next : p51) == p51);
  p51->a[1] = (unsigned long) ((uintptr_t) p51 != 0);
  p51->slot = (g_n[3]->val & 1 ? g_n[0] : g_n[1]);
  p51->other = (p51->next ? p51->next : p51);
  for (unsigned long i52 = 0; i52 < 4; i52++)
  {
    p51->next = (p51->other ? p51->other : p51);
  }
  struct node *p53 = gc_alloc (sizeof (struct node));
  p53->val = (2608589208UL >> (2UL & 63));
  p53->next = p53;
  return g_n[3];
}

struct node *f8 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 43UL;
  struct node *p58 = gc_alloc (sizeof (struct node));
  gc_free (n0);
  n0->next = p58;
  acc += ((n1->slot ? ((struct node *) n1->slot)->val : x0) ^ (80UL + n0->a[3]));
  struct node s59 = { 0 };
  s59.val = (n1->a[0] + x0);
  struct node s60 = { 0 };
  s60.val = (p58->a[3] ^ g_n[1]->val);
  struct node s61 = { 0 };
  s61.val = n1->a[3];
  s61.next = n0;
  if ((n2->a[0] / (0x457942883271772aUL | 1)) % 5 == 1) return p58;
  n0->slot = (x0 & 1 ? n0 : p58);
  if (deep_sum (g_n[42UL & 3], 0) % 2 == 1)
  {
    acc += (unsigned long) (n1 == (x0 & 1 ? n1 : n0));
  }
  acc += r3 (32UL % 4, (0x2f1f717d27f4c9a8UL - x0), g_n[2]->val);
  for (unsigned long i62 = 0; i62 < 1; i62++)
  {
    struct node *p63 = gc_alloc (64 + x0 % 16);
    p63->val = (unsigned long) ((uintptr_t) (s60.next ? s60.next : n0) != 0);
    p63->next = (n2->other ? n2->other : n0);
    p63->next = n2;
    n2 = p63;
  }
  return p58;
}

unsigned long r9 (unsigned long d, struct node *n0, struct node *n1, struct node **out)
{
  unsigned long acc = 2UL;
  if (d == 0)
    return acc;
  if (((unsigned long) ((uintptr_t) n1 != 0) - *g_up) % 3 == 0)
  {
    for (unsigned long i66 = 0; i66 < 5; i66++)
    {
      struct node *p67 = gc_alloc (sizeof (struct node));
      p67->val = deep_sum (p67, 0);
      p67->a[3] = g_acc;
      p67->next = n0;
      n0 = p67;
    }
  }
  void *vp68 = n0;
  n1->next = n1;
  gc_free (n1);
  struct node **v69 = gc_alloc (4 * sizeof (struct node *));
  v69[2] = g_n[n0->val & 3];
  v69[3] = (v69[2] ? v69[2] : n1);
  unsigned long *b70 = gc_alloc (32 + (n1->a[2909370875UL & 3] & 7));
  b70[1] = (v69[0] ? v69[0]->val : 3UL);
  b70[3] = (n1->val % (n1->val | 1));
  void *vp71 = n1;
  struct node *p72 = gc_alloc (sizeof (struct node));
  p72->val = b70[list_len (p72) & 3];
  p72->next = n0;
  for (unsigned long i73 = 0; i73 < 2; i73++)
  {
    g_n[3] = n1;
    unsigned long u74 = (n1->slot ? ((struct node *) n1->slot)->val : g_acc);
    g_h.p = (v69[1] ? v69[1] : n0);
  }
  for (unsigned long i75 = 0; i75 < 5; i75++)
  {
    struct node *p76 = gc_alloc (64);
    p76->val = (g_acc & (p76->val + n0->val));
    p72 = ((struct node *) vp71);
    acc += apply (cb_read, n0, i75);
  }
  if (d > 0)
  {
    acc += r9 (d - 1, n1, (*out ? *out : n0), &g_n[1]);
  }
  return acc ^ (unsigned long) (g_n[2] == p72);
}

static void f10 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2550675756UL;
  n0 = n0;
  struct node *arr80[4] = { n0, g_n[x0 & 3], n0, g_n[n0->val & 3] };
  for (unsigned long i81 = 0; i81 < 6; i81++)
  {
    struct node *p82 = gc_alloc (64);
    p82->val = (g_n[x1 & 3]->slot ? ((struct node *) g_n[x1 & 3]->slot)->val : g_n[0]->val);
    p82->next = n0;
    n0 = p82;
  }
  for (unsigned long i83 = 0; i83 < 4; i83++)
  {
    struct node *p84 = gc_alloc (sizeof (struct node));
    p84->next = g_n[1];
    if ((n0->slot ? ((struct node *) n0->slot)->val : deep_sum (p84, 1)) % 2 == 0)
    {
      x0 = ((p84->next ? p84->next : n0)->slot ? ((struct node *) (p84->next ? p84->next : n0)->slot)->val : (p84->val * 0x1dedd62926b24e5aUL));
      struct node **v85 = gc_alloc (4 * sizeof (struct node *));
      v85[0] = p84;
      v85[1] = n0;
      v85[2] = (n0->a[3] & 1 ? p84 : p84);
      v85[3] = n0;
      for (unsigned long i86 = 0; i86 < 2; i86++)
      {
        unsigned long u87 = (n0->slot ? ((struct node *) n0->slot)->val : list_sum (n0));
        if (x1 % 2 == 0)
        {
          unsigned long st88 = 0;
          for (struct node *q = (n0->next ? n0->next : p84); q && st88 < 8; q = q->next, st88++)
            acc += q->val * (st88 + 1);
        }
        else
        {
          acc += apply (cb_read, (n0->next ? n0->next : g_n[1]), (90UL ? 0x2d6cb30f22be8abeUL : g_n[3]->val));
          p84->slot = (n0->other ? n0->other : n0);
        }
      }
    }
    else
    {
    }
  }
  g_acc ^= acc;
}

static void f11 (struct node *n0)
{
  unsigned long acc = 0x3758397312483813UL;
  struct node *p90 = gc_alloc (64);
  unsigned long u91 = n0->val;
  struct node **v92 = gc_alloc (4 * sizeof (struct node *));
  v92[0] = p90;
  v92[1] = p90;
  v92[2] = n0;
  v92[3] = p90;
  struct node *p93 = gc_alloc (sizeof (struct node));
  p93->next = g_n[p93->a[3] & 3];
  if (list_len (p90) % 3 == 1) return;
  struct node *p94 = f7 ();
  g_acc ^= acc;
}

void f12 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 82UL;
  void *vp98 = n1;
  n1->next = (0x42e4c5fa1019f32cUL & 1 ? n1 : n1);
  acc += f2 (n1, list_sum (n0), (x0 ? 0x2513ac1842643388UL : 56UL));
  gc_free (n0);
  for (unsigned long i99 = 0; i99 < 2; i99++)
  {
    struct node *p100 = gc_alloc (sizeof (struct node));
    p100->val = x0;
    p100->next = n1;
    n1 = p100;
  }
  n0->val += (((struct node *) vp98)->val | (x0 - 2UL));
  g_acc += (g_n[1]->val & 3845393843UL);
  g_list->other = n1;
  unsigned long *b101 = gc_alloc (96);
  b101[0] = (n1->val / (n1->a[2] | 1));
  b101[3] = (unsigned long) ((uintptr_t) n1 != 0);
  g_acc ^= acc;
}

static void r13 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 33UL;
  if (d == 0)
    return;
  acc += (n0->a[0] >> (49UL & 63));
  for (unsigned long i106 = 0; i106 < 5; i106++)
  {
    struct node *p107 = gc_calloc (1, sizeof (struct node));
    struct node *p108 = gc_alloc (sizeof (struct node));
    p108->val = (list_len (n0) ^ (n0->val / (x0 | 1)));
    g_acc += (deep_sum (p107, 1) * p107->val);
  }
  struct node s109 = { 0 };
  s109.val = (x1 - n0->a[2]);
  s109.next = g_n[3];
  acc += g_n[x0 & 3]->a[(x1 / (1757253014UL | 1)) & 3];
  if (d > 0)
  {
    r13 (d - 1, n0, n1, (unsigned long) (n0 == n1), (1919745764UL + x0));
  }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) struct node *f14 (void)
{
  unsigned long acc = 1UL;
  struct node *p110 = gc_alloc (64);
  p110->val = (0x4076d5447719863dUL + g_n[3]->val);
  p110->next = p110;
  if (((3829900777UL & 0x41afcc6f5ca29beeUL) >> (14UL & 63)) % 4 == 0)
  {
    struct node *w111 = p110;
    for (unsigned long i112 = 0; i112 < 5; i112++)
    {
      w111 = gc_alloc (sizeof (struct node));
      w111->val = i112 * deep_sum (w111, 2);
      acc += w111->val + list_sum (w111);
    }
    if (p110 != (p110->other ? p110->other : p110))
      memcpy (p110, (p110->other ? p110->other : p110), sizeof (struct node));
  }
  else
  {
    p110->next = p110;
    g_h.p = g_n[p110->a[2] & 3];
  }
  acc += (p110->val * p110->a[3]);
  struct node *p113 = (struct node *) ((uintptr_t) p110 | 0);
  g_acc += 36UL;
  return g_n[0x2834247842b8ff96UL & 3];
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
  unsigned long acc = 35UL;
  struct node *p114 = gc_alloc (64);
  p114->slot = g_n[0];
  acc = mix (acc, (g_n[1]->val ^ 41UL));
  p114 = p114;
  struct node *p115 = gc_alloc (64);
  p115->val = (unsigned long) ((uintptr_t) p115 != 0);
  struct node *p116 = gc_alloc (64);
  p116->val = (0x2f0eb9422ccd6edeUL << ((unsigned long) (p115 == p114) & 63));
  p116->next = p116;
  p114->other = p116;
  unsigned long st117 = 0;
  for (struct node *q = (p114->next ? p114->next : p114); q && st117 < 8; q = q->next, st117++)
    acc += q->val * (st117 + 1);
  acc = mix (acc, (unsigned long) ((uintptr_t) p116 != 0));
  struct node s118 = { 0 };
  s118.val = (p116->next ? p116->next->val : st117);
  s118.next = (p115->other ? p115->other : p115);
  struct node *w119 = p115;
  for (unsigned long i120 = 0; i120 < 2; i120++)
  {
    w119 = gc_alloc (sizeof (struct node));
    w119->val = i120 * st117;
    acc += w119->val + list_sum (w119);
  }
  acc += (p114->next ? p114->next->val : g_n[0]->val);
  struct node *p121 = gc_alloc (64);
  p121->val = s118.val;
  struct node *p122 = f7 ();
  g_any = p115;
  acc = mix (acc, (g_n[3]->val * st117));
  unsigned long u123 = deep_sum ((s118.next ? s118.next : p115), 1);
  struct node *p124 = gc_calloc (1, sizeof (struct node));
  p124->val = deep_sum (p115, 2);
  if ((unsigned long) ((uintptr_t) p115 != 0) % 2 == 0)
  {
    if (list_sum (w119) % 2 == 1)
    {
      printf ("main.2 %lu\n", acc);
    }
  }
  else
  {
  }
  p121 = r4 ((p116->a[1] ^ p116->val) % 4, s118.a[2]);
  printf ("main.r4 %lu\n", acc);
  p114 = f6 (p122, (g_n[3]->val & 1 ? p122 : p115), list_sum (p116), (st117 - st117));
  printf ("main.f6 %lu\n", acc);
  struct node *p125 = f8 (p122, (p122->other ? p122->other : p122), p115, p121->a[0x170242610dd5a137UL & 3]);
  printf ("main.f8 %lu\n", acc);
  acc += r9 ((p116->slot ? ((struct node *) p116->slot)->val : p121->a[0]) % 4, p122, p124, &g_n[1]);
  printf ("main.r9 %lu\n", acc);
  f10 (p115, (unsigned long) ((uintptr_t) p122 != 0), (p121->a[0] % (0x2091ded517f7bb0eUL | 1)));
  printf ("main.f10 %lu\n", acc);
  f11 (p115);
  printf ("main.f11 %lu\n", acc);
  f12 ((p122->next ? p122->next : p122), (p122->other ? p122->other : p115), w119->a[1]);
  printf ("main.f12 %lu\n", acc);
  r13 ((w119->slot ? ((struct node *) w119->slot)->val : 67UL) % 4, p122, p115, p122->val, deep_sum (p124, 0));
  printf ("main.r13 %lu\n", acc);
  w119 = f14 ();
  printf ("main.f14 %lu\n", acc);
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

/* FAIL (-O0 stdout-differs, -O2 stdout-differs) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-1038.c */
/* gcc-escape fuzz program, seed 1038: testsuite/fuzz/gen 1038 */
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

unsigned long f0 (struct node *n0);
void f1 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static struct node *r2 (unsigned long d, struct pair pr);
static void r3 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0);
static unsigned long r4 (unsigned long d, struct node *n0, struct node *n1, struct node *n2);
static void f5 (struct node *n0, struct node *n1, unsigned long x0);
unsigned long r6 (unsigned long d, unsigned long x0);
static struct node *r7 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0);
struct node *f8 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static struct node *f9 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static struct node *f10 (struct node *n0, unsigned long x0, unsigned long x1);
static unsigned long f11 (unsigned long x0, unsigned long x1);
unsigned long r12 (unsigned long d, struct node *n0, unsigned long x0);
static unsigned long f13 (unsigned long x0, unsigned long x1, struct pair pr);
static struct node *f14 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static void f15 (struct node *n0, unsigned long x0);
static void f16 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static unsigned long r17 (unsigned long d, struct node *n0, struct node *n1, struct node *n2);
static struct node *r18 (unsigned long d, unsigned long x0);

unsigned long f0 (struct node *n0)
{
  unsigned long acc = 1UL;
  struct node *p2 = gc_calloc (1, sizeof (struct node));
  p2->val = ((g_n[2]->val + g_n[3]->val) - n0->val);
  p2->a[1] = list_sum (n0);
  if ((3UL ^ g_n[2]->val) % 4 == 0)
  {
    { unsigned long *q = &p2->a[2]; *q ^= g_n[3]->val; }
  }
  struct node s3 = { 0 };
  s3.val = deep_sum (p2, 2);
  g_list->other = g_n[2];
  unsigned long u4 = u4;
  p2 = p2;
  if ((p2->val | (n0->slot ? ((struct node *) n0->slot)->val : g_n[1]->val)) % 4 == 1)
  {
  }
  for (unsigned long i5 = 0; i5 < 6; i5++)
  {
    struct node *p6 = gc_alloc (sizeof (struct node));
    p6->val = u4;
    p6->next = (p2->other ? p2->other : p6);
    n0->val += (unsigned long) ((uintptr_t) n0 != 0);
    for (unsigned long i7 = 0; i7 < 2; i7++)
    {
      struct node *p8 = gc_alloc (sizeof (struct node));
      p8->val = (1115617161UL | 82UL);
      p8->a[0] = (g_n[2]->val / (0xa5766a10c2897a3UL | 1));
      g_list = (i5 & 1 ? p2 : p2);
    }
    p2->next = p2;
  }
  return acc ^ u4;
}

void f1 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 3UL;
  acc += 0x6d5cc1b0b319033UL;
  acc += f0 (n1);
  void *vp13 = n2;
  struct node *p14 = gc_alloc (sizeof (struct node));
  p14->val = x0;
  p14->a[2] = x0;
  g_n[2]->next = p14;
  for (unsigned long i15 = 0; i15 < 7; i15++)
  {
    struct node *p16 = gc_alloc (sizeof (struct node));
    p16->val = ((p16->other ? p16->other : n0)->next ? (p16->other ? p16->other : n0)->next->val : (n2->val % (3UL | 1)));
    p16->a[0] = g_acc;
    p16->next = n0;
    n0 = p16;
  }
  acc += ((x0 + x0) >> ((g_n[0]->val % (0x6bff2d38224b2f35UL | 1)) & 63));
  g_h.pr.a = (g_n[3]->next ? g_n[3]->next : p14);
  g_acc ^= acc;
}

static __attribute__ ((noinline)) struct node *r2 (unsigned long d, struct pair pr)
{
  unsigned long acc = 0x243013be6740d109UL;
  if (d == 0)
    return g_n[1];
  struct node *p17 = pr.a;
  struct node *p18 = gc_calloc (1, sizeof (struct node));
  p18->val = (unsigned long) ((uintptr_t) p18 != 0);
  p18->next = p18;
  for (unsigned long i19 = 0; i19 < 1; i19++)
  {
    struct node *p20 = gc_alloc (sizeof (struct node));
    p20->val = ((i19 ? 79UL : i19) ? (i19 + 10UL) : (55UL ? 42UL : p20->a[0]));
    p20->next = p17;
    p17 = p20;
  }
  if (((p18->a[3] - p17->val) & (g_n[1]->slot ? ((struct node *) g_n[1]->slot)->val : p17->a[2])) % 3 == 0)
  {
    { unsigned long *q = &p18->a[1]; *q ^= 0UL; }
    if (p18 != p17)
      memcpy (p18, p17, sizeof (struct node));
    for (unsigned long i21 = 0; i21 < 4; i21++)
    {
      struct node *p22 = gc_calloc (1, sizeof (struct node));
      p22->val = (g_n[1]->val / ((p18->val * i21) | 1));
      p22->a[1] = p17->val;
      p22->next = p18;
      acc += f0 (p17);
      p18 = p22;
    }
  }
  p17->val += (p18->next ? p18->next->val : (2671675116UL * p17->val));
  acc += (g_n[1]->val / (p17->a[2] | 1));
  p18->next = p17;
  struct node **v23 = gc_alloc (4 * sizeof (struct node *));
  v23[1] = p17;
  v23[2] = p18;
  struct node *arr24[4] = { p18, p18, (g_n[1]->other ? g_n[1]->other : p18), (p18->other ? p18->other : g_n[1]) };
  acc += ((2972196348UL ^ 0x7883ec48138ad95fUL) + (unsigned long) (p17 == g_n[3]));
  struct node *p25 = gc_alloc (sizeof (struct node));
  p25->val = ((4097983696UL ^ p17->a[1]) | (unsigned long) ((uintptr_t) p18 != 0));
  acc += ((0xe61db017908f4bbUL * g_n[3]->val) - deep_sum (p25, 2));
  arr24[g_acc & 3] = p18;
  for (unsigned long i26 = 0; i26 < 6; i26++)
  {
    struct node *p27 = gc_calloc (1, sizeof (struct node));
    p27->a[1] = list_len (p17);
    p27->next = p25;
    p27->next = p25;
    p25 = p27;
  }
  g_acc += deep_sum ((v23[2] ? v23[2] : p25), 0);
  if (d > 0)
  {
    r3 (d - 1, (p17->next ? p17->next : p17), p25, (p25->next ? p25->next->val : 3312009391UL));
  }
  return p17;
}

static void r3 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 748100768UL;
  if (d == 0)
    return;
  acc = mix (acc, n0->a[n0->a[1] & 3]);
  struct node *w31 = n1;
  for (unsigned long i32 = 0; i32 < 2; i32++)
  {
    w31 = gc_alloc (sizeof (struct node));
    w31->val = i32 * list_len (n1);
    acc += w31->val + list_sum (w31);
  }
  f1 (w31, g_n[3], g_n[2], w31->a[g_n[2]->val & 3]);
  acc += f0 (n1);
  struct node *arr33[4] = { n1, n0, n1, w31 };
  if (d > 0)
  {
    struct node *p34 = r2 (d - 1, (struct pair) { g_n[0], g_n[0] });
  }
  g_acc ^= acc;
}

static inline unsigned long r4 (unsigned long d, struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 2185291202UL;
  if (d == 0)
    return acc;
  unsigned long st38 = 0;
  for (struct node *q = n0; q && st38 < 8; q = q->next, st38++)
    acc += q->val * (st38 + 1);
  for (unsigned long i39 = 0; i39 < 1; i39++)
  {
    struct node *p40 = gc_alloc (sizeof (struct node));
    p40->next = n2;
    n2 = p40;
  }
  struct node *arr41[4] = { g_n[3], (n2->next ? n2->next : g_n[1]), (n2->other ? n2->other : n2), n2 };
  acc = mix (acc, st38);
  struct node *p42 = gc_alloc (sizeof (struct node));
  p42->val = ((n1->other ? n1->other : n2)->next ? (n1->other ? n1->other : n2)->next->val : (n1->next ? n1->next->val : st38));
  p42->a[3] = (63UL >> (st38 & 63));
  p42->next = p42;
  acc += ((st38 / (n2->val | 1)) + g_n[0]->val);
  f1 (n2, arr41[g_n[2]->val & 3], g_n[p42->a[2] & 3], st38);
  { unsigned long *q = &n0->a[3]; *q ^= (unsigned long) ((uintptr_t) n0 != 0); }
  unsigned long u43 = g_n[2]->val;
  if (d > 0)
  {
    u43 = r4 (d - 1, n1, g_n[2], (n2->other ? n2->other : n2));
  }
  return acc ^ list_len (n2);
}

static void f5 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 1UL;
  struct node *p47 = gc_alloc (sizeof (struct node));
  p47->val = g_acc;
  p47->next = n0;
  { unsigned long *q = &n0->a[1]; *q ^= (n1->slot ? ((struct node *) n1->slot)->val : p47->val); }
  for (unsigned long i48 = 0; i48 < 4; i48++)
  {
    for (unsigned long i49 = 0; i49 < 4; i49++)
    {
      struct node *p50 = gc_alloc (sizeof (struct node));
      p50->a[0] = i48;
      { unsigned long *q = &p50->a[2]; *q ^= p47->a[3]; }
      f1 (p47, n1, g_n[1], (p47->val << (p50->a[0] & 63)));
      struct node s51 = { 0 };
      s51.val = deep_sum (n1, 0);
    }
    struct node *w52 = n0;
    for (unsigned long i53 = 0; i53 < 4; i53++)
    {
      w52 = gc_alloc (sizeof (struct node));
      w52->val = i53 * x0;
      acc += w52->val + list_sum (w52);
    }
    acc = mix (acc, (unsigned long) (g_n[1] == p47));
  }
  n0->a[(unsigned long) ((uintptr_t) n1 != 0) & 3] = (unsigned long) ((uintptr_t) n1 != 0);
  if (p47 != p47)
    memcpy (p47, p47, sizeof (struct node));
  struct node **v54 = gc_alloc (4 * sizeof (struct node *));
  v54[0] = g_n[1];
  v54[2] = g_n[1];
  v54[3] = (v54[0] ? v54[0] : g_n[1]);
  acc += f0 (n1);
  struct node *p55 = gc_alloc (sizeof (struct node));
  p55->val = x0;
  p55->next = (n1->a[2] & 1 ? p55 : n1);
  g_n[3] = g_n[0];
  acc += f0 (n0);
  g_acc ^= acc;
}

__attribute__ ((noinline)) unsigned long r6 (unsigned long d, unsigned long x0)
{
  unsigned long acc = 85UL;
  if (d == 0)
    return acc;
  struct node *p57 = gc_alloc (sizeof (struct node));
  for (unsigned long i58 = 0; i58 < 4; i58++)
  {
    struct node *p59 = gc_alloc (sizeof (struct node));
    p59->val = p59->a[deep_sum (g_n[1], 1) & 3];
    p59->next = p59;
    acc += (deep_sum (p59, 1) | g_n[2]->val);
    void *vp60 = (g_n[1]->val & 1 ? p59 : p59);
  }
  p57->slot = p57;
  unsigned long u61 = (unsigned long) (p57 == (p57->other ? p57->other : p57));
  unsigned long st62 = 0;
  for (struct node *q = (p57->next ? p57->next : p57); q && st62 < 8; q = q->next, st62++)
    acc += q->val * (st62 + 1);
  if (d > 0)
  {
    p57 = r7 (d - 1, (p57->other ? p57->other : p57), g_n[2], (u61 | p57->a[1]));
  }
  return acc ^ (x0 >> (0x68d68f8243d0ebd7UL & 63));
}

static __attribute__ ((noinline)) struct node *r7 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 3551911040UL;
  if (d == 0)
    return n0;
  n1->next = (n0->other ? n0->other : n0);
  acc += apply (cb_keep, g_n[2], x0);
  void *vp66 = n0;
  g_acc += 3UL;
  f5 (g_n[x0 & 3], (n1->val & 1 ? n0 : n0), (n1->next ? n1->next->val : g_n[0]->val));
  void *vp67 = g_n[g_n[0]->val & 3];
  void *vp68 = (n1->next ? n1->next : n1);
  g_n[2]->next = n1;
  if (d > 0)
  {
    acc += r6 (d - 1, (n1->slot ? ((struct node *) n1->slot)->val : x0));
  }
  return n0;
}

struct node *f8 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x580f95f065fa67a7UL;
  struct node *p73 = gc_alloc (sizeof (struct node));
  p73->val = (unsigned long) ((uintptr_t) n1 != 0);
  p73->a[3] = (unsigned long) (n0 == n0);
  struct node *p74 = NEW (struct node);
  p74->val = ((p73->next ? p73->next->val : 3357193155UL) ^ g_acc);
  p74->a[3] = p73->val;
  p74->next = n1;
  if (list_sum (n0) % 2 == 0)
  {
    unsigned long *b75 = gc_alloc (32);
    b75[0] = (unsigned long) (n0 == n1);
    b75[3] = (n0->slot ? ((struct node *) n0->slot)->val : n0->a[1]);
  }
  struct node *arr76[4] = { g_n[x0 & 3], (g_n[3]->next ? g_n[3]->next : n1), p74, g_n[x0 & 3] };
  if ((0x574112fc201435e3UL << (deep_sum (n1, 2) & 63)) % 2 == 0)
  {
    acc = mix (acc, g_acc);
  }
  f1 (arr76[18UL & 3], g_n[x1 & 3], n1, p74->val);
  g_acc += (arr_sum (arr76, 4) & list_sum (g_n[2]));
  if ((list_len (p74) / ((g_n[0]->val ? n0->a[3] : g_n[3]->val) | 1)) % 4 == 1)
  {
    n1->val += (unsigned long) ((uintptr_t) (p73->other ? p73->other : g_n[2]) != 0);
    p73->a[n1->a[n0->val & 3] & 3] = list_len ((n1->next ? n1->next : n0));
  }
  g_acc += (0x2683109d6988ef32UL >> (77UL & 63));
  return n1;
}

static inline struct node *f9 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0UL;
  struct node *p82 = gc_alloc (sizeof (struct node));
  p82->val = deep_sum ((p82->other ? p82->other : p82), 0);
  struct node *p83 = gc_alloc (64);
  p83->val = (0x3547a1873f1f875aUL ^ n2->a[1]);
  p83->a[0] = g_n[2]->val;
  p83->next = n1;
  p82->next = n1;
  if ((3219390654UL ? n0->val : n0->val) % 2 == 0)
  {
    struct node *p84 = gc_calloc (1, sizeof (struct node));
    p84->val = (unsigned long) ((uintptr_t) p83 != 0);
    p84->next = (n2->other ? n2->other : n0);
    if (p82 != g_n[0UL & 3])
      memcpy (p82, g_n[0UL & 3], sizeof (struct node));
    f1 (p83, (n1->next ? n1->next : n0), n0, (n0->val - g_n[0]->val));
  }
  else
  {
    x1 = r4 (x1 % 4, (n2->next ? n2->next : n1), g_n[3496197222UL & 3], (0x17af5c9c628f0e30UL & 1 ? n2 : n0));
    acc += f0 ((x0 & 1 ? n0 : g_n[0]));
    acc += (unsigned long) (n0 == (p83->next ? p83->next : n2));
  }
  struct node *p85 = gc_alloc (sizeof (struct node));
  p85->val = g_n[0]->val;
  return n2;
}

static inline struct node *f10 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0UL;
  acc += x0;
  if (list_len (n0) % 3 == 0)
  {
    acc += f0 (n0);
  }
  { unsigned long *q = &n0->a[2]; *q ^= n0->val; }
  struct node *p89 = gc_alloc (sizeof (struct node));
  p89->val = deep_sum (p89, 1);
  struct node *p90 = NEW (struct node);
  p90->val = (n0->next ? n0->next->val : (p90->a[2] % (p90->a[2] | 1)));
  return g_n[x1 & 3];
}

static unsigned long f11 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 49UL;
  struct node *p93 = gc_alloc (sizeof (struct node));
  p93->a[3] = (unsigned long) (p93 == p93);
  x1 = 0x78b90f04120d83ffUL;
  p93->slot = (g_n[0]->val & 1 ? g_n[3] : g_n[0]);
  acc += g_cb[(99UL & p93->a[1]) & 3] (g_n[g_n[2]->val & 3], (x0 << (p93->a[0] & 63)));
  x0 = p93->val;
  if (g_n[0]->val % 4 == 0)
  {
    p93 = p93;
    x0 = (g_n[1]->val * x1);
  }
  struct node *arr94[4] = { (x0 & 1 ? g_n[0] : g_n[1]), g_n[3], g_n[0], (g_n[2]->next ? g_n[2]->next : g_n[2]) };
  if (p93 != p93)
    memcpy (p93, p93, sizeof (struct node));
  g_acc += ((0UL + p93->a[3]) | (g_n[2]->val % (x0 | 1)));
  p93->next = (x1 & 1 ? p93 : p93);
  p93 = (p93->next ? p93->next : p93);
  acc += p93->a[(g_n[1]->val % (p93->a[2] | 1)) & 3];
  if (p93 != p93)
    memcpy (p93, p93, sizeof (struct node));
  struct node s95 = { 0 };
  s95.val = (unsigned long) (p93 == p93);
  s95.next = p93;
  return acc ^ (unsigned long) (p93 == p93);
}

unsigned long r12 (unsigned long d, struct node *n0, unsigned long x0)
{
  unsigned long acc = 2UL;
  if (d == 0)
    return acc;
  struct node *p98 = f10 (n0, x0, (unsigned long) (n0 == n0));
  acc += (unsigned long) ((uintptr_t) g_n[n0->val & 3] != 0);
  if (n0 != n0)
    memcpy (n0, n0, sizeof (struct node));
  n0->other = n0;
  { unsigned long *q = &p98->a[1]; *q ^= (g_n[3]->slot ? ((struct node *) g_n[3]->slot)->val : x0); }
  { struct node *volatile vol = p98; acc += vol->val; }
  p98 = p98;
  acc = mix (acc, (p98->a[3] & x0));
  if (d > 0)
  {
    acc += r12 (d - 1, (n0->next ? n0->next : n0), (42UL >> (x0 & 63)));
  }
  return acc ^ (x0 >> (p98->a[3] & 63));
}

static __attribute__ ((noinline)) unsigned long f13 (unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 722620603UL;
  struct node *p101 = pr.a;
  struct node *p102 = gc_alloc (sizeof (struct node));
  p102->val = g_n[3]->a[2];
  p102->next = (p102->next ? p102->next : p102);
  unsigned long u103 = ((u103 << (u103 & 63)) ? g_n[2]->val : (p102->slot ? ((struct node *) p102->slot)->val : 3UL));
  if (((x0 % (p102->a[3] | 1)) - (p101->next ? p101->next->val : u103)) % 3 == 1)
  {
    struct node **v104 = gc_alloc (4 * sizeof (struct node *));
    v104[0] = (p101->other ? p101->other : p101);
    v104[2] = (p102->other ? p102->other : p102);
    v104[3] = g_n[3];
  }
  else
  {
    acc += (unsigned long) ((p102->other ? p102->other : p102) == (u103 & 1 ? p101 : p102));
    acc += deep_sum (p101, 0);
  }
  p102->slot = g_n[1];
  struct node *w105 = p102;
  for (unsigned long i106 = 0; i106 < 2; i106++)
  {
    w105 = gc_alloc (sizeof (struct node));
    w105->val = i106 * (w105->next ? w105->next->val : 10UL);
    acc += w105->val + list_sum (w105);
  }
  g_acc += deep_sum (w105, 0);
  struct node *p107 = gc_alloc (sizeof (struct node));
  p107->val = 0x33c1231b3d3064deUL;
  p107->next = (p107->other ? p107->other : p107);
  for (unsigned long i108 = 0; i108 < 6; i108++)
  {
    struct node *p109 = gc_alloc (sizeof (struct node));
    p109->a[2] = (p107->val * p101->a[0]);
    p109->next = p107;
    acc += (p107->slot ? ((struct node *) p107->slot)->val : g_acc);
    p107->a[x1 & 3] = list_len (w105);
    unsigned long st110 = 0;
    for (struct node *q = w105; q && st110 < 8; q = q->next, st110++)
      acc += q->val * (st110 + 1);
    void *vp111 = g_n[p109->a[1] & 3];
  }
  acc += apply (cb_keep, p107, (p107->val * 0x31408b1d4cc6c418UL));
  return acc ^ (p102->next ? p102->next->val : w105->a[1]);
}

static struct node *f14 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 2805627680UL;
  struct node *p116 = gc_alloc (sizeof (struct node));
  struct node *p117 = gc_alloc (sizeof (struct node));
  p117->val = x0;
  p117->next = (n1->next ? n1->next : p117);
  p116->next = g_n[n0->a[0] & 3];
  n2->other = n2;
  { struct node *volatile vol = p117; acc += vol->val; }
  struct node *p118 = f10 (n2, (x0 | p116->val), (n1->val - x0));
  acc += (g_n[2]->other ? g_n[2]->other : p118)->a[list_sum (p116) & 3];
  struct node *p119 = gc_calloc (1, sizeof (struct node));
  p119->val = (g_n[3]->val % (337625243UL | 1));
  p119->next = p119;
  x0 = deep_sum (g_n[3], 2);
  struct node *p120 = gc_alloc (sizeof (struct node));
  p120->val = (n2->next ? n2->next->val : g_n[1]->val);
  return (x0 & 1 ? n2 : p120);
}

static inline void f15 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 3UL;
  n0->next = n0;
  n0->val += g_n[3]->val;
  if (n0 != g_n[x0 & 3])
    memcpy (n0, g_n[x0 & 3], sizeof (struct node));
  printf ("f15.0 %lu\n", acc);
  n0->val += (unsigned long) ((uintptr_t) n0 != 0);
  g_acc ^= acc;
}

static inline void f16 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2UL;
  struct node *w128 = n2;
  for (unsigned long i129 = 0; i129 < 3; i129++)
  {
    w128 = gc_alloc (sizeof (struct node));
    w128->val = i129 * (i129 | g_n[3]->val);
    acc += w128->val + list_sum (w128);
  }
  acc = mix (acc, g_n[2]->val);
  n0 = n0;
  struct node *p130 = gc_alloc (sizeof (struct node));
  p130->val = deep_sum (w128, 1);
  p130->a[2] = w128->val;
  p130->next = n1;
  x1 = (n2->val & g_n[0]->val);
  g_acc ^= acc;
}

static unsigned long r17 (unsigned long d, struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 76UL;
  if (d == 0)
    return acc;
  { unsigned long *q = &n2->a[0]; *q ^= (n1->val - 1326939182UL); }
  acc += apply (cb_keep, (3UL & 1 ? n1 : n1), (unsigned long) ((uintptr_t) n1 != 0));
  struct node *arr134[4] = { n2, n1, n2, (g_n[2]->val & 1 ? n2 : n1) };
  struct node *w135 = n1;
  for (unsigned long i136 = 0; i136 < 1; i136++)
  {
    w135 = gc_alloc (sizeof (struct node));
    w135->val = i136 * (w135->val * n0->a[0]);
    acc += w135->val + list_sum (w135);
  }
  if ((0xf937e901433bb1dUL % (9UL | 1)) % 5 == 1) return acc ^ (2042611761UL | n1->val);
  unsigned long st137 = 0;
  for (struct node *q = n1; q && st137 < 8; q = q->next, st137++)
    acc += q->val * (st137 + 1);
  if (d > 0)
  {
    acc += r17 (d - 1, n0, n1, n1);
  }
  n1->a[list_sum (n0) & 3] = deep_sum ((n0->next ? n0->next : n2), 0);
  w135->a[(st137 - g_n[0]->val) & 3] = list_len ((w135->next ? w135->next : w135));
  arr134[st137 & 3] = w135;
  struct node s138 = { 0 };
  s138.val = (n0->next ? n0->next->val : st137);
  s138.next = n0;
  n1->val += (st137 * (st137 ? st137 : w135->a[3]));
  acc += r12 ((st137 + st137) % 4, n1, (w135->val ^ n1->val));
  return acc ^ (n0->next ? n0->next->val : g_n[0]->val);
}

static struct node *r18 (unsigned long d, unsigned long x0)
{
  unsigned long acc = 71UL;
  if (d == 0)
    return g_n[1];
  struct node *p140 = gc_calloc (1, sizeof (struct node));
  p140->val = (unsigned long) ((uintptr_t) (p140->other ? p140->other : p140) != 0);
  p140->a[1] = p140->a[0];
  p140->next = p140;
  struct node *arr141[4] = { p140, p140, p140, g_n[p140->val & 3] };
  p140->next = p140;
  { unsigned long *q = &p140->a[1]; *q ^= x0; }
  unsigned long st142 = 0;
  for (struct node *q = p140; q && st142 < 8; q = q->next, st142++)
    acc += q->val * (st142 + 1);
  struct node *p143 = gc_alloc (sizeof (struct node));
  p143->a[3] = x0;
  p143->next = (p143->next ? p143->next : p143);
  struct node s144 = { 0 };
  s144.val = (p140->slot ? ((struct node *) p140->slot)->val : g_n[0]->val);
  s144.next = (44UL & 1 ? p143 : p143);
  g_n[2]->next = (p140->val & 1 ? g_n[2] : p143);
  acc += cb_read (g_n[3], (unsigned long) (p143 == p143));
  acc = mix (acc, x0);
  struct node **v145 = gc_alloc (4 * sizeof (struct node *));
  v145[0] = p143;
  v145[1] = p140;
  if (g_n[2]->val % 3 == 1)
  {
    if ((p143->a[3] / (g_n[3]->val | 1)) % 4 == 1)
    {
      g_acc += (unsigned long) (arr141[p143->a[2] & 3] == (p140->other ? p140->other : p140));
    }
    p143->next = p143;
    unsigned long st146 = 0;
    for (struct node *q = arr141[0x6947c28e022a7256UL & 3]; q && st146 < 8; q = q->next, st146++)
      acc += q->val * (st146 + 1);
  }
  else
  {
    { unsigned long *q = &p140->a[1]; *q ^= (unsigned long) (p140 == p143); }
  }
  acc += f0 (p140);
  if (d > 0)
  {
    struct node *p147 = r18 (d - 1, s144.a[1]);
  }
  return p143;
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
  unsigned long acc = 1038UL;
  struct node *p148 = gc_alloc (sizeof (struct node));
  g_list = g_n[3];
  p148->val += (2468816238UL * g_acc);
  p148->val += (unsigned long) (p148 == p148);
  acc = mix (acc, g_acc);
  { unsigned long *q = &p148->a[1]; *q ^= (3446327156UL / (68UL | 1)); }
  struct node *w149 = p148;
  for (unsigned long i150 = 0; i150 < 1; i150++)
  {
    w149 = gc_alloc (sizeof (struct node));
    w149->val = i150 * 1UL;
    acc += w149->val + list_sum (w149);
  }
  g_acc += (unsigned long) (p148 == (w149->next ? w149->next : w149));
  for (unsigned long i151 = 0; i151 < 2; i151++)
  {
    acc += r12 ((unsigned long) ((uintptr_t) p148 != 0) % 4, g_n[1], (unsigned long) (w149 == w149));
    struct node s152 = { 0 };
    s152.val = (w149->a[1] ^ i151);
    s152.next = g_n[4267464283UL & 3];
  }
  acc = mix (acc, p148->a[3]);
  acc += (g_n[1]->val % (w149->val | 1));
  printf ("main.1 %lu\n", acc);
  acc += apply (cb_keep, g_n[2], (w149->next ? w149->next->val : w149->val));
  unsigned long *b153 = gc_alloc (96);
  b153[1] = w149->a[1];
  p148 = g_n[w149->val & 3];
  p148 = r2 ((b153[1] << (0x7b92a43b3223ec4eUL & 63)) % 4, (struct pair) { g_n[2], g_n[3] });
  printf ("main.r2 %lu\n", acc);
  r3 (list_sum (w149) % 4, (w149->next ? w149->next : p148), (w149->other ? w149->other : w149), (unsigned long) ((uintptr_t) w149 != 0));
  printf ("main.r3 %lu\n", acc);
  acc += r6 (31UL % 4, b153[1]);
  printf ("main.r6 %lu\n", acc);
  p148 = r7 ((2742185596UL & b153[0]) % 4, (p148->val & 1 ? g_n[1] : g_n[2]), g_n[3], p148->val);
  printf ("main.r7 %lu\n", acc);
  struct node *p154 = f8 (g_n[0], p148, (b153[0] * p148->val), g_acc);
  printf ("main.f8 %lu\n", acc);
  p148 = f9 (g_n[b153[3] & 3], (2UL & 1 ? p148 : g_n[0]), g_n[2], (w149->val ? 0x4d87d2407bd13ad0UL : 0UL), (w149->a[0] - 3UL));
  printf ("main.f9 %lu\n", acc);
  acc += f11 (3UL, b153[0x155b81181a9edad0UL & 3]);
  printf ("main.f11 %lu\n", acc);
  acc += f13 (list_sum (w149), (g_n[2]->val ^ b153[0]), (struct pair) { w149, g_n[1UL & 3] });
  printf ("main.f13 %lu\n", acc);
  struct node *p155 = f14 (g_n[1], p148, g_n[0], list_sum (w149));
  printf ("main.f14 %lu\n", acc);
  f15 (g_n[2], w149->a[p148->val & 3]);
  printf ("main.f15 %lu\n", acc);
  f16 ((g_n[1]->next ? g_n[1]->next : g_n[2]), w149, p148, 4UL, b153[1]);
  printf ("main.f16 %lu\n", acc);
  acc += r17 (g_acc % 4, (p148->other ? p148->other : w149), g_n[0], (b153[0] & 1 ? w149 : w149));
  printf ("main.r17 %lu\n", acc);
  w149 = r18 (deep_sum (w149, 1) % 4, b153[3]);
  printf ("main.r18 %lu\n", acc);
  unsigned long h = acc;
  for (int i = 0; i < 4; i++)
    h = mix (h, deep_sum (g_n[i], 3) ^ list_sum (g_n[i]));
  h = mix (h, deep_sum (g_list, 3) ^ list_len (g_list));
  h = mix (h, deep_sum (g_any, 3));
  h = mix (h, deep_sum (g_h.p, 2) ^ deep_sum (g_h.pr.a, 2) ^ deep_sum (g_h.pr.b, 2));
  h = mix (h, g_acc);
  printf ("checksum %lu\n", h);
  fprintf (stderr, "allocs %lu frees %lu\n", n_allocs, n_frees);
  return 0;
}

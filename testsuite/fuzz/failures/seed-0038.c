/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0038.c */
/* gcc-escape fuzz program, seed 38: testsuite/fuzz/gen 38 */
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

static unsigned long r0 (unsigned long d, struct node *n0, struct node *n1, struct node *n2);
static void r1 (unsigned long d, struct node *n0, unsigned long x0);
static struct node *f2 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out);
static struct node *f3 (unsigned long x0, unsigned long x1, struct pair pr);
static struct node *f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr);
void f5 (struct pair pr);
void r6 (unsigned long d, struct node *n0, struct node *n1, struct node *n2);
unsigned long r7 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0);
static unsigned long f8 (struct node *n0, unsigned long x0, unsigned long x1);
static struct node *f9 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static unsigned long f10 (struct node *n0, struct node *n1, struct node **out);
void f11 (struct node *n0, struct node *n1, unsigned long x0, struct node **out);
static unsigned long r12 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static void f13 (unsigned long x0);
struct node *r14 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0);

static __attribute__ ((noinline)) unsigned long r0 (unsigned long d, struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 4288085390UL;
  if (d == 0)
    return acc;
  void *vp4 = n0;
  { unsigned long *q = &n2->a[0]; *q ^= n2->val; }
  acc += ((unsigned long) (n2 == n0) ^ ((struct node *) vp4)->val);
  if (d > 0)
  {
    r1 (d - 1, n0, deep_sum (n0, 0));
  }
  return acc ^ n1->val;
}

static void r1 (unsigned long d, struct node *n0, unsigned long x0)
{
  unsigned long acc = 3295098069UL;
  if (d == 0)
    return;
  struct node *p7 = gc_alloc (sizeof (struct node));
  p7->val = p7->val;
  p7->next = p7;
  if (d > 0)
  {
    acc += r0 (d - 1, p7, n0, n0);
  }
  g_acc += ((n0->val ^ 25UL) / (3UL | 1));
  for (unsigned long i8 = 0; i8 < 3; i8++)
  {
    struct node *p9 = NEW (struct node);
    p9->val = n0->a[0];
    p9->slot = p7;
    g_acc += x0;
    if (((p7->val & p9->a[1]) ? g_n[1]->val : list_sum (p7)) % 2 == 0)
    {
      acc += (i8 & 1 ? n0 : n0)->a[g_n[2]->val & 3];
      printf ("r1.0 %lu\n", acc);
      struct node *p10 = gc_alloc (sizeof (struct node));
    }
  }
  g_acc ^= acc;
}

static struct node *f2 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 2425051858UL;
  struct node *p16 = NEW (struct node);
  p16->a[3] = 0x65cf37880028dc13UL;
  r1 (0x493cfcc841290ae4UL % 4, (g_n[0]->val & 1 ? p16 : p16), (0UL << (x1 & 63)));
  gc_free (p16);
  if (x1 % 4 == 1)
  {
    n2->slot = p16;
  }
  acc += r0 (list_len (p16) % 4, g_n[x1 & 3], (n2->next ? n2->next : n1), (*out ? *out : n0));
  struct node *p17 = gc_alloc (sizeof (struct node));
  p17->val = (unsigned long) ((uintptr_t) n0 != 0);
  p17->a[(3065929967UL ? x0 : 0x3a1d36fc011ba3cfUL) & 3] = g_n[2]->val;
  g_acc += (g_n[1]->val ^ x1);
  for (unsigned long i18 = 0; i18 < 2; i18++)
  {
    struct node *p19 = gc_alloc (sizeof (struct node));
    p19->next = (p16->next ? p16->next : p16);
    if (n1 != (n1->next ? n1->next : p17))
      memcpy (n1, (n1->next ? n1->next : p17), sizeof (struct node));
  }
  printf ("f2.1 %lu\n", acc);
  return p16;
}

static __attribute__ ((noinline)) struct node *f3 (unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 0xa732a764b2b5841UL;
  struct node *p22 = pr.a;
  unsigned long *b23 = gc_alloc (64);
  b23[0] = (b23[2] << (b23[2] & 63));
  b23[1] = (p22->a[1] & x1);
  if ((p22->val ? b23[0] : x1) % 3 == 1) return g_n[3];
  p22->val += (p22->next ? p22->next->val : (p22->a[1] & p22->val));
  struct node **v24 = gc_alloc (4 * sizeof (struct node *));
  v24[0] = (p22->other ? p22->other : p22);
  v24[2] = p22;
  if ((unsigned long) ((p22->val & 1 ? p22 : p22) == p22) % 4 == 0)
  {
    if (p22 != (x0 & 1 ? p22 : p22))
      memcpy (p22, (x0 & 1 ? p22 : p22), sizeof (struct node));
  }
  p22->slot = g_n[0];
  p22->val += ((unsigned long) (p22 == p22) ^ g_n[0]->val);
  return g_n[0];
}

static __attribute__ ((noinline)) struct node *f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr)
{
  unsigned long acc = 1720515921UL;
  struct node *p29 = pr.a;
  for (unsigned long i30 = 0; i30 < 2; i30++)
  {
    if (n0 != n0)
      memcpy (n0, n0, sizeof (struct node));
    n1->slot = (p29->next ? p29->next : p29);
  }
  r1 (x0 % 4, (g_n[2]->val & 1 ? p29 : p29), n2->a[n2->val & 3]);
  n1 = f2 ((n2->val & 1 ? g_n[0] : n2), g_n[n1->a[1] & 3], p29, list_len (n1), n2->a[10UL & 3], &n0);
  { unsigned long *q = &n2->a[1]; *q ^= (unsigned long) (p29 == p29); }
  r1 (x0 % 4, p29, (n0->val & g_n[1]->val));
  struct node *arr31[4] = { g_n[g_n[3]->val & 3], p29, p29, (p29->other ? p29->other : p29) };
  struct node *p32 = (struct node *) ((uintptr_t) n2 | 0);
  for (unsigned long i33 = 0; i33 < 6; i33++)
  {
    struct node *p34 = gc_alloc (sizeof (struct node));
    p34->next = n0;
    p34->next = n0;
    n0 = p34;
  }
  p32 = f2 (n2, n2, p32, (n2->val & g_n[2]->val), (n1->a[0] ? n0->a[3] : x0), &g_n[3]);
  arr31[(n2->val - x0) & 3] = (p29->other ? p29->other : p29);
  acc += ((n1->next ? n1->next->val : n1->val) % ((x0 << (p29->val & 63)) | 1));
  return (p32->other ? p32->other : p32);
}

void f5 (struct pair pr)
{
  unsigned long acc = 1135050449UL;
  struct node *p35 = pr.b;
  p35->a[p35->val & 3] = list_sum (p35);
  struct node *w36 = p35;
  for (unsigned long i37 = 0; i37 < 2; i37++)
  {
    w36 = gc_alloc (sizeof (struct node));
    w36->val = i37 * g_n[1]->val;
    acc += w36->val + list_sum (w36);
  }
  p35->a[0x21cd4d266e31c971UL & 3] = (97UL | (w36->val * g_n[1]->val));
  g_acc += 3057107422UL;
  gc_free (p35);
  for (unsigned long i38 = 0; i38 < 1; i38++)
  {
    struct node *p39 = gc_alloc (sizeof (struct node));
    p39->next = p39;
    p39->next = w36;
    w36 = p39;
  }
  { unsigned long *q = &w36->a[3]; *q ^= (g_n[0]->val & g_n[0]->val); }
  struct node *p40 = f2 ((g_n[3]->val & 1 ? p35 : p35), p35, (60UL & 1 ? g_n[2] : p35), deep_sum (w36, 0), w36->a[g_n[0]->val & 3], &w36->other);
  struct node *w41 = p35;
  for (unsigned long i42 = 0; i42 < 2; i42++)
  {
    w41 = gc_alloc (sizeof (struct node));
    w41->val = i42 * p35->val;
    acc += w41->val + list_sum (w41);
  }
  if (list_len (p35) % 2 == 1)
  {
    if (p40 != w36)
      memcpy (p40, w36, sizeof (struct node));
  }
  else
  {
  }
  g_acc ^= acc;
}

__attribute__ ((noinline)) void r6 (unsigned long d, struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 38UL;
  if (d == 0)
    return;
  struct node *p46 = gc_calloc (1, sizeof (struct node));
  p46->val = (0x51629e1a6f95e2b6UL ^ n0->val);
  p46->a[1] = (n0->val ^ 0x5ffed98f67928591UL);
  p46->next = (3UL & 1 ? n2 : n0);
  struct node *p47 = f3 (g_n[2]->val, deep_sum (n2, 1), (struct pair) { g_n[g_n[1]->val & 3], (1UL & 1 ? n1 : n0) });
  if (deep_sum (n0, 0) % 2 == 0)
  {
    struct node *p48 = gc_alloc (sizeof (struct node));
    p48->val = list_len (n2);
    p48->next = g_n[0];
    n1->next = p47;
  }
  struct node *p49 = gc_alloc (sizeof (struct node));
  p49->val = (unsigned long) ((uintptr_t) (0x602f281d4f96d8e5UL & 1 ? n1 : p47) != 0);
  n2->next = n2;
  struct node *p50 = gc_alloc (64);
  p50->val = (unsigned long) ((uintptr_t) n2 != 0);
  p50->next = n0;
  if (d > 0)
  {
    acc += r7 (d - 1, n0, (1906672330UL & 1 ? n2 : n2), (0x5691bec564d0dc2dUL >> (0x7992ee8a62ebd274UL & 63)));
  }
  g_acc ^= acc;
}

unsigned long r7 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 17UL;
  if (d == 0)
    return acc;
  acc += deep_sum (n1, 1);
  x0 = (n0->a[n1->val & 3] * x0);
  struct node *p54 = gc_alloc (sizeof (struct node));
  p54->val = *g_up;
  struct node *p55 = gc_alloc (sizeof (struct node));
  p55->val = (g_acc + p55->a[1]);
  p55->a[0] = (p54->val - g_n[0]->val);
  p55->next = n1;
  if (((n0->val % (x0 | 1)) + 4251344936UL) % 4 == 0)
  {
    gc_free (n0);
    struct node *arr56[4] = { (n1->next ? n1->next : g_n[1]), n0, g_n[g_n[1]->val & 3], p55 };
    for (unsigned long i57 = 0; i57 < 6; i57++)
    {
      { unsigned long *q = &n0->a[3]; *q ^= 3714446825UL; }
      struct node s58 = { 0 };
      s58.val = *g_up;
    }
  }
  if (d > 0)
  {
    r6 (d - 1, n0, n0, n0);
  }
  return acc ^ list_sum (n1);
}

static unsigned long f8 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x2f06dae17a54ebb0UL;
  struct node *p62 = gc_alloc (64);
  p62->val = ((x0 ? p62->val : x1) - list_sum (p62));
  p62->a[0] = (x1 ^ x1);
  p62->next = (n0->val & 1 ? p62 : p62);
  n0->other = (p62->next ? p62->next : n0);
  n0->slot = p62;
  unsigned long st63 = 0;
  for (struct node *q = g_n[g_n[1]->val & 3]; q && st63 < 8; q = q->next, st63++)
    acc += q->val * (st63 + 1);
  p62->slot = p62;
  struct node *p64 = (struct node *) ((uintptr_t) p62 | 0);
  f5 ((struct pair) { g_n[1], (g_n[0]->val & 1 ? p62 : p62) });
  acc = mix (acc, list_sum (p62));
  acc += p64->a[x0 & 3];
  g_acc += x0;
  struct node *w65 = p64;
  for (unsigned long i66 = 0; i66 < 4; i66++)
  {
    w65 = gc_alloc (sizeof (struct node));
    w65->val = i66 * (x0 % (p62->val | 1));
    acc += w65->val + list_sum (w65);
  }
  gc_free (n0);
  return acc ^ (g_n[1]->val % (g_n[2]->val | 1));
}

static struct node *f9 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3UL;
  struct node *p72 = gc_calloc (1, sizeof (struct node));
  p72->val = g_n[1]->val;
  r1 (n2->a[1] % 4, g_n[g_n[3]->val & 3], x1);
  g_acc += list_len (n0);
  struct node *p73 = gc_alloc (sizeof (struct node));
  p73->val = (deep_sum (n0, 0) / ((g_n[1]->val | x0) | 1));
  r6 (list_len (n2) % 4, p72, (n0->other ? n0->other : g_n[1]), (n0->a[0] & 1 ? p72 : p72));
  n2->val += x1;
  return g_n[n0->val & 3];
}

static unsigned long f10 (struct node *n0, struct node *n1, struct node **out)
{
  unsigned long acc = 710012429UL;
  struct node *p76 = gc_alloc (sizeof (struct node));
  p76->val = (unsigned long) ((uintptr_t) g_n[1UL & 3] != 0);
  p76->a[0] = g_n[0]->val;
  p76->next = (n1->next ? n1->next : p76);
  struct node *p77 = NEW (struct node);
  p77->val = ((0x2446d5bf20c5448bUL ^ n1->val) * g_n[3]->val);
  p77->a[2] = (unsigned long) ((uintptr_t) p77 != 0);
  if (g_n[2]->val % 3 == 0)
  {
    for (unsigned long i78 = 0; i78 < 5; i78++)
    {
      struct node *p79 = gc_alloc (sizeof (struct node));
      p79->a[0] = i78;
      p79->next = p77;
      p79->next = n0;
      n0 = p79;
    }
    if (g_n[1]->val % 4 == 1) return acc ^ (99UL ^ p76->a[1]);
    *out = (n0->other ? n0->other : n0);
  }
  for (unsigned long i80 = 0; i80 < 2; i80++)
  {
    struct node *p81 = gc_alloc (sizeof (struct node));
    unsigned long u82 = (99UL * p81->a[1]);
    if (p81 != (p76->other ? p76->other : n1))
      memcpy (p81, (p76->other ? p76->other : n1), sizeof (struct node));
  }
  acc += list_sum (n1);
  acc += (n1->a[0x5a430a151a3f23d1UL & 3] & n0->a[2]);
  { unsigned long *q = &n0->a[3]; *q ^= n1->a[1104740748UL & 3]; }
  n0->val += 0x2374b95f10235b7aUL;
  struct node *w83 = p76;
  for (unsigned long i84 = 0; i84 < 1; i84++)
  {
    w83 = gc_alloc (sizeof (struct node));
    w83->val = i84 * list_sum (w83);
    acc += w83->val + list_sum (w83);
  }
  g_list = p76;
  struct node *p85 = f9 ((*out ? *out : p76), p76, p77, g_n[1]->a[1], *g_up);
  acc += deep_sum ((p76->other ? p76->other : g_n[0]), 1);
  struct node s86 = { 0 };
  s86.val = (p76->val * 78UL);
  s86.next = (p77->next ? p77->next : n0);
  if (0x3fb21cb51ff0df2dUL % 7 == 1) return acc ^ (unsigned long) ((uintptr_t) w83 != 0);
  return acc ^ *g_up;
}

__attribute__ ((noinline)) void f11 (struct node *n0, struct node *n1, unsigned long x0, struct node **out)
{
  unsigned long acc = 0x3d07b1f1088cb856UL;
  struct node *p90 = gc_calloc (1, sizeof (struct node));
  p90->val = (n0->other ? n0->other : p90)->a[(n1->next ? n1->next->val : n1->a[1]) & 3];
  p90->a[0] = (p90->a[0] % (x0 | 1));
  p90->next = p90;
  struct node *arr91[4] = { n0, (x0 & 1 ? p90 : p90), n1, (p90->next ? p90->next : n0) };
  struct node *p92 = gc_alloc (sizeof (struct node));
  p92->val = p92->val;
  if (((unsigned long) (p90 == n0) ^ (n0->val / (g_n[0]->val | 1))) % 2 == 1)
  {
    acc += x0;
    acc += apply (cb_keep, p90, list_sum (p90));
    printf ("f11.2 %lu\n", acc);
  }
  else
  {
    { unsigned long *q = &p92->a[0]; *q ^= (unsigned long) (n1 == p90); }
    { unsigned long *q = &p92->a[2]; *q ^= arr91[x0 & 3]->val; }
  }
  g_acc ^= acc;
}

static unsigned long r12 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x2d0f29d4587f2826UL;
  if (d == 0)
    return acc;
  struct node *p97 = gc_alloc (sizeof (struct node));
  p97->val = (n1->val & n0->val);
  p97->a[0] = n1->val;
  struct node *p98 = gc_alloc (sizeof (struct node));
  p98->val = (x1 ? n1->a[3] : p98->a[0]);
  p98->next = p97;
  g_acc += deep_sum (p98, 1);
  { unsigned long *q = &n1->a[0]; *q ^= list_sum (p97); }
  { unsigned long *q = &n1->a[2]; *q ^= (0UL | p97->a[3]); }
  if ((p98->val * x1) % 4 == 1)
  {
    { unsigned long *q = &p98->a[2]; *q ^= p98->val; }
  }
  else
  {
    g_up = &n0->a[0];
    struct node *p99 = gc_alloc (sizeof (struct node));
    p99->val = x1;
  }
  x0 = g_n[0]->val;
  struct node *p100 = NEW (struct node);
  p100->val = list_sum (g_n[g_n[3]->val & 3]);
  gc_free (p98);
  unsigned long st101 = 0;
  for (struct node *q = p98; q && st101 < 8; q = q->next, st101++)
    acc += q->val * (st101 + 1);
  void *vp102 = (p97->other ? p97->other : n0);
  p100 = n1;
  struct node **v103 = gc_alloc (4 * sizeof (struct node *));
  v103[0] = ((struct node *) vp102);
  v103[1] = p100;
  v103[2] = (p97->next ? p97->next : p97);
  v103[3] = p100;
  void *vp104 = n0;
  if (d > 0)
  {
    x0 = r12 (d - 1, n0, ((struct node *) vp104), ((struct node *) vp102)->val, (st101 << (x0 & 63)));
  }
  return acc ^ (p98->a[2] | x1);
}

static inline void f13 (unsigned long x0)
{
  unsigned long acc = 53UL;
  struct node *p106 = gc_alloc (sizeof (struct node));
  p106->next = p106;
  struct node s107 = { 0 };
  s107.val = g_acc;
  unsigned long *b108 = gc_alloc (32);
  b108[2] = g_n[1]->a[x0 & 3];
  struct node *p109 = gc_alloc (sizeof (struct node));
  struct node *w110 = p109;
  for (unsigned long i111 = 0; i111 < 1; i111++)
  {
    w110 = gc_alloc (sizeof (struct node));
    w110->val = i111 * (i111 & x0);
    acc += w110->val + list_sum (w110);
  }
  b108[list_sum (p106) & 3] = ((p109->a[0] & 1 ? g_n[0] : p106)->slot ? ((struct node *) (p109->a[0] & 1 ? g_n[0] : p106)->slot)->val : x0);
  if (deep_sum (w110, 0) % 2 == 1)
  {
    acc += list_len (p109);
    unsigned long *b112 = gc_calloc (12, sizeof (unsigned long));
    b112[2] = b112[0];
    b112[3] = s107.val;
    w110 = g_n[p106->val & 3];
  }
  else
  {
    acc += r0 (2056389971UL % 4, p109, (p109->next ? p109->next : p106), (p109->a[3] & 1 ? p106 : p106));
  }
  g_acc ^= acc;
}

struct node *r14 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 0x3598ed13067e55f9UL;
  if (d == 0)
    return n0;
  struct node *p116 = gc_alloc (sizeof (struct node));
  p116->val = deep_sum (g_n[0xcc770f85ad20a14UL & 3], 2);
  p116->next = n0;
  n1 = (n0->other ? n0->other : n0);
  if ((unsigned long) (n1 == p116) % 3 == 1)
  {
    n1->a[(x0 / (g_n[2]->val | 1)) & 3] = p116->a[0];
    acc += *g_up;
  }
  else
  {
    acc += (unsigned long) ((uintptr_t) n0 != 0);
    n1 = f4 (g_n[x0 & 3], n1, p116, (g_n[3]->slot ? ((struct node *) g_n[3]->slot)->val : x0), (struct pair) { (n0->other ? n0->other : n0), (n0->other ? n0->other : n0) });
  }
  struct node **v117 = gc_alloc (4 * sizeof (struct node *));
  v117[0] = p116;
  v117[2] = (p116->next ? p116->next : n0);
  v117[3] = g_n[1];
  f13 (deep_sum (n0, 2));
  g_any = (v117[1] ? v117[1] : n0);
  struct node *p118 = gc_alloc (sizeof (struct node));
  p118->val = g_n[1]->val;
  v117[(unsigned long) (p118 == p118) & 3] = (v117[3] ? v117[3] : n0);
  __asm__ volatile ("" : : "r" (n0) : "memory");
  acc += apply (cb_bump, n0, g_acc);
  n1->val += (v117[3] ? v117[3]->val : 666836768UL);
  struct node *p119 = gc_alloc (sizeof (struct node));
  p119->val = (unsigned long) ((uintptr_t) n0 != 0);
  if ((p116->next ? p116->next->val : 4103885783UL) % 3 == 1) return (n0->other ? n0->other : n0);
  if (d > 0)
  {
    p119 = r14 (d - 1, (v117[0] ? v117[0] : g_n[3]), n0, (p119->next ? p119->next->val : x0));
  }
  return (v117[2] ? v117[2] : n0);
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
  unsigned long acc = 38UL;
  struct node *p120 = gc_alloc (sizeof (struct node));
  p120->val = (p120->slot ? ((struct node *) p120->slot)->val : (21UL << (3963582687UL & 63)));
  p120->a[1] = deep_sum (p120, 2);
  p120->next = p120;
  struct node *w121 = p120;
  for (unsigned long i122 = 0; i122 < 1; i122++)
  {
    w121 = gc_alloc (sizeof (struct node));
    w121->val = i122 * (unsigned long) ((uintptr_t) p120 != 0);
    acc += w121->val + list_sum (w121);
  }
  r1 ((w121->a[0] << (0x4d63f57964f50b3aUL & 63)) % 4, g_n[1], w121->a[0]);
  { unsigned long *q = &w121->a[3]; *q ^= (g_n[0]->val * w121->a[2]); }
  struct node *p123 = gc_alloc (64);
  p123->val = (unsigned long) ((uintptr_t) p120 != 0);
  p123->a[0] = (unsigned long) (w121 == w121);
  struct node *p124 = f3 ((1UL / (g_n[3]->val | 1)), (g_n[1]->slot ? ((struct node *) g_n[1]->slot)->val : w121->val), (struct pair) { p123, w121 });
  acc += deep_sum ((3UL & 1 ? p120 : w121), 0);
  printf ("main.3 %lu\n", acc);
  unsigned long st125 = 0;
  for (struct node *q = (0x64b2f54e6f7eae4aUL & 1 ? p123 : w121); q && st125 < 8; q = q->next, st125++)
    acc += q->val * (st125 + 1);
  unsigned long st126 = 0;
  for (struct node *q = p120; q && st126 < 8; q = q->next, st126++)
    acc += q->val * (st126 + 1);
  p124->other = (p124->other ? p124->other : w121);
  p120->other = w121;
  struct node *p127 = gc_calloc (1, sizeof (struct node));
  p127->val = (p127->slot ? ((struct node *) p127->slot)->val : st125);
  p127->next = p127;
  p123 = f3 (p127->val, st125, (struct pair) { p120, p123 });
  if (g_n[2]->val % 3 == 0)
  {
    struct node *w128 = p124;
    for (unsigned long i129 = 0; i129 < 3; i129++)
    {
      w128 = gc_alloc (sizeof (struct node));
      w128->val = i129 * g_acc;
      acc += w128->val + list_sum (w128);
    }
    struct node *p130 = gc_alloc (64);
    p130->val = list_len (g_n[p124->val & 3]);
    p130->next = p127;
  }
  void *vp131 = w121;
  unsigned long u132 = ((g_n[3]->val & p123->a[1]) * list_sum (g_n[1]));
  for (unsigned long i133 = 0; i133 < 1; i133++)
  {
    struct node *p134 = gc_alloc (sizeof (struct node));
    p134->val = g_n[0]->val;
    gc_free (p127);
    struct node s135 = { 0 };
    s135.val = *g_up;
    s135.next = (p127->next ? p127->next : p127);
  }
  gc_free (p127);
  u132 = r7 (deep_sum (p124, 2) % 4, (p120->a[2] & 1 ? p127 : p127), (p123->other ? p123->other : p123), deep_sum (w121, 1));
  for (unsigned long i136 = 0; i136 < 7; i136++)
  {
    struct node *p137 = NEW (struct node);
    p137->val = ((struct node *) vp131)->val;
    p137->next = w121;
    w121 = p137;
  }
  acc += f8 (p124, (g_n[3]->val + st125), g_n[0]->val);
  printf ("main.f8 %lu\n", acc);
  u132 = f10 (p120, (p127->next ? p127->next : p123), &p120);
  printf ("main.f10 %lu\n", acc);
  f11 (p124, (p120->next ? p120->next : p120), (unsigned long) (p124 == p127), &g_n[0]);
  printf ("main.f11 %lu\n", acc);
  acc += r12 ((unsigned long) ((uintptr_t) p127 != 0) % 4, g_n[g_n[2]->val & 3], p124, (g_n[2]->val * 62UL), p123->a[p123->a[1] & 3]);
  printf ("main.r12 %lu\n", acc);
  p127 = r14 ((p127->a[2] | st125) % 4, p123, w121, (st126 + st126));
  printf ("main.r14 %lu\n", acc);
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

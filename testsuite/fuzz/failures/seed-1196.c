/* FAIL (-O0 stdout-differs, -O2 stdout-differs) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-1196.c */
/* gcc-escape fuzz program, seed 1196: testsuite/fuzz/gen 1196 */
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
__attribute__ ((noinline)) unsigned long apply (cb_t f, void *ctx, unsigned long x) { return f (ctx, x); }

static void f0 (struct node *n0, struct node *n1, unsigned long x0);
static struct node *f1 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr);
void f2 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static void f3 (unsigned long x0, unsigned long x1);
static void f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static void f5 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static unsigned long f6 (struct node *n0, struct node *n1, struct pair pr);
static struct node *f7 (void);
static void f8 (void);
static struct node *f9 (struct node *n0, struct node *n1, struct node *n2);
static void r10 (unsigned long d, struct node *n0, unsigned long x0);
static struct node *f11 (unsigned long x0);
void r12 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1);
static struct node *f13 (unsigned long x0, unsigned long x1, struct pair pr);
static struct node *f14 (struct node *n0, unsigned long x0, unsigned long x1);
static void f15 (struct node *n0);
static void f16 (unsigned long x0, unsigned long x1, struct pair pr);

static __attribute__ ((noinline)) void f0 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 75UL;
  unsigned long st4 = 0;
  for (struct node *q = n0; q && st4 < 8; q = q->next, st4++)
    acc += q->val * (st4 + 1);
  struct node s5 = { 0 };
  s5.val = x0;
  s5.next = (st4 & 1 ? n0 : n0);
  void *vp6 = n1;
  n0->a[(unsigned long) ((uintptr_t) n0 != 0) & 3] = (unsigned long) (n1 == (s5.next ? s5.next : n1));
  struct node *p7 = gc_alloc (sizeof (struct node));
  p7->val = (x0 / (41UL | 1));
  p7->a[0] = (g_n[0]->val << (g_n[2]->val & 63));
  for (unsigned long i8 = 0; i8 < 4; i8++)
  {
    struct node *p9 = gc_alloc (sizeof (struct node));
    p9->val = (unsigned long) (p7 == n1);
    acc += (n1->a[1] ^ n0->a[1]);
    unsigned long st10 = 0;
    for (struct node *q = p9; q && st10 < 8; q = q->next, st10++)
      acc += q->val * (st10 + 1);
  }
  for (unsigned long i11 = 0; i11 < 2; i11++)
  {
  }
  acc = mix (acc, x0);
  struct node *w12 = n1;
  for (unsigned long i13 = 0; i13 < 5; i13++)
  {
    w12 = gc_alloc (sizeof (struct node));
    w12->val = i13 * n0->a[g_n[1]->val & 3];
    acc += w12->val + list_sum (w12);
  }
  for (unsigned long i14 = 0; i14 < 5; i14++)
  {
  }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) struct node *f1 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr)
{
  unsigned long acc = 0x4d3b70156150ebc8UL;
  struct node *p19 = pr.a;
  n0->a[g_n[2]->val & 3] = (unsigned long) ((uintptr_t) n1 != 0);
  if (list_sum (n2) % 7 == 1) return p19;
  acc = mix (acc, g_acc);
  g_n[3] = p19;
  x0 = ((unsigned long) (n0 == n1) + (n0->next ? n0->next->val : g_n[0]->val));
  n0->other = p19;
  if (n1->a[n0->val & 3] % 4 == 1) return p19;
  acc += apply (cb_read, p19, x0);
  g_acc += (n2->a[0] & (0x584179cc7a6b0ee7UL + n2->a[0]));
  acc = mix (acc, (n0->a[3] << (n2->a[3] & 63)));
  return n1;
}

void f2 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 17UL;
  struct node *p25 = gc_calloc (1, sizeof (struct node));
  p25->val = ((n1->val ^ g_n[2]->val) % ((n0->a[1] + n0->val) | 1));
  p25->next = n1;
  unsigned long *b26 = gc_alloc (32);
  b26[0] = (n0->val % (30UL | 1));
  b26[1] = (unsigned long) ((uintptr_t) p25 != 0);
  b26[2] = list_sum (g_n[3]);
  for (unsigned long i27 = 0; i27 < 3; i27++)
  {
  }
  struct node *p28 = gc_alloc (sizeof (struct node));
  p28->val = ((unsigned long) ((uintptr_t) n2 != 0) + (b26[1] / (b26[1] | 1)));
  p28->a[1] = (x0 | x1);
  if (p25->val % 2 == 1)
  {
    struct node *arr29[4] = { n2, n0, (p25->other ? p25->other : p25), (p25->other ? p25->other : n2) };
    struct node *p30 = gc_alloc (sizeof (struct node));
    p30->val = (unsigned long) ((uintptr_t) arr29[p30->val & 3] != 0);
    p30->a[3] = (b26[2] & n1->a[0]);
  }
  g_acc ^= acc;
}

static void f3 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2UL;
  struct node *p33 = gc_alloc (sizeof (struct node));
  p33->val = list_len (p33);
  p33->a[0] = 0UL;
  for (unsigned long i34 = 0; i34 < 6; i34++)
  {
    struct node *p35 = gc_alloc (sizeof (struct node));
    struct node *p36 = gc_alloc (sizeof (struct node));
    p36->val = p35->a[3];
    p36->a[2] = p35->a[g_n[1]->val & 3];
    acc = mix (acc, (p36->next ? p36->next->val : 11UL));
  }
  x0 = g_acc;
  p33 = p33;
  g_h.pr.a = g_n[1];
  unsigned long st37 = 0;
  for (struct node *q = (p33->other ? p33->other : p33); q && st37 < 8; q = q->next, st37++)
    acc += q->val * (st37 + 1);
  struct node *p38 = gc_alloc (64 + ((g_n[1]->val ^ g_n[0]->val) & 7));
  p38->val = p33->a[2];
  p38->next = (p33->next ? p33->next : p38);
  acc += g_cb[list_len (p38) & 3] (g_n[1], p33->a[3UL & 3]);
  struct node **v39 = gc_alloc (4 * sizeof (struct node *));
  v39[0] = p33;
  v39[1] = p38;
  v39[3] = p38;
  g_acc ^= acc;
}

static void f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 781708962UL;
  g_acc += ((n0->slot ? ((struct node *) n0->slot)->val : x1) - (n1->next ? n1->next->val : x0));
  n1->slot = g_n[n1->a[0] & 3];
  for (unsigned long i45 = 0; i45 < 4; i45++)
  {
    struct node *p46 = gc_calloc (1, sizeof (struct node));
    p46->val = deep_sum (p46, 0);
    p46->next = n2;
    acc += (i45 % ((unsigned long) ((uintptr_t) n1 != 0) | 1));
    n2 = p46;
  }
  if (n2->a[3] % 3 == 0)
  {
    struct node *w47 = n1;
    for (unsigned long i48 = 0; i48 < 2; i48++)
    {
      w47 = gc_alloc (sizeof (struct node));
      w47->val = i48 * i48;
      acc += w47->val + list_sum (w47);
    }
    f0 (n2, (n2->other ? n2->other : n2), w47->a[x0 & 3]);
  }
  else
  {
    void *vp49 = (2471660743UL & 1 ? n2 : n2);
    struct node **v50 = gc_alloc (4 * sizeof (struct node *));
    v50[0] = n1;
    v50[1] = (x0 & 1 ? n0 : n0);
    v50[2] = n2;
    v50[3] = g_n[28UL & 3];
  }
  if (g_acc % 2 == 0)
  {
    g_acc += ((unsigned long) (n1 == g_n[0]) + n2->val);
    struct node *p51 = gc_calloc (1, sizeof (struct node));
    p51->val = (x1 | x0);
    p51->a[1] = p51->a[x0 & 3];
    p51->next = p51;
  }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) void f5 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 857711827UL;
  struct node *p57 = gc_alloc (sizeof (struct node));
  p57->val = ((n2->val | n2->val) ? n1->a[0] : n1->a[1]);
  p57->a[3] = n1->a[0];
  struct node *p58 = gc_alloc (sizeof (struct node));
  p58->val = (x1 % (x0 | 1));
  p58->next = g_n[3];
  { unsigned long *q = &n2->a[0]; *q ^= (unsigned long) (n2 == p58); }
  struct node *p59 = gc_alloc (sizeof (struct node));
  p59->val = deep_sum ((g_n[2]->val & 1 ? p58 : p57), 2);
  g_list->other = g_n[1];
  if ((p58->next ? p58->next->val : n2->a[3]) % 4 == 1)
  {
    acc = mix (acc, x0);
  }
  else
  {
    n1->other = n0;
    acc += apply (cb_keep, (n0->next ? n0->next : p58), (g_n[2]->val >> (p57->val & 63)));
    acc += apply (cb_keep, p58, list_sum (n0));
  }
  g_acc ^= acc;
}

static unsigned long f6 (struct node *n0, struct node *n1, struct pair pr)
{
  unsigned long acc = 1120738536UL;
  struct node *p62 = pr.b;
  acc += apply (cb_bump, g_n[g_n[3]->val & 3], g_acc);
  struct node **v63 = gc_alloc (4 * sizeof (struct node *));
  v63[0] = p62;
  v63[1] = n0;
  v63[2] = p62;
  v63[3] = p62;
  f3 ((unsigned long) (p62 == p62), (n1->val >> (g_n[3]->val & 63)));
  if ((unsigned long) ((uintptr_t) g_n[1] != 0) % 6 == 1) return acc ^ (p62->val >> (97UL & 63));
  n1->val += g_acc;
  for (unsigned long i64 = 0; i64 < 5; i64++)
  {
    for (unsigned long i65 = 0; i65 < 1; i65++)
    {
      struct node *p66 = gc_alloc (64);
      p66->val = i64;
      p66->next = n1;
      struct node *p67 = NEW (struct node);
      p67->val = g_acc;
      p67->a[3] = g_acc;
      p67->next = p67;
      n1 = p66;
    }
    acc += apply (cb_read, (v63[0] ? v63[0] : p62), (v63[3] ? v63[3]->val : p62->val));
  }
  return acc ^ (n0->a[3] >> (n1->val & 63));
}

static inline struct node *f7 (void)
{
  unsigned long acc = 3UL;
  struct node *p68 = gc_alloc (sizeof (struct node));
  p68->a[1] = p68->a[3UL & 3];
  p68->next = (p68->other ? p68->other : p68);
  f3 (g_n[3]->val, (1UL - 0x2854a9cd44e36bc3UL));
  unsigned long u69 = u69;
  f3 (0UL, (unsigned long) ((uintptr_t) g_n[3] != 0));
  p68->a[g_acc & 3] = (unsigned long) ((uintptr_t) p68 != 0);
  p68->next = p68;
  g_h.pr.a = g_n[u69 & 3];
  g_acc += u69;
  acc = mix (acc, u69);
  if ((p68->slot ? ((struct node *) p68->slot)->val : p68->a[u69 & 3]) % 2 == 1)
  {
  }
  else
  {
    p68->a[(g_n[1]->val ? g_n[1]->val : u69) & 3] = (g_n[3]->val & g_acc);
    for (unsigned long i70 = 0; i70 < 3; i70++)
    {
      printf ("f7.0 %lu\n", acc);
    }
  }
  return g_n[0];
}

static void f8 (void)
{
  unsigned long acc = 3044200178UL;
  struct node *p71 = gc_alloc (sizeof (struct node));
  p71->val = (unsigned long) ((uintptr_t) p71 != 0);
  p71->next = p71;
  struct node *arr72[4] = { g_n[3], p71, g_n[2], p71 };
  if (p71 != g_n[g_n[3]->val & 3])
    memcpy (p71, g_n[g_n[3]->val & 3], sizeof (struct node));
  for (unsigned long i73 = 0; i73 < 1; i73++)
  {
    struct node *p74 = gc_alloc (64 + i73 % 16);
    p74->val = i73;
    p74->a[0] = (i73 ? p71->a[1] : p71->a[1]);
    p74->next = p71;
    p74->next = p71;
    p71 = p74;
  }
  p71 = f1 (g_n[2], g_n[0], p71, g_n[3]->val, (struct pair) { (0UL & 1 ? g_n[2] : g_n[2]), g_n[1] });
  acc += 2588428221UL;
  p71->slot = g_n[1];
  p71->slot = g_n[3];
  unsigned long *b75 = gc_alloc (32);
  b75[0] = (p71->val * 14UL);
  b75[3] = (1UL + 0UL);
  for (unsigned long i76 = 0; i76 < 5; i76++)
  {
    struct node *p77 = gc_alloc (sizeof (struct node));
    p77->val = ((p77->slot ? ((struct node *) p77->slot)->val : i76) >> (list_len (p71) & 63));
    p77->next = p71;
    unsigned long st78 = 0;
    for (struct node *q = (p77->other ? p77->other : p71); q && st78 < 8; q = q->next, st78++)
      acc += q->val * (st78 + 1);
    struct node *p79 = gc_alloc (64);
    p79->val = (list_sum (p71) ? (unsigned long) ((uintptr_t) p79 != 0) : (unsigned long) ((uintptr_t) p77 != 0));
    p79->a[2] = (p77->val - st78);
  }
  g_acc ^= acc;
}

static struct node *f9 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 0x1b0fe49918f03e60UL;
  n0->next = g_n[g_n[3]->a[2] & 3];
  unsigned long *b83 = gc_alloc (32);
  b83[0] = (n2->a[2] ^ 0UL);
  b83[1] = (3UL >> (2UL & 63));
  b83[2] = (0x771c1c832a5b9a84UL ? 0x10cb81863d24fbb8UL : b83[0]);
  struct node *p84 = NEW (struct node);
  p84->val = 0x763438827e9fde63UL;
  void *vp85 = (n2->other ? n2->other : n2);
  struct node *p86 = gc_alloc (sizeof (struct node));
  p86->val = deep_sum (p84, 1);
  p86->a[0] = (3927329228UL << (b83[2] & 63));
  return g_n[0x21ca9fae70ff945aUL & 3];
}

static void r10 (unsigned long d, struct node *n0, unsigned long x0)
{
  unsigned long acc = 62UL;
  if (d == 0)
    return;
  n0->a[n0->a[0] & 3] = x0;
  n0->a[list_sum (n0) & 3] = g_n[3]->val;
  n0->other = n0;
  printf ("r10.1 %lu\n", acc);
  struct node **v89 = gc_alloc (4 * sizeof (struct node *));
  v89[0] = n0;
  n0->next = (n0->next ? n0->next : n0);
  struct node **v90 = gc_alloc (4 * sizeof (struct node *));
  v90[0] = n0;
  v90[1] = n0;
  v90[2] = (v90[2] ? v90[2] : n0);
  v90[3] = (n0->a[1] & 1 ? n0 : n0);
  if (d > 0)
  {
    r10 (d - 1, n0, (x0 & g_n[0]->val));
  }
  struct node *p91 = gc_alloc (sizeof (struct node));
  p91->val = (unsigned long) ((uintptr_t) p91 != 0);
  g_acc ^= acc;
}

static inline struct node *f11 (unsigned long x0)
{
  unsigned long acc = 0x3d99e6e22c6209cdUL;
  struct node *p93 = gc_alloc (sizeof (struct node));
  p93->val = list_sum (g_n[g_n[3]->val & 3]);
  p93->next = p93;
  { unsigned long *q = &p93->a[1]; *q ^= list_sum (p93); }
  for (unsigned long i94 = 0; i94 < 3; i94++)
  {
    struct node *p95 = gc_calloc (1, sizeof (struct node));
    p95->val = (unsigned long) ((uintptr_t) p95 != 0);
    acc += cb_read ((g_n[1]->next ? g_n[1]->next : g_n[0]), 3535859270UL);
  }
  p93->val += (unsigned long) ((uintptr_t) g_n[2] != 0);
  for (unsigned long i96 = 0; i96 < 5; i96++)
  {
    struct node *p97 = gc_alloc (sizeof (struct node));
    p97->val = (list_sum (p93) & (g_n[1]->val + 0UL));
    struct node *p98 = (struct node *) ((uintptr_t) p93 | 0);
    p98->a[0UL & 3] = list_len (p93);
  }
  return p93;
}

void r12 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2UL;
  if (d == 0)
    return;
  struct node *p102 = gc_alloc (sizeof (struct node));
  p102->val = g_acc;
  struct node *p103 = NEW (struct node);
  p103->val = p103->a[p102->a[0] & 3];
  if (5UL % 4 == 0)
  {
    struct node *w104 = p102;
    for (unsigned long i105 = 0; i105 < 5; i105++)
    {
      w104 = gc_alloc (sizeof (struct node));
      w104->val = i105 * x1;
      acc += w104->val + list_sum (w104);
    }
  }
  else
  {
    acc += apply (cb_read, (p102->val & 1 ? g_n[0] : g_n[1]), (p103->next ? p103->next->val : p103->val));
    struct node *p106 = f1 ((g_n[3]->next ? g_n[3]->next : g_n[0]), (g_n[1]->other ? g_n[1]->other : g_n[1]), g_n[3], x1, (struct pair) { g_n[2], g_n[3] });
  }
  for (unsigned long i107 = 0; i107 < 6; i107++)
  {
    p102->slot = (p103->other ? p103->other : g_n[2]);
    g_h.p = (0UL & 1 ? g_n[3] : g_n[1]);
    p102->slot = (g_n[1]->next ? g_n[1]->next : g_n[1]);
    struct node s108 = { 0 };
    s108.val = list_sum (p103);
    s108.next = (n0->next ? n0->next : p103);
  }
  if (0x3cee586e4a5aed9aUL % 4 == 1) return;
  g_any = g_n[2];
  if (((x1 % (n0->a[2] | 1)) + 0UL) % 2 == 0)
  {
    printf ("r12.2 %lu\n", acc);
    unsigned long st109 = 0;
    for (struct node *q = n0; q && st109 < 8; q = q->next, st109++)
      acc += q->val * (st109 + 1);
    if (deep_sum ((x0 & 1 ? n0 : p102), 2) % 2 == 0)
    {
      for (unsigned long i110 = 0; i110 < 2; i110++)
      {
        struct node *p111 = gc_alloc (sizeof (struct node));
        p111->val = (g_acc | list_len (p102));
        p111->next = p103;
        printf ("r12.3 %lu\n", acc);
        p103 = p111;
      }
    }
    else
    {
      printf ("r12.4 %lu\n", acc);
    }
  }
  else
  {
  }
  if (d > 0)
  {
    r12 (d - 1, p103, (x0 ^ x1), list_len (p103));
  }
  g_acc ^= acc;
}

static inline struct node *f13 (unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 32UL;
  struct node *p114 = pr.b;
  struct node *p115 = NEW (struct node);
  p115->val = (list_len (p115) << (x1 & 63));
  p115->next = (p114->other ? p114->other : p115);
  acc = mix (acc, (x0 ? x1 : p114->val));
  for (unsigned long i116 = 0; i116 < 6; i116++)
  {
    struct node *p117 = gc_alloc (64);
    p117->val = deep_sum ((g_n[0]->next ? g_n[0]->next : p115), 1);
    p117->next = p114;
    acc += g_cb[(p114->next ? p114->next->val : p114->val) & 3] (g_n[2], x0);
    r10 ((unsigned long) (p117 == p115) % 4, (g_n[1]->other ? g_n[1]->other : g_n[3]), i116);
  }
  struct node *w118 = p115;
  for (unsigned long i119 = 0; i119 < 3; i119++)
  {
    w118 = gc_alloc (sizeof (struct node));
    w118->val = i119 * p114->val;
    acc += w118->val + list_sum (w118);
  }
  return (g_n[1]->next ? g_n[1]->next : g_n[1]);
}

static struct node *f14 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x61310a713fda2786UL;
  struct node *p123 = NEW (struct node);
  p123->val = (p123->a[x1 & 3] / (deep_sum (p123, 0) | 1));
  p123->next = g_n[x0 & 3];
  r10 (list_sum (p123) % 4, g_n[2], deep_sum (p123, 2));
  for (unsigned long i124 = 0; i124 < 1; i124++)
  {
    struct node *p125 = gc_alloc (sizeof (struct node));
    p125->val = ((unsigned long) ((uintptr_t) n0 != 0) ? 3093520690UL : (i124 / (g_n[2]->val | 1)));
    n0->val += p123->a[i124 & 3];
    acc += list_len ((p125->other ? p125->other : n0));
  }
  n0->other = n0;
  acc += apply (cb_keep, g_n[0], (x1 - x0));
  if (((p123->a[1] - x1) ^ (unsigned long) ((uintptr_t) n0 != 0)) % 3 == 0)
  {
  }
  n0->a[0x756336410f49e419UL & 3] = (x1 + (p123->next ? p123->next->val : 0UL));
  n0->val += (list_len (n0) ^ (2UL + 2755325073UL));
  r10 ((359267352UL | x1) % 4, (g_n[2]->next ? g_n[2]->next : g_n[0]), n0->val);
  struct node *p126 = gc_alloc (sizeof (struct node));
  p126->val = x1;
  p126->next = p123;
  g_acc += p126->a[2];
  void *vp127 = (g_n[3]->next ? g_n[3]->next : g_n[0]);
  gc_free (p126);
  return g_n[x0 & 3];
}

static void f15 (struct node *n0)
{
  unsigned long acc = 79UL;
  struct node *p129 = gc_alloc (sizeof (struct node));
  p129->val = ((45UL | n0->a[1]) ? 40UL : 1UL);
  struct node **v130 = gc_alloc (4 * sizeof (struct node *));
  v130[1] = p129;
  v130[3] = n0;
  f0 ((n0->next ? n0->next : n0), n0, (g_n[0]->val % (g_n[0]->val | 1)));
  acc += cb_read (n0, n0->a[0]);
  { unsigned long *q = &p129->a[1]; *q ^= (unsigned long) (n0 == n0); }
  for (unsigned long i131 = 0; i131 < 6; i131++)
  {
  }
  f8 ();
  g_list = n0;
  g_acc += (p129->a[2] % (list_sum (g_n[3]) | 1));
  void *vp132 = n0;
  for (unsigned long i133 = 0; i133 < 5; i133++)
  {
    acc += cb_read ((n0->other ? n0->other : n0), n0->a[1]);
  }
  n0->slot = n0;
  acc += apply (cb_keep, n0, (n0->slot ? ((struct node *) n0->slot)->val : p129->a[0]));
  struct node *p134 = f14 (((struct node *) vp132), g_n[3]->val, p129->a[2]);
  g_acc ^= acc;
}

static inline void f16 (unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 0x26f715c26104c371UL;
  struct node *p137 = pr.b;
  struct node *p138 = gc_alloc (64 + x0 % 16);
  p138->val = p138->a[(g_n[2]->a[1] + x0) & 3];
  p138->a[3] = p137->a[3];
  p138->next = (p138->next ? p138->next : p138);
  for (unsigned long i139 = 0; i139 < 4; i139++)
  {
    struct node *p140 = NEW (struct node);
    p140->val = deep_sum (p140, 2);
    p140->a[3] = p140->a[2UL & 3];
    p140->next = p138;
    p138 = p140;
  }
  struct node *arr141[4] = { p137, p137, p137, p138 };
  p137->other = g_n[2];
  p138->next = p137;
  x1 = g_acc;
  acc = mix (acc, (unsigned long) (p137 == p137));
  unsigned long st142 = 0;
  for (struct node *q = p137; q && st142 < 8; q = q->next, st142++)
    acc += q->val * (st142 + 1);
  if ((g_acc << ((unsigned long) (g_n[0] == p138) & 63)) % 3 == 1)
  {
  }
  else
  {
    g_acc += (unsigned long) (arr141[0x660918ae49a543d6UL & 3] == g_n[1]);
    struct node *w143 = p138;
    for (unsigned long i144 = 0; i144 < 2; i144++)
    {
      w143 = gc_alloc (sizeof (struct node));
      w143->val = i144 * (0x51f3f99059a47f5fUL / (x1 | 1));
      acc += w143->val + list_sum (w143);
    }
  }
  p138->next = (0x14d474100f85d117UL & 1 ? p137 : p138);
  p137->next = (p137->other ? p137->other : p137);
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
  unsigned long acc = 1196UL;
  struct node *p145 = gc_alloc (sizeof (struct node));
  p145->val = (p145->slot ? ((struct node *) p145->slot)->val : g_n[1]->val);
  acc += (0x2b9a0cef474fa009UL << ((p145->a[3] ? 2334403824UL : 59UL) & 63));
  unsigned long u146 = (p145->val / (g_n[3]->val | 1));
  if (p145 != (p145->other ? p145->other : p145))
    memcpy (p145, (p145->other ? p145->other : p145), sizeof (struct node));
  p145->next = p145;
  for (unsigned long i147 = 0; i147 < 6; i147++)
  {
    struct node *p148 = gc_alloc (sizeof (struct node));
    p148->val = ((unsigned long) (p145 == p148) / ((i147 % (p145->a[1] | 1)) | 1));
    if ((unsigned long) ((uintptr_t) p148 != 0) % 2 == 0)
    {
      struct node **v149 = gc_alloc (4 * sizeof (struct node *));
      v149[2] = p148;
      v149[3] = (v149[1] ? v149[1] : p145);
      unsigned long st150 = 0;
      for (struct node *q = (p145->other ? p145->other : p145); q && st150 < 8; q = q->next, st150++)
        acc += q->val * (st150 + 1);
      struct node *p151 = (struct node *) ((uintptr_t) p145 | 0);
    }
    else
    {
      struct node *p152 = gc_alloc (sizeof (struct node));
      p152->val = p145->val;
      p152->next = (p148->a[1] & 1 ? g_n[2] : p152);
      struct node *arr153[4] = { (p152->next ? p152->next : p145), p145, g_n[p148->a[0] & 3], (p145->a[1] & 1 ? p148 : p145) };
    }
    { struct node *volatile vol = p148; acc += vol->val; }
    acc += (p145->next ? p145->next->val : list_len (p148));
  }
  struct node *w154 = p145;
  for (unsigned long i155 = 0; i155 < 5; i155++)
  {
    w154 = gc_alloc (sizeof (struct node));
    w154->val = i155 * (i155 & p145->val);
    acc += w154->val + list_sum (w154);
  }
  w154 = f1 (g_n[u146 & 3], g_n[0], (p145->next ? p145->next : p145), g_n[0]->val, (struct pair) { g_n[3], g_n[2] });
  for (unsigned long i156 = 0; i156 < 4; i156++)
  {
    struct node *w157 = p145;
    for (unsigned long i158 = 0; i158 < 2; i158++)
    {
      w157 = gc_alloc (sizeof (struct node));
      w157->val = i158 * list_len (w157);
      acc += w157->val + list_sum (w157);
    }
    struct node *arr159[4] = { g_n[2], g_n[i156 & 3], g_n[2], g_n[3] };
    struct node *p160 = gc_alloc (sizeof (struct node));
    p160->val = ((p145->next ? p145->next->val : i156) ^ (g_n[1]->val % (u146 | 1)));
    p160->next = w154;
  }
  f2 (g_n[1], p145, w154, p145->val, deep_sum (w154, 2));
  printf ("main.f2 %lu\n", acc);
  f4 ((w154->next ? w154->next : p145), g_n[p145->val & 3], g_n[0], p145->val, (p145->next ? p145->next->val : u146));
  printf ("main.f4 %lu\n", acc);
  f5 (g_n[g_n[0]->val & 3], w154, (u146 & 1 ? w154 : w154), list_sum (p145), u146);
  printf ("main.f5 %lu\n", acc);
  acc += f6 (g_n[3], g_n[0], (struct pair) { (g_n[0]->next ? g_n[0]->next : g_n[2]), g_n[3] });
  printf ("main.f6 %lu\n", acc);
  struct node *p161 = f7 ();
  printf ("main.f7 %lu\n", acc);
  p145 = f9 ((g_n[0]->next ? g_n[0]->next : g_n[1]), g_n[1], g_n[1]);
  printf ("main.f9 %lu\n", acc);
  struct node *p162 = f11 ((unsigned long) (p145 == p145));
  printf ("main.f11 %lu\n", acc);
  r12 (g_acc % 4, (p145->next ? p145->next : p145), (w154->a[1] % (p145->val | 1)), g_acc);
  printf ("main.r12 %lu\n", acc);
  struct node *p163 = f13 (list_len (p145), g_acc, (struct pair) { p145, g_n[1] });
  printf ("main.f13 %lu\n", acc);
  f15 (p145);
  printf ("main.f15 %lu\n", acc);
  f16 (u146, u146, (struct pair) { g_n[w154->a[3] & 3], g_n[3] });
  printf ("main.f16 %lu\n", acc);
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

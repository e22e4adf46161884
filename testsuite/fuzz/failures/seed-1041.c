/* FAIL (-O0 stdout-differs, -O2 stdout-differs) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-1041.c */
/* gcc-escape fuzz program, seed 1041: testsuite/fuzz/gen 1041 */
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
GC_ALLOC void *gc_alloc (unsigned long n) __attribute__ ((noinline));
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

static struct node *r0 (unsigned long d, struct node *n0, struct node *n1, struct pair pr);
static void f1 (void);
static struct node *f2 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
struct node *r3 (unsigned long d, struct node *n0, struct node *n1, struct node *n2);
static struct node *f4 (struct node *n0, struct node *n1);
static struct node *f5 (struct node *n0, unsigned long x0, unsigned long x1);
static struct node *f6 (struct node *n0, struct node *n1, unsigned long x0);
struct node *f7 (struct node *n0);
static struct node *f8 (unsigned long x0, unsigned long x1, struct pair pr);
unsigned long r9 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0);
static void r10 (unsigned long d, struct node *n0, struct node *n1, struct node *n2);
unsigned long f11 (void);
static unsigned long f12 (struct node *n0, struct node *n1, struct node *n2);
static struct node *f13 (unsigned long x0, struct pair pr);

static __attribute__ ((noinline)) struct node *r0 (unsigned long d, struct node *n0, struct node *n1, struct pair pr)
{
  unsigned long acc = 0xe5fc7d56193a2dUL;
  if (d == 0)
    return n0;
  struct node *p3 = pr.b;
  struct node *p4 = gc_alloc (sizeof (struct node));
  p4->val = list_len (n1);
  if ((3912185339UL ^ list_sum (p3)) % 3 == 1)
  {
  }
  else
  {
    unsigned long u5 = (g_n[3]->next ? g_n[3]->next->val : (n0->a[1] - u5));
    gc_free (p4);
    acc += cb_read (g_n[p4->val & 3], deep_sum (p4, 2));
  }
  printf ("r0.0 %lu\n", acc);
  if (n1->val % 3 == 1)
  {
    { unsigned long *q = &p3->a[1]; *q ^= 0UL; }
  }
  if (d > 0)
  {
    struct node *p6 = r0 (d - 1, (p4->next ? p4->next : p3), p3, (struct pair) { (13UL & 1 ? n1 : p3), p3 });
  }
  return n1;
}

static void f1 (void)
{
  unsigned long acc = 3878577386UL;
  struct node *p7 = gc_alloc (sizeof (struct node));
  p7->val = p7->val;
  p7->next = g_n[2];
  unsigned long u8 = (p7->slot ? ((struct node *) p7->slot)->val : deep_sum (p7, 0));
  acc += deep_sum ((u8 & 1 ? p7 : p7), 1);
  printf ("f1.1 %lu\n", acc);
  unsigned long u9 = u9;
  acc += u9;
  struct node *p10 = r0 (p7->a[2] % 4, (p7->other ? p7->other : p7), g_n[g_n[0]->a[1] & 3], (struct pair) { g_n[0], p7 });
  if (p10->a[p7->val & 3] % 6 == 1) return;
  p10 = r0 ((p10->val / (p7->val | 1)) % 4, g_n[0], p7, (struct pair) { p7, p7 });
  acc += u9;
  unsigned long st11 = 0;
  for (struct node *q = p10; q && st11 < 8; q = q->next, st11++)
    acc += q->val * (st11 + 1);
  g_acc ^= acc;
}

static struct node *f2 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x7a7a7bbe47b8e71dUL;
  struct node *p17 = gc_alloc (sizeof (struct node));
  p17->val = ((n2->slot ? ((struct node *) n2->slot)->val : p17->val) + x1);
  p17->a[1] = (unsigned long) ((uintptr_t) p17 != 0);
  n0->next = n1;
  struct node *p18 = gc_alloc (sizeof (struct node));
  p18->val = ((x0 + n0->a[1]) >> ((p17->next ? p17->next->val : x1) & 63));
  p18->next = n1;
  struct node *arr19[4] = { (p18->other ? p18->other : p18), (n0->next ? n0->next : p18), n0, p17 };
  n1->other = (n2->next ? n2->next : p17);
  for (unsigned long i20 = 0; i20 < 5; i20++)
  {
    struct node *p21 = NEW (struct node);
    p21->val = p17->a[3];
    p21->a[3] = i20;
    struct node *p22 = NEW (struct node);
    p22->val = x1;
    p22->next = n2;
    struct node s23 = { 0 };
    s23.val = (p17->a[2] ^ x0);
    s23.other = n1;
  }
  acc += apply (cb_keep, (x1 & 1 ? p17 : p17), list_sum (p18));
  return p17;
}

struct node *r3 (unsigned long d, struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 0UL;
  if (d == 0)
    return n0;
  struct node *p27 = gc_alloc (sizeof (struct node));
  { unsigned long *q = &p27->a[3]; *q ^= p27->val; }
  acc += list_len (p27);
  unsigned long *b28 = gc_alloc (64);
  struct node *p29 = gc_alloc (sizeof (struct node));
  p29->val = (g_n[n0->val & 3]->slot ? ((struct node *) g_n[n0->val & 3]->slot)->val : 0x20f70879244ccaccUL);
  p29->next = (p27->other ? p27->other : n2);
  struct node *arr30[4] = { (0UL & 1 ? n0 : n1), g_n[b28[3] & 3], (n0->next ? n0->next : n2), n1 };
  arr30[0x7cbcdf5e34a45bc6UL & 3] = n0;
  g_h.pr.b = arr30[1093295616UL & 3];
  unsigned long u31 = (n0->val ? (n1->a[0] - n2->val) : u31);
  struct node *p32 = gc_alloc (sizeof (struct node));
  p32->val = arr_sum (arr30, 4);
  p32->a[2] = (p27->a[0] * n1->val);
  if (d > 0)
  {
    p32 = r3 (d - 1, n0, (n2->other ? n2->other : g_n[2]), n2);
  }
  return n1;
}

static struct node *f4 (struct node *n0, struct node *n1)
{
  unsigned long acc = 657383750UL;
  struct node *p35 = gc_calloc (1, sizeof (struct node));
  p35->val = g_n[2]->val;
  p35->a[0] = list_sum (p35);
  if (list_len (n0) % 4 == 0)
  {
    struct node *p36 = r3 (list_sum (n0) % 4, n1, p35, n1);
    struct node *p37 = gc_alloc (sizeof (struct node));
  }
  else
  {
    g_h.p = (p35->next ? p35->next : p35);
  }
  n0->a[0x2de9b7254d294946UL & 3] = 2269638430UL;
  g_h.p = n1;
  unsigned long *b38 = gc_alloc (32);
  acc += g_cb[(82UL | p35->val) & 3] ((40UL & 1 ? p35 : n1), (p35->a[3] << (618455561UL & 63)));
  struct node s39 = { 0 };
  s39.val = 40UL;
  struct node s40 = { 0 };
  s40.val = (n1->next ? n1->next->val : 83UL);
  s40.next = n1;
  g_acc += 1UL;
  f1 ();
  return n1;
}

static struct node *f5 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 41UL;
  struct node *p44 = gc_alloc (sizeof (struct node));
  p44->val = ((x1 ? 93UL : 51UL) | (p44->next ? p44->next->val : x1));
  struct node *arr45[4] = { p44, (p44->next ? p44->next : g_n[0]), p44, n0 };
  struct node *p46 = (struct node *) ((uintptr_t) p44 | 0);
  p44->val += (list_sum (n0) | x1);
  { unsigned long *q = &p44->a[1]; *q ^= (n0->slot ? ((struct node *) n0->slot)->val : p44->val); }
  struct node *p47 = (struct node *) ((uintptr_t) p46 | 0);
  void *vp48 = p47;
  for (unsigned long i49 = 0; i49 < 1; i49++)
  {
    struct node *p50 = gc_alloc (sizeof (struct node));
    p50->val = ((g_n[0]->val & 1 ? p47 : n0)->next ? (g_n[0]->val & 1 ? p47 : n0)->next->val : 0x71af6e896fbdd958UL);
    struct node *p51 = gc_alloc (sizeof (struct node));
    p51->val = (g_n[1]->val + arr45[i49 & 3]->val);
    struct node *p52 = gc_alloc (sizeof (struct node));
    p52->val = list_sum (arr45[56UL & 3]);
    p52->next = ((struct node *) vp48);
  }
  p46->other = p46;
  qsort (arr45, 4, sizeof arr45[0], cmp_nodes);
  x1 = g_acc;
  p47->next = (p46->other ? p46->other : p46);
  return p46;
}

static inline struct node *f6 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 1UL;
  g_h.pr.a = g_n[0];
  struct node **v56 = gc_alloc (4 * sizeof (struct node *));
  v56[1] = g_n[1];
  acc += list_sum (g_n[2]);
  { struct node *volatile vol = n0; acc += vol->val; }
  struct node *arr57[4] = { (n0->other ? n0->other : n1), n1, n0, g_n[x0 & 3] };
  unsigned long st58 = 0;
  for (struct node *q = arr57[n0->a[3] & 3]; q && st58 < 8; q = q->next, st58++)
    acc += q->val * (st58 + 1);
  for (unsigned long i59 = 0; i59 < 4; i59++)
  {
    struct node *w60 = n1;
    for (unsigned long i61 = 0; i61 < 1; i61++)
    {
      w60 = gc_alloc (sizeof (struct node));
      w60->val = i61 * g_n[3]->val;
      acc += w60->val + list_sum (w60);
    }
  }
  return g_n[g_n[1]->val & 3];
}

struct node *f7 (struct node *n0)
{
  unsigned long acc = 0UL;
  struct node *p63 = gc_alloc (sizeof (struct node));
  p63->val = ((71UL + p63->val) + deep_sum (p63, 2));
  p63->a[3] = 0x6947304951df8526UL;
  p63->next = n0;
  struct node *p64 = f2 (n0, (p63->other ? p63->other : p63), p63, p63->val, (unsigned long) (p63 == p63));
  acc += cb_read (g_n[3], (p63->slot ? ((struct node *) p63->slot)->val : 0x3096d773ea4ca05UL));
  for (unsigned long i65 = 0; i65 < 6; i65++)
  {
    struct node *p66 = NEW (struct node);
    p66->val = deep_sum (g_n[1], 0);
    struct node *p67 = gc_calloc (1, sizeof (struct node));
    p67->val = (g_n[2]->val / ((i65 ? 1UL : p63->val) | 1));
    p67->next = (2683809328UL & 1 ? g_n[2] : n0);
    struct node *p68 = gc_alloc (sizeof (struct node));
    p68->a[2] = p68->a[p63->val & 3];
    for (unsigned long i69 = 0; i69 < 2; i69++)
    {
      struct node *p70 = gc_alloc (sizeof (struct node));
      p70->val = i65;
      p70->next = p64;
      unsigned long u71 = ((0x20a5e35e3fa4ac9dUL << (55UL & 63)) - i69);
    }
  }
  if ((g_n[0]->val ? deep_sum (g_n[0], 2) : p63->a[1]) % 4 == 1)
  {
    acc += n0->a[0x515739003c9c669dUL & 3];
    void *vp72 = p64;
  }
  else
  {
    struct node *p73 = f2 (g_n[3], n0, p63, n0->val, (unsigned long) (n0 == p63));
    acc += ((350409741UL % (0x31a65272222ebbdaUL | 1)) + 0UL);
  }
  return (0UL & 1 ? p63 : p63);
}

static __attribute__ ((noinline)) struct node *f8 (unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 3UL;
  struct node *p76 = pr.a;
  p76->val += list_sum (g_n[0]);
  struct node *p77 = f4 (p76, g_n[1]);
  p76 = f5 (p77, (unsigned long) (p77 == p77), (p77->slot ? ((struct node *) p77->slot)->val : g_n[0]->a[2]));
  for (unsigned long i78 = 0; i78 < 1; i78++)
  {
    struct node *p79 = gc_alloc (sizeof (struct node));
    p79->val = list_sum (g_n[x1 & 3]);
    p79->next = p77;
    struct node *w80 = p76;
    for (unsigned long i81 = 0; i81 < 3; i81++)
    {
      w80 = gc_alloc (sizeof (struct node));
      w80->val = i81 * (i81 + p77->a[3]);
      acc += w80->val + list_sum (w80);
    }
  }
  acc += (x1 >> (deep_sum (p77, 1) & 63));
  if (p76->a[p77->val & 3] % 7 == 1) return (1UL & 1 ? p77 : p77);
  p77 = f6 ((p76->other ? p76->other : p76), p77, g_n[1]->val);
  struct node *p82 = f6 (p76, p77, (unsigned long) ((uintptr_t) p77 != 0));
  return p77;
}

unsigned long r9 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 1483980655UL;
  if (d == 0)
    return acc;
  g_acc += (3490659873UL & g_n[1]->val);
  printf ("r9.2 %lu\n", acc);
  void *vp86 = g_n[1];
  if (g_acc % 3 == 1)
  {
    printf ("r9.3 %lu\n", acc);
  }
  { unsigned long *q = &n1->a[2]; *q ^= list_sum (n1); }
  n0->val += (n1->next ? n1->next->val : (n1->next ? n1->next->val : g_n[1]->val));
  if (d > 0)
  {
    r10 (d - 1, n0, g_n[x0 & 3], (0UL & 1 ? n0 : n0));
  }
  return acc ^ list_len (n1);
}

static void r10 (unsigned long d, struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 57UL;
  if (d == 0)
    return;
  struct node *p90 = gc_alloc (sizeof (struct node));
  p90->val = n0->a[0x743c541d40524ca0UL & 3];
  struct node *p91 = gc_alloc (sizeof (struct node));
  p91->a[3] = (g_n[2]->next ? g_n[2]->next->val : 0x44f7b7c70a32c517UL);
  p91->next = p91;
  void *vp92 = n1;
  struct node *p93 = gc_alloc (sizeof (struct node));
  p93->a[1] = (p90->a[0] - 0x13aa5bb0482dc05cUL);
  p93->next = p90;
  acc += apply (cb_keep, n1, g_acc);
  struct node *arr94[4] = { g_n[0UL & 3], g_n[g_n[2]->val & 3], n0, ((struct node *) vp92) };
  acc += ((g_n[1]->val + 0xfb84546482e1d13UL) - (2UL ^ 2203646477UL));
  acc += ((90UL * 30UL) | p90->val);
  for (unsigned long i95 = 0; i95 < 2; i95++)
  {
    g_n[0]->next = (n1->next ? n1->next : n1);
    struct node *p96 = gc_alloc (sizeof (struct node));
    p96->val = (g_acc ^ list_len (p96));
    p96->next = n0;
    acc += i95;
  }
  acc += (((struct node *) vp92)->val ? 1UL : (g_n[2]->val | p93->val));
  for (unsigned long i97 = 0; i97 < 5; i97++)
  {
    acc += (g_acc ? list_len (n0) : (unsigned long) ((uintptr_t) p91 != 0));
    { unsigned long *q = &p90->a[2]; *q ^= (n1->slot ? ((struct node *) n1->slot)->val : p93->val); }
  }
  if (d > 0)
  {
    acc += r9 (d - 1, p91, n1, p90->val);
  }
  g_acc ^= acc;
}

unsigned long f11 (void)
{
  unsigned long acc = 0x186e1be15e6bb16cUL;
  struct node *p98 = gc_alloc (64 + (g_n[2]->val & 7));
  p98->val = (unsigned long) ((uintptr_t) g_n[1] != 0);
  struct node *p99 = NEW (struct node);
  p99->next = (p99->other ? p99->other : p99);
  { unsigned long *q = &p98->a[3]; *q ^= p98->a[3]; }
  acc += apply (cb_keep, p99, g_n[2]->val);
  acc = mix (acc, p99->a[0]);
  p99 = (p99->other ? p99->other : p99);
  struct node *p100 = gc_alloc (sizeof (struct node));
  p100->val = ((0UL - p100->val) | list_sum (g_n[3]));
  p100->a[3] = g_n[0]->a[810713714UL & 3];
  struct node *p101 = gc_alloc (sizeof (struct node));
  p101->val = (73UL ? (p101->a[3] ? g_n[0]->val : p98->a[1]) : (unsigned long) (p99 == p99));
  p101->next = p99;
  unsigned long u102 = u102;
  p99->next = (p101->other ? p101->other : p99);
  if ((u102 ^ u102) % 4 == 1)
  {
    struct node *arr103[4] = { p101, p101, p101, p99 };
    void *vp104 = p100;
    acc += u102;
  }
  else
  {
    for (unsigned long i105 = 0; i105 < 6; i105++)
    {
      struct node *p106 = gc_calloc (1, sizeof (struct node));
      p106->val = (p98->a[2] % (g_n[0]->val | 1));
      p106->a[1] = g_n[3]->val;
      p106->next = p101;
      { unsigned long *q = &p100->a[3]; *q ^= p98->val; }
      unsigned long *b107 = gc_alloc (32);
      b107[0] = (p100->val ? u102 : 0x51af699e4792d22bUL);
      b107[1] = deep_sum (p101, 0);
      b107[2] = 3UL;
      b107[3] = (p98->next ? p98->next->val : b107[3]);
      p99->next = (p106->other ? p106->other : p99);
    }
  }
  return acc ^ (u102 / (u102 | 1));
}

static unsigned long f12 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 77UL;
  struct node *p111 = gc_alloc (sizeof (struct node));
  struct node s112 = { 0 };
  s112.val = (g_n[0]->val - p111->val);
  s112.other = n0;
  if ((unsigned long) ((s112.next ? s112.next : n0) == g_n[p111->val & 3]) % 4 == 0)
  {
    n1 = f6 (p111, n2, p111->a[0]);
  }
  else
  {
    if (((0UL + n2->a[1]) % ((90UL << (4014110688UL & 63)) | 1)) % 4 == 1)
    {
      n2 = g_n[0x1d74467648aedcacUL & 3];
    }
  }
  n0 = f6 (n0, n1, (g_n[2]->val & 0x2298fd22386ed3cbUL));
  struct node *arr113[4] = { n1, n1, p111, p111 };
  acc += cb_read (n2, (p111->val | n1->val));
  struct node *p114 = gc_alloc (sizeof (struct node));
  p114->val = (unsigned long) (p114 == (n2->other ? n2->other : p111));
  struct node *arr115[4] = { (g_n[3]->val & 1 ? p111 : g_n[2]), n1, n0, (n2->a[3] & 1 ? n1 : n0) };
  unsigned long *b116 = gc_alloc (32);
  b116[3] = (88UL ^ n1->a[0]);
  n1->a[list_sum (n2) & 3] = list_sum (p111);
  acc = mix (acc, n0->a[1766906643UL & 3]);
  return acc ^ (b116[2] | 0x396a1b6b32c8a76bUL);
}

static struct node *f13 (unsigned long x0, struct pair pr)
{
  unsigned long acc = 2UL;
  struct node *p118 = pr.b;
  struct node *p119 = gc_alloc (sizeof (struct node));
  p119->val = g_acc;
  p119->a[1] = (p118->next ? p118->next->val : x0);
  p118->other = p119;
  acc += (unsigned long) ((uintptr_t) p118 != 0);
  if (((57UL & 2UL) | g_n[1]->val) % 3 == 1)
  {
    struct node *p120 = gc_alloc (sizeof (struct node));
    p120->val = g_n[2]->val;
  }
  return (1UL & 1 ? p119 : p119);
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
  unsigned long acc = 1041UL;
  struct node *p121 = gc_alloc (sizeof (struct node));
  p121->next = p121;
  p121->a[(g_n[3]->val & g_n[0]->val) & 3] = g_n[0]->val;
  if (63UL % 4 == 1)
  {
    p121->slot = g_n[1];
  }
  if ((p121->val / ((35UL >> (p121->a[1] & 63)) | 1)) % 2 == 0)
  {
    p121->next = p121;
    p121->next = p121;
  }
  struct node *p122 = f6 ((p121->a[0] & 1 ? p121 : p121), p121, deep_sum (p121, 0));
  acc = mix (acc, (unsigned long) (p122 == p122));
  for (unsigned long i123 = 0; i123 < 6; i123++)
  {
    struct node *p124 = NEW (struct node);
    p124->a[0] = p124->val;
    struct node s125 = { 0 };
    s125.val = g_acc;
    s125.next = p122;
    struct node *arr126[4] = { p122, (p122->next ? p122->next : p122), p122, p122 };
    struct node *p127 = gc_alloc (sizeof (struct node));
    p127->val = ((unsigned long) (p121 == p127) - p121->a[p121->a[3] & 3]);
  }
  struct node *p128 = gc_alloc (sizeof (struct node));
  p128->val = (unsigned long) ((g_n[0]->val & 1 ? p121 : p122) == (p128->next ? p128->next : p128));
  p128->next = (p121->a[2] & 1 ? p121 : p128);
  if ((2170807039UL - 3UL) % 3 == 0)
  {
    g_h.pr.b = p122;
  }
  else
  {
  }
  p128 = f7 ((g_n[2]->other ? g_n[2]->other : p122));
  printf ("main.f7 %lu\n", acc);
  struct node *p129 = f8 ((620705975UL & g_n[1]->val), (0x3a551d437c86bb7fUL - 0UL), (struct pair) { p122, p121 });
  printf ("main.f8 %lu\n", acc);
  acc += r9 (g_n[0]->val % 4, (p121->other ? p121->other : p128), p128, g_n[2]->val);
  printf ("main.r9 %lu\n", acc);
  r10 (g_acc % 4, p121, p122, p122);
  printf ("main.r10 %lu\n", acc);
  acc += f11 ();
  printf ("main.f11 %lu\n", acc);
  acc += f12 (p122, (g_n[0]->val & 1 ? p121 : p122), p122);
  printf ("main.f12 %lu\n", acc);
  struct node *p130 = f13 ((p121->val / (g_n[2]->val | 1)), (struct pair) { (g_n[2]->next ? g_n[2]->next : p121), p121 });
  printf ("main.f13 %lu\n", acc);
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

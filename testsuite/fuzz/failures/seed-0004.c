/* FAIL (-O0 asan-stack-use-after-return, -O2 asan-stack-use-after-return) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0004.c */
/* gcc-escape fuzz program, seed 4: testsuite/fuzz/gen 4 */
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

unsigned long f0 (unsigned long x0);
unsigned long f1 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
struct node *f2 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr);
unsigned long f3 (struct node *n0, struct node *n1, unsigned long x0);
static struct node *f4 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static void f5 (struct node *n0, unsigned long x0);
static void f6 (void);
void f7 (struct node *n0, unsigned long x0);
struct node *f8 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);

unsigned long f0 (unsigned long x0)
{
  unsigned long acc = 34UL;
  struct node *p2 = gc_alloc (64);
  p2->val = ((unsigned long) ((uintptr_t) g_n[3] != 0) + (p2->val & x0));
  acc = mix (acc, list_len (p2));
  unsigned long *b3 = gc_alloc (32 + x0 % 16);
  b3[0] = g_acc;
  b3[1] = (p2->val % (b3[2] | 1));
  b3[2] = (x0 - 2UL);
  b3[3] = x0;
  struct node **v4 = gc_alloc (4 * sizeof (struct node *));
  v4[0] = p2;
  v4[1] = (b3[2] & 1 ? p2 : p2);
  v4[2] = (v4[2] ? v4[2] : p2);
  struct node *p5 = gc_alloc (sizeof (struct node));
  p5->val = (list_len (p5) ^ deep_sum (p5, 0));
  g_list->other = (p2->next ? p2->next : p2);
  p5 = p5;
  x0 = ((p2->next ? p2->next->val : p5->val) ^ (p2->slot ? ((struct node *) p2->slot)->val : 13UL));
  return acc ^ p5->val;
}

unsigned long f1 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 1933859917UL;
  struct node *p10 = gc_alloc (sizeof (struct node));
  p10->val = g_n[1]->val;
  p10->a[0] = p10->a[n1->val & 3];
  acc += f0 ((unsigned long) ((uintptr_t) n0 != 0));
  struct node *w11 = p10;
  for (unsigned long i12 = 0; i12 < 4; i12++)
  {
    w11 = gc_alloc (sizeof (struct node));
    w11->val = i12 * 1UL;
    acc += w11->val + list_sum (w11);
  }
  printf ("f1.0 %lu\n", acc);
  struct node *p13 = gc_alloc (sizeof (struct node));
  p13->val = (unsigned long) ((uintptr_t) p13 != 0);
  g_acc += (x0 ? (0x2daff475362bb70cUL + x0) : (x0 ? 3513367575UL : n0->val));
  struct node *p14 = gc_alloc (64 + x0 % 16);
  p14->val = p10->a[x0 & 3];
  p14->a[0] = (unsigned long) (p13 == g_n[0]);
  acc += apply (cb_keep, g_n[1], (g_n[0]->next ? g_n[0]->next->val : g_n[3]->val));
  g_any = (n0->next ? n0->next : p14);
  void *vp15 = (w11->next ? w11->next : n0);
  struct node **v16 = gc_alloc (4 * sizeof (struct node *));
  v16[1] = (p14->other ? p14->other : n1);
  v16[2] = (v16[2] ? v16[2] : n1);
  v16[3] = g_n[3];
  unsigned long st17 = 0;
  for (struct node *q = g_n[x0 & 3]; q && st17 < 8; q = q->next, st17++)
    acc += q->val * (st17 + 1);
  acc += f0 (x0);
  acc += f0 (n0->a[1]);
  acc += cb_read ((st17 & 1 ? n1 : p14), (unsigned long) ((uintptr_t) w11 != 0));
  struct node **v18 = gc_alloc (4 * sizeof (struct node *));
  v18[0] = p13;
  v18[1] = w11;
  v18[2] = (v18[3] ? v18[3] : n1);
  v18[3] = p13;
  return acc ^ (unsigned long) ((uintptr_t) n0 != 0);
}

struct node *f2 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 0x1fe0da0f09ba8121UL;
  struct node *p24 = pr.a;
  acc += f1 (g_n[x0 & 3], (n1->next ? n1->next : n0), n1, (n0->val | n2->val));
  { unsigned long *q = &n0->a[2]; *q ^= (unsigned long) ((uintptr_t) n1 != 0); }
  struct node *p25 = NEW (struct node);
  p25->next = p25;
  struct node *arr26[4] = { (p25->other ? p25->other : n1), p25, g_n[g_n[2]->val & 3], (n0->other ? n0->other : n1) };
  g_h.p = n0;
  struct node s27 = { 0 };
  s27.val = (2UL | g_n[3]->val);
  s27.next = n1;
  s27.other = (x0 & 1 ? n2 : g_n[3]);
  qsort (arr26, 4, sizeof arr26[0], cmp_nodes);
  arr26[list_sum (n1) & 3] = arr26[n2->val & 3];
  void *vp28 = (g_n[1]->val & 1 ? n1 : n1);
  x0 = deep_sum ((s27.next ? s27.next : p25), 2);
  void *vp29 = (x0 & 1 ? n1 : n2);
  struct node *p30 = gc_alloc (sizeof (struct node));
  p30->val = (unsigned long) ((p30->other ? p30->other : p30) == g_n[2]);
  p30->a[0] = s27.val;
  p30->next = (3UL & 1 ? p25 : n0);
  return n1;
}

unsigned long f3 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 1UL;
  struct node *arr34[4] = { n0, n0, n0, n1 };
  if (list_len ((0x24fec2448781065UL & 1 ? n0 : n0)) % 3 == 0)
  {
    acc = mix (acc, (g_n[1]->val - n1->val));
    for (unsigned long i35 = 0; i35 < 5; i35++)
    {
      for (unsigned long i36 = 0; i36 < 1; i36++)
      {
        struct node *p37 = gc_alloc (64);
        p37->val = (i35 >> ((unsigned long) (p37 == n0) & 63));
        p37->a[3] = (unsigned long) (p37 == n1);
        p37->next = g_n[0x7537eada310d9a14UL & 3];
        p37->next = n0;
        n0 = p37;
      }
      struct node **v38 = gc_alloc (4 * sizeof (struct node *));
      v38[0] = (n1->other ? n1->other : n0);
      v38[2] = (n1->other ? n1->other : n1);
      v38[3] = n1;
      acc += g_acc;
    }
  }
  g_any = g_n[1];
  struct node *p39 = f2 (g_n[3], g_n[1], g_n[1], n0->a[2], (n1->val << (804495915UL & 63)), (struct pair) { (n1->other ? n1->other : g_n[3]), n1 });
  for (unsigned long i40 = 0; i40 < 6; i40++)
  {
    struct node *p41 = gc_alloc (sizeof (struct node));
    p41->val = n0->a[p41->val & 3];
    p41->next = g_n[1];
    if (n1 != g_n[1])
      memcpy (n1, g_n[1], sizeof (struct node));
  }
  arr34[x0 & 3] = n1;
  acc += (unsigned long) ((uintptr_t) n0 != 0);
  { unsigned long *q = &n0->a[1]; *q ^= deep_sum (n0, 0); }
  qsort (arr34, 4, sizeof arr34[0], cmp_nodes);
  return acc ^ g_acc;
}

static struct node *f4 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 72UL;
  struct node *p46 = gc_alloc (64 + ((x0 ^ n0->val) & 7));
  if (((x0 & 1 ? n0 : n1)->slot ? ((struct node *) (x0 & 1 ? n0 : n1)->slot)->val : (x0 ^ x0)) % 4 == 0)
  {
    acc += apply (cb_keep, p46, g_n[3]->val);
    struct node *p47 = gc_calloc (1, sizeof (struct node));
    p47->val = ((n0->next ? n0->next->val : 71UL) * (unsigned long) (p46 == n0));
    x1 = f1 (n1, (8UL & 1 ? p46 : p46), n1, x0);
  }
  else
  {
    struct node *p48 = gc_calloc (1, sizeof (struct node));
  }
  if (p46->a[0x3b82a9b159c61b92UL & 3] % 3 == 0)
  {
    if (n0 != (n0->other ? n0->other : n1))
      memcpy (n0, (n0->other ? n0->other : n1), sizeof (struct node));
    g_acc += 41UL;
  }
  { unsigned long *q = &n0->a[0]; *q ^= list_sum (p46); }
  return p46;
}

static void f5 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 3787683463UL;
  acc += (0UL ? (x0 - g_n[0]->val) : 180947521UL);
  n0->slot = n0;
  { unsigned long *q = &n0->a[1]; *q ^= (unsigned long) (n0 == n0); }
  struct node *p51 = NEW (struct node);
  p51->val = p51->a[1];
  p51->next = p51;
  struct node *p52 = f2 (p51, g_n[p51->val & 3], p51, p51->val, g_n[3]->val, (struct pair) { n0, p51 });
  acc += (p51->a[1] % (list_sum (p52) | 1));
  { unsigned long *q = &n0->a[2]; *q ^= g_n[3]->a[n0->val & 3]; }
  g_acc ^= acc;
}

static void f6 (void)
{
  unsigned long acc = 1680767238UL;
  struct node *p53 = gc_alloc (sizeof (struct node));
  p53->a[2] = g_acc;
  struct node s54 = { 0 };
  s54.val = list_len (p53);
  s54.next = p53;
  struct node *p55 = gc_alloc (sizeof (struct node));
  acc += deep_sum (p55, 0);
  p55->next = (p53->other ? p53->other : p53);
  if (46UL % 4 == 1) return;
  acc += (p53->a[1] << (3UL & 63));
  struct node *p56 = gc_alloc (sizeof (struct node));
  p56->val = (p55->next ? p55->next->val : (p56->next ? p56->next->val : 0x59099c571d55cfe0UL));
  acc += apply (cb_keep, p53, (0x7d5004f96644e216UL / (0x63a008d83c30b851UL | 1)));
  unsigned long *b57 = gc_alloc (32);
  b57[0] = (0x61fc93012d0303c7UL - 34UL);
  b57[1] = (p55->val << (b57[2] & 63));
  b57[3] = (unsigned long) (p55 == p53);
  g_any = p55;
  acc += apply (cb_read, (p53->next ? p53->next : p53), (2082451904UL + b57[0]));
  struct node *p58 = gc_alloc (sizeof (struct node));
  p58->val = ((22403245UL & 90UL) ? deep_sum (p55, 0) : (p53->next ? p53->next->val : p56->a[3]));
  for (unsigned long i59 = 0; i59 < 5; i59++)
  {
    struct node *p60 = gc_alloc (64 + ((p56->next ? p56->next->val : i59) & 7));
    p60->a[0] = (p55->val - p60->val);
    p60->next = (p53->a[1] & 1 ? p60 : p53);
    p60->next = p56;
    p56 = p60;
  }
  g_acc ^= acc;
}

void f7 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 357547881UL;
  struct node *p63 = gc_calloc (1, sizeof (struct node));
  p63->val = ((unsigned long) ((uintptr_t) n0 != 0) | x0);
  if (((p63->a[2] - x0) * (p63->val << (p63->val & 63))) % 4 == 0)
  {
    acc += f3 ((p63->next ? p63->next : p63), (n0->next ? n0->next : n0), g_n[2]->a[2]);
  }
  else
  {
    printf ("f7.1 %lu\n", acc);
    n0 = f4 (p63, g_n[2], n0->val, (n0->a[2] / (x0 | 1)));
    struct node s64 = { 0 };
    s64.val = 0UL;
    s64.next = g_n[2];
    s64.other = g_n[2];
  }
  p63->val += ((g_n[1]->val / (x0 | 1)) ^ p63->a[n0->val & 3]);
  g_acc += n0->val;
  struct node *p65 = gc_alloc (sizeof (struct node));
  p65->val = (n0->val ? (unsigned long) (p63 == p63) : g_n[1]->val);
  p65->a[1] = p63->a[1];
  acc += ((n0->slot ? ((struct node *) n0->slot)->val : x0) % (p65->val | 1));
  struct node *p66 = gc_alloc (sizeof (struct node));
  p66->val = (x0 ^ x0);
  p66->a[2] = (x0 & p63->val);
  acc += ((x0 | x0) >> ((p63->a[1] * x0) & 63));
  if ((p63->val ^ p65->a[p65->a[1] & 3]) % 4 == 0)
  {
    x0 = ((g_n[2]->val ? g_n[1]->val : g_n[2]->a[2]) ? (unsigned long) (n0 == g_n[3]) : list_sum (p63));
  }
  else
  {
  }
  g_acc ^= acc;
}

__attribute__ ((noinline)) struct node *f8 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 3UL;
  n2->next = n0;
  unsigned long *b71 = gc_calloc (12 + ((0UL & g_n[3]->val) & 3), sizeof (unsigned long));
  b71[0] = (n1->slot ? ((struct node *) n1->slot)->val : x0);
  b71[1] = (517870814UL + x0);
  b71[3] = (unsigned long) ((uintptr_t) n0 != 0);
  struct node *arr72[4] = { n0, g_n[0], (n2->next ? n2->next : n2), n1 };
  acc += b71[(0x26d984ad555255c8UL ^ x0) & 3];
  acc += (1966216671UL ? arr_sum (arr72, 4) : (n1->slot ? ((struct node *) n1->slot)->val : n0->a[2]));
  struct node *p73 = gc_alloc (sizeof (struct node));
  p73->val = (p73->slot ? ((struct node *) p73->slot)->val : (g_n[3]->a[1] * x0));
  p73->next = p73;
  void *vp74 = (x0 & 1 ? n1 : g_n[1]);
  f5 (n0, 1841662419UL);
  acc += f3 (n1, ((struct node *) vp74), (b71[1] + n2->a[1]));
  f6 ();
  { unsigned long *q = b71 + 2; q[-1] += q[1] + 86UL; }
  b71[deep_sum (n2, 0) & 3] = (p73->a[1] + p73->a[2]);
  f5 (g_n[0], (b71[3] ? p73->a[3] : x0));
  n0->next = p73;
  g_any = g_n[1];
  struct node *p75 = gc_alloc (64 + (x0 & 7));
  p75->val = (n1->slot ? ((struct node *) n1->slot)->val : (n1->next ? n1->next->val : p73->a[2]));
  acc += f3 (((struct node *) vp74), (p75->next ? p75->next : p73), 0x5da58feb3fc0d458UL);
  n0->slot = p75;
  return g_n[3];
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
  unsigned long acc = 4UL;
  struct node *p76 = NEW (struct node);
  p76->val = g_acc;
  if (list_sum (p76) % 3 == 1)
  {
    for (unsigned long i77 = 0; i77 < 6; i77++)
    {
      struct node *p78 = gc_alloc (64);
      p78->val = (i77 + p76->a[3]);
      p78->next = (g_n[0]->next ? g_n[0]->next : p76);
      p78->next = p76;
      unsigned long u79 = list_sum (p76);
      p76 = p78;
    }
  }
  if (p76->a[68UL & 3] % 4 == 0)
  {
    acc += (p76->slot ? ((struct node *) p76->slot)->val : g_n[0]->a[0]);
  }
  p76->val += (unsigned long) (p76 == p76);
  p76->slot = g_n[3];
  acc += (p76->val & (p76->slot ? ((struct node *) p76->slot)->val : p76->a[2]));
  acc = mix (acc, (g_n[3]->val | p76->val));
  unsigned long st80 = 0;
  for (struct node *q = (p76->other ? p76->other : p76); q && st80 < 8; q = q->next, st80++)
    acc += q->val * (st80 + 1);
  void *vp81 = (g_n[1]->other ? g_n[1]->other : g_n[2]);
  g_list->other = g_n[3UL & 3];
  f7 (p76, g_n[2]->val);
  printf ("main.f7 %lu\n", acc);
  p76 = f8 ((p76->next ? p76->next : p76), p76, (g_n[3]->next ? g_n[3]->next : p76), (unsigned long) (g_n[0] == p76));
  printf ("main.f8 %lu\n", acc);
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

/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0041.c */
/* gcc-escape fuzz program, seed 41: testsuite/fuzz/gen 41 */
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

static unsigned long f0 (struct node *n0, unsigned long x0, struct pair pr);
void f1 (struct node *n0, struct node *n1);
static struct node *f2 (void);
unsigned long f3 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr);
static struct node *f4 (struct node *n0, struct node *n1);
static unsigned long f5 (struct node *n0);
static struct node *f6 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static void f7 (struct node *n0, unsigned long x0);
static void f8 (unsigned long x0, unsigned long x1, struct node **out);
static unsigned long r9 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0);
static unsigned long r10 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, struct pair pr);
static unsigned long f11 (struct node *n0, struct node *n1, struct node *n2);
struct node *r12 (unsigned long d);
static struct node *f13 (struct node *n0, unsigned long x0);
struct node *r14 (unsigned long d, struct node *n0, struct node *n1);

static unsigned long f0 (struct node *n0, unsigned long x0, struct pair pr)
{
  unsigned long acc = 0x5ac195802c578729UL;
  struct node *p3 = pr.b;
  struct node *p4 = gc_alloc (sizeof (struct node));
  p4->val = deep_sum (p3, 1);
  p4->a[0] = (p4->a[2] / (x0 | 1));
  p4->next = p3;
  g_acc += g_acc;
  unsigned long *b5 = gc_calloc (12, sizeof (unsigned long));
  b5[2] = b5[3];
  b5[3] = (p3->val ? g_n[0]->a[3] : 3672968386UL);
  p4->slot = n0;
  acc = mix (acc, x0);
  for (unsigned long i6 = 0; i6 < 5; i6++)
  {
    struct node *p7 = gc_alloc (sizeof (struct node));
    p7->val = deep_sum (n0, 2);
    p7->next = p3;
    p3 = p7;
  }
  return acc ^ 0x3adbb5eb66a21a9bUL;
}

void f1 (struct node *n0, struct node *n1)
{
  unsigned long acc = 0x55e5a9ac6d15ef2eUL;
  acc += f0 ((n1->next ? n1->next : n1), list_sum (n1), (struct pair) { n1, n1 });
  struct node *p10 = gc_calloc (1, sizeof (struct node));
  if ((unsigned long) (n0 == g_n[2]) % 4 == 1)
  {
    void *vp11 = (n1->other ? n1->other : n1);
  }
  unsigned long st12 = 0;
  for (struct node *q = p10; q && st12 < 8; q = q->next, st12++)
    acc += q->val * (st12 + 1);
  g_up = &g_n[3]->a[3];
  { unsigned long *q = &n1->a[1]; *q ^= (unsigned long) ((uintptr_t) n0 != 0); }
  if ((unsigned long) ((uintptr_t) n1 != 0) % 2 == 0)
  {
    acc += f0 ((n0->val & 1 ? n1 : n1), g_n[2]->val, (struct pair) { p10, (n1->next ? n1->next : n1) });
  }
  else
  {
    acc += f0 (n1, (p10->val / (st12 | 1)), (struct pair) { p10, p10 });
    for (unsigned long i13 = 0; i13 < 6; i13++)
    {
      acc += f0 (n1, (p10->val / (n1->val | 1)), (struct pair) { g_n[0], p10 });
      acc += cb_read (n1, 725129475UL);
      if (((n1->other ? n1->other : n0)->next ? (n1->other ? n1->other : n0)->next->val : 0x2b63aa750c02ac01UL) % 3 == 1)
      {
      }
      else
      {
        g_acc += 0UL;
      }
    }
  }
  g_acc ^= acc;
}

static struct node *f2 (void)
{
  unsigned long acc = 92UL;
  struct node *p14 = gc_alloc (sizeof (struct node));
  p14->val = ((unsigned long) (p14 == p14) % ((g_n[1]->val & 2UL) | 1));
  p14->a[0] = (g_n[3]->val ? 3UL : g_n[1]->val);
  if (g_n[0]->val % 2 == 1)
  {
    p14->a[0UL & 3] = ((p14->other ? p14->other : p14)->slot ? ((struct node *) (p14->other ? p14->other : p14)->slot)->val : *g_up);
  }
  else
  {
    p14->val += ((65UL ^ p14->a[2]) * (p14->next ? p14->next->val : 1UL));
    if (g_n[3]->val % 3 == 1) return g_n[g_n[1]->val & 3];
  }
  struct node s15 = { 0 };
  s15.val = (unsigned long) ((uintptr_t) p14 != 0);
  s15.next = p14;
  return g_n[2];
}

unsigned long f3 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr)
{
  unsigned long acc = 271631553UL;
  struct node *p20 = pr.a;
  struct node *p21 = f2 ();
  struct node *p22 = gc_calloc (1, sizeof (struct node));
  p22->val = (g_acc % (list_sum (p20) | 1));
  for (unsigned long i23 = 0; i23 < 2; i23++)
  {
    struct node *p24 = gc_alloc (sizeof (struct node));
    p24->val = (x0 ? i23 : x0);
    p24->next = (p24->next ? p24->next : n0);
    p24->next = n0;
    unsigned long st25 = 0;
    for (struct node *q = p21; q && st25 < 8; q = q->next, st25++)
      acc += q->val * (st25 + 1);
    n0 = p24;
  }
  n1->other = (p22->next ? p22->next : n0);
  acc += ((x0 & 1 ? n2 : n0)->next ? (x0 & 1 ? n2 : n0)->next->val : list_len (g_n[0]));
  return acc ^ (n0->a[2] + p21->a[2]);
}

static struct node *f4 (struct node *n0, struct node *n1)
{
  unsigned long acc = 2308583637UL;
  struct node *p28 = gc_alloc (sizeof (struct node));
  p28->val = g_n[3]->val;
  p28->next = g_n[g_n[3]->val & 3];
  n1->other = n1;
  unsigned long u29 = ((0x557748db720f0019UL | g_n[3]->a[2]) / ((unsigned long) ((uintptr_t) p28 != 0) | 1));
  for (unsigned long i30 = 0; i30 < 3; i30++)
  {
    struct node *p31 = gc_calloc (1, sizeof (struct node));
    p31->val = (g_n[g_n[2]->val & 3]->next ? g_n[g_n[2]->val & 3]->next->val : i30);
    p31->next = p28;
    unsigned long u32 = i30;
    p28 = p31;
  }
  acc += u29;
  unsigned long st33 = 0;
  for (struct node *q = (g_n[0]->other ? g_n[0]->other : n1); q && st33 < 8; q = q->next, st33++)
    acc += q->val * (st33 + 1);
  f1 (n1, p28);
  u29 = f3 (g_n[1254092344UL & 3], p28, (n1->other ? n1->other : n0), u29, (struct pair) { n0, g_n[2] });
  struct node s34 = { 0 };
  s34.val = g_n[3]->val;
  s34.other = (p28->other ? p28->other : n1);
  acc += (n0->other ? n0->other : n0)->a[deep_sum (n1, 1) & 3];
  return p28;
}

static unsigned long f5 (struct node *n0)
{
  unsigned long acc = 55UL;
  for (unsigned long i36 = 0; i36 < 3; i36++)
  {
    struct node *p37 = gc_calloc (1, sizeof (struct node));
    p37->val = (932502107UL + p37->a[0]);
    p37->a[2] = p37->val;
    p37->val += (n0->a[2] & (i36 ^ n0->a[2]));
    acc = mix (acc, deep_sum (n0, 1));
    n0 = f2 ();
  }
  g_any = (n0->other ? n0->other : n0);
  n0->val += (g_n[3]->val * n0->a[97UL & 3]);
  struct node *arr38[4] = { g_n[2], n0, (g_n[3]->other ? g_n[3]->other : n0), n0 };
  arr38[n0->a[3] & 3] = n0;
  n0->slot = n0;
  acc = mix (acc, (89UL << (0xa48da6129579e5UL & 63)));
  return acc ^ (n0->val ^ 94UL);
}

static inline struct node *f6 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 70UL;
  struct node *p43 = gc_alloc (sizeof (struct node));
  p43->val = ((x0 >> (p43->val & 63)) >> (n1->a[x0 & 3] & 63));
  if (n0 != n0)
    memcpy (n0, n0, sizeof (struct node));
  struct node **v44 = gc_alloc (4 * sizeof (struct node *));
  v44[1] = (n0->next ? n0->next : n0);
  if (((v44[2] ? v44[2] : n1)->slot ? ((struct node *) (v44[2] ? v44[2] : n1)->slot)->val : (51UL / (x0 | 1))) % 4 == 1)
  {
    g_up = &n0->a[2];
  }
  else
  {
    n1->slot = (v44[0] ? v44[0] : n0);
  }
  acc += g_cb[n1->a[2] & 3] (n1, (n0->a[0] ^ g_n[2]->val));
  { unsigned long *q = &n1->a[0]; *q ^= (n1->val | 49UL); }
  unsigned long *b45 = gc_alloc (64);
  b45[0] = (b45[3] * n1->val);
  b45[2] = n0->a[n0->val & 3];
  b45[3] = (b45[1] / (b45[2] | 1));
  { unsigned long *q = &p43->a[1]; *q ^= (n1->slot ? ((struct node *) n1->slot)->val : n1->val); }
  f1 (n1, n0);
  struct node s46 = { 0 };
  s46.val = (unsigned long) (p43 == n1);
  s46.next = n1;
  struct node *p47 = gc_alloc (sizeof (struct node));
  p47->val = (10UL * p43->val);
  if (x1 % 4 == 1)
  {
    g_acc += (s46.next ? s46.next : p47)->a[p47->val & 3];
  }
  return (s46.next ? s46.next : n0);
}

static void f7 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 2473010563UL;
  struct node *p50 = gc_alloc (sizeof (struct node));
  p50->a[0] = n0->a[g_n[0]->val & 3];
  g_up = &(g_n[1]->val & 1 ? p50 : n0)->a[0];
  struct node s51 = { 0 };
  s51.val = deep_sum (g_n[3], 1);
  s51.next = g_n[x0 & 3];
  g_list->other = n0;
  g_list = p50;
  x0 = f3 (n0, p50, (p50->next ? p50->next : p50), n0->val, (struct pair) { p50, p50 });
  n0->other = p50;
  struct node s52 = { 0 };
  s52.val = (p50->slot ? ((struct node *) p50->slot)->val : 739078622UL);
  s52.next = g_n[1];
  if ((p50->a[2] - n0->val) % 6 == 1) return;
  n0->other = (n0->next ? n0->next : n0);
  if (3UL % 7 == 1) return;
  n0->other = p50;
  acc = mix (acc, (n0->next ? n0->next->val : p50->a[0]));
  struct node *p53 = (struct node *) ((uintptr_t) p50 | 0);
  g_acc ^= acc;
}

static __attribute__ ((noinline)) void f8 (unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 70UL;
  struct node *p56 = gc_alloc (sizeof (struct node));
  printf ("f8.0 %lu\n", acc);
  struct node *p57 = gc_alloc (sizeof (struct node));
  p57->val = x1;
  p57->a[1] = x1;
  g_h.pr.a = p57;
  struct node *w58 = p56;
  for (unsigned long i59 = 0; i59 < 5; i59++)
  {
    w58 = gc_alloc (sizeof (struct node));
    w58->val = i59 * i59;
    acc += w58->val + list_sum (w58);
  }
  struct node *p60 = f2 ();
  struct node *p61 = gc_alloc (sizeof (struct node));
  p61->val = (g_n[2]->val << (w58->val & 63));
  g_acc ^= acc;
}

static unsigned long r9 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 2UL;
  if (d == 0)
    return acc;
  f7 (g_n[2], n0->a[1]);
  n1->next = (0UL & 1 ? n0 : n1);
  struct node *w65 = n0;
  for (unsigned long i66 = 0; i66 < 1; i66++)
  {
    w65 = gc_alloc (sizeof (struct node));
    w65->val = i66 * x0;
    acc += w65->val + list_sum (w65);
  }
  g_acc += (unsigned long) ((uintptr_t) w65 != 0);
  void *vp67 = (n0->other ? n0->other : w65);
  n1 = n1;
  if (d > 0)
  {
    x0 = r9 (d - 1, w65, (w65->next ? w65->next : w65), n0->a[2]);
  }
  return acc ^ (unsigned long) (w65 == g_n[0]);
}

static inline unsigned long r10 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, struct pair pr)
{
  unsigned long acc = 3UL;
  if (d == 0)
    return acc;
  struct node *p71 = pr.b;
  struct node *p72 = NEW (struct node);
  p72->val = (0x33c873594b24e5f6UL << ((4268649062UL % (p71->val | 1)) & 63));
  n2->other = p72;
  struct node *p73 = gc_alloc (sizeof (struct node));
  p73->val = (p71->val - (1540206910UL % (n0->a[3] | 1)));
  p73->next = g_n[n1->val & 3];
  g_acc += list_len ((p71->other ? p71->other : p72));
  g_up = &(n0->a[0] & 1 ? n2 : n1)->a[1];
  if ((47UL ^ g_acc) % 3 == 1)
  {
    if (d > 0)
    {
      acc += r10 (d - 1, n0, p71, n0, (struct pair) { (75UL & 1 ? n1 : n2), n1 });
    }
  }
  else
  {
    g_acc += (list_sum (p73) * 0x673170016ea03758UL);
  }
  void *vp74 = p71;
  f7 (n2, (p73->slot ? ((struct node *) p73->slot)->val : 46UL));
  struct node s75 = { 0 };
  s75.val = (p72->val >> (g_n[2]->val & 63));
  s75.next = (n1->other ? n1->other : n1);
  s75.other = (s75.next ? s75.next : p72);
  if (n1->val % 4 == 0)
  {
    for (unsigned long i76 = 0; i76 < 4; i76++)
    {
      struct node *p77 = gc_calloc (1, sizeof (struct node));
      p77->next = n0;
      n0 = p77;
    }
    g_acc += ((s75.next ? s75.next : n0)->slot ? ((struct node *) (s75.next ? s75.next : n0)->slot)->val : (p72->a[2] | p71->a[1]));
  }
  return acc ^ (g_n[0]->val + 41UL);
}

static inline unsigned long f11 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 0x686a825c27427ba3UL;
  struct node *p81 = gc_calloc (1, sizeof (struct node));
  p81->val = p81->val;
  p81 = p81;
  struct node s82 = { 0 };
  s82.val = g_acc;
  s82.next = n0;
  s82.other = p81;
  unsigned long st83 = 0;
  for (struct node *q = n2; q && st83 < 8; q = q->next, st83++)
    acc += q->val * (st83 + 1);
  p81->other = n0;
  unsigned long st84 = 0;
  for (struct node *q = n2; q && st84 < 8; q = q->next, st84++)
    acc += q->val * (st84 + 1);
  n2->slot = (n0->other ? n0->other : n0);
  p81->other = p81;
  acc += cb_read (n1, (g_n[1]->val + 1UL));
  f8 (1UL, st83, &s82.other);
  struct node *w85 = p81;
  for (unsigned long i86 = 0; i86 < 3; i86++)
  {
    w85 = gc_alloc (sizeof (struct node));
    w85->val = i86 * i86;
    acc += w85->val + list_sum (w85);
  }
  acc += list_sum (&s82);
  struct node *p87 = gc_alloc (sizeof (struct node));
  p87->val = (st84 / (p81->val | 1));
  p87->next = n1;
  return acc ^ (st84 + p87->val);
}

struct node *r12 (unsigned long d)
{
  unsigned long acc = 1635297776UL;
  if (d == 0)
    return g_n[1];
  struct node *p88 = gc_alloc (sizeof (struct node));
  if (d > 0)
  {
    struct node *p89 = r12 (d - 1);
  }
  acc += p88->a[3];
  acc += 1UL;
  acc += (566897023UL & p88->val);
  f8 ((55UL | 0x480e5b247e202b0eUL), list_sum (p88), &g_n[1]);
  struct node *p90 = gc_alloc (sizeof (struct node));
  p90->val = 7UL;
  struct node *p91 = gc_alloc (sizeof (struct node));
  p88->val += deep_sum (p88, 0);
  acc += 3UL;
  p90->val += (p88->val - 0x2e9db174728f79ebUL);
  printf ("r12.1 %lu\n", acc);
  unsigned long st92 = 0;
  for (struct node *q = p91; q && st92 < 8; q = q->next, st92++)
    acc += q->val * (st92 + 1);
  gc_free (p90);
  if (d > 0)
  {
    p88 = r12 (d - 1);
  }
  return (0UL & 1 ? g_n[0] : g_n[2]);
}

static struct node *f13 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 1UL;
  acc += f5 (g_n[3]);
  g_h.pr.a = g_n[x0 & 3];
  acc = mix (acc, (x0 >> (86UL & 63)));
  for (unsigned long i95 = 0; i95 < 5; i95++)
  {
    struct node **v96 = gc_alloc (4 * sizeof (struct node *));
    v96[0] = g_n[1];
    acc += (n0->next ? n0->next->val : g_n[3]->a[2]);
  }
  return g_n[0];
}

struct node *r14 (unsigned long d, struct node *n0, struct node *n1)
{
  unsigned long acc = 0xc81b03c57b6aaa7UL;
  if (d == 0)
    return n0;
  struct node *w99 = n0;
  for (unsigned long i100 = 0; i100 < 4; i100++)
  {
    w99 = gc_alloc (sizeof (struct node));
    w99->val = i100 * g_n[3]->val;
    acc += w99->val + list_sum (w99);
  }
  unsigned long st101 = 0;
  for (struct node *q = g_n[0xdec09b360b48d95UL & 3]; q && st101 < 8; q = q->next, st101++)
    acc += q->val * (st101 + 1);
  acc += g_cb[29UL & 3] ((st101 & 1 ? n1 : n1), list_sum (n1));
  w99->a[st101 & 3] = n1->a[3UL & 3];
  if ((n1->next ? n1->next->val : n0->val) % 4 == 1) return n1;
  void *vp102 = n1;
  if ((st101 * (st101 & 0x57cabddb3afefb22UL)) % 4 == 0)
  {
    for (unsigned long i103 = 0; i103 < 2; i103++)
    {
      unsigned long st104 = 0;
      for (struct node *q = w99; q && st104 < 8; q = q->next, st104++)
        acc += q->val * (st104 + 1);
      if ((deep_sum (n0, 0) ? g_n[0]->val : n1->val) % 2 == 1)
      {
        unsigned long st105 = 0;
        for (struct node *q = w99; q && st105 < 8; q = q->next, st105++)
          acc += q->val * (st105 + 1);
      }
      else
      {
        if (list_sum (n0) % 4 == 1)
        {
          unsigned long u106 = *g_up;
        }
        else
        {
        }
      }
    }
  }
  else
  {
  }
  if (d > 0)
  {
    struct node *p107 = r14 (d - 1, g_n[n1->val & 3], (n1->next ? n1->next : n1));
  }
  return n1;
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
  unsigned long acc = 41UL;
  struct node *p108 = gc_alloc (sizeof (struct node));
  p108->val = g_acc;
  void *vp109 = p108;
  acc += f3 ((g_n[1]->other ? g_n[1]->other : g_n[0]), g_n[1], p108, ((struct node *) vp109)->val, (struct pair) { p108, p108 });
  p108->next = p108;
  if (list_len (p108) % 2 == 0)
  {
    g_h.pr.a = p108;
  }
  struct node *w110 = p108;
  for (unsigned long i111 = 0; i111 < 4; i111++)
  {
    w110 = gc_alloc (sizeof (struct node));
    w110->val = i111 * (w110->val * p108->a[2]);
    acc += w110->val + list_sum (w110);
  }
  for (unsigned long i112 = 0; i112 < 1; i112++)
  {
    struct node *p113 = gc_alloc (64);
    p113->val = (deep_sum (p113, 2) / (p113->a[i112 & 3] | 1));
    p113->a[2] = (w110->next ? w110->next->val : i112);
    p113->next = p108;
    p108 = p113;
  }
  struct node **v114 = gc_alloc (4 * sizeof (struct node *));
  v114[0] = ((struct node *) vp109);
  v114[3] = p108;
  for (unsigned long i115 = 0; i115 < 5; i115++)
  {
  }
  acc += g_cb[(0x3ff6b0740eb75225UL << (77UL & 63)) & 3] (g_n[0], (p108->slot ? ((struct node *) p108->slot)->val : w110->a[2]));
  struct node **v116 = gc_alloc (4 * sizeof (struct node *));
  v116[0] = w110;
  v116[1] = (g_n[2]->other ? g_n[2]->other : p108);
  v116[2] = w110;
  v116[3] = p108;
  g_n[3]->next = (g_n[1]->other ? g_n[1]->other : g_n[0]);
  g_up = &p108->a[1];
  acc += r10 (w110->val % 4, (g_n[1]->next ? g_n[1]->next : g_n[0]), g_n[0], g_n[3], (struct pair) { g_n[2], g_n[w110->val & 3] });
  p108 = p108;
  w110->slot = g_n[2];
  g_list = (g_n[3]->next ? g_n[3]->next : g_n[3]);
  struct node *p117 = f4 (w110, w110);
  printf ("main.f4 %lu\n", acc);
  p108 = f6 (g_n[0], g_n[3], (unsigned long) ((uintptr_t) w110 != 0), (unsigned long) (p108 == p108));
  printf ("main.f6 %lu\n", acc);
  acc += r9 (50UL % 4, g_n[0], w110, list_sum (p108));
  printf ("main.r9 %lu\n", acc);
  acc += f11 (g_n[3], g_n[1], w110);
  printf ("main.f11 %lu\n", acc);
  struct node *p118 = r12 ((0x2b306cfb723d64a8UL ? p108->a[1] : w110->val) % 4);
  printf ("main.r12 %lu\n", acc);
  struct node *p119 = f13 (g_n[36UL & 3], (p108->slot ? ((struct node *) p108->slot)->val : 68UL));
  printf ("main.f13 %lu\n", acc);
  w110 = r14 ((p108->slot ? ((struct node *) p108->slot)->val : 0x3d4e02124d9af485UL) % 4, w110, g_n[2]);
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

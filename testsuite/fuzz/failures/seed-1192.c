/* FAIL (-O2 stdout-differs) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O2" testsuite/fuzz/failures/seed-1192.c */
/* gcc-escape fuzz program, seed 1192: testsuite/fuzz/gen 1192 */
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

static struct node *f0 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static unsigned long f1 (unsigned long x0, unsigned long x1);
unsigned long f2 (void);
static unsigned long r3 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static void r4 (unsigned long d, unsigned long x0, struct pair pr);
static struct node *f5 (unsigned long x0);
struct node *f6 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static struct node *f7 (unsigned long x0);
static void r8 (unsigned long d, struct node *n0, struct node *n1, struct node *n2);
unsigned long r9 (unsigned long d);
struct node *f10 (unsigned long x0, unsigned long x1, struct pair pr);
static unsigned long f11 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
void f12 (struct node *n0, unsigned long x0);

static struct node *f0 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x4f75302b0aa6dc02UL;
  struct node *p6 = gc_calloc (1, sizeof (struct node));
  p6->val = (deep_sum (n0, 1) + (g_n[0]->val >> (x1 & 63)));
  acc += apply (cb_keep, (n0->other ? n0->other : n2), (n0->next ? n0->next->val : n0->a[2]));
  for (unsigned long i7 = 0; i7 < 4; i7++)
  {
    struct node *p8 = gc_alloc (sizeof (struct node));
    p8->val = 0x1cfcf5c411004eb7UL;
    p8->slot = (p8->other ? p8->other : p6);
    if ((unsigned long) (p6 == p6) % 3 == 1)
    {
      if ((x0 * g_n[1]->val) % 7 == 1) return n1;
    }
    else
    {
    }
    n2->slot = n1;
  }
  return (n1->other ? n1->other : n0);
}

static unsigned long f1 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x52be338966a7f694UL;
  struct node *p11 = gc_alloc (sizeof (struct node));
  p11->val = (list_sum (p11) ? p11->a[p11->a[2] & 3] : (p11->a[0] + x0));
  p11->a[2] = (p11->val * p11->val);
  p11->next = p11;
  struct node *w12 = g_n[2];
  for (unsigned long i13 = 0; i13 < 3; i13++)
  {
    w12 = gc_alloc (sizeof (struct node));
    w12->val = i13 * g_n[2]->val;
    acc += w12->val + list_sum (w12);
  }
  p11 = f0 (p11, (x0 & 1 ? p11 : p11), g_n[0], (922248103UL ^ p11->a[3]), w12->val);
  acc += apply (cb_read, (g_n[3]->next ? g_n[3]->next : p11), g_n[2]->val);
  struct node *p14 = f0 (p11, p11, p11, w12->a[0], (g_n[3]->a[1] | 2070757839UL));
  g_acc += ((unsigned long) (p11 == w12) * (p14->a[0] + w12->a[2]));
  struct node *w15 = w12;
  for (unsigned long i16 = 0; i16 < 3; i16++)
  {
    w15 = gc_alloc (sizeof (struct node));
    w15->val = i16 * list_len (w12);
    acc += w15->val + list_sum (w15);
  }
  if (p14 != p11)
    memcpy (p14, p11, sizeof (struct node));
  struct node *p17 = (struct node *) ((uintptr_t) p11 | 0);
  struct node *arr18[4] = { (0UL & 1 ? p11 : w12), g_n[0], p11, p11 };
  return acc ^ (w12->a[2] ? w15->a[3] : w12->val);
}

unsigned long f2 (void)
{
  unsigned long acc = 3UL;
  struct node *p19 = NEW (struct node);
  p19->val = (516849595UL - list_sum (p19));
  p19->other = g_n[p19->a[0] & 3];
  struct node *p20 = NEW (struct node);
  p20->val = deep_sum (p20, 1);
  p20->next = p20;
  for (unsigned long i21 = 0; i21 < 5; i21++)
  {
    struct node *p22 = gc_alloc (sizeof (struct node));
    p22->val = deep_sum (p22, 2);
    unsigned long *b23 = gc_alloc (96);
    b23[0] = list_sum (p22);
    b23[1] = (g_n[0]->a[1] >> (p20->val & 63));
    for (unsigned long i24 = 0; i24 < 5; i24++)
    {
      struct node *p25 = gc_alloc (sizeof (struct node));
      p25->val = (p19->next ? p19->next->val : 3358230060UL);
      p25->a[3] = deep_sum (p20, 1);
      struct node *p26 = gc_alloc (sizeof (struct node));
      p26->val = list_len ((p20->next ? p20->next : p22));
      struct node s27 = { 0 };
      s27.val = (p26->slot ? ((struct node *) p26->slot)->val : p20->a[2]);
    }
  }
  g_acc += ((p20->val ^ p19->val) & list_sum (p19));
  for (unsigned long i28 = 0; i28 < 1; i28++)
  {
    struct node *p29 = NEW (struct node);
    p29->val = deep_sum (p20, 2);
    p29->next = p29;
    unsigned long st30 = 0;
    for (struct node *q = g_n[g_n[3]->val & 3]; q && st30 < 8; q = q->next, st30++)
      acc += q->val * (st30 + 1);
  }
  p20->val += (unsigned long) (g_n[0] == p19);
  acc = mix (acc, (65UL | p19->val));
  return acc ^ deep_sum (p19, 1);
}

static unsigned long r3 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 1821065424UL;
  if (d == 0)
    return acc;
  struct node *p35 = gc_alloc (sizeof (struct node));
  p35->a[0] = (n1->slot ? ((struct node *) n1->slot)->val : x0);
  p35->next = g_n[0];
  struct node *w36 = n2;
  for (unsigned long i37 = 0; i37 < 3; i37++)
  {
    w36 = gc_alloc (sizeof (struct node));
    w36->val = i37 * (i37 ? i37 : n2->val);
    acc += w36->val + list_sum (w36);
  }
  struct node **v38 = gc_alloc (4 * sizeof (struct node *));
  v38[1] = n1;
  v38[2] = n1;
  g_acc += ((x0 / (g_n[0]->val | 1)) + deep_sum (p35, 1));
  w36 = f0 (g_n[25UL & 3], n1, (v38[2] ? v38[2] : g_n[2]), (unsigned long) ((uintptr_t) p35 != 0), (n2->slot ? ((struct node *) n2->slot)->val : w36->val));
  w36->other = (w36->a[0] & 1 ? n1 : n2);
  struct node **v39 = gc_alloc (4 * sizeof (struct node *));
  v39[0] = (v38[2] ? v38[2] : p35);
  v39[1] = n1;
  struct node *p40 = gc_alloc (sizeof (struct node));
  p40->val = p35->val;
  struct node *p41 = gc_calloc (1, sizeof (struct node));
  p41->val = (p35->a[3] ? (unsigned long) ((uintptr_t) p41 != 0) : (n1->slot ? ((struct node *) n1->slot)->val : 1238831398UL));
  p41->next = (p41->other ? p41->other : n1);
  unsigned long *b42 = gc_calloc (8 + ((p35->slot ? ((struct node *) p35->slot)->val : p35->val) & 3), sizeof (unsigned long));
  b42[1] = g_acc;
  void *vp43 = n0;
  if (d > 0)
  {
    r4 (d - 1, (b42[1] & b42[3]), (struct pair) { (n1->other ? n1->other : n1), (v38[0] ? v38[0] : n1) });
  }
  return acc ^ 0x257977cb0de5c1c6UL;
}

static void r4 (unsigned long d, unsigned long x0, struct pair pr)
{
  unsigned long acc = 20UL;
  if (d == 0)
    return;
  struct node *p45 = pr.b;
  struct node *p46 = gc_alloc (sizeof (struct node));
  p46->val = (g_n[0]->slot ? ((struct node *) g_n[0]->slot)->val : list_sum (p45));
  if (d > 0)
  {
    acc += r3 (d - 1, (x0 & 1 ? p46 : p45), (p46->other ? p46->other : p46), g_n[x0 & 3], x0);
  }
  p46 = p45;
  struct node *w47 = p46;
  for (unsigned long i48 = 0; i48 < 2; i48++)
  {
    w47 = gc_alloc (sizeof (struct node));
    w47->val = i48 * (i48 >> (i48 & 63));
    acc += w47->val + list_sum (w47);
  }
  acc += f2 ();
  for (unsigned long i49 = 0; i49 < 6; i49++)
  {
    struct node *p50 = gc_alloc (sizeof (struct node));
    p50->val = ((i49 & i49) * (unsigned long) (p50 == p50));
    p50->next = p45;
    p45 = p50;
  }
  p46 = p45;
  acc += cb_read (p46, p45->a[3]);
  x0 = p46->a[(p45->a[2] % (g_n[3]->val | 1)) & 3];
  struct node s51 = { 0 };
  s51.val = (w47->slot ? ((struct node *) w47->slot)->val : 3UL);
  g_acc += list_sum (g_n[g_n[0]->val & 3]);
  unsigned long *b52 = gc_alloc (32);
  b52[0] = s51.a[2];
  b52[1] = 2UL;
  b52[2] = (b52[2] / (p45->a[2] | 1));
  printf ("r4.0 %lu\n", acc);
  acc += x0;
  struct node *p53 = gc_alloc (64);
  p53->a[3] = g_n[2]->a[2];
  w47->next = w47;
  if (p45 != p45)
    memcpy (p45, p45, sizeof (struct node));
  if ((p46->val % ((p45->val ^ b52[3]) | 1)) % 4 == 1)
  {
    for (unsigned long i54 = 0; i54 < 5; i54++)
    {
      for (unsigned long i55 = 0; i55 < 3; i55++)
      {
        struct node *p56 = gc_alloc (sizeof (struct node));
        p56->val = (w47->other ? w47->other : g_n[2])->a[(b52[2] / (p45->val | 1)) & 3];
        p56->next = p46;
        struct node s57 = { 0 };
        s57.val = i55;
        s57.next = p45;
      }
    }
  }
  g_acc ^= acc;
}

static struct node *f5 (unsigned long x0)
{
  unsigned long acc = 0x2222e3c125f859b4UL;
  struct node *p59 = gc_calloc (1, sizeof (struct node));
  struct node *p60 = gc_alloc (sizeof (struct node));
  p60->val = (list_len (p60) % ((2UL / (15UL | 1)) | 1));
  p60->next = p59;
  unsigned long st61 = 0;
  for (struct node *q = (p60->next ? p60->next : p60); q && st61 < 8; q = q->next, st61++)
    acc += q->val * (st61 + 1);
  { unsigned long *q = &p59->a[2]; *q ^= st61; }
  for (unsigned long i62 = 0; i62 < 3; i62++)
  {
    struct node *p63 = gc_alloc (sizeof (struct node));
    p63->val = (0UL - i62);
    struct node *arr64[4] = { g_n[1], g_n[0], g_n[3], g_n[0] };
    struct node *w65 = p63;
    for (unsigned long i66 = 0; i66 < 4; i66++)
    {
      w65 = gc_alloc (sizeof (struct node));
      w65->val = i66 * i66;
      acc += w65->val + list_sum (w65);
    }
    struct node *p67 = f0 ((g_n[3]->other ? g_n[3]->other : g_n[0]), g_n[3], g_n[3], (i62 << (g_n[0]->val & 63)), (x0 ? w65->a[3] : p60->a[1]));
  }
  struct node **v68 = gc_alloc (4 * sizeof (struct node *));
  v68[0] = g_n[2];
  v68[1] = (g_n[2]->other ? g_n[2]->other : g_n[2]);
  v68[3] = (v68[0] ? v68[0] : g_n[0]);
  g_n[0] = g_n[2];
  return g_n[2];
}

__attribute__ ((noinline)) struct node *f6 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2753225050UL;
  if ((deep_sum (n1, 0) & n1->a[x1 & 3]) % 2 == 0)
  {
    struct node **v73 = gc_alloc (4 * sizeof (struct node *));
    v73[2] = (n0->other ? n0->other : n0);
    struct node *p74 = gc_calloc (1, sizeof (struct node));
    p74->val = (g_n[2]->val << (0x1fdfa5702e009398UL & 63));
  }
  g_acc += x1;
  printf ("f6.1 %lu\n", acc);
  if ((list_len (n0) ^ n0->a[1]) % 4 == 1)
  {
    struct node *p75 = gc_alloc (sizeof (struct node));
    p75->val = ((g_n[0]->val << (n1->val & 63)) * g_n[2]->val);
    p75->a[2] = g_acc;
  }
  else
  {
    g_list->other = n1;
    printf ("f6.2 %lu\n", acc);
  }
  n0 = n0;
  unsigned long st76 = 0;
  for (struct node *q = n0; q && st76 < 8; q = q->next, st76++)
    acc += q->val * (st76 + 1);
  return n1;
}

static struct node *f7 (unsigned long x0)
{
  unsigned long acc = 2139126906UL;
  struct node *p78 = gc_alloc (sizeof (struct node));
  p78->val = list_len (p78);
  p78->a[2] = g_n[2]->val;
  p78->next = p78;
  gc_free (p78);
  unsigned long *b79 = gc_alloc (96 + x0 % 16);
  b79[0] = 953780622UL;
  b79[1] = g_n[0]->a[1];
  b79[3] = b79[x0 & 3];
  void *vp80 = p78;
  struct node **v81 = gc_alloc (4 * sizeof (struct node *));
  v81[3] = p78;
  if (((g_n[1]->slot ? ((struct node *) g_n[1]->slot)->val : g_n[3]->val) << ((v81[3] ? v81[3]->val : 0UL) & 63)) % 4 == 1)
  {
    if ((p78->val ? (p78->a[3] / (p78->val | 1)) : (p78->slot ? ((struct node *) p78->slot)->val : p78->a[3])) % 2 == 1)
    {
      struct node *p82 = NEW (struct node);
      p82->val = list_len (p82);
      p82->a[1] = deep_sum (p82, 2);
      unsigned long *b83 = gc_alloc (96 + ((1936774369UL >> (p82->a[2] & 63)) & 7));
      b83[1] = g_acc;
      b83[2] = (0x58e2abb4434b8bd0UL * b83[1]);
      b83[3] = b79[3];
    }
  }
  x0 = f1 ((unsigned long) (g_n[0] == p78), b79[p78->val & 3]);
  g_acc += b79[(b79[0] + 2481501428UL) & 3];
  p78->a[(b79[0] * 67UL) & 3] = 0x233726d73d872cd7UL;
  printf ("f7.3 %lu\n", acc);
  return g_n[0];
}

static inline void r8 (unsigned long d, struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 3UL;
  if (d == 0)
    return;
  struct node s87 = { 0 };
  s87.val = (n0->val >> (g_n[2]->val & 63));
  s87.next = g_n[2];
  s87.other = n2;
  if ((2425770414UL * (g_n[2]->val | g_n[3]->val)) % 3 == 1)
  {
    if (g_n[3]->a[n2->a[2] & 3] % 3 == 1) return;
  }
  unsigned long u88 = list_len ((n0->other ? n0->other : n0));
  n1 = n1;
  struct node *p89 = NEW (struct node);
  p89->val = 0x654a93ab2e2293e7UL;
  n0->other = n2;
  struct node *p90 = f7 ((n0->val << (n0->a[2] & 63)));
  if ((g_n[3]->next ? g_n[3]->next->val : s87.val) % 3 == 1)
  {
    void *vp91 = g_n[u88 & 3];
  }
  if (d > 0)
  {
    u88 = r9 (d - 1);
  }
  g_acc ^= acc;
}

__attribute__ ((noinline)) unsigned long r9 (unsigned long d)
{
  unsigned long acc = 92UL;
  if (d == 0)
    return acc;
  struct node *p92 = gc_alloc (sizeof (struct node));
  p92->a[1] = (0xea289337ea174d3UL & p92->val);
  p92->next = p92;
  struct node *w93 = p92;
  for (unsigned long i94 = 0; i94 < 4; i94++)
  {
    w93 = gc_alloc (sizeof (struct node));
    w93->val = i94 * (w93->a[1] + p92->val);
    acc += w93->val + list_sum (w93);
  }
  g_list = p92;
  unsigned long u95 = g_n[1]->val;
  p92 = p92;
  printf ("r9.4 %lu\n", acc);
  for (unsigned long i96 = 0; i96 < 4; i96++)
  {
    acc += (w93->val % ((g_n[2]->val ^ 1UL) | 1));
    struct node *p97 = gc_alloc (sizeof (struct node));
    p97->val = (p92->next ? p92->next->val : p92->a[1285808783UL & 3]);
    p97->next = p92;
    unsigned long st98 = 0;
    for (struct node *q = w93; q && st98 < 8; q = q->next, st98++)
      acc += q->val * (st98 + 1);
  }
  if (d > 0)
  {
    r8 (d - 1, (p92->other ? p92->other : p92), p92, w93);
  }
  return acc ^ (u95 % (g_n[1]->val | 1));
}

struct node *f10 (unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 98UL;
  struct node *p101 = pr.a;
  struct node *p102 = gc_calloc (1, sizeof (struct node));
  g_n[0]->next = g_n[x1 & 3];
  unsigned long *b103 = gc_calloc (8, sizeof (unsigned long));
  b103[0] = x0;
  b103[1] = x1;
  acc += deep_sum (p101, 0);
  p101->slot = g_n[2];
  r8 (b103[g_n[1]->val & 3] % 4, (p101->other ? p101->other : p102), (p101->val & 1 ? p101 : p101), (0UL & 1 ? p102 : p102));
  struct node *p104 = gc_alloc (sizeof (struct node));
  if (deep_sum ((x0 & 1 ? p104 : g_n[1]), 0) % 2 == 0)
  {
    struct node s105 = { 0 };
    s105.val = (g_n[1]->a[1] + b103[1]);
    p104->next = p101;
    acc += (x0 + list_len (p101));
  }
  else
  {
    if ((list_sum (p102) ? g_acc : (x1 ? p101->val : 1154398238UL)) % 4 == 1)
    {
      if (((g_n[0]->slot ? ((struct node *) g_n[0]->slot)->val : b103[2]) - p101->a[p101->a[0] & 3]) % 2 == 1)
      {
        acc += (g_acc >> (b103[1] & 63));
        acc += (p101->slot ? ((struct node *) p101->slot)->val : (p104->next ? p104->next->val : p104->a[1]));
      }
    }
  }
  return (p102->a[2] & 1 ? p101 : p101);
}

static unsigned long f11 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 1UL;
  n0->val += 0UL;
  unsigned long u110 = (u110 - n1->val);
  n1 = f10 (n2->a[1], 74UL, (struct pair) { n0, g_n[2UL & 3] });
  struct node *p111 = (struct node *) ((uintptr_t) n1 | 0);
  acc += f1 (g_acc, p111->a[2]);
  struct node s112 = { 0 };
  s112.val = deep_sum (n0, 2);
  struct node *p113 = gc_alloc (64 + x0 % 16);
  p113->val = (list_sum (n0) / ((unsigned long) (p113 == n2) | 1));
  p113->next = (u110 & 1 ? n1 : n0);
  return acc ^ (0x34f3fb0a15c3440bUL + u110);
}

void f12 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 3UL;
  struct node *p116 = gc_alloc (sizeof (struct node));
  p116->val = ((n0->a[2] ^ 73UL) * g_n[2]->val);
  n0->val += ((p116->val ^ 3828011825UL) % ((g_n[3]->val + x0) | 1));
  n0->other = n0;
  struct node *w117 = n0;
  for (unsigned long i118 = 0; i118 < 1; i118++)
  {
    w117 = gc_alloc (sizeof (struct node));
    w117->val = i118 * (unsigned long) (n0 == w117);
    acc += w117->val + list_sum (w117);
  }
  p116 = (g_n[0]->val & 1 ? g_n[2] : n0);
  struct node *p119 = f7 (n0->a[17UL & 3]);
  unsigned long u120 = 47UL;
  { unsigned long *q = &p119->a[0]; *q ^= (p116->slot ? ((struct node *) p116->slot)->val : x0); }
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
  unsigned long acc = 1192UL;
  struct node *p121 = NEW (struct node);
  p121->val = (g_acc % (g_n[2]->val | 1));
  p121->slot = g_n[1];
  { unsigned long *q = &p121->a[2]; *q ^= (unsigned long) (p121 == p121); }
  g_any = g_n[1];
  for (unsigned long i122 = 0; i122 < 1; i122++)
  {
    struct node *p123 = gc_alloc (64 + ((i122 & 2UL) & 7));
    p123->val = (p123->slot ? ((struct node *) p123->slot)->val : 46UL);
    struct node *p124 = gc_alloc (sizeof (struct node));
    p124->val = i122;
    g_h.p = p123;
    p124 = p123;
  }
  p121->next = p121;
  { unsigned long *q = &p121->a[0]; *q ^= p121->a[g_n[0]->val & 3]; }
  p121->val += (p121->slot ? ((struct node *) p121->slot)->val : p121->a[1]);
  p121 = p121;
  p121->a[0UL & 3] = deep_sum (p121, 1);
  if (((unsigned long) ((uintptr_t) p121 != 0) & list_len (p121)) % 4 == 0)
  {
    p121->next = g_n[387581934UL & 3];
    p121->val += (unsigned long) (g_n[p121->val & 3] == p121);
  }
  else
  {
    struct node **v125 = gc_alloc (4 * sizeof (struct node *));
    v125[1] = p121;
    v125[2] = p121;
  }
  struct node *p126 = gc_alloc (sizeof (struct node));
  p126->val = p126->a[2];
  p126->a[0] = (p121->next ? p121->next->val : p121->val);
  struct node *arr127[4] = { p126, p126, (g_n[1]->next ? g_n[1]->next : p126), (g_n[1]->next ? g_n[1]->next : p126) };
  printf ("main.5 %lu\n", acc);
  acc += ((p126->next ? p126->next->val : p126->val) * (3UL & g_n[2]->val));
  g_list = p126;
  struct node *p128 = (struct node *) ((uintptr_t) p126 | 0);
  p128->a[(39UL ^ 1UL) & 3] = g_acc;
  acc += r3 ((p121->val * 86UL) % 4, (p126->other ? p126->other : p121), g_n[2], p126, (unsigned long) ((uintptr_t) p121 != 0));
  printf ("main.r3 %lu\n", acc);
  r4 (arr127[0x7a7c1d1e59a8782aUL & 3]->val % 4, list_len (p121), (struct pair) { g_n[18UL & 3], (g_n[1]->next ? g_n[1]->next : p126) });
  printf ("main.r4 %lu\n", acc);
  struct node *p129 = f5 (arr127[p121->a[2] & 3]->val);
  printf ("main.f5 %lu\n", acc);
  p126 = f6 (g_n[2UL & 3], (p126->next ? p126->next : p128), (p121->next ? p121->next->val : p121->a[1]), g_n[0]->val);
  printf ("main.f6 %lu\n", acc);
  acc += r9 (list_len (p121) % 4);
  printf ("main.r9 %lu\n", acc);
  acc += f11 ((p128->next ? p128->next : p126), (g_n[1]->val & 1 ? g_n[0] : p121), p128, 1UL);
  printf ("main.f11 %lu\n", acc);
  f12 (p126, (p126->next ? p126->next->val : g_n[3]->val));
  printf ("main.f12 %lu\n", acc);
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

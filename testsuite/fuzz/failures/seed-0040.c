/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0040.c */
/* gcc-escape fuzz program, seed 40: testsuite/fuzz/gen 40 */
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
__attribute__ ((noinline)) unsigned long apply (cb_t f, void *ctx, unsigned long x) { return f (ctx, x); }

unsigned long r0 (unsigned long d, unsigned long x0, unsigned long x1);
static struct node *r1 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1);
static void f2 (struct node *n0, unsigned long x0, unsigned long x1);
void f3 (struct node *n0, struct node *n1, struct node **out);
struct node *r4 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1, struct node **out);
void f5 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static struct node *r6 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
void r7 (unsigned long d, unsigned long x0, unsigned long x1, struct pair pr);
static struct node *f8 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr);
static unsigned long f9 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
unsigned long f10 (unsigned long x0, unsigned long x1);
static void f11 (struct node *n0, unsigned long x0, struct node **out);
static struct node *f12 (struct node *n0, unsigned long x0, unsigned long x1, struct pair pr);
static void f13 (struct node *n0, struct node *n1, struct node *n2);
void f14 (unsigned long x0, unsigned long x1, struct pair pr);
unsigned long f15 (struct node *n0);

__attribute__ ((noinline)) unsigned long r0 (unsigned long d, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 183971723UL;
  if (d == 0)
    return acc;
  struct node *p3 = NEW (struct node);
  void *vp4 = p3;
  __asm__ volatile ("" : : "r" (p3) : "memory");
  gc_free (p3);
  struct node *p5 = gc_alloc (sizeof (struct node));
  acc += ((g_n[0]->val << (g_n[3]->val & 63)) ? (p5->val ? x1 : x0) : (unsigned long) (p5 == p5));
  struct node *w6 = p5;
  for (unsigned long i7 = 0; i7 < 5; i7++)
  {
    w6 = gc_alloc (sizeof (struct node));
    w6->val = i7 * g_acc;
    acc += w6->val + list_sum (w6);
  }
  if (d > 0)
  {
    struct node *p8 = r1 (d - 1, (w6->a[1] & 1 ? p3 : p5), ((struct node *) vp4)->val, (1UL & x1));
  }
  return acc ^ ((struct node *) vp4)->val;
}

static __attribute__ ((noinline)) struct node *r1 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 62UL;
  if (d == 0)
    return n0;
  n0->val += 2748617762UL;
  unsigned long *b12 = gc_alloc (64 + x0 % 16);
  b12[0] = n0->val;
  b12[3] = (n0->a[0] ? n0->val : x1);
  g_acc += (n0->slot ? ((struct node *) n0->slot)->val : x1);
  for (unsigned long i13 = 0; i13 < 6; i13++)
  {
    struct node *p14 = gc_alloc (sizeof (struct node));
    p14->val = (list_sum (p14) ^ (i13 ? b12[2] : x1));
    struct node **v15 = gc_alloc (4 * sizeof (struct node *));
    v15[1] = g_n[3];
    v15[3] = g_n[2];
  }
  if (d > 0)
  {
    acc += r0 (d - 1, list_sum (g_n[1]), n0->val);
  }
  return (g_n[1]->other ? g_n[1]->other : g_n[0]);
}

static void f2 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x5456830c30228419UL;
  struct node *p19 = gc_alloc (64 + (n0->a[g_n[0]->val & 3] & 7));
  p19->val = (71UL & x1);
  if ((g_acc ^ (n0->val * 3134311913UL)) % 4 == 1)
  {
    struct node *p20 = r1 (p19->val % 4, p19, deep_sum (p19, 2), 53UL);
  }
  acc = mix (acc, p19->val);
  acc += apply (cb_read, n0, (n0->next ? n0->next->val : 2UL));
  g_n[3] = (p19->next ? p19->next : g_n[0]);
  struct node *p21 = r1 ((x1 ^ p19->val) % 4, p19, (x0 | 0x7d6ca1b74594ee54UL), x1);
  struct node *p22 = NEW (struct node);
  p22->val = (g_n[1]->val ? p21->val : (p21->a[2] >> (n0->a[0] & 63)));
  p22->next = p21;
  acc = mix (acc, 1577905103UL);
  g_acc ^= acc;
}

__attribute__ ((noinline)) void f3 (struct node *n0, struct node *n1, struct node **out)
{
  unsigned long acc = 69UL;
  struct node *p25 = gc_calloc (1, sizeof (struct node));
  p25->val = g_n[3]->a[deep_sum (n0, 0) & 3];
  for (unsigned long i26 = 0; i26 < 1; i26++)
  {
    struct node *p27 = NEW (struct node);
    p27->next = (*out ? *out : p27);
    p27->next = p25;
    n1 = (p25->next ? p25->next : p25);
    p25 = p27;
  }
  struct node *p28 = r1 ((n0->a[1] ^ 3UL) % 4, n1, (g_n[3]->val >> (56UL & 63)), (0x5434167673055593UL & 10UL));
  acc += *out ? (*out)->val : 142023374UL;
  n0->val += ((p28->val - g_n[1]->val) >> (p28->a[3] & 63));
  { unsigned long *q = &p25->a[2]; *q ^= g_n[2]->val; }
  acc += list_len (g_n[0x4a00927d3a024bccUL & 3]);
  unsigned long *b29 = gc_alloc (64);
  b29[1] = n1->val;
  b29[2] = n0->a[286877815UL & 3];
  b29[3] = p28->a[2];
  printf ("f3.0 %lu\n", acc);
  g_n[2]->next = n1;
  acc += (29UL ? p25->val : n0->val);
  g_acc ^= acc;
}

struct node *r4 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 0x403d65202d192f18UL;
  if (d == 0)
    return n0;
  n0->a[0x260dcab70347278UL & 3] = (unsigned long) ((uintptr_t) g_n[g_n[3]->val & 3] != 0);
  void *vp33 = n0;
  printf ("r4.1 %lu\n", acc);
  for (unsigned long i34 = 0; i34 < 4; i34++)
  {
    struct node *p35 = gc_alloc (sizeof (struct node));
    p35->val = x1;
    p35->a[2] = (unsigned long) (p35 == n0);
    p35->next = (*out ? *out : n0);
    acc += (*out ? *out : p35)->a[(p35->a[1] / (97UL | 1)) & 3];
    *out = n0;
  }
  if (x0 % 6 == 1) return (x0 & 1 ? n0 : n0);
  struct node s36 = { 0 };
  s36.val = (n0->slot ? ((struct node *) n0->slot)->val : n0->val);
  s36.next = ((struct node *) vp33);
  struct node *w37 = n0;
  for (unsigned long i38 = 0; i38 < 1; i38++)
  {
    w37 = gc_alloc (sizeof (struct node));
    w37->val = i38 * (unsigned long) (w37 == n0);
    acc += w37->val + list_sum (w37);
  }
  struct node *p39 = gc_alloc (64);
  p39->val = ((unsigned long) ((uintptr_t) n0 != 0) ^ p39->val);
  p39->a[3] = (x1 / (g_n[3]->val | 1));
  gc_free (w37);
  struct node *arr40[4] = { (p39->next ? p39->next : p39), n0, p39, g_n[x1 & 3] };
  g_n[2] = (w37->next ? w37->next : n0);
  if (d > 0)
  {
    struct node *p41 = r4 (d - 1, n0, (n0->slot ? ((struct node *) n0->slot)->val : p39->a[3]), (p39->next ? p39->next->val : x0), &n0);
  }
  return arr40[x1 & 3];
}

__attribute__ ((noinline)) void f5 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 45UL;
  n1->other = (n0->next ? n0->next : n0);
  g_up = &n1->a[2];
  unsigned long *b46 = gc_alloc (96);
  b46[0] = deep_sum (n0, 1);
  b46[3] = n1->val;
  acc += (x0 & x0);
  struct node **v47 = gc_alloc (4 * sizeof (struct node *));
  v47[0] = (v47[0] ? v47[0] : n1);
  v47[1] = (n1->val & 1 ? n1 : n1);
  v47[2] = n0;
  v47[3] = n0;
  acc += (n0->slot ? ((struct node *) n0->slot)->val : (g_n[0]->slot ? ((struct node *) g_n[0]->slot)->val : x0));
  if (b46[b46[0] & 3] % 3 == 1)
  {
    acc += apply (cb_read, g_n[x1 & 3], list_sum (n0));
    __asm__ volatile ("" : : "r" (n1) : "memory");
  }
  struct node *p48 = gc_alloc (64);
  p48->val = (p48->slot ? ((struct node *) p48->slot)->val : deep_sum (n0, 0));
  p48->next = (g_n[3]->a[2] & 1 ? n0 : n0);
  unsigned long st49 = 0;
  for (struct node *q = n1; q && st49 < 8; q = q->next, st49++)
    acc += q->val * (st49 + 1);
  g_acc ^= acc;
}

static struct node *r6 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 37UL;
  if (d == 0)
    return n0;
  struct node *p54 = gc_alloc (sizeof (struct node));
  p54->val = 0x9c6be1c4da32c4eUL;
  p54->next = p54;
  p54->slot = (1UL & 1 ? n2 : n2);
  acc += 1176119869UL;
  struct node *p55 = NEW (struct node);
  p55->val = (unsigned long) ((p54->next ? p54->next : p55) == n0);
  p55->a[0] = (2UL + x0);
  p55->next = n2;
  if ((80UL >> ((p54->val ^ x0) & 63)) % 2 == 1)
  {
    void *vp56 = n1;
  }
  else
  {
    unsigned long *b57 = gc_alloc (96);
    b57[2] = b57[3];
  }
  if (list_sum (n2) % 3 == 1)
  {
    if ((x0 + p55->val) % 3 == 1) return n1;
    p54 = r4 (x0 % 4, n2, (47UL & g_n[1]->val), g_acc, &n1);
    struct node s58 = { 0 };
    s58.val = *g_up;
  }
  else
  {
    acc = mix (acc, (n2->slot ? ((struct node *) n2->slot)->val : g_n[1]->val));
  }
  if (d > 0)
  {
    r7 (d - 1, (unsigned long) ((uintptr_t) n1 != 0), (g_n[1]->next ? g_n[1]->next->val : 3UL), (struct pair) { n1, n1 });
  }
  return (p55->next ? p55->next : p55);
}

void r7 (unsigned long d, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 2UL;
  if (d == 0)
    return;
  struct node *p61 = pr.a;
  { unsigned long *q = &p61->a[2]; *q ^= (g_n[0]->val - g_n[1]->val); }
  g_h.pr.b = p61;
  for (unsigned long i62 = 0; i62 < 4; i62++)
  {
    struct node *p63 = gc_alloc (sizeof (struct node));
    p63->val = (g_n[1]->val - p61->a[p61->a[1] & 3]);
    p63->next = (p63->other ? p63->other : p61);
    struct node **v64 = gc_alloc (4 * sizeof (struct node *));
    v64[2] = p61;
    v64[3] = (v64[0] ? v64[0] : p61);
  }
  x0 = (1355318818UL - x1);
  acc = mix (acc, p61->val);
  p61->other = p61;
  __asm__ volatile ("" : : "r" (p61) : "memory");
  if (d > 0)
  {
    struct node *p65 = r6 (d - 1, p61, p61, p61, (g_n[0]->a[0] | p61->a[2]));
  }
  g_acc ^= acc;
}

static struct node *f8 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 0x38a72f7342b3b8bfUL;
  struct node *p71 = pr.a;
  struct node *p72 = gc_alloc (sizeof (struct node));
  p72->val = 31UL;
  p72->a[2] = (unsigned long) ((uintptr_t) p72 != 0);
  p72->next = n1;
  p71 = (n0->next ? n0->next : g_n[3]);
  acc += cb_read ((n2->other ? n2->other : n1), n0->a[p72->val & 3]);
  n0->slot = (p72->next ? p72->next : n1);
  acc += list_len (p71);
  struct node **v73 = gc_alloc (4 * sizeof (struct node *));
  v73[0] = n1;
  v73[1] = (n2->other ? n2->other : n1);
  v73[2] = (g_n[1]->val & 1 ? n1 : n1);
  v73[3] = (x1 & 1 ? n1 : n1);
  if (deep_sum (n1, 1) % 4 == 0)
  {
    unsigned long st74 = 0;
    for (struct node *q = (p71->next ? p71->next : p72); q && st74 < 8; q = q->next, st74++)
      acc += q->val * (st74 + 1);
    for (unsigned long i75 = 0; i75 < 2; i75++)
    {
      struct node *p76 = gc_alloc (sizeof (struct node));
      p76->val = g_n[0]->val;
      p76->next = g_n[x0 & 3];
    }
  }
  return g_n[g_n[3]->val & 3];
}

static unsigned long f9 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2502511938UL;
  struct node *p81 = gc_calloc (1, sizeof (struct node));
  p81->val = n1->a[(2518993415UL - x1) & 3];
  p81->next = n0;
  n1 = g_n[x0 & 3];
  unsigned long *b82 = gc_alloc (64);
  b82[0] = b82[3];
  b82[1] = list_len (n0);
  b82[3] = n1->val;
  n1->val += n1->a[list_sum (n0) & 3];
  b82[p81->a[3] & 3] = (unsigned long) (n0 == n0);
  p81->a[b82[3] & 3] = (n0->slot ? ((struct node *) n0->slot)->val : (p81->next ? p81->next->val : 2243436787UL));
  if ((b82[0] ^ b82[x0 & 3]) % 4 == 0)
  {
    acc += g_cb[(x0 ^ x0) & 3] (n1, (0UL ^ n0->val));
    for (unsigned long i83 = 0; i83 < 5; i83++)
    {
      struct node *p84 = gc_alloc (sizeof (struct node));
      p84->val = ((n1->val << (p84->val & 63)) + p84->a[p81->val & 3]);
      p84->next = g_n[n0->a[1] & 3];
      p81->other = n0;
    }
  }
  unsigned long u85 = (unsigned long) ((uintptr_t) (p81->other ? p81->other : p81) != 0);
  struct node *w86 = n0;
  for (unsigned long i87 = 0; i87 < 1; i87++)
  {
    w86 = gc_alloc (sizeof (struct node));
    w86->val = i87 * (unsigned long) ((uintptr_t) n1 != 0);
    acc += w86->val + list_sum (w86);
  }
  w86 = f8 (p81, n1, (n1->next ? n1->next : n1), (w86->val % (g_n[0]->val | 1)), (b82[1] - x0), (struct pair) { n0, (p81->other ? p81->other : w86) });
  struct node *p88 = gc_alloc (sizeof (struct node));
  f3 (n1, g_n[p81->val & 3], &p88);
  return acc ^ list_len (p88);
}

unsigned long f10 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2UL;
  struct node *p91 = gc_alloc (64);
  p91->a[2] = (p91->a[2] / (g_n[2]->val | 1));
  g_n[2]->next = (p91->next ? p91->next : p91);
  p91 = p91;
  p91->other = p91;
  struct node *p92 = r4 ((x0 % (g_n[3]->val | 1)) % 4, p91, (52UL & x1), (p91->a[0] & 2621722132UL), &p91);
  unsigned long st93 = 0;
  for (struct node *q = p91; q && st93 < 8; q = q->next, st93++)
    acc += q->val * (st93 + 1);
  acc = mix (acc, list_len (p92));
  return acc ^ g_n[1]->val;
}

static void f11 (struct node *n0, unsigned long x0, struct node **out)
{
  unsigned long acc = 4UL;
  n0->a[(n0->val | n0->val) & 3] = (unsigned long) ((n0->other ? n0->other : n0) == g_n[0]);
  for (unsigned long i96 = 0; i96 < 4; i96++)
  {
    struct node *p97 = gc_alloc (64);
    p97->val = x0;
    struct node *p98 = gc_alloc (sizeof (struct node));
    p98->next = (g_n[0]->other ? g_n[0]->other : p97);
  }
  for (unsigned long i99 = 0; i99 < 4; i99++)
  {
    struct node *p100 = gc_calloc (1, sizeof (struct node));
    p100->val = list_len (p100);
    p100->next = (p100->next ? p100->next : p100);
    struct node *p101 = gc_alloc (sizeof (struct node));
    p101->val = (n0->val ? p101->val : (p100->val % (305743883UL | 1)));
  }
  unsigned long st102 = 0;
  for (struct node *q = n0; q && st102 < 8; q = q->next, st102++)
    acc += q->val * (st102 + 1);
  acc += *g_up;
  acc += (unsigned long) ((uintptr_t) n0 != 0);
  struct node *arr103[4] = { (*out ? *out : g_n[2]), (1UL & 1 ? n0 : n0), n0, (g_n[1]->next ? g_n[1]->next : n0) };
  g_acc ^= acc;
}

static inline struct node *f12 (struct node *n0, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 3282651424UL;
  struct node *p107 = pr.a;
  struct node *p108 = gc_alloc (sizeof (struct node));
  p108->val = list_len (n0);
  p108->next = (g_n[3]->val & 1 ? p108 : p108);
  acc = mix (acc, (p107->next ? p107->next->val : x1));
  g_acc += deep_sum (g_n[x0 & 3], 0);
  struct node *p109 = gc_alloc (sizeof (struct node));
  p109->next = p108;
  p109->next = (g_n[2]->val & 1 ? g_n[2] : p108);
  for (unsigned long i110 = 0; i110 < 6; i110++)
  {
    gc_free (p108);
    g_n[3]->next = g_n[3];
    for (unsigned long i111 = 0; i111 < 3; i111++)
    {
      struct node *p112 = gc_alloc (sizeof (struct node));
      p112->val = 0x30c5149e45ed2ffaUL;
      struct node *p113 = gc_alloc (sizeof (struct node));
      p113->val = (p107->val / ((p109->next ? p109->next->val : i111) | 1));
      unsigned long st114 = 0;
      for (struct node *q = (i110 & 1 ? p112 : p113); q && st114 < 8; q = q->next, st114++)
        acc += q->val * (st114 + 1);
    }
  }
  f3 (p109, p109, &g_n[3]);
  { unsigned long *q = &p108->a[3]; *q ^= (x0 & x0); }
  return g_n[0];
}

static void f13 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 0x273f0c6d232687c3UL;
  acc += cb_read (n0, (33UL + 0x4a9405b215105b3bUL));
  struct node *w118 = n0;
  for (unsigned long i119 = 0; i119 < 1; i119++)
  {
    w118 = gc_alloc (sizeof (struct node));
    w118->val = i119 * list_len (n1);
    acc += w118->val + list_sum (w118);
  }
  g_acc += (525057631UL ^ g_n[3]->a[3]);
  n1->val += list_sum (g_n[0x2c572f491882b823UL & 3]);
  g_list = n0;
  printf ("f13.2 %lu\n", acc);
  f11 (n0, list_sum (w118), &n0);
  g_up = &(n0->next ? n0->next : n0)->a[2];
  g_acc ^= acc;
}

__attribute__ ((noinline)) void f14 (unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 0x27f0f4954e82c7b5UL;
  struct node *p122 = pr.a;
  struct node *p123 = gc_alloc (sizeof (struct node));
  p123->val = (unsigned long) (p122 == p123);
  p122->val += g_acc;
  struct node *p124 = NEW (struct node);
  p124->val = deep_sum (p123, 2);
  struct node *p125 = gc_alloc (sizeof (struct node));
  p125->val = p123->a[2];
  struct node *p126 = gc_calloc (1, sizeof (struct node));
  p126->val = (p123->slot ? ((struct node *) p123->slot)->val : (2166300974UL & x0));
  if (p125->val % 2 == 0)
  {
    acc = mix (acc, deep_sum (p124, 0));
    struct node *w127 = p123;
    for (unsigned long i128 = 0; i128 < 4; i128++)
    {
      w127 = gc_alloc (sizeof (struct node));
      w127->val = i128 * deep_sum (p122, 2);
      acc += w127->val + list_sum (w127);
    }
  }
  else
  {
    if (p124->val % 3 == 0)
    {
      struct node s129 = { 0 };
      s129.val = deep_sum (p123, 2);
      s129.other = p124;
      unsigned long u130 = (55UL & x0);
    }
  }
  g_acc ^= acc;
}

unsigned long f15 (struct node *n0)
{
  unsigned long acc = 27UL;
  struct node *p132 = gc_alloc (sizeof (struct node));
  p132->val = (p132->a[0] * (61UL & n0->a[1]));
  p132->a[0] = (n0->a[3] << (0x168f3d2520606dc9UL & 63));
  p132->next = (p132->next ? p132->next : p132);
  p132->a[0x3f3df729700f96a7UL & 3] = (3UL - (31UL / (g_n[2]->a[3] | 1)));
  n0->a[g_n[2]->val & 3] = n0->a[deep_sum (p132, 2) & 3];
  f3 (p132, p132, &p132);
  acc = mix (acc, g_n[0]->val);
  acc = mix (acc, list_len (p132));
  acc = mix (acc, (unsigned long) ((uintptr_t) g_n[3] != 0));
  struct node *p133 = NEW (struct node);
  p133->val = (list_len (p133) + (unsigned long) ((uintptr_t) p132 != 0));
  p132->slot = p133;
  if (0x4f9927ec692aa403UL % 4 == 1) return acc ^ (p133->slot ? ((struct node *) p133->slot)->val : 0x3d4bbbf2409ef9dfUL);
  p132->a[deep_sum (p132, 2) & 3] = (list_sum (n0) * 0UL);
  if ((unsigned long) ((uintptr_t) (p133->next ? p133->next : p133) != 0) % 4 == 1)
  {
    struct node **v134 = gc_alloc (4 * sizeof (struct node *));
    v134[0] = (p132->other ? p132->other : n0);
    v134[1] = g_n[63UL & 3];
    acc += (unsigned long) (p133 == n0);
    { unsigned long *q = &p133->a[0]; *q ^= g_n[1]->val; }
  }
  unsigned long *b135 = gc_alloc (32 + (list_sum (p133) & 7));
  b135[1] = n0->a[3];
  return acc ^ (3UL ^ p132->val);
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
  unsigned long acc = 40UL;
  struct node *p136 = gc_alloc (sizeof (struct node));
  p136->val = deep_sum (p136, 2);
  p136->a[1] = g_n[2]->val;
  g_acc += (g_n[2]->val & (0x179aaded744928caUL + 3UL));
  if (p136 != p136)
    memcpy (p136, p136, sizeof (struct node));
  struct node **v137 = gc_alloc (4 * sizeof (struct node *));
  v137[1] = p136;
  v137[3] = p136;
  acc += f9 (p136, g_n[3], (p136->next ? p136->next->val : g_n[1]->val), (p136->next ? p136->next->val : 34UL));
  printf ("main.3 %lu\n", acc);
  acc += f10 ((unsigned long) ((uintptr_t) p136 != 0), 0UL);
  struct node *p138 = gc_alloc (64);
  p138->val = (deep_sum (p138, 0) >> ((g_n[2]->val >> (0x46f71d373d2958d0UL & 63)) & 63));
  struct node *p139 = gc_alloc (64);
  p139->val = ((v137[1] ? v137[1] : p136)->next ? (v137[1] ? v137[1] : p136)->next->val : 97UL);
  p139->a[2] = p139->a[p136->a[1] & 3];
  acc += r0 ((1UL | 38UL) % 4, deep_sum (g_n[3], 0), (p138->val ? p136->a[1] : g_n[2]->val));
  printf ("main.r0 %lu\n", acc);
  f2 (g_n[3], deep_sum (p139, 2), g_acc);
  printf ("main.f2 %lu\n", acc);
  f5 (p138, p138, (p138->next ? p138->next->val : g_n[0]->val), p138->val);
  printf ("main.f5 %lu\n", acc);
  p138 = r6 (3661096027UL % 4, p138, g_n[2UL & 3], g_n[0], (v137[3] ? v137[3]->val : g_n[1]->val));
  printf ("main.r6 %lu\n", acc);
  r7 ((g_n[2]->val >> (0x180ace0111a49525UL & 63)) % 4, p136->a[0], list_sum (p138), (struct pair) { (p138->other ? p138->other : p138), p138 });
  printf ("main.r7 %lu\n", acc);
  struct node *p140 = f12 (g_n[0], list_len (p138), g_acc, (struct pair) { p138, p139 });
  printf ("main.f12 %lu\n", acc);
  f13 (p138, (p138->next ? p138->next : p138), p139);
  printf ("main.f13 %lu\n", acc);
  f14 (p138->val, (v137[2] ? v137[2]->val : 0UL), (struct pair) { p138, p138 });
  printf ("main.f14 %lu\n", acc);
  acc += f15 (p136);
  printf ("main.f15 %lu\n", acc);
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

/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-13. Reproduce: testsuite/fuzz/check.sh --gcc 13 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0014-gcc13.c */
/* gcc-escape fuzz program, seed 14: testsuite/fuzz/gen 14 */
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

struct node *f0 (struct node *n0, unsigned long x0, unsigned long x1);
static unsigned long f1 (unsigned long x0);
static void f2 (struct node *n0, struct node *n1);
unsigned long f3 (void);
unsigned long f4 (struct node *n0, struct node *n1, unsigned long x0);
static unsigned long f5 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
void f6 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
void f7 (struct node *n0, struct node *n1, unsigned long x0);
void f8 (void);
static unsigned long f9 (void);
static struct node *f10 (struct node *n0, struct node *n1, struct node *n2);
void f11 (struct node *n0, unsigned long x0, unsigned long x1);
static unsigned long f12 (struct node *n0, unsigned long x0, unsigned long x1);
static void f13 (struct node *n0);
static struct node *r14 (unsigned long d);
unsigned long r15 (unsigned long d, struct node *n0, struct node *n1, struct node *n2);
struct node *f16 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
unsigned long f17 (struct node *n0, struct node *n1, unsigned long x0, struct node **out);
static unsigned long f18 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out);

struct node *f0 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 59UL;
  acc += ((3UL & 1 ? n0 : n0)->next ? (3UL & 1 ? n0 : n0)->next->val : (x0 >> (x1 & 63)));
  for (unsigned long i4 = 0; i4 < 2; i4++)
  {
    struct node *p5 = NEW (struct node);
    p5->val = ((x1 + 2UL) | (x0 << (x0 & 63)));
    p5->a[1] = x1;
    p5->next = n0;
    n0 = p5;
  }
  n0->next = n0;
  n0->other = n0;
  n0->slot = g_n[x0 & 3];
  { unsigned long *q = &n0->a[3]; *q ^= (unsigned long) (n0 == n0); }
  unsigned long *b6 = gc_alloc (96);
  b6[1] = g_acc;
  b6[2] = (b6[3] / (x0 | 1));
  n0->next = (n0->next ? n0->next : n0);
  return g_n[2];
}

static __attribute__ ((noinline)) unsigned long f1 (unsigned long x0)
{
  unsigned long acc = 3UL;
  struct node *p8 = gc_calloc (1, sizeof (struct node));
  p8->val = ((p8->val ^ 3551294672UL) + list_len (p8));
  p8->a[3] = (unsigned long) (p8 == p8);
  p8 = f0 ((p8->next ? p8->next : p8), (p8->a[3] << (0UL & 63)), g_n[2]->val);
  p8->other = p8;
  p8->next = g_n[x0 & 3];
  p8->val += deep_sum ((x0 & 1 ? p8 : p8), 0);
  gc_free (p8);
  acc += g_cb[1741031069UL & 3] (g_n[3], g_n[3]->val);
  if ((x0 ^ x0) % 3 == 0)
  {
    p8 = f0 (p8, (unsigned long) (p8 == p8), (g_n[1]->val ? g_n[0]->val : g_n[2]->val));
    struct node *p9 = gc_alloc (sizeof (struct node));
    p9->val = 0x4b28ee757fd74581UL;
    for (unsigned long i10 = 0; i10 < 4; i10++)
    {
      struct node *p11 = gc_alloc (sizeof (struct node));
      p11->val = (unsigned long) (p8 == p9);
      struct node *p12 = f0 (p9, p9->val, x0);
      printf ("f1.0 %lu\n", acc);
      p12->slot = p11;
    }
  }
  else
  {
  }
  return acc ^ (p8->next ? p8->next->val : 0x7e7201f660051a15UL);
}

static void f2 (struct node *n0, struct node *n1)
{
  unsigned long acc = 0x5c5843277d9d2ebcUL;
  n0 = n1;
  n0->other = n0;
  for (unsigned long i15 = 0; i15 < 6; i15++)
  {
    for (unsigned long i16 = 0; i16 < 4; i16++)
    {
      struct node *p17 = gc_alloc (sizeof (struct node));
      p17->a[0] = n1->val;
      p17->next = p17;
      p17->next = n1;
      n0->val += list_sum (n0);
      n1 = p17;
    }
    acc += ((g_n[0]->val % (n0->val | 1)) % ((n1->slot ? ((struct node *) n1->slot)->val : 3433548357UL) | 1));
    struct node *p18 = gc_alloc (sizeof (struct node));
    p18->val = ((n1->val << (i15 & 63)) ? (n1->a[1] ^ n0->val) : n0->a[0]);
    p18->slot = n1;
  }
  acc += f1 ((n1->val | n0->a[2]));
  struct node *arr19[4] = { g_n[n1->val & 3], n1, n0, n0 };
  struct node *p20 = f0 (n1, (35UL | n0->val), g_n[0]->val);
  g_h.p = (p20->other ? p20->other : g_n[1]);
  struct node *arr21[4] = { (n1->other ? n1->other : n1), n1, g_n[2282334917UL & 3], g_n[g_n[3]->val & 3] };
  { unsigned long *q = &n0->a[2]; *q ^= arr19[g_n[0]->val & 3]->val; }
  g_acc ^= acc;
}

unsigned long f3 (void)
{
  unsigned long acc = 71UL;
  struct node *p22 = gc_calloc (1, sizeof (struct node));
  p22->val = (unsigned long) (p22 == p22);
  p22->a[2] = (unsigned long) ((uintptr_t) p22 != 0);
  p22->next = p22;
  for (unsigned long i23 = 0; i23 < 1; i23++)
  {
    { unsigned long *q = &p22->a[0]; *q ^= (p22->next ? p22->next->val : g_n[2]->val); }
  }
  { unsigned long *q = &p22->a[2]; *q ^= (p22->slot ? ((struct node *) p22->slot)->val : 73UL); }
  for (unsigned long i24 = 0; i24 < 2; i24++)
  {
    struct node *p25 = gc_alloc (sizeof (struct node));
    p25->val = i24;
    struct node *p26 = gc_calloc (1, sizeof (struct node));
    p26->a[2] = g_n[2]->val;
  }
  return acc ^ 3UL;
}

unsigned long f4 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 2UL;
  x0 = (n1->a[3] * (unsigned long) (g_n[1] == n0));
  struct node **v30 = gc_alloc (4 * sizeof (struct node *));
  v30[0] = (v30[0] ? v30[0] : n0);
  v30[1] = (n1->other ? n1->other : n1);
  n1 = (v30[3] ? v30[3] : n0);
  n1->a[(1UL - n1->val) & 3] = (unsigned long) ((uintptr_t) n1 != 0);
  unsigned long u31 = list_len (n0);
  printf ("f4.1 %lu\n", acc);
  unsigned long st32 = 0;
  for (struct node *q = (n1->next ? n1->next : n1); q && st32 < 8; q = q->next, st32++)
    acc += q->val * (st32 + 1);
  unsigned long st33 = 0;
  for (struct node *q = n1; q && st33 < 8; q = q->next, st33++)
    acc += q->val * (st33 + 1);
  acc += cb_read (n0, n0->val);
  g_list = n0;
  n0->val += (g_n[2]->val << (n0->val & 63));
  for (unsigned long i34 = 0; i34 < 7; i34++)
  {
    struct node *p35 = NEW (struct node);
    p35->val = i34;
    p35->a[3] = (n1->slot ? ((struct node *) n1->slot)->val : u31);
    p35->next = n0;
    p35->next = n1;
    unsigned long *b36 = gc_alloc (64 + ((unsigned long) (n0 == n1) & 7));
    b36[3] = (n1->a[3] >> (p35->a[3] & 63));
    n1 = p35;
  }
  n1->val += n0->val;
  return acc ^ g_n[3]->val;
}

static unsigned long f5 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 59UL;
  struct node *p41 = NEW (struct node);
  p41->val = g_n[3]->val;
  struct node *p42 = gc_alloc (sizeof (struct node));
  p42->val = (deep_sum (p42, 2) ? (p41->a[2] ^ 0x26967eee08419550UL) : *g_up);
  p42->next = n0;
  g_acc += (x1 >> (g_n[1]->val & 63));
  acc = mix (acc, (x0 >> (n1->val & 63)));
  for (unsigned long i43 = 0; i43 < 6; i43++)
  {
    struct node *p44 = NEW (struct node);
    p44->a[1] = g_n[2]->val;
    p44->next = (n1->next ? n1->next : p44);
    p44->next = n1;
    n1 = p44;
  }
  struct node *p45 = NEW (struct node);
  p45->val = list_len (p45);
  p45->a[1] = (n0->next ? n0->next->val : 1670930898UL);
  p45->next = n0;
  struct node *arr46[4] = { n0, n0, p42, p42 };
  if (((n0->val * g_n[1]->val) + g_n[3]->val) % 4 == 0)
  {
    g_h.p = g_n[0];
    unsigned long *b47 = gc_calloc (12, sizeof (unsigned long));
    b47[0] = deep_sum (n1, 0);
    b47[1] = x1;
  }
  p41->slot = g_n[3];
  return acc ^ (x0 | x0);
}

void f6 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 3UL;
  struct node *p52 = gc_alloc (sizeof (struct node));
  p52->val = ((n0->next ? n0->next->val : g_n[2]->val) | n0->a[2]);
  struct node s53 = { 0 };
  s53.val = (28UL + g_n[2]->a[3]);
  struct node *w54 = n2;
  for (unsigned long i55 = 0; i55 < 5; i55++)
  {
    w54 = gc_alloc (sizeof (struct node));
    w54->val = i55 * (n2->a[3] >> (p52->val & 63));
    acc += w54->val + list_sum (w54);
  }
  w54 = g_n[g_n[2]->val & 3];
  acc = mix (acc, 0x214192e91a52c890UL);
  acc += f4 (n2, n0, (x0 ^ n2->val));
  for (unsigned long i56 = 0; i56 < 1; i56++)
  {
    struct node *p57 = gc_alloc (sizeof (struct node));
    p57->val = (s53.next ? s53.next : w54)->a[n0->a[25UL & 3] & 3];
    p57->a[3] = p52->a[3];
    p57->next = p57;
    acc += g_n[3]->val;
  }
  g_list->other = n2;
  unsigned long st58 = 0;
  for (struct node *q = (n1->other ? n1->other : w54); q && st58 < 8; q = q->next, st58++)
    acc += q->val * (st58 + 1);
  g_acc += deep_sum (n1, 1);
  g_acc ^= acc;
}

void f7 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 49UL;
  struct node *p62 = gc_alloc (64);
  p62->val = (x0 & (p62->next ? p62->next->val : p62->a[3]));
  struct node *p63 = f0 ((n1->next ? n1->next : p62), (p62->next ? p62->next->val : x0), (x0 ? x0 : 3UL));
  unsigned long st64 = 0;
  for (struct node *q = g_n[st64 & 3]; q && st64 < 8; q = q->next, st64++)
    acc += q->val * (st64 + 1);
  x0 = f5 (p62, (n1->other ? n1->other : p62), list_sum (n0), (g_n[0]->val - g_n[3]->val));
  if (list_len (n1) % 3 == 0)
  {
  }
  g_acc ^= acc;
}

void f8 (void)
{
  unsigned long acc = 72UL;
  struct node *p65 = gc_alloc (64);
  p65->val = p65->val;
  p65 = g_n[g_n[2]->val & 3];
  p65 = (87UL & 1 ? p65 : g_n[2]);
  p65->slot = g_n[3];
  for (unsigned long i66 = 0; i66 < 1; i66++)
  {
    acc += (unsigned long) (p65 == g_n[622957745UL & 3]);
    for (unsigned long i67 = 0; i67 < 8; i67++)
    {
      struct node *p68 = gc_alloc (sizeof (struct node));
      p68->val = (list_sum (p65) >> (list_len (p65) & 63));
      p68->next = p65;
      p65 = p68;
    }
    acc += f3 ();
    p65->slot = (g_n[3]->next ? g_n[3]->next : g_n[2]);
  }
  struct node *p69 = gc_alloc (sizeof (struct node));
  p69->val = ((p69->a[0] << (2801230297UL & 63)) * list_sum (p65));
  p69->next = p69;
  g_acc ^= acc;
}

static unsigned long f9 (void)
{
  unsigned long acc = 0UL;
  struct node *p70 = gc_alloc (sizeof (struct node));
  p70->a[0] = (0x692bba573cb67ec7UL / (g_n[2]->a[0] | 1));
  p70 = p70;
  for (unsigned long i71 = 0; i71 < 2; i71++)
  {
    struct node *w72 = p70;
    for (unsigned long i73 = 0; i73 < 5; i73++)
    {
      w72 = gc_alloc (sizeof (struct node));
      w72->val = i73 * p70->val;
      acc += w72->val + list_sum (w72);
    }
  }
  p70->other = p70;
  p70->other = p70;
  { unsigned long *q = &p70->a[1]; *q ^= (0x71d691b210307074UL & p70->a[0]); }
  acc += ((84UL << (g_n[1]->val & 63)) << ((1484056908UL / (94UL | 1)) & 63));
  if (54UL % 7 == 1) return acc ^ 743785589UL;
  return acc ^ (3UL >> (p70->a[1] & 63));
}

static struct node *f10 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 0x28277b08604e81dfUL;
  struct node *p77 = gc_alloc (sizeof (struct node));
  p77->val = ((n1->val >> (2UL & 63)) / ((11UL ? 2UL : 3848317117UL) | 1));
  struct node *w78 = n1;
  for (unsigned long i79 = 0; i79 < 5; i79++)
  {
    w78 = gc_alloc (sizeof (struct node));
    w78->val = i79 * g_acc;
    acc += w78->val + list_sum (w78);
  }
  struct node *arr80[4] = { n1, (0x1e54dd09728bef91UL & 1 ? w78 : p77), (0x1877f52c1429a8f9UL & 1 ? n1 : g_n[1]), g_n[950194152UL & 3] };
  for (unsigned long i81 = 0; i81 < 7; i81++)
  {
    struct node *p82 = gc_calloc (1, sizeof (struct node));
    p82->val = (unsigned long) ((uintptr_t) (p82->next ? p82->next : p77) != 0);
    p82->next = w78;
    p82->next = n0;
    n0 = p82;
  }
  n0->other = (n2->other ? n2->other : n1);
  struct node *p83 = gc_alloc (64);
  p83->val = ((n1->val * g_n[0]->val) - list_len (w78));
  p83->a[3] = (1524609532UL / (p83->val | 1));
  f7 (arr80[34UL & 3], n1, (n2->slot ? ((struct node *) n2->slot)->val : 3677608292UL));
  struct node *arr84[4] = { n1, n1, p77, n1 };
  struct node *p85 = gc_alloc (sizeof (struct node));
  p85->next = p77;
  if ((unsigned long) ((uintptr_t) (g_n[3]->other ? g_n[3]->other : p83) != 0) % 3 == 0)
  {
    w78 = p85;
    acc += f5 (p85, g_n[1], g_acc, (p77->val ^ n1->val));
  }
  else
  {
    unsigned long *b86 = gc_alloc (32);
    b86[0] = p83->a[3];
    b86[1] = p77->val;
    b86[2] = (unsigned long) (g_n[0] == n0);
    struct node *p87 = (struct node *) ((uintptr_t) p77 | 0);
  }
  for (unsigned long i88 = 0; i88 < 1; i88++)
  {
    struct node *p89 = gc_alloc (sizeof (struct node));
    p89->val = (unsigned long) ((uintptr_t) n0 != 0);
    p89->next = w78;
    if ((unsigned long) ((uintptr_t) p89 != 0) % 4 == 1)
    {
      struct node **v90 = gc_alloc (4 * sizeof (struct node *));
      v90[0] = arr84[0x76495aef3123b524UL & 3];
      v90[1] = p77;
      v90[2] = p77;
      v90[3] = g_n[0x75a8626114670864UL & 3];
    }
  }
  return p77;
}

void f11 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 76UL;
  f6 (n0, n0, n0, (x0 & n0->val));
  for (unsigned long i94 = 0; i94 < 8; i94++)
  {
    struct node *p95 = gc_alloc (sizeof (struct node));
    p95->next = n0;
    n0 = p95;
  }
  f7 (n0, n0, (n0->a[0] * x1));
  unsigned long *b96 = gc_alloc (96);
  b96[0] = n0->a[1];
  b96[1] = (b96[0] * n0->val);
  b96[2] = 0xb1098051a5ea4e2UL;
  b96[3] = n0->a[0];
  if (n0->a[0] % 4 == 1)
  {
    f8 ();
  }
  else
  {
    acc += f4 (g_n[2], n0, (n0->a[0] + 2051269936UL));
  }
  unsigned long st97 = 0;
  for (struct node *q = (0x3db41ee000787c8UL & 1 ? n0 : n0); q && st97 < 8; q = q->next, st97++)
    acc += q->val * (st97 + 1);
  acc = mix (acc, (n0->slot ? ((struct node *) n0->slot)->val : x1));
  { unsigned long *q = &n0->a[3]; *q ^= (unsigned long) ((uintptr_t) g_n[2] != 0); }
  n0->val += n0->val;
  struct node *p98 = NEW (struct node);
  p98->val = list_len (p98);
  struct node *w99 = n0;
  for (unsigned long i100 = 0; i100 < 2; i100++)
  {
    w99 = gc_alloc (sizeof (struct node));
    w99->val = i100 * list_len (p98);
    acc += w99->val + list_sum (w99);
  }
  p98->next = n0;
  w99 = w99;
  g_acc ^= acc;
}

static unsigned long f12 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1156230974UL;
  n0->val += deep_sum (n0, 1);
  unsigned long *b104 = gc_alloc (32 + (g_n[0]->a[1] & 7));
  b104[3] = deep_sum (n0, 2);
  n0->next = (n0->other ? n0->other : n0);
  n0 = f10 (n0, n0, n0);
  n0->slot = g_n[3];
  n0->val += (list_len (g_n[1]) ^ (b104[1] >> (b104[1] & 63)));
  struct node *arr105[4] = { g_n[x0 & 3], (n0->val & 1 ? n0 : n0), n0, n0 };
  for (unsigned long i106 = 0; i106 < 1; i106++)
  {
    struct node *p107 = gc_alloc (sizeof (struct node));
    p107->next = n0;
    n0 = p107;
  }
  struct node *p108 = (struct node *) ((uintptr_t) n0 | 0);
  struct node *p109 = gc_alloc (64);
  p109->val = ((unsigned long) (n0 == p109) & (unsigned long) ((uintptr_t) g_n[0] != 0));
  return acc ^ (p109->val >> (x1 & 63));
}

static void f13 (struct node *n0)
{
  unsigned long acc = 47UL;
  struct node *p111 = gc_calloc (1, sizeof (struct node));
  p111->val = 81UL;
  p111->a[0] = (3UL ^ p111->a[0]);
  struct node *w112 = p111;
  for (unsigned long i113 = 0; i113 < 4; i113++)
  {
    w112 = gc_alloc (sizeof (struct node));
    w112->val = i113 * (n0->slot ? ((struct node *) n0->slot)->val : 0x116b08f82c7a7221UL);
    acc += w112->val + list_sum (w112);
  }
  struct node *w114 = w112;
  for (unsigned long i115 = 0; i115 < 5; i115++)
  {
    w114 = gc_alloc (sizeof (struct node));
    w114->val = i115 * (g_n[2]->val - i115);
    acc += w114->val + list_sum (w114);
  }
  unsigned long st116 = 0;
  for (struct node *q = g_n[1]; q && st116 < 8; q = q->next, st116++)
    acc += q->val * (st116 + 1);
  g_acc += g_n[2]->val;
  acc = mix (acc, (w114->a[3] ^ 20UL));
  printf ("f13.2 %lu\n", acc);
  unsigned long st117 = 0;
  for (struct node *q = (w114->next ? w114->next : p111); q && st117 < 8; q = q->next, st117++)
    acc += q->val * (st117 + 1);
  for (unsigned long i118 = 0; i118 < 6; i118++)
  {
    struct node *p119 = gc_alloc (sizeof (struct node));
    p119->val = *g_up;
    p119->next = w112;
    f7 (g_n[0UL & 3], (w114->next ? w114->next : n0), (st117 ^ g_n[1]->val));
  }
  g_acc ^= acc;
}

static struct node *r14 (unsigned long d)
{
  unsigned long acc = 0UL;
  if (d == 0)
    return g_n[1];
  struct node *p120 = NEW (struct node);
  p120->val = deep_sum ((p120->a[2] & 1 ? p120 : p120), 0);
  p120->a[1] = p120->val;
  if ((g_n[1]->val ^ list_sum (p120)) % 4 == 0)
  {
    acc += g_n[0]->val;
  }
  f7 (p120, (p120->other ? p120->other : g_n[0]), 1UL);
  g_acc += (g_n[0]->val >> ((0x5e5da2463f4c6a51UL & 0UL) & 63));
  struct node *p121 = gc_alloc (sizeof (struct node));
  p121->val = (77UL - 52UL);
  p121->a[3] = (unsigned long) (p120 == p121);
  p121->next = g_n[p120->val & 3];
  { unsigned long *q = &p120->a[0]; *q ^= (p121->slot ? ((struct node *) p121->slot)->val : p120->val); }
  acc += (unsigned long) (p120 == (3862148207UL & 1 ? p121 : p121));
  if (d > 0)
  {
    acc += r15 (d - 1, (g_n[1]->other ? g_n[1]->other : p121), (p120->val & 1 ? p121 : p121), p121);
  }
  struct node *p122 = gc_alloc (sizeof (struct node));
  p122->val = list_sum (g_n[0]);
  p122->a[2] = (1UL / (1260125594UL | 1));
  p122->next = p121;
  if (d > 0)
  {
    acc += r15 (d - 1, g_n[4121158494UL & 3], p121, p122);
  }
  p121->val += (g_n[0]->val ^ (0x2e476e73205fd668UL << (3UL & 63)));
  return p121;
}

__attribute__ ((noinline)) unsigned long r15 (unsigned long d, struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 64UL;
  if (d == 0)
    return acc;
  struct node *p126 = gc_alloc (64);
  p126->a[3] = (n0->next ? n0->next->val : 1UL);
  unsigned long *b127 = gc_alloc (96);
  b127[2] = (n0->a[0] - n1->val);
  b127[3] = b127[1];
  struct node *w128 = g_n[3];
  for (unsigned long i129 = 0; i129 < 4; i129++)
  {
    w128 = gc_alloc (sizeof (struct node));
    w128->val = i129 * (w128->slot ? ((struct node *) w128->slot)->val : p126->a[3]);
    acc += w128->val + list_sum (w128);
  }
  if ((n0->val ^ p126->a[2]) % 6 == 1) return acc ^ (2UL + g_n[2]->a[0]);
  g_list->other = (b127[0] & 1 ? n0 : n0);
  acc = mix (acc, g_acc);
  for (unsigned long i130 = 0; i130 < 5; i130++)
  {
    acc += 9UL;
    w128->other = p126;
  }
  unsigned long *b131 = gc_alloc (96 + (n0->a[2] & 7));
  b131[1] = list_len (n2);
  b131[2] = (4159967200UL - b127[1]);
  b131[3] = (0UL + b127[0]);
  acc = mix (acc, deep_sum (w128, 0));
  acc = mix (acc, (unsigned long) (n2 == n1));
  void *vp132 = (n1->next ? n1->next : w128);
  for (unsigned long i133 = 0; i133 < 6; i133++)
  {
    struct node *p134 = gc_alloc (sizeof (struct node));
    p134->val = (b131[3] / (2376014288UL | 1));
    p134->a[3] = g_acc;
    unsigned long *b135 = gc_calloc (12 + ((n1->a[3] + i133) & 3), sizeof (unsigned long));
  }
  if (d > 0)
  {
    struct node *p136 = r14 (d - 1);
  }
  return acc ^ b131[2];
}

__attribute__ ((noinline)) struct node *f16 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1785450001UL;
  struct node *p142 = gc_alloc (sizeof (struct node));
  p142->val = list_len (p142);
  if (n1 != n1)
    memcpy (n1, n1, sizeof (struct node));
  struct node **v143 = gc_alloc (4 * sizeof (struct node *));
  v143[0] = (n0->next ? n0->next : p142);
  v143[1] = (p142->other ? p142->other : n0);
  if ((list_len (n0) * (v143[1] ? v143[1]->val : g_n[0]->val)) % 3 == 1)
  {
    n0->slot = g_n[0];
    unsigned long u144 = x1;
  }
  else
  {
    acc += f3 ();
    unsigned long st145 = 0;
    for (struct node *q = (v143[2] ? v143[2] : n0); q && st145 < 8; q = q->next, st145++)
      acc += q->val * (st145 + 1);
  }
  struct node s146 = { 0 };
  s146.val = 0UL;
  return g_n[1];
}

unsigned long f17 (struct node *n0, struct node *n1, unsigned long x0, struct node **out)
{
  unsigned long acc = 2644511821UL;
  acc += r15 (x0 % 4, (g_n[1]->other ? g_n[1]->other : g_n[0]), g_n[1], n1);
  unsigned long *b150 = gc_alloc (64);
  b150[0] = list_len (n1);
  b150[2] = deep_sum (n0, 2);
  b150[n1->a[0] & 3] = list_sum (n0);
  n0->a[n0->a[3] & 3] = (b150[19UL & 3] ? list_len (n0) : (b150[1] + x0));
  n1->slot = g_n[3];
  *out = g_n[3];
  return acc ^ list_sum (n0);
}

static __attribute__ ((noinline)) unsigned long f18 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out)
{
  unsigned long acc = 3UL;
  struct node **v155 = gc_alloc (4 * sizeof (struct node *));
  v155[0] = n2;
  v155[1] = n2;
  v155[3] = n0;
  struct node *p156 = gc_alloc (sizeof (struct node));
  p156->val = ((2159476538UL - x0) - (n1->val / (n0->a[0] | 1)));
  p156->a[2] = x0;
  { struct node *volatile vol = n2; acc += vol->val; }
  gc_free (n0);
  unsigned long st157 = 0;
  for (struct node *q = (n2->a[3] & 1 ? n0 : n1); q && st157 < 8; q = q->next, st157++)
    acc += q->val * (st157 + 1);
  n1->next = n1;
  struct node **v158 = gc_alloc (4 * sizeof (struct node *));
  v158[1] = n1;
  v158[2] = (n1->a[0] & 1 ? n0 : n0);
  v158[3] = n1;
  g_h.pr.b = n0;
  f11 (n1, (unsigned long) (n1 == n1), *g_up);
  g_any = (v158[0] ? v158[0] : n1);
  n2->val += ((n0->next ? n0->next : n2)->next ? (n0->next ? n0->next : n2)->next->val : (st157 ? st157 : st157));
  return acc ^ (x0 >> (g_n[0]->val & 63));
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
  unsigned long acc = 14UL;
  struct node *p159 = NEW (struct node);
  p159->a[1] = list_len (p159);
  p159->next = g_n[0x6b2b80b04e09d937UL & 3];
  f11 (g_n[1], list_len (p159), (unsigned long) (p159 == p159));
  gc_free (p159);
  acc += (g_n[3]->val | deep_sum (p159, 0));
  acc += (list_sum (p159) << (1UL & 63));
  p159 = p159;
  acc += apply (cb_keep, g_n[1], (318707826UL - p159->val));
  unsigned long *b160 = gc_alloc (32);
  b160[3] = (unsigned long) (p159 == p159);
  p159 = (p159->next ? p159->next : p159);
  struct node *p161 = gc_alloc (sizeof (struct node));
  p161->val = (g_n[1]->val * b160[2]);
  p161->a[2] = list_sum (p161);
  p161->next = (p161->next ? p161->next : p161);
  struct node **v162 = gc_alloc (4 * sizeof (struct node *));
  v162[0] = p161;
  v162[1] = p161;
  p161->slot = p161;
  struct node *p163 = gc_alloc (sizeof (struct node));
  p163->val = (p161->next ? p161->next->val : g_acc);
  p163->a[0] = (20UL | 38743726UL);
  p163->next = p163;
  acc += apply (cb_keep, p161, (p159->next ? p159->next->val : 98UL));
  acc += (p163->a[1] << (2UL & 63));
  gc_free (p161);
  acc += (*g_up ? (p159->val ? p159->a[1] : 0x6a0739155ab66cd9UL) : (p159->slot ? ((struct node *) p159->slot)->val : 0UL));
  struct node *arr164[4] = { p161, p159, (v162[1] ? v162[1] : p161), (p163->next ? p163->next : g_n[2]) };
  { unsigned long *q = b160 + 1; q[-1] += q[1] + (g_n[1]->a[2] ? 1906088362UL : b160[1]); }
  unsigned long *b165 = gc_alloc (96);
  b165[1] = (b160[0] / (1UL | 1));
  b165[3] = (0x7f0a1af671ac7100UL ? b160[0] : 3795985368UL);
  struct node *p166 = f10 (p161, p163, p163);
  struct node **v167 = gc_alloc (4 * sizeof (struct node *));
  v167[0] = p159;
  v167[1] = (p161->other ? p161->other : g_n[3]);
  v167[2] = p163;
  v167[3] = p163;
  void *vp168 = p161;
  g_acc += (unsigned long) ((uintptr_t) p159 != 0);
  struct node *p169 = gc_alloc (sizeof (struct node));
  p169->val = (p161->other ? p161->other : p166)->a[90UL & 3];
  p169->a[2] = p163->a[p159->a[3] & 3];
  g_acc += ((p163->slot ? ((struct node *) p163->slot)->val : 51522892UL) % (deep_sum (p161, 0) | 1));
  f2 ((751312562UL & 1 ? p163 : p169), g_n[1]);
  printf ("main.f2 %lu\n", acc);
  acc += f9 ();
  printf ("main.f9 %lu\n", acc);
  acc += f12 (p163, p159->a[0], (3882635295UL * 3UL));
  printf ("main.f12 %lu\n", acc);
  f13 ((p166->next ? p166->next : p169));
  printf ("main.f13 %lu\n", acc);
  struct node *p170 = r14 ((p161->val ? 0x38f1fba36407683aUL : b165[2]) % 4);
  printf ("main.r14 %lu\n", acc);
  p161 = f16 (arr164[p166->a[1] & 3], p163, p163, (v167[0] ? v167[0]->val : 3UL), (3UL & b160[3]));
  printf ("main.f16 %lu\n", acc);
  acc += f17 (arr164[3085944203UL & 3], g_n[p163->a[0] & 3], (p161->slot ? ((struct node *) p161->slot)->val : 48UL), &g_n[3]);
  printf ("main.f17 %lu\n", acc);
  acc += f18 (p163, p161, (p163->next ? p163->next : p163), arr164[b160[3] & 3]->val, &p166);
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

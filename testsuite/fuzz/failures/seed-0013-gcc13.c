/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-13. Reproduce: testsuite/fuzz/check.sh --gcc 13 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0013-gcc13.c */
/* gcc-escape fuzz program, seed 13: testsuite/fuzz/gen 13 */
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

static struct node *r0 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1, struct node **out, struct pair pr);
static unsigned long r1 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1);
static unsigned long f2 (unsigned long x0);
static unsigned long f3 (unsigned long x0, unsigned long x1);
struct node *r4 (unsigned long d, struct node *n0, unsigned long x0);
static unsigned long r5 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static unsigned long r6 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static unsigned long f7 (void);
unsigned long f8 (void);
void f9 (struct node *n0, struct node *n1);
unsigned long f10 (struct node *n0, struct node *n1, unsigned long x0);
static unsigned long f11 (struct node *n0, struct node *n1);
static struct node *f12 (struct node *n0, struct node *n1);
static struct node *r13 (unsigned long d, struct pair pr);
static struct node *r14 (unsigned long d, struct node *n0);
static void r15 (unsigned long d, unsigned long x0, unsigned long x1);
unsigned long r16 (unsigned long d);
static unsigned long r17 (unsigned long d);
static void r18 (unsigned long d, struct node *n0, struct node **out, struct pair pr);

static struct node *r0 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1, struct node **out, struct pair pr)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return n0;
  struct node *p4 = pr.b;
  struct node *p5 = gc_alloc (sizeof (struct node));
  p5->val = (0x7125fbeb3af0780eUL + *g_up);
  p5->next = p4;
  acc += (x1 * x0);
  struct node *p6 = gc_alloc (sizeof (struct node));
  p6->val = (g_n[p4->a[1] & 3]->next ? g_n[p4->a[1] & 3]->next->val : n0->val);
  p6->a[1] = (x0 * p5->val);
  { struct node *volatile vol = p6; acc += vol->val; }
  gc_free (n0);
  gc_free (p6);
  if (deep_sum ((p4->other ? p4->other : n0), 0) % 4 == 0)
  {
    struct node s7 = { 0 };
    s7.val = 0x5bde899515374ecbUL;
    s7.next = (p4->next ? p4->next : p6);
  }
  if (d > 0)
  {
    x1 = r1 (d - 1, p6, (p6->next ? p6->next->val : 1UL), (x0 % (x0 | 1)));
  }
  return (99UL & 1 ? p4 : n0);
}

static unsigned long r1 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2948709269UL;
  if (d == 0)
    return acc;
  g_acc += n0->a[1];
  struct node *p11 = gc_alloc (sizeof (struct node));
  p11->val = ((n0->a[2] ? p11->val : n0->val) ? (n0->a[1] % (x1 | 1)) : (x1 - n0->a[2]));
  for (unsigned long i12 = 0; i12 < 3; i12++)
  {
    struct node *p13 = gc_alloc (sizeof (struct node));
    p13->val = x1;
    p13->a[3] = g_n[1]->val;
    p13->next = n0;
    { unsigned long *q = &n0->a[2]; *q ^= 1483091978UL; }
  }
  p11->other = p11;
  struct node s14 = { 0 };
  s14.val = list_sum (&s14);
  s14.next = p11;
  s14.other = (p11->other ? p11->other : p11);
  unsigned long *b15 = gc_alloc (32);
  b15[0] = *g_up;
  if (d > 0)
  {
    p11 = r0 (d - 1, (s14.next ? s14.next : p11), x0, 65UL, &p11->next, (struct pair) { p11, (p11->next ? p11->next : p11) });
  }
  return acc ^ (unsigned long) ((uintptr_t) n0 != 0);
}

static unsigned long f2 (unsigned long x0)
{
  unsigned long acc = 42UL;
  struct node *p17 = gc_alloc (sizeof (struct node));
  struct node **v18 = gc_alloc (4 * sizeof (struct node *));
  v18[0] = (v18[0] ? v18[0] : p17);
  v18[2] = p17;
  g_acc += g_n[1]->val;
  printf ("f2.0 %lu\n", acc);
  p17->a[(p17->slot ? ((struct node *) p17->slot)->val : x0) & 3] = p17->a[g_n[2]->val & 3];
  p17->val += 3358978110UL;
  g_list = p17;
  if ((g_n[0]->next ? g_n[0]->next->val : (p17->slot ? ((struct node *) p17->slot)->val : 0x1e23cdad4a197dfdUL)) % 4 == 0)
  {
    acc += p17->val;
  }
  struct node **v19 = gc_alloc (4 * sizeof (struct node *));
  v19[3] = (v18[0] ? v18[0] : p17);
  struct node *p20 = gc_calloc (1, sizeof (struct node));
  p20->val = p17->a[0x3e102ce52953357UL & 3];
  struct node *p21 = gc_alloc (sizeof (struct node));
  p21->val = ((unsigned long) (p21 == p17) - x0);
  acc = mix (acc, p21->a[p20->val & 3]);
  return acc ^ (unsigned long) ((uintptr_t) p20 != 0);
}

static unsigned long f3 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 74UL;
  struct node *p24 = gc_alloc (sizeof (struct node));
  p24->a[0] = (p24->next ? p24->next->val : x0);
  p24->next = p24;
  p24 = p24;
  acc = mix (acc, (unsigned long) (p24 == p24));
  struct node *p25 = gc_alloc (sizeof (struct node));
  p25->a[0] = x1;
  struct node *p26 = gc_alloc (sizeof (struct node));
  p26->val = deep_sum (g_n[0], 2);
  { unsigned long *q = &p25->a[2]; *q ^= list_sum (p25); }
  p25->slot = p24;
  g_up = &(p26->next ? p26->next : p24)->a[0];
  struct node **v27 = gc_alloc (4 * sizeof (struct node *));
  v27[0] = (v27[0] ? v27[0] : p26);
  v27[2] = (v27[3] ? v27[3] : p24);
  struct node *p28 = gc_alloc (sizeof (struct node));
  p28->val = *g_up;
  p28->next = (g_n[1]->val & 1 ? p25 : p28);
  void *vp29 = (v27[0] ? v27[0] : p25);
  for (unsigned long i30 = 0; i30 < 2; i30++)
  {
    struct node *p31 = gc_calloc (1, sizeof (struct node));
    p31->a[0] = (p25->a[2] ? i30 : p28->a[2]);
    p31->next = p25;
    p25 = p31;
  }
  return acc ^ (g_n[3]->val % (0x4f9006b53bc1d654UL | 1));
}

struct node *r4 (unsigned long d, struct node *n0, unsigned long x0)
{
  unsigned long acc = 498842714UL;
  if (d == 0)
    return n0;
  x0 = (g_n[2]->val * x0);
  struct node *p34 = NEW (struct node);
  p34->val = ((x0 ^ p34->a[0]) - x0);
  n0->next = n0;
  struct node *arr35[4] = { n0, (n0->next ? n0->next : n0), p34, p34 };
  g_h.pr.b = (n0->next ? n0->next : n0);
  acc += (g_n[0]->val | x0);
  if (d > 0)
  {
    acc += r5 (d - 1, p34, arr35[x0 & 3], arr35[n0->a[1] & 3]->val, g_n[0]->val);
  }
  return n0;
}

static unsigned long r5 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3075976342UL;
  if (d == 0)
    return acc;
  struct node *w40 = n1;
  for (unsigned long i41 = 0; i41 < 2; i41++)
  {
    w40 = gc_alloc (sizeof (struct node));
    w40->val = i41 * list_sum (n1);
    acc += w40->val + list_sum (w40);
  }
  acc += (unsigned long) ((uintptr_t) (w40->other ? w40->other : w40) != 0);
  for (unsigned long i42 = 0; i42 < 5; i42++)
  {
    struct node *p43 = gc_alloc (sizeof (struct node));
    p43->val = g_acc;
    p43->a[3] = i42;
    p43->next = n0;
    n0 = p43;
  }
  void *vp44 = (x0 & 1 ? n0 : w40);
  n1->next = w40;
  if (d > 0)
  {
    n1 = r4 (d - 1, n0, (g_n[1]->val ^ 3988495326UL));
  }
  return acc ^ (x1 + x1);
}

static inline unsigned long r6 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 68UL;
  if (d == 0)
    return acc;
  struct node *p50 = gc_calloc (1, sizeof (struct node));
  p50->val = (unsigned long) ((uintptr_t) n2 != 0);
  struct node *arr51[4] = { n0, (n0->val & 1 ? n2 : n2), n0, n2 };
  for (unsigned long i52 = 0; i52 < 6; i52++)
  {
    struct node *p53 = gc_alloc (sizeof (struct node));
    p53->val = deep_sum ((n2->other ? n2->other : g_n[2]), 0);
    p53->next = g_n[n1->a[1] & 3];
    p53->next = n1;
    n1 = p53;
  }
  struct node *w54 = n1;
  for (unsigned long i55 = 0; i55 < 1; i55++)
  {
    w54 = gc_alloc (sizeof (struct node));
    w54->val = i55 * n0->a[1];
    acc += w54->val + list_sum (w54);
  }
  acc += apply (cb_keep, n1, list_len (w54));
  x1 = f2 (list_len (n0));
  struct node *p56 = r0 (p50->val % 4, w54, *g_up, g_n[1]->a[w54->a[0] & 3], &n1, (struct pair) { (n0->other ? n0->other : n0), g_n[2] });
  unsigned long *b57 = gc_calloc (12 + ((p50->a[3] * x0) & 3), sizeof (unsigned long));
  b57[0] = (w54->a[1] ^ 373541960UL);
  b57[1] = (b57[1] ^ x1);
  b57[2] = (n2->a[1] - b57[3]);
  p50->a[(n2->a[0] ? p56->val : n1->val) & 3] = (unsigned long) (n2 == arr51[p50->val & 3]);
  arr51[37UL & 3] = (n2->next ? n2->next : w54);
  for (unsigned long i58 = 0; i58 < 4; i58++)
  {
    struct node *p59 = gc_calloc (1, sizeof (struct node));
    p59->val = ((w54->val << (n1->val & 63)) & b57[2]);
    p59->next = n0;
    p59->next = p50;
    p50 = p59;
  }
  if (d > 0)
  {
    acc += r6 (d - 1, (n1->next ? n1->next : n0), g_n[2], (p56->next ? p56->next : n1), list_sum (p50), (x1 >> (n1->a[1] & 63)));
  }
  return acc ^ list_len (n2);
}

static unsigned long f7 (void)
{
  unsigned long acc = 2UL;
  struct node *p60 = NEW (struct node);
  p60->val = (p60->val << (p60->val & 63));
  g_h.pr.a = p60;
  g_list->other = g_n[3];
  g_up = &g_n[3]->a[3];
  acc += apply (cb_bump, g_n[0], (unsigned long) ((uintptr_t) p60 != 0));
  for (unsigned long i61 = 0; i61 < 5; i61++)
  {
    struct node *p62 = gc_alloc (sizeof (struct node));
    p62->val = (unsigned long) ((uintptr_t) (p60->other ? p60->other : p60) != 0);
    p62->next = (i61 & 1 ? g_n[1] : p62);
    p62->next = p60;
    p60 = p62;
  }
  struct node *p63 = r0 ((g_n[1]->val / (p60->a[1] | 1)) % 4, g_n[1], 0x705a704c3b640875UL, (1512373285UL | 0UL), &p60, (struct pair) { g_n[1], g_n[63UL & 3] });
  struct node *p64 = r4 (list_sum (p63) % 4, (g_n[1]->next ? g_n[1]->next : g_n[0]), list_len (p60));
  printf ("f7.1 %lu\n", acc);
  g_acc += *g_up;
  gc_free (p63);
  acc = mix (acc, 3122865582UL);
  return acc ^ p60->val;
}

unsigned long f8 (void)
{
  unsigned long acc = 3084638712UL;
  struct node *p65 = gc_alloc (sizeof (struct node));
  unsigned long u66 = 0x9eba52e643b35b6UL;
  struct node *p67 = r4 ((p65->slot ? ((struct node *) p65->slot)->val : g_n[2]->val) % 4, g_n[0], list_sum (p65));
  acc += list_sum (p67);
  if ((p65->a[2] ^ g_n[3]->val) % 2 == 0)
  {
    p65->val += (list_sum (p67) | p67->val);
  }
  acc += r5 (list_sum (p67) % 4, p67, p65, (g_n[2]->val ^ u66), (u66 >> (p67->val & 63)));
  return acc ^ u66;
}

void f9 (struct node *n0, struct node *n1)
{
  unsigned long acc = 237786467UL;
  for (unsigned long i70 = 0; i70 < 5; i70++)
  {
    g_h.pr.b = n0;
    n1 = (n0->next ? n0->next : g_n[0]);
    g_list->other = n0;
    void *vp71 = n0;
  }
  n0->a[(n1->slot ? ((struct node *) n1->slot)->val : n0->val) & 3] = (0x30314f0a7f295cf0UL | (g_n[0]->slot ? ((struct node *) g_n[0]->slot)->val : g_n[2]->val));
  g_up = &g_n[492584594UL & 3]->a[2];
  struct node *p72 = gc_alloc (sizeof (struct node));
  p72->next = n0;
  for (unsigned long i73 = 0; i73 < 4; i73++)
  {
    acc += list_len (g_n[p72->a[2] & 3]);
  }
  g_acc ^= acc;
}

__attribute__ ((noinline)) unsigned long f10 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 0x42059dd84c3c3da5UL;
  struct node *p77 = gc_alloc (sizeof (struct node));
  p77->val = g_acc;
  struct node *arr78[4] = { p77, (n1->other ? n1->other : n1), n0, g_n[3] };
  acc += f3 ((x0 - 2UL), (n0->a[1] ? 0x19627914141a2296UL : n0->val));
  x0 = f3 (list_len (n0), (unsigned long) ((uintptr_t) n0 != 0));
  struct node *w79 = n0;
  for (unsigned long i80 = 0; i80 < 4; i80++)
  {
    w79 = gc_alloc (sizeof (struct node));
    w79->val = i80 * list_sum (n0);
    acc += w79->val + list_sum (w79);
  }
  struct node s81 = { 0 };
  s81.val = list_sum (&s81);
  s81.next = n0;
  s81.other = n0;
  qsort (arr78, 4, sizeof arr78[0], cmp_nodes);
  p77->val += ((n1->next ? n1->next->val : n1->val) * g_n[0]->val);
  struct node *p82 = gc_alloc (sizeof (struct node));
  p82->next = p77;
  return acc ^ (unsigned long) (n1 == n0);
}

static __attribute__ ((noinline)) unsigned long f11 (struct node *n0, struct node *n1)
{
  unsigned long acc = 0x4921e3b61802b9fUL;
  n1->slot = n0;
  struct node *p85 = gc_alloc (sizeof (struct node));
  p85->val = p85->a[3];
  p85->next = g_n[2621801972UL & 3];
  struct node *p86 = gc_alloc (sizeof (struct node));
  p86->val = g_n[3]->a[1];
  p86->next = (p86->other ? p86->other : n0);
  p85->next = p86;
  acc += ((n0->a[2] ^ 19UL) / (1UL | 1));
  n1->slot = (p86->next ? p86->next : n0);
  acc += f2 ((1193671798UL ^ p86->val));
  return acc ^ *g_up;
}

static struct node *f12 (struct node *n0, struct node *n1)
{
  unsigned long acc = 14UL;
  struct node *p89 = gc_alloc (sizeof (struct node));
  p89->val = *g_up;
  p89->a[3] = (p89->slot ? ((struct node *) p89->slot)->val : n1->val);
  p89->next = g_n[g_n[2]->val & 3];
  if ((4UL & 1 ? g_n[0] : p89)->a[0x58a85c4f05514a3bUL & 3] % 2 == 1)
  {
    unsigned long u90 = 0x769f1743659ca5ddUL;
  }
  acc += r1 ((p89->val ? g_n[1]->val : g_n[3]->val) % 4, (n0->next ? n0->next : p89), (p89->slot ? ((struct node *) p89->slot)->val : 73UL), p89->a[p89->a[0] & 3]);
  for (unsigned long i91 = 0; i91 < 1; i91++)
  {
    if (n1->val % 3 == 0)
    {
      struct node s92 = { 0 };
      s92.val = g_acc;
      s92.next = g_n[3];
    }
    else
    {
      acc = mix (acc, (n1->val | p89->val));
      g_h.pr.a = g_n[0];
      acc += apply (cb_keep, g_n[3], *g_up);
    }
  }
  acc += f8 ();
  if (n0 != n0)
    memcpy (n0, n0, sizeof (struct node));
  struct node **v93 = gc_alloc (4 * sizeof (struct node *));
  v93[3] = (g_n[1]->other ? g_n[1]->other : g_n[0]);
  v93[list_sum (n0) & 3] = g_n[0];
  struct node *p94 = (struct node *) ((uintptr_t) n1 | 0);
  return p94;
}

static struct node *r13 (unsigned long d, struct pair pr)
{
  unsigned long acc = 4156494297UL;
  if (d == 0)
    return g_n[1];
  struct node *p95 = pr.a;
  p95->slot = g_n[3];
  unsigned long *b96 = gc_alloc (64);
  b96[0] = (unsigned long) (p95 == p95);
  p95->slot = g_n[2];
  acc += f7 ();
  p95->slot = g_n[2UL & 3];
  p95->slot = g_n[2];
  p95->a[(g_n[1]->next ? g_n[1]->next->val : b96[1]) & 3] = (unsigned long) ((uintptr_t) p95 != 0);
  g_n[2]->next = p95;
  if (d > 0)
  {
    p95 = r14 (d - 1, g_n[0]);
  }
  return g_n[0];
}

static __attribute__ ((noinline)) struct node *r14 (unsigned long d, struct node *n0)
{
  unsigned long acc = 433736733UL;
  if (d == 0)
    return n0;
  struct node *p98 = gc_alloc (sizeof (struct node));
  p98->val = (g_n[2]->val % ((g_n[1]->val * p98->a[2]) | 1));
  struct node *w99 = n0;
  for (unsigned long i100 = 0; i100 < 1; i100++)
  {
    w99 = gc_alloc (sizeof (struct node));
    w99->val = i100 * i100;
    acc += w99->val + list_sum (w99);
  }
  acc = mix (acc, n0->a[2]);
  g_acc += (w99->next ? w99->next->val : 69UL);
  w99->other = (p98->other ? p98->other : w99);
  struct node *p101 = f12 (w99, p98);
  if (2UL % 4 == 0)
  {
    acc = mix (acc, list_sum (w99));
  }
  else
  {
    struct node **v102 = gc_alloc (4 * sizeof (struct node *));
    v102[1] = n0;
    v102[2] = p98;
    v102[3] = (p98->next ? p98->next : p101);
    v102[list_sum (n0) & 3] = (p101->next ? p101->next : p101);
  }
  if ((g_n[0]->val * 938724863UL) % 4 == 1)
  {
    gc_free (w99);
    struct node **v103 = gc_alloc (4 * sizeof (struct node *));
    v103[0] = (w99->val & 1 ? p98 : p98);
    v103[1] = n0;
    v103[2] = (v103[2] ? v103[2] : p98);
  }
  if (d > 0)
  {
    w99 = r13 (d - 1, (struct pair) { p101, g_n[2] });
  }
  return n0;
}

static void r15 (unsigned long d, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 43UL;
  if (d == 0)
    return;
  struct node *p106 = gc_alloc (sizeof (struct node));
  p106->val = ((g_n[3]->val + x0) << (p106->a[g_n[3]->val & 3] & 63));
  p106->a[3] = *g_up;
  p106->next = p106;
  if ((p106->next ? p106->next->val : 1149797003UL) % 4 == 0)
  {
    for (unsigned long i107 = 0; i107 < 6; i107++)
    {
      struct node *p108 = gc_alloc (sizeof (struct node));
      p108->val = (i107 + p108->val);
      p108->next = (p106->next ? p106->next : p106);
      struct node *p109 = gc_alloc (sizeof (struct node));
      p109->next = g_n[0];
    }
    p106->val += deep_sum (p106, 2);
  }
  if (p106 != (p106->next ? p106->next : p106))
    memcpy (p106, (p106->next ? p106->next : p106), sizeof (struct node));
  if (d > 0)
  {
    acc += r16 (d - 1);
  }
  g_acc ^= acc;
}

__attribute__ ((noinline)) unsigned long r16 (unsigned long d)
{
  unsigned long acc = 1284175131UL;
  if (d == 0)
    return acc;
  struct node *p110 = gc_alloc (sizeof (struct node));
  p110->val = p110->a[31UL & 3];
  p110->a[62UL & 3] = g_n[0]->a[(unsigned long) ((uintptr_t) p110 != 0) & 3];
  __asm__ volatile ("" : : "r" (p110) : "memory");
  for (unsigned long i111 = 0; i111 < 2; i111++)
  {
    struct node *p112 = gc_alloc (sizeof (struct node));
    p112->val = i111;
  }
  if (d > 0)
  {
    acc += r16 (d - 1);
  }
  printf ("r16.2 %lu\n", acc);
  if ((deep_sum (p110, 2) + (unsigned long) ((uintptr_t) p110 != 0)) % 4 == 0)
  {
    acc += g_cb[(p110->next ? p110->next->val : g_n[3]->val) & 3] ((p110->other ? p110->other : g_n[1]), (unsigned long) (p110 == p110));
    p110->slot = p110;
    p110 = (p110->next ? p110->next : p110);
  }
  else
  {
    struct node *arr113[4] = { p110, p110, p110, g_n[g_n[0]->val & 3] };
    g_up = &(p110->next ? p110->next : p110)->a[3];
    for (unsigned long i114 = 0; i114 < 6; i114++)
    {
      struct node *p115 = gc_alloc (sizeof (struct node));
    }
  }
  acc += cb_read (p110, (2929285382UL ^ p110->val));
  return acc ^ (g_n[0]->val ^ g_n[3]->val);
}

static inline unsigned long r17 (unsigned long d)
{
  unsigned long acc = 2UL;
  if (d == 0)
    return acc;
  struct node *p116 = gc_alloc (sizeof (struct node));
  p116->val = ((unsigned long) ((uintptr_t) p116 != 0) + g_n[3]->a[0x74c46eb8722e8d80UL & 3]);
  p116->a[2] = g_acc;
  unsigned long st117 = 0;
  for (struct node *q = p116; q && st117 < 8; q = q->next, st117++)
    acc += q->val * (st117 + 1);
  g_n[2]->next = g_n[3];
  for (unsigned long i118 = 0; i118 < 5; i118++)
  {
    struct node s119 = { 0 };
    s119.val = p116->val;
    s119.other = g_n[0];
  }
  if (d > 0)
  {
    r18 (d - 1, p116, &p116, (struct pair) { p116, p116 });
  }
  if (d > 0)
  {
    acc += r17 (d - 1);
  }
  g_h.p = (g_n[3]->next ? g_n[3]->next : g_n[2]);
  __asm__ volatile ("" : : "r" (p116) : "memory");
  p116->next = g_n[0];
  unsigned long u120 = st117;
  void *vp121 = p116;
  acc += list_sum (((struct node *) vp121));
  { unsigned long *q = &p116->a[0]; *q ^= p116->a[1]; }
  acc += (p116->slot ? ((struct node *) p116->slot)->val : (g_n[3]->val / (st117 | 1)));
  acc += (unsigned long) ((uintptr_t) p116 != 0);
  p116->val += ((struct node *) vp121)->val;
  return acc ^ list_sum (p116);
}

static inline void r18 (unsigned long d, struct node *n0, struct node **out, struct pair pr)
{
  unsigned long acc = 2111125606UL;
  if (d == 0)
    return;
  struct node *p123 = pr.a;
  struct node *p124 = gc_alloc (sizeof (struct node));
  p124->val = ((p124->a[2] * g_n[2]->val) | p123->a[1751705266UL & 3]);
  p124->a[0] = (n0->val ^ 0x336a1fb26bd83ef4UL);
  acc += r1 (0xf17d6081cbc7954UL % 4, p124, (28UL | g_n[3]->val), g_n[3]->val);
  unsigned long *b125 = gc_calloc (8, sizeof (unsigned long));
  b125[2] = (unsigned long) (p124 == n0);
  b125[3] = b125[g_n[3]->a[0] & 3];
  struct node *arr126[4] = { (n0->other ? n0->other : p123), (g_n[1]->other ? g_n[1]->other : p124), (b125[3] & 1 ? p124 : n0), (p123->a[1] & 1 ? g_n[3] : n0) };
  struct node *p127 = gc_alloc (sizeof (struct node));
  p127->val = (b125[2] & 77UL);
  unsigned long u128 = p124->a[3];
  gc_free (n0);
  g_list = g_n[1];
  p123->a[(unsigned long) (p123 == p123) & 3] = *g_up;
  struct node *p129 = gc_alloc (64);
  p129->val = list_sum ((g_n[1]->next ? g_n[1]->next : p129));
  acc = mix (acc, list_len (p123));
  u128 = u128;
  p129->other = p129;
  if (d > 0)
  {
    acc += r17 (d - 1);
  }
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
  g_up = &g_n[2]->a[1];
  unsigned long acc = 13UL;
  struct node *p130 = gc_alloc (sizeof (struct node));
  p130->val = 7UL;
  p130->a[3] = deep_sum (p130, 1);
  p130->next = p130;
  struct node **v131 = gc_alloc (4 * sizeof (struct node *));
  acc = mix (acc, (g_n[0]->val ^ g_n[0]->val));
  unsigned long st132 = 0;
  for (struct node *q = (p130->other ? p130->other : p130); q && st132 < 8; q = q->next, st132++)
    acc += q->val * (st132 + 1);
  acc += (p130->val + (st132 ? st132 : p130->a[3]));
  g_acc += (p130->slot ? ((struct node *) p130->slot)->val : st132);
  struct node *p133 = gc_calloc (1, sizeof (struct node));
  p133->val = (p130->next ? p130->next->val : (2774192717UL << (1028989984UL & 63)));
  p133->a[0] = (p133->a[2] & p133->val);
  struct node *p134 = (struct node *) ((uintptr_t) p130 | 0);
  acc += r5 ((0x273235920cae06bUL ^ p133->val) % 4, p133, p133, (p130->slot ? ((struct node *) p130->slot)->val : st132), (st132 - st132));
  p130->other = (p130->next ? p130->next : g_n[2]);
  if ((g_n[3]->val | (p133->slot ? ((struct node *) p133->slot)->val : st132)) % 2 == 0)
  {
    struct node *p135 = f12 (p134, (g_n[1]->val & 1 ? p133 : p134));
    for (unsigned long i136 = 0; i136 < 5; i136++)
    {
      struct node *p137 = gc_alloc (sizeof (struct node));
      p137->val = (list_len (p137) % (list_sum (g_n[3]) | 1));
      p137->a[2] = p130->val;
      struct node *p138 = NEW (struct node);
      p138->val = (st132 ^ 3UL);
      struct node *p139 = NEW (struct node);
      p139->val = (st132 ^ p139->a[i136 & 3]);
      unsigned long st140 = 0;
      for (struct node *q = (v131[0] ? v131[0] : p139); q && st140 < 8; q = q->next, st140++)
        acc += q->val * (st140 + 1);
    }
  }
  else
  {
  }
  acc += r6 ((unsigned long) ((uintptr_t) p134 != 0) % 4, p134, (p133->other ? p133->other : p133), p134, list_sum (p134), 1609743486UL);
  printf ("main.r6 %lu\n", acc);
  f9 ((p134->other ? p134->other : p134), p134);
  printf ("main.f9 %lu\n", acc);
  acc += f10 ((p130->val & 1 ? p134 : p134), (v131[0] ? v131[0] : p130), 0x6420349d3b4fa689UL);
  printf ("main.f10 %lu\n", acc);
  acc += f11 ((p133->next ? p133->next : p134), p133);
  printf ("main.f11 %lu\n", acc);
  p134 = r13 (st132 % 4, (struct pair) { p134, p130 });
  printf ("main.r13 %lu\n", acc);
  struct node *p141 = r14 (1UL % 4, p133);
  printf ("main.r14 %lu\n", acc);
  r15 ((st132 / (p134->val | 1)) % 4, list_sum (p134), p133->a[284695186UL & 3]);
  printf ("main.r15 %lu\n", acc);
  acc += r16 ((0x43482da66a501937UL ? p130->a[0] : st132) % 4);
  printf ("main.r16 %lu\n", acc);
  acc += r17 (p133->a[2] % 4);
  printf ("main.r17 %lu\n", acc);
  r18 ((unsigned long) (p133 == p130) % 4, (g_n[2]->val & 1 ? p134 : p134), &g_n[2], (struct pair) { (v131[1] ? v131[1] : p130), p130 });
  printf ("main.r18 %lu\n", acc);
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

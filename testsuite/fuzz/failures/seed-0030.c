/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0030.c */
/* gcc-escape fuzz program, seed 30: testsuite/fuzz/gen 30 */
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

void f0 (void);
static unsigned long r1 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static unsigned long f2 (struct node *n0, unsigned long x0, unsigned long x1);
struct node *r3 (unsigned long d, unsigned long x0, struct node **out);
static struct node *r4 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static unsigned long f5 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static unsigned long f6 (struct node *n0);
struct node *f7 (struct node *n0);
struct node *f8 (struct node *n0, unsigned long x0, unsigned long x1);
void r9 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1);
static struct node *f10 (struct node *n0, unsigned long x0, struct node **out);
unsigned long f11 (struct node *n0, struct node *n1);
void r12 (unsigned long d, struct node *n0, unsigned long x0);
static unsigned long r13 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1);
static unsigned long f14 (struct node *n0, struct node *n1, struct node *n2);
void f15 (void);
static unsigned long r16 (unsigned long d);

void f0 (void)
{
  unsigned long acc = 2UL;
  struct node *p1 = gc_alloc (sizeof (struct node));
  p1->val = ((unsigned long) ((uintptr_t) p1 != 0) + (p1->next ? p1->next->val : p1->val));
  p1->next = (p1->val & 1 ? p1 : p1);
  acc += apply (cb_read, g_n[3], list_sum (p1));
  acc += (unsigned long) ((uintptr_t) (p1->other ? p1->other : p1) != 0);
  acc += (list_sum (p1) / ((p1->slot ? ((struct node *) p1->slot)->val : p1->a[3]) | 1));
  p1->next = p1;
  struct node *p2 = gc_alloc (sizeof (struct node));
  p2->val = 2985819008UL;
  p2->next = p2;
  struct node *p3 = gc_alloc (sizeof (struct node));
  p3->val = (*g_up >> ((p2->val ? 1UL : 0UL) & 63));
  p3->a[1] = 0x305b9de13e8efbd0UL;
  p3->next = (p1->other ? p1->other : p2);
  if ((g_n[0]->val % (1853578888UL | 1)) % 5 == 1) return;
  acc += (p1->slot ? ((struct node *) p1->slot)->val : (g_n[0]->val * p1->a[2]));
  p1->slot = (p2->next ? p2->next : p2);
  g_acc ^= acc;
}

static __attribute__ ((noinline)) unsigned long r1 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 312929170UL;
  if (d == 0)
    return acc;
  struct node *p8 = gc_alloc (sizeof (struct node));
  p8->next = (n0->other ? n0->other : n1);
  struct node *p9 = gc_alloc (sizeof (struct node));
  p9->val = ((x0 / (n0->a[1] | 1)) ? g_n[3]->val : list_len (n1));
  p8->val += g_n[2]->val;
  f0 ();
  f0 ();
  if ((g_n[3]->val & x1) % 6 == 1) return acc ^ (g_n[3]->val ? n0->val : 3UL);
  if ((x1 - x1) % 3 == 1) return acc ^ list_sum (n0);
  f0 ();
  p9->val += (p9->a[2] + n0->val);
  if (x0 % 5 == 1) return acc ^ (n0->val ^ 2662216262UL);
  g_h.p = n0;
  acc += (p8->val ? x0 : x1);
  struct node *p10 = gc_alloc (64);
  p10->val = list_sum (p8);
  p10->next = p10;
  if (d > 0)
  {
    acc += r1 (d - 1, (p10->other ? p10->other : n0), (n0->next ? n0->next : n0), (p9->val ? x0 : x0), deep_sum (p9, 1));
  }
  return acc ^ (n1->slot ? ((struct node *) n1->slot)->val : g_n[1]->val);
}

static unsigned long f2 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 77UL;
  struct node *p14 = NEW (struct node);
  p14->val = (n0->next ? n0->next->val : (n0->val << (n0->a[3] & 63)));
  p14->a[3] = n0->a[g_n[2]->val & 3];
  n0->other = g_n[1534355186UL & 3];
  void *vp15 = (p14->val & 1 ? p14 : n0);
  g_h.p = ((struct node *) vp15);
  acc += apply (cb_bump, p14, list_sum (p14));
  { unsigned long *q = &n0->a[0]; *q ^= x0; }
  struct node *p16 = gc_alloc (sizeof (struct node));
  p16->a[2] = p16->a[x0 & 3];
  p16->next = n0;
  if (deep_sum (n0, 0) % 3 == 0)
  {
    unsigned long *b17 = gc_alloc (64 + x1 % 16);
    b17[2] = p16->val;
    b17[3] = p16->a[3];
    for (unsigned long i18 = 0; i18 < 3; i18++)
    {
      acc = mix (acc, 3UL);
      p14->other = g_n[p14->val & 3];
    }
  }
  return acc ^ g_acc;
}

struct node *r3 (unsigned long d, unsigned long x0, struct node **out)
{
  unsigned long acc = 4131313864UL;
  if (d == 0)
    return g_n[1];
  struct node *p20 = gc_alloc (sizeof (struct node));
  p20->val = ((x0 & 1 ? p20 : p20)->next ? (x0 & 1 ? p20 : p20)->next->val : x0);
  p20->a[3] = p20->a[2];
  acc += r1 (*g_up % 4, (*out ? *out : p20), (p20->other ? p20->other : p20), x0, 1UL);
  p20->val += g_n[p20->val & 3]->a[x0 & 3];
  unsigned long st21 = 0;
  for (struct node *q = p20; q && st21 < 8; q = q->next, st21++)
    acc += q->val * (st21 + 1);
  struct node **v22 = gc_alloc (4 * sizeof (struct node *));
  v22[1] = g_n[1750777351UL & 3];
  v22[2] = (v22[0] ? v22[0] : p20);
  struct node s23 = { 0 };
  s23.val = deep_sum (p20, 0);
  s23.next = (v22[2] ? v22[2] : p20);
  s23.other = p20;
  unsigned long u24 = ((10UL ^ g_n[0]->val) % (p20->val | 1));
  acc += 2UL;
  struct node *p25 = gc_calloc (1, sizeof (struct node));
  p25->val = list_len (p25);
  p25->a[3] = g_n[1]->val;
  p25->next = (*out ? *out : p25);
  struct node *p26 = gc_alloc (sizeof (struct node));
  p26->val = ((v22[1] ? v22[1] : p20)->next ? (v22[1] ? v22[1] : p20)->next->val : p20->a[1]);
  p26->next = p26;
  { struct node *volatile vol = p26; acc += vol->val; }
  p20 = (p20->next ? p20->next : p26);
  p20 = (v22[1] ? v22[1] : p26);
  for (unsigned long i27 = 0; i27 < 4; i27++)
  {
    __asm__ volatile ("" : : "r" (p25) : "memory");
  }
  unsigned long *b28 = gc_alloc (32);
  b28[3] = (u24 - st21);
  b28[(p25->a[3] - u24) & 3] = (g_n[0]->slot ? ((struct node *) g_n[0]->slot)->val : *g_up);
  acc += f2 ((*out ? *out : p26), deep_sum (p26, 0), (7UL % (x0 | 1)));
  if (d > 0)
  {
    p20 = r4 (d - 1, g_n[p25->a[2] & 3], p26, p20, list_len (p26));
  }
  return (p26->other ? p26->other : p26);
}

static struct node *r4 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 0x120674886d7c97e3UL;
  if (d == 0)
    return n0;
  acc += (n1->a[0x9c2a1cc5fedbd4aUL & 3] ? (x0 % (n1->a[3] | 1)) : x0);
  acc += ((3543351649UL ? x0 : 3UL) >> ((unsigned long) (n2 == n1) & 63));
  for (unsigned long i33 = 0; i33 < 2; i33++)
  {
    struct node *p34 = gc_alloc (sizeof (struct node));
    p34->val = g_n[n0->a[0] & 3]->a[(n2->val & g_n[0]->val) & 3];
    p34->next = n1;
    p34->next = n1;
    n1 = p34;
  }
  unsigned long st35 = 0;
  for (struct node *q = (g_n[1]->a[0] & 1 ? n1 : g_n[1]); q && st35 < 8; q = q->next, st35++)
    acc += q->val * (st35 + 1);
  if (n2 != n1)
    memcpy (n2, n1, sizeof (struct node));
  if ((n1->next ? n1->next->val : st35) % 2 == 0)
  {
    gc_free (n0);
  }
  if (d > 0)
  {
    n0 = r3 (d - 1, (597678740UL ^ g_n[3]->val), &g_n[2]);
  }
  return n0;
}

static unsigned long f5 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3UL;
  struct node *p41 = gc_alloc (64);
  printf ("f5.0 %lu\n", acc);
  x1 = r1 (g_n[3]->a[g_n[1]->val & 3] % 4, (p41->next ? p41->next : n0), g_n[3], (unsigned long) ((uintptr_t) n0 != 0), 0x47ec39f52c7c5b81UL);
  struct node *arr42[4] = { (n0->other ? n0->other : g_n[3]), n0, n1, n0 };
  for (unsigned long i43 = 0; i43 < 3; i43++)
  {
    acc += g_n[0]->val;
  }
  acc += apply (cb_bump, arr42[p41->a[0] & 3], (n1->slot ? ((struct node *) n1->slot)->val : n0->val));
  struct node *p44 = gc_alloc (sizeof (struct node));
  p44->val = g_acc;
  p44->a[2] = (unsigned long) (n2 == p41);
  p44->next = p41;
  return acc ^ g_n[0]->val;
}

static unsigned long f6 (struct node *n0)
{
  unsigned long acc = 0x5281ca586f1ca7b6UL;
  struct node *p46 = gc_alloc (sizeof (struct node));
  p46->val = 44UL;
  p46->a[1] = (unsigned long) (n0 == p46);
  g_acc += list_sum (p46);
  gc_free (p46);
  acc += list_len ((n0->other ? n0->other : p46));
  struct node *w47 = n0;
  for (unsigned long i48 = 0; i48 < 2; i48++)
  {
    w47 = gc_alloc (sizeof (struct node));
    w47->val = i48 * n0->val;
    acc += w47->val + list_sum (w47);
  }
  acc += apply (cb_keep, g_n[p46->a[3] & 3], (unsigned long) ((uintptr_t) n0 != 0));
  return acc ^ n0->a[w47->a[3] & 3];
}

struct node *f7 (struct node *n0)
{
  unsigned long acc = 8UL;
  struct node *p50 = gc_alloc (sizeof (struct node));
  g_acc += n0->a[91UL & 3];
  struct node *p51 = (struct node *) ((uintptr_t) n0 | 0);
  printf ("f7.1 %lu\n", acc);
  acc += f2 (p51, n0->a[0x4ccc6f6d7ae3ac56UL & 3], 0x510f4a9473ef5086UL);
  printf ("f7.2 %lu\n", acc);
  p50->next = (n0->other ? n0->other : n0);
  p50->other = n0;
  struct node *p52 = gc_alloc (sizeof (struct node));
  p52->val = *g_up;
  p52->a[2] = (p52->slot ? ((struct node *) p52->slot)->val : n0->a[1]);
  acc += f5 (p51, g_n[156180082UL & 3], (907745284UL & 1 ? p51 : p51), g_n[0]->val, (2895207181UL - p51->a[3]));
  struct node *p53 = gc_alloc (64);
  p53->val = (p53->val ^ 67UL);
  p53->next = p51;
  unsigned long *b54 = gc_calloc (8, sizeof (unsigned long));
  b54[0] = (56UL + n0->a[3]);
  b54[1] = list_len (p51);
  if ((p50->a[0] ? 2UL : p50->a[0]) % 5 == 1) return p51;
  struct node *arr55[4] = { g_n[0xf233d5e76cc2b2dUL & 3], p51, p53, (b54[3] & 1 ? p51 : p53) };
  return p51;
}

struct node *f8 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 83UL;
  struct node *p59 = gc_alloc (sizeof (struct node));
  p59->val = (n0->a[87UL & 3] ^ (81UL | x1));
  p59->next = g_n[g_n[0]->val & 3];
  g_acc += ((x1 << (x1 & 63)) / ((x1 ? x0 : x1) | 1));
  g_n[2] = (p59->a[0] & 1 ? n0 : p59);
  unsigned long st60 = 0;
  for (struct node *q = n0; q && st60 < 8; q = q->next, st60++)
    acc += q->val * (st60 + 1);
  for (unsigned long i61 = 0; i61 < 2; i61++)
  {
    struct node *p62 = gc_alloc (sizeof (struct node));
    p62->val = p62->a[3];
    p62->next = n0;
    f0 ();
    n0 = p62;
  }
  return (n0->next ? n0->next : n0);
}

void r9 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x2a989ac319e7753UL;
  if (d == 0)
    return;
  struct node *p66 = gc_alloc (sizeof (struct node));
  p66->val = ((n0->val * p66->a[2]) / (deep_sum (n0, 1) | 1));
  if (d > 0)
  {
    r9 (d - 1, (n0->next ? n0->next : n0), (2UL - n0->a[1]), (n0->next ? n0->next->val : g_n[2]->val));
  }
  gc_free (p66);
  n0->slot = n0;
  n0->a[list_len (n0) & 3] = g_acc;
  unsigned long *b67 = gc_alloc (64);
  b67[0] = g_acc;
  b67[2] = (n0->a[3] ? n0->val : x1);
  b67[3] = x0;
  { unsigned long *q = b67 + 2; q[-1] += q[1] + b67[b67[1] & 3]; }
  g_acc += list_sum (p66);
  g_acc += ((x1 & p66->a[2]) ? x1 : n0->a[n0->val & 3]);
  acc += apply (cb_read, n0, list_len (g_n[3]));
  if ((x1 & x1) % 3 == 1) return;
  n0->next = n0;
  if (n0->a[x1 & 3] % 2 == 0)
  {
    acc += n0->a[0];
    x1 = ((unsigned long) ((uintptr_t) p66 != 0) ? x1 : p66->a[b67[1] & 3]);
  }
  else
  {
    printf ("r9.3 %lu\n", acc);
  }
  g_acc ^= acc;
}

static inline struct node *f10 (struct node *n0, unsigned long x0, struct node **out)
{
  unsigned long acc = 50UL;
  struct node *p70 = NEW (struct node);
  p70->val = 0x50ccdb907cd346d9UL;
  p70->next = (g_n[0]->val & 1 ? p70 : p70);
  struct node *p71 = gc_calloc (1, sizeof (struct node));
  p71->val = (p70->next ? p70->next->val : x0);
  p71->next = (p71->next ? p71->next : p71);
  *out = p71;
  p70->slot = p71;
  struct node **v72 = gc_alloc (4 * sizeof (struct node *));
  v72[0] = (n0->other ? n0->other : p70);
  v72[2] = p71;
  struct node *p73 = gc_calloc (1, sizeof (struct node));
  p73->val = (x0 * (0x7ac4ca8c0be58013UL ^ g_n[1]->val));
  p73->next = (v72[3] ? v72[3] : p73);
  struct node *p74 = gc_alloc (sizeof (struct node));
  p74->next = (p71->other ? p71->other : p70);
  acc += f6 ((p73->other ? p73->other : p71));
  if (p71 != p71)
    memcpy (p71, p71, sizeof (struct node));
  { unsigned long *q = &p73->a[1]; *q ^= (x0 ^ p70->a[2]); }
  acc += (n0->a[234369485UL & 3] + *g_up);
  struct node *arr75[4] = { (*out ? *out : n0), p71, n0, (v72[2] ? v72[2] : p74) };
  acc += apply (cb_bump, (p74->other ? p74->other : p70), list_sum (p73));
  acc += (n0->slot ? ((struct node *) n0->slot)->val : arr75[x0 & 3]->val);
  p73->a[(g_n[2]->val ? g_n[0]->val : p70->a[3]) & 3] = list_len (p74);
  g_h.pr.b = (g_n[3]->val & 1 ? p74 : p71);
  if ((p74->a[3] ^ x0) % 2 == 0)
  {
    x0 = (p74->slot ? ((struct node *) p74->slot)->val : (n0->a[2] ? p70->a[2] : x0));
  }
  return g_n[p73->val & 3];
}

unsigned long f11 (struct node *n0, struct node *n1)
{
  unsigned long acc = 2442317197UL;
  struct node *p78 = gc_alloc (sizeof (struct node));
  struct node **v79 = gc_alloc (4 * sizeof (struct node *));
  v79[0] = (n1->next ? n1->next : n1);
  v79[1] = n0;
  g_list->other = (n0->next ? n0->next : n1);
  printf ("f11.4 %lu\n", acc);
  for (unsigned long i80 = 0; i80 < 1; i80++)
  {
    struct node *p81 = gc_alloc (sizeof (struct node));
    p81->val = (n1->other ? n1->other : n1)->a[(unsigned long) (p81 == n1) & 3];
    p81->next = g_n[0];
    if (((v79[3] ? v79[3]->val : i80) << (i80 & 63)) % 4 == 1)
    {
      struct node *w82 = p81;
      for (unsigned long i83 = 0; i83 < 1; i83++)
      {
        w82 = gc_alloc (sizeof (struct node));
        w82->val = i83 * (unsigned long) ((uintptr_t) w82 != 0);
        acc += w82->val + list_sum (w82);
      }
    }
    if (n0->val % 2 == 0)
    {
      struct node *p84 = gc_alloc (sizeof (struct node));
      p84->val = (n1->a[2] + p84->a[0]);
      p84->a[2] = (p84->a[1] ? g_n[2]->val : p81->a[0]);
      { struct node *volatile vol = p81; acc += vol->val; }
    }
    else
    {
      void *vp85 = (n0->other ? n0->other : p78);
    }
    if (n0->val % 3 == 1) return acc ^ p81->a[n0->a[2] & 3];
  }
  return acc ^ 4181987259UL;
}

void r12 (unsigned long d, struct node *n0, unsigned long x0)
{
  unsigned long acc = 0x5b295dd237da79ccUL;
  if (d == 0)
    return;
  struct node *p88 = gc_alloc (sizeof (struct node));
  p88->val = ((x0 ^ x0) ? (g_n[0]->val * g_n[1]->val) : x0);
  acc += x0;
  struct node *p89 = (struct node *) ((uintptr_t) p88 | 0);
  struct node **v90 = gc_alloc (4 * sizeof (struct node *));
  v90[0] = p89;
  v90[2] = (p89->other ? p89->other : p89);
  v90[3] = g_n[n0->a[0] & 3];
  if (p88->val % 3 == 1)
  {
    x0 = f2 (n0, 0x5d8f5bd0ac8d89fUL, list_sum (p88));
    struct node *p91 = NEW (struct node);
    p91->val = (4UL << (*g_up & 63));
    p91->a[1] = (p88->val - p89->a[0]);
  }
  else
  {
    struct node *w92 = n0;
    for (unsigned long i93 = 0; i93 < 2; i93++)
    {
      w92 = gc_alloc (sizeof (struct node));
      w92->val = i93 * (x0 | g_n[3]->val);
      acc += w92->val + list_sum (w92);
    }
    struct node *w94 = p89;
    for (unsigned long i95 = 0; i95 < 4; i95++)
    {
      w94 = gc_alloc (sizeof (struct node));
      w94->val = i95 * (x0 << (g_n[2]->val & 63));
      acc += w94->val + list_sum (w94);
    }
  }
  { unsigned long *q = &p89->a[0]; *q ^= x0; }
  if (d > 0)
  {
    x0 = r13 (d - 1, (x0 & 1 ? p88 : p88), p89->a[x0 & 3], p89->a[3]);
  }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) unsigned long r13 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 4124203853UL;
  if (d == 0)
    return acc;
  struct node *p99 = (struct node *) ((uintptr_t) n0 | 0);
  acc += ((x1 & 1 ? p99 : n0)->slot ? ((struct node *) (x1 & 1 ? p99 : n0)->slot)->val : x0);
  struct node *p100 = NEW (struct node);
  p100->val = (g_n[0]->val + p100->val);
  p100->next = p100;
  acc += cb_read (g_n[g_n[2]->val & 3], list_len (p100));
  struct node *p101 = gc_alloc (sizeof (struct node));
  p101->val = (p101->val | g_n[2]->val);
  n0->a[(p100->next ? p100->next->val : 1929065869UL) & 3] = (x0 * x0);
  if (d > 0)
  {
    r12 (d - 1, n0, (p101->val & x0));
  }
  return acc ^ (p100->slot ? ((struct node *) p100->slot)->val : 40UL);
}

static __attribute__ ((noinline)) unsigned long f14 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 75UL;
  struct node *p105 = gc_alloc (sizeof (struct node));
  p105->val = p105->a[(n1->next ? n1->next->val : 3497465283UL) & 3];
  p105->next = p105;
  unsigned long st106 = 0;
  for (struct node *q = p105; q && st106 < 8; q = q->next, st106++)
    acc += q->val * (st106 + 1);
  acc += (st106 % ((g_n[2]->val | g_n[3]->val) | 1));
  acc += list_sum (n1);
  g_up = &n0->a[1];
  g_n[3]->next = n0;
  unsigned long st107 = 0;
  for (struct node *q = g_n[g_n[3]->val & 3]; q && st107 < 8; q = q->next, st107++)
    acc += q->val * (st107 + 1);
  acc += r1 (g_n[1]->val % 4, g_n[st106 & 3], n2, (n0->next ? n0->next->val : n2->val), (n2->val >> (n1->a[3] & 63)));
  return acc ^ g_n[1]->val;
}

void f15 (void)
{
  unsigned long acc = 82UL;
  struct node *p108 = gc_alloc (sizeof (struct node));
  p108->val = 0UL;
  p108->a[2] = (unsigned long) ((uintptr_t) p108 != 0);
  p108 = g_n[p108->val & 3];
  acc += (g_n[2]->val + p108->a[1]);
  struct node *p109 = f8 (p108, (unsigned long) ((uintptr_t) p108 != 0), (unsigned long) ((uintptr_t) p108 != 0));
  for (unsigned long i110 = 0; i110 < 1; i110++)
  {
    struct node *p111 = gc_alloc (sizeof (struct node));
    p111->val = (0x86bffa071f54466UL - g_n[1]->val);
    p111->next = p111;
    p111->next = p108;
    p108 = p111;
  }
  g_acc ^= acc;
}

static unsigned long r16 (unsigned long d)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return acc;
  struct node *p112 = gc_alloc (sizeof (struct node));
  p112->val = 0x6e5f841c44b1771bUL;
  p112->val += (p112->val ? p112->a[2] : *g_up);
  void *vp113 = p112;
  if ((g_n[0]->val * list_sum (p112)) % 2 == 0)
  {
    for (unsigned long i114 = 0; i114 < 5; i114++)
    {
      struct node *p115 = gc_alloc (sizeof (struct node));
      struct node **v116 = gc_alloc (4 * sizeof (struct node *));
      v116[1] = p112;
      v116[3] = (3559323144UL & 1 ? p112 : p112);
      g_acc += i114;
      struct node **v117 = gc_alloc (4 * sizeof (struct node *));
      v117[2] = g_n[1];
      v117[3] = (i114 & 1 ? p112 : p112);
    }
    { unsigned long *q = &p112->a[2]; *q ^= (p112->next ? p112->next->val : 0x1544750e5f672d53UL); }
  }
  acc += ((struct node *) vp113)->val;
  p112->a[(g_n[0]->val - 1154764874UL) & 3] = p112->val;
  unsigned long u118 = ((0UL ^ p112->val) * g_acc);
  void *vp119 = p112;
  struct node *p120 = gc_calloc (1, sizeof (struct node));
  p120->val = (p112->a[u118 & 3] & u118);
  gc_free (p120);
  g_n[0] = p112;
  struct node *p121 = gc_alloc (sizeof (struct node));
  p121->val = (u118 * deep_sum (g_n[2], 0));
  p121->next = p121;
  struct node *arr122[4] = { (p120->a[3] & 1 ? p112 : p112), g_n[u118 & 3], p112, p112 };
  struct node s123 = { 0 };
  s123.val = (p120->val * 1779398685UL);
  s123.next = p120;
  if (d > 0)
  {
    acc += r16 (d - 1);
  }
  return acc ^ list_sum (p112);
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
  unsigned long acc = 30UL;
  struct node *p124 = gc_alloc (sizeof (struct node));
  p124->next = g_n[8UL & 3];
  struct node *p125 = gc_calloc (1, sizeof (struct node));
  p125->val = p124->a[17UL & 3];
  p125->next = (37UL & 1 ? p125 : p125);
  for (unsigned long i126 = 0; i126 < 1; i126++)
  {
    struct node *p127 = gc_alloc (sizeof (struct node));
    p127->val = (i126 ^ p127->val);
  }
  acc += f5 (p125, g_n[1179766628UL & 3], p125, g_n[0]->val, 2UL);
  acc += apply (cb_keep, p125, (unsigned long) ((uintptr_t) p124 != 0));
  void *vp128 = p125;
  acc += p125->val;
  struct node s129 = { 0 };
  s129.val = *g_up;
  s129.next = g_n[2];
  struct node s130 = { 0 };
  s130.val = list_sum (p124);
  s130.next = ((struct node *) vp128);
  void *vp131 = p125;
  p125->other = p125;
  p125 = p125;
  acc += g_acc;
  gc_free (p125);
  { unsigned long *q = &p125->a[1]; *q ^= (3UL + 3UL); }
  if (p125 != p125)
    memcpy (p125, p125, sizeof (struct node));
  struct node *p132 = gc_alloc (sizeof (struct node));
  struct node **v133 = gc_alloc (4 * sizeof (struct node *));
  v133[0] = (p125->other ? p125->other : p125);
  p132->other = p132;
  struct node *p134 = r3 (p124->a[0x57ffc59b77398ed7UL & 3] % 4, (g_n[2]->val / (g_n[1]->val | 1)), &g_n[1]);
  printf ("main.r3 %lu\n", acc);
  struct node *p135 = r4 (0xcc7cb9d64dc841eUL % 4, p132, (p125->next ? p125->next : p125), (s129.next ? s129.next : p125), s129.val);
  printf ("main.r4 %lu\n", acc);
  struct node *p136 = f7 ((v133[0] ? v133[0] : p132));
  printf ("main.f7 %lu\n", acc);
  r9 (p132->a[1UL & 3] % 4, p125, (0x7323d5ee792facf5UL & g_n[2]->val), (375552649UL ^ 1UL));
  printf ("main.r9 %lu\n", acc);
  struct node *p137 = f10 (p132, (p124->next ? p124->next->val : 2908700831UL), &g_n[1]);
  printf ("main.f10 %lu\n", acc);
  acc += f11 (g_n[g_n[0]->val & 3], p125);
  printf ("main.f11 %lu\n", acc);
  r12 ((p132->val % (0x5437a2ca11096e74UL | 1)) % 4, p125, p124->val);
  printf ("main.r12 %lu\n", acc);
  acc += r13 ((unsigned long) (p125 == p132) % 4, g_n[p124->a[2] & 3], (p125->next ? p125->next->val : p132->val), (6UL ? 0x7d5debde3f4b79c1UL : p125->val));
  printf ("main.r13 %lu\n", acc);
  acc += f14 ((v133[1] ? v133[1] : p125), g_n[79UL & 3], (p125->other ? p125->other : g_n[2]));
  printf ("main.f14 %lu\n", acc);
  f15 ();
  printf ("main.f15 %lu\n", acc);
  acc += r16 ((unsigned long) ((uintptr_t) g_n[3] != 0) % 4);
  printf ("main.r16 %lu\n", acc);
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

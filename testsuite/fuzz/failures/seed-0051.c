/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0051.c */
/* gcc-escape fuzz program, seed 51: testsuite/fuzz/gen 51 */
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

void f0 (struct node *n0);
static struct node *f1 (struct node *n0, unsigned long x0, struct node **out);
void f2 (struct node *n0, unsigned long x0, struct node **out);
static unsigned long r3 (unsigned long d, struct node *n0, struct node **out);
struct node *r4 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct pair pr);
static void r5 (unsigned long d, struct node *n0);
static void r6 (unsigned long d, unsigned long x0);
static void f7 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out);
static void f8 (struct node *n0);
unsigned long f9 (struct node *n0, unsigned long x0, unsigned long x1);
static struct node *f10 (struct node *n0, struct node *n1, struct node **out);
void f11 (struct node *n0, unsigned long x0, unsigned long x1);
static unsigned long f12 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out);
unsigned long f13 (struct pair pr);

__attribute__ ((noinline)) void f0 (struct node *n0)
{
  unsigned long acc = 3UL;
  acc += n0->a[g_acc & 3];
  g_list->other = g_n[3];
  acc += (1UL & (n0->next ? n0->next->val : n0->a[1]));
  for (unsigned long i2 = 0; i2 < 4; i2++)
  {
    struct node *p3 = gc_alloc (sizeof (struct node));
    p3->val = list_len ((n0->val & 1 ? n0 : n0));
    p3->next = n0;
    n0 = p3;
  }
  acc += cb_read ((n0->next ? n0->next : n0), list_len (n0));
  n0->val += n0->a[0];
  n0->other = n0;
  struct node *w4 = n0;
  for (unsigned long i5 = 0; i5 < 5; i5++)
  {
    w4 = gc_alloc (sizeof (struct node));
    w4->val = i5 * (unsigned long) ((uintptr_t) n0 != 0);
    acc += w4->val + list_sum (w4);
  }
  acc += (unsigned long) ((uintptr_t) w4 != 0);
  unsigned long u6 = (unsigned long) ((uintptr_t) g_n[0x6df8c3de7a7634d0UL & 3] != 0);
  if (list_sum (n0) % 2 == 1)
  {
    w4->next = (u6 & 1 ? n0 : n0);
  }
  else
  {
    for (unsigned long i7 = 0; i7 < 1; i7++)
    {
      struct node *p8 = gc_alloc (64 + i7 % 16);
      p8->val = (w4->slot ? ((struct node *) w4->slot)->val : n0->val);
      p8->a[1] = g_n[2]->val;
      p8->next = n0;
      n0 = p8;
    }
    for (unsigned long i9 = 0; i9 < 1; i9++)
    {
      struct node *p10 = gc_alloc (sizeof (struct node));
      p10->val = (deep_sum (p10, 1) | 246617755UL);
      p10->a[0] = (u6 - u6);
      struct node *p11 = gc_alloc (sizeof (struct node));
      p11->val = i9;
      p11->a[1] = u6;
      p11->next = p11;
      if (p10 != p11)
        memcpy (p10, p11, sizeof (struct node));
    }
  }
  g_acc ^= acc;
}

static struct node *f1 (struct node *n0, unsigned long x0, struct node **out)
{
  unsigned long acc = 0x1f61bcf51b5e4348UL;
  struct node *p14 = gc_calloc (1, sizeof (struct node));
  p14->val = ((x0 ? g_n[0]->val : 0x2e88ff2f374b05e7UL) & (unsigned long) ((uintptr_t) n0 != 0));
  p14->next = p14;
  struct node **v15 = gc_alloc (4 * sizeof (struct node *));
  v15[0] = p14;
  v15[1] = p14;
  v15[2] = n0;
  v15[3] = (v15[1] ? v15[1] : n0);
  if (g_acc % 2 == 0)
  {
    struct node *p16 = gc_alloc (sizeof (struct node));
    p16->val = list_len (g_n[p14->val & 3]);
    p16->a[2] = (unsigned long) (p16 == g_n[1]);
  }
  acc += ((v15[1] ? v15[1]->val : n0->val) % ((n0->slot ? ((struct node *) n0->slot)->val : x0) | 1));
  acc = mix (acc, (v15[3] ? v15[3]->val : 53UL));
  n0 = p14;
  struct node *p17 = gc_alloc (sizeof (struct node));
  p17->val = ((p17->other ? p17->other : p17)->next ? (p17->other ? p17->other : p17)->next->val : (v15[1] ? v15[1]->val : 49UL));
  p17->next = (*out ? *out : p14);
  n0->next = p17;
  return p14;
}

void f2 (struct node *n0, unsigned long x0, struct node **out)
{
  unsigned long acc = 0x39f4cb763f77159fUL;
  struct node *p20 = NEW (struct node);
  p20->val = (p20->next ? p20->next->val : p20->a[1]);
  p20->a[2] = (x0 ^ g_n[1]->val);
  g_acc += n0->val;
  acc = mix (acc, g_n[2]->val);
  *out = n0;
  *out = n0;
  for (unsigned long i21 = 0; i21 < 1; i21++)
  {
    struct node *p22 = gc_calloc (1, sizeof (struct node));
    *out = n0;
    g_n[3] = n0;
    *out = n0;
    struct node *p23 = f1 ((p22->next ? p22->next : n0), list_len (p20), &g_n[1]);
  }
  acc += apply (cb_read, n0, 1139116892UL);
  struct node *p24 = gc_calloc (1, sizeof (struct node));
  p24->val = x0;
  n0->slot = p24;
  for (unsigned long i25 = 0; i25 < 7; i25++)
  {
    struct node *p26 = gc_alloc (sizeof (struct node));
    p26->val = *g_up;
    p26->a[1] = (n0->a[0] | 6UL);
    p26->next = p20;
    p20 = p26;
  }
  for (unsigned long i27 = 0; i27 < 7; i27++)
  {
    struct node *p28 = gc_alloc (sizeof (struct node));
    p28->val = x0;
    p28->next = p20;
    p20 = p28;
  }
  g_acc ^= acc;
}

static unsigned long r3 (unsigned long d, struct node *n0, struct node **out)
{
  unsigned long acc = 3UL;
  if (d == 0)
    return acc;
  struct node *p30 = gc_calloc (1, sizeof (struct node));
  p30->val = (list_sum (n0) - (n0->slot ? ((struct node *) n0->slot)->val : g_n[2]->val));
  gc_free (p30);
  struct node *p31 = f1 (g_n[g_n[1]->val & 3], list_len (n0), &p30);
  struct node *p32 = gc_alloc (64 + (p31->val & 7));
  p32->val = deep_sum (n0, 1);
  if (list_len (n0) % 4 == 1)
  {
    unsigned long u33 = (g_n[3]->slot ? ((struct node *) g_n[3]->slot)->val : (unsigned long) (p32 == p31));
    struct node *p34 = gc_alloc (sizeof (struct node));
    p34->val = (g_n[1]->val / (u33 | 1));
  }
  else
  {
    struct node *p35 = gc_alloc (sizeof (struct node));
    p35->val = 44UL;
    p35->next = (*out ? *out : p31);
    p30->slot = (*out ? *out : n0);
  }
  if (d > 0)
  {
    n0 = r4 (d - 1, (*out ? *out : g_n[2]), n0, deep_sum (p32, 2), (2869493878UL - 457041675UL), (struct pair) { (p31->other ? p31->other : p31), p32 });
  }
  return acc ^ list_sum (n0);
}

struct node *r4 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 243446446UL;
  if (d == 0)
    return n0;
  struct node *p40 = pr.a;
  struct node *p41 = gc_alloc (sizeof (struct node));
  p41->val = list_sum (n0);
  n0->slot = n1;
  struct node **v42 = gc_alloc (4 * sizeof (struct node *));
  v42[2] = p41;
  v42[3] = (n1->next ? n1->next : n1);
  for (unsigned long i43 = 0; i43 < 5; i43++)
  {
    struct node *p44 = gc_alloc (sizeof (struct node));
    p44->val = (p41->next ? p41->next->val : (p40->a[0] % (n0->val | 1)));
    p44->next = (3UL & 1 ? p44 : p44);
    p44->next = n1;
    n1 = p44;
  }
  n1->next = (0x27d1342032d3586cUL & 1 ? n1 : n1);
  f0 (n1);
  v42[g_n[0]->val & 3] = (v42[2] ? v42[2] : p41);
  struct node *w45 = p41;
  for (unsigned long i46 = 0; i46 < 3; i46++)
  {
    w45 = gc_alloc (sizeof (struct node));
    w45->val = i46 * list_sum (w45);
    acc += w45->val + list_sum (w45);
  }
  g_list->other = g_n[x1 & 3];
  for (unsigned long i47 = 0; i47 < 5; i47++)
  {
    f0 (n1);
  }
  struct node *w48 = p40;
  for (unsigned long i49 = 0; i49 < 3; i49++)
  {
    w48 = gc_alloc (sizeof (struct node));
    w48->val = i49 * deep_sum (g_n[3], 1);
    acc += w48->val + list_sum (w48);
  }
  struct node *p50 = f1 ((w48->next ? w48->next : n1), n1->a[2], &v42[2]);
  printf ("r4.0 %lu\n", acc);
  printf ("r4.1 %lu\n", acc);
  if (d > 0)
  {
    acc += r3 (d - 1, (p50->next ? p50->next : n1), &w48);
  }
  return n1;
}

static void r5 (unsigned long d, struct node *n0)
{
  unsigned long acc = 0x7330c4560b1e2272UL;
  if (d == 0)
    return;
  struct node *p52 = f1 (n0, (0UL ^ 0x7ee7583e16761894UL), &n0);
  for (unsigned long i53 = 0; i53 < 6; i53++)
  {
    struct node *p54 = (struct node *) ((uintptr_t) n0 | 0);
  }
  acc += (g_n[2]->other ? g_n[2]->other : g_n[2])->a[(g_n[1]->next ? g_n[1]->next->val : 3UL) & 3];
  gc_free (n0);
  for (unsigned long i55 = 0; i55 < 2; i55++)
  {
    struct node *p56 = gc_alloc (sizeof (struct node));
    p56->next = p56;
    acc += (unsigned long) ((uintptr_t) (p56->other ? p56->other : p52) != 0);
  }
  acc += 3905121261UL;
  g_any = g_n[0];
  acc += deep_sum (n0, 0);
  struct node *w57 = n0;
  for (unsigned long i58 = 0; i58 < 4; i58++)
  {
    w57 = gc_alloc (sizeof (struct node));
    w57->val = i58 * (i58 + w57->val);
    acc += w57->val + list_sum (w57);
  }
  if (d > 0)
  {
    r6 (d - 1, 0x5850b47a3f627aa8UL);
  }
  g_acc ^= acc;
}

static inline void r6 (unsigned long d, unsigned long x0)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return;
  struct node *p60 = NEW (struct node);
  p60->val = list_sum (p60);
  p60->a[3] = p60->a[p60->val & 3];
  if ((p60->val + 3419017588UL) % 2 == 0)
  {
    p60->slot = g_n[3];
  }
  else
  {
    if ((p60->a[0] * g_n[2]->val) % 5 == 1) return;
  }
  struct node *w61 = p60;
  for (unsigned long i62 = 0; i62 < 5; i62++)
  {
    w61 = gc_alloc (sizeof (struct node));
    w61->val = i62 * (i62 | w61->val);
    acc += w61->val + list_sum (w61);
  }
  if ((unsigned long) ((uintptr_t) p60 != 0) % 4 == 1)
  {
    acc += *g_up;
    if ((unsigned long) ((uintptr_t) g_n[3] != 0) % 4 == 0)
    {
      g_up = &g_n[x0 & 3]->a[3];
      if ((list_len (w61) & g_acc) % 2 == 1)
      {
        f2 (g_n[3], p60->a[1], &g_n[0]);
      }
    }
    else
    {
      void *vp63 = (p60->next ? p60->next : p60);
    }
  }
  if (d > 0)
  {
    r5 (d - 1, w61);
  }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) void f7 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 57UL;
  struct node *p69 = NEW (struct node);
  p69->val = x1;
  f0 (n0);
  { unsigned long *q = &n1->a[3]; *q ^= x1; }
  r6 ((g_n[3]->val << (g_n[0]->val & 63)) % 4, (unsigned long) ((uintptr_t) n1 != 0));
  void *vp70 = n0;
  for (unsigned long i71 = 0; i71 < 3; i71++)
  {
    struct node *p72 = gc_alloc (64);
    p72->val = ((struct node *) vp70)->val;
    p72->a[0] = (unsigned long) ((uintptr_t) n1 != 0);
    n0->a[(0x350f4c4b678d6543UL + i71) & 3] = ((p72->slot ? ((struct node *) p72->slot)->val : x0) ? (i71 ^ g_n[3]->val) : (65UL | x1));
    n1 = f1 ((x1 & 1 ? p69 : n0), (x1 & 3UL), &p69);
  }
  g_acc ^= acc;
}

static void f8 (struct node *n0)
{
  unsigned long acc = 4235140642UL;
  struct node *p74 = gc_calloc (1, sizeof (struct node));
  p74->val = (list_sum (p74) ? (g_n[2]->val + p74->val) : (unsigned long) ((uintptr_t) n0 != 0));
  p74->a[2] = (p74->val - 98UL);
  p74->next = p74;
  acc += ((p74->other ? p74->other : p74)->next ? (p74->other ? p74->other : p74)->next->val : g_acc);
  struct node s75 = { 0 };
  s75.val = (unsigned long) ((uintptr_t) p74 != 0);
  s75.next = n0;
  s75.other = g_n[g_n[3]->val & 3];
  struct node *arr76[4] = { (g_n[2]->val & 1 ? g_n[0] : n0), (s75.next ? s75.next : n0), n0, n0 };
  f0 ((p74->other ? p74->other : n0));
  for (unsigned long i77 = 0; i77 < 8; i77++)
  {
    struct node *p78 = gc_alloc (sizeof (struct node));
    p78->val = ((s75.next ? s75.next : n0)->next ? (s75.next ? s75.next : n0)->next->val : 0x6b03f6f31ff97b4bUL);
    p78->next = p74;
    struct node *arr79[4] = { (p74->other ? p74->other : p74), (p78->next ? p78->next : p74), arr76[p78->a[2] & 3], n0 };
    p74 = p78;
  }
  acc += list_sum (n0);
  p74->other = g_n[g_n[1]->val & 3];
  acc += apply (cb_bump, g_n[2], 17UL);
  unsigned long *b80 = gc_alloc (64);
  struct node *p81 = f1 (p74, p74->a[b80[1] & 3], &n0->next);
  arr76[(p81->val * 0UL) & 3] = p74;
  g_acc ^= acc;
}

__attribute__ ((noinline)) unsigned long f9 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1UL;
  void *vp85 = g_n[n0->val & 3];
  struct node *p86 = f1 (g_n[g_n[3]->val & 3], (23UL * n0->val), &n0);
  f8 (g_n[3]);
  if (12UL % 4 == 0)
  {
    struct node s87 = { 0 };
    s87.val = (p86->slot ? ((struct node *) p86->slot)->val : n0->a[3]);
    s87.next = (s87.next ? s87.next : n0);
    for (unsigned long i88 = 0; i88 < 2; i88++)
    {
      g_list = n0;
      for (unsigned long i89 = 0; i89 < 1; i89++)
      {
        struct node *p90 = gc_alloc (sizeof (struct node));
        p90->val = (((struct node *) vp85)->val | (unsigned long) (g_n[1] == p86));
        struct node *p91 = gc_alloc (sizeof (struct node));
        p91->val = (unsigned long) ((uintptr_t) p86 != 0);
        p91->a[2] = (unsigned long) ((uintptr_t) p91 != 0);
        struct node *p92 = gc_alloc (64 + i89 % 16);
        p92->val = (unsigned long) (p92 == n0);
        p92->a[3] = (g_n[2]->val & i89);
      }
      gc_free (p86);
      if ((((struct node *) vp85)->slot ? ((struct node *) ((struct node *) vp85)->slot)->val : ((struct node *) vp85)->val) % 3 == 1)
      {
        acc += ((n0->val & n0->val) ? list_sum (p86) : list_len (n0));
        f0 (n0);
      }
    }
  }
  else
  {
  }
  return acc ^ list_sum (p86);
}

static struct node *f10 (struct node *n0, struct node *n1, struct node **out)
{
  unsigned long acc = 3533617499UL;
  n0->next = n0;
  struct node *arr95[4] = { n0, n1, n1, n1 };
  acc += ((n0->other ? n0->other : n0)->slot ? ((struct node *) (n0->other ? n0->other : n0)->slot)->val : 14UL);
  if (0x5ad4476a2d8f9558UL % 3 == 0)
  {
    acc += cb_read (n1, n1->a[2]);
    acc = mix (acc, list_sum (n0));
  }
  else
  {
    n1->slot = n1;
    struct node *p96 = gc_alloc (64);
    p96->val = (93UL / (0x324605c34b5a4215UL | 1));
  }
  struct node *p97 = gc_alloc (sizeof (struct node));
  p97->val = 2UL;
  return p97;
}

void f11 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3UL;
  struct node *w101 = n0;
  for (unsigned long i102 = 0; i102 < 3; i102++)
  {
    w101 = gc_alloc (sizeof (struct node));
    w101->val = i102 * list_len (n0);
    acc += w101->val + list_sum (w101);
  }
  { unsigned long *q = &w101->a[2]; *q ^= (unsigned long) (n0 == n0); }
  if (deep_sum (n0, 1) % 2 == 0)
  {
    if (((n0->a[0] ? x1 : w101->a[0]) ? list_len (w101) : *g_up) % 2 == 1)
    {
      struct node *arr103[4] = { (98UL & 1 ? n0 : n0), (w101->next ? w101->next : w101), n0, w101 };
    }
    else
    {
      for (unsigned long i104 = 0; i104 < 3; i104++)
      {
        struct node *p105 = gc_alloc (sizeof (struct node));
        p105->val = (g_acc + (2176964735UL ^ i104));
        if ((unsigned long) ((uintptr_t) n0 != 0) % 7 == 1) return;
      }
    }
    void *vp106 = (g_n[2]->other ? g_n[2]->other : g_n[1]);
  }
  g_acc ^= acc;
}

static inline unsigned long f12 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out)
{
  unsigned long acc = 0x3aa7d8c930478659UL;
  struct node *p111 = gc_alloc (sizeof (struct node));
  p111->a[1] = (n2->a[3] ? p111->a[3] : p111->val);
  p111->next = p111;
  struct node s112 = { 0 };
  s112.val = (n0->val - n0->val);
  s112.next = n1;
  { unsigned long *q = &n0->a[2]; *q ^= s112.val; }
  struct node *arr113[4] = { (n1->next ? n1->next : n0), n2, (g_n[3]->val & 1 ? n1 : n2), n2 };
  n1 = g_n[g_n[1]->val & 3];
  n2 = n0;
  void *vp114 = (g_n[1]->val & 1 ? n0 : n2);
  acc += (list_sum (n1) << (((struct node *) vp114)->val & 63));
  r6 (deep_sum (n2, 0) % 4, (g_n[0]->val ? 3UL : n1->a[3]));
  qsort (arr113, 4, sizeof arr113[0], cmp_nodes);
  return acc ^ n0->val;
}

unsigned long f13 (struct pair pr)
{
  unsigned long acc = 61UL;
  struct node *p115 = pr.a;
  struct node *arr116[4] = { p115, (p115->next ? p115->next : p115), p115, p115 };
  printf ("f13.2 %lu\n", acc);
  acc += f9 (g_n[2], (unsigned long) ((uintptr_t) p115 != 0), (g_n[0]->val % (0UL | 1)));
  p115->a[p115->a[23UL & 3] & 3] = (2733434499UL % (54UL | 1));
  acc += (g_n[3]->val * arr_sum (arr116, 4));
  acc += (p115->next ? p115->next->val : p115->a[0]);
  printf ("f13.3 %lu\n", acc);
  for (unsigned long i117 = 0; i117 < 8; i117++)
  {
    struct node *p118 = gc_alloc (sizeof (struct node));
    p118->val = (unsigned long) (arr116[p115->a[2] & 3] == p118);
    p118->next = p115;
    p115 = p118;
  }
  return acc ^ (g_n[3]->val % (91UL | 1));
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
  unsigned long acc = 51UL;
  struct node *p119 = NEW (struct node);
  p119->val = g_acc;
  p119->next = (p119->next ? p119->next : p119);
  acc += 76UL;
  acc += apply (cb_keep, g_n[2], 87UL);
  struct node *w120 = p119;
  for (unsigned long i121 = 0; i121 < 4; i121++)
  {
    w120 = gc_alloc (sizeof (struct node));
    w120->val = i121 * (w120->next ? w120->next->val : i121);
    acc += w120->val + list_sum (w120);
  }
  if (p119 != (p119->other ? p119->other : p119))
    memcpy (p119, (p119->other ? p119->other : p119), sizeof (struct node));
  acc += (w120->slot ? ((struct node *) w120->slot)->val : g_n[1]->val);
  p119->next = w120;
  acc += list_len (p119);
  struct node *p122 = gc_alloc (sizeof (struct node));
  p122->val = ((0x7633c66d13de804fUL >> (g_n[3]->val & 63)) + (w120->a[0] * p122->a[3]));
  gc_free (p119);
  f2 (g_n[0], (0x1863f8710f8c5ebbUL % (46UL | 1)), &w120);
  acc = mix (acc, (g_n[3]->val << (0x272ae35017090fa6UL & 63)));
  struct node *p123 = gc_alloc (sizeof (struct node));
  p123->next = (p123->other ? p123->other : p123);
  struct node s124 = { 0 };
  s124.val = (p123->next ? p123->next->val : 56UL);
  s124.next = p122;
  p122->next = w120;
  if (((p119->other ? p119->other : p123)->slot ? ((struct node *) (p119->other ? p119->other : p123)->slot)->val : (p119->next ? p119->next->val : 3922398044UL)) % 3 == 0)
  {
    g_n[1]->next = p123;
  }
  printf ("main.4 %lu\n", acc);
  struct node *p125 = gc_alloc (sizeof (struct node));
  p125->next = p125;
  unsigned long st126 = 0;
  for (struct node *q = (p123->next ? p123->next : p125); q && st126 < 8; q = q->next, st126++)
    acc += q->val * (st126 + 1);
  struct node *p127 = gc_alloc (sizeof (struct node));
  p123->val += g_n[3]->val;
  f2 ((g_n[1]->next ? g_n[1]->next : p123), (w120->next ? w120->next->val : st126), &g_n[3]);
  acc += f9 ((p123->next ? p123->next : p123), (3228594668UL ? g_n[2]->val : st126), s124.a[2]);
  acc += r3 (g_acc % 4, (p123->other ? p123->other : p123), &g_n[2]);
  printf ("main.r3 %lu\n", acc);
  w120 = r4 (g_acc % 4, p123, (p123->next ? p123->next : p123), (p127->slot ? ((struct node *) p127->slot)->val : 3UL), (p125->a[0] ^ g_n[0]->val), (struct pair) { g_n[st126 & 3], p127 });
  printf ("main.r4 %lu\n", acc);
  r5 ((p123->val / (g_n[2]->val | 1)) % 4, p123);
  printf ("main.r5 %lu\n", acc);
  f7 ((p122->a[2] & 1 ? g_n[2] : p123), p123, p119, s124.val, 1583272676UL, &p127);
  printf ("main.f7 %lu\n", acc);
  p125 = f10 (g_n[g_n[3]->val & 3], (p122->next ? p122->next : w120), &s124.other);
  printf ("main.f10 %lu\n", acc);
  f11 (w120, (st126 % (g_n[3]->val | 1)), (st126 - p123->a[0]));
  printf ("main.f11 %lu\n", acc);
  acc += f12 (p123, p123, p123, (p123->a[2] / (g_n[3]->val | 1)), &p127->next);
  printf ("main.f12 %lu\n", acc);
  acc += f13 ((struct pair) { p122, p125 });
  printf ("main.f13 %lu\n", acc);
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

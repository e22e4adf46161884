/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0024.c */
/* gcc-escape fuzz program, seed 24: testsuite/fuzz/gen 24 */
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

static void f0 (unsigned long x0);
static void f1 (unsigned long x0);
static void f2 (struct node *n0, unsigned long x0);
unsigned long f3 (void);
void f4 (struct node *n0);
static void f5 (struct node *n0, struct node *n1, unsigned long x0);
struct node *r6 (unsigned long d, struct node **out);
static struct node *r7 (unsigned long d, struct node *n0);
void f8 (struct node *n0, unsigned long x0, unsigned long x1);
static struct node *f9 (void);
void f10 (struct node *n0);
static struct node *f11 (struct node *n0, struct node **out);
static void f12 (struct node *n0, struct node *n1);
struct node *f13 (unsigned long x0, unsigned long x1, struct pair pr);
static unsigned long f14 (struct node *n0, unsigned long x0);
static struct node *f15 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static struct node *f16 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);

static __attribute__ ((noinline)) void f0 (unsigned long x0)
{
  unsigned long acc = 0x311a3c8322ad567aUL;
  struct node *p2 = gc_calloc (1, sizeof (struct node));
  p2->a[1] = (x0 & p2->val);
  unsigned long st3 = 0;
  for (struct node *q = p2; q && st3 < 8; q = q->next, st3++)
    acc += q->val * (st3 + 1);
  g_h.pr.b = (p2->a[2] & 1 ? p2 : p2);
  if (p2->val % 4 == 1) return;
  for (unsigned long i4 = 0; i4 < 2; i4++)
  {
    struct node *p5 = gc_alloc (sizeof (struct node));
    p5->val = (p5->next ? p5->next->val : list_sum (p2));
    p5->next = p2;
    p2 = p5;
  }
  g_any = g_n[0];
  struct node **v6 = gc_alloc (4 * sizeof (struct node *));
  v6[3] = (g_n[3]->next ? g_n[3]->next : p2);
  p2->next = p2;
  struct node **v7 = gc_alloc (4 * sizeof (struct node *));
  v7[0] = (st3 & 1 ? p2 : p2);
  v7[3] = (x0 & 1 ? p2 : p2);
  struct node *arr8[4] = { g_n[1], g_n[2], g_n[1], g_n[g_n[2]->val & 3] };
  for (unsigned long i9 = 0; i9 < 2; i9++)
  {
    struct node *p10 = gc_calloc (1, sizeof (struct node));
    p10->val = ((p10->slot ? ((struct node *) p10->slot)->val : g_n[0]->val) ? g_n[3]->val : (p2->slot ? ((struct node *) p2->slot)->val : g_n[0]->val));
    p10->a[2] = (i9 ^ 274295580UL);
    p10->next = (v7[1] ? v7[1] : p10);
    p10->next = p2;
    p10->slot = g_n[3];
    p2 = p10;
  }
  void *vp11 = p2;
  acc += (deep_sum (p2, 2) << (3229681970UL & 63));
  printf ("f0.0 %lu\n", acc);
  g_acc += (unsigned long) (g_n[p2->a[0] & 3] == p2);
  p2->a[(x0 ? 0x5675d4915880bff8UL : 22UL) & 3] = ((3UL / (g_n[2]->val | 1)) * list_len (p2));
  g_acc ^= acc;
}

static void f1 (unsigned long x0)
{
  unsigned long acc = 0x31adcd3248512d85UL;
  struct node *p13 = gc_alloc (sizeof (struct node));
  p13->val = g_n[0]->val;
  acc += apply (cb_keep, g_n[2], x0);
  struct node *p14 = NEW (struct node);
  p14->val = (p13->a[1] & x0);
  printf ("f1.1 %lu\n", acc);
  acc += ((unsigned long) ((uintptr_t) p14 != 0) | g_n[2]->val);
  f0 (list_sum (p14));
  p14->val += (unsigned long) (p14 == (p14->next ? p14->next : p14));
  g_h.pr.a = (p14->next ? p14->next : p14);
  struct node *p15 = gc_calloc (1, sizeof (struct node));
  p15->val = (p14->next ? p14->next->val : g_n[1]->val);
  p13->next = p13;
  p13->other = p15;
  acc += list_len (p15);
  printf ("f1.2 %lu\n", acc);
  g_acc ^= acc;
}

static void f2 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 39UL;
  struct node *p18 = gc_alloc (sizeof (struct node));
  p18->val = (n0->val & x0);
  p18->next = p18;
  struct node *p19 = gc_calloc (1, sizeof (struct node));
  p19->val = (g_n[0]->val ^ n0->a[p19->a[0] & 3]);
  struct node *p20 = gc_alloc (sizeof (struct node));
  p20->val = list_sum (p18);
  p20->next = p18;
  acc += 708687641UL;
  p19->next = (p18->other ? p18->other : p18);
  g_acc ^= acc;
}

unsigned long f3 (void)
{
  unsigned long acc = 4UL;
  struct node *p21 = gc_alloc (64);
  p21->val = 0x158782c734c5df17UL;
  p21->next = p21;
  p21->a[(3UL | 3341695338UL) & 3] = 0x5e1b88118bba34bUL;
  unsigned long st22 = 0;
  for (struct node *q = p21; q && st22 < 8; q = q->next, st22++)
    acc += q->val * (st22 + 1);
  if (p21->a[3] % 3 == 1)
  {
    acc += (unsigned long) ((uintptr_t) g_n[0x12bc536615b74de3UL & 3] != 0);
    p21 = g_n[p21->a[2] & 3];
    g_h.p = (g_n[3]->other ? g_n[3]->other : g_n[3]);
  }
  struct node *p23 = gc_alloc (64);
  p23->val = ((g_n[0]->a[0] << (g_n[3]->val & 63)) - 937152848UL);
  p23->next = p21;
  p23->a[(st22 << (p23->val & 63)) & 3] = p21->a[2];
  f0 (list_len (p21));
  p23 = p23;
  g_acc += (g_n[0]->next ? g_n[0]->next->val : p23->a[1]);
  acc += cb_read (p21, (st22 / (p23->a[0] | 1)));
  p21->val += *g_up;
  struct node **v24 = gc_alloc (4 * sizeof (struct node *));
  v24[1] = p23;
  v24[3] = p23;
  p23->a[p21->val & 3] = (unsigned long) (p21 == (v24[0] ? v24[0] : p21));
  if (st22 % 3 == 1)
  {
    printf ("f3.3 %lu\n", acc);
  }
  return acc ^ st22;
}

__attribute__ ((noinline)) void f4 (struct node *n0)
{
  unsigned long acc = 0x1d1877da0dadca00UL;
  struct node *p26 = gc_alloc (sizeof (struct node));
  p26->val = (0x7888e1d53a8d6862UL & 75UL);
  p26->next = p26;
  f2 (p26, (unsigned long) (n0 == n0));
  p26->other = p26;
  f1 ((g_n[3]->val ? g_n[0]->val : 3UL));
  p26->val += ((1025330780UL ? 3583979495UL : 4240378313UL) * (n0->val ? g_n[0]->val : p26->a[3]));
  struct node *w27 = n0;
  for (unsigned long i28 = 0; i28 < 1; i28++)
  {
    w27 = gc_alloc (sizeof (struct node));
    w27->val = i28 * (p26->a[2] | i28);
    acc += w27->val + list_sum (w27);
  }
  acc = mix (acc, 91UL);
  g_acc += (n0->val ^ 0x13946e5501688400UL);
  if (((unsigned long) ((uintptr_t) w27 != 0) + (0UL * g_n[2]->val)) % 3 == 0)
  {
    acc += f3 ();
    struct node **v29 = gc_alloc (4 * sizeof (struct node *));
    v29[0] = (g_n[2]->val & 1 ? w27 : g_n[1]);
    v29[2] = n0;
    unsigned long st30 = 0;
    for (struct node *q = w27; q && st30 < 8; q = q->next, st30++)
      acc += q->val * (st30 + 1);
  }
  acc += f3 ();
  struct node *p31 = gc_alloc (64);
  p31->next = p31;
  f1 ((unsigned long) ((uintptr_t) n0 != 0));
  printf ("f4.4 %lu\n", acc);
  acc += ((p26->next ? p26->next : n0)->next ? (p26->next ? p26->next : n0)->next->val : n0->a[0]);
  struct node *p32 = gc_alloc (64);
  p32->a[2] = (3UL / (2UL | 1));
  gc_free (p26);
  struct node *p33 = (struct node *) ((uintptr_t) w27 | 0);
  g_acc ^= acc;
}

static inline void f5 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 0UL;
  struct node *p37 = gc_alloc (sizeof (struct node));
  void *vp38 = n1;
  acc += f3 ();
  g_list = n1;
  printf ("f5.5 %lu\n", acc);
  struct node *arr39[4] = { n0, n0, n0, n1 };
  for (unsigned long i40 = 0; i40 < 3; i40++)
  {
    struct node *p41 = gc_calloc (1, sizeof (struct node));
    p41->val = ((p41->slot ? ((struct node *) p41->slot)->val : n0->a[2]) % ((x0 * n1->val) | 1));
    p41->a[2] = p41->val;
    f0 (g_acc);
  }
  acc += list_len (arr39[x0 & 3]);
  unsigned long st42 = 0;
  for (struct node *q = (n1->other ? n1->other : p37); q && st42 < 8; q = q->next, st42++)
    acc += q->val * (st42 + 1);
  arr39[x0 & 3] = n0;
  arr39[(st42 ^ 3644495082UL) & 3] = (n1->next ? n1->next : n0);
  g_acc ^= acc;
}

struct node *r6 (unsigned long d, struct node **out)
{
  unsigned long acc = 1868288288UL;
  if (d == 0)
    return g_n[1];
  struct node *p43 = gc_alloc (sizeof (struct node));
  p43->next = g_n[0];
  void *vp44 = g_n[1];
  f5 (g_n[2], g_n[0x35444bfd52dc4fcfUL & 3], (g_n[1]->val ^ 3418300664UL));
  if (d > 0)
  {
    p43 = r6 (d - 1, &g_n[2]);
  }
  struct node *arr45[4] = { p43, (p43->next ? p43->next : p43), (p43->next ? p43->next : p43), ((struct node *) vp44) };
  p43 = (p43->other ? p43->other : p43);
  g_acc += (g_n[1]->val + deep_sum (g_n[3], 1));
  return g_n[2];
}

static struct node *r7 (unsigned long d, struct node *n0)
{
  unsigned long acc = 1081496317UL;
  if (d == 0)
    return n0;
  struct node *p47 = gc_alloc (sizeof (struct node));
  p47->a[0] = n0->a[0x6683958534c23d29UL & 3];
  struct node *arr48[4] = { (p47->next ? p47->next : p47), n0, p47, n0 };
  if (list_len ((p47->other ? p47->other : p47)) % 4 == 1)
  {
    struct node *p49 = gc_alloc (sizeof (struct node));
    p49->val = (p47->val & 1 ? p47 : n0)->a[(80UL << (g_n[0]->val & 63)) & 3];
    p49->next = p49;
    acc = mix (acc, 97UL);
  }
  else
  {
    struct node **v50 = gc_alloc (4 * sizeof (struct node *));
    v50[1] = (v50[2] ? v50[2] : p47);
    v50[3] = (p47->next ? p47->next : n0);
    acc += arr48[list_sum (n0) & 3]->val;
    n0->a[2UL & 3] = (n0->a[1] | (1510214417UL / (n0->a[2] | 1)));
  }
  if (d > 0)
  {
    struct node *p51 = r6 (d - 1, &g_n[1]);
  }
  return g_n[3];
}

void f8 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x2b76841012e1d484UL;
  struct node *p55 = gc_alloc (sizeof (struct node));
  p55->val = list_sum (p55);
  for (unsigned long i56 = 0; i56 < 6; i56++)
  {
    struct node *p57 = gc_alloc (sizeof (struct node));
    p57->next = p55;
    p55 = p57;
  }
  for (unsigned long i58 = 0; i58 < 7; i58++)
  {
    struct node *p59 = gc_alloc (sizeof (struct node));
    p59->val = (p55->a[g_n[2]->val & 3] + (n0->slot ? ((struct node *) n0->slot)->val : p59->val));
    p59->a[3] = p55->a[1];
    p59->next = n0;
    n0 = p59;
  }
  struct node *p60 = gc_alloc (sizeof (struct node));
  p60->next = p55;
  f4 ((0xabb04bb7e86f0ecUL & 1 ? n0 : p55));
  for (unsigned long i61 = 0; i61 < 6; i61++)
  {
    void *vp62 = g_n[0];
  }
  struct node **v63 = gc_alloc (4 * sizeof (struct node *));
  v63[0] = g_n[1];
  v63[2] = g_n[0];
  v63[3] = g_n[2];
  unsigned long *b64 = gc_alloc (32 + (x0 & 7));
  b64[0] = (v63[0] ? v63[0]->val : 0x2eed5b3c512822a2UL);
  void *vp65 = (g_n[1]->next ? g_n[1]->next : g_n[1]);
  acc += cb_read ((x0 & 1 ? g_n[3] : g_n[2]), (1UL << (x0 & 63)));
  { unsigned long *q = b64 + 2; q[-1] += q[1] + deep_sum (p55, 2); }
  acc += deep_sum (n0, 0);
  p55->slot = g_n[0];
  n0->other = (v63[3] ? v63[3] : p60);
  unsigned long *b66 = gc_alloc (96);
  b66[1] = n0->val;
  b66[2] = (p55->next ? p55->next->val : x1);
  b66[3] = (p60->slot ? ((struct node *) p60->slot)->val : 82540094UL);
  struct node *w67 = p60;
  for (unsigned long i68 = 0; i68 < 4; i68++)
  {
    w67 = gc_alloc (sizeof (struct node));
    w67->val = i68 * b64[1];
    acc += w67->val + list_sum (w67);
  }
  g_acc ^= acc;
}

static struct node *f9 (void)
{
  unsigned long acc = 23UL;
  struct node *p69 = gc_alloc (sizeof (struct node));
  p69->val = (unsigned long) ((uintptr_t) p69 != 0);
  p69->a[2] = p69->a[3];
  p69->next = p69;
  struct node *arr70[4] = { g_n[p69->val & 3], (p69->other ? p69->other : p69), (g_n[1]->val & 1 ? p69 : p69), g_n[p69->a[1] & 3] };
  if (g_n[56UL & 3]->a[(2147405983UL ? 2901402739UL : 1152760978UL) & 3] % 3 == 1)
  {
    if (p69 != p69)
      memcpy (p69, p69, sizeof (struct node));
    p69->next = (p69->other ? p69->other : p69);
    acc += deep_sum (g_n[2], 1);
  }
  else
  {
    p69->slot = arr70[0x69218f8d3356434cUL & 3];
    acc += (g_n[0x1edb96272d254717UL & 3]->next ? g_n[0x1edb96272d254717UL & 3]->next->val : (g_n[3]->val * 72UL));
    struct node **v71 = gc_alloc (4 * sizeof (struct node *));
    v71[0] = arr70[g_n[3]->val & 3];
    v71[2] = arr70[1461513517UL & 3];
  }
  if ((p69->slot ? ((struct node *) p69->slot)->val : (p69->slot ? ((struct node *) p69->slot)->val : 0x5e2d0e6e352b18b2UL)) % 3 == 0)
  {
    g_h.pr.b = g_n[p69->a[0] & 3];
  }
  else
  {
    for (unsigned long i72 = 0; i72 < 8; i72++)
    {
      struct node *p73 = gc_alloc (sizeof (struct node));
      p73->val = g_n[2]->a[(unsigned long) (p69 == p73) & 3];
      p73->next = p69;
      p69 = p73;
    }
    p69->val += (p69->next ? p69->next->val : p69->a[0]);
  }
  unsigned long *b74 = gc_alloc (64);
  b74[0] = list_sum (p69);
  unsigned long u75 = ((2362502496UL + 0x4f502c41287e851cUL) | (p69->slot ? ((struct node *) p69->slot)->val : p69->a[0]));
  return p69;
}

void f10 (struct node *n0)
{
  unsigned long acc = 964143228UL;
  struct node *p77 = gc_alloc (sizeof (struct node));
  p77->val = (n0->other ? n0->other : n0)->a[p77->a[3] & 3];
  unsigned long u78 = n0->val;
  struct node *w79 = n0;
  for (unsigned long i80 = 0; i80 < 5; i80++)
  {
    w79 = gc_alloc (sizeof (struct node));
    w79->val = i80 * (u78 ? w79->val : 38UL);
    acc += w79->val + list_sum (w79);
  }
  w79->a[g_acc & 3] = (g_n[1]->val & p77->a[p77->val & 3]);
  unsigned long u81 = (2321199633UL & (p77->slot ? ((struct node *) p77->slot)->val : g_n[1]->val));
  unsigned long *b82 = gc_calloc (4, sizeof (unsigned long));
  b82[3] = w79->a[w79->a[0] & 3];
  g_acc ^= acc;
}

static struct node *f11 (struct node *n0, struct node **out)
{
  unsigned long acc = 2UL;
  n0 = f9 ();
  f10 ((n0->a[1] & 1 ? n0 : g_n[0]));
  void *vp84 = g_n[0];
  struct node *p85 = gc_alloc (sizeof (struct node));
  p85->val = (11UL * p85->a[0]);
  p85->a[0] = 52UL;
  p85->next = p85;
  g_acc += (((struct node *) vp84)->val % ((0x7b66ff2b639c5d50UL - g_n[3]->val) | 1));
  p85->val += ((p85->a[2] + 31UL) & (21UL - 0x4835c73861477f95UL));
  struct node *p86 = gc_calloc (1, sizeof (struct node));
  p86->val = (unsigned long) (p86 == p85);
  p86->next = p86;
  acc += cb_read (p85, (unsigned long) (p85 == p85));
  for (unsigned long i87 = 0; i87 < 1; i87++)
  {
    struct node *p88 = gc_alloc (sizeof (struct node));
    p88->val = 6UL;
    p88->next = p85;
    p88->next = n0;
    n0 = p88;
  }
  { unsigned long *q = &n0->a[3]; *q ^= (p86->a[2] + 60535786UL); }
  f1 ((p86->a[1] << (p86->val & 63)));
  return p85;
}

static __attribute__ ((noinline)) void f12 (struct node *n0, struct node *n1)
{
  unsigned long acc = 2290338782UL;
  struct node *p91 = gc_alloc (64);
  p91->val = (p91->a[1] + (p91->a[2] + 0x12c0259e28dd73f3UL));
  p91->next = n0;
  printf ("f12.6 %lu\n", acc);
  acc = mix (acc, (n0->val | n1->val));
  if ((n0->val ? n0->a[2] : 2571526001UL) % 3 == 1)
  {
    acc += g_n[2]->a[2];
    f5 ((n0->other ? n0->other : n1), p91, n0->val);
    struct node s92 = { 0 };
    s92.val = (0x1e2e309431694a99UL << (0x5646f06c4876de04UL & 63));
    s92.next = n1;
  }
  g_acc ^= acc;
}

struct node *f13 (unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 1UL;
  struct node *p95 = pr.b;
  f2 (p95, p95->val);
  struct node **v96 = gc_alloc (4 * sizeof (struct node *));
  v96[0] = p95;
  v96[1] = (p95->other ? p95->other : p95);
  v96[2] = p95;
  p95->slot = (p95->other ? p95->other : p95);
  acc += g_cb[55UL & 3] (p95, deep_sum (p95, 0));
  struct node *p97 = gc_calloc (1, sizeof (struct node));
  p97->val = (1270276956UL >> (deep_sum (p95, 1) & 63));
  p97->a[2] = (p97->val ? g_n[3]->val : g_n[0]->val);
  gc_free (p95);
  g_up = &(x0 & 1 ? p95 : p95)->a[3];
  acc += g_n[3]->val;
  for (unsigned long i98 = 0; i98 < 5; i98++)
  {
    acc = mix (acc, 0x45d4bf7964c0d1caUL);
    f4 (p97);
  }
  for (unsigned long i99 = 0; i99 < 4; i99++)
  {
    struct node *p100 = gc_alloc (sizeof (struct node));
    p100->next = g_n[g_n[3]->val & 3];
    unsigned long st101 = 0;
    for (struct node *q = p97; q && st101 < 8; q = q->next, st101++)
      acc += q->val * (st101 + 1);
  }
  return p95;
}

static unsigned long f14 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 0UL;
  struct node *p104 = NEW (struct node);
  p104->val = deep_sum (n0, 0);
  struct node **v105 = gc_alloc (4 * sizeof (struct node *));
  v105[0] = (v105[3] ? v105[3] : n0);
  printf ("f14.7 %lu\n", acc);
  acc += (n0->slot ? ((struct node *) n0->slot)->val : list_len (p104));
  gc_free (n0);
  g_acc += ((x0 >> (x0 & 63)) ? g_n[3]->val : (g_n[2]->val ? x0 : x0));
  struct node *p106 = r6 ((p104->a[1] << (x0 & 63)) % 4, &p104);
  acc += apply (cb_read, p104, list_len (g_n[3]));
  return acc ^ (n0->slot ? ((struct node *) n0->slot)->val : x0);
}

static struct node *f15 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 6UL;
  n0->slot = n1;
  acc += x0;
  n0->a[g_acc & 3] = x1;
  for (unsigned long i111 = 0; i111 < 2; i111++)
  {
    struct node *p112 = NEW (struct node);
    p112->val = i111;
    p112->next = g_n[1UL & 3];
    p112->next = n1;
    struct node *p113 = gc_alloc (sizeof (struct node));
    p113->next = n1;
    n1 = p112;
  }
  struct node *p114 = gc_alloc (sizeof (struct node));
  p114->val = deep_sum (n0, 1);
  p114->a[0] = list_sum (n1);
  acc += (n1->next ? n1->next->val : x1);
  struct node *p115 = gc_alloc (sizeof (struct node));
  p115->val = (list_sum (p115) & x1);
  f12 ((g_n[0]->val & 1 ? n1 : n1), g_n[4085231920UL & 3]);
  struct node *p116 = f11 ((n1->next ? n1->next : g_n[0]), &p115);
  p115 = p115;
  struct node *p117 = gc_alloc (sizeof (struct node));
  p117->val = (unsigned long) ((uintptr_t) p115 != 0);
  p117->a[2] = (unsigned long) (g_n[2] == g_n[3]);
  for (unsigned long i118 = 0; i118 < 2; i118++)
  {
    if (p115 != (p115->other ? p115->other : p116))
      memcpy (p115, (p115->other ? p115->other : p116), sizeof (struct node));
  }
  return n1;
}

static __attribute__ ((noinline)) struct node *f16 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 93UL;
  n1 = (n1->next ? n1->next : n1);
  struct node *arr123[4] = { n1, (x0 & 1 ? n0 : n1), g_n[x1 & 3], n0 };
  struct node *p124 = gc_alloc (64);
  p124->val = (arr_sum (arr123, 4) ^ arr_sum (arr123, 4));
  f10 (g_n[n0->val & 3]);
  p124->other = (n1->next ? n1->next : p124);
  acc += g_n[1]->val;
  struct node *p125 = NEW (struct node);
  p125->val = list_len (p124);
  if (x1 % 2 == 0)
  {
    f5 (p124, (x1 & 1 ? p124 : n1), x1);
    struct node *arr126[4] = { p124, arr123[2UL & 3], p124, p124 };
    struct node *arr127[4] = { (g_n[2]->val & 1 ? p124 : g_n[1]), arr123[0x69f8c3d32c80bc84UL & 3], g_n[2], p124 };
  }
  struct node *w128 = p124;
  for (unsigned long i129 = 0; i129 < 3; i129++)
  {
    w128 = gc_alloc (sizeof (struct node));
    w128->val = i129 * (unsigned long) (p125 == w128);
    acc += w128->val + list_sum (w128);
  }
  for (unsigned long i130 = 0; i130 < 5; i130++)
  {
    struct node *p131 = gc_calloc (1, sizeof (struct node));
    p131->val = deep_sum (g_n[w128->val & 3], 0);
    p131->a[1] = g_n[0]->val;
    void *vp132 = p125;
  }
  return (g_n[0]->next ? g_n[0]->next : n1);
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
  unsigned long acc = 24UL;
  struct node *p133 = NEW (struct node);
  p133->next = p133;
  g_up = &g_n[1]->a[1];
  if ((p133->next ? p133->next->val : p133->a[287402917UL & 3]) % 2 == 0)
  {
    gc_free (p133);
  }
  else
  {
    acc = mix (acc, p133->a[g_n[3]->a[1] & 3]);
    f4 (p133);
  }
  g_n[3]->next = g_n[1277896643UL & 3];
  acc += p133->a[(unsigned long) (g_n[3] == p133) & 3];
  for (unsigned long i134 = 0; i134 < 5; i134++)
  {
    p133->other = p133;
  }
  unsigned long *b135 = gc_alloc (96);
  b135[0] = (p133->next ? p133->next->val : p133->a[0]);
  b135[1] = 49UL;
  b135[3] = 333538976UL;
  void *vp136 = (p133->next ? p133->next : p133);
  struct node *p137 = r7 ((p133->slot ? ((struct node *) p133->slot)->val : 0x35811d5614ec12bbUL) % 4, g_n[776802686UL & 3]);
  printf ("main.r7 %lu\n", acc);
  f8 (p133, (p133->a[3] >> (b135[2] & 63)), g_n[0]->val);
  printf ("main.f8 %lu\n", acc);
  p133 = f13 ((0x61370c6659473de9UL >> (p133->val & 63)), 0UL, (struct pair) { (g_n[0]->next ? g_n[0]->next : g_n[3]), g_n[1] });
  printf ("main.f13 %lu\n", acc);
  acc += f14 ((2338651576UL & 1 ? g_n[3] : g_n[1]), list_len (p133));
  printf ("main.f14 %lu\n", acc);
  p133 = f15 ((p133->other ? p133->other : p133), g_n[1], (b135[3] ^ p133->val), (910114721UL * g_n[2]->a[2]));
  printf ("main.f15 %lu\n", acc);
  struct node *p138 = f16 (p133, g_n[b135[3] & 3], b135[p133->val & 3], p133->val);
  printf ("main.f16 %lu\n", acc);
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

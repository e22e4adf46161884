/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0048.c */
/* gcc-escape fuzz program, seed 48: testsuite/fuzz/gen 48 */
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

static void r0 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static struct node *r1 (unsigned long d, struct node *n0, struct pair pr);
static unsigned long r2 (unsigned long d, struct node *n0, struct node **out);
static unsigned long r3 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0);
static struct node *r4 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
struct node *r5 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static struct node *r6 (unsigned long d, struct node *n0, struct node **out);
void r7 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out);
static void f8 (struct node *n0, unsigned long x0);
void f9 (struct node *n0, struct node *n1);

static void r0 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 25UL;
  if (d == 0)
    return;
  struct node *p5 = gc_alloc (sizeof (struct node));
  p5->val = ((unsigned long) ((uintptr_t) n2 != 0) & (n0->slot ? ((struct node *) n0->slot)->val : g_n[2]->val));
  p5->next = (n1->other ? n1->other : n0);
  x0 = (x0 + g_n[2]->val);
  n2 = (n1->other ? n1->other : n2);
  acc += list_sum ((n0->a[0] & 1 ? n0 : n1));
  for (unsigned long i6 = 0; i6 < 6; i6++)
  {
    struct node *p7 = gc_calloc (1, sizeof (struct node));
    p7->val = (n1->slot ? ((struct node *) n1->slot)->val : deep_sum (p7, 2));
    p7->a[1] = x0;
    p7->next = n1;
    g_acc += (x0 + i6);
    n1 = p7;
  }
  n2 = g_n[1];
  n1->val += (deep_sum (n0, 2) >> ((g_n[0]->val & g_n[1]->val) & 63));
  acc += g_n[1]->val;
  struct node *arr8[4] = { (g_n[2]->val & 1 ? n0 : n1), n2, n1, (n2->other ? n2->other : p5) };
  if (d > 0)
  {
    n2 = r1 (d - 1, n1, (struct pair) { (n0->next ? n0->next : n1), g_n[0] });
  }
  g_acc ^= acc;
}

static struct node *r1 (unsigned long d, struct node *n0, struct pair pr)
{
  unsigned long acc = 0x15fed09e1a45416fUL;
  if (d == 0)
    return n0;
  struct node *p10 = pr.a;
  struct node *p11 = gc_calloc (1, sizeof (struct node));
  p11->next = p11;
  acc += cb_read (p10, 0x53713b537b92969fUL);
  unsigned long u12 = deep_sum (p11, 1);
  if (list_len (p11) % 2 == 1)
  {
  }
  else
  {
    p10->other = (n0->next ? n0->next : p11);
    if (d > 0)
    {
      struct node *p13 = r1 (d - 1, (p11->other ? p11->other : n0), (struct pair) { p11, p10 });
    }
  }
  p11->other = (p11->next ? p11->next : n0);
  acc += apply (cb_keep, n0, p11->a[2]);
  void *vp14 = p11;
  if ((u12 - p11->a[0]) % 3 == 1) return p11;
  unsigned long u15 = p10->val;
  return p11;
}

static unsigned long r2 (unsigned long d, struct node *n0, struct node **out)
{
  unsigned long acc = 91UL;
  if (d == 0)
    return acc;
  struct node *p17 = gc_alloc (sizeof (struct node));
  p17->a[0] = (unsigned long) ((uintptr_t) n0 != 0);
  r0 (g_n[3]->val % 4, (n0->other ? n0->other : p17), g_n[2], g_n[0], n0->val);
  n0->other = p17;
  if (n0 != p17)
    memcpy (n0, p17, sizeof (struct node));
  struct node *p18 = gc_alloc (sizeof (struct node));
  p18->val = (n0->val - 3147167565UL);
  p18->next = p18;
  acc += (p17->val / (p18->a[0] | 1));
  unsigned long *b19 = gc_alloc (32);
  b19[2] = (p17->next ? p17->next->val : n0->val);
  b19[3] = (unsigned long) ((uintptr_t) p18 != 0);
  g_list->other = p17;
  r0 (n0->a[b19[0] & 3] % 4, n0, p18, p18, 0x5c529400625f1835UL);
  g_acc += (1556197284UL % (deep_sum (p17, 2) | 1));
  if (d > 0)
  {
    acc += r3 (d - 1, (p18->other ? p18->other : p18), p18, 0x29d902dc2b9945cfUL);
  }
  return acc ^ b19[0];
}

static inline unsigned long r3 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 2UL;
  if (d == 0)
    return acc;
  acc += g_acc;
  struct node *p23 = gc_alloc (sizeof (struct node));
  p23->val = x0;
  p23->next = (g_n[2]->next ? g_n[2]->next : p23);
  acc += apply (cb_keep, p23, (x0 + p23->val));
  { unsigned long *q = &n1->a[2]; *q ^= (x0 ^ n1->a[1]); }
  unsigned long st24 = 0;
  for (struct node *q = p23; q && st24 < 8; q = q->next, st24++)
    acc += q->val * (st24 + 1);
  g_list->other = n0;
  struct node **v25 = gc_alloc (4 * sizeof (struct node *));
  v25[1] = (g_n[2]->next ? g_n[2]->next : p23);
  v25[3] = (p23->other ? p23->other : p23);
  acc += (g_n[3]->val ? g_acc : n0->a[1]);
  acc = mix (acc, g_n[0]->val);
  for (unsigned long i26 = 0; i26 < 1; i26++)
  {
    struct node *p27 = gc_alloc (sizeof (struct node));
    p27->val = ((n1->next ? n1->next->val : g_n[3]->val) / (*g_up | 1));
    p27->next = (n1->val & 1 ? n1 : p27);
    struct node *p28 = (struct node *) ((uintptr_t) n1 | 0);
  }
  r0 ((x0 - p23->a[2]) % 4, n0, g_n[3], g_n[n0->val & 3], p23->a[x0 & 3]);
  n0->val += 2004889964UL;
  unsigned long *b29 = gc_calloc (4, sizeof (unsigned long));
  b29[0] = (x0 & 3319864302UL);
  b29[1] = (v25[3] ? v25[3]->val : b29[1]);
  if (d > 0)
  {
    acc += r2 (d - 1, n0, &n1);
  }
  return acc ^ 0x73306190034bdfa3UL;
}

static struct node *r4 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 52UL;
  if (d == 0)
    return n0;
  struct node *p35 = gc_alloc (64);
  p35->val = ((unsigned long) (n0 == n2) - x1);
  p35->next = (p35->next ? p35->next : p35);
  acc = mix (acc, deep_sum (n2, 2));
  for (unsigned long i36 = 0; i36 < 4; i36++)
  {
    g_n[2] = (n0->other ? n0->other : n1);
  }
  g_acc += ((x1 & g_n[0]->val) + (unsigned long) ((uintptr_t) n2 != 0));
  if (d > 0)
  {
    n2 = r5 (d - 1, n1, n2, n1, 3UL);
  }
  return n1;
}

struct node *r5 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 2UL;
  if (d == 0)
    return n0;
  struct node *p41 = gc_alloc (sizeof (struct node));
  p41->a[0] = deep_sum (n1, 2);
  acc += (0x780a96c917a70971UL & 1 ? p41 : p41)->a[(x0 % (n2->a[2] | 1)) & 3];
  void *vp42 = (g_n[1]->next ? g_n[1]->next : n0);
  acc += apply (cb_keep, g_n[1], (g_n[3]->val + n0->val));
  struct node *p43 = gc_alloc (sizeof (struct node));
  p43->val = (((struct node *) vp42)->val % ((x0 - 298364175UL) | 1));
  struct node *arr44[4] = { n1, g_n[0], g_n[x0 & 3], (p43->next ? p43->next : n2) };
  { unsigned long *q = &n0->a[1]; *q ^= x0; }
  struct node **v45 = gc_alloc (4 * sizeof (struct node *));
  v45[0] = n0;
  v45[1] = p41;
  if (d > 0)
  {
    n2 = r4 (d - 1, p41, n1, g_n[x0 & 3], (61UL & p41->a[3]), (p43->val ^ x0));
  }
  n0->other = ((struct node *) vp42);
  r0 (g_acc % 4, n0, n0, n0, (g_n[1]->val + x0));
  unsigned long st46 = 0;
  for (struct node *q = (v45[0] ? v45[0] : n2); q && st46 < 8; q = q->next, st46++)
    acc += q->val * (st46 + 1);
  struct node s47 = { 0 };
  s47.val = p43->a[0];
  return n0;
}

static struct node *r6 (unsigned long d, struct node *n0, struct node **out)
{
  unsigned long acc = 0x6c0cf9822d9604dbUL;
  if (d == 0)
    return n0;
  struct node *p49 = gc_alloc (64);
  p49->val = *g_up;
  acc += 0x13c3a7be4dae8cfaUL;
  p49->a[89UL & 3] = (p49->slot ? ((struct node *) p49->slot)->val : n0->val);
  r0 ((unsigned long) (n0 == p49) % 4, p49, (n0->next ? n0->next : p49), n0, (p49->next ? p49->next->val : n0->val));
  if ((p49->next ? p49->next : n0)->a[0x1968e7464222b3b1UL & 3] % 2 == 0)
  {
    struct node *w50 = p49;
    for (unsigned long i51 = 0; i51 < 1; i51++)
    {
      w50 = gc_alloc (sizeof (struct node));
      w50->val = i51 * (unsigned long) (n0 == n0);
      acc += w50->val + list_sum (w50);
    }
  }
  p49 = r1 ((unsigned long) (p49 == p49) % 4, p49, (struct pair) { p49, g_n[3] });
  struct node *p52 = gc_alloc (sizeof (struct node));
  p52->val = (list_len (p52) | (p52->next ? p52->next->val : 1UL));
  struct node *w53 = p49;
  for (unsigned long i54 = 0; i54 < 2; i54++)
  {
    w53 = gc_alloc (sizeof (struct node));
    w53->val = i54 * (p52->val ^ 18UL);
    acc += w53->val + list_sum (w53);
  }
  if (list_sum (n0) % 4 == 1) return (p49->a[2] & 1 ? n0 : p52);
  if (d > 0)
  {
    r7 (d - 1, (w53->other ? w53->other : w53), p52, p49, (0UL % (1176753233UL | 1)), (unsigned long) (w53 == p49), &g_n[2]);
  }
  return (n0->other ? n0->other : p49);
}

void r7 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 4061335488UL;
  if (d == 0)
    return;
  struct node *p60 = gc_alloc (sizeof (struct node));
  p60->val = p60->a[2];
  p60->next = g_n[0x19ee189500b40c9bUL & 3];
  acc += cb_read (n0, deep_sum (n2, 2));
  p60->val += p60->a[3];
  struct node *p61 = gc_alloc (sizeof (struct node));
  p61->val = (g_n[0]->next ? g_n[0]->next->val : (p60->next ? p60->next->val : n0->a[1]));
  p61->a[2] = 0UL;
  n0->slot = n2;
  acc = mix (acc, *g_up);
  struct node *arr62[4] = { g_n[p60->a[2] & 3], n0, (*out ? *out : n1), (*out ? *out : p60) };
  if (d > 0)
  {
    p60 = r6 (d - 1, (p60->other ? p60->other : n2), &p61);
  }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) void f8 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 2UL;
  r0 (0x4a274f8762d0ac18UL % 4, n0, n0, n0, 64UL);
  for (unsigned long i65 = 0; i65 < 5; i65++)
  {
    acc += (list_sum (n0) + (n0->next ? n0->next->val : g_n[3]->a[2]));
    acc += g_cb[(n0->val / (n0->val | 1)) & 3] (n0, x0);
  }
  struct node *p66 = r1 ((g_n[3]->val >> (x0 & 63)) % 4, g_n[g_n[2]->val & 3], (struct pair) { n0, n0 });
  struct node *w67 = g_n[0];
  for (unsigned long i68 = 0; i68 < 5; i68++)
  {
    w67 = gc_alloc (sizeof (struct node));
    w67->val = i68 * list_sum (w67);
    acc += w67->val + list_sum (w67);
  }
  g_list = p66;
  g_list->other = g_n[x0 & 3];
  for (unsigned long i69 = 0; i69 < 7; i69++)
  {
    struct node *p70 = gc_alloc (sizeof (struct node));
    p70->val = (unsigned long) (p70 == w67);
    p70->next = w67;
    p70->next = w67;
    w67 = p70;
  }
  struct node *p71 = NEW (struct node);
  p71->val = g_n[2]->val;
  g_h.p = p66;
  acc += x0;
  void *vp72 = (g_n[1]->val & 1 ? n0 : p71);
  g_acc ^= acc;
}

void f9 (struct node *n0, struct node *n1)
{
  unsigned long acc = 140586565UL;
  struct node *p75 = gc_alloc (sizeof (struct node));
  p75->val = n1->a[2];
  r0 ((unsigned long) (p75 == g_n[2]) % 4, (47UL & 1 ? n0 : n1), n0, n1, n0->val);
  acc += cb_read (g_n[3], n0->a[2]);
  acc += cb_read (n1, (g_n[3]->next ? g_n[3]->next->val : n1->val));
  struct node *arr76[4] = { (p75->other ? p75->other : n0), p75, g_n[1], n1 };
  for (unsigned long i77 = 0; i77 < 6; i77++)
  {
    struct node *p78 = gc_alloc (sizeof (struct node));
    p78->val = (g_n[3]->val + i77);
    p78->next = n0;
    for (unsigned long i79 = 0; i79 < 3; i79++)
    {
      struct node *p80 = NEW (struct node);
    }
    struct node *p81 = r1 (p75->a[0] % 4, n0, (struct pair) { (p75->next ? p75->next : n1), p78 });
    n0->next = p75;
  }
  if ((n0->other ? n0->other : n0)->a[g_acc & 3] % 2 == 1)
  {
    struct node *p82 = gc_alloc (sizeof (struct node));
    p82->val = g_acc;
    p82->a[1] = g_n[2]->val;
    p82->next = (n1->next ? n1->next : n1);
  }
  n1->a[(12UL << (3UL & 63)) & 3] = (n1->slot ? ((struct node *) n1->slot)->val : 3UL);
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
  unsigned long acc = 48UL;
  struct node *p83 = gc_alloc (sizeof (struct node));
  p83->val = ((p83->a[0] << (p83->a[1] & 63)) & (13UL ? 59UL : p83->a[1]));
  g_n[1] = g_n[2];
  struct node *p84 = gc_alloc (sizeof (struct node));
  p84->val = (*g_up / (p84->a[3] | 1));
  r7 ((g_n[1]->next ? g_n[1]->next->val : p84->val) % 4, g_n[3], p83, g_n[2], (4020057707UL ? p83->a[0] : p83->val), (p83->val * g_n[3]->val), &p84);
  acc = mix (acc, (85UL & p84->a[0]));
  p83->val += (unsigned long) (p84 == p83);
  for (unsigned long i85 = 0; i85 < 8; i85++)
  {
    struct node *p86 = NEW (struct node);
    p86->val = *g_up;
    p86->next = p84;
    p86->next = p83;
    p83 = p86;
  }
  unsigned long u87 = g_n[0]->a[p84->a[2] & 3];
  p84->other = p84;
  if ((unsigned long) ((uintptr_t) (p83->other ? p83->other : p84) != 0) % 4 == 1)
  {
    struct node *p88 = gc_alloc (sizeof (struct node));
    struct node **v89 = gc_alloc (4 * sizeof (struct node *));
    v89[0] = (p88->other ? p88->other : g_n[3]);
    v89[2] = (v89[1] ? v89[1] : p84);
  }
  else
  {
    void *vp90 = p83;
    if ((((struct node *) vp90)->val << (p84->val & 63)) % 2 == 0)
    {
      { struct node *volatile vol = p83; acc += vol->val; }
      p84->next = (p83->a[1] & 1 ? p84 : p84);
    }
  }
  acc += r2 (u87 % 4, p84, &p83->other);
  printf ("main.r2 %lu\n", acc);
  acc += r3 (list_sum (p84) % 4, p84, p84, g_n[3]->val);
  printf ("main.r3 %lu\n", acc);
  struct node *p91 = r4 ((p84->val + g_n[2]->a[0]) % 4, g_n[g_n[2]->val & 3], g_n[1], p83, p83->a[u87 & 3], (p83->next ? p83->next->val : u87));
  printf ("main.r4 %lu\n", acc);
  struct node *p92 = r5 ((u87 + p84->val) % 4, g_n[3], p83, g_n[69UL & 3], g_n[0]->val);
  printf ("main.r5 %lu\n", acc);
  struct node *p93 = r6 ((g_n[2]->val | g_n[2]->val) % 4, g_n[0], &p84);
  printf ("main.r6 %lu\n", acc);
  f8 (g_n[2], u87);
  printf ("main.f8 %lu\n", acc);
  f9 (g_n[0], g_n[2]);
  printf ("main.f9 %lu\n", acc);
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

/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-13. Reproduce: testsuite/fuzz/check.sh --gcc 13 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0015-gcc13.c */
/* gcc-escape fuzz program, seed 15: testsuite/fuzz/gen 15 */
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

static void f0 (struct node *n0);
static unsigned long r1 (unsigned long d, unsigned long x0, unsigned long x1);
static unsigned long r2 (unsigned long d, struct node *n0, unsigned long x0, struct node **out);
static struct node *f3 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static void r4 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, struct node **out);
static struct node *r5 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0);
static struct node *r6 (unsigned long d, struct node *n0, struct node *n1);
unsigned long r7 (unsigned long d, unsigned long x0, unsigned long x1);
static void f8 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out);
static struct node *f9 (unsigned long x0, struct node **out);
static struct node *f10 (struct node *n0, unsigned long x0, struct pair pr);
static unsigned long f11 (unsigned long x0);
unsigned long f12 (struct node *n0, struct node *n1);
struct node *f13 (unsigned long x0, unsigned long x1);
static void f14 (struct node *n0, unsigned long x0);
static unsigned long f15 (struct node *n0, struct node *n1, struct node *n2);
static struct node *r16 (unsigned long d);
static void r17 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr);

static __attribute__ ((noinline)) void f0 (struct node *n0)
{
  unsigned long acc = 0x766e7f3044419d0bUL;
  g_acc += list_len ((n0->other ? n0->other : g_n[0]));
  n0->a[g_n[0]->val & 3] = *g_up;
  void *vp2 = (2UL & 1 ? n0 : n0);
  void *vp3 = ((struct node *) vp2);
  if ((*g_up ^ (g_n[3]->slot ? ((struct node *) g_n[3]->slot)->val : g_n[1]->val)) % 4 == 0)
  {
  }
  if ((n0->val ? 75UL : 17UL) % 3 == 0)
  {
    acc += apply (cb_keep, g_n[1], (g_n[0]->val << (n0->val & 63)));
    struct node *w4 = n0;
    for (unsigned long i5 = 0; i5 < 4; i5++)
    {
      w4 = gc_alloc (sizeof (struct node));
      w4->val = i5 * n0->a[0];
      acc += w4->val + list_sum (w4);
    }
    g_up = &g_n[3]->a[0];
  }
  else
  {
  }
  g_acc ^= acc;
}

static unsigned long r1 (unsigned long d, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3563185490UL;
  if (d == 0)
    return acc;
  struct node *p8 = gc_alloc (sizeof (struct node));
  p8->val = g_n[2]->val;
  p8->next = p8;
  struct node *p9 = NEW (struct node);
  p9->a[1] = deep_sum (p9, 2);
  for (unsigned long i10 = 0; i10 < 8; i10++)
  {
    struct node *p11 = gc_alloc (sizeof (struct node));
    p11->next = (g_n[3]->next ? g_n[3]->next : p11);
    p11->next = p9;
    p9 = p11;
  }
  struct node *p12 = gc_alloc (sizeof (struct node));
  p12->val = deep_sum (g_n[p12->val & 3], 1);
  struct node **v13 = gc_alloc (4 * sizeof (struct node *));
  v13[0] = p8;
  v13[1] = p8;
  struct node s14 = { 0 };
  s14.val = (x1 & g_n[2]->val);
  s14.next = (p9->other ? p9->other : p9);
  for (unsigned long i15 = 0; i15 < 3; i15++)
  {
    struct node *p16 = gc_alloc (64);
    p16->val = ((unsigned long) ((uintptr_t) p8 != 0) & (unsigned long) (g_n[3] == p12));
    p16->a[1] = (g_n[0]->val * g_n[2]->val);
    p16->next = g_n[x1 & 3];
    p16->next = p9;
    p9 = p16;
  }
  void *vp17 = (s14.next ? s14.next : p8);
  f0 ((p8->next ? p8->next : p12));
  f0 (((struct node *) vp17));
  acc += (x0 >> (*g_up & 63));
  struct node s18 = { 0 };
  s18.val = p9->a[p9->a[0] & 3];
  s18.next = g_n[0];
  p8->slot = g_n[1];
  if (d > 0)
  {
    acc += r1 (d - 1, deep_sum (p8, 2), (x1 - x0));
  }
  return acc ^ (g_n[0]->val * 7UL);
}

static __attribute__ ((noinline)) unsigned long r2 (unsigned long d, struct node *n0, unsigned long x0, struct node **out)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return acc;
  for (unsigned long i21 = 0; i21 < 6; i21++)
  {
    struct node *p22 = gc_alloc (sizeof (struct node));
    struct node s23 = { 0 };
    s23.val = (p22->next ? p22->next->val : i21);
    s23.next = (g_n[2]->val & 1 ? p22 : p22);
    s23.other = p22;
  }
  acc += r1 (list_sum (n0) % 4, (unsigned long) (n0 == g_n[2]), (unsigned long) ((uintptr_t) n0 != 0));
  acc += *out ? (*out)->val : (n0->next ? n0->next->val : n0->val);
  { unsigned long *q = &n0->a[1]; *q ^= list_sum (n0); }
  acc += r1 (deep_sum (n0, 0) % 4, g_acc, (n0->val ? x0 : x0));
  struct node **v24 = gc_alloc (4 * sizeof (struct node *));
  v24[1] = g_n[2];
  v24[2] = g_n[3];
  acc += deep_sum ((n0->next ? n0->next : n0), 2);
  n0->other = (0UL & 1 ? n0 : n0);
  n0->next = (n0->next ? n0->next : n0);
  if (d > 0)
  {
    acc += r2 (d - 1, g_n[2], n0->val, &g_n[0]);
  }
  return acc ^ (g_n[3]->slot ? ((struct node *) g_n[3]->slot)->val : 0x192a0a28492947abUL);
}

static inline struct node *f3 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x191e7dc70f497f9bUL;
  if ((unsigned long) (n2 == n2) % 2 == 1)
  {
    printf ("f3.0 %lu\n", acc);
    if (n2->a[(1UL * n0->val) & 3] % 4 == 0)
    {
      void *vp30 = n0;
    }
    else
    {
      n1->val += (n2->slot ? ((struct node *) n2->slot)->val : list_sum (n1));
      for (unsigned long i31 = 0; i31 < 3; i31++)
      {
        struct node *p32 = gc_alloc (sizeof (struct node));
        p32->val = (list_len (n1) % ((i31 & i31) | 1));
        p32->next = p32;
        p32->next = n0;
        n0 = p32;
      }
      acc += ((n0->next ? n0->next : n2)->next ? (n0->next ? n0->next : n2)->next->val : (n0->val / (n1->val | 1)));
    }
    struct node *p33 = NEW (struct node);
    p33->val = x1;
    p33->a[1] = x0;
  }
  n2->slot = (n0->next ? n0->next : n0);
  acc = mix (acc, deep_sum (n0, 2));
  struct node *p34 = NEW (struct node);
  p34->val = ((g_n[0]->val ? x1 : g_n[3]->val) & x1);
  struct node *arr35[4] = { n1, p34, g_n[0], (n2->next ? n2->next : n0) };
  acc += apply (cb_bump, (p34->other ? p34->other : n0), (n1->slot ? ((struct node *) n1->slot)->val : 3UL));
  return n0;
}

static void r4 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, struct node **out)
{
  unsigned long acc = 2291079812UL;
  if (d == 0)
    return;
  struct node *p39 = gc_alloc (sizeof (struct node));
  p39->val = (unsigned long) ((uintptr_t) n0 != 0);
  p39->a[2] = (p39->val & g_n[1]->val);
  p39->next = n0;
  { unsigned long *q = &n1->a[2]; *q ^= (2UL - n1->a[2]); }
  g_acc += (x0 ^ 1UL);
  struct node *p40 = f3 (p39, (n0->next ? n0->next : p39), (g_n[1]->val & 1 ? n0 : n1), n1->a[2], (g_n[1]->val >> (x0 & 63)));
  void *vp41 = n1;
  for (unsigned long i42 = 0; i42 < 5; i42++)
  {
  }
  if (d > 0)
  {
    struct node *p43 = r5 (d - 1, n0, ((struct node *) vp41), list_sum (p40));
  }
  g_acc ^= acc;
}

static struct node *r5 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 0x7786a24036a1f172UL;
  if (d == 0)
    return n0;
  x0 = r1 ((n1->slot ? ((struct node *) n1->slot)->val : x0) % 4, n1->val, g_n[1]->val);
  g_n[0]->next = g_n[2];
  for (unsigned long i47 = 0; i47 < 3; i47++)
  {
    n0 = f3 (g_n[1], (n0->other ? n0->other : n0), n0, (unsigned long) (n1 == n1), (n1->next ? n1->next->val : i47));
    struct node **v48 = gc_alloc (4 * sizeof (struct node *));
    v48[2] = n1;
    v48[3] = (v48[1] ? v48[1] : n1);
  }
  if ((g_n[0]->a[0] | x0) % 5 == 1) return g_n[0];
  void *vp49 = g_n[2];
  if (d > 0)
  {
    r4 (d - 1, g_n[3], (n0->next ? n0->next : n0), (n1->a[1] >> (5UL & 63)), &g_n[1]);
  }
  return g_n[0];
}

static struct node *r6 (unsigned long d, struct node *n0, struct node *n1)
{
  unsigned long acc = 917013456UL;
  if (d == 0)
    return n0;
  f0 (n1);
  acc += apply (cb_keep, (n1->next ? n1->next : n1), (g_n[3]->slot ? ((struct node *) g_n[3]->slot)->val : 0x3dfb8c623f3c814cUL));
  f0 (n1);
  void *vp52 = n0;
  printf ("r6.1 %lu\n", acc);
  if (list_sum (n0) % 4 == 0)
  {
    if (d > 0)
    {
      struct node *p53 = r6 (d - 1, g_n[g_n[0]->val & 3], n1);
    }
    gc_free (n1);
  }
  else
  {
    gc_free (n1);
  }
  struct node **v54 = gc_alloc (4 * sizeof (struct node *));
  v54[1] = ((struct node *) vp52);
  v54[3] = (2UL & 1 ? g_n[3] : g_n[3]);
  return n1;
}

unsigned long r7 (unsigned long d, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3UL;
  if (d == 0)
    return acc;
  struct node *p57 = NEW (struct node);
  p57->next = p57;
  f0 ((p57->a[0] & 1 ? p57 : p57));
  for (unsigned long i58 = 0; i58 < 1; i58++)
  {
    struct node *p59 = NEW (struct node);
    p59->a[3] = p57->a[p59->a[0] & 3];
    acc += r1 ((p57->next ? p57->next->val : p57->val) % 4, 1265501907UL, g_n[2]->val);
  }
  if (d > 0)
  {
    x1 = r7 (d - 1, (unsigned long) (p57 == p57), p57->a[g_n[2]->a[2] & 3]);
  }
  acc += cb_read (p57, (p57->a[0] ^ p57->a[3]));
  struct node *w60 = p57;
  for (unsigned long i61 = 0; i61 < 3; i61++)
  {
    w60 = gc_alloc (sizeof (struct node));
    w60->val = i61 * (unsigned long) ((uintptr_t) p57 != 0);
    acc += w60->val + list_sum (w60);
  }
  return acc ^ x0;
}

static __attribute__ ((noinline)) void f8 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 0x735ecfa07c779d74UL;
  struct node *p65 = gc_alloc (sizeof (struct node));
  p65->val = (unsigned long) ((0x1873ec3159a32558UL & 1 ? p65 : p65) == g_n[x0 & 3]);
  p65->a[1] = (p65->a[2] ^ g_n[3]->val);
  p65->next = n0;
  acc += g_n[2]->a[3];
  struct node *arr66[4] = { n0, (2949611221UL & 1 ? p65 : g_n[0]), n0, (p65->next ? p65->next : n0) };
  gc_free (n0);
  f0 (p65);
  n0 = n0;
  struct node *p67 = f3 ((*out ? *out : g_n[1]), g_n[p65->a[1] & 3], n0, p65->val, list_sum (p65));
  p67->other = n0;
  struct node *w68 = n0;
  for (unsigned long i69 = 0; i69 < 1; i69++)
  {
    w68 = gc_alloc (sizeof (struct node));
    w68->val = i69 * list_len (p65);
    acc += w68->val + list_sum (w68);
  }
  if ((unsigned long) ((uintptr_t) n0 != 0) % 2 == 1)
  {
    struct node *arr70[4] = { p65, p67, (p67->a[1] & 1 ? g_n[1] : n0), n0 };
    struct node *p71 = gc_alloc (sizeof (struct node));
    p71->val = ((unsigned long) ((uintptr_t) w68 != 0) << ((w68->slot ? ((struct node *) w68->slot)->val : g_n[1]->val) & 63));
    p71->next = p67;
  }
  else
  {
    struct node *w72 = g_n[2];
    for (unsigned long i73 = 0; i73 < 3; i73++)
    {
      w72 = gc_alloc (sizeof (struct node));
      w72->val = i73 * list_len (n0);
      acc += w72->val + list_sum (w72);
    }
  }
  struct node *p74 = gc_alloc (64 + x1 % 16);
  p74->a[2] = g_acc;
  p74->next = (*out ? *out : p74);
  acc += r1 ((x0 | g_n[1]->val) % 4, (w68->next ? w68->next->val : g_n[3]->val), (0x2f4249ed43e3c626UL ? x0 : p74->a[3]));
  acc = mix (acc, (2UL + g_n[1]->val));
  g_acc ^= acc;
}

static struct node *f9 (unsigned long x0, struct node **out)
{
  unsigned long acc = 7UL;
  struct node *p76 = NEW (struct node);
  p76->val = ((p76->slot ? ((struct node *) p76->slot)->val : p76->a[1]) ? p76->a[g_n[3]->val & 3] : (x0 ^ x0));
  struct node *arr77[4] = { p76, (p76->val & 1 ? p76 : p76), p76, p76 };
  p76->val += list_len (g_n[0]);
  { unsigned long *q = &p76->a[3]; *q ^= 0x5283ef78239d6145UL; }
  acc += (g_n[2]->val % ((unsigned long) (p76 == g_n[3]) | 1));
  return (g_n[2]->val & 1 ? p76 : p76);
}

static struct node *f10 (struct node *n0, unsigned long x0, struct pair pr)
{
  unsigned long acc = 87UL;
  struct node *p80 = pr.b;
  struct node *p81 = gc_alloc (sizeof (struct node));
  p81->val = (p81->a[2] >> ((g_n[3]->next ? g_n[3]->next->val : x0) & 63));
  struct node *p82 = gc_alloc (sizeof (struct node));
  p82->val = ((p80->a[3] + x0) - (g_n[1]->next ? g_n[1]->next->val : 4227744766UL));
  struct node *p83 = gc_alloc (sizeof (struct node));
  p83->val = (deep_sum (p82, 0) >> (g_n[1]->a[g_n[1]->a[3] & 3] & 63));
  p83->a[3] = g_n[2]->val;
  struct node *w84 = p83;
  for (unsigned long i85 = 0; i85 < 2; i85++)
  {
    w84 = gc_alloc (sizeof (struct node));
    w84->val = i85 * (p82->a[0] - p82->val);
    acc += w84->val + list_sum (w84);
  }
  struct node *p86 = gc_calloc (1, sizeof (struct node));
  p86->val = ((unsigned long) (n0 == p81) + (unsigned long) ((uintptr_t) p82 != 0));
  p82->slot = (g_n[0]->other ? g_n[0]->other : p83);
  acc += ((n0->next ? n0->next : g_n[3])->slot ? ((struct node *) (n0->next ? n0->next : g_n[3])->slot)->val : (p82->val << (g_n[2]->val & 63)));
  struct node s87 = { 0 };
  s87.val = g_acc;
  s87.next = g_n[3];
  w84->a[(unsigned long) ((uintptr_t) p86 != 0) & 3] = g_acc;
  acc += ((w84->val * g_n[1]->val) >> ((p86->val % (x0 | 1)) & 63));
  g_acc += g_n[2]->val;
  if (g_n[3]->a[(w84->a[3] % (p86->val | 1)) & 3] % 4 == 1)
  {
    *p82 = s87;
  }
  else
  {
  }
  return g_n[x0 & 3];
}

static unsigned long f11 (unsigned long x0)
{
  unsigned long acc = 1472361630UL;
  struct node *p89 = gc_calloc (1, sizeof (struct node));
  p89->val = deep_sum ((p89->next ? p89->next : p89), 1);
  p89->a[1] = (x0 % (p89->val | 1));
  if ((g_n[2]->val * p89->val) % 4 == 0)
  {
    for (unsigned long i90 = 0; i90 < 4; i90++)
    {
      struct node *p91 = gc_calloc (1, sizeof (struct node));
      p91->val = ((g_n[0]->val ^ x0) % (g_n[2]->a[3] | 1));
      acc += (unsigned long) ((uintptr_t) p91 != 0);
    }
    unsigned long *b92 = gc_alloc (64 + ((p89->val / (p89->val | 1)) & 7));
    b92[1] = (p89->slot ? ((struct node *) p89->slot)->val : b92[2]);
    b92[3] = (unsigned long) ((uintptr_t) p89 != 0);
    struct node *arr93[4] = { g_n[0], g_n[p89->a[1] & 3], (g_n[1]->next ? g_n[1]->next : g_n[0]), g_n[x0 & 3] };
  }
  acc += *g_up;
  p89 = f9 (g_n[2]->val, &p89->other);
  acc += x0;
  p89->a[x0 & 3] = (unsigned long) (p89 == p89);
  acc += p89->a[2];
  struct node s94 = { 0 };
  s94.val = (g_n[0]->val & g_n[3]->val);
  s94.next = g_n[1];
  s94.other = g_n[3];
  return acc ^ p89->a[p89->a[1] & 3];
}

unsigned long f12 (struct node *n0, struct node *n1)
{
  unsigned long acc = 2688481639UL;
  acc = mix (acc, g_n[3]->val);
  acc += list_sum (n0);
  gc_free (n1);
  struct node s97 = { 0 };
  s97.val = (3UL ^ 0x78bc15df3251bccfUL);
  s97.other = n1;
  struct node *p98 = gc_alloc (sizeof (struct node));
  p98->val = g_n[3]->val;
  p98->a[1] = n0->val;
  acc = mix (acc, g_n[0]->a[0]);
  struct node s99 = { 0 };
  s99.val = 1148153597UL;
  *n0 = s97;
  acc = mix (acc, p98->a[2]);
  return acc ^ 513106415UL;
}

struct node *f13 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 85UL;
  struct node *p102 = gc_alloc (64 + x0 % 16);
  p102->val = g_acc;
  struct node *p103 = NEW (struct node);
  acc += *g_up;
  if (*g_up % 2 == 0)
  {
    struct node *p104 = NEW (struct node);
    p104->a[1] = (unsigned long) (g_n[2] == p104);
    p104->next = p102;
  }
  else
  {
    p102->val += (p102->next ? p102->next->val : (2UL ^ p103->val));
    if ((unsigned long) (p102 == p103) % 3 == 1)
    {
      void *vp105 = p103;
      acc += p102->a[g_n[2]->val & 3];
    }
    else
    {
      struct node s106 = { 0 };
      s106.val = p103->a[x1 & 3];
      s106.next = (s106.next ? s106.next : p103);
    }
  }
  struct node *p107 = gc_alloc (sizeof (struct node));
  p107->val = (p103->a[3] - x0);
  { unsigned long *q = &p103->a[3]; *q ^= (x0 | x1); }
  return p107;
}

static void f14 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 0x680e23c47a6df69aUL;
  struct node *p110 = gc_calloc (1, sizeof (struct node));
  p110->val = (unsigned long) ((p110->next ? p110->next : n0) == p110);
  p110->next = p110;
  if ((unsigned long) (p110 == n0) % 3 == 1)
  {
    n0->other = p110;
  }
  else
  {
    for (unsigned long i111 = 0; i111 < 5; i111++)
    {
      struct node *p112 = NEW (struct node);
      p112->val = ((x0 & 1 ? p110 : p112)->slot ? ((struct node *) (x0 & 1 ? p110 : p112)->slot)->val : (g_n[0]->val + i111));
      p112->next = n0;
      n0 = p112;
    }
    p110 = p110;
  }
  x0 = f12 (n0, (p110->next ? p110->next : p110));
  void *vp113 = g_n[3661871967UL & 3];
  g_acc ^= acc;
}

static unsigned long f15 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 0x758df3cb035bbcecUL;
  acc += ((2UL % (2UL | 1)) + 49UL);
  acc += (unsigned long) ((uintptr_t) n1 != 0);
  printf ("f15.2 %lu\n", acc);
  unsigned long *b117 = gc_alloc (32);
  b117[0] = (n1->val & 38UL);
  b117[3] = b117[0x15cc1f982387a9e4UL & 3];
  n0 = f13 (n0->a[1], 0x6e8359fe0f124dc9UL);
  unsigned long u118 = ((n1->slot ? ((struct node *) n1->slot)->val : 0x2748df2b108ba6f9UL) * (b117[3] >> (2UL & 63)));
  struct node s119 = { 0 };
  s119.val = (b117[3] % (n0->val | 1));
  struct node *p120 = gc_alloc (sizeof (struct node));
  p120->val = b117[2];
  struct node *p121 = gc_alloc (sizeof (struct node));
  p121->a[1] = u118;
  p121->next = n2;
  struct node *p122 = gc_alloc (sizeof (struct node));
  p122->val = ((s119.next ? s119.next : p120)->next ? (s119.next ? s119.next : p120)->next->val : u118);
  acc += (unsigned long) ((uintptr_t) n2 != 0);
  return acc ^ b117[3];
}

static inline struct node *r16 (unsigned long d)
{
  unsigned long acc = 0x201ef1874b6457cfUL;
  if (d == 0)
    return g_n[1];
  struct node *p123 = gc_alloc (sizeof (struct node));
  p123->val = 77UL;
  acc += 0x3b5b5872229c50e2UL;
  p123->a[p123->val & 3] = (p123->slot ? ((struct node *) p123->slot)->val : p123->a[0]);
  gc_free (p123);
  if (p123 != p123)
    memcpy (p123, p123, sizeof (struct node));
  if (4246613464UL % 3 == 1)
  {
    acc += (g_n[3UL & 3]->slot ? ((struct node *) g_n[3UL & 3]->slot)->val : (p123->slot ? ((struct node *) p123->slot)->val : g_n[2]->val));
    struct node *arr124[4] = { (60UL & 1 ? p123 : p123), g_n[3UL & 3], p123, p123 };
    f8 ((p123->other ? p123->other : p123), 0x4938bee128edce2aUL, p123->val, &p123);
  }
  else
  {
    for (unsigned long i125 = 0; i125 < 5; i125++)
    {
      struct node *p126 = gc_alloc (sizeof (struct node));
      p126->val = 3332604532UL;
      p126->a[list_sum (p126) & 3] = list_sum (p126);
    }
  }
  if (d > 0)
  {
    r17 (d - 1, g_n[1], p123, g_n[3], (unsigned long) (p123 == p123), (p123->next ? p123->next->val : 45UL), (struct pair) { p123, p123 });
  }
  return g_n[1];
}

static void r17 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 2UL;
  if (d == 0)
    return;
  struct node *p132 = pr.b;
  for (unsigned long i133 = 0; i133 < 1; i133++)
  {
    struct node *p134 = gc_alloc (sizeof (struct node));
    p134->val = ((n1->a[3] >> (g_n[2]->val & 63)) | (1287161563UL >> (n1->a[0] & 63)));
    p134->next = n2;
    p134->next = n2;
    n2 = p134;
  }
  struct node **v135 = gc_alloc (4 * sizeof (struct node *));
  v135[0] = n0;
  v135[1] = (n0->next ? n0->next : n0);
  v135[3] = g_n[3];
  struct node *p136 = gc_alloc (64);
  p136->val = (list_len (n1) ? g_n[1]->val : n1->a[x1 & 3]);
  void *vp137 = (n2->other ? n2->other : p132);
  if (x0 % 3 == 1)
  {
    p136->next = g_n[g_n[0]->val & 3];
    struct node *p138 = f9 (list_sum (n1), &n0);
  }
  struct node *p139 = gc_alloc (sizeof (struct node));
  p139->val = *g_up;
  p139->next = n2;
  struct node *arr140[4] = { (83UL & 1 ? g_n[1] : g_n[3]), p136, p139, n1 };
  p139 = (v135[1] ? v135[1] : p139);
  if ((arr_sum (arr140, 4) << (n0->a[1] & 63)) % 3 == 1)
  {
    n2->other = n0;
    p139->slot = g_n[g_n[1]->val & 3];
    n2 = (v135[2] ? v135[2] : n2);
  }
  else
  {
    if (d > 0)
    {
      struct node *p141 = r16 (d - 1);
    }
  }
  acc += f12 (g_n[1], p136);
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
  unsigned long acc = 15UL;
  struct node *p142 = gc_alloc (64);
  p142->val = (773073978UL | 0x5235785116b8e34UL);
  p142->a[1] = 3694459638UL;
  acc += deep_sum (p142, 0);
  struct node *p143 = r5 ((g_n[2]->val | 1UL) % 4, (p142->other ? p142->other : p142), p142, (72UL >> (g_n[3]->val & 63)));
  acc = mix (acc, (p142->slot ? ((struct node *) p142->slot)->val : 3UL));
  f14 (p143, list_sum (g_n[2]));
  p143->slot = g_n[g_n[1]->val & 3];
  { struct node *volatile vol = p143; acc += vol->val; }
  p143 = p142;
  p143->next = p143;
  acc += deep_sum (p143, 2);
  for (unsigned long i144 = 0; i144 < 1; i144++)
  {
    struct node *p145 = gc_alloc (sizeof (struct node));
    p145->val = p145->val;
    p145->next = p143;
    void *vp146 = (g_n[1]->other ? g_n[1]->other : g_n[2]);
    { unsigned long *q = &p145->a[1]; *q ^= (i144 * p142->a[2]); }
  }
  acc += (unsigned long) ((uintptr_t) p143 != 0);
  acc += r2 (*g_up % 4, p143, (unsigned long) ((uintptr_t) p142 != 0), &p143->other);
  printf ("main.r2 %lu\n", acc);
  r4 (p143->a[45UL & 3] % 4, g_n[0], p143, (p143->val - g_n[0]->val), &p143);
  printf ("main.r4 %lu\n", acc);
  struct node *p147 = r6 (2UL % 4, g_n[p142->val & 3], g_n[2]);
  printf ("main.r6 %lu\n", acc);
  acc += r7 (p142->a[0] % 4, (0x7e81d7a91371980fUL + p143->a[1]), 1195768343UL);
  printf ("main.r7 %lu\n", acc);
  struct node *p148 = f10 ((p143->other ? p143->other : p143), (unsigned long) (p142 == p142), (struct pair) { p143, (p143->a[1] & 1 ? p142 : p143) });
  printf ("main.f10 %lu\n", acc);
  acc += f11 (g_n[1]->val);
  printf ("main.f11 %lu\n", acc);
  acc += f15 (g_n[3], p143, (g_n[3]->next ? g_n[3]->next : g_n[1]));
  printf ("main.f15 %lu\n", acc);
  p142 = r16 ((3855744162UL >> (g_n[2]->val & 63)) % 4);
  printf ("main.r16 %lu\n", acc);
  r17 (p143->a[1801584715UL & 3] % 4, g_n[3], p143, g_n[0], (p143->a[3] & 0x1b8f26fe6d91062fUL), deep_sum (p143, 2), (struct pair) { p142, p142 });
  printf ("main.r17 %lu\n", acc);
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

/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0027.c */
/* gcc-escape fuzz program, seed 27: testsuite/fuzz/gen 27 */
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

static unsigned long f0 (struct node *n0, struct node *n1, struct node *n2, struct node **out, struct pair pr);
static unsigned long r1 (unsigned long d, struct node *n0, struct pair pr);
void f2 (void);
static void f3 (void);
struct node *r4 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
struct node *f5 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out);
static unsigned long r6 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out);
static unsigned long f7 (struct node **out);
static struct node *f8 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out);
static void f9 (struct node *n0, struct node *n1, struct node *n2, struct node **out, struct pair pr);
static struct node *f10 (struct node *n0, struct node *n1);

static inline unsigned long f0 (struct node *n0, struct node *n1, struct node *n2, struct node **out, struct pair pr)
{
  unsigned long acc = 322690941UL;
  struct node *p4 = pr.a;
  struct node *arr5[4] = { (n1->a[1] & 1 ? n1 : n0), p4, n1, (n1->other ? n1->other : p4) };
  acc += ((2UL & 1 ? n2 : n1)->slot ? ((struct node *) (2UL & 1 ? n2 : n1)->slot)->val : *g_up);
  if ((p4->a[1] ? n1->val : g_n[0]->val) % 3 == 1)
  {
    if (((n1->next ? n1->next->val : p4->val) + list_len (n0)) % 4 == 0)
    {
      if (n0 != arr5[0UL & 3])
        memcpy (n0, arr5[0UL & 3], sizeof (struct node));
    }
    else
    {
      if (list_sum (arr5[n1->a[3] & 3]) % 3 == 0)
      {
        *out = g_n[1];
        acc += (unsigned long) ((p4->other ? p4->other : n0) == (n1->other ? n1->other : n0));
      }
      else
      {
        qsort (arr5, 4, sizeof arr5[0], cmp_nodes);
        *out = n2;
        *out = n2;
      }
    }
    printf ("f0.0 %lu\n", acc);
  }
  return acc ^ (n0->val << (n0->val & 63));
}

static unsigned long r1 (unsigned long d, struct node *n0, struct pair pr)
{
  unsigned long acc = 0x3c11cf996cb5062cUL;
  if (d == 0)
    return acc;
  struct node *p7 = pr.a;
  n0->next = p7;
  n0->val += (p7->slot ? ((struct node *) p7->slot)->val : *g_up);
  struct node *p8 = gc_alloc (sizeof (struct node));
  p8->val = (p7->next ? p7->next : n0)->a[p8->a[0] & 3];
  p8->next = p8;
  struct node **v9 = gc_alloc (4 * sizeof (struct node *));
  v9[0] = n0;
  v9[1] = n0;
  v9[2] = p7;
  v9[3] = n0;
  acc += deep_sum (p7, 0);
  n0->slot = g_n[g_n[0]->val & 3];
  struct node *p10 = gc_alloc (64);
  p10->val = ((v9[3] ? v9[3]->val : g_n[0]->val) ^ (unsigned long) (p8 == p8));
  if (n0 != (v9[1] ? v9[1] : n0))
    memcpy (n0, (v9[1] ? v9[1] : n0), sizeof (struct node));
  acc += (unsigned long) (p7 == p7);
  acc += ((p10->slot ? ((struct node *) p10->slot)->val : p10->val) & (unsigned long) ((uintptr_t) n0 != 0));
  acc += list_len (g_n[1]);
  if (d > 0)
  {
    acc += r1 (d - 1, n0, (struct pair) { g_n[3UL & 3], p7 });
  }
  acc += f0 (p10, n0, (v9[2] ? v9[2] : p7), &n0, (struct pair) { p7, p8 });
  { unsigned long *q = &n0->a[1]; *q ^= n0->a[3]; }
  struct node *p11 = gc_alloc (sizeof (struct node));
  p11->val = (94UL & 1UL);
  return acc ^ p7->a[2];
}

void f2 (void)
{
  unsigned long acc = 24UL;
  struct node *p12 = gc_alloc (sizeof (struct node));
  p12->val = (unsigned long) ((uintptr_t) p12 != 0);
  p12->a[3] = g_n[3]->val;
  p12->next = g_n[p12->a[0] & 3];
  { unsigned long *q = &p12->a[2]; *q ^= list_sum (p12); }
  p12 = (p12->other ? p12->other : g_n[2]);
  g_acc += ((21UL * p12->val) - (p12->slot ? ((struct node *) p12->slot)->val : 0x233e5435301c6cbeUL));
  struct node *arr13[4] = { p12, g_n[0x6fab01433b90d3b6UL & 3], p12, (p12->next ? p12->next : p12) };
  struct node *p14 = gc_alloc (sizeof (struct node));
  acc += apply (cb_read, p12, (0x697e4ff143833469UL & p12->a[0]));
  if (deep_sum (p12, 0) % 2 == 1)
  {
    g_acc += 3036177547UL;
    struct node *p15 = gc_alloc (sizeof (struct node));
    p15->val = arr13[list_len (p15) & 3]->val;
    p15->next = (p15->other ? p15->other : p14);
  }
  else
  {
    unsigned long u16 = g_acc;
  }
  p12->slot = g_n[1];
  struct node *w17 = p12;
  for (unsigned long i18 = 0; i18 < 1; i18++)
  {
    w17 = gc_alloc (sizeof (struct node));
    w17->val = i18 * g_n[0]->val;
    acc += w17->val + list_sum (w17);
  }
  unsigned long *b19 = gc_alloc (64);
  b19[2] = list_sum (g_n[2]);
  for (unsigned long i20 = 0; i20 < 4; i20++)
  {
    struct node *p21 = gc_alloc (sizeof (struct node));
    p21->next = w17;
    w17 = p21;
  }
  struct node **v22 = gc_alloc (4 * sizeof (struct node *));
  v22[0] = (g_n[3]->other ? g_n[3]->other : g_n[1]);
  g_acc ^= acc;
}

static inline void f3 (void)
{
  unsigned long acc = 86UL;
  struct node *p23 = gc_calloc (1, sizeof (struct node));
  p23->val = 0UL;
  p23->a[1] = p23->val;
  p23->next = (p23->a[1] & 1 ? p23 : p23);
  struct node *arr24[4] = { g_n[1], g_n[3], g_n[2], g_n[3] };
  struct node *arr25[4] = { g_n[0], g_n[3], g_n[2], (g_n[3]->val & 1 ? g_n[0] : g_n[2]) };
  g_acc += (p23->a[1] >> ((unsigned long) ((uintptr_t) p23 != 0) & 63));
  if (list_len ((p23->other ? p23->other : p23)) % 3 == 0)
  {
    if ((35UL ? arr_sum (arr24, 4) : *g_up) % 4 == 0)
    {
    }
    else
    {
      if ((list_len (p23) >> ((p23->val * 1172433863UL) & 63)) % 2 == 0)
      {
        acc += (list_len (p23) * list_len (g_n[3]));
      }
    }
    void *vp26 = p23;
  }
  struct node *w27 = p23;
  for (unsigned long i28 = 0; i28 < 3; i28++)
  {
    w27 = gc_alloc (sizeof (struct node));
    w27->val = i28 * (unsigned long) (p23 == w27);
    acc += w27->val + list_sum (w27);
  }
  acc += ((w27->val * g_n[3]->val) ^ (2UL >> (p23->a[2] & 63)));
  struct node **v29 = gc_alloc (4 * sizeof (struct node *));
  v29[1] = g_n[2];
  v29[2] = g_n[2];
  unsigned long st30 = 0;
  for (struct node *q = (w27->next ? w27->next : p23); q && st30 < 8; q = q->next, st30++)
    acc += q->val * (st30 + 1);
  qsort (arr25, 4, sizeof arr25[0], cmp_nodes);
  g_acc ^= acc;
}

__attribute__ ((noinline)) struct node *r4 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3UL;
  if (d == 0)
    return n0;
  unsigned long *b36 = gc_calloc (8, sizeof (unsigned long));
  b36[0] = list_len (n1);
  b36[3] = (x0 - x0);
  unsigned long st37 = 0;
  for (struct node *q = n2; q && st37 < 8; q = q->next, st37++)
    acc += q->val * (st37 + 1);
  struct node *p38 = gc_alloc (64);
  p38->val = ((x1 - x1) / (deep_sum (n2, 0) | 1));
  p38->next = n2;
  for (unsigned long i39 = 0; i39 < 8; i39++)
  {
    struct node *p40 = NEW (struct node);
    p40->val = (n2->a[2] * b36[i39 & 3]);
    p40->a[0] = (n0->val << (i39 & 63));
    p40->next = (g_n[1]->val & 1 ? n1 : n1);
    p40->next = p38;
    p38 = p40;
  }
  struct node *w41 = p38;
  for (unsigned long i42 = 0; i42 < 4; i42++)
  {
    w41 = gc_alloc (sizeof (struct node));
    w41->val = i42 * list_sum (n1);
    acc += w41->val + list_sum (w41);
  }
  p38->next = p38;
  unsigned long st43 = 0;
  for (struct node *q = n1; q && st43 < 8; q = q->next, st43++)
    acc += q->val * (st43 + 1);
  w41->other = (n2->a[2] & 1 ? n1 : n2);
  if (((x0 & 1 ? p38 : n1)->slot ? ((struct node *) (x0 & 1 ? p38 : n1)->slot)->val : (n2->a[0] ? 0x7bb2ef31254bc68aUL : 0x73d51e8e7d928994UL)) % 3 == 0)
  {
    gc_free (n2);
  }
  acc += (unsigned long) ((uintptr_t) p38 != 0);
  if (d > 0)
  {
    p38 = r4 (d - 1, n1, n1, g_n[1068937725UL & 3], list_len (n2), (b36[1] + x1));
  }
  return n1;
}

struct node *f5 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 88UL;
  struct node s49 = { 0 };
  s49.val = n1->a[x1 & 3];
  void *vp50 = g_n[12UL & 3];
  acc += apply (cb_bump, n0, (n1->next ? n1->next->val : g_n[3]->val));
  n1->a[g_n[2]->a[n0->val & 3] & 3] = ((n2->a[0] / (g_n[3]->val | 1)) ? (n1->slot ? ((struct node *) n1->slot)->val : n2->val) : n2->a[2]);
  void *vp51 = ((struct node *) vp50);
  struct node s52 = { 0 };
  s52.val = (46UL - 3UL);
  s52.next = (g_n[1]->val & 1 ? n2 : n1);
  s52.other = (*out ? *out : n0);
  void *vp53 = n2;
  return (g_n[1]->val & 1 ? n2 : g_n[1]);
}

static __attribute__ ((noinline)) unsigned long r6 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 0x4465e2a2b67d620UL;
  if (d == 0)
    return acc;
  struct node *p58 = gc_alloc (sizeof (struct node));
  p58->next = (p58->other ? p58->other : n1);
  struct node *p59 = gc_alloc (64);
  p59->val = (unsigned long) (n1 == g_n[p59->a[0] & 3]);
  p59->next = (n1->other ? n1->other : p59);
  struct node *p60 = gc_alloc (sizeof (struct node));
  p60->val = ((p60->a[1] & 1 ? p58 : n0)->next ? (p60->a[1] & 1 ? p58 : n0)->next->val : (n0->next ? n0->next->val : p58->a[0]));
  p60->a[3] = *g_up;
  gc_free (p58);
  g_up = &n1->a[2];
  for (unsigned long i61 = 0; i61 < 1; i61++)
  {
    acc += r1 (g_acc % 4, p60, (struct pair) { (*out ? *out : n0), (n0->next ? n0->next : n0) });
    struct node *w62 = n1;
    for (unsigned long i63 = 0; i63 < 1; i63++)
    {
      w62 = gc_alloc (sizeof (struct node));
      w62->val = i63 * g_acc;
      acc += w62->val + list_sum (w62);
    }
    p58 = r4 (n0->a[i61 & 3] % 4, p58, p60, (n1->next ? n1->next : n0), list_len (n1), (3720841313UL >> (g_n[3]->val & 63)));
    if ((unsigned long) ((uintptr_t) g_n[1] != 0) % 3 == 1)
    {
      for (unsigned long i64 = 0; i64 < 2; i64++)
      {
        f3 ();
      }
      p60->val += x0;
    }
    else
    {
      for (unsigned long i65 = 0; i65 < 1; i65++)
      {
        struct node *p66 = gc_alloc (sizeof (struct node));
        p66->val = (unsigned long) ((uintptr_t) p58 != 0);
        p66->next = (n1->a[2] & 1 ? p60 : p59);
        gc_free (p60);
        acc += apply (cb_bump, p66, (p59->a[3] & g_n[1]->val));
        f3 ();
        unsigned long *b67 = gc_alloc (96);
        b67[0] = g_n[2]->a[0];
        b67[1] = list_len (w62);
        b67[2] = deep_sum (w62, 0);
        b67[3] = n0->val;
      }
    }
  }
  if (d > 0)
  {
    acc += r6 (d - 1, p60, p60, p58->val, (unsigned long) ((uintptr_t) n0 != 0), &p60);
  }
  return acc ^ (p59->a[1] & p59->val);
}

static inline unsigned long f7 (struct node **out)
{
  unsigned long acc = 2UL;
  struct node *p68 = gc_alloc (64);
  p68->next = (p68->other ? p68->other : p68);
  struct node *w69 = p68;
  for (unsigned long i70 = 0; i70 < 4; i70++)
  {
    w69 = gc_alloc (sizeof (struct node));
    w69->val = i70 * (i70 * i70);
    acc += w69->val + list_sum (w69);
  }
  gc_free (w69);
  g_up = &g_n[2]->a[1];
  *out = (g_n[0]->next ? g_n[0]->next : g_n[2]);
  struct node *p71 = gc_alloc (sizeof (struct node));
  { unsigned long *q = &p71->a[1]; *q ^= list_sum (p68); }
  struct node *p72 = gc_alloc (64);
  p72->val = list_len (p71);
  p72->a[0] = (g_n[2]->val % (g_n[0]->val | 1));
  p72->next = w69;
  acc += apply (cb_read, g_n[3], p72->val);
  w69->a[p68->a[1] & 3] = ((unsigned long) (p72 == p68) % (0x62550f2e164af032UL | 1));
  { unsigned long *q = &w69->a[0]; *q ^= 0x4d2f0c710e7a495bUL; }
  struct node *p73 = f5 (g_n[1], p68, (g_n[1]->next ? g_n[1]->next : g_n[2]), (unsigned long) ((uintptr_t) p72 != 0), (w69->a[0] << (p68->a[0] & 63)), &p71->other);
  { struct node *volatile vol = p71; acc += vol->val; }
  struct node *p74 = gc_calloc (1, sizeof (struct node));
  struct node *arr75[4] = { g_n[g_n[3]->val & 3], p74, (*out ? *out : p74), p74 };
  for (unsigned long i76 = 0; i76 < 7; i76++)
  {
    struct node *p77 = gc_alloc (sizeof (struct node));
    p77->a[0] = *g_up;
    p77->next = p71;
    p77->next = p72;
    p72 = p77;
  }
  acc += f0 (p71, g_n[p72->val & 3], (1UL & 1 ? p74 : p74), &w69, (struct pair) { p74, (p71->next ? p71->next : p72) });
  return acc ^ list_sum (p72);
}

static __attribute__ ((noinline)) struct node *f8 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 2615173852UL;
  struct node *p81 = gc_alloc (sizeof (struct node));
  p81->val = (n0->slot ? ((struct node *) n0->slot)->val : (g_n[2]->val % (n0->val | 1)));
  p81->a[0] = (p81->a[2] + 2543766625UL);
  p81->next = n0;
  if ((list_sum (n0) << (list_len (g_n[0]) & 63)) % 4 == 1)
  {
    p81 = f5 ((p81->next ? p81->next : g_n[3]), n0, (*out ? *out : p81), g_n[3]->val, n0->val, &g_n[0]);
  }
  void *vp82 = p81;
  g_acc += g_acc;
  g_acc += (unsigned long) ((uintptr_t) (n0->other ? n0->other : p81) != 0);
  acc += p81->val;
  acc += ((x1 & 1 ? p81 : p81)->next ? (x1 & 1 ? p81 : p81)->next->val : x1);
  acc += *out ? (*out)->val : ((struct node *) vp82)->val;
  { unsigned long *q = &p81->a[0]; *q ^= (x1 + x1); }
  struct node *arr83[4] = { p81, n0, p81, g_n[x1 & 3] };
  p81 = (p81->other ? p81->other : p81);
  if (deep_sum (n0, 2) % 2 == 0)
  {
    n0->slot = p81;
  }
  return g_n[g_n[0]->val & 3];
}

static inline void f9 (struct node *n0, struct node *n1, struct node *n2, struct node **out, struct pair pr)
{
  unsigned long acc = 0x19ab0112b71b017UL;
  struct node *p87 = pr.b;
  *out = (n1->next ? n1->next : p87);
  gc_free (n1);
  struct node **v88 = gc_alloc (4 * sizeof (struct node *));
  v88[0] = n1;
  v88[2] = p87;
  v88[3] = n1;
  for (unsigned long i89 = 0; i89 < 4; i89++)
  {
    struct node *p90 = gc_alloc (sizeof (struct node));
    p90->val = ((v88[2] ? v88[2] : n0)->slot ? ((struct node *) (v88[2] ? v88[2] : n0)->slot)->val : 0x431491f25cac826dUL);
    unsigned long u91 = g_n[0]->val;
    struct node *arr92[4] = { (g_n[1]->other ? g_n[1]->other : p90), (p87->other ? p87->other : n2), (v88[3] ? v88[3] : n1), (n2->other ? n2->other : n2) };
    n0->val += ((n0->next ? n0->next : p87)->next ? (n0->next ? n0->next : p87)->next->val : u91);
  }
  p87->val += (v88[2] ? v88[2]->val : g_n[0]->val);
  g_acc ^= acc;
}

static __attribute__ ((noinline)) struct node *f10 (struct node *n0, struct node *n1)
{
  unsigned long acc = 4117103667UL;
  struct node *p95 = gc_alloc (sizeof (struct node));
  struct node *p96 = gc_alloc (sizeof (struct node));
  p96->val = list_len (p95);
  for (unsigned long i97 = 0; i97 < 5; i97++)
  {
    struct node *p98 = gc_alloc (sizeof (struct node));
    p98->next = n1;
    struct node s99 = { 0 };
    s99.val = g_n[3]->val;
    n1 = p98;
  }
  struct node *p100 = NEW (struct node);
  p100->val = ((p100->next ? p100->next->val : 0x633602d37334018dUL) - (g_n[2]->val ^ 0x4b0de0dd4b157d13UL));
  p100->next = (p100->next ? p100->next : n0);
  struct node *p101 = f8 ((n0->other ? n0->other : n1), (g_n[3]->val % (g_n[3]->a[3] | 1)), 1UL, &p96);
  acc = mix (acc, g_n[0]->val);
  return p101;
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
  unsigned long acc = 27UL;
  struct node *p102 = gc_calloc (1, sizeof (struct node));
  p102->val = list_sum (g_n[1]);
  unsigned long *b103 = gc_alloc (32 + (list_len (p102) & 7));
  b103[2] = 54UL;
  g_up = &g_n[2]->a[3];
  f9 (p102, g_n[0], (p102->a[0] & 1 ? p102 : p102), &p102, (struct pair) { g_n[3], (0x7e4d31f34c2c4a2dUL & 1 ? g_n[3] : g_n[3]) });
  acc += apply (cb_bump, g_n[0], 0x696af0b41d636f55UL);
  for (unsigned long i104 = 0; i104 < 6; i104++)
  {
    struct node *p105 = gc_alloc (sizeof (struct node));
    p105->val = ((p105->val % (i104 | 1)) / ((i104 & b103[0]) | 1));
    p105->a[3] = g_acc;
    p105->next = p102;
    p102 = p105;
  }
  struct node *w106 = p102;
  for (unsigned long i107 = 0; i107 < 5; i107++)
  {
    w106 = gc_alloc (sizeof (struct node));
    w106->val = i107 * (i107 * b103[3]);
    acc += w106->val + list_sum (w106);
  }
  g_n[0] = g_n[0];
  unsigned long *b108 = gc_alloc (32 + ((unsigned long) ((uintptr_t) p102 != 0) & 7));
  b108[1] = 1668396227UL;
  b108[2] = b103[0];
  b108[3] = (w106->a[0] ^ w106->val);
  if (0UL % 4 == 1)
  {
  }
  for (unsigned long i109 = 0; i109 < 5; i109++)
  {
    struct node *p110 = gc_alloc (64);
    p110->val = (p102->next ? p102->next : p102)->a[p110->val & 3];
    p110->a[3] = (i109 / (1502700016UL | 1));
    p110->next = w106;
    p110->next = w106;
    w106 = p110;
  }
  acc += g_acc;
  w106->next = (g_n[3]->other ? g_n[3]->other : p102);
  struct node *p111 = f5 (g_n[3], p102, g_n[0], (w106->val & 44UL), p102->val, &w106);
  w106 = (p102->other ? p102->other : p111);
  if ((unsigned long) ((uintptr_t) (p102->val & 1 ? w106 : g_n[0]) != 0) % 2 == 1)
  {
    g_acc += ((1583825245UL * p102->a[1]) ^ list_sum (p102));
    acc = mix (acc, (p111->val | b103[0]));
    if ((p102->next ? p102->next : p111)->a[*g_up & 3] % 4 == 0)
    {
      f3 ();
      acc = mix (acc, b108[3]);
    }
    else
    {
      unsigned long st112 = 0;
      for (struct node *q = p111; q && st112 < 8; q = q->next, st112++)
        acc += q->val * (st112 + 1);
    }
  }
  f2 ();
  printf ("main.f2 %lu\n", acc);
  acc += r6 ((3867471391UL % (p102->a[1] | 1)) % 4, g_n[1], p111, p102->a[0x7fc78f740844f4bfUL & 3], p102->val, &w106);
  printf ("main.r6 %lu\n", acc);
  acc += f7 (&p111);
  printf ("main.f7 %lu\n", acc);
  struct node *p113 = f10 (p111, g_n[0UL & 3]);
  printf ("main.f10 %lu\n", acc);
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

/* FAIL (-O2 asan-stack-use-after-return) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O2" testsuite/fuzz/failures/seed-0012.c */
/* gcc-escape fuzz program, seed 12: testsuite/fuzz/gen 12 */
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
__attribute__ ((noinline)) unsigned long apply (cb_t f, void *ctx, unsigned long x) { return f (ctx, x); }

unsigned long f0 (struct node *n0, unsigned long x0, unsigned long x1, struct pair pr);
static unsigned long r1 (unsigned long d, unsigned long x0);
struct node *r2 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static unsigned long f3 (struct node *n0, struct node *n1, unsigned long x0);
static void f4 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static struct node *f5 (unsigned long x0);
static unsigned long f6 (struct node *n0, struct node *n1, unsigned long x0);
static struct node *f7 (void);
static struct node *r8 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static struct node *r9 (unsigned long d, unsigned long x0, struct pair pr);
static unsigned long f10 (struct node *n0, unsigned long x0, unsigned long x1);
void f11 (unsigned long x0);
static unsigned long f12 (struct node *n0, struct node *n1);
void f13 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct pair pr);
static struct node *f14 (struct node *n0, unsigned long x0);
static struct node *f15 (struct node *n0, unsigned long x0, unsigned long x1);
static void r16 (unsigned long d, struct node *n0, struct node *n1);
unsigned long r17 (unsigned long d, struct node *n0, struct node *n1);

unsigned long f0 (struct node *n0, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 1501629362UL;
  struct node *p4 = pr.b;
  struct node *p5 = gc_alloc (sizeof (struct node));
  unsigned long *b6 = gc_alloc (96);
  b6[0] = list_sum (g_n[1]);
  unsigned long *b7 = gc_alloc (32 + x0 % 16);
  b7[0] = (p5->a[1] / (x1 | 1));
  b7[1] = list_sum (p4);
  b7[2] = x0;
  acc += ((unsigned long) (n0 == n0) & x1);
  p4->other = g_n[n0->val & 3];
  void *vp8 = n0;
  acc += g_acc;
  for (unsigned long i9 = 0; i9 < 1; i9++)
  {
    struct node *p10 = gc_alloc (64);
    p10->next = p10;
    struct node *arr11[4] = { ((struct node *) vp8), n0, p5, n0 };
    struct node *p12 = gc_alloc (sizeof (struct node));
    p12->val = 0x1326cf340fc4f9c6UL;
    p12->a[0] = 0UL;
    p12->next = arr11[p4->val & 3];
  }
  return acc ^ (p5->a[0] / (p4->val | 1));
}

static __attribute__ ((noinline)) unsigned long r1 (unsigned long d, unsigned long x0)
{
  unsigned long acc = 1065824415UL;
  if (d == 0)
    return acc;
  struct node *p14 = NEW (struct node);
  p14->val = ((x0 << (p14->val & 63)) >> ((x0 * g_n[3]->val) & 63));
  p14->next = (p14->other ? p14->other : p14);
  acc += (unsigned long) ((uintptr_t) p14 != 0);
  acc += list_sum (p14);
  acc += f0 (g_n[x0 & 3], (unsigned long) (p14 == p14), (unsigned long) ((uintptr_t) p14 != 0), (struct pair) { p14, p14 });
  x0 = (p14->next ? p14->next : g_n[2])->a[(x0 ? g_n[1]->val : g_n[3]->val) & 3];
  struct node *p15 = gc_calloc (1, sizeof (struct node));
  p15->val = deep_sum ((p15->other ? p15->other : p15), 0);
  p15->next = (p15->other ? p15->other : p15);
  for (unsigned long i16 = 0; i16 < 6; i16++)
  {
    struct node *p17 = gc_alloc (sizeof (struct node));
    p17->val = (x0 * i16);
    p17->next = p17;
    for (unsigned long i18 = 0; i18 < 4; i18++)
    {
      struct node *p19 = gc_alloc (sizeof (struct node));
      p19->val = g_acc;
      struct node *arr20[4] = { p19, (p19->other ? p19->other : p19), p19, p19 };
      x0 = f0 (p19, 0x5400b4d72b2ede99UL, x0, (struct pair) { p17, (i16 & 1 ? p15 : p15) });
    }
    if ((g_n[1]->val ^ g_n[2]->val) % 3 == 1) return acc ^ deep_sum (p14, 0);
  }
  struct node *p21 = NEW (struct node);
  p21->val = list_sum ((g_n[1]->val & 1 ? p21 : p21));
  p21->a[1] = p15->val;
  g_acc += p14->val;
  struct node **v22 = gc_alloc (4 * sizeof (struct node *));
  v22[0] = g_n[3];
  v22[1] = (p14->other ? p14->other : g_n[2]);
  v22[3] = p14;
  for (unsigned long i23 = 0; i23 < 2; i23++)
  {
    struct node *p24 = gc_alloc (sizeof (struct node));
    p24->val = ((37UL & 1 ? g_n[3] : p14)->next ? (37UL & 1 ? g_n[3] : p14)->next->val : list_sum (p24));
    p24->a[3] = (unsigned long) (p21 == p14);
    unsigned long u25 = list_sum (p24);
    struct node *p26 = gc_calloc (1, sizeof (struct node));
    p26->val = p15->val;
  }
  if (d > 0)
  {
    struct node *p27 = r2 (d - 1, (p14->next ? p14->next : p14), p14, g_n[1], (p15->slot ? ((struct node *) p15->slot)->val : x0));
  }
  return acc ^ (x0 | p14->a[1]);
}

struct node *r2 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 0x18dafe493e1e746bUL;
  if (d == 0)
    return n0;
  for (unsigned long i32 = 0; i32 < 5; i32++)
  {
    struct node *p33 = gc_calloc (1, sizeof (struct node));
    p33->val = g_acc;
    p33->a[3] = (1UL ? x0 : x0);
    p33->next = n0;
    n0 = p33;
  }
  n1->a[(n0->next ? n0->next->val : x0) & 3] = n0->a[0];
  printf ("r2.0 %lu\n", acc);
  acc += g_n[1]->val;
  n1 = n0;
  x0 = f0 (g_n[n1->val & 3], (n1->a[1] ^ n0->a[0]), n1->val, (struct pair) { (n2->next ? n2->next : n0), n1 });
  struct node *arr34[4] = { (93UL & 1 ? n1 : n1), g_n[n0->a[1] & 3], g_n[g_n[0]->a[1] & 3], g_n[x0 & 3] };
  struct node *p35 = gc_alloc (sizeof (struct node));
  p35->val = (g_acc - (p35->slot ? ((struct node *) p35->slot)->val : x0));
  acc += (unsigned long) ((uintptr_t) n1 != 0);
  acc = mix (acc, p35->val);
  struct node **v36 = gc_alloc (4 * sizeof (struct node *));
  v36[0] = n2;
  v36[1] = (n2->other ? n2->other : p35);
  acc += (unsigned long) (g_n[x0 & 3] == (g_n[1]->val & 1 ? n1 : n0));
  acc += list_len (g_n[0]);
  struct node s37 = { 0 };
  s37.val = (unsigned long) (n1 == n1);
  if (d > 0)
  {
    acc += r1 (d - 1, x0);
  }
  return g_n[x0 & 3];
}

static inline unsigned long f3 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 58UL;
  struct node *p41 = gc_alloc (sizeof (struct node));
  p41->val = n1->val;
  acc += f0 (p41, deep_sum (n0, 2), (x0 & g_n[2]->val), (struct pair) { p41, n0 });
  acc += f0 (g_n[3], (n1->a[0] * x0), (g_n[1]->val & n0->val), (struct pair) { g_n[x0 & 3], n1 });
  for (unsigned long i42 = 0; i42 < 3; i42++)
  {
    acc += (i42 ? (i42 ^ 1025477232UL) : x0);
  }
  acc += f0 (p41, (g_n[2]->val << (x0 & 63)), (unsigned long) (p41 == n1), (struct pair) { g_n[p41->a[0] & 3], n1 });
  struct node *w43 = n0;
  for (unsigned long i44 = 0; i44 < 2; i44++)
  {
    w43 = gc_alloc (sizeof (struct node));
    w43->val = i44 * p41->a[0];
    acc += w43->val + list_sum (w43);
  }
  p41->next = p41;
  w43->a[(g_n[2]->val * g_n[1]->val) & 3] = (n1->a[1] & g_n[1]->val);
  struct node **v45 = gc_alloc (4 * sizeof (struct node *));
  v45[0] = p41;
  v45[1] = g_n[x0 & 3];
  v45[2] = (v45[3] ? v45[3] : p41);
  v45[3] = p41;
  n1 = (v45[3] ? v45[3] : p41);
  struct node *p46 = NEW (struct node);
  p46->val = x0;
  p46->next = p46;
  void *vp47 = g_n[0];
  struct node *arr48[4] = { p46, (v45[3] ? v45[3] : g_n[1]), (p41->other ? p41->other : p41), p41 };
  { unsigned long *q = &n0->a[2]; *q ^= (unsigned long) (n0 == n1); }
  for (unsigned long i49 = 0; i49 < 8; i49++)
  {
    struct node *p50 = gc_alloc (sizeof (struct node));
    p50->val = n1->a[list_sum (p41) & 3];
    p50->next = w43;
    struct node *p51 = gc_calloc (1, sizeof (struct node));
    w43 = p50;
  }
  struct node *w52 = n0;
  for (unsigned long i53 = 0; i53 < 3; i53++)
  {
    w52 = gc_alloc (sizeof (struct node));
    w52->val = i53 * list_sum (n0);
    acc += w52->val + list_sum (w52);
  }
  return acc ^ n1->a[3];
}

static __attribute__ ((noinline)) void f4 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 66UL;
  n0->slot = (x0 & 1 ? g_n[0] : g_n[2]);
  if (n1 != n0)
    memcpy (n1, n0, sizeof (struct node));
  g_n[1]->next = (g_n[2]->other ? g_n[2]->other : g_n[3]);
  acc += apply (cb_bump, g_n[g_n[3]->val & 3], n1->a[x0 & 3]);
  for (unsigned long i58 = 0; i58 < 4; i58++)
  {
    struct node *p59 = gc_calloc (1, sizeof (struct node));
    p59->val = list_sum (n1);
    p59->a[2] = (unsigned long) (p59 == p59);
    p59->next = n0;
    struct node *p60 = gc_alloc (64);
    p60->val = n0->val;
    p60->next = n0;
  }
  void *vp61 = g_n[1];
  struct node s62 = { 0 };
  s62.val = (unsigned long) ((uintptr_t) n0 != 0);
  s62.next = n1;
  g_acc ^= acc;
}

static __attribute__ ((noinline)) struct node *f5 (unsigned long x0)
{
  unsigned long acc = 0xb18ca41733dd28aUL;
  struct node *p64 = gc_calloc (1, sizeof (struct node));
  p64->val = (p64->next ? p64->next->val : x0);
  p64->next = p64;
  struct node **v65 = gc_alloc (4 * sizeof (struct node *));
  v65[0] = (g_n[1]->val & 1 ? p64 : p64);
  v65[1] = (p64->other ? p64->other : p64);
  v65[2] = (p64->val & 1 ? p64 : p64);
  struct node *arr66[4] = { (p64->next ? p64->next : p64), g_n[x0 & 3], (p64->val & 1 ? p64 : p64), p64 };
  g_n[2]->next = g_n[p64->val & 3];
  struct node *p67 = NEW (struct node);
  p67->a[1] = deep_sum (p67, 2);
  arr66[(x0 / (x0 | 1)) & 3] = (p67->other ? p67->other : p64);
  struct node *p68 = gc_alloc (sizeof (struct node));
  p68->val = list_len ((v65[1] ? v65[1] : p68));
  p68->a[3] = list_len (p64);
  v65[(x0 ? x0 : x0) & 3] = g_n[1];
  return (g_n[3]->next ? g_n[3]->next : g_n[0]);
}

static inline unsigned long f6 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 684172227UL;
  struct node **v72 = gc_alloc (4 * sizeof (struct node *));
  v72[2] = n0;
  v72[3] = g_n[x0 & 3];
  v72[(g_n[3]->val / (x0 | 1)) & 3] = (x0 & 1 ? n1 : n1);
  n1 = (n1->other ? n1->other : g_n[3]);
  n0->slot = g_n[g_n[3]->val & 3];
  struct node *p73 = NEW (struct node);
  p73->next = g_n[g_n[1]->val & 3];
  g_acc += x0;
  return acc ^ x0;
}

static __attribute__ ((noinline)) struct node *f7 (void)
{
  unsigned long acc = 0x4d3a91d2731553d5UL;
  struct node *p74 = gc_alloc (sizeof (struct node));
  p74->val = (unsigned long) ((uintptr_t) p74 != 0);
  p74->next = p74;
  g_acc += (94UL % (2337663684UL | 1));
  p74 = (p74->a[1] & 1 ? p74 : p74);
  unsigned long u75 = deep_sum ((p74->next ? p74->next : g_n[1]), 2);
  if ((unsigned long) ((uintptr_t) p74 != 0) % 2 == 1)
  {
    p74->other = p74;
  }
  else
  {
    struct node *w76 = p74;
    for (unsigned long i77 = 0; i77 < 3; i77++)
    {
      w76 = gc_alloc (sizeof (struct node));
      w76->val = i77 * w76->a[2];
      acc += w76->val + list_sum (w76);
    }
  }
  g_list->other = p74;
  acc += apply (cb_read, p74, g_n[0]->val);
  u75 = f3 (p74, (p74->other ? p74->other : p74), g_acc);
  return g_n[1];
}

static struct node *r8 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2UL;
  if (d == 0)
    return n0;
  if (d > 0)
  {
    struct node *p82 = r8 (d - 1, n0, (n1->other ? n1->other : n0), x1, x0);
  }
  struct node *p83 = gc_alloc (sizeof (struct node));
  p83->val = (2579209822UL - g_n[2]->val);
  p83->slot = p83;
  n1->a[(p83->val - g_n[1]->val) & 3] = deep_sum (n0, 1);
  acc += list_len (n1);
  if ((unsigned long) ((uintptr_t) g_n[p83->a[0] & 3] != 0) % 4 == 1)
  {
    if (g_acc % 4 == 1)
    {
      p83->a[list_len (p83) & 3] = (g_n[3]->next ? g_n[3]->next->val : 0UL);
      acc += f0 (p83, deep_sum (n1, 1), n1->a[2], (struct pair) { n1, (p83->other ? p83->other : n1) });
    }
    else
    {
      for (unsigned long i84 = 0; i84 < 6; i84++)
      {
        struct node *p85 = gc_calloc (1, sizeof (struct node));
        p85->val = g_acc;
        p85->a[2] = (unsigned long) ((uintptr_t) n1 != 0);
        n1->val += (n0->a[i84 & 3] / ((unsigned long) (p83 == n1) | 1));
        struct node *p86 = gc_calloc (1, sizeof (struct node));
        unsigned long *b87 = gc_alloc (32);
        b87[0] = b87[x0 & 3];
        b87[2] = (n0->val << (x0 & 63));
        b87[3] = (unsigned long) ((uintptr_t) p83 != 0);
      }
    }
  }
  else
  {
  }
  return p83;
}

static __attribute__ ((noinline)) struct node *r9 (unsigned long d, unsigned long x0, struct pair pr)
{
  unsigned long acc = 972247578UL;
  if (d == 0)
    return g_n[1];
  struct node *p89 = pr.b;
  struct node *p90 = gc_alloc (sizeof (struct node));
  p90 = f7 ();
  g_list = g_n[3];
  struct node *p91 = gc_calloc (1, sizeof (struct node));
  p91->val = (p90->slot ? ((struct node *) p90->slot)->val : x0);
  g_acc += p91->a[g_n[1]->val & 3];
  struct node *w92 = p90;
  for (unsigned long i93 = 0; i93 < 5; i93++)
  {
    w92 = gc_alloc (sizeof (struct node));
    w92->val = i93 * (unsigned long) (p91 == w92);
    acc += w92->val + list_sum (w92);
  }
  g_n[1]->next = g_n[0];
  if (list_len (g_n[3]) % 4 == 0)
  {
    p89->slot = g_n[w92->val & 3];
    for (unsigned long i94 = 0; i94 < 5; i94++)
    {
      struct node *p95 = NEW (struct node);
      p95->val = (i94 % (list_sum (p95) | 1));
      struct node *p96 = gc_alloc (sizeof (struct node));
      p96->a[3] = list_len (w92);
      void *vp97 = p89;
    }
  }
  if (d > 0)
  {
    struct node *p98 = r8 (d - 1, g_n[3], g_n[2], (x0 ^ x0), list_len (p91));
  }
  return g_n[1681591550UL & 3];
}

static __attribute__ ((noinline)) unsigned long f10 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2UL;
  struct node *p102 = gc_alloc (sizeof (struct node));
  p102->val = n0->a[n0->val & 3];
  acc += g_acc;
  struct node s103 = { 0 };
  s103.val = (n0->a[3] >> (g_n[2]->val & 63));
  s103.next = (p102->other ? p102->other : p102);
  s103.other = p102;
  if (p102 != p102)
    memcpy (p102, p102, sizeof (struct node));
  struct node *p104 = (struct node *) ((uintptr_t) n0 | 0);
  g_n[2]->next = p102;
  p102->next = p104;
  unsigned long st105 = 0;
  for (struct node *q = n0; q && st105 < 8; q = q->next, st105++)
    acc += q->val * (st105 + 1);
  acc += apply (cb_keep, p102, p104->a[x1 & 3]);
  p102->val += ((p102->slot ? ((struct node *) p102->slot)->val : 2363801944UL) ? (x1 + x0) : deep_sum (p102, 1));
  return acc ^ x0;
}

void f11 (unsigned long x0)
{
  unsigned long acc = 13UL;
  struct node *p107 = gc_alloc (sizeof (struct node));
  p107->val = list_len (p107);
  if (p107->a[(g_n[3]->val % (3UL | 1)) & 3] % 2 == 0)
  {
    gc_free (p107);
    p107->next = p107;
  }
  else
  {
    acc += (unsigned long) ((uintptr_t) p107 != 0);
    if (((p107->slot ? ((struct node *) p107->slot)->val : g_n[3]->a[1]) ? g_n[1]->val : (unsigned long) (p107 == g_n[0])) % 4 == 0)
    {
      acc += f3 (p107, p107, list_sum (p107));
      acc += apply (cb_keep, (g_n[3]->other ? g_n[3]->other : g_n[2]), (unsigned long) ((uintptr_t) p107 != 0));
    }
    else
    {
      struct node *p108 = NEW (struct node);
      p108->val = (unsigned long) ((p107->next ? p107->next : g_n[3]) == (p108->other ? p108->other : p108));
      p108->a[2] = (x0 ? x0 : g_n[2]->val);
    }
    g_any = g_n[1];
  }
  struct node *p109 = (struct node *) ((uintptr_t) p107 | 0);
  { unsigned long *q = &p107->a[2]; *q ^= (unsigned long) ((uintptr_t) g_n[2] != 0); }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) unsigned long f12 (struct node *n0, struct node *n1)
{
  unsigned long acc = 2UL;
  f4 (n0, n1, g_n[2]->val, (n0->next ? n0->next->val : 1UL));
  struct node *w112 = n0;
  for (unsigned long i113 = 0; i113 < 5; i113++)
  {
    w112 = gc_alloc (sizeof (struct node));
    w112->val = i113 * (n1->slot ? ((struct node *) n1->slot)->val : n0->a[1]);
    acc += w112->val + list_sum (w112);
  }
  g_h.pr.b = n1;
  if ((n0->a[2] * 51UL) % 6 == 1) return acc ^ n1->a[0];
  struct node **v114 = gc_alloc (4 * sizeof (struct node *));
  v114[0] = (n1->other ? n1->other : n1);
  v114[2] = w112;
  v114[3] = (n0->next ? n0->next : n1);
  n0->val += (n0->next ? n0->next->val : g_n[3]->val);
  { unsigned long *q = &w112->a[1]; *q ^= (g_n[2]->val | n1->val); }
  unsigned long u115 = ((v114[3] ? v114[3]->val : g_n[3]->val) | u115);
  struct node *p116 = NEW (struct node);
  p116->val = w112->a[1];
  p116->next = n1;
  g_list->other = (n0->val & 1 ? p116 : n1);
  struct node *p117 = f5 ((u115 ^ u115));
  { unsigned long *q = &p116->a[2]; *q ^= (n0->a[0] * p117->val); }
  for (unsigned long i118 = 0; i118 < 7; i118++)
  {
    struct node *p119 = gc_alloc (64 + i118 % 16);
    p119->val = ((g_n[3]->val / (p116->val | 1)) - n0->a[i118 & 3]);
    p119->a[2] = (g_n[0]->slot ? ((struct node *) g_n[0]->slot)->val : g_n[0]->val);
    p119->next = n1;
    n1 = p119;
  }
  struct node *p120 = NEW (struct node);
  p120->val = (p117->a[3] << ((v114[0] ? v114[0]->val : u115) & 63));
  p120->next = n1;
  return acc ^ (unsigned long) ((uintptr_t) w112 != 0);
}

void f13 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 2898648873UL;
  struct node *p125 = pr.a;
  struct node *p126 = gc_alloc (sizeof (struct node));
  acc += f6 (n1, n1, (x1 ? x1 : n0->a[2]));
  n1->val += n0->val;
  if (n1 != (g_n[2]->next ? g_n[2]->next : n1))
    memcpy (n1, (g_n[2]->next ? g_n[2]->next : n1), sizeof (struct node));
  acc += f10 ((n0->next ? n0->next : n0), (unsigned long) ((uintptr_t) p126 != 0), g_n[3]->val);
  for (unsigned long i127 = 0; i127 < 6; i127++)
  {
    struct node *p128 = gc_alloc (sizeof (struct node));
    p128->val = (g_n[2]->val >> (g_n[1]->val & 63));
    unsigned long *b129 = gc_alloc (96);
    b129[2] = i127;
    b129[3] = 63UL;
    struct node s130 = { 0 };
    s130.val = (unsigned long) (p126 == n0);
    s130.other = g_n[n1->a[3] & 3];
  }
  struct node *p131 = gc_alloc (sizeof (struct node));
  p131->val = (unsigned long) ((uintptr_t) p131 != 0);
  p131->a[0] = (p131->val << (g_n[3]->val & 63));
  p131->next = p126;
  p131 = n1;
  for (unsigned long i132 = 0; i132 < 5; i132++)
  {
    struct node *p133 = gc_alloc (sizeof (struct node));
    p133->val = ((i132 + p126->val) & list_len (p131));
    p133->next = (p133->next ? p133->next : n1);
    for (unsigned long i134 = 0; i134 < 3; i134++)
    {
      struct node *p135 = gc_alloc (sizeof (struct node));
      p135->val = list_len ((p135->other ? p135->other : p125));
      p135->next = (p125->other ? p125->other : n1);
      acc += apply (cb_read, n1, (g_n[3]->slot ? ((struct node *) g_n[3]->slot)->val : 2UL));
      for (unsigned long i136 = 0; i136 < 6; i136++)
      {
        struct node *p137 = gc_alloc (sizeof (struct node));
        p137->next = p135;
        acc += apply (cb_read, n1, g_n[0]->a[p135->a[0] & 3]);
        p135 = p137;
      }
      if (g_n[2]->val % 4 == 0)
      {
        struct node *arr138[4] = { (n0->next ? n0->next : n0), (p131->next ? p131->next : n0), p125, (p125->next ? p125->next : p131) };
        g_list = (i134 & 1 ? n0 : n1);
      }
    }
  }
  g_acc ^= acc;
}

static struct node *f14 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 0x64cdf97a6a4b39b0UL;
  struct node *p141 = gc_alloc (sizeof (struct node));
  p141->val = x0;
  p141->next = g_n[1];
  gc_free (n0);
  if ((x0 | g_n[2]->val) % 3 == 1) return (x0 & 1 ? n0 : n0);
  unsigned long u142 = ((g_n[3]->val & p141->a[0]) / ((u142 ^ p141->val) | 1));
  g_any = n0;
  p141->other = p141;
  printf ("f14.1 %lu\n", acc);
  void *vp143 = n0;
  unsigned long *b144 = gc_alloc (32);
  b144[0] = (unsigned long) (p141 == n0);
  b144[1] = b144[0];
  b144[3] = list_sum (g_n[0]);
  struct node **v145 = gc_alloc (4 * sizeof (struct node *));
  v145[2] = p141;
  v145[3] = n0;
  return n0;
}

static struct node *f15 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 27UL;
  struct node *p149 = gc_calloc (1, sizeof (struct node));
  { struct node *volatile vol = p149; acc += vol->val; }
  for (unsigned long i150 = 0; i150 < 5; i150++)
  {
    struct node *p151 = gc_alloc (sizeof (struct node));
    p151->val = list_sum ((x1 & 1 ? n0 : n0));
    p151->a[1] = list_sum (p151);
    p151->next = n0;
    n0 = p151;
  }
  __asm__ volatile ("" : : "r" (n0) : "memory");
  for (unsigned long i152 = 0; i152 < 3; i152++)
  {
    struct node *p153 = gc_alloc (sizeof (struct node));
    p153->val = ((p149->val ^ g_n[3]->val) >> ((p149->val ^ x0) & 63));
    p153->a[(n0->slot ? ((struct node *) n0->slot)->val : p149->a[3]) & 3] = p153->a[1];
    for (unsigned long i154 = 0; i154 < 2; i154++)
    {
      struct node *p155 = gc_alloc (sizeof (struct node));
      p155->val = g_acc;
      p155->next = p153;
      struct node *p156 = gc_calloc (1, sizeof (struct node));
      p156->val = g_n[2]->val;
      p156->next = p156;
      p153 = p155;
    }
  }
  { unsigned long *q = &n0->a[3]; *q ^= (unsigned long) (n0 == p149); }
  struct node *p157 = gc_alloc (sizeof (struct node));
  p157->next = g_n[x0 & 3];
  acc += apply (cb_keep, g_n[2], p157->a[x0 & 3]);
  struct node **v158 = gc_alloc (4 * sizeof (struct node *));
  v158[0] = (p149->other ? p149->other : p157);
  v158[1] = p149;
  v158[2] = g_n[x0 & 3];
  for (unsigned long i159 = 0; i159 < 3; i159++)
  {
    struct node *p160 = NEW (struct node);
    p160->val = (g_n[n0->val & 3]->next ? g_n[n0->val & 3]->next->val : g_acc);
    p160->a[0] = x0;
    acc += cb_read (g_n[3], list_len (p157));
    f13 (g_n[3], g_n[2], x1, (p160->next ? p160->next->val : x1), (struct pair) { p160, p149 });
    struct node *p161 = gc_calloc (1, sizeof (struct node));
    p161->a[1] = (0x695de7873a79c782UL + p161->a[3]);
  }
  return g_n[0];
}

static void r16 (unsigned long d, struct node *n0, struct node *n1)
{
  unsigned long acc = 2UL;
  if (d == 0)
    return;
  struct node *p164 = gc_alloc (sizeof (struct node));
  if (n1 != (655433768UL & 1 ? n1 : n1))
    memcpy (n1, (655433768UL & 1 ? n1 : n1), sizeof (struct node));
  struct node *p165 = f7 ();
  acc = mix (acc, 2664805641UL);
  printf ("r16.2 %lu\n", acc);
  g_n[1] = n1;
  n1->other = n1;
  unsigned long *b166 = gc_alloc (64);
  b166[0] = (15UL * 55UL);
  struct node **v167 = gc_alloc (4 * sizeof (struct node *));
  v167[0] = g_n[3];
  v167[2] = (n1->next ? n1->next : n1);
  v167[3] = n1;
  g_n[0]->next = (g_n[1]->other ? g_n[1]->other : n1);
  if (0x5d982ce81000deb0UL % 7 == 1) return;
  acc += apply (cb_bump, (n0->a[1] & 1 ? p165 : p165), (unsigned long) ((uintptr_t) p164 != 0));
  if ((n1->slot ? ((struct node *) n1->slot)->val : 0x694c42c1181071faUL) % 3 == 0)
  {
    acc += apply (cb_bump, n1, (0x3a02e068459fa59aUL / (p165->val | 1)));
    struct node *p168 = gc_alloc (sizeof (struct node));
    p168->val = b166[1];
    p168->next = p168;
  }
  else
  {
  }
  if (d > 0)
  {
    acc += r17 (d - 1, p165, n1);
  }
  g_acc ^= acc;
}

unsigned long r17 (unsigned long d, struct node *n0, struct node *n1)
{
  unsigned long acc = 0UL;
  if (d == 0)
    return acc;
  struct node *p171 = gc_alloc (sizeof (struct node));
  p171->val = (n1->a[3] >> (2UL & 63));
  p171->a[2] = (unsigned long) ((uintptr_t) p171 != 0);
  g_h.p = (g_n[3]->other ? g_n[3]->other : n1);
  if (((g_n[0]->val * 2UL) & (unsigned long) (p171 == n1)) % 2 == 1)
  {
    acc += f12 (n1, (g_n[3]->next ? g_n[3]->next : p171));
    for (unsigned long i172 = 0; i172 < 1; i172++)
    {
      acc = mix (acc, p171->a[2298963512UL & 3]);
      acc += g_cb[(n1->val | 1UL) & 3] (g_n[p171->val & 3], i172);
    }
  }
  { unsigned long *q = &n0->a[0]; *q ^= 23UL; }
  n0->a[(unsigned long) (g_n[0] == g_n[2]) & 3] = (p171->a[2] - (0x49fcd0764132fbbUL * g_n[2]->val));
  g_list->other = (3UL & 1 ? p171 : n0);
  acc += n1->a[3];
  if ((1UL + 0x22dbe88a41913d47UL) % 5 == 1) return acc ^ (unsigned long) ((uintptr_t) n0 != 0);
  acc += cb_read ((n0->next ? n0->next : n0), n0->val);
  unsigned long u173 = u173;
  if (d > 0)
  {
    r16 (d - 1, n0, n0);
  }
  return acc ^ n0->a[u173 & 3];
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
  unsigned long acc = 12UL;
  struct node *p174 = NEW (struct node);
  p174->val = ((unsigned long) (p174 == p174) | p174->a[p174->val & 3]);
  p174->slot = g_n[1];
  g_n[0] = g_n[1];
  for (unsigned long i175 = 0; i175 < 1; i175++)
  {
    struct node *p176 = gc_alloc (sizeof (struct node));
    p176->val = list_len (p174);
    p174 = g_n[g_n[0]->val & 3];
  }
  p174->other = p174;
  g_acc += (unsigned long) ((p174->next ? p174->next : p174) == p174);
  p174->next = (p174->next ? p174->next : p174);
  acc += r1 ((0x826b9d23a5ccb2bUL >> (p174->val & 63)) % 4, 0x332b137a7a644b0dUL);
  printf ("main.r1 %lu\n", acc);
  struct node *p177 = r2 ((748624394UL | 2473525148UL) % 4, p174, (p174->other ? p174->other : p174), g_n[p174->a[2] & 3], 64UL);
  printf ("main.r2 %lu\n", acc);
  struct node *p178 = r8 ((p174->next ? p174->next->val : p174->a[2]) % 4, g_n[1], g_n[1], g_n[3]->val, (p174->val & p174->a[3]));
  printf ("main.r8 %lu\n", acc);
  struct node *p179 = r9 (g_n[3]->val % 4, deep_sum (p174, 1), (struct pair) { (p174->next ? p174->next : p174), p174 });
  printf ("main.r9 %lu\n", acc);
  f11 (3UL);
  printf ("main.f11 %lu\n", acc);
  struct node *p180 = f14 (g_n[3], (1UL >> (g_n[1]->val & 63)));
  printf ("main.f14 %lu\n", acc);
  struct node *p181 = f15 ((p174->next ? p174->next : p174), (p174->next ? p174->next->val : p174->a[0]), (p174->a[0] >> (g_n[1]->val & 63)));
  printf ("main.f15 %lu\n", acc);
  r16 ((1UL << (g_n[3]->val & 63)) % 4, p174, g_n[3]);
  printf ("main.r16 %lu\n", acc);
  acc += r17 ((0x6a5d9c1d6ddf9b13UL ? 0x9017a11553e2e85UL : 3137061210UL) % 4, (g_n[1]->next ? g_n[1]->next : g_n[2]), (g_n[3]->next ? g_n[3]->next : g_n[1]));
  printf ("main.r17 %lu\n", acc);
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

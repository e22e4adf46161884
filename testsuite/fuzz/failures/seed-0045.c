/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0045.c */
/* gcc-escape fuzz program, seed 45: testsuite/fuzz/gen 45 */
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

struct node *f0 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static void f1 (struct node *n0, struct node *n1, unsigned long x0);
static void f2 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out);
static void f3 (unsigned long x0);
unsigned long r4 (unsigned long d, struct node *n0, struct node *n1, struct node **out);
unsigned long f5 (struct node *n0, struct node *n1, struct node *n2);
static struct node *f6 (unsigned long x0, unsigned long x1);
static struct node *f7 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static void f8 (void);
static unsigned long f9 (struct node *n0, struct node *n1);
unsigned long f10 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out);
static unsigned long f11 (struct node *n0, struct node *n1, struct node *n2);
unsigned long f12 (struct node *n0, struct node *n1, struct node *n2, struct pair pr);

struct node *f0 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 28UL;
  struct node *p6 = gc_alloc (sizeof (struct node));
  p6->val = n2->a[2];
  struct node *p7 = gc_alloc (sizeof (struct node));
  p7->val = (n1->next ? n1->next->val : (g_n[2]->val >> (x0 & 63)));
  printf ("f0.0 %lu\n", acc);
  unsigned long st8 = 0;
  for (struct node *q = n0; q && st8 < 8; q = q->next, st8++)
    acc += q->val * (st8 + 1);
  if (st8 % 2 == 0)
  {
    { unsigned long *q = &n2->a[2]; *q ^= 79UL; }
    g_acc += (unsigned long) ((uintptr_t) g_n[x0 & 3] != 0);
  }
  else
  {
  }
  { unsigned long *q = &n2->a[2]; *q ^= (p6->next ? p6->next->val : g_n[0]->val); }
  acc += ((p7->slot ? ((struct node *) p7->slot)->val : 1UL) & (x1 / (g_n[2]->val | 1)));
  return p7;
}

static void f1 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 3UL;
  struct node *p12 = gc_alloc (64);
  p12->val = ((n0->val & n0->val) / (n0->a[3] | 1));
  p12->next = g_n[296125270UL & 3];
  printf ("f1.1 %lu\n", acc);
  struct node *p13 = gc_alloc (sizeof (struct node));
  p13->val = (g_n[2]->val / (x0 | 1));
  p13->a[0] = g_n[1]->val;
  acc = mix (acc, p12->a[3]);
  n1->a[x0 & 3] = (p12->val - x0);
  if (((n0->next ? n0->next->val : x0) ^ (unsigned long) (p12 == n0)) % 3 == 0)
  {
    for (unsigned long i14 = 0; i14 < 2; i14++)
    {
      struct node *p15 = gc_alloc (sizeof (struct node));
      p15->val = g_n[3]->val;
      p15->next = n0;
      n0 = p15;
    }
  }
  else
  {
    acc += apply (cb_read, n1, *g_up);
    for (unsigned long i16 = 0; i16 < 6; i16++)
    {
      struct node *p17 = gc_alloc (sizeof (struct node));
      p17->val = ((i16 ^ n0->val) - x0);
      p17->a[0] = (p13->slot ? ((struct node *) p13->slot)->val : g_n[2]->val);
      p17->next = p13;
    }
  }
  g_acc ^= acc;
}

static void f2 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 0x777702450e340a63UL;
  n1->slot = n0;
  struct node *w22 = n1;
  for (unsigned long i23 = 0; i23 < 5; i23++)
  {
    w22 = gc_alloc (sizeof (struct node));
    w22->val = i23 * (i23 ? i23 : x1);
    acc += w22->val + list_sum (w22);
  }
  if (x0 % 4 == 0)
  {
  }
  else
  {
    acc += 3UL;
    acc += ((unsigned long) (w22 == n0) - (g_n[0]->val - 0UL));
    acc += cb_read (n0, (unsigned long) (n0 == n0));
  }
  acc += ((3914733508UL & 1 ? w22 : n1)->next ? (3914733508UL & 1 ? w22 : n1)->next->val : deep_sum (n0, 1));
  n1->slot = n0;
  acc += (unsigned long) ((uintptr_t) w22 != 0);
  acc += g_n[2]->a[0];
  struct node *p24 = (struct node *) ((uintptr_t) n0 | 0);
  *out = (w22->other ? w22->other : w22);
  acc += *out ? (*out)->val : w22->a[3];
  printf ("f2.2 %lu\n", acc);
  g_acc ^= acc;
}

static inline void f3 (unsigned long x0)
{
  unsigned long acc = 66UL;
  struct node *p26 = NEW (struct node);
  p26->val = list_len (p26);
  acc = mix (acc, g_n[2]->val);
  gc_free (p26);
  for (unsigned long i27 = 0; i27 < 3; i27++)
  {
    struct node *p28 = NEW (struct node);
    p28->val = (p26->slot ? ((struct node *) p26->slot)->val : 32UL);
    p28->a[2] = (p26->next ? p26->next->val : g_n[2]->val);
    p28->next = p28;
    unsigned long st29 = 0;
    for (struct node *q = p26; q && st29 < 8; q = q->next, st29++)
      acc += q->val * (st29 + 1);
  }
  for (unsigned long i30 = 0; i30 < 4; i30++)
  {
    struct node *p31 = gc_alloc (sizeof (struct node));
    p31->val = (*g_up ^ p26->a[2]);
    p31->a[3] = g_acc;
    g_up = &(g_n[0]->other ? g_n[0]->other : g_n[2])->a[2];
  }
  g_acc ^= acc;
}

unsigned long r4 (unsigned long d, struct node *n0, struct node *n1, struct node **out)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return acc;
  struct node *p34 = gc_alloc (sizeof (struct node));
  p34->val = (unsigned long) ((uintptr_t) n0 != 0);
  p34->next = (0x45873fb33560df02UL & 1 ? g_n[0] : n1);
  f3 (p34->a[1]);
  n1->other = n0;
  for (unsigned long i35 = 0; i35 < 5; i35++)
  {
    p34->other = (p34->next ? p34->next : n1);
    f3 (g_acc);
  }
  unsigned long u36 = (unsigned long) ((uintptr_t) g_n[0] != 0);
  f2 (n0, n0, (n0->next ? n0->next->val : u36), g_acc, &g_n[2]);
  n0->other = (n1->next ? n1->next : p34);
  acc += (unsigned long) ((*out ? *out : p34) == (n0->next ? n0->next : n1));
  if (d > 0)
  {
    acc += r4 (d - 1, n0, (n0->a[1] & 1 ? p34 : n1), &n0);
  }
  return acc ^ (unsigned long) (n0 == p34);
}

unsigned long f5 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 2UL;
  if (list_sum (n1) % 2 == 0)
  {
    struct node s40 = { 0 };
    s40.val = list_sum (n1);
    struct node *p41 = NEW (struct node);
  }
  printf ("f5.3 %lu\n", acc);
  n0->val += n0->a[0];
  printf ("f5.4 %lu\n", acc);
  struct node *p42 = gc_calloc (1, sizeof (struct node));
  p42->val = n2->val;
  p42->a[3] = n2->val;
  return acc ^ g_n[0]->val;
}

static struct node *f6 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x7de39cd31992b7cbUL;
  struct node *p45 = gc_alloc (64);
  p45->val = (g_n[0]->val * 2UL);
  unsigned long *b46 = gc_calloc (12, sizeof (unsigned long));
  b46[1] = 2UL;
  b46[2] = list_len (p45);
  g_h.p = p45;
  f3 ((p45->next ? p45->next->val : 0x1c0d693f41393dbdUL));
  struct node *p47 = gc_calloc (1, sizeof (struct node));
  p47->val = (unsigned long) ((p47->val & 1 ? p45 : g_n[0]) == g_n[3]);
  p47->next = p47;
  acc += (b46[3] | p45->val);
  b46[x1 & 3] = (x1 + (unsigned long) ((uintptr_t) p45 != 0));
  p45->val += (x0 << (x1 & 63));
  acc += p45->a[0];
  void *vp48 = p47;
  struct node *p49 = f0 (p45, p45, (2UL & 1 ? p45 : p45), list_len (p47), p45->a[0]);
  for (unsigned long i50 = 0; i50 < 5; i50++)
  {
    struct node *p51 = gc_alloc (sizeof (struct node));
    p51->val = (unsigned long) ((uintptr_t) p45 != 0);
    g_acc += (unsigned long) ((uintptr_t) p49 != 0);
    struct node **v52 = gc_alloc (4 * sizeof (struct node *));
    v52[1] = g_n[x1 & 3];
    v52[2] = p45;
    v52[3] = (p45->other ? p45->other : p45);
  }
  return (x1 & 1 ? p45 : g_n[1]);
}

static struct node *f7 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x1668f6ba46658d6cUL;
  n0->next = g_n[3];
  struct node *arr58[4] = { (n2->val & 1 ? n1 : n0), n2, n0, (n1->next ? n1->next : n0) };
  g_acc += x0;
  n2 = f6 (list_sum (n1), (unsigned long) (n0 == n0));
  acc += (unsigned long) ((uintptr_t) n2 != 0);
  struct node **v59 = gc_alloc (4 * sizeof (struct node *));
  v59[3] = arr58[x0 & 3];
  g_n[3]->next = (g_n[2]->other ? g_n[2]->other : n1);
  n2->slot = n1;
  return n1;
}

static __attribute__ ((noinline)) void f8 (void)
{
  unsigned long acc = 4015300945UL;
  struct node *p60 = gc_alloc (sizeof (struct node));
  p60->val = p60->a[2];
  acc += list_len ((0x680c92956197b23UL & 1 ? p60 : p60));
  struct node *p61 = gc_calloc (1, sizeof (struct node));
  g_up = &p60->a[2];
  f1 (g_n[0], p60, (p61->a[3] * 1711867163UL));
  p61->next = p60;
  acc = mix (acc, 0x55c3cc0a3857d5f1UL);
  g_acc ^= acc;
}

static unsigned long f9 (struct node *n0, struct node *n1)
{
  unsigned long acc = 0x34a4878c2f3fb392UL;
  for (unsigned long i64 = 0; i64 < 1; i64++)
  {
    struct node *p65 = gc_alloc (sizeof (struct node));
    p65->next = p65;
    struct node *p66 = f0 (n1, n1, g_n[63UL & 3], deep_sum (n1, 2), (unsigned long) (p65 == n1));
    g_acc += deep_sum (p65, 0);
    struct node *p67 = f0 (n1, n1, n1, (p66->next ? p66->next->val : i64), (p66->next ? p66->next->val : 2678961261UL));
    struct node *p68 = gc_alloc (sizeof (struct node));
    p68->val = (2UL - p68->a[1]);
  }
  return acc ^ (g_n[0]->a[2] / (49UL | 1));
}

__attribute__ ((noinline)) unsigned long f10 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out)
{
  unsigned long acc = 0x2b74a5e346fcc261UL;
  acc += g_cb[g_n[2]->a[n2->a[3] & 3] & 3] (g_n[n0->val & 3], x0);
  for (unsigned long i73 = 0; i73 < 6; i73++)
  {
    struct node *p74 = NEW (struct node);
    p74->val = ((unsigned long) ((uintptr_t) n1 != 0) - deep_sum (n0, 0));
    p74->next = p74;
    p74->next = n1;
    n1 = p74;
  }
  printf ("f10.5 %lu\n", acc);
  if ((x0 | 3UL) % 2 == 1)
  {
    acc += ((n0->val * x0) ^ (n0->val ? g_n[1]->val : x0));
    if ((2638742338UL ^ x0) % 4 == 0)
    {
      struct node *arr75[4] = { n1, n1, (n1->next ? n1->next : n1), (n0->val & 1 ? n1 : n1) };
    }
  }
  return acc ^ x0;
}

static unsigned long f11 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 1271820294UL;
  acc += n0->a[1];
  acc += f10 (n2, n0, n2, (n0->a[2] | g_n[3]->val), &g_n[1]);
  unsigned long *b79 = gc_alloc (32);
  b79[2] = (b79[0] % (n0->val | 1));
  b79[3] = n2->a[0UL & 3];
  g_list->other = (n0->next ? n0->next : n0);
  g_list->other = (n1->a[0] & 1 ? n0 : n0);
  if (((7UL - 3967480226UL) ? (2UL | b79[1]) : g_acc) % 3 == 0)
  {
    struct node *p80 = f0 (g_n[1], n0, g_n[72UL & 3], (n0->a[1] + n2->val), b79[2]);
  }
  else
  {
  }
  gc_free (n2);
  acc += f5 (n0, n1, n0);
  acc += b79[3];
  n1 = n0;
  f3 (*g_up);
  { unsigned long *q = b79 + 2; q[-1] += q[1] + list_sum (n0); }
  for (unsigned long i81 = 0; i81 < 4; i81++)
  {
    struct node *p82 = gc_alloc (sizeof (struct node));
    p82->val = (p82->slot ? ((struct node *) p82->slot)->val : list_len (n2));
    p82->a[0] = (0x41a0f79752abfb16UL + 56UL);
    p82->next = g_n[2];
    p82->next = n1;
    p82 = p82;
    n1 = p82;
  }
  return acc ^ (unsigned long) ((uintptr_t) n2 != 0);
}

unsigned long f12 (struct node *n0, struct node *n1, struct node *n2, struct pair pr)
{
  unsigned long acc = 0x3866751e50666dd3UL;
  struct node *p86 = pr.a;
  struct node *arr87[4] = { g_n[1955281042UL & 3], n2, (n1->next ? n1->next : n1), n1 };
  n1->next = n2;
  acc += n1->a[p86->val & 3];
  for (unsigned long i88 = 0; i88 < 5; i88++)
  {
    struct node *p89 = gc_alloc (sizeof (struct node));
    p89->val = (p89->slot ? ((struct node *) p89->slot)->val : (i88 ^ i88));
    p89->next = (n1->other ? n1->other : n2);
    p89->next = n2;
    p86->other = p86;
    n2 = p89;
  }
  n0->a[35UL & 3] = (unsigned long) ((uintptr_t) g_n[p86->val & 3] != 0);
  acc += 80UL;
  acc = mix (acc, g_n[3]->val);
  struct node *p90 = gc_alloc (sizeof (struct node));
  p90->val = (n1->a[n1->val & 3] ? (0x7addf8a5039ab73UL / (1595398678UL | 1)) : (0x724c14c477f43c52UL + n2->a[0]));
  p90->next = (p90->next ? p90->next : n1);
  p86->val += (n2->val ? arr_sum (arr87, 4) : n1->val);
  g_up = &n1->a[1];
  return acc ^ (n2->slot ? ((struct node *) n2->slot)->val : 3UL);
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
  unsigned long acc = 45UL;
  struct node *p91 = gc_alloc (sizeof (struct node));
  p91->val = (p91->val % (0x33b6ca930105a48eUL | 1));
  g_h.pr.b = g_n[p91->a[1] & 3];
  struct node *p92 = gc_alloc (sizeof (struct node));
  p92->val = p91->a[(p92->a[3] / (p92->val | 1)) & 3];
  p92->a[0] = (3471292983UL * g_n[3]->a[3]);
  g_list = g_n[2];
  { unsigned long *q = &p92->a[1]; *q ^= 56UL; }
  unsigned long u93 = p92->a[193356897UL & 3];
  __asm__ volatile ("" : : "r" (p91) : "memory");
  g_up = &(u93 & 1 ? p91 : p92)->a[1];
  p91->slot = g_n[1];
  struct node *p94 = (struct node *) ((uintptr_t) p91 | 0);
  acc += (*g_up & (g_n[3]->val / (u93 | 1)));
  { unsigned long *q = &p92->a[2]; *q ^= 2UL; }
  { struct node *volatile vol = p92; acc += vol->val; }
  acc += apply (cb_keep, p94, 1434386796UL);
  acc = mix (acc, p94->val);
  acc += f10 (p92, p94, p94, list_len (p91), &p94);
  acc = mix (acc, (p91->slot ? ((struct node *) p91->slot)->val : g_n[3]->val));
  struct node *p95 = gc_alloc (sizeof (struct node));
  p95->val = list_sum (p94);
  p95->next = g_n[g_n[2]->val & 3];
  u93 = r4 ((p94->slot ? ((struct node *) p94->slot)->val : p94->a[1]) % 4, p94, p94, &p92);
  printf ("main.r4 %lu\n", acc);
  struct node *p96 = f7 (p94, p94, p94, (p92->next ? p92->next->val : u93), list_len (p94));
  printf ("main.f7 %lu\n", acc);
  f8 ();
  printf ("main.f8 %lu\n", acc);
  acc += f9 ((p94->next ? p94->next : p94), g_n[g_n[3]->val & 3]);
  printf ("main.f9 %lu\n", acc);
  u93 = f11 (p94, (p95->other ? p95->other : p91), p91);
  printf ("main.f11 %lu\n", acc);
  u93 = f12 (g_n[2], p94, p94, (struct pair) { p95, p91 });
  printf ("main.f12 %lu\n", acc);
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

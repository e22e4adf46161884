/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0057.c */
/* gcc-escape fuzz program, seed 57: testsuite/fuzz/gen 57 */
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

static struct node *f0 (struct node *n0, unsigned long x0);
static struct node *f1 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static unsigned long f2 (struct node *n0, unsigned long x0, unsigned long x1);
static void f3 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out, struct pair pr);
static unsigned long f4 (struct node *n0, unsigned long x0, struct pair pr);
static struct node *f5 (unsigned long x0, unsigned long x1);
void f6 (struct node *n0, unsigned long x0, struct pair pr);
static unsigned long f7 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);

static struct node *f0 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 1UL;
  struct node *p3 = gc_alloc (sizeof (struct node));
  p3->val = (list_len (p3) * (unsigned long) (n0 == n0));
  struct node *p4 = gc_alloc (64);
  p4->val = (n0->val + x0);
  p4->next = p4;
  acc += cb_read (p4, 3449773252UL);
  p4->val += 4266481715UL;
  struct node *p5 = gc_calloc (1, sizeof (struct node));
  p5->val = (p5->next ? p5->next->val : (p4->val + x0));
  p5->a[2] = x0;
  return p4;
}

static struct node *f1 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0UL;
  acc += apply (cb_read, n1, (x1 / (n0->a[1] | 1)));
  n1->val += deep_sum (n0, 2);
  struct node *p10 = gc_alloc (sizeof (struct node));
  p10->next = g_n[x1 & 3];
  struct node *w11 = n1;
  for (unsigned long i12 = 0; i12 < 2; i12++)
  {
    w11 = gc_alloc (sizeof (struct node));
    w11->val = i12 * w11->a[2];
    acc += w11->val + list_sum (w11);
  }
  acc += deep_sum (w11, 2);
  for (unsigned long i13 = 0; i13 < 2; i13++)
  {
    if ((unsigned long) ((uintptr_t) w11 != 0) % 3 == 1)
    {
      g_n[0]->next = n1;
    }
  }
  struct node s14 = { 0 };
  s14.val = list_sum (&s14);
  struct node *p15 = gc_alloc (sizeof (struct node));
  p15->next = (n1->next ? n1->next : p10);
  void *vp16 = (x0 & 1 ? p10 : p10);
  p10->other = p10;
  n1->next = (w11->next ? w11->next : w11);
  struct node *arr17[4] = { ((struct node *) vp16), ((struct node *) vp16), p10, (p10->other ? p10->other : g_n[3]) };
  struct node *p18 = gc_alloc (sizeof (struct node));
  p18->val = (unsigned long) ((uintptr_t) (g_n[0]->val & 1 ? w11 : p15) != 0);
  unsigned long st19 = 0;
  for (struct node *q = (s14.next ? s14.next : n0); q && st19 < 8; q = q->next, st19++)
    acc += q->val * (st19 + 1);
  return p10;
}

static unsigned long f2 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x1d06bd9a08d855ceUL;
  struct node *p23 = gc_alloc (sizeof (struct node));
  p23->val = ((unsigned long) ((uintptr_t) p23 != 0) / ((unsigned long) (p23 == p23) | 1));
  struct node **v24 = gc_alloc (4 * sizeof (struct node *));
  v24[0] = g_n[1];
  v24[2] = (3293122757UL & 1 ? g_n[0] : g_n[1]);
  v24[3] = g_n[1];
  gc_free (p23);
  acc = mix (acc, *g_up);
  { struct node *volatile vol = p23; acc += vol->val; }
  printf ("f2.0 %lu\n", acc);
  { unsigned long *q = &n0->a[3]; *q ^= (33UL >> (g_n[1]->val & 63)); }
  for (unsigned long i25 = 0; i25 < 5; i25++)
  {
    struct node *p26 = gc_alloc (sizeof (struct node));
    p26->val = (unsigned long) ((uintptr_t) g_n[1496100466UL & 3] != 0);
    p26->next = p23;
    struct node *w27 = p23;
    for (unsigned long i28 = 0; i28 < 3; i28++)
    {
      w27 = gc_alloc (sizeof (struct node));
      w27->val = i28 * i28;
      acc += w27->val + list_sum (w27);
    }
    p23 = p26;
  }
  acc += g_n[2]->val;
  n0 = n0;
  if ((x0 / (g_n[0]->val | 1)) % 3 == 1) return acc ^ 1UL;
  struct node *p29 = gc_calloc (1, sizeof (struct node));
  p29->a[2] = deep_sum (n0, 0);
  for (unsigned long i30 = 0; i30 < 3; i30++)
  {
    struct node *p31 = gc_alloc (sizeof (struct node));
    p31->val = list_len (n0);
    p31->a[1] = list_len (p29);
    if (list_sum (p23) % 4 == 1)
    {
      void *vp32 = p23;
      unsigned long *b33 = gc_alloc (64);
      b33[3] = (0x76b953702855c00UL & b33[1]);
    }
    else
    {
    }
  }
  return acc ^ x1;
}

static inline void f3 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out, struct pair pr)
{
  unsigned long acc = 43UL;
  struct node *p38 = pr.a;
  struct node *p39 = gc_alloc (sizeof (struct node));
  p39->a[1] = n0->a[2157531839UL & 3];
  p39->next = (g_n[2]->val & 1 ? n1 : n0);
  unsigned long st40 = 0;
  for (struct node *q = (n0->other ? n0->other : n0); q && st40 < 8; q = q->next, st40++)
    acc += q->val * (st40 + 1);
  struct node s41 = { 0 };
  s41.val = g_n[1]->a[3];
  s41.next = p38;
  s41.other = (g_n[0]->val & 1 ? g_n[1] : n0);
  struct node *p42 = gc_alloc (sizeof (struct node));
  p42->next = (p38->next ? p38->next : p42);
  p42 = f1 (p42, (*out ? *out : p42), 360949234UL, (p39->val ^ p39->a[1]));
  acc += (p42->a[0x1e6fcf750d37a14aUL & 3] >> ((x0 + p42->val) & 63));
  if (n1->val % 4 == 1) return;
  unsigned long *b43 = gc_alloc (64 + (st40 & 7));
  b43[2] = (unsigned long) ((uintptr_t) n1 != 0);
  acc = mix (acc, (x0 ? 24UL : 0x44f35aaa7c482e4eUL));
  acc = mix (acc, (x0 ^ b43[3]));
  *out = n1;
  struct node *p44 = NEW (struct node);
  p44->val = (2750327599UL / (p44->a[n0->val & 3] | 1));
  p44->a[0] = p42->a[1];
  p44->next = (n1->other ? n1->other : p39);
  struct node s45 = { 0 };
  s45.val = p38->val;
  s45.next = p39;
  for (unsigned long i46 = 0; i46 < 3; i46++)
  {
    struct node *p47 = NEW (struct node);
    p47->val = s41.val;
    p47->next = p42;
    p42 = p47;
  }
  struct node *p48 = gc_alloc (sizeof (struct node));
  p48->val = (p39->val & 3874202110UL);
  for (unsigned long i49 = 0; i49 < 2; i49++)
  {
    struct node *p50 = gc_alloc (sizeof (struct node));
    p50->val = p38->val;
    p48->slot = n1;
    struct node *p51 = gc_alloc (sizeof (struct node));
    p51->val = ((i49 + x1) ? g_acc : st40);
    p51->next = (n1->next ? n1->next : p51);
  }
  g_acc ^= acc;
}

static inline unsigned long f4 (struct node *n0, unsigned long x0, struct pair pr)
{
  unsigned long acc = 1641455667UL;
  struct node *p54 = pr.a;
  if (list_len (n0) % 2 == 0)
  {
    struct node *p55 = (struct node *) ((uintptr_t) p54 | 0);
    for (unsigned long i56 = 0; i56 < 1; i56++)
    {
      struct node *p57 = gc_alloc (sizeof (struct node));
      p57->val = i56;
      p57->next = p57;
      { unsigned long *q = &p54->a[1]; *q ^= 2662548041UL; }
    }
  }
  acc += deep_sum (n0, 2);
  struct node *p58 = (struct node *) ((uintptr_t) n0 | 0);
  for (unsigned long i59 = 0; i59 < 5; i59++)
  {
    struct node *p60 = gc_alloc (64);
    p60->next = (p60->other ? p60->other : p60);
    struct node *arr61[4] = { (x0 & 1 ? n0 : p58), g_n[0], g_n[2], p54 };
  }
  acc += (x0 & (p58->val + x0));
  void *vp62 = n0;
  struct node s63 = { 0 };
  s63.val = (x0 - x0);
  s63.next = p54;
  *n0 = s63;
  p58->val += p54->val;
  return acc ^ (x0 % (g_n[3]->val | 1));
}

static struct node *f5 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3958300268UL;
  struct node *p66 = gc_alloc (64);
  p66->val = ((x0 * x0) | (x1 ? g_n[0]->val : x0));
  g_acc += g_n[3]->val;
  p66 = f1 (p66, g_n[3], (unsigned long) ((uintptr_t) p66 != 0), (p66->val >> (g_n[1]->val & 63)));
  struct node *p67 = gc_alloc (sizeof (struct node));
  acc += (p67->a[3] << (835268247UL & 63));
  g_up = &g_n[2]->a[1];
  struct node *p68 = gc_alloc (sizeof (struct node));
  p68->val = (p67->val - p66->a[x1 & 3]);
  p68->a[3] = (p66->next ? p66->next->val : g_n[2]->val);
  acc += p68->a[(p66->next ? p66->next->val : p66->val) & 3];
  acc += (p66->next ? p66->next->val : x1);
  unsigned long u69 = ((g_n[1]->a[3] - p67->a[1]) ? list_sum (p66) : *g_up);
  acc = mix (acc, x1);
  struct node *p70 = gc_alloc (sizeof (struct node));
  p70->val = list_len (p67);
  struct node *p71 = gc_alloc (sizeof (struct node));
  p71->val = (p67->other ? p67->other : p70)->a[(p68->val / (p68->val | 1)) & 3];
  p71->a[1] = (u69 ? u69 : p66->a[0]);
  p71->next = p71;
  f3 (p68, g_n[g_n[3]->val & 3], (83UL - 0x4d268b732e2d3aebUL), (x0 ^ x0), &p68->other, (struct pair) { p71, (p71->next ? p71->next : p71) });
  unsigned long *b72 = gc_alloc (96);
  return (p71->next ? p71->next : p71);
}

void f6 (struct node *n0, unsigned long x0, struct pair pr)
{
  unsigned long acc = 0x3e85afcb77f75e98UL;
  struct node *p75 = pr.b;
  struct node *p76 = gc_alloc (sizeof (struct node));
  p76->a[3] = 0UL;
  p76->next = p75;
  n0->other = n0;
  if ((unsigned long) ((uintptr_t) g_n[x0 & 3] != 0) % 4 == 1)
  {
    g_list = n0;
    p75->other = p75;
    acc += *g_up;
  }
  else
  {
    struct node *p77 = gc_alloc (sizeof (struct node));
  }
  g_acc ^= acc;
}

static unsigned long f7 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x1cea81712b6b1557UL;
  struct node *p83 = gc_alloc (sizeof (struct node));
  p83->val = (1UL ? g_n[2]->val : 4221830764UL);
  struct node *p84 = (struct node *) ((uintptr_t) n1 | 0);
  __asm__ volatile ("" : : "r" (p83) : "memory");
  printf ("f7.1 %lu\n", acc);
  acc += cb_read ((n2->other ? n2->other : p84), p83->a[2]);
  struct node *arr85[4] = { (n0->next ? n0->next : n1), p83, (x1 & 1 ? n1 : p83), p83 };
  if ((g_n[1]->val & p83->val) % 2 == 0)
  {
    p83 = f1 (g_n[n1->val & 3], p83, (n0->val >> (x0 & 63)), (unsigned long) ((uintptr_t) n0 != 0));
  }
  return acc ^ (g_n[1]->slot ? ((struct node *) g_n[1]->slot)->val : g_n[2]->val);
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
  unsigned long acc = 57UL;
  struct node *p86 = gc_alloc (sizeof (struct node));
  p86->val = 69UL;
  p86->a[1] = *g_up;
  p86->next = p86;
  acc += (unsigned long) ((uintptr_t) p86 != 0);
  acc += f2 (p86, p86->val, g_n[2]->val);
  struct node s87 = { 0 };
  s87.val = (p86->val << (g_n[0]->val & 63));
  s87.next = g_n[2];
  for (unsigned long i88 = 0; i88 < 4; i88++)
  {
    struct node *p89 = gc_alloc (sizeof (struct node));
    p89->val = (unsigned long) ((g_n[0]->val & 1 ? g_n[0] : p86) == g_n[1]);
    p89->next = p86;
    p89->next = p86;
    p86 = p89;
  }
  { unsigned long *q = &p86->a[2]; *q ^= list_sum (p86); }
  struct node **v90 = gc_alloc (4 * sizeof (struct node *));
  v90[0] = g_n[2];
  v90[1] = (p86->a[1] & 1 ? g_n[2] : g_n[0]);
  v90[3] = (v90[3] ? v90[3] : g_n[3]);
  acc = mix (acc, (p86->a[0] >> (p86->a[3] & 63)));
  struct node *p91 = f0 (g_n[0], (p86->slot ? ((struct node *) p86->slot)->val : 0x3dc26f5745a312e2UL));
  printf ("main.f0 %lu\n", acc);
  acc += f4 (p86, deep_sum (p86, 1), (struct pair) { p86, (v90[0] ? v90[0] : p86) });
  printf ("main.f4 %lu\n", acc);
  struct node *p92 = f5 (3UL, s87.a[2]);
  printf ("main.f5 %lu\n", acc);
  f6 ((g_n[0]->next ? g_n[0]->next : g_n[1]), (p86->slot ? ((struct node *) p86->slot)->val : 0x4913d21020f21838UL), (struct pair) { (s87.next ? s87.next : g_n[1]), (g_n[2]->next ? g_n[2]->next : g_n[2]) });
  printf ("main.f6 %lu\n", acc);
  acc += f7 ((p86->a[0] & 1 ? g_n[1] : g_n[3]), g_n[0], (p86->a[1] & 1 ? g_n[1] : p86), (p86->next ? p86->next->val : 2049564256UL), (p86->slot ? ((struct node *) p86->slot)->val : 0x43a9658f22b63285UL));
  printf ("main.f7 %lu\n", acc);
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

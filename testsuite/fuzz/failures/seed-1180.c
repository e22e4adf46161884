/* FAIL (-O0 stdout-differs, -O2 stdout-differs) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-1180.c */
/* gcc-escape fuzz program, seed 1180: testsuite/fuzz/gen 1180 */
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

static void f0 (void);
static void f1 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static void f2 (struct node *n0, unsigned long x0);
static struct node *f3 (struct node *n0);
static struct node *r4 (unsigned long d, unsigned long x0);
static void r5 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static unsigned long r6 (unsigned long d, unsigned long x0);
static struct node *r7 (unsigned long d, struct node *n0);
static void f8 (struct node *n0, struct node *n1, unsigned long x0);
static void f9 (struct node *n0, unsigned long x0);
static void f10 (struct node *n0, struct node *n1, unsigned long x0, struct pair pr);
void f11 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static void r12 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
unsigned long r13 (unsigned long d, struct node *n0, unsigned long x0);
unsigned long f14 (struct node *n0);
static unsigned long r15 (unsigned long d, unsigned long x0);
static void f16 (void);
void f17 (struct node *n0, struct node *n1, struct node *n2);

static void f0 (void)
{
  unsigned long acc = 19UL;
  struct node *p1 = gc_calloc (1, sizeof (struct node));
  p1->val = 61UL;
  p1->next = p1;
  struct node s2 = { 0 };
  s2.val = 19UL;
  s2.next = p1;
  struct node *p3 = gc_alloc (sizeof (struct node));
  p3->val = (unsigned long) ((uintptr_t) p1 != 0);
  p3->next = p3;
  struct node *p4 = gc_calloc (1, sizeof (struct node));
  p4->val = deep_sum (p3, 0);
  p4->a[0] = 325287836UL;
  p4->next = p4;
  { struct node *volatile vol = p4; acc += vol->val; }
  for (unsigned long i5 = 0; i5 < 6; i5++)
  {
    struct node *p6 = NEW (struct node);
    p6->val = (unsigned long) ((uintptr_t) p1 != 0);
    p6->a[0] = g_n[0]->val;
    p6->next = p3;
    void *vp7 = g_n[1];
    acc = mix (acc, deep_sum (p6, 2));
    acc += (p4->a[0] & 1 ? p3 : p1)->a[(unsigned long) (p3 == p4) & 3];
  }
  acc = mix (acc, p4->val);
  struct node *p8 = gc_alloc (sizeof (struct node));
  p8->val = g_n[1]->val;
  void *vp9 = g_n[1565717451UL & 3];
  struct node *w10 = p4;
  for (unsigned long i11 = 0; i11 < 4; i11++)
  {
    w10 = gc_alloc (sizeof (struct node));
    w10->val = i11 * p3->a[2];
    acc += w10->val + list_sum (w10);
  }
  g_n[2] = g_n[0];
  gc_free (p8);
  g_acc ^= acc;
}

static void f1 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 14UL;
  struct node *p16 = gc_calloc (1, sizeof (struct node));
  p16->val = (n1->a[2] ? (x0 & n1->val) : (n0->slot ? ((struct node *) n0->slot)->val : g_n[1]->val));
  p16->next = p16;
  acc += (unsigned long) ((uintptr_t) n1 != 0);
  unsigned long st17 = 0;
  for (struct node *q = (p16->val & 1 ? p16 : n1); q && st17 < 8; q = q->next, st17++)
    acc += q->val * (st17 + 1);
  for (unsigned long i18 = 0; i18 < 3; i18++)
  {
    struct node *p19 = NEW (struct node);
    p19->val = (3505827919UL / (0UL | 1));
    p19->a[2] = (st17 | 4200485729UL);
    p19->next = p16;
    { unsigned long *q = &p19->a[0]; *q ^= g_n[3]->val; }
    p16 = p19;
  }
  n0 = (p16->val & 1 ? p16 : p16);
  acc += g_acc;
  acc = mix (acc, list_len (g_n[2]));
  struct node *p20 = gc_alloc (sizeof (struct node));
  p20->val = g_acc;
  if ((n2->slot ? ((struct node *) n2->slot)->val : g_acc) % 2 == 1)
  {
  }
  else
  {
    struct node *p21 = gc_alloc (sizeof (struct node));
  }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) void f2 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 91UL;
  struct node **v24 = gc_alloc (4 * sizeof (struct node *));
  v24[0] = n0;
  v24[2] = (n0->other ? n0->other : n0);
  v24[3] = n0;
  { unsigned long *q = &n0->a[1]; *q ^= deep_sum (g_n[1], 0); }
  n0 = n0;
  acc += g_acc;
  struct node *p25 = gc_alloc (64);
  p25->val = ((v24[2] ? v24[2]->val : n0->a[2]) % (list_len (n0) | 1));
  p25->a[2] = (unsigned long) ((uintptr_t) p25 != 0);
  f1 (g_n[x0 & 3], (g_n[3]->next ? g_n[3]->next : g_n[1]), (g_n[0]->val & 1 ? p25 : n0), p25->val);
  struct node *arr26[4] = { g_n[x0 & 3], n0, g_n[x0 & 3], (91UL & 1 ? p25 : g_n[2]) };
  p25->val += (unsigned long) ((uintptr_t) (p25->other ? p25->other : n0) != 0);
  struct node *w27 = n0;
  for (unsigned long i28 = 0; i28 < 5; i28++)
  {
    w27 = gc_alloc (sizeof (struct node));
    w27->val = i28 * list_sum (w27);
    acc += w27->val + list_sum (w27);
  }
  if (((p25->next ? p25->next->val : g_n[2]->val) ? n0->a[g_n[0]->val & 3] : x0) % 3 == 1)
  {
    acc += (p25->next ? p25->next->val : 0x1b6c20d23c37151aUL);
  }
  else
  {
    struct node **v29 = gc_alloc (4 * sizeof (struct node *));
    v29[0] = (g_n[1]->other ? g_n[1]->other : g_n[0]);
    v29[1] = (g_n[1]->other ? g_n[1]->other : g_n[0]);
    for (unsigned long i30 = 0; i30 < 6; i30++)
    {
      struct node *p31 = NEW (struct node);
      p31->val = (unsigned long) (p31 == (p31->other ? p31->other : n0));
      if ((g_n[0]->val / (i30 | 1)) % 5 == 1) return;
      acc = mix (acc, (g_n[0]->val ? p31->a[0] : i30));
    }
  }
  g_acc ^= acc;
}

static struct node *f3 (struct node *n0)
{
  unsigned long acc = 10UL;
  acc = mix (acc, n0->a[g_n[2]->val & 3]);
  g_acc += deep_sum ((n0->other ? n0->other : n0), 1);
  if ((n0->a[2] % (n0->a[2] | 1)) % 2 == 0)
  {
    struct node *p33 = (struct node *) ((uintptr_t) n0 | 0);
  }
  else
  {
  }
  struct node *p34 = gc_alloc (sizeof (struct node));
  p34->val = ((n0->a[0] ? 0UL : 0x3b8118e407844e8eUL) * (n0->next ? n0->next->val : p34->a[3]));
  p34->a[3] = (p34->val | n0->a[0]);
  p34->next = (p34->other ? p34->other : p34);
  if ((p34->next ? p34->next->val : (1UL & 1UL)) % 2 == 0)
  {
    struct node *p35 = gc_alloc (sizeof (struct node));
    p35->val = list_len (n0);
    p35->next = p35;
  }
  else
  {
  }
  return g_n[2];
}

static struct node *r4 (unsigned long d, unsigned long x0)
{
  unsigned long acc = 3UL;
  if (d == 0)
    return g_n[1];
  struct node *p37 = gc_alloc (sizeof (struct node));
  p37->val = (p37->a[x0 & 3] | (p37->val * 10UL));
  p37->next = g_n[g_n[0]->val & 3];
  struct node *w38 = p37;
  for (unsigned long i39 = 0; i39 < 4; i39++)
  {
    w38 = gc_alloc (sizeof (struct node));
    w38->val = i39 * p37->a[1];
    acc += w38->val + list_sum (w38);
  }
  gc_free (p37);
  struct node *w40 = p37;
  for (unsigned long i41 = 0; i41 < 2; i41++)
  {
    w40 = gc_alloc (sizeof (struct node));
    w40->val = i41 * (x0 ? g_n[1]->val : g_n[2]->val);
    acc += w40->val + list_sum (w40);
  }
  for (unsigned long i42 = 0; i42 < 5; i42++)
  {
    void *vp43 = (x0 & 1 ? w38 : w38);
  }
  acc += x0;
  w40->a[x0 & 3] = (w38->a[3] | (g_n[3]->val >> (p37->a[1] & 63)));
  struct node *p44 = (struct node *) ((uintptr_t) w40 | 0);
  x0 = g_acc;
  for (unsigned long i45 = 0; i45 < 2; i45++)
  {
    struct node *p46 = gc_alloc (sizeof (struct node));
    p46->val = ((i45 >> (p37->val & 63)) / (12UL | 1));
    p46->a[0] = p46->val;
    p46->next = p44;
    p44->a[deep_sum (p44, 0) & 3] = ((unsigned long) (w40 == p46) ? (i45 * i45) : list_sum (p46));
    p44 = p46;
  }
  if (d > 0)
  {
    p44 = r4 (d - 1, w38->val);
  }
  return p44;
}

static inline void r5 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 44UL;
  if (d == 0)
    return;
  struct node *p51 = gc_alloc (64);
  p51->val = (list_sum (p51) & p51->a[x0 & 3]);
  g_h.p = g_n[n0->a[0] & 3];
  f1 (n2, n2, g_n[2], list_sum (n1));
  acc += cb_read ((n2->next ? n2->next : n2), (n0->val * x0));
  acc += apply (cb_bump, (n2->other ? n2->other : n2), g_n[3]->a[n0->a[2] & 3]);
  acc = mix (acc, (unsigned long) (g_n[2] == n1));
  n0->val += (g_n[1]->val / (n2->a[3896307995UL & 3] | 1));
  if (d > 0)
  {
    r5 (d - 1, p51, (n2->next ? n2->next : n0), g_n[2], list_len (n0));
  }
  g_acc ^= acc;
}

static unsigned long r6 (unsigned long d, unsigned long x0)
{
  unsigned long acc = 1012150649UL;
  if (d == 0)
    return acc;
  struct node *p53 = gc_alloc (64);
  p53->val = ((p53->a[1] ? x0 : x0) ^ (p53->slot ? ((struct node *) p53->slot)->val : 4201719515UL));
  p53->next = p53;
  struct node *p54 = gc_alloc (64);
  p54->val = x0;
  p54->a[0] = (g_n[3]->val ^ x0);
  __asm__ volatile ("" : : "r" (p53) : "memory");
  f2 (g_n[x0 & 3], (p53->val + x0));
  unsigned long *b55 = gc_alloc (64);
  b55[2] = b55[x0 & 3];
  acc += ((g_n[1]->a[2] % (p53->a[1] | 1)) - 54UL);
  void *vp56 = g_n[3];
  if (d > 0)
  {
    struct node *p57 = r7 (d - 1, g_n[0]);
  }
  { unsigned long *q = b55 + 1; q[-1] += q[1] + (p53->next ? p53->next->val : 2918090371UL); }
  struct node *p58 = gc_alloc (sizeof (struct node));
  p58->val = ((g_n[2]->val & 1 ? g_n[3] : p54)->next ? (g_n[2]->val & 1 ? g_n[3] : p54)->next->val : list_len (p53));
  p58->next = g_n[p58->val & 3];
  for (unsigned long i59 = 0; i59 < 3; i59++)
  {
    struct node *p60 = gc_alloc (sizeof (struct node));
    p60->val = p54->a[b55[3] & 3];
    p60->a[3] = 0x1a4e6a623518a0f2UL;
    p60->next = p53;
    p60->next = p53;
    p53 = p60;
  }
  p54->slot = (g_n[3]->other ? g_n[3]->other : g_n[0]);
  void *vp61 = p54;
  acc += (unsigned long) ((uintptr_t) p58 != 0);
  struct node s62 = { 0 };
  s62.val = (b55[0] ? p53->a[3] : x0);
  s62.other = (s62.next ? s62.next : p54);
  return acc ^ (x0 / (x0 | 1));
}

static __attribute__ ((noinline)) struct node *r7 (unsigned long d, struct node *n0)
{
  unsigned long acc = 94UL;
  if (d == 0)
    return n0;
  struct node *p64 = gc_alloc (sizeof (struct node));
  p64->val = (n0->next ? n0->next->val : (n0->slot ? ((struct node *) n0->slot)->val : n0->val));
  p64->next = p64;
  f1 ((g_n[3]->val & 1 ? p64 : g_n[1]), (n0->next ? n0->next : n0), p64, (0x4f77d88a41643813UL + p64->a[3]));
  struct node *w65 = n0;
  for (unsigned long i66 = 0; i66 < 1; i66++)
  {
    w65 = gc_alloc (sizeof (struct node));
    w65->val = i66 * list_sum (n0);
    acc += w65->val + list_sum (w65);
  }
  for (unsigned long i67 = 0; i67 < 4; i67++)
  {
    struct node *p68 = gc_alloc (sizeof (struct node));
    p68->val = list_len (p64);
    p68->a[3] = (i67 + p68->a[3]);
    p68->next = w65;
    w65 = p68;
  }
  g_any = n0;
  for (unsigned long i69 = 0; i69 < 7; i69++)
  {
    struct node *p70 = NEW (struct node);
    p70->next = p64;
    g_h.pr.b = n0;
    p64 = p70;
  }
  unsigned long st71 = 0;
  for (struct node *q = n0; q && st71 < 8; q = q->next, st71++)
    acc += q->val * (st71 + 1);
  g_n[0] = n0;
  p64->other = (st71 & 1 ? g_n[3] : w65);
  if (d > 0)
  {
    acc += r6 (d - 1, (unsigned long) ((uintptr_t) p64 != 0));
  }
  return n0;
}

static void f8 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 71UL;
  struct node *p75 = gc_calloc (1, sizeof (struct node));
  p75->val = n0->val;
  n1->other = n1;
  n0->next = n0;
  printf ("f8.0 %lu\n", acc);
  acc += apply (cb_keep, g_n[n1->a[3] & 3], (unsigned long) (n0 == n1));
  n1->other = p75;
  __asm__ volatile ("" : : "r" (n0) : "memory");
  struct node *p76 = gc_alloc (sizeof (struct node));
  p76->next = p75;
  void *vp77 = n0;
  gc_free (n0);
  void *vp78 = p75;
  unsigned long *b79 = gc_alloc (64);
  b79[0] = p75->a[1];
  b79[1] = list_sum (n0);
  b79[2] = (b79[2] * n0->val);
  if ((0UL ? p75->a[1] : p75->a[1]) % 3 == 1) return;
  g_acc ^= acc;
}

static void f9 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 74UL;
  g_h.pr.b = g_n[1];
  unsigned long *b82 = gc_calloc (12 + ((n0->next ? n0->next->val : x0) & 3), sizeof (unsigned long));
  b82[0] = (n0->next ? n0->next->val : n0->a[3]);
  struct node *arr83[4] = { (n0->next ? n0->next : n0), (n0->other ? n0->other : n0), g_n[b82[2] & 3], n0 };
  g_h.pr.a = n0;
  for (unsigned long i84 = 0; i84 < 5; i84++)
  {
    struct node *p85 = gc_alloc (sizeof (struct node));
    p85->val = (b82[3861510776UL & 3] | (3248731208UL | i84));
    p85->next = g_n[3];
    f2 (n0, (unsigned long) ((uintptr_t) n0 != 0));
    f2 (n0, (n0->next ? n0->next->val : x0));
  }
  n0->next = (x0 & 1 ? n0 : n0);
  acc += apply (cb_bump, n0, x0);
  struct node *p86 = (struct node *) ((uintptr_t) n0 | 0);
  g_acc ^= acc;
}

static __attribute__ ((noinline)) void f10 (struct node *n0, struct node *n1, unsigned long x0, struct pair pr)
{
  unsigned long acc = 0x411278703b226a22UL;
  struct node *p90 = pr.b;
  struct node *p91 = gc_alloc (sizeof (struct node));
  p91->val = ((unsigned long) (n1 == p91) ? 424307413UL : (p90->a[3] & n1->a[3]));
  void *vp92 = g_n[1];
  printf ("f10.1 %lu\n", acc);
  g_n[1] = g_n[x0 & 3];
  g_acc ^= acc;
}

__attribute__ ((noinline)) void f11 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2UL;
  struct node *p97 = gc_alloc (sizeof (struct node));
  p97->val = (n0->val ^ (p97->a[3] * p97->val));
  p97->a[1] = (n1->slot ? ((struct node *) n1->slot)->val : x1);
  p97->slot = (n1->next ? n1->next : n1);
  for (unsigned long i98 = 0; i98 < 6; i98++)
  {
    struct node *p99 = gc_alloc (sizeof (struct node));
    p99->val = (x0 + 0x44fa408738f44ba4UL);
    p99->next = (x1 & 1 ? p99 : p99);
    p99->next = p97;
    p97 = p99;
  }
  { struct node *volatile vol = p97; acc += vol->val; }
  g_n[3]->next = (n1->other ? n1->other : g_n[3]);
  n1->a[(unsigned long) (n0 == p97) & 3] = (list_sum (n1) | p97->val);
  g_acc ^= acc;
}

static inline void r12 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 0UL;
  if (d == 0)
    return;
  struct node *p104 = gc_alloc (sizeof (struct node));
  p104->val = ((g_n[1]->val & p104->a[0]) | g_acc);
  p104->val += n0->a[(n0->val * n0->val) & 3];
  f11 (p104, n2, (n0->val >> (3383489014UL & 63)), (p104->slot ? ((struct node *) p104->slot)->val : x0));
  struct node *p105 = gc_alloc (sizeof (struct node));
  p105->val = g_acc;
  struct node *p106 = r7 (x0 % 4, (n2->other ? n2->other : p105));
  for (unsigned long i107 = 0; i107 < 8; i107++)
  {
    struct node *p108 = gc_alloc (64);
    p108->val = (list_sum (n2) ? n2->a[85UL & 3] : (p108->slot ? ((struct node *) p108->slot)->val : 0UL));
    p108->next = n2;
    n2 = p108;
  }
  for (unsigned long i109 = 0; i109 < 1; i109++)
  {
    struct node *p110 = gc_alloc (sizeof (struct node));
    p110->val = 2766366118UL;
    p110->a[2] = i109;
    n2 = r4 ((p105->slot ? ((struct node *) p105->slot)->val : x0) % 4, deep_sum (p104, 1));
    for (unsigned long i111 = 0; i111 < 5; i111++)
    {
      struct node *p112 = gc_alloc (sizeof (struct node));
      p112->val = list_sum (p106);
      p112->next = n2;
      n2 = p112;
    }
  }
  if (d > 0)
  {
    acc += r13 (d - 1, p104, (p104->next ? p104->next->val : 1793235175UL));
  }
  g_n[1] = (n2->other ? n2->other : n2);
  unsigned long u113 = u113;
  acc += (unsigned long) ((uintptr_t) n1 != 0);
  acc += g_acc;
  g_acc ^= acc;
}

unsigned long r13 (unsigned long d, struct node *n0, unsigned long x0)
{
  unsigned long acc = 0UL;
  if (d == 0)
    return acc;
  struct node *p116 = gc_alloc (sizeof (struct node));
  p116->val = deep_sum ((g_n[2]->val & 1 ? g_n[1] : n0), 0);
  p116->a[1] = p116->a[1];
  acc += g_acc;
  struct node *w117 = n0;
  for (unsigned long i118 = 0; i118 < 5; i118++)
  {
    w117 = gc_alloc (sizeof (struct node));
    w117->val = i118 * n0->a[3];
    acc += w117->val + list_sum (w117);
  }
  acc += (p116->val << ((x0 ? w117->a[0] : w117->a[0]) & 63));
  struct node *p119 = gc_alloc (64);
  p119->val = deep_sum (g_n[1], 1);
  g_list = g_n[x0 & 3];
  unsigned long u120 = u120;
  g_list->other = g_n[2];
  f0 ();
  for (unsigned long i121 = 0; i121 < 5; i121++)
  {
    unsigned long u122 = (unsigned long) (n0 == p116);
    w117->next = g_n[p119->val & 3];
    struct node *arr123[4] = { p119, (p116->next ? p116->next : p119), n0, p116 };
  }
  n0->val += p119->a[list_sum (w117) & 3];
  acc = mix (acc, p116->val);
  g_h.p = (g_n[1]->next ? g_n[1]->next : g_n[0]);
  struct node *p124 = gc_alloc (sizeof (struct node));
  p124->val = (unsigned long) ((uintptr_t) (w117->next ? w117->next : p124) != 0);
  p124->next = g_n[x0 & 3];
  if (d > 0)
  {
    r12 (d - 1, p119, (g_n[2]->val & 1 ? w117 : w117), g_n[0], (unsigned long) (w117 == w117));
  }
  return acc ^ (u120 / (w117->val | 1));
}

__attribute__ ((noinline)) unsigned long f14 (struct node *n0)
{
  unsigned long acc = 0x1dac16806393690fUL;
  struct node *p126 = gc_alloc (sizeof (struct node));
  p126->val = ((g_n[1]->a[0] << (g_n[2]->val & 63)) * g_n[1]->val);
  p126->next = p126;
  n0 = (p126->a[1] & 1 ? n0 : n0);
  struct node *w127 = n0;
  for (unsigned long i128 = 0; i128 < 3; i128++)
  {
    w127 = gc_alloc (sizeof (struct node));
    w127->val = i128 * (n0->val ? 0UL : g_n[1]->val);
    acc += w127->val + list_sum (w127);
  }
  void *vp129 = n0;
  p126 = w127;
  unsigned long *b130 = gc_alloc (96 + ((w127->a[2] * 0x589b6830332c0319UL) & 7));
  b130[3] = list_len (w127);
  acc += 70UL;
  g_n[2] = (n0->next ? n0->next : n0);
  f11 ((2UL & 1 ? p126 : p126), ((struct node *) vp129), (unsigned long) ((uintptr_t) g_n[3] != 0), (67461929UL * p126->a[3]));
  acc += apply (cb_bump, ((struct node *) vp129), (0x3d90b70c6261b6d1UL / (3222113736UL | 1)));
  w127->slot = ((struct node *) vp129);
  f1 (g_n[2895531586UL & 3], (b130[2] & 1 ? n0 : n0), p126, w127->a[4112144839UL & 3]);
  f11 (p126, (n0->other ? n0->other : n0), 0x53f90b2948974353UL, g_acc);
  n0->other = (3605586055UL & 1 ? n0 : n0);
  printf ("f14.2 %lu\n", acc);
  n0 = r7 (913544164UL % 4, (n0->other ? n0->other : n0));
  n0->a[(b130[0] + 3689534967UL) & 3] = ((n0->a[0] ^ 0x361e50d15469c9ecUL) << ((n0->next ? n0->next->val : n0->a[0]) & 63));
  return acc ^ (2499894003UL ? n0->val : p126->a[2]);
}

static unsigned long r15 (unsigned long d, unsigned long x0)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return acc;
  struct node *p132 = gc_calloc (1, sizeof (struct node));
  p132->val = g_acc;
  p132->a[3] = deep_sum (p132, 2);
  p132->next = g_n[g_n[3]->val & 3];
  struct node *p133 = gc_alloc (sizeof (struct node));
  p133->val = g_acc;
  p133->next = g_n[x0 & 3];
  acc += g_cb[p133->a[p133->val & 3] & 3] (p133, list_sum (p133));
  struct node *p134 = r7 (list_len (p133) % 4, p132);
  g_acc += ((p132->a[1] & 1 ? p133 : p132)->slot ? ((struct node *) (p132->a[1] & 1 ? p133 : p132)->slot)->val : (0x4b98d25543091e40UL * p134->a[2]));
  unsigned long *b135 = gc_alloc (64);
  b135[0] = list_len (p134);
  b135[1] = (b135[0] % (1UL | 1));
  b135[2] = deep_sum (p134, 2);
  gc_free (p133);
  { unsigned long *q = b135 + 1; q[-1] += q[1] + (x0 >> (x0 & 63)); }
  if (d > 0)
  {
    acc += r15 (d - 1, p133->a[x0 & 3]);
  }
  return acc ^ (x0 % (2UL | 1));
}

static void f16 (void)
{
  unsigned long acc = 2417690753UL;
  struct node *p136 = gc_calloc (1, sizeof (struct node));
  p136->val = (p136->a[3] ? p136->val : g_n[1]->a[0]);
  unsigned long *b137 = gc_alloc (32 + (3UL & 7));
  b137[0] = (0UL & p136->a[0]);
  b137[2] = (p136->a[0] + 3UL);
  b137[3] = 156417362UL;
  struct node *p138 = gc_alloc (64 + ((unsigned long) (p136 == p136) & 7));
  p138->val = (unsigned long) ((uintptr_t) p136 != 0);
  r5 ((p138->a[2] ^ 78UL) % 4, p136, p138, (p136->other ? p136->other : p136), p136->val);
  p136->val += 98UL;
  f11 (g_n[p136->a[2] & 3], g_n[b137[1] & 3], p136->val, (unsigned long) (p138 == p138));
  g_acc += b137[2];
  gc_free (p138);
  acc = mix (acc, 3UL);
  p136->a[70UL & 3] = ((p136->slot ? ((struct node *) p136->slot)->val : g_n[0]->a[3]) ^ list_sum (p138));
  if (list_len (g_n[p138->a[1] & 3]) % 3 == 0)
  {
    acc += g_cb[p136->val & 3] (p136, 3393883392UL);
  }
  p136->next = p136;
  acc += list_sum (p138);
  unsigned long *b139 = gc_alloc (32);
  b139[0] = b137[1];
  b139[2] = (3UL * 27UL);
  b139[3] = 0x3c6d8c6464880b95UL;
  p138->val += 0UL;
  g_acc ^= acc;
}

void f17 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 3UL;
  struct node *p143 = gc_alloc (sizeof (struct node));
  p143->a[1] = deep_sum (p143, 2);
  acc += r6 ((unsigned long) ((uintptr_t) n0 != 0) % 4, (unsigned long) ((uintptr_t) p143 != 0));
  { unsigned long *q = &p143->a[2]; *q ^= g_n[0]->val; }
  f16 ();
  struct node *w144 = n2;
  for (unsigned long i145 = 0; i145 < 3; i145++)
  {
    w144 = gc_alloc (sizeof (struct node));
    w144->val = i145 * i145;
    acc += w144->val + list_sum (w144);
  }
  p143->other = n0;
  printf ("f17.3 %lu\n", acc);
  acc += list_sum (g_n[n0->val & 3]);
  struct node **v146 = gc_alloc (4 * sizeof (struct node *));
  v146[0] = n0;
  v146[2] = (n2->other ? n2->other : n2);
  unsigned long *b147 = gc_alloc (32);
  b147[0] = deep_sum (n0, 0);
  b147[2] = b147[2UL & 3];
  b147[3] = (n2->slot ? ((struct node *) n2->slot)->val : 45UL);
  { unsigned long *q = b147 + 1; q[-1] += q[1] + (n1->a[3] >> (0x2e1c2857792c4cdfUL & 63)); }
  struct node *p148 = gc_alloc (sizeof (struct node));
  p148->next = (v146[0] ? v146[0] : g_n[0]);
  if (list_len (g_n[b147[2] & 3]) % 4 == 0)
  {
    { unsigned long *q = &n0->a[0]; *q ^= (b147[1] * n1->a[2]); }
    g_acc += (p148->val ? (0x23bd5e8d74c90738UL % (b147[1] | 1)) : (n1->a[3] | p148->a[3]));
    for (unsigned long i149 = 0; i149 < 1; i149++)
    {
      struct node *p150 = gc_alloc (sizeof (struct node));
      p150->val = (unsigned long) ((uintptr_t) (v146[2] ? v146[2] : w144) != 0);
      p150->next = n1;
      n1 = p150;
    }
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
  unsigned long acc = 1180UL;
  struct node *p151 = gc_alloc (sizeof (struct node));
  p151->val = (list_sum (g_n[1]) ^ g_n[3]->val);
  unsigned long st152 = 0;
  for (struct node *q = p151; q && st152 < 8; q = q->next, st152++)
    acc += q->val * (st152 + 1);
  acc += r6 (43UL % 4, (unsigned long) (p151 == p151));
  f10 ((p151->next ? p151->next : p151), g_n[3], (st152 / (st152 | 1)), (struct pair) { p151, (p151->next ? p151->next : p151) });
  struct node *arr153[4] = { (p151->next ? p151->next : p151), (p151->other ? p151->other : p151), p151, p151 };
  { unsigned long *q = &p151->a[0]; *q ^= g_acc; }
  p151->a[(g_n[3]->val * st152) & 3] = list_sum (p151);
  struct node *arr154[4] = { g_n[p151->val & 3], p151, p151, p151 };
  gc_free (p151);
  struct node *p155 = NEW (struct node);
  p155->a[1] = (st152 % (2UL | 1));
  p155->next = p155;
  struct node s156 = { 0 };
  s156.val = (p151->next ? p151->next->val : 0x1a05c7ce62259ff8UL);
  s156.next = p151;
  qsort (arr154, 4, sizeof arr154[0], cmp_nodes);
  g_list->other = p155;
  acc += cb_read (p155, st152);
  struct node s157 = { 0 };
  s157.val = p155->a[p151->val & 3];
  s157.next = (p155->other ? p155->other : p151);
  p155 = p155;
  unsigned long *b158 = gc_alloc (64);
  b158[2] = (g_n[2]->val ? b158[3] : st152);
  b158[3] = (st152 / (b158[0] | 1));
  p151->slot = g_n[g_n[1]->val & 3];
  struct node *p159 = f3 (p155);
  printf ("main.f3 %lu\n", acc);
  f8 ((p155->next ? p155->next : p155), p151, g_acc);
  printf ("main.f8 %lu\n", acc);
  f9 ((p155->next ? p155->next : p155), (p155->slot ? ((struct node *) p155->slot)->val : p155->val));
  printf ("main.f9 %lu\n", acc);
  r12 ((p151->slot ? ((struct node *) p151->slot)->val : p151->a[2]) % 4, p151, arr153[st152 & 3], p155, (p151->val % (p155->val | 1)));
  printf ("main.r12 %lu\n", acc);
  acc += r13 (p151->val % 4, p151, arr_sum (arr153, 4));
  printf ("main.r13 %lu\n", acc);
  acc += f14 (p155);
  printf ("main.f14 %lu\n", acc);
  acc += r15 (list_len (p155) % 4, arr153[st152 & 3]->val);
  printf ("main.r15 %lu\n", acc);
  f17 (p155, arr153[st152 & 3], p155);
  printf ("main.f17 %lu\n", acc);
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

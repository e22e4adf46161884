/* FAIL (-O0 stdout-differs, -O2 stdout-differs) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-1127.c */
/* gcc-escape fuzz program, seed 1127: testsuite/fuzz/gen 1127 */
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

unsigned long f0 (struct node *n0, struct node *n1, unsigned long x0);
static void f1 (struct node *n0, unsigned long x0);
struct node *f2 (unsigned long x0, unsigned long x1);
void f3 (struct node *n0, unsigned long x0);
unsigned long f4 (struct node *n0, unsigned long x0);
static void f5 (struct node *n0, struct node *n1, unsigned long x0, struct pair pr);
static void f6 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
void f7 (void);
static unsigned long f8 (struct node *n0, struct node *n1);
static unsigned long f9 (struct pair pr);
struct node *r10 (unsigned long d, struct node *n0, struct node *n1, struct pair pr);

unsigned long f0 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 3493564839UL;
  struct node *p4 = gc_alloc (sizeof (struct node));
  for (unsigned long i5 = 0; i5 < 5; i5++)
  {
    struct node *p6 = gc_alloc (sizeof (struct node));
    p6->val = (p6->a[3] ^ deep_sum (n1, 0));
    g_n[3]->next = n0;
    g_n[0]->next = n0;
    x0 = x0;
  }
  g_acc += x0;
  struct node **v7 = gc_alloc (4 * sizeof (struct node *));
  v7[0] = (n0->next ? n0->next : p4);
  v7[1] = n1;
  v7[2] = n1;
  v7[3] = n1;
  g_list->other = p4;
  g_acc += list_sum ((g_n[1]->val & 1 ? g_n[1] : n1));
  n1->other = n0;
  return acc ^ n0->val;
}

static void f1 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 3UL;
  g_list = g_n[0];
  for (unsigned long i10 = 0; i10 < 4; i10++)
  {
    struct node *p11 = gc_alloc (sizeof (struct node));
    p11->val = ((unsigned long) (n0 == n0) ? deep_sum (g_n[2], 2) : (unsigned long) (n0 == p11));
    p11->next = n0;
    n0 = p11;
  }
  n0 = (n0->val & 1 ? n0 : n0);
  struct node *p12 = NEW (struct node);
  p12->val = list_sum (n0);
  p12->next = p12;
  unsigned long *b13 = gc_calloc (8, sizeof (unsigned long));
  b13[0] = (b13[0] | 0x256493321b559633UL);
  b13[2] = list_sum (n0);
  for (unsigned long i14 = 0; i14 < 4; i14++)
  {
    struct node *p15 = NEW (struct node);
    p15->next = p15;
    p15->next = p12;
    p12 = p15;
  }
  void *vp16 = g_n[1];
  b13[g_acc & 3] = 0x25ded5fc0388732eUL;
  n0->slot = g_n[3];
  acc += f0 (g_n[0], g_n[3], b13[b13[0] & 3]);
  unsigned long st17 = 0;
  for (struct node *q = (st17 & 1 ? p12 : p12); q && st17 < 8; q = q->next, st17++)
    acc += q->val * (st17 + 1);
  unsigned long st18 = 0;
  for (struct node *q = g_n[b13[0] & 3]; q && st18 < 8; q = q->next, st18++)
    acc += q->val * (st18 + 1);
  acc += f0 (g_n[1], g_n[0], st17);
  unsigned long st19 = 0;
  for (struct node *q = (n0->next ? n0->next : g_n[1]); q && st19 < 8; q = q->next, st19++)
    acc += q->val * (st19 + 1);
  if ((st18 ? n0->a[3] : p12->a[0]) % 6 == 1) return;
  g_acc ^= acc;
}

struct node *f2 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 275010174UL;
  struct node *p22 = gc_alloc (sizeof (struct node));
  struct node *arr23[4] = { p22, p22, p22, p22 };
  acc += ((p22->next ? p22->next->val : g_n[1]->val) & 691246899UL);
  g_acc += p22->val;
  unsigned long u24 = arr_sum (arr23, 4);
  p22->other = g_n[0x567adfe436756c46UL & 3];
  p22->val += (unsigned long) ((p22->next ? p22->next : p22) == p22);
  p22->next = arr23[1UL & 3];
  if ((x1 - p22->val) % 7 == 1) return g_n[0];
  printf ("f2.0 %lu\n", acc);
  for (unsigned long i25 = 0; i25 < 2; i25++)
  {
    struct node *p26 = gc_alloc (64);
    p26->val = (list_len (p26) - (g_n[1]->val & g_n[0]->val));
    p26->next = p22;
    p26->next = p22;
    p22 = p26;
  }
  arr23[(unsigned long) (p22 == p22) & 3] = (x0 & 1 ? p22 : p22);
  if (x0 % 2 == 0)
  {
  }
  return g_n[0];
}

void f3 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 0x4ac9312a622694a5UL;
  struct node *p29 = NEW (struct node);
  p29->val = (list_sum (n0) ^ x0);
  n0->next = n0;
  for (unsigned long i30 = 0; i30 < 6; i30++)
  {
    unsigned long *b31 = gc_calloc (12 + (x0 & 3), sizeof (unsigned long));
    b31[0] = (i30 + x0);
    b31[1] = (0x56051efb00ad13b3UL ^ i30);
    g_list->other = p29;
    acc += ((n0->a[0] ^ g_n[3]->a[1]) ? n0->a[p29->a[1] & 3] : (b31[2] ? n0->val : b31[3]));
  }
  p29 = n0;
  p29 = n0;
  struct node *w32 = p29;
  for (unsigned long i33 = 0; i33 < 2; i33++)
  {
    w32 = gc_alloc (sizeof (struct node));
    w32->val = i33 * (n0->a[1] >> (0UL & 63));
    acc += w32->val + list_sum (w32);
  }
  for (unsigned long i34 = 0; i34 < 1; i34++)
  {
    n0->other = (i34 & 1 ? g_n[1] : p29);
    struct node *p35 = f2 (i34, (w32->val | x0));
    p29->next = g_n[1];
  }
  for (unsigned long i36 = 0; i36 < 6; i36++)
  {
  }
  g_acc ^= acc;
}

unsigned long f4 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 3UL;
  struct node *p39 = gc_alloc (sizeof (struct node));
  p39->val = n0->a[list_len (p39) & 3];
  struct node *p40 = gc_alloc (sizeof (struct node));
  p40->val = list_sum (n0);
  p40->next = p39;
  struct node *arr41[4] = { g_n[p39->val & 3], (n0->a[0] & 1 ? p40 : p40), p40, (n0->next ? n0->next : p40) };
  acc = mix (acc, (p40->val / (p40->val | 1)));
  unsigned long st42 = 0;
  for (struct node *q = p40; q && st42 < 8; q = q->next, st42++)
    acc += q->val * (st42 + 1);
  gc_free (p39);
  struct node *p43 = gc_alloc (sizeof (struct node));
  p43->val = (p40->next ? p40->next->val : g_acc);
  p43->a[2] = 0x7e4296fd5303b050UL;
  p43->next = n0;
  f3 (g_n[p43->val & 3], g_n[2]->val);
  struct node *p44 = gc_alloc (sizeof (struct node));
  p44->val = (p44->next ? p44->next->val : g_n[1]->a[3]);
  p44->a[3] = g_acc;
  qsort (arr41, 4, sizeof arr41[0], cmp_nodes);
  struct node *p45 = gc_alloc (64);
  p45->val = 2UL;
  p45->next = (n0->a[0] & 1 ? p45 : p44);
  p40->other = (x0 & 1 ? p40 : p39);
  struct node s46 = { 0 };
  s46.val = (g_n[3]->val + g_n[2]->val);
  s46.next = g_n[st42 & 3];
  acc = mix (acc, p45->a[0]);
  arr41[(4250828860UL ? x0 : 70UL) & 3] = g_n[p39->val & 3];
  return acc ^ g_n[1]->val;
}

static void f5 (struct node *n0, struct node *n1, unsigned long x0, struct pair pr)
{
  unsigned long acc = 1UL;
  struct node *p50 = pr.b;
  struct node *p51 = NEW (struct node);
  p51->val = (p51->a[3] >> ((g_n[0]->val % (p51->a[0] | 1)) & 63));
  p51->a[0] = (41UL ? 54UL : n0->val);
  acc += (x0 ^ p50->a[1]);
  struct node *arr52[4] = { p51, n0, g_n[n0->a[1] & 3], (n0->next ? n0->next : n1) };
  struct node *arr53[4] = { n1, (x0 & 1 ? g_n[0] : p51), p51, (x0 & 1 ? n0 : p51) };
  struct node *p54 = NEW (struct node);
  p54->val = arr52[g_n[3]->val & 3]->val;
  p54->a[3] = (p54->val % (x0 | 1));
  for (unsigned long i55 = 0; i55 < 8; i55++)
  {
    struct node *p56 = gc_alloc (64);
    p56->val = (arr_sum (arr52, 4) - p50->a[i55 & 3]);
    p56->a[0] = deep_sum (n1, 1);
    p56->next = n0;
    p54->slot = (i55 & 1 ? p50 : p51);
    n0 = p56;
  }
  p50->next = (p54->next ? p54->next : p54);
  struct node *arr57[4] = { g_n[x0 & 3], p54, g_n[3], p50 };
  p54 = g_n[3];
  acc += cb_read ((p54->other ? p54->other : p54), (x0 | p51->a[0]));
  acc += f4 (g_n[n0->a[1] & 3], (p50->slot ? ((struct node *) p50->slot)->val : g_n[3]->val));
  n1->slot = arr57[n0->val & 3];
  for (unsigned long i58 = 0; i58 < 5; i58++)
  {
    struct node *p59 = gc_calloc (1, sizeof (struct node));
    p59->val = (p54->a[p50->val & 3] >> (deep_sum (n1, 2) & 63));
    p59->a[3] = 0x48d6c5c4402c3da4UL;
    p59->next = p50;
    g_acc += deep_sum ((p54->other ? p54->other : g_n[0]), 0);
  }
  g_acc ^= acc;
}

static inline void f6 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 4057105097UL;
  n0->slot = n2;
  struct node *p65 = gc_alloc (sizeof (struct node));
  p65->val = n0->a[1];
  p65->a[2] = (n0->val ^ x0);
  p65->next = n2;
  acc += ((n1->val >> (g_n[3]->val & 63)) % ((p65->slot ? ((struct node *) p65->slot)->val : p65->a[2]) | 1));
  { unsigned long *q = &n1->a[3]; *q ^= n0->val; }
  struct node *p66 = gc_alloc (64);
  p66->val = (g_n[1]->val | x0);
  p66->a[3] = (unsigned long) ((uintptr_t) n2 != 0);
  void *vp67 = p65;
  p66 = p66;
  for (unsigned long i68 = 0; i68 < 6; i68++)
  {
  }
  unsigned long *b69 = gc_calloc (12, sizeof (unsigned long));
  b69[2] = list_len (n1);
  b69[3] = (b69[2] - b69[3]);
  { unsigned long *q = &n1->a[0]; *q ^= (b69[0] | 1UL); }
  if ((x1 - x1) % 2 == 0)
  {
    struct node s70 = { 0 };
    s70.val = n2->a[1];
    s70.next = g_n[2];
    for (unsigned long i71 = 0; i71 < 5; i71++)
    {
      struct node *p72 = gc_calloc (1, sizeof (struct node));
      p72->val = ((s70.next ? s70.next : n2)->next ? (s70.next ? s70.next : n2)->next->val : g_acc);
      struct node **v73 = gc_alloc (4 * sizeof (struct node *));
      v73[0] = (v73[1] ? v73[1] : p65);
    }
  }
  p65->next = (p65->next ? p65->next : p65);
  g_acc ^= acc;
}

void f7 (void)
{
  unsigned long acc = 3UL;
  struct node *p74 = gc_alloc (sizeof (struct node));
  p74->val = (unsigned long) ((uintptr_t) p74 != 0);
  p74->a[0] = p74->a[38UL & 3];
  p74->next = (p74->next ? p74->next : p74);
  p74->val += (p74->next ? p74->next->val : 97UL);
  { struct node *volatile vol = p74; acc += vol->val; }
  acc = mix (acc, p74->val);
  acc = mix (acc, 0UL);
  f5 (g_n[1], p74, 1UL, (struct pair) { g_n[g_n[3]->val & 3], (54UL & 1 ? g_n[3] : g_n[2]) });
  for (unsigned long i75 = 0; i75 < 5; i75++)
  {
    struct node *p76 = gc_calloc (1, sizeof (struct node));
    p76->val = p76->a[(i75 ^ p76->val) & 3];
    p76->next = p76;
    struct node *p77 = gc_alloc (sizeof (struct node));
    p77->val = (p74->slot ? ((struct node *) p74->slot)->val : (p76->val >> (p77->val & 63)));
    p77->next = p77;
    gc_free (p76);
    for (unsigned long i78 = 0; i78 < 7; i78++)
    {
      struct node *p79 = gc_alloc (sizeof (struct node));
      p79->val = g_acc;
      p79->next = p79;
      p79->next = p74;
      p74 = p79;
    }
  }
  struct node s80 = { 0 };
  s80.val = (4275652215UL + 0x5904e32a0f8275dfUL);
  s80.next = p74;
  struct node *p81 = f2 ((p74->next ? p74->next->val : 0x649b6d4f45e7bb78UL), g_acc);
  p74->a[(g_n[3]->val % (g_n[1]->val | 1)) & 3] = ((46UL ? p81->a[1] : 40UL) + 4003194844UL);
  { unsigned long *q = &p74->a[2]; *q ^= deep_sum (p81, 0); }
  g_acc ^= acc;
}

static inline unsigned long f8 (struct node *n0, struct node *n1)
{
  unsigned long acc = 0UL;
  struct node *p84 = gc_alloc (sizeof (struct node));
  p84->val = ((2UL + p84->val) * 0x3b63401a69d44d49UL);
  p84->a[0] = 0x1c5c99880df4f054UL;
  p84->next = (g_n[3]->other ? g_n[3]->other : n0);
  acc += g_n[42UL & 3]->a[deep_sum (n0, 2) & 3];
  p84->next = n0;
  struct node s85 = { 0 };
  s85.val = (p84->a[3] * 0x39c6d1a26f5c880aUL);
  acc += apply (cb_read, (3898668284UL & 1 ? n1 : n1), (n1->a[2] + 0x6b9d57fc39d30be1UL));
  struct node **v86 = gc_alloc (4 * sizeof (struct node *));
  v86[2] = n0;
  v86[3] = (v86[3] ? v86[3] : n1);
  f3 (n0, 906192384UL);
  for (unsigned long i87 = 0; i87 < 3; i87++)
  {
    acc += (unsigned long) ((p84->next ? p84->next : p84) == (p84->next ? p84->next : n1));
    p84->slot = n0;
    f1 (g_n[g_n[2]->val & 3], i87);
  }
  if (g_acc % 3 == 0)
  {
    struct node *p88 = gc_calloc (1, sizeof (struct node));
    acc += (p88->slot ? ((struct node *) p88->slot)->val : (p84->val ? p88->val : p84->a[0]));
  }
  n0 = f2 ((76UL | n0->a[0]), 0x140b7d4f183618f3UL);
  unsigned long u89 = (u89 % (u89 | 1));
  return acc ^ (u89 - n0->val);
}

static inline unsigned long f9 (struct pair pr)
{
  unsigned long acc = 1129967111UL;
  struct node *p90 = pr.a;
  struct node *p91 = gc_alloc (sizeof (struct node));
  p91->next = p91;
  struct node s92 = { 0 };
  s92.val = list_sum (g_n[2]);
  struct node *p93 = NEW (struct node);
  p93->val = deep_sum (g_n[3], 0);
  p93->a[3] = (unsigned long) ((uintptr_t) p93 != 0);
  p93->next = p91;
  acc += (72UL - (p90->next ? p90->next->val : 3UL));
  struct node *arr94[4] = { p91, p91, g_n[0], p91 };
  p93 = (p93->next ? p93->next : p91);
  unsigned long u95 = ((p93->slot ? ((struct node *) p93->slot)->val : 674937203UL) >> (g_n[3]->val & 63));
  f3 ((p91->next ? p91->next : p91), (u95 & g_n[3]->val));
  g_list = arr94[u95 & 3];
  acc += s92.val;
  struct node *p96 = gc_alloc (sizeof (struct node));
  p96->next = (p90->other ? p90->other : p93);
  return acc ^ g_acc;
}

__attribute__ ((noinline)) struct node *r10 (unsigned long d, struct node *n0, struct node *n1, struct pair pr)
{
  unsigned long acc = 75UL;
  if (d == 0)
    return n0;
  struct node *p99 = pr.b;
  acc += cb_read (n1, (1UL ^ 6132095UL));
  struct node *arr100[4] = { (0x5a31d846441e2f75UL & 1 ? n0 : n0), (n0->next ? n0->next : n1), n1, p99 };
  if (d > 0)
  {
    p99 = r10 (d - 1, n1, n1, (struct pair) { n1, (3834584474UL & 1 ? g_n[2] : n0) });
  }
  arr100[list_sum (p99) & 3] = n0;
  f3 (p99, n0->val);
  { unsigned long *q = &p99->a[1]; *q ^= 3167628003UL; }
  g_acc += (0x4cdec96260183d9UL * (unsigned long) ((uintptr_t) p99 != 0));
  unsigned long *b101 = gc_alloc (96);
  b101[0] = 3046613929UL;
  b101[1] = arr100[b101[1] & 3]->val;
  b101[2] = n1->val;
  g_acc += deep_sum ((g_n[0]->next ? g_n[0]->next : n1), 1);
  qsort (arr100, 4, sizeof arr100[0], cmp_nodes);
  n0->next = p99;
  n0->other = n0;
  struct node s102 = { 0 };
  s102.val = (1340604861UL + 0x4c85315d4051515aUL);
  acc += (unsigned long) ((uintptr_t) n1 != 0);
  printf ("r10.1 %lu\n", acc);
  return p99;
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
  unsigned long acc = 1127UL;
  struct node *p103 = gc_alloc (sizeof (struct node));
  p103->val = p103->val;
  p103->next = (p103->a[0] & 1 ? p103 : p103);
  g_list->other = (g_n[2]->next ? g_n[2]->next : g_n[3]);
  for (unsigned long i104 = 0; i104 < 2; i104++)
  {
    struct node *p105 = gc_alloc (64);
    p105->val = ((p105->a[3] ? 430338166UL : 2314020590UL) * p105->a[0]);
    struct node *w106 = p105;
    for (unsigned long i107 = 0; i107 < 1; i107++)
    {
      w106 = gc_alloc (sizeof (struct node));
      w106->val = i107 * w106->a[i104 & 3];
      acc += w106->val + list_sum (w106);
    }
    acc = mix (acc, (1UL * i104));
    struct node *p108 = gc_alloc (sizeof (struct node));
    p108->val = deep_sum (g_n[0], 1);
    p108->a[1] = (p108->val ^ g_n[3]->val);
  }
  acc += ((g_n[3]->val & 50UL) - 0x24ab3f482912fe59UL);
  acc += (unsigned long) (p103 == p103);
  struct node s109 = { 0 };
  s109.val = (g_n[1]->val + p103->a[1]);
  acc += (list_sum (p103) % (0x7ae365511dc0bbf5UL | 1));
  acc += f4 (p103, (p103->val - p103->a[0]));
  for (unsigned long i110 = 0; i110 < 6; i110++)
  {
    struct node *p111 = gc_alloc (sizeof (struct node));
    p111->val = i110;
    struct node *p112 = NEW (struct node);
    p112->val = (p103->slot ? ((struct node *) p103->slot)->val : (2UL ^ i110));
    p112->a[0] = list_len (p111);
    struct node *p113 = gc_alloc (sizeof (struct node));
    p113->val = (p113->other ? p113->other : p111)->a[p112->val & 3];
    p113->a[3] = s109.a[2];
  }
  f6 (p103, g_n[3], (0x3fe22b8c4143f594UL & 1 ? g_n[3] : g_n[1]), (p103->next ? p103->next->val : 814762516UL), (p103->slot ? ((struct node *) p103->slot)->val : 53UL));
  printf ("main.f6 %lu\n", acc);
  f7 ();
  printf ("main.f7 %lu\n", acc);
  acc += f8 ((3UL & 1 ? g_n[1] : g_n[1]), p103);
  printf ("main.f8 %lu\n", acc);
  acc += f9 ((struct pair) { (p103->other ? p103->other : g_n[0]), p103 });
  printf ("main.f9 %lu\n", acc);
  p103 = r10 (list_sum (&s109) % 4, g_n[3], g_n[1], (struct pair) { g_n[g_n[0]->val & 3], (s109.next ? s109.next : g_n[1]) });
  printf ("main.r10 %lu\n", acc);
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

/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0044.c */
/* gcc-escape fuzz program, seed 44: testsuite/fuzz/gen 44 */
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

unsigned long f0 (unsigned long x0, unsigned long x1);
void r1 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct pair pr);
static struct node *r2 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static unsigned long r3 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static unsigned long f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static unsigned long f5 (struct node *n0, struct node **out);
static void f6 (struct node *n0);
static void f7 (struct node *n0, struct pair pr);
static void r8 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static unsigned long r9 (unsigned long d, struct node *n0, struct node *n1);
static void f10 (struct node *n0, struct node **out);
static unsigned long f11 (unsigned long x0, unsigned long x1);
unsigned long f12 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);

unsigned long f0 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 62UL;
  struct node *p3 = gc_alloc (sizeof (struct node));
  p3->val = g_n[3]->a[(g_n[3]->val & x0) & 3];
  p3->next = p3;
  struct node *p4 = gc_alloc (sizeof (struct node));
  p4->val = list_len (p4);
  p4->a[3] = *g_up;
  p4->next = p3;
  void *vp5 = p3;
  struct node *w6 = p3;
  for (unsigned long i7 = 0; i7 < 4; i7++)
  {
    w6 = gc_alloc (sizeof (struct node));
    w6->val = i7 * deep_sum (p3, 2);
    acc += w6->val + list_sum (w6);
  }
  x0 = list_len (g_n[g_n[3]->val & 3]);
  struct node *p8 = (struct node *) ((uintptr_t) p3 | 0);
  return acc ^ g_n[1]->val;
}

void r1 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 56UL;
  if (d == 0)
    return;
  struct node *p13 = pr.b;
  struct node *p14 = gc_calloc (1, sizeof (struct node));
  p14->val = deep_sum (p14, 0);
  n0->slot = (p13->a[3] & 1 ? p13 : n1);
  for (unsigned long i15 = 0; i15 < 4; i15++)
  {
    n0->a[(x0 / (n1->a[1] | 1)) & 3] = p14->val;
    if ((unsigned long) ((uintptr_t) p14 != 0) % 7 == 1) return;
    g_h.pr.a = p13;
    acc = mix (acc, (x1 & x0));
  }
  n1->next = (n1->val & 1 ? n1 : n1);
  if (d > 0)
  {
    r1 (d - 1, p14, n1, n1->a[x1 & 3], (n1->next ? n1->next->val : p13->val), (struct pair) { n1, n1 });
  }
  g_acc ^= acc;
}

static struct node *r2 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 442205700UL;
  if (d == 0)
    return n0;
  n1->val += ((n2->a[2] & g_n[1]->val) | 22UL);
  gc_free (n2);
  acc += ((x0 / (x0 | 1)) ^ (g_n[2]->a[0] + n1->a[0]));
  struct node **v20 = gc_alloc (4 * sizeof (struct node *));
  v20[0] = (v20[1] ? v20[1] : n1);
  v20[1] = n1;
  unsigned long *b21 = gc_alloc (64);
  b21[1] = (unsigned long) ((uintptr_t) n2 != 0);
  b21[2] = (n2->slot ? ((struct node *) n2->slot)->val : x0);
  b21[3] = x0;
  if (d > 0)
  {
    acc += r3 (d - 1, (n1->next ? n1->next : n2), (n2->other ? n2->other : n1), n2, (191989830UL % (n2->a[2] | 1)), (x0 * b21[3]));
  }
  return n1;
}

static __attribute__ ((noinline)) unsigned long r3 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x70346cec1c0a19daUL;
  if (d == 0)
    return acc;
  struct node *p27 = gc_alloc (sizeof (struct node));
  p27->val = (unsigned long) ((n1->other ? n1->other : p27) == g_n[g_n[0]->val & 3]);
  p27->a[3] = list_len (n2);
  r1 ((n2->next ? n2->next->val : g_n[2]->val) % 4, n2, g_n[x1 & 3], list_len (n2), (n1->next ? n1->next->val : x1), (struct pair) { n1, n1 });
  struct node *p28 = gc_alloc (sizeof (struct node));
  p28->val = p28->a[x0 & 3];
  r1 ((0UL >> (806753653UL & 63)) % 4, p27, n1, (unsigned long) ((uintptr_t) n1 != 0), (0x744cc66178fa7298UL / (41UL | 1)), (struct pair) { n1, n1 });
  g_acc += n1->val;
  g_acc += g_acc;
  acc = mix (acc, g_n[0]->val);
  for (unsigned long i29 = 0; i29 < 5; i29++)
  {
    struct node *p30 = gc_calloc (1, sizeof (struct node));
    p30->val = ((unsigned long) (p30 == n1) + deep_sum (n0, 0));
    p30->a[3] = g_n[0]->val;
    p30->next = (n1->other ? n1->other : p27);
    acc += cb_read (n0, (unsigned long) (p27 == p30));
    acc += n2->a[list_sum (p27) & 3];
  }
  if (d > 0)
  {
    n0 = r2 (d - 1, n0, n1, g_n[x1 & 3], 0x3789d4e0ab06c51UL);
  }
  return acc ^ (x0 & x0);
}

static unsigned long f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 36UL;
  struct node *p36 = (struct node *) ((uintptr_t) n2 | 0);
  n1->a[list_len (n2) & 3] = 3UL;
  acc = mix (acc, x0);
  unsigned long *b37 = gc_alloc (64);
  b37[2] = (b37[3] ^ x0);
  for (unsigned long i38 = 0; i38 < 1; i38++)
  {
    acc = mix (acc, *g_up);
    struct node *p39 = r2 ((unsigned long) (n2 == p36) % 4, (n0->next ? n0->next : n2), (n1->other ? n1->other : p36), g_n[x1 & 3], (unsigned long) (n0 == n2));
  }
  unsigned long *b40 = gc_alloc (64);
  b40[0] = n0->a[3419179927UL & 3];
  b40[1] = n1->a[x1 & 3];
  b40[2] = p36->a[1];
  b40[3] = x1;
  struct node *arr41[4] = { (b40[2] & 1 ? p36 : n0), p36, n1, p36 };
  p36->other = g_n[3];
  g_acc += (n0->slot ? ((struct node *) n0->slot)->val : *g_up);
  r1 ((1UL << (n2->a[1] & 63)) % 4, p36, (b40[1] & 1 ? p36 : n0), deep_sum (g_n[1], 0), list_len (p36), (struct pair) { n1, n1 });
  acc += f0 (0UL, (0x1ad666112174881cUL ^ b40[1]));
  return acc ^ n1->val;
}

static unsigned long f5 (struct node *n0, struct node **out)
{
  unsigned long acc = 0x6380a9185a370e8dUL;
  struct node *p43 = gc_alloc (sizeof (struct node));
  p43->val = (39UL & 1UL);
  p43->a[0] = (n0->a[2] ? 2590899351UL : g_n[0]->val);
  void *vp44 = g_n[3];
  acc += f4 (g_n[2], g_n[1], g_n[p43->a[0] & 3], 0x303ba65c3a953787UL, (p43->slot ? ((struct node *) p43->slot)->val : p43->val));
  gc_free (n0);
  { unsigned long *q = &p43->a[0]; *q ^= 0x356cfedb45f55338UL; }
  g_n[1]->next = g_n[2];
  for (unsigned long i45 = 0; i45 < 3; i45++)
  {
    acc += g_n[3]->a[3];
    g_up = &(p43->next ? p43->next : n0)->a[1];
  }
  struct node *p46 = gc_alloc (sizeof (struct node));
  p46->val = ((struct node *) vp44)->val;
  acc += *out ? (*out)->val : 1712490632UL;
  struct node *w47 = p46;
  for (unsigned long i48 = 0; i48 < 5; i48++)
  {
    w47 = gc_alloc (sizeof (struct node));
    w47->val = i48 * (i48 - w47->a[1]);
    acc += w47->val + list_sum (w47);
  }
  n0->val += (deep_sum (p43, 2) * w47->a[g_n[1]->val & 3]);
  r1 ((2UL >> (2491942897UL & 63)) % 4, (1UL & 1 ? g_n[2] : n0), p46, 956678478UL, (w47->a[0] - p43->val), (struct pair) { (*out ? *out : p46), (p46->next ? p46->next : p46) });
  r1 (2UL % 4, p46, ((struct node *) vp44), 1UL, (0x5dfffe9541666f95UL + p43->val), (struct pair) { p46, p46 });
  return acc ^ (unsigned long) (w47 == p46);
}

static void f6 (struct node *n0)
{
  unsigned long acc = 3887281515UL;
  for (unsigned long i50 = 0; i50 < 3; i50++)
  {
    struct node *p51 = gc_alloc (sizeof (struct node));
    p51->val = (g_n[2]->val % (0UL | 1));
    p51->a[2] = n0->a[0x54fc915d6f5b41efUL & 3];
    p51->next = p51;
    p51->next = n0;
    n0 = p51;
  }
  n0->slot = g_n[2];
  struct node **v52 = gc_alloc (4 * sizeof (struct node *));
  printf ("f6.0 %lu\n", acc);
  acc += f0 (g_acc, 41UL);
  if (list_len (n0) % 4 == 1)
  {
    n0->other = n0;
    acc += f0 (deep_sum (n0, 2), n0->val);
    acc += deep_sum (n0, 0);
  }
  g_acc += 3UL;
  g_acc ^= acc;
}

static __attribute__ ((noinline)) void f7 (struct node *n0, struct pair pr)
{
  unsigned long acc = 0x5b5bd71e1b481038UL;
  struct node *p54 = pr.a;
  struct node *p55 = gc_alloc (sizeof (struct node));
  void *vp56 = p54;
  n0->other = (p55->other ? p55->other : p55);
  struct node *w57 = n0;
  for (unsigned long i58 = 0; i58 < 4; i58++)
  {
    w57 = gc_alloc (sizeof (struct node));
    w57->val = i58 * (p54->a[1] * p55->val);
    acc += w57->val + list_sum (w57);
  }
  p55 = w57;
  p55 = p54;
  g_acc ^= acc;
}

static inline void r8 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x42eb33bc68634b7fUL;
  if (d == 0)
    return;
  n0->slot = n0;
  g_list->other = n0;
  n0->a[deep_sum (n0, 0) & 3] = ((x0 >> (0UL & 63)) / (g_n[3]->val | 1));
  struct node s63 = { 0 };
  s63.val = list_len (n0);
  n1 = (s63.next ? s63.next : n0);
  if (x0 % 4 == 1)
  {
    n0->a[(n0->a[0] | n0->a[1]) & 3] = g_n[1]->val;
    f6 (g_n[n1->val & 3]);
    struct node *p64 = gc_alloc (sizeof (struct node));
    p64->val = ((n1->slot ? ((struct node *) n1->slot)->val : p64->val) ? (unsigned long) (n1 == n0) : (p64->slot ? ((struct node *) p64->slot)->val : x0));
  }
  unsigned long *b65 = gc_alloc (64);
  b65[0] = *g_up;
  b65[1] = (n1->a[2] ^ b65[0]);
  b65[2] = *g_up;
  b65[3] = deep_sum (n0, 0);
  n1->next = n0;
  f6 ((n0->other ? n0->other : n1));
  n1->next = (n0->other ? n0->other : n0);
  if (s63.val % 3 == 1)
  {
    unsigned long *b66 = gc_alloc (96);
    b66[0] = b65[1];
    b66[3] = 92UL;
  }
  else
  {
  }
  if (d > 0)
  {
    acc += r9 (d - 1, (0x3fd93c5778051fdcUL & 1 ? n0 : n0), (g_n[2]->other ? g_n[2]->other : n0));
  }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) unsigned long r9 (unsigned long d, struct node *n0, struct node *n1)
{
  unsigned long acc = 2UL;
  if (d == 0)
    return acc;
  struct node *p69 = gc_alloc (sizeof (struct node));
  p69->val = 2964132275UL;
  p69->a[0] = g_n[0]->val;
  n1 = n1;
  acc += list_len (n1);
  if (((0x11813ba5085f621UL * g_n[3]->val) >> ((0xe7b3b2e44f7bd7aUL << (n1->a[2] & 63)) & 63)) % 3 == 0)
  {
    struct node s70 = { 0 };
    s70.val = g_n[2]->val;
    s70.other = n0;
  }
  if ((79UL ? (n1->slot ? ((struct node *) n1->slot)->val : 0UL) : (n0->a[1] * 64UL)) % 3 == 1)
  {
    for (unsigned long i71 = 0; i71 < 6; i71++)
    {
      struct node *p72 = gc_alloc (sizeof (struct node));
      p72->val = ((15UL ? 4235092992UL : g_n[3]->a[1]) | (i71 & g_n[1]->val));
      p72->next = n1;
      f6 ((i71 & 1 ? p69 : n1));
      n1 = p72;
    }
  }
  if ((g_acc ? 1332440433UL : (unsigned long) ((uintptr_t) p69 != 0)) % 4 == 0)
  {
    struct node *w73 = p69;
    for (unsigned long i74 = 0; i74 < 2; i74++)
    {
      w73 = gc_alloc (sizeof (struct node));
      w73->val = i74 * list_sum (g_n[0]);
      acc += w73->val + list_sum (w73);
    }
    if (d > 0)
    {
      r8 (d - 1, p69, w73, (g_n[3]->val - g_n[2]->val), 46UL);
    }
  }
  else
  {
    n1->a[deep_sum (n1, 1) & 3] = 0UL;
  }
  g_acc += ((n0->val ? 1UL : n1->val) & n1->val);
  f7 ((n1->other ? n1->other : n0), (struct pair) { n1, n1 });
  return acc ^ (p69->slot ? ((struct node *) p69->slot)->val : 2839569577UL);
}

static void f10 (struct node *n0, struct node **out)
{
  unsigned long acc = 0x653a727028526f96UL;
  struct node *p76 = gc_alloc (64);
  p76->a[1] = g_n[1]->val;
  p76->next = n0;
  if ((2210857203UL << (36UL & 63)) % 7 == 1) return;
  *out = g_n[2];
  for (unsigned long i77 = 0; i77 < 3; i77++)
  {
    struct node *p78 = (struct node *) ((uintptr_t) p76 | 0);
    acc += n0->val;
  }
  struct node *w79 = p76;
  for (unsigned long i80 = 0; i80 < 2; i80++)
  {
    w79 = gc_alloc (sizeof (struct node));
    w79->val = i80 * list_sum (n0);
    acc += w79->val + list_sum (w79);
  }
  w79->val += w79->a[(g_n[3]->val - 0x2e9158f812e4af37UL) & 3];
  void *vp81 = (n0->a[1] & 1 ? g_n[3] : g_n[1]);
  if ((list_len (w79) ^ (g_n[2]->val - p76->val)) % 4 == 1)
  {
    acc += (n0->slot ? ((struct node *) n0->slot)->val : (2785131224UL ^ 2031072050UL));
  }
  else
  {
  }
  g_acc ^= acc;
}

static unsigned long f11 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x61ace0a8494e3bcdUL;
  struct node *p84 = gc_calloc (1, sizeof (struct node));
  p84->val = ((p84->val - p84->val) & x1);
  p84->next = (p84->val & 1 ? g_n[3] : p84);
  p84->slot = g_n[2];
  acc = mix (acc, list_sum (g_n[0]));
  acc += g_n[0]->val;
  if (deep_sum (p84, 1) % 3 == 1)
  {
    acc += deep_sum (p84, 2);
    unsigned long *b85 = gc_alloc (64);
    b85[0] = (p84->a[1] % (x0 | 1));
    b85[2] = (p84->val | b85[0]);
  }
  return acc ^ (49UL >> (p84->a[1] & 63));
}

unsigned long f12 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3UL;
  struct node *p90 = gc_calloc (1, sizeof (struct node));
  p90->val = ((x1 | p90->val) / (7UL | 1));
  p90->a[3] = (456932740UL % (x1 | 1));
  p90->next = (p90->next ? p90->next : p90);
  acc += ((p90->other ? p90->other : n0)->next ? (p90->other ? p90->other : n0)->next->val : deep_sum (n0, 2));
  r1 (n0->a[g_n[1]->val & 3] % 4, p90, n0, *g_up, (unsigned long) (n1 == g_n[1]), (struct pair) { (n0->next ? n0->next : n0), n0 });
  unsigned long st91 = 0;
  for (struct node *q = g_n[g_n[2]->val & 3]; q && st91 < 8; q = q->next, st91++)
    acc += q->val * (st91 + 1);
  for (unsigned long i92 = 0; i92 < 1; i92++)
  {
    struct node *p93 = gc_alloc (64);
    struct node *p94 = gc_alloc (sizeof (struct node));
    p94->val = (p93->slot ? ((struct node *) p93->slot)->val : (x1 | 3UL));
    p94->a[1] = p93->a[0];
    acc += 45UL;
    struct node *p95 = gc_calloc (1, sizeof (struct node));
  }
  unsigned long *b96 = gc_alloc (64 + x1 % 16);
  b96[0] = list_sum (p90);
  b96[1] = list_sum (n0);
  b96[3] = (n1->next ? n1->next->val : x1);
  struct node s97 = { 0 };
  s97.val = (p90->val * 0x310643e23aab627fUL);
  s97.next = n0;
  acc += list_len ((p90->next ? p90->next : g_n[0]));
  f6 ((g_n[2]->next ? g_n[2]->next : n0));
  acc += (unsigned long) (g_n[3] == p90);
  return acc ^ (x1 ? x1 : x0);
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
  unsigned long acc = 44UL;
  struct node *p98 = gc_alloc (sizeof (struct node));
  p98->val = p98->a[0];
  p98->a[3] = 0x22a8b4984d3ecaecUL;
  struct node **v99 = gc_alloc (4 * sizeof (struct node *));
  v99[2] = g_n[2];
  v99[3] = g_n[1];
  struct node s100 = { 0 };
  s100.val = deep_sum (p98, 0);
  s100.next = g_n[0];
  s100.other = g_n[2];
  struct node *p101 = gc_alloc (sizeof (struct node));
  p101->val = list_len (p98);
  p101->a[2] = (g_n[1]->val & g_n[1]->val);
  acc += ((2616555601UL | g_n[1]->val) % ((p98->next ? p98->next->val : g_n[0]->val) | 1));
  struct node s102 = { 0 };
  s102.val = 1UL;
  acc += f11 (0x9d3a191189679b8UL, deep_sum (p98, 2));
  acc += f4 (p101, p101, p101, (unsigned long) ((uintptr_t) p101 != 0), (p98->next ? p98->next->val : 898341639UL));
  struct node *p103 = gc_alloc (64);
  p103->val = ((unsigned long) ((uintptr_t) g_n[2] != 0) ^ (p101->a[0] + p103->val));
  p103->a[3] = (v99[0] ? v99[0]->val : p101->val);
  struct node *p104 = gc_alloc (sizeof (struct node));
  p104->val = 36UL;
  p104->next = p104;
  gc_free (p101);
  unsigned long st105 = 0;
  for (struct node *q = (8UL & 1 ? p98 : p103); q && st105 < 8; q = q->next, st105++)
    acc += q->val * (st105 + 1);
  struct node *w106 = p104;
  for (unsigned long i107 = 0; i107 < 2; i107++)
  {
    w106 = gc_alloc (sizeof (struct node));
    w106->val = i107 * (3UL - i107);
    acc += w106->val + list_sum (w106);
  }
  acc += r3 (list_sum (p103) % 4, g_n[g_n[1]->val & 3], p103, (v99[3] ? v99[3] : p104), (st105 / (st105 | 1)), (p103->val >> (st105 & 63)));
  printf ("main.r3 %lu\n", acc);
  acc += f5 (p98, &g_n[2]);
  printf ("main.f5 %lu\n", acc);
  r8 ((unsigned long) ((uintptr_t) g_n[1] != 0) % 4, p104, (st105 & 1 ? p101 : p104), w106->a[3], st105);
  printf ("main.r8 %lu\n", acc);
  acc += r9 ((unsigned long) (g_n[2] == p98) % 4, (0x47b7cb3067da2e00UL & 1 ? p104 : p101), (p103->next ? p103->next : p101));
  printf ("main.r9 %lu\n", acc);
  f10 (p98, &w106);
  printf ("main.f10 %lu\n", acc);
  acc += f12 ((s100.next ? s100.next : p103), (w106->next ? w106->next : p104), (p101->slot ? ((struct node *) p101->slot)->val : g_n[3]->val), (g_n[1]->val * st105));
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

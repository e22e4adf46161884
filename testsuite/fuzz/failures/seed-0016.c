/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0016.c */
/* gcc-escape fuzz program, seed 16: testsuite/fuzz/gen 16 */
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

void f0 (unsigned long x0, struct pair pr);
static void f1 (struct node *n0, struct node *n1, struct node *n2);
static void r2 (unsigned long d, struct node *n0, struct node *n1);
void r3 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr);
static void f4 (void);
struct node *f5 (struct node *n0);
static struct node *f6 (struct node *n0, struct node *n1, struct node *n2, struct node **out);
static struct node *r7 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr);
static void r8 (unsigned long d, struct node **out);
static unsigned long f9 (struct node *n0, struct node *n1, struct pair pr);
static struct node *f10 (void);
static void r11 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, struct node **out);
static unsigned long f12 (struct node *n0, struct node *n1, struct pair pr);

__attribute__ ((noinline)) void f0 (unsigned long x0, struct pair pr)
{
  unsigned long acc = 3UL;
  struct node *p2 = pr.a;
  struct node *p3 = gc_alloc (sizeof (struct node));
  p3->next = p2;
  struct node s4 = { 0 };
  s4.val = (p3->slot ? ((struct node *) p3->slot)->val : p2->a[0]);
  g_acc += (unsigned long) ((uintptr_t) p3 != 0);
  acc += g_n[2]->val;
  p3->other = (p3->next ? p3->next : p2);
  unsigned long st5 = 0;
  for (struct node *q = p3; q && st5 < 8; q = q->next, st5++)
    acc += q->val * (st5 + 1);
  if (p3->val % 4 == 1) return;
  unsigned long u6 = (g_n[1]->val >> (p3->val & 63));
  p2->other = g_n[p2->val & 3];
  acc = mix (acc, deep_sum (p2, 0));
  unsigned long *b7 = gc_alloc (64);
  b7[2] = (unsigned long) (p2 == p3);
  acc += (unsigned long) ((uintptr_t) p2 != 0);
  b7[p2->a[st5 & 3] & 3] = list_sum (p3);
  for (unsigned long i8 = 0; i8 < 4; i8++)
  {
    struct node *p9 = gc_alloc (sizeof (struct node));
    p9->val = ((p2->a[3] << (st5 & 63)) | list_sum (p9));
    p9->a[(p3->val ? p9->val : 45UL) & 3] = ((p3->slot ? ((struct node *) p3->slot)->val : p9->a[1]) ? (g_n[0]->val - i8) : (p3->next ? p3->next->val : st5));
  }
  { unsigned long *q = &p2->a[2]; *q ^= st5; }
  g_acc ^= acc;
}

static void f1 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 26UL;
  acc += cb_read (n1, (n2->a[0] / (g_n[2]->a[3] | 1)));
  n1->next = (g_n[1]->a[1] & 1 ? n1 : n1);
  n1->slot = n0;
  n1->slot = n2;
  acc += g_n[77UL & 3]->a[(n0->val + g_n[1]->val) & 3];
  void *vp13 = (n0->other ? n0->other : g_n[0]);
  struct node *p14 = gc_alloc (sizeof (struct node));
  p14->val = 2UL;
  p14->a[0] = (1UL ? g_n[1]->val : 4162558569UL);
  n2->next = g_n[2];
  f0 ((n2->next ? n2->next->val : n1->a[1]), (struct pair) { n1, (3UL & 1 ? n0 : n1) });
  struct node *p15 = NEW (struct node);
  p15->val = 92UL;
  p15->a[2] = 2UL;
  void *vp16 = n1;
  unsigned long *b17 = gc_alloc (96);
  b17[0] = (n1->slot ? ((struct node *) n1->slot)->val : g_n[0]->a[3]);
  b17[2] = (b17[0] >> (0UL & 63));
  b17[3] = (n2->next ? n2->next->val : n2->val);
  g_acc += ((struct node *) vp13)->val;
  g_acc ^= acc;
}

static void r2 (unsigned long d, struct node *n0, struct node *n1)
{
  unsigned long acc = 0x27721706510ae4dcUL;
  if (d == 0)
    return;
  acc += (n0->a[1] >> (3UL & 63));
  printf ("r2.0 %lu\n", acc);
  { unsigned long *q = &n0->a[3]; *q ^= (n1->slot ? ((struct node *) n1->slot)->val : 3349391481UL); }
  struct node **v20 = gc_alloc (4 * sizeof (struct node *));
  v20[0] = n0;
  v20[2] = n1;
  acc += list_len ((n0->next ? n0->next : n0));
  g_any = g_n[3];
  n0->val += 0x689338b5299d2cdaUL;
  n0->next = n0;
  if (d > 0)
  {
    r3 (d - 1, g_n[3], g_n[0], g_n[80UL & 3], (2UL << (2693824851UL & 63)), (n0->a[2] % (n0->val | 1)), (struct pair) { g_n[3], n0 });
  }
  g_acc ^= acc;
}

void r3 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 0x5affa13278d7e955UL;
  if (d == 0)
    return;
  struct node *p26 = pr.a;
  struct node *p27 = (struct node *) ((uintptr_t) n0 | 0);
  gc_free (p26);
  if ((51UL / (n1->a[3] | 1)) % 3 == 1) return;
  struct node **v28 = gc_alloc (4 * sizeof (struct node *));
  v28[0] = p27;
  v28[1] = (n2->next ? n2->next : p27);
  v28[3] = n1;
  gc_free (n1);
  acc += (p27->a[1] & list_sum (n2));
  if (d > 0)
  {
    r2 (d - 1, n0, g_n[x1 & 3]);
  }
  g_acc ^= acc;
}

static void f4 (void)
{
  unsigned long acc = 60UL;
  struct node *p29 = gc_alloc (sizeof (struct node));
  p29->a[3] = 2356409472UL;
  p29->next = p29;
  f1 (g_n[p29->val & 3], p29, p29);
  unsigned long st30 = 0;
  for (struct node *q = p29; q && st30 < 8; q = q->next, st30++)
    acc += q->val * (st30 + 1);
  acc += apply (cb_read, p29, (p29->val - g_n[1]->val));
  if (p29 != p29)
    memcpy (p29, p29, sizeof (struct node));
  for (unsigned long i31 = 0; i31 < 2; i31++)
  {
    struct node *p32 = gc_alloc (64);
    p32->val = g_acc;
    p32->next = g_n[0];
    p32->next = p29;
    p29 = p32;
  }
  for (unsigned long i33 = 0; i33 < 5; i33++)
  {
    struct node *p34 = gc_alloc (sizeof (struct node));
    p34->val = (list_len (p29) ? list_len (p34) : i33);
    unsigned long st35 = 0;
    for (struct node *q = (p29->val & 1 ? p34 : p29); q && st35 < 8; q = q->next, st35++)
      acc += q->val * (st35 + 1);
    struct node *p36 = gc_alloc (sizeof (struct node));
    p36->val = (unsigned long) (p34 == p29);
  }
  g_acc ^= acc;
}

struct node *f5 (struct node *n0)
{
  unsigned long acc = 3979944472UL;
  n0->slot = n0;
  g_h.p = (n0->other ? n0->other : n0);
  n0->next = n0;
  for (unsigned long i38 = 0; i38 < 2; i38++)
  {
    struct node *p39 = gc_alloc (64);
    p39->next = p39;
    p39->next = n0;
    n0 = p39;
  }
  n0->other = g_n[3];
  if ((3324188870UL % ((n0->val + 0x7f560de256c0309aUL) | 1)) % 2 == 1)
  {
    f0 (deep_sum (n0, 0), (struct pair) { n0, g_n[0] });
  }
  else
  {
  }
  return n0;
}

static inline struct node *f6 (struct node *n0, struct node *n1, struct node *n2, struct node **out)
{
  unsigned long acc = 20UL;
  struct node *p43 = gc_alloc (64);
  p43->val = (unsigned long) (p43 == n1);
  for (unsigned long i44 = 0; i44 < 4; i44++)
  {
    struct node *p45 = gc_calloc (1, sizeof (struct node));
    p45->a[1] = p43->a[1];
    p45->next = n1;
  }
  *out = n0;
  __asm__ volatile ("" : : "r" (n1) : "memory");
  struct node *arr46[4] = { (n2->next ? n2->next : n0), n2, (n2->next ? n2->next : n2), (n2->a[2] & 1 ? n2 : n2) };
  struct node **v47 = gc_alloc (4 * sizeof (struct node *));
  v47[1] = (v47[0] ? v47[0] : n0);
  v47[2] = n2;
  acc += ((v47[1] ? v47[1] : p43)->next ? (v47[1] ? v47[1] : p43)->next->val : 2UL);
  r2 (n0->val % 4, n0, g_n[n1->val & 3]);
  acc += *out ? (*out)->val : (n0->slot ? ((struct node *) n0->slot)->val : 3756598768UL);
  qsort (arr46, 4, sizeof arr46[0], cmp_nodes);
  arr46[g_n[1]->val & 3] = (*out ? *out : n1);
  *out = (v47[2] ? v47[2] : g_n[1]);
  if (((v47[3] ? v47[3] : p43)->slot ? ((struct node *) (v47[3] ? v47[3] : p43)->slot)->val : n2->val) % 2 == 0)
  {
    acc += cb_read (arr46[g_n[3]->val & 3], (unsigned long) ((uintptr_t) n0 != 0));
  }
  return n1;
}

static struct node *r7 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 3UL;
  if (d == 0)
    return n0;
  struct node *p53 = pr.a;
  struct node *p54 = gc_calloc (1, sizeof (struct node));
  p54->val = deep_sum (p53, 0);
  if ((p53->slot ? ((struct node *) p53->slot)->val : x0) % 4 == 1)
  {
    p53->next = (x0 & 1 ? n0 : n1);
    g_acc += list_sum (p54);
  }
  struct node s55 = { 0 };
  s55.val = (g_n[2]->val >> (3UL & 63));
  s55.next = g_n[80UL & 3];
  struct node *w56 = p54;
  for (unsigned long i57 = 0; i57 < 1; i57++)
  {
    w56 = gc_alloc (sizeof (struct node));
    w56->val = i57 * 973002964UL;
    acc += w56->val + list_sum (w56);
  }
  g_h.p = g_n[2];
  n2->other = p53;
  acc += cb_read (g_n[3], n1->a[0]);
  void *vp58 = n2;
  struct node s59 = { 0 };
  s59.val = (p53->val * 25UL);
  s59.other = ((struct node *) vp58);
  g_up = &(n1->next ? n1->next : n0)->a[1];
  g_acc += *g_up;
  acc += cb_read (n1, (unsigned long) (n0 == w56));
  if (((s55.next ? s55.next : n1)->next ? (s55.next ? s55.next : n1)->next->val : (0x39095926be9eb00UL << (n0->a[1] & 63))) % 2 == 0)
  {
    for (unsigned long i60 = 0; i60 < 5; i60++)
    {
      struct node *p61 = gc_alloc (sizeof (struct node));
      p61->val = x0;
      p61->next = p54;
      p54 = p61;
    }
    for (unsigned long i62 = 0; i62 < 3; i62++)
    {
      struct node *p63 = gc_alloc (sizeof (struct node));
    }
  }
  if (d > 0)
  {
    r8 (d - 1, &g_n[2]);
  }
  return (n1->other ? n1->other : n1);
}

static void r8 (unsigned long d, struct node **out)
{
  unsigned long acc = 72UL;
  if (d == 0)
    return;
  struct node *p64 = gc_alloc (sizeof (struct node));
  p64->val = deep_sum (p64, 1);
  p64->a[1] = (p64->val | p64->val);
  acc += (unsigned long) ((uintptr_t) p64 != 0);
  f1 (g_n[2], g_n[0], p64);
  g_h.p = (p64->val & 1 ? p64 : p64);
  acc += (unsigned long) (p64 == (*out ? *out : p64));
  { unsigned long *q = &p64->a[2]; *q ^= list_sum (p64); }
  unsigned long u65 = deep_sum ((p64->other ? p64->other : p64), 1);
  g_n[1] = g_n[0];
  struct node *p66 = NEW (struct node);
  p66->val = (g_n[0]->val ? u65 : (u65 | u65));
  p66->a[0] = deep_sum (p66, 0);
  if (d > 0)
  {
    struct node *p67 = r7 (d - 1, (p66->next ? p66->next : p66), (*out ? *out : p66), p64, g_n[3]->a[p64->val & 3], 0x4f3e7c8b37f7ed44UL, (struct pair) { (*out ? *out : p66), p66 });
  }
  g_acc ^= acc;
}

static unsigned long f9 (struct node *n0, struct node *n1, struct pair pr)
{
  unsigned long acc = 56UL;
  struct node *p70 = pr.b;
  struct node *w71 = n1;
  for (unsigned long i72 = 0; i72 < 2; i72++)
  {
    w71 = gc_alloc (sizeof (struct node));
    w71->val = i72 * i72;
    acc += w71->val + list_sum (w71);
  }
  struct node *p73 = (struct node *) ((uintptr_t) n1 | 0);
  struct node s74 = { 0 };
  s74.val = p73->a[g_n[1]->val & 3];
  s74.next = n0;
  s74.other = n1;
  acc += (947176984UL % (2UL | 1));
  struct node *p75 = gc_alloc (sizeof (struct node));
  p75->val = ((unsigned long) (p73 == p70) ^ (unsigned long) (n1 == p73));
  w71 = p73;
  acc += (list_len (n0) >> (list_sum (n1) & 63));
  g_up = &(2797501334UL & 1 ? p70 : g_n[2])->a[2];
  struct node *p76 = r7 (list_sum (n0) % 4, g_n[72UL & 3], n1, w71, (unsigned long) (p70 == n1), 0x2d55a78f652dbb18UL, (struct pair) { n1, p75 });
  g_acc += p76->a[1];
  unsigned long u77 = deep_sum (n0, 2);
  return acc ^ list_len (w71);
}

static __attribute__ ((noinline)) struct node *f10 (void)
{
  unsigned long acc = 39UL;
  struct node *p78 = gc_calloc (1, sizeof (struct node));
  p78->val = ((p78->val >> (g_n[2]->val & 63)) - (1850073861UL ? p78->val : 4264259798UL));
  p78->a[2] = (54UL | p78->a[0]);
  p78->next = g_n[p78->val & 3];
  struct node *p79 = gc_alloc (sizeof (struct node));
  p79->a[3] = deep_sum (p79, 2);
  acc = mix (acc, p78->a[30UL & 3]);
  { unsigned long *q = &p79->a[2]; *q ^= (unsigned long) ((uintptr_t) p79 != 0); }
  struct node *w80 = p78;
  for (unsigned long i81 = 0; i81 < 5; i81++)
  {
    w80 = gc_alloc (sizeof (struct node));
    w80->val = i81 * list_sum (g_n[1]);
    acc += w80->val + list_sum (w80);
  }
  g_n[1] = g_n[1];
  if (p78->a[0] % 3 == 0)
  {
    struct node *p82 = gc_calloc (1, sizeof (struct node));
    p82->a[1] = *g_up;
    for (unsigned long i83 = 0; i83 < 2; i83++)
    {
      struct node *p84 = gc_alloc (sizeof (struct node));
      p84->val = list_len (p82);
      p84->next = (p78->next ? p78->next : p84);
      p84->next = p78;
      p78 = p84;
    }
  }
  f1 (g_n[2], g_n[w80->a[2] & 3], g_n[w80->a[2] & 3]);
  for (unsigned long i85 = 0; i85 < 5; i85++)
  {
    struct node *p86 = gc_alloc (sizeof (struct node));
    p86->val = (g_n[0]->val | 3UL);
    p86->next = (p78->other ? p78->other : p79);
    unsigned long *b87 = gc_calloc (4 + ((unsigned long) (p86 == w80) & 3), sizeof (unsigned long));
    b87[0] = (22UL ^ i85);
    b87[1] = w80->val;
    b87[2] = list_len (p79);
    b87[3] = (unsigned long) ((uintptr_t) p78 != 0);
  }
  acc += 751163488UL;
  struct node *w88 = g_n[1];
  for (unsigned long i89 = 0; i89 < 2; i89++)
  {
    w88 = gc_alloc (sizeof (struct node));
    w88->val = i89 * (p79->next ? p79->next->val : i89);
    acc += w88->val + list_sum (w88);
  }
  w88->other = w80;
  return g_n[2];
}

static void r11 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, struct node **out)
{
  unsigned long acc = 29UL;
  if (d == 0)
    return;
  struct node *p93 = gc_alloc (sizeof (struct node));
  p93->val = list_sum (n1);
  x0 = n1->a[n0->val & 3];
  struct node *p94 = gc_alloc (sizeof (struct node));
  p94->val = 2821679598UL;
  p94->a[2] = (unsigned long) ((uintptr_t) n1 != 0);
  if (d > 0)
  {
    r11 (d - 1, n1, p94, (29UL >> (p94->a[2] & 63)), &p93);
  }
  p94->slot = (*out ? *out : n1);
  struct node *p95 = gc_alloc (64 + x0 % 16);
  p95->val = g_acc;
  p95->next = p94;
  g_n[3]->next = p94;
  acc += cb_read ((n0->next ? n0->next : g_n[0]), 33UL);
  if (list_len (n0) % 3 == 0)
  {
  }
  g_acc += deep_sum (g_n[3], 2);
  p95->slot = n1;
  void *vp96 = n1;
  g_acc ^= acc;
}

static unsigned long f12 (struct node *n0, struct node *n1, struct pair pr)
{
  unsigned long acc = 3UL;
  struct node *p99 = pr.a;
  struct node *p100 = NEW (struct node);
  p100->val = n0->a[0];
  r8 (g_n[2]->val % 4, &g_n[0]);
  for (unsigned long i101 = 0; i101 < 5; i101++)
  {
    struct node *p102 = gc_alloc (64);
    p102->val = g_acc;
    p102->next = n1;
    struct node s103 = { 0 };
    s103.val = i101;
    n1 = p102;
  }
  for (unsigned long i104 = 0; i104 < 3; i104++)
  {
    struct node *p105 = gc_alloc (sizeof (struct node));
    p105->val = (unsigned long) ((uintptr_t) g_n[0] != 0);
    p105->next = p99;
    p105->next = p99;
    p99 = p105;
  }
  for (unsigned long i106 = 0; i106 < 5; i106++)
  {
    for (unsigned long i107 = 0; i107 < 1; i107++)
    {
      struct node *p108 = gc_alloc (64 + i107 % 16);
      p108->val = (i106 << (list_len (n1) & 63));
      p108->next = p100;
      p100 = p108;
    }
  }
  if ((g_n[2]->slot ? ((struct node *) g_n[2]->slot)->val : p100->a[0]) % 2 == 1)
  {
    acc = mix (acc, (n0->val ? n0->a[3] : n1->val));
    struct node *p109 = gc_alloc (sizeof (struct node));
    p109->next = p100;
  }
  else
  {
  }
  return acc ^ list_sum (p99);
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
  unsigned long acc = 16UL;
  struct node *p110 = gc_alloc (sizeof (struct node));
  p110->val = list_len (p110);
  p110->a[3] = (unsigned long) ((uintptr_t) p110 != 0);
  g_up = &g_n[2]->a[3];
  struct node *p111 = gc_alloc (sizeof (struct node));
  p111->val = ((0x78d4aab171c2745dUL ? p111->val : p110->a[0]) | (58UL / (g_n[2]->val | 1)));
  p111->next = p110;
  unsigned long st112 = 0;
  for (struct node *q = (st112 & 1 ? p111 : p110); q && st112 < 8; q = q->next, st112++)
    acc += q->val * (st112 + 1);
  p110->slot = g_n[0];
  if (p111 != p110)
    memcpy (p111, p110, sizeof (struct node));
  struct node *p113 = NEW (struct node);
  p113->val = (48UL + (unsigned long) (p110 == p111));
  p110 = p110;
  p113 = f10 ();
  printf ("main.1 %lu\n", acc);
  void *vp114 = p111;
  p111->next = (p111->a[1] & 1 ? p113 : p110);
  r3 ((st112 % (st112 | 1)) % 4, p113, g_n[st112 & 3], p113, g_acc, list_len (p113), (struct pair) { p113, g_n[2] });
  printf ("main.r3 %lu\n", acc);
  f4 ();
  printf ("main.f4 %lu\n", acc);
  p110 = f5 (g_n[3]);
  printf ("main.f5 %lu\n", acc);
  struct node *p115 = f6 (p113, p113, p113, &p111);
  printf ("main.f6 %lu\n", acc);
  acc += f9 (p113, p113, (struct pair) { p111, p113 });
  printf ("main.f9 %lu\n", acc);
  r11 ((p113->a[3] / (st112 | 1)) % 4, (st112 & 1 ? p113 : p113), (p113->other ? p113->other : p113), list_len (p113), &p111);
  printf ("main.r11 %lu\n", acc);
  acc += f12 (p113, p110, (struct pair) { (p113->other ? p113->other : p111), p110 });
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

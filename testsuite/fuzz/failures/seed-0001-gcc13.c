/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-13. Reproduce: testsuite/fuzz/check.sh --gcc 13 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0001-gcc13.c */
/* gcc-escape fuzz program, seed 1: testsuite/fuzz/gen 1 */
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
static unsigned long apply (cb_t f, void *ctx, unsigned long x) { return f (ctx, x); }

static unsigned long f0 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out);
unsigned long f1 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static unsigned long f2 (struct node *n0, struct node *n1, struct node *n2);
static void f3 (struct node *n0, struct node *n1, unsigned long x0);
static void r4 (unsigned long d, struct node *n0, struct node *n1, struct node **out);
static void r5 (unsigned long d, unsigned long x0, unsigned long x1);

static unsigned long f0 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 0x264910a61f5389bbUL;
  n2->next = n0;
  n1->slot = n1;
  struct node s6 = { 0 };
  s6.val = list_len (n1);
  s6.next = (n1->a[3] & 1 ? n1 : n1);
  printf ("f0.0 %lu\n", acc);
  struct node *w7 = n1;
  for (unsigned long i8 = 0; i8 < 5; i8++)
  {
    w7 = gc_alloc (sizeof (struct node));
    w7->val = i8 * (unsigned long) (n1 == g_n[0]);
    acc += w7->val + list_sum (w7);
  }
  struct node *p9 = gc_alloc (sizeof (struct node));
  p9->val = ((n1->other ? n1->other : n2)->slot ? ((struct node *) (n1->other ? n1->other : n2)->slot)->val : n0->val);
  *out = n1;
  for (unsigned long i10 = 0; i10 < 3; i10++)
  {
    g_acc += (list_sum (g_n[2]) >> (list_sum (n2) & 63));
  }
  *out = n1;
  return acc ^ x0;
}

unsigned long f1 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 0x5035886503224103UL;
  gc_free (n1);
  n1->other = n2;
  unsigned long *b15 = gc_calloc (4, sizeof (unsigned long));
  b15[1] = list_sum (n2);
  b15[3] = list_len (n2);
  acc += list_sum ((n1->next ? n1->next : n2));
  g_up = &g_n[n0->a[0] & 3]->a[0];
  for (unsigned long i16 = 0; i16 < 6; i16++)
  {
    struct node *p17 = NEW (struct node);
    p17->val = (g_n[3]->a[b15[0] & 3] * (n2->next ? n2->next->val : 0UL));
    p17->a[2] = (x0 ^ p17->val);
    n1->slot = n2;
    p17->val += (b15[p17->a[3] & 3] & i16);
    struct node *p18 = gc_alloc (sizeof (struct node));
    p18->next = p17;
  }
  if ((n2->val ^ x0) % 3 == 0)
  {
    n2->slot = g_n[0];
    struct node *p19 = gc_calloc (1, sizeof (struct node));
    p19->val = 0x310ef8920fa4fb80UL;
    p19->next = n2;
  }
  else
  {
    g_list->other = n1;
    acc += b15[0];
    for (unsigned long i20 = 0; i20 < 6; i20++)
    {
      struct node *p21 = gc_alloc (sizeof (struct node));
      p21->val = (n0->a[3] ? n1->val : p21->val);
      p21->a[0] = list_sum (p21);
      p21->next = n1;
      n1 = p21;
    }
  }
  n1->other = (n2->a[0] & 1 ? n1 : n2);
  return acc ^ x0;
}

static unsigned long f2 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 86UL;
  struct node *p25 = gc_calloc (1, sizeof (struct node));
  p25->val = (unsigned long) ((uintptr_t) (0x708c08955766246aUL & 1 ? n1 : n0) != 0);
  p25->next = n0;
  p25->next = (n1->next ? n1->next : n2);
  g_h.p = n0;
  unsigned long *b26 = gc_alloc (64);
  b26[3] = list_len (g_n[0]);
  n0->other = p25;
  struct node *arr27[4] = { g_n[b26[2] & 3], n0, n0, n0 };
  __asm__ volatile ("" : : "r" (p25) : "memory");
  arr27[(n0->val + n1->val) & 3] = n0;
  unsigned long *b28 = gc_calloc (8, sizeof (unsigned long));
  b28[1] = g_n[3]->a[3];
  qsort (arr27, 4, sizeof arr27[0], cmp_nodes);
  n2->a[b28[0x4f728ee4bf7fc19UL & 3] & 3] = b28[(0x2f57266d5b1747d1UL / (85UL | 1)) & 3];
  unsigned long *b29 = gc_calloc (8, sizeof (unsigned long));
  b29[2] = (41UL ^ g_n[0]->val);
  if (n1 != n2)
    memcpy (n1, n2, sizeof (struct node));
  return acc ^ (b28[0] / (p25->a[2] | 1));
}

static void f3 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 90UL;
  struct node *p33 = gc_alloc (sizeof (struct node));
  p33->a[0] = (0x7e9113b53089bf1eUL + x0);
  struct node *w34 = p33;
  for (unsigned long i35 = 0; i35 < 3; i35++)
  {
    w34 = gc_alloc (sizeof (struct node));
    w34->val = i35 * (n1->next ? n1->next->val : x0);
    acc += w34->val + list_sum (w34);
  }
  struct node *p36 = gc_alloc (sizeof (struct node));
  struct node **v37 = gc_alloc (4 * sizeof (struct node *));
  v37[2] = (0UL & 1 ? w34 : n1);
  v37[3] = p33;
  printf ("f3.1 %lu\n", acc);
  struct node *p38 = gc_alloc (64);
  p38->val = ((p33->slot ? ((struct node *) p33->slot)->val : 3UL) ^ p38->val);
  if (((1UL << (1UL & 63)) * 77UL) % 2 == 0)
  {
    p38->a[(3UL % (g_n[0]->val | 1)) & 3] = (unsigned long) (w34 == p33);
    struct node *p39 = gc_alloc (64);
    p39->val = (g_n[1]->val << ((g_n[0]->val & n1->val) & 63));
    p39->a[1] = (1822183949UL ^ x0);
  }
  acc += w34->a[g_n[3]->val & 3];
  struct node *p40 = gc_calloc (1, sizeof (struct node));
  p40->val = list_sum ((g_n[0]->other ? g_n[0]->other : p36));
  struct node **v41 = gc_alloc (4 * sizeof (struct node *));
  v41[1] = w34;
  v41[2] = g_n[3];
  v41[3] = n0;
  for (unsigned long i42 = 0; i42 < 5; i42++)
  {
    struct node *p43 = gc_alloc (sizeof (struct node));
    p43->val = list_len (p36);
    p43->next = p43;
  }
  struct node **v44 = gc_alloc (4 * sizeof (struct node *));
  v44[1] = n0;
  v44[3] = w34;
  for (unsigned long i45 = 0; i45 < 4; i45++)
  {
    struct node *p46 = gc_calloc (1, sizeof (struct node));
    p46->a[1] = (n0->a[3] & i45);
    p46->next = g_n[2UL & 3];
  }
  g_acc ^= acc;
}

static void r4 (unsigned long d, struct node *n0, struct node *n1, struct node **out)
{
  unsigned long acc = 0UL;
  if (d == 0)
    return;
  acc += f1 (n1, n1, n1, deep_sum (n1, 0));
  struct node *p49 = gc_calloc (1, sizeof (struct node));
  p49->val = ((*out ? *out : n1)->slot ? ((struct node *) (*out ? *out : n1)->slot)->val : (unsigned long) (p49 == n1));
  { unsigned long *q = &n0->a[0]; *q ^= list_len (g_n[3]); }
  n1->next = p49;
  acc += f2 (n1, (n1->next ? n1->next : n1), n1);
  struct node *p50 = gc_alloc (sizeof (struct node));
  p50->next = (1UL & 1 ? n0 : n0);
  p49->val += list_sum (n0);
  p49->val += (3951965435UL % ((0x1e021ec020e4b953UL * 0x1413bc4548340e8UL) | 1));
  acc += deep_sum (g_n[g_n[3]->val & 3], 2);
  p50 = n1;
  struct node **v51 = gc_alloc (4 * sizeof (struct node *));
  v51[1] = (p50->other ? p50->other : n1);
  v51[2] = p50;
  v51[3] = p50;
  if (d > 0)
  {
    r5 (d - 1, list_len (n1), 1UL);
  }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) void r5 (unsigned long d, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 888033423UL;
  if (d == 0)
    return;
  struct node *p54 = gc_calloc (1, sizeof (struct node));
  struct node *p55 = gc_calloc (1, sizeof (struct node));
  p55->val = ((x1 & x1) >> (p54->a[0UL & 3] & 63));
  struct node *w56 = p55;
  for (unsigned long i57 = 0; i57 < 4; i57++)
  {
    w56 = gc_alloc (sizeof (struct node));
    w56->val = i57 * list_len (p54);
    acc += w56->val + list_sum (w56);
  }
  struct node *arr58[4] = { p54, w56, p54, w56 };
  struct node *p59 = gc_alloc (sizeof (struct node));
  if (p54 != p59)
    memcpy (p54, p59, sizeof (struct node));
  { struct node *volatile vol = p54; acc += vol->val; }
  x1 = (p55->val << ((83UL + p55->a[0]) & 63));
  struct node *w60 = w56;
  for (unsigned long i61 = 0; i61 < 3; i61++)
  {
    w60 = gc_alloc (sizeof (struct node));
    w60->val = i61 * (x1 | p54->val);
    acc += w60->val + list_sum (w60);
  }
  if (d > 0)
  {
    r4 (d - 1, w56, (p54->a[3] & 1 ? p59 : p59), &w56);
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
  g_up = &g_n[2]->a[1];
  unsigned long acc = 1UL;
  struct node *p62 = gc_alloc (sizeof (struct node));
  p62->val = (unsigned long) ((uintptr_t) p62 != 0);
  void *vp63 = (g_n[3]->next ? g_n[3]->next : g_n[2]);
  struct node *p64 = NEW (struct node);
  p64->val = p62->val;
  acc += deep_sum (p64, 0);
  struct node *w65 = p62;
  for (unsigned long i66 = 0; i66 < 5; i66++)
  {
    w65 = gc_alloc (sizeof (struct node));
    w65->val = i66 * i66;
    acc += w65->val + list_sum (w65);
  }
  r4 (deep_sum (p62, 1) % 4, w65, p64, &p62);
  acc += (unsigned long) ((uintptr_t) p64 != 0);
  p62->other = g_n[3];
  __asm__ volatile ("" : : "r" (p64) : "memory");
  acc += (unsigned long) ((uintptr_t) w65 != 0);
  p62->next = g_n[g_n[0]->val & 3];
  acc += *g_up;
  p64->other = g_n[g_n[1]->a[1] & 3];
  struct node *p67 = gc_alloc (sizeof (struct node));
  p67->val = list_sum (((struct node *) vp63));
  acc += f2 ((7UL & 1 ? p64 : p64), ((struct node *) vp63), (0x881c88f78916cd9UL & 1 ? p62 : p67));
  acc += f1 (p62, g_n[p62->a[1] & 3], g_n[p64->a[1] & 3], (1004055957UL | 3UL));
  void *vp68 = p62;
  struct node **v69 = gc_alloc (4 * sizeof (struct node *));
  unsigned long u70 = (53UL << (p62->val & 63));
  struct node *arr71[4] = { p64, p64, (771346692UL & 1 ? p64 : p64), p64 };
  if (((p62->a[0] & u70) / ((2695925917UL + w65->val) | 1)) % 2 == 0)
  {
    struct node *arr72[4] = { (w65->other ? w65->other : p62), (p67->next ? p67->next : p64), (v69[3] ? v69[3] : g_n[1]), p64 };
  }
  else
  {
    unsigned long *b73 = gc_alloc (96);
    b73[2] = (0x141712c05020fb30UL << (u70 & 63));
  }
  struct node *p74 = gc_alloc (sizeof (struct node));
  p74->val = (unsigned long) ((uintptr_t) p64 != 0);
  p74->next = arr71[p74->a[0] & 3];
  for (unsigned long i75 = 0; i75 < 2; i75++)
  {
    for (unsigned long i76 = 0; i76 < 2; i76++)
    {
      u70 = f2 ((p64->other ? p64->other : p64), ((struct node *) vp68), ((struct node *) vp63));
    }
  }
  u70 = f0 ((w65->next ? w65->next : g_n[1]), p64, p67, arr71[u70 & 3]->val, w65->a[p62->val & 3], &w65->other);
  printf ("main.f0 %lu\n", acc);
  f3 ((u70 & 1 ? p64 : p64), arr71[p62->a[1] & 3], (g_n[1]->val ? p74->a[0] : u70));
  printf ("main.f3 %lu\n", acc);
  r5 ((g_n[2]->val | p74->a[1]) % 4, (67UL ^ p74->val), (g_n[3]->next ? g_n[3]->next->val : u70));
  printf ("main.r5 %lu\n", acc);
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

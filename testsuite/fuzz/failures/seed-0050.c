/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0050.c */
/* gcc-escape fuzz program, seed 50: testsuite/fuzz/gen 50 */
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

static unsigned long r0 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static unsigned long f1 (struct node *n0, struct node *n1, unsigned long x0, struct pair pr);
static unsigned long f2 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out);
static void f3 (unsigned long x0);
static unsigned long f4 (struct node *n0, unsigned long x0);
static struct node *f5 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static struct node *f6 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out);
static struct node *f7 (struct node *n0);

static unsigned long r0 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 34UL;
  if (d == 0)
    return acc;
  struct node *p5 = gc_alloc (sizeof (struct node));
  p5->val = (n1->slot ? ((struct node *) n1->slot)->val : n1->a[1]);
  p5->next = n1;
  struct node *arr6[4] = { n1, (n2->next ? n2->next : n0), g_n[62UL & 3], n0 };
  struct node *p7 = NEW (struct node);
  p7->val = (x0 + arr6[0UL & 3]->val);
  if (d > 0)
  {
    acc += r0 (d - 1, n0, n0, (n0->other ? n0->other : n0), n0->a[x0 & 3]);
  }
  unsigned long u8 = list_sum (n2);
  printf ("r0.0 %lu\n", acc);
  acc += (unsigned long) ((g_n[3]->val & 1 ? n2 : n1) == g_n[x0 & 3]);
  g_acc += g_acc;
  unsigned long *b9 = gc_alloc (64);
  b9[2] = (n1->slot ? ((struct node *) n1->slot)->val : x0);
  u8 = n2->a[4174874148UL & 3];
  __asm__ volatile ("" : : "r" (n1) : "memory");
  p5->other = n2;
  n2->next = n1;
  return acc ^ (n0->val + p7->val);
}

static unsigned long f1 (struct node *n0, struct node *n1, unsigned long x0, struct pair pr)
{
  unsigned long acc = 0UL;
  struct node *p13 = pr.b;
  p13->other = g_n[x0 & 3];
  acc = mix (acc, deep_sum (n0, 0));
  acc += x0;
  struct node *arr14[4] = { p13, p13, (p13->next ? p13->next : p13), (x0 & 1 ? p13 : p13) };
  acc = mix (acc, (1650624337UL ? g_n[1]->val : 0x3af15423486140d9UL));
  arr14[x0 & 3] = p13;
  unsigned long st15 = 0;
  for (struct node *q = p13; q && st15 < 8; q = q->next, st15++)
    acc += q->val * (st15 + 1);
  n0->slot = (p13->other ? p13->other : p13);
  acc = mix (acc, (unsigned long) (n1 == g_n[1]));
  unsigned long u16 = arr_sum (arr14, 4);
  n1->val += list_len ((n1->other ? n1->other : p13));
  struct node *p17 = gc_alloc (sizeof (struct node));
  p17->val = u16;
  p17->a[0] = (n0->next ? n0->next->val : u16);
  struct node s18 = { 0 };
  s18.val = (x0 / (g_n[0]->val | 1));
  x0 = (n0->val + arr14[st15 & 3]->val);
  unsigned long *b19 = gc_alloc (64 + st15 % 16);
  b19[2] = (p17->a[1] | n1->a[2]);
  unsigned long st20 = 0;
  for (struct node *q = (u16 & 1 ? p17 : n1); q && st20 < 8; q = q->next, st20++)
    acc += q->val * (st20 + 1);
  return acc ^ (b19[1] & b19[1]);
}

static __attribute__ ((noinline)) unsigned long f2 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 2UL;
  printf ("f2.1 %lu\n", acc);
  n0->other = (n0->other ? n0->other : n0);
  acc += list_len (n0);
  acc += (n0->val + x0);
  acc += *out ? (*out)->val : (n0->a[1] | n0->a[3]);
  acc += (n0->next ? n0->next->val : g_acc);
  struct node *p24 = gc_alloc (sizeof (struct node));
  p24->val = g_n[1]->a[0];
  g_acc += (n0->slot ? ((struct node *) n0->slot)->val : (n0->slot ? ((struct node *) n0->slot)->val : x0));
  void *vp25 = n0;
  acc += (p24->a[1] | (n0->a[0] ? x0 : g_n[1]->val));
  acc += r0 (x1 % 4, n0, (g_n[2]->val & 1 ? n0 : n0), (p24->other ? p24->other : p24), list_sum (p24));
  unsigned long *b26 = gc_alloc (32 + ((0UL - n0->a[2]) & 7));
  b26[1] = ((struct node *) vp25)->val;
  return acc ^ n0->a[3];
}

static void f3 (unsigned long x0)
{
  unsigned long acc = 4080626809UL;
  struct node *p28 = gc_alloc (64);
  p28->val = ((unsigned long) ((uintptr_t) p28 != 0) << (p28->val & 63));
  p28->next = g_n[x0 & 3];
  p28->slot = (g_n[2]->next ? g_n[2]->next : g_n[0]);
  printf ("f3.2 %lu\n", acc);
  if (list_len (p28) % 4 == 0)
  {
  }
  p28->a[(g_n[2]->val + p28->a[3]) & 3] = p28->a[x0 & 3];
  g_n[0] = g_n[0];
  struct node s29 = { 0 };
  s29.val = (g_n[0]->val | p28->val);
  s29.next = g_n[2];
  if ((unsigned long) ((uintptr_t) (p28->next ? p28->next : p28) != 0) % 3 == 0)
  {
    struct node *p30 = gc_alloc (sizeof (struct node));
    p30->val = (list_len (g_n[2]) ^ list_sum (&s29));
    struct node *p31 = gc_calloc (1, sizeof (struct node));
    p31->val = (*g_up % (*g_up | 1));
    p31->a[0] = (x0 - g_n[2]->val);
    p31->next = (g_n[1]->next ? g_n[1]->next : p31);
    struct node *p32 = gc_alloc (sizeof (struct node));
    p32->val = list_len (p32);
  }
  for (unsigned long i33 = 0; i33 < 4; i33++)
  {
    g_acc += (g_n[3]->val % (p28->a[0] | 1));
    p28->a[(unsigned long) ((uintptr_t) p28 != 0) & 3] = (p28->val & x0);
    struct node *arr34[4] = { p28, p28, p28, p28 };
  }
  struct node *p35 = gc_alloc (sizeof (struct node));
  p35->val = (s29.a[0] + p28->val);
  p35->next = p28;
  acc += f1 (p35, g_n[95UL & 3], g_n[0]->val, (struct pair) { (g_n[1]->next ? g_n[1]->next : g_n[2]), g_n[0] });
  g_acc ^= acc;
}

static unsigned long f4 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 75138179UL;
  x0 = n0->val;
  struct node s38 = { 0 };
  s38.val = x0;
  s38.next = n0;
  n0 = g_n[n0->a[0] & 3];
  n0->slot = g_n[1];
  for (unsigned long i39 = 0; i39 < 2; i39++)
  {
    struct node *p40 = gc_calloc (1, sizeof (struct node));
    p40->val = (p40->val & n0->a[2]);
    struct node *p41 = gc_alloc (sizeof (struct node));
    p41->val = ((p41->next ? p41->next : p41)->slot ? ((struct node *) (p41->next ? p41->next : p41)->slot)->val : (p40->next ? p40->next->val : p40->val));
  }
  gc_free (n0);
  acc = mix (acc, deep_sum (n0, 0));
  x0 = r0 ((unsigned long) (n0 == n0) % 4, g_n[0], g_n[1], n0, n0->val);
  { unsigned long *q = &n0->a[1]; *q ^= (x0 * 2UL); }
  x0 = f2 (g_n[1], g_acc, (n0->a[3] >> (g_n[3]->a[3] & 63)), &s38.other);
  acc += (n0->val - x0);
  if (x0 % 3 == 1) return acc ^ (n0->a[3] ^ x0);
  n0->a[0x22c2392134df454dUL & 3] = (n0->next ? n0->next->val : x0);
  return acc ^ x0;
}

static __attribute__ ((noinline)) struct node *f5 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0xbf1c6643afbd0f5UL;
  struct node **v46 = gc_alloc (4 * sizeof (struct node *));
  v46[1] = (n0->next ? n0->next : n0);
  v46[2] = g_n[0];
  acc += r0 (x1 % 4, (n0->other ? n0->other : n0), g_n[g_n[1]->val & 3], n0, list_len (n1));
  printf ("f5.3 %lu\n", acc);
  struct node *p47 = gc_calloc (1, sizeof (struct node));
  p47->val = (n1->a[n0->a[0] & 3] % (x0 | 1));
  p47->next = n0;
  p47->other = n0;
  unsigned long st48 = 0;
  for (struct node *q = n1; q && st48 < 8; q = q->next, st48++)
    acc += q->val * (st48 + 1);
  struct node *p49 = gc_alloc (sizeof (struct node));
  p47->next = g_n[n0->val & 3];
  struct node *p50 = gc_alloc (64);
  p50->val = (n0->val ? st48 : (p50->a[2] + n0->val));
  acc = mix (acc, (n1->val / (x1 | 1)));
  g_n[3]->next = (v46[3] ? v46[3] : p49);
  g_h.pr.b = g_n[3];
  struct node *p51 = gc_alloc (sizeof (struct node));
  g_h.p = p47;
  return (g_n[1]->val & 1 ? n0 : p47);
}

static __attribute__ ((noinline)) struct node *f6 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 0x2c7129305a15949aUL;
  struct node *p56 = NEW (struct node);
  p56->val = (unsigned long) ((uintptr_t) (*out ? *out : n1) != 0);
  x1 = f4 (n0, g_n[3]->val);
  g_h.pr.a = n1;
  struct node *p57 = gc_alloc (sizeof (struct node));
  p57->next = p57;
  f3 ((unsigned long) ((uintptr_t) n1 != 0));
  g_acc += list_sum (n1);
  struct node s58 = { 0 };
  s58.val = (1UL + p56->val);
  s58.next = n0;
  s58.other = (*out ? *out : p57);
  struct node *w59 = n1;
  for (unsigned long i60 = 0; i60 < 4; i60++)
  {
    w59 = gc_alloc (sizeof (struct node));
    w59->val = i60 * 1466568550UL;
    acc += w59->val + list_sum (w59);
  }
  p57 = p56;
  for (unsigned long i61 = 0; i61 < 2; i61++)
  {
    p57->a[(p57->val ? 2399975068UL : x0) & 3] = g_n[0]->val;
    struct node *p62 = gc_alloc (64);
    p62->val = (n0->next ? n0->next->val : (g_n[2]->val | x0));
    p62->next = (1UL & 1 ? g_n[1] : p62);
    struct node *w63 = n0;
    for (unsigned long i64 = 0; i64 < 3; i64++)
    {
      w63 = gc_alloc (sizeof (struct node));
      w63->val = i64 * s58.val;
      acc += w63->val + list_sum (w63);
    }
    printf ("f6.4 %lu\n", acc);
  }
  unsigned long st65 = 0;
  for (struct node *q = (n1->other ? n1->other : n0); q && st65 < 8; q = q->next, st65++)
    acc += q->val * (st65 + 1);
  n1->a[(unsigned long) (p56 == n1) & 3] = *g_up;
  *out = (p56->other ? p56->other : p56);
  return n0;
}

static __attribute__ ((noinline)) struct node *f7 (struct node *n0)
{
  unsigned long acc = 28UL;
  struct node *p67 = gc_alloc (sizeof (struct node));
  p67->val = g_n[1]->val;
  p67->a[3] = 0x7ac2a27d562ed93dUL;
  p67->next = (p67->a[1] & 1 ? p67 : p67);
  acc += apply (cb_keep, p67, (n0->a[3] << (n0->val & 63)));
  for (unsigned long i68 = 0; i68 < 5; i68++)
  {
    struct node *p69 = gc_alloc (64);
    p69->val = list_sum ((n0->next ? n0->next : n0));
    acc += g_n[3]->val;
  }
  struct node *arr70[4] = { (n0->val & 1 ? n0 : p67), (p67->other ? p67->other : p67), p67, n0 };
  acc += r0 ((p67->slot ? ((struct node *) p67->slot)->val : 0x1245290b1282dc15UL) % 4, p67, g_n[0], g_n[2], g_acc);
  struct node **v71 = gc_alloc (4 * sizeof (struct node *));
  v71[1] = (p67->next ? p67->next : p67);
  v71[2] = p67;
  unsigned long st72 = 0;
  for (struct node *q = arr70[n0->val & 3]; q && st72 < 8; q = q->next, st72++)
    acc += q->val * (st72 + 1);
  return (p67->next ? p67->next : p67);
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
  unsigned long acc = 50UL;
  struct node *p73 = gc_alloc (sizeof (struct node));
  p73->val = ((g_n[3]->val << (2575409028UL & 63)) ^ deep_sum (p73, 0));
  if (*g_up % 2 == 0)
  {
    acc += cb_read (g_n[320093286UL & 3], (1UL ^ 0x6983875f2b314c4cUL));
    acc += cb_read ((g_n[1]->other ? g_n[1]->other : g_n[0]), list_len (p73));
  }
  else
  {
    p73->next = p73;
    p73->slot = g_n[2];
    struct node s74 = { 0 };
    s74.val = (82UL >> (p73->a[3] & 63));
    s74.next = g_n[1];
    s74.other = g_n[0];
  }
  struct node *p75 = gc_alloc (sizeof (struct node));
  if ((g_n[1]->slot ? ((struct node *) g_n[1]->slot)->val : (84UL | p75->a[1])) % 3 == 1)
  {
  }
  else
  {
    acc += f2 ((g_n[0]->next ? g_n[0]->next : g_n[3]), (g_n[2]->val * 0UL), *g_up, &p73->other);
    struct node **v76 = gc_alloc (4 * sizeof (struct node *));
    v76[0] = p73;
    v76[1] = p75;
    v76[3] = (p75->next ? p75->next : p75);
  }
  p73 = f5 ((g_n[0]->next ? g_n[0]->next : g_n[3]), p75, g_n[0]->val, (p75->a[0] * 2440708713UL));
  printf ("main.f5 %lu\n", acc);
  p75 = f6 ((g_n[2]->next ? g_n[2]->next : g_n[2]), g_n[2], (p73->slot ? ((struct node *) p73->slot)->val : 20UL), (p73->slot ? ((struct node *) p73->slot)->val : 1UL), &p75);
  printf ("main.f6 %lu\n", acc);
  p75 = f7 (p75);
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

/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-13. Reproduce: testsuite/fuzz/check.sh --gcc 13 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0003-gcc13.c */
/* gcc-escape fuzz program, seed 3: testsuite/fuzz/gen 3 */
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

static unsigned long f0 (unsigned long x0, struct pair pr);
unsigned long f1 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static struct node *f2 (struct node *n0);
struct node *f3 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out);
void f4 (struct node *n0, struct node *n1, struct node *n2);
static struct node *f5 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr);
struct node *r6 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static struct node *r7 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static struct node *f8 (struct node *n0, struct node *n1, unsigned long x0, struct node **out);

static unsigned long f0 (unsigned long x0, struct pair pr)
{
  unsigned long acc = 30UL;
  struct node *p2 = pr.b;
  if ((3139572330UL >> (g_n[2]->val & 63)) % 4 == 0)
  {
    if ((x0 << (x0 & 63)) % 4 == 1) return acc ^ deep_sum (p2, 0);
  }
  if (((p2->slot ? ((struct node *) p2->slot)->val : 0xff1b95f23e97a6eUL) * p2->a[1]) % 4 == 0)
  {
    g_list->other = p2;
  }
  else
  {
    acc += cb_read (g_n[1], g_n[3]->val);
    unsigned long st3 = 0;
    for (struct node *q = p2; q && st3 < 8; q = q->next, st3++)
      acc += q->val * (st3 + 1);
  }
  for (unsigned long i4 = 0; i4 < 3; i4++)
  {
    struct node *p5 = gc_alloc (sizeof (struct node));
    p5->val = ((g_n[2]->val >> (i4 & 63)) / ((p5->val >> (g_n[3]->val & 63)) | 1));
    p5->next = p5;
  }
  return acc ^ 0x3dbcfbbf77a234eaUL;
}

unsigned long f1 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2UL;
  struct node *w11 = n0;
  for (unsigned long i12 = 0; i12 < 5; i12++)
  {
    w11 = gc_alloc (sizeof (struct node));
    w11->val = i12 * g_acc;
    acc += w11->val + list_sum (w11);
  }
  struct node *p13 = gc_alloc (sizeof (struct node));
  p13->val = deep_sum (n1, 1);
  gc_free (n2);
  p13->val += list_len (n1);
  if (n2->a[3] % 5 == 1) return acc ^ g_n[0]->val;
  n1->a[w11->a[1] & 3] = (n2->val ^ n1->val);
  acc += (unsigned long) ((uintptr_t) w11 != 0);
  g_acc += g_n[x0 & 3]->a[g_n[1]->val & 3];
  n1->a[(n1->next ? n1->next->val : x0) & 3] = n1->val;
  return acc ^ (p13->next ? p13->next->val : x1);
}

static __attribute__ ((noinline)) struct node *f2 (struct node *n0)
{
  unsigned long acc = 0x2952b6465413e26bUL;
  g_h.pr.a = n0;
  struct node s15 = { 0 };
  s15.val = (g_n[2]->val + n0->val);
  n0->other = n0;
  acc += (n0->a[1638674480UL & 3] | g_n[3]->val);
  acc += f0 (list_len (n0), (struct pair) { n0, n0 });
  n0->slot = (g_n[3]->other ? g_n[3]->other : g_n[2]);
  g_h.pr.a = (2609115237UL & 1 ? g_n[0] : g_n[0]);
  if ((n0->val % (819723414UL | 1)) % 2 == 1)
  {
    n0 = n0;
    unsigned long u16 = (list_len (n0) + (unsigned long) (n0 == n0));
    struct node **v17 = gc_alloc (4 * sizeof (struct node *));
    v17[0] = g_n[2];
    v17[1] = g_n[3];
    v17[2] = (v17[2] ? v17[2] : g_n[3]);
    v17[3] = (g_n[3]->other ? g_n[3]->other : g_n[1]);
  }
  struct node *p18 = gc_alloc (sizeof (struct node));
  p18->val = ((unsigned long) ((uintptr_t) n0 != 0) & deep_sum (n0, 0));
  struct node s19 = { 0 };
  s19.val = (12UL | 0x76266b9168bea2adUL);
  s19.next = (s19.next ? s19.next : g_n[3]);
  { unsigned long *q = &p18->a[0]; *q ^= (g_n[0]->slot ? ((struct node *) g_n[0]->slot)->val : 0x706c8b44420e4afcUL); }
  return p18;
}

__attribute__ ((noinline)) struct node *f3 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 29UL;
  if (list_sum ((g_n[1]->next ? g_n[1]->next : n0)) % 3 == 1)
  {
    void *vp23 = g_n[x0 & 3];
  }
  else
  {
    acc += f1 (g_n[3], g_n[1], g_n[1], g_n[3]->val, (n0->next ? n0->next->val : x0));
    acc += x0;
  }
  n0->a[3UL & 3] = *g_up;
  acc += cb_read (n0, (g_n[2]->next ? g_n[2]->next->val : g_n[1]->val));
  acc += deep_sum ((x0 & 1 ? n0 : n0), 1);
  struct node s24 = { 0 };
  s24.val = n0->a[0];
  s24.next = n0;
  if (x0 % 3 == 1) return g_n[0];
  struct node *arr25[4] = { (n0->other ? n0->other : n0), n0, g_n[x0 & 3], n0 };
  unsigned long st26 = 0;
  for (struct node *q = (n0->next ? n0->next : n0); q && st26 < 8; q = q->next, st26++)
    acc += q->val * (st26 + 1);
  g_acc += n0->a[(x1 + x0) & 3];
  struct node *p27 = gc_alloc (sizeof (struct node));
  p27->a[0] = (unsigned long) (p27 == n0);
  x0 = n0->val;
  struct node *p28 = gc_alloc (sizeof (struct node));
  p28->val = st26;
  x0 = (p28->a[g_n[2]->val & 3] / ((2UL ^ p27->a[3]) | 1));
  return g_n[1];
}

__attribute__ ((noinline)) void f4 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 1UL;
  struct node *p32 = gc_alloc (sizeof (struct node));
  p32->a[3] = list_len (p32);
  { unsigned long *q = &p32->a[3]; *q ^= (n2->val ? g_n[0]->val : n0->a[1]); }
  struct node *p33 = gc_alloc (sizeof (struct node));
  p33->val = deep_sum (n0, 2);
  printf ("f4.0 %lu\n", acc);
  n2 = f2 (n2);
  unsigned long st34 = 0;
  for (struct node *q = (n0->other ? n0->other : n2); q && st34 < 8; q = q->next, st34++)
    acc += q->val * (st34 + 1);
  acc += (0x29e784314359166dUL & 19UL);
  struct node *p35 = gc_alloc (sizeof (struct node));
  p35->val = (st34 & (p35->val << (0x2c22b9c529442e73UL & 63)));
  p35->a[0] = list_sum (p33);
  p35->next = p32;
  p35->val += (unsigned long) ((uintptr_t) g_n[2] != 0);
  g_acc ^= acc;
}

static inline struct node *f5 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 0x22e2616d54952c1aUL;
  struct node *p41 = pr.a;
  struct node *p42 = gc_alloc (sizeof (struct node));
  p42->val = ((p41->next ? p41->next : n0)->next ? (p41->next ? p41->next : n0)->next->val : (g_n[2]->val ^ x0));
  p42->a[3] = (p41->next ? p41->next->val : 0x224f1e933488e8b4UL);
  p41->next = n0;
  g_up = &n0->a[0];
  struct node *arr43[4] = { (n1->other ? n1->other : g_n[1]), (x1 & 1 ? n1 : n0), (n1->other ? n1->other : p41), (p42->next ? p42->next : n2) };
  n1->slot = (p41->a[1] & 1 ? n0 : n2);
  acc = mix (acc, (x0 & x1));
  g_acc += g_n[1]->val;
  unsigned long st44 = 0;
  for (struct node *q = p41; q && st44 < 8; q = q->next, st44++)
    acc += q->val * (st44 + 1);
  struct node *p45 = gc_alloc (sizeof (struct node));
  p45->val = ((0x551b37dc2ff78b28UL - g_n[2]->val) % (deep_sum (n1, 2) | 1));
  p45->next = n1;
  acc += list_sum (p41);
  return n1;
}

__attribute__ ((noinline)) struct node *r6 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x19a45a1d04f1ce56UL;
  if (d == 0)
    return n0;
  struct node s51 = { 0 };
  s51.val = (unsigned long) ((uintptr_t) n0 != 0);
  s51.next = (n2->next ? n2->next : n2);
  s51.other = n2;
  struct node **v52 = gc_alloc (4 * sizeof (struct node *));
  v52[0] = n1;
  v52[1] = (g_n[2]->val & 1 ? n2 : n0);
  v52[2] = n0;
  v52[3] = n1;
  struct node *p53 = gc_alloc (sizeof (struct node));
  p53->val = ((x1 ? x1 : g_n[2]->val) - (n0->val % (0x2eed05670889c013UL | 1)));
  p53->a[1] = (unsigned long) ((uintptr_t) n2 != 0);
  struct node s54 = { 0 };
  s54.val = g_n[3]->val;
  s54.next = p53;
  s54.other = n2;
  g_list = (n2->other ? n2->other : g_n[3]);
  for (unsigned long i55 = 0; i55 < 2; i55++)
  {
    struct node *p56 = gc_alloc (64 + x0 % 16);
    p56->val = (v52[1] ? v52[1]->val : x1);
    p56->a[1] = 0x54ba52d41d5b4257UL;
    p56->next = n2;
    struct node s57 = { 0 };
    s57.val = deep_sum (p53, 1);
    s57.next = (p53->next ? p53->next : p56);
    for (unsigned long i58 = 0; i58 < 4; i58++)
    {
      struct node *p59 = gc_alloc (sizeof (struct node));
      p59->val = (n1->slot ? ((struct node *) n1->slot)->val : i55);
      p59->a[2] = (v52[1] ? v52[1]->val : 64UL);
      p59->next = n1;
      unsigned long st60 = 0;
      for (struct node *q = n2; q && st60 < 8; q = q->next, st60++)
        acc += q->val * (st60 + 1);
      for (unsigned long i61 = 0; i61 < 6; i61++)
      {
        struct node *p62 = gc_alloc (sizeof (struct node));
        p62->val = ((i55 ? p59->a[0] : i61) + n2->val);
        p62->a[1] = (p62->a[1] ? 2926101655UL : n2->val);
        p62->next = p59;
        p62->next = p59;
        p59 = p62;
      }
    }
    n2->other = g_n[n0->a[3] & 3];
    v52[(unsigned long) ((uintptr_t) n0 != 0) & 3] = n0;
  }
  if (d > 0)
  {
    struct node *p63 = r7 (d - 1, n2, (n1->other ? n1->other : n1), (v52[0] ? v52[0] : n1), (unsigned long) ((uintptr_t) n0 != 0));
  }
  return g_n[g_n[0]->val & 3];
}

static inline struct node *r7 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 444634882UL;
  if (d == 0)
    return n0;
  struct node *p68 = gc_alloc (sizeof (struct node));
  n1->a[(n0->val - x0) & 3] = (n0->next ? n0->next->val : (x0 << (p68->val & 63)));
  p68 = f2 (n2);
  struct node *w69 = n0;
  for (unsigned long i70 = 0; i70 < 3; i70++)
  {
    w69 = gc_alloc (sizeof (struct node));
    w69->val = i70 * (p68->a[2] & g_n[1]->val);
    acc += w69->val + list_sum (w69);
  }
  w69 = w69;
  n2->other = n2;
  w69->slot = g_n[2];
  g_up = &g_n[x0 & 3]->a[2];
  for (unsigned long i71 = 0; i71 < 4; i71++)
  {
    struct node *p72 = gc_alloc (sizeof (struct node));
    p72->val = (i71 * list_sum (p72));
    p72->next = g_n[2];
    p72->next = n0;
    n0 = p72;
  }
  acc += ((n1->next ? n1->next->val : 0x759688f803b5d91eUL) << (list_sum (n2) & 63));
  if (d > 0)
  {
    p68 = r6 (d - 1, (n1->next ? n1->next : n0), w69, g_n[2], list_len (n1), w69->a[3]);
  }
  return g_n[3];
}

static inline struct node *f8 (struct node *n0, struct node *n1, unsigned long x0, struct node **out)
{
  unsigned long acc = 1UL;
  if ((g_n[1]->val * (n1->a[1] | 3318231653UL)) % 4 == 0)
  {
    n1->val += ((x0 - 14UL) * x0);
    struct node *arr76[4] = { g_n[2], g_n[3], g_n[2], g_n[3] };
  }
  else
  {
    if (x0 % 2 == 1)
    {
      gc_free (n0);
    }
    acc = mix (acc, g_n[3]->val);
    acc += deep_sum (n0, 1);
  }
  g_up = &g_n[0]->a[1];
  return (x0 & 1 ? g_n[2] : g_n[1]);
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
  unsigned long acc = 3UL;
  struct node *p77 = gc_alloc (sizeof (struct node));
  p77->val = list_sum (p77);
  struct node *p78 = gc_alloc (sizeof (struct node));
  p78->val = ((p78->next ? p78->next->val : p78->a[0]) + (g_n[1]->val & 1677757696UL));
  p78->next = p77;
  for (unsigned long i79 = 0; i79 < 8; i79++)
  {
    struct node *p80 = gc_alloc (sizeof (struct node));
    p80->next = p77;
    p77 = p80;
  }
  acc = mix (acc, p78->a[0UL & 3]);
  struct node *w81 = p78;
  for (unsigned long i82 = 0; i82 < 2; i82++)
  {
    w81 = gc_alloc (sizeof (struct node));
    w81->val = i82 * *g_up;
    acc += w81->val + list_sum (w81);
  }
  unsigned long u83 = p77->a[*g_up & 3];
  u83 = ((w81->other ? w81->other : p77)->slot ? ((struct node *) (w81->other ? w81->other : p77)->slot)->val : (2UL ? u83 : p77->val));
  struct node *w84 = p78;
  for (unsigned long i85 = 0; i85 < 1; i85++)
  {
    w84 = gc_alloc (sizeof (struct node));
    w84->val = i85 * u83;
    acc += w84->val + list_sum (w84);
  }
  p78->slot = g_n[3];
  g_up = &g_n[0]->a[2];
  u83 = (u83 + (w84->next ? w84->next->val : p77->val));
  w81 = f3 (p77, deep_sum (w84, 1), u83, &w84);
  printf ("main.f3 %lu\n", acc);
  f4 (g_n[0], p77, p77);
  printf ("main.f4 %lu\n", acc);
  w81 = f5 (g_n[3], g_n[0], g_n[1], (u83 << (0x1033e11b738d2666UL & 63)), (unsigned long) (w81 == p78), (struct pair) { p78, w84 });
  printf ("main.f5 %lu\n", acc);
  p77 = r6 ((u83 | g_n[1]->val) % 4, w84, (g_n[0]->val & 1 ? p77 : p78), g_n[0x508f6aa909776fccUL & 3], u83, (p77->slot ? ((struct node *) p77->slot)->val : w84->val));
  printf ("main.r6 %lu\n", acc);
  struct node *p86 = r7 (w81->val % 4, p77, (w81->next ? w81->next : p78), w84, u83);
  printf ("main.r7 %lu\n", acc);
  w84 = f8 (p77, (u83 & 1 ? w81 : w81), g_n[1]->val, &w84);
  printf ("main.f8 %lu\n", acc);
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

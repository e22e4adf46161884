/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0018.c */
/* gcc-escape fuzz program, seed 18: testsuite/fuzz/gen 18 */
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

static struct node *r0 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out);
static void r1 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out);
static struct node *f2 (struct node *n0, struct node *n1);
unsigned long f3 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
struct node *f4 (struct node *n0, struct node *n1, struct node *n2);
static struct node *f5 (void);
void r6 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0);
static struct node *r7 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static struct node *f8 (struct node *n0, unsigned long x0);
static void f9 (unsigned long x0, unsigned long x1, struct pair pr);
static struct node *f10 (unsigned long x0);

static struct node *r0 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return n0;
  unsigned long st6 = 0;
  for (struct node *q = g_n[n0->val & 3]; q && st6 < 8; q = q->next, st6++)
    acc += q->val * (st6 + 1);
  if ((x0 ^ 0x4a79bcf71e139f13UL) % 4 == 1) return n2;
  n1->a[(n1->slot ? ((struct node *) n1->slot)->val : x1) & 3] = list_len (n2);
  g_acc += deep_sum ((n2->other ? n2->other : n2), 2);
  if (((n2->next ? n2->next : n2)->slot ? ((struct node *) (n2->next ? n2->next : n2)->slot)->val : (n0->slot ? ((struct node *) n0->slot)->val : g_n[2]->val)) % 2 == 1)
  {
    printf ("r0.0 %lu\n", acc);
  }
  else
  {
    { unsigned long *q = &n2->a[2]; *q ^= (g_n[3]->val * g_n[3]->val); }
    for (unsigned long i7 = 0; i7 < 1; i7++)
    {
      struct node *p8 = gc_alloc (sizeof (struct node));
      acc += n2->a[st6 & 3];
    }
  }
  g_up = &n0->a[3];
  if (x0 % 3 == 1) return n0;
  acc += (57UL - (g_n[3]->val ^ n0->a[0]));
  if (n2->a[2] % 4 == 0)
  {
    printf ("r0.1 %lu\n", acc);
    struct node *p9 = gc_alloc (sizeof (struct node));
    p9->next = g_n[3];
  }
  if (d > 0)
  {
    r1 (d - 1, g_n[g_n[1]->val & 3], n2, (n0->other ? n0->other : n0), (n1->next ? n1->next->val : x1), &n1);
  }
  return (*out ? *out : n2);
}

static inline void r1 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out)
{
  unsigned long acc = 35UL;
  if (d == 0)
    return;
  acc += (unsigned long) (n1 == (*out ? *out : n0));
  acc += x0;
  printf ("r1.2 %lu\n", acc);
  acc += cb_read (n1, x0);
  struct node *w14 = n2;
  for (unsigned long i15 = 0; i15 < 4; i15++)
  {
    w14 = gc_alloc (sizeof (struct node));
    w14->val = i15 * deep_sum (w14, 2);
    acc += w14->val + list_sum (w14);
  }
  acc += list_len ((w14->next ? w14->next : n2));
  n0->val += (unsigned long) ((uintptr_t) w14 != 0);
  w14->slot = n2;
  unsigned long *b16 = gc_alloc (32);
  b16[0] = 2UL;
  b16[1] = (unsigned long) ((uintptr_t) n0 != 0);
  struct node s17 = { 0 };
  s17.val = (0x3093d3330fd962f6UL & b16[3]);
  if (b16[list_sum (n1) & 3] % 4 == 0)
  {
    struct node **v18 = gc_alloc (4 * sizeof (struct node *));
    v18[0] = w14;
    v18[1] = n0;
    v18[2] = (*out ? *out : n1);
    for (unsigned long i19 = 0; i19 < 1; i19++)
    {
      struct node *p20 = gc_alloc (sizeof (struct node));
      p20->val = (n2->a[3] << (i19 & 63));
      p20->a[3] = (unsigned long) ((uintptr_t) n2 != 0);
      b16[s17.val & 3] = 6UL;
      w14->a[(unsigned long) (n2 == n0) & 3] = (s17.val * i19);
    }
  }
  if (d > 0)
  {
    struct node *p21 = r0 (d - 1, (x0 & 1 ? n1 : n0), n1, g_n[2UL & 3], b16[46UL & 3], n0->a[0], &g_n[3]);
  }
  g_acc ^= acc;
}

static struct node *f2 (struct node *n0, struct node *n1)
{
  unsigned long acc = 50UL;
  g_list->other = (n1->next ? n1->next : n1);
  { unsigned long *q = &n1->a[0]; *q ^= (unsigned long) (n0 == n1); }
  n0->other = n0;
  unsigned long u24 = deep_sum (n1, 2);
  n0->slot = n1;
  void *vp25 = g_n[g_n[1]->val & 3];
  g_list = n1;
  struct node *p26 = gc_alloc (sizeof (struct node));
  p26->val = (n1->a[0] | u24);
  p26->next = (n1->next ? n1->next : p26);
  for (unsigned long i27 = 0; i27 < 3; i27++)
  {
    struct node *p28 = gc_alloc (sizeof (struct node));
    p28->val = ((0x516d4a90cc381c3UL % (g_n[3]->a[1] | 1)) / (67UL | 1));
    p28->next = n1;
    struct node *p29 = r0 (p28->a[u24 & 3] % 4, g_n[g_n[0]->val & 3], p28, p26, (n0->a[1] % (i27 | 1)), *g_up, &n1);
    n1 = p28;
  }
  p26 = g_n[0];
  void *vp30 = (u24 & 1 ? n1 : n1);
  for (unsigned long i31 = 0; i31 < 7; i31++)
  {
    struct node *p32 = gc_alloc (sizeof (struct node));
    p32->val = (p32->slot ? ((struct node *) p32->slot)->val : deep_sum (n0, 0));
    p32->a[1] = u24;
    p32->next = n1;
    n1 = p32;
  }
  return n1;
}

unsigned long f3 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 0x2114afec2358b3e3UL;
  struct node *p37 = gc_alloc (sizeof (struct node));
  p37->next = p37;
  for (unsigned long i38 = 0; i38 < 3; i38++)
  {
    p37->other = n1;
  }
  struct node *p39 = gc_alloc (sizeof (struct node));
  p39->val = (3876644533UL * x0);
  p39->next = n2;
  g_n[2]->next = (n2->other ? n2->other : n2);
  n2->next = (n2->other ? n2->other : n2);
  return acc ^ (p39->a[0] ? p37->val : p37->a[1]);
}

struct node *f4 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 2UL;
  struct node *p43 = gc_alloc (sizeof (struct node));
  p43->val = (unsigned long) ((uintptr_t) n2 != 0);
  g_up = &n2->a[2];
  struct node **v44 = gc_alloc (4 * sizeof (struct node *));
  v44[1] = (v44[2] ? v44[2] : g_n[3]);
  v44[2] = (n0->val & 1 ? n2 : p43);
  unsigned long u45 = ((g_n[2]->val >> (p43->a[1] & 63)) - (90UL / (p43->val | 1)));
  acc += ((2UL * g_n[2]->val) << ((n2->next ? n2->next->val : 551039540UL) & 63));
  struct node *w46 = n1;
  for (unsigned long i47 = 0; i47 < 1; i47++)
  {
    w46 = gc_alloc (sizeof (struct node));
    w46->val = i47 * w46->val;
    acc += w46->val + list_sum (w46);
  }
  n0->a[p43->a[2] & 3] = list_len ((v44[1] ? v44[1] : p43));
  p43->other = n2;
  struct node *p48 = gc_alloc (sizeof (struct node));
  p48->val = u45;
  p48->next = (v44[2] ? v44[2] : p43);
  n1 = (n0->next ? n0->next : p43);
  return n0;
}

static struct node *f5 (void)
{
  unsigned long acc = 58UL;
  struct node *p49 = gc_calloc (1, sizeof (struct node));
  p49->val = list_len ((3UL & 1 ? p49 : p49));
  g_any = g_n[3];
  struct node *arr50[4] = { g_n[3], g_n[2], g_n[3], g_n[1] };
  acc += apply (cb_read, arr50[28UL & 3], (1UL - p49->a[3]));
  struct node **v51 = gc_alloc (4 * sizeof (struct node *));
  v51[0] = (p49->other ? p49->other : p49);
  v51[1] = g_n[p49->a[0] & 3];
  v51[2] = p49;
  v51[3] = (p49->next ? p49->next : p49);
  unsigned long *b52 = gc_alloc (96);
  b52[0] = (unsigned long) ((uintptr_t) p49 != 0);
  b52[1] = (0x180dc9da747c5d7cUL * p49->val);
  b52[2] = (p49->val & 3570652088UL);
  b52[3] = 0UL;
  struct node s53 = { 0 };
  s53.val = (v51[1] ? v51[1]->val : b52[1]);
  s53.next = g_n[1];
  acc += p49->val;
  p49->next = p49;
  return g_n[1];
}

void r6 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 0x217af6345b8c7061UL;
  if (d == 0)
    return;
  void *vp57 = (n0->a[1] & 1 ? n0 : g_n[2]);
  if (x0 % 2 == 0)
  {
    unsigned long *b58 = gc_alloc (64);
    b58[1] = x0;
    b58[2] = g_acc;
    struct node *p59 = gc_alloc (sizeof (struct node));
    p59->val = x0;
    void *vp60 = n1;
  }
  gc_free (n1);
  for (unsigned long i61 = 0; i61 < 5; i61++)
  {
    struct node *p62 = gc_alloc (sizeof (struct node));
    p62->a[1] = p62->a[g_n[3]->val & 3];
    p62->next = g_n[x0 & 3];
  }
  struct node s63 = { 0 };
  s63.val = list_sum (n0);
  s63.next = (s63.next ? s63.next : n0);
  s63.other = n1;
  unsigned long *b64 = gc_alloc (64);
  b64[1] = x0;
  b64[2] = (n0->a[3] * g_n[3]->a[2]);
  b64[3] = x0;
  unsigned long st65 = 0;
  for (struct node *q = n1; q && st65 < 8; q = q->next, st65++)
    acc += q->val * (st65 + 1);
  n0 = n1;
  if (35UL % 2 == 0)
  {
    x0 = (g_n[n1->a[3] & 3]->slot ? ((struct node *) g_n[n1->a[3] & 3]->slot)->val : b64[0]);
  }
  else
  {
  }
  if (d > 0)
  {
    struct node *p66 = r7 (d - 1, n0, n1, (s63.next ? s63.next : n1), (n1->slot ? ((struct node *) n1->slot)->val : x0));
  }
  g_acc ^= acc;
}

static struct node *r7 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 1661396683UL;
  if (d == 0)
    return n0;
  x0 = (unsigned long) ((uintptr_t) n0 != 0);
  for (unsigned long i71 = 0; i71 < 6; i71++)
  {
    struct node *p72 = gc_alloc (sizeof (struct node));
    p72->a[1] = g_n[1]->val;
    p72->next = n0;
    struct node *p73 = NEW (struct node);
    p73->val = i71;
  }
  acc += cb_read (n1, x0);
  void *vp74 = n1;
  for (unsigned long i75 = 0; i75 < 6; i75++)
  {
    struct node *p76 = NEW (struct node);
    p76->val = g_n[2]->val;
    p76->a[1] = (g_n[3]->val ? n2->a[1] : n0->val);
    struct node s77 = { 0 };
    s77.val = ((struct node *) vp74)->val;
  }
  if (d > 0)
  {
    r6 (d - 1, (n2->other ? n2->other : n1), (n1->other ? n1->other : n2), (n2->next ? n2->next->val : x0));
  }
  return g_n[1];
}

static __attribute__ ((noinline)) struct node *f8 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 0x223e10b245159677UL;
  if (n0 != (n0->other ? n0->other : n0))
    memcpy (n0, (n0->other ? n0->other : n0), sizeof (struct node));
  for (unsigned long i80 = 0; i80 < 5; i80++)
  {
    struct node s81 = { 0 };
    s81.val = list_sum (n0);
    s81.next = (g_n[2]->next ? g_n[2]->next : g_n[1]);
    struct node *p82 = gc_calloc (1, sizeof (struct node));
    p82->val = list_sum (n0);
    for (unsigned long i83 = 0; i83 < 5; i83++)
    {
      if ((g_n[p82->val & 3]->next ? g_n[p82->val & 3]->next->val : deep_sum (g_n[2], 0)) % 4 == 1)
      {
        void *vp84 = (p82->other ? p82->other : p82);
      }
      else
      {
        p82 = f5 ();
      }
    }
  }
  return g_n[0];
}

static inline void f9 (unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 729104494UL;
  struct node *p87 = pr.b;
  struct node *p88 = NEW (struct node);
  p88->val = g_acc;
  p88->next = p88;
  p88->val += g_n[3]->val;
  g_acc += deep_sum (p88, 1);
  struct node *p89 = f2 (p88, (g_n[1]->next ? g_n[1]->next : g_n[3]));
  p87->next = p87;
  struct node *p90 = gc_alloc (64);
  p90->val = p89->val;
  { unsigned long *q = &p90->a[1]; *q ^= x1; }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) struct node *f10 (unsigned long x0)
{
  unsigned long acc = 0x67aa13df58729f3dUL;
  struct node *p92 = NEW (struct node);
  p92->a[0] = p92->a[p92->val & 3];
  p92->next = (p92->next ? p92->next : p92);
  acc = mix (acc, p92->val);
  struct node *p93 = f8 (p92, (p92->val ? 0UL : g_n[1]->val));
  struct node *p94 = gc_alloc (sizeof (struct node));
  p94->val = ((x0 ^ p93->a[2]) + (p94->slot ? ((struct node *) p94->slot)->val : x0));
  p94->a[0] = (p94->next ? p94->next->val : p92->val);
  struct node **v95 = gc_alloc (4 * sizeof (struct node *));
  v95[1] = p93;
  v95[2] = p93;
  unsigned long u96 = (x0 | 1667478329UL);
  acc += (list_len (p93) + (x0 ? g_n[3]->val : u96));
  return p93;
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
  unsigned long acc = 18UL;
  struct node *p97 = gc_calloc (1, sizeof (struct node));
  p97->slot = p97;
  p97->other = p97;
  p97->val += (g_n[1]->slot ? ((struct node *) g_n[1]->slot)->val : p97->a[2]);
  struct node *p98 = f5 ();
  struct node s99 = { 0 };
  s99.val = (g_n[2]->val * p97->a[0]);
  struct node *p100 = gc_alloc (sizeof (struct node));
  p100->val = (g_n[3]->val - (g_n[1]->val % (2253043965UL | 1)));
  p100->a[0] = (unsigned long) (p97 == g_n[1]);
  struct node *p101 = gc_alloc (sizeof (struct node));
  p101->next = g_n[p101->a[1] & 3];
  acc += ((0UL * p98->val) / ((g_n[0]->slot ? ((struct node *) g_n[0]->slot)->val : g_n[2]->val) | 1));
  for (unsigned long i102 = 0; i102 < 4; i102++)
  {
    struct node *p103 = gc_alloc (sizeof (struct node));
    p103->val = (i102 | 2050698904UL);
    p103->next = p103;
    p101->a[(unsigned long) (p98 == p101) & 3] = (g_n[1]->val ? p97->a[2] : (i102 % (2718196418UL | 1)));
    struct node *p104 = gc_alloc (64);
    p104->val = deep_sum ((s99.next ? s99.next : p98), 2);
  }
  r1 (p100->val % 4, (p100->next ? p100->next : p100), p97, p100, p98->val, &g_n[2]);
  printf ("main.r1 %lu\n", acc);
  acc += f3 (p101, p100, p100, (g_n[0]->val & 70UL));
  printf ("main.f3 %lu\n", acc);
  struct node *p105 = f4 ((3828292527UL & 1 ? p98 : p97), p97, g_n[1UL & 3]);
  printf ("main.f4 %lu\n", acc);
  r6 (85UL % 4, p100, p100, (942520760UL >> (0x1f9de2805d6f24ecUL & 63)));
  printf ("main.r6 %lu\n", acc);
  p98 = r7 (p100->a[g_n[0]->val & 3] % 4, p100, p100, p100, (p97->slot ? ((struct node *) p97->slot)->val : g_n[2]->val));
  printf ("main.r7 %lu\n", acc);
  f9 ((p97->slot ? ((struct node *) p97->slot)->val : 0x580cda513712ec8bUL), g_n[1]->val, (struct pair) { (p98->other ? p98->other : p97), p100 });
  printf ("main.f9 %lu\n", acc);
  p101 = f10 ((863700921UL * p101->a[1]));
  printf ("main.f10 %lu\n", acc);
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

/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0029.c */
/* gcc-escape fuzz program, seed 29: testsuite/fuzz/gen 29 */
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

static struct node *r0 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out);
static unsigned long r1 (unsigned long d, struct node *n0, unsigned long x0);
static struct node *f2 (void);
static struct node *r3 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct pair pr);
static unsigned long r4 (unsigned long d, struct node *n0);
static struct node *r5 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
unsigned long r6 (unsigned long d, struct node *n0, struct node *n1);
static void r7 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, struct node **out);
unsigned long f8 (struct node *n0, struct node *n1, unsigned long x0, struct pair pr);
static unsigned long f9 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
struct node *r10 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
void f11 (struct node *n0, unsigned long x0, unsigned long x1);
struct node *f12 (unsigned long x0);
static void f13 (struct node *n0, struct node *n1, struct node *n2);
void r14 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, struct node **out);
void f15 (unsigned long x0, unsigned long x1, struct pair pr);
static unsigned long r16 (unsigned long d, unsigned long x0, struct pair pr);
static unsigned long r17 (unsigned long d, struct node *n0, struct node *n1);

static struct node *r0 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 4220994297UL;
  if (d == 0)
    return n0;
  struct node *p5 = gc_alloc (sizeof (struct node));
  p5->val = (n1->next ? n1->next->val : x1);
  p5->a[1] = x0;
  acc += list_len ((*out ? *out : p5));
  struct node *arr6[4] = { n0, g_n[p5->a[1] & 3], n0, (0UL & 1 ? n0 : n0) };
  struct node s7 = { 0 };
  s7.val = list_sum (p5);
  printf ("r0.0 %lu\n", acc);
  n1->next = n0;
  acc += deep_sum (arr6[n1->val & 3], 2);
  acc += list_len (p5);
  if (d > 0)
  {
    acc += r1 (d - 1, g_n[n0->val & 3], g_acc);
  }
  return n0;
}

static unsigned long r1 (unsigned long d, struct node *n0, unsigned long x0)
{
  unsigned long acc = 0UL;
  if (d == 0)
    return acc;
  struct node *p10 = gc_alloc (sizeof (struct node));
  p10->val = (deep_sum (p10, 1) * (p10->next ? p10->next->val : x0));
  p10->a[1] = g_acc;
  acc += apply (cb_read, (n0->other ? n0->other : n0), x0);
  { unsigned long *q = &n0->a[3]; *q ^= x0; }
  struct node *p11 = gc_alloc (sizeof (struct node));
  p11->val = ((x0 << (x0 & 63)) % (list_len (g_n[1]) | 1));
  p11->next = p11;
  struct node **v12 = gc_alloc (4 * sizeof (struct node *));
  v12[0] = (x0 & 1 ? n0 : n0);
  v12[2] = n0;
  v12[3] = (n0->next ? n0->next : n0);
  if (d > 0)
  {
    struct node *p13 = r0 (d - 1, (n0->other ? n0->other : g_n[3]), (p10->next ? p10->next : g_n[3]), list_sum (n0), 1UL, &p10);
  }
  unsigned long u14 = g_n[2]->val;
  p11->a[(84UL & 32UL) & 3] = ((g_n[0]->val + u14) * (u14 ? g_n[2]->a[0] : p11->a[2]));
  for (unsigned long i15 = 0; i15 < 6; i15++)
  {
    struct node *p16 = gc_alloc (sizeof (struct node));
    p16->val = (unsigned long) ((uintptr_t) p11 != 0);
    p16->next = p10;
    for (unsigned long i17 = 0; i17 < 6; i17++)
    {
      struct node *p18 = gc_alloc (sizeof (struct node));
      p18->val = list_len (p16);
      p18->next = n0;
      struct node s19 = { 0 };
      s19.val = p10->a[1];
    }
  }
  for (unsigned long i20 = 0; i20 < 5; i20++)
  {
    acc += g_n[0]->a[*g_up & 3];
    unsigned long st21 = 0;
    for (struct node *q = n0; q && st21 < 8; q = q->next, st21++)
      acc += q->val * (st21 + 1);
    p10->next = p11;
  }
  return acc ^ (x0 % (g_n[1]->val | 1));
}

static struct node *f2 (void)
{
  unsigned long acc = 0x59d98353791fb877UL;
  struct node *p22 = gc_alloc (sizeof (struct node));
  p22->val = ((p22->a[0] & p22->val) << (list_sum (p22) & 63));
  g_acc += (p22->slot ? ((struct node *) p22->slot)->val : p22->val);
  for (unsigned long i23 = 0; i23 < 7; i23++)
  {
    struct node *p24 = gc_alloc (sizeof (struct node));
    p24->val = (i23 ^ (i23 | i23));
    p24->next = p24;
    p24->next = p22;
    struct node **v25 = gc_alloc (4 * sizeof (struct node *));
    v25[0] = (g_n[3]->other ? g_n[3]->other : g_n[0]);
    v25[1] = (g_n[1]->next ? g_n[1]->next : g_n[3]);
    v25[2] = (g_n[3]->next ? g_n[3]->next : g_n[2]);
    p22 = p24;
  }
  p22->slot = g_n[1];
  for (unsigned long i26 = 0; i26 < 3; i26++)
  {
    struct node *p27 = gc_alloc (sizeof (struct node));
    p27->val = (g_n[3]->a[3] * 14UL);
    p27->next = p22;
    acc += ((i26 ? 1419184700UL : g_n[0]->val) % ((p22->slot ? ((struct node *) p22->slot)->val : i26) | 1));
    if (deep_sum ((p27->next ? p27->next : p22), 1) % 4 == 0)
    {
      p22->val += (unsigned long) (g_n[i26 & 3] == p22);
      if (g_n[1]->val % 6 == 1) return p22;
    }
  }
  return g_n[0];
}

static inline struct node *r3 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 3060783729UL;
  if (d == 0)
    return n0;
  struct node *p32 = pr.a;
  if (d > 0)
  {
    struct node *p33 = r3 (d - 1, n0, n1, (unsigned long) (p32 == n0), x1, (struct pair) { g_n[x0 & 3], n1 });
  }
  { struct node *volatile vol = n1; acc += vol->val; }
  g_up = &p32->a[2];
  if (d > 0)
  {
    n1 = r3 (d - 1, p32, n0, (unsigned long) (g_n[1] == g_n[1]), (0x6164f1504b15124bUL >> (n1->val & 63)), (struct pair) { n1, n0 });
  }
  printf ("r3.1 %lu\n", acc);
  g_acc += (unsigned long) ((uintptr_t) p32 != 0);
  return g_n[3];
}

static unsigned long r4 (unsigned long d, struct node *n0)
{
  unsigned long acc = 0x54d71d6e1afd69a7UL;
  if (d == 0)
    return acc;
  struct node *p35 = gc_alloc (sizeof (struct node));
  p35->a[3] = g_n[1]->val;
  acc += g_cb[(p35->a[1] & g_n[1]->val) & 3] (g_n[1], deep_sum (p35, 0));
  for (unsigned long i36 = 0; i36 < 6; i36++)
  {
    struct node *p37 = gc_alloc (sizeof (struct node));
    p37->val = (p37->next ? p37->next->val : (i36 - p35->val));
    p37->a[0] = g_acc;
    g_list->other = g_n[i36 & 3];
  }
  n0 = n0;
  for (unsigned long i38 = 0; i38 < 4; i38++)
  {
    struct node *p39 = NEW (struct node);
    p39->val = ((g_n[1]->val * g_n[3]->val) >> (list_sum (p39) & 63));
    p39->next = p35;
    p35 = p39;
  }
  if ((n0->next ? n0->next->val : p35->val) % 5 == 1) return acc ^ 81UL;
  void *vp40 = (n0->next ? n0->next : p35);
  acc += g_cb[list_len (p35) & 3] (g_n[2], (p35->val - 0x5b113ae060812ddcUL));
  if (d > 0)
  {
    p35 = r5 (d - 1, g_n[1], g_n[n0->a[3] & 3], n0, (90UL >> (n0->a[0] & 63)));
  }
  return acc ^ list_len (n0);
}

static __attribute__ ((noinline)) struct node *r5 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 2507326369UL;
  if (d == 0)
    return n0;
  n2->slot = n0;
  acc += (unsigned long) ((uintptr_t) (n2->val & 1 ? n0 : n2) != 0);
  n2->other = (0x74e537a7533e696bUL & 1 ? n1 : n1);
  struct node *p45 = gc_alloc (sizeof (struct node));
  p45->val = p45->a[x0 & 3];
  struct node *w46 = p45;
  for (unsigned long i47 = 0; i47 < 1; i47++)
  {
    w46 = gc_alloc (sizeof (struct node));
    w46->val = i47 * list_sum (n1);
    acc += w46->val + list_sum (w46);
  }
  acc += x0;
  void *vp48 = p45;
  acc += deep_sum (w46, 2);
  struct node s49 = { 0 };
  s49.val = n0->val;
  for (unsigned long i50 = 0; i50 < 1; i50++)
  {
    struct node *p51 = gc_alloc (sizeof (struct node));
    p51->val = (p45->a[1] + g_n[1]->val);
    p51->next = ((struct node *) vp48);
    p51->next = n2;
    if (d > 0)
    {
      x0 = r4 (d - 1, p45);
    }
    n2 = p51;
  }
  struct node *arr52[4] = { (n1->other ? n1->other : n0), n2, n2, n1 };
  return g_n[1UL & 3];
}

unsigned long r6 (unsigned long d, struct node *n0, struct node *n1)
{
  unsigned long acc = 0x14b3aadd571348dfUL;
  if (d == 0)
    return acc;
  struct node *p55 = gc_alloc (sizeof (struct node));
  if (n0 != p55)
    memcpy (n0, p55, sizeof (struct node));
  acc += g_n[1]->val;
  n1 = r3 ((2UL - 168103870UL) % 4, (p55->next ? p55->next : p55), (n0->a[3] & 1 ? p55 : n1), (3745995767UL + 14UL), list_sum (p55), (struct pair) { g_n[g_n[0]->val & 3], (p55->next ? p55->next : n1) });
  n0->val += (2138631967UL ? 3880216686UL : (3UL * 0x6b6b70b04cd3b066UL));
  g_list = n1;
  acc += g_cb[(unsigned long) ((uintptr_t) p55 != 0) & 3] (n1, (unsigned long) (p55 == n0));
  acc += apply (cb_bump, p55, *g_up);
  acc = mix (acc, (p55->a[0] * 12UL));
  n1->other = (p55->other ? p55->other : p55);
  if (d > 0)
  {
    r7 (d - 1, p55, (n0->next ? n0->next : n1), p55, &p55);
  }
  return acc ^ (2UL / (26UL | 1));
}

static inline void r7 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, struct node **out)
{
  unsigned long acc = 1012151124UL;
  if (d == 0)
    return;
  struct node *p59 = gc_alloc (64);
  p59->val = ((unsigned long) ((uintptr_t) n2 != 0) + (3UL - 0x3470404a1c3f0ce0UL));
  unsigned long u60 = ((0x16884bf355370d3cUL * g_n[3]->val) + 0UL);
  p59 = r5 ((0x6bb0c0796127e3e9UL | u60) % 4, g_n[n1->val & 3], n0, (*out ? *out : n1), 0x166de3767dbfe515UL);
  gc_free (n2);
  struct node **v61 = gc_alloc (4 * sizeof (struct node *));
  v61[1] = n0;
  v61[3] = g_n[1];
  struct node *p62 = gc_calloc (1, sizeof (struct node));
  p62->val = ((u60 - n0->val) ^ (unsigned long) ((uintptr_t) n2 != 0));
  p62->next = (n1->next ? n1->next : g_n[3]);
  acc += r1 ((u60 >> (p62->val & 63)) % 4, n2, (0UL ? p62->val : g_n[3]->val));
  acc += (unsigned long) ((uintptr_t) n1 != 0);
  { unsigned long *q = &p59->a[0]; *q ^= (u60 | u60); }
  if (d > 0)
  {
    u60 = r6 (d - 1, n0, n2);
  }
  g_acc ^= acc;
}

unsigned long f8 (struct node *n0, struct node *n1, unsigned long x0, struct pair pr)
{
  unsigned long acc = 400507090UL;
  struct node *p66 = pr.b;
  struct node *p67 = gc_alloc (sizeof (struct node));
  gc_free (p67);
  n1 = n0;
  g_acc += list_len (n0);
  unsigned long *b68 = gc_calloc (8, sizeof (unsigned long));
  b68[1] = (unsigned long) (n1 == p67);
  b68[3] = b68[3];
  { struct node *volatile vol = n1; acc += vol->val; }
  gc_free (p67);
  unsigned long st69 = 0;
  for (struct node *q = n1; q && st69 < 8; q = q->next, st69++)
    acc += q->val * (st69 + 1);
  struct node **v70 = gc_alloc (4 * sizeof (struct node *));
  v70[3] = n1;
  struct node *p71 = gc_alloc (sizeof (struct node));
  n1->other = (n1->next ? n1->next : n0);
  x0 = ((b68[1] ^ b68[2]) / (24UL | 1));
  unsigned long *b72 = gc_alloc (96);
  b72[1] = st69;
  return acc ^ 3305680366UL;
}

static unsigned long f9 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 49UL;
  acc += *g_up;
  x0 = g_n[1]->val;
  unsigned long u77 = ((n0->other ? n0->other : n0)->slot ? ((struct node *) (n0->other ? n0->other : n0)->slot)->val : (n0->val >> (x0 & 63)));
  gc_free (n0);
  n1->other = n1;
  struct node **v78 = gc_alloc (4 * sizeof (struct node *));
  v78[2] = n1;
  v78[3] = (v78[3] ? v78[3] : n1);
  n1->val += (n2->a[n1->a[0] & 3] ^ list_len (n1));
  struct node *p79 = gc_alloc (sizeof (struct node));
  p79->val = ((u77 + n2->a[0]) ^ list_sum (n2));
  p79->a[1] = (g_n[2]->val % (u77 | 1));
  struct node *p80 = gc_alloc (sizeof (struct node));
  p80->val = g_acc;
  return acc ^ (0x71dac60d627b6f02UL + g_n[1]->val);
}

struct node *r10 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 94UL;
  if (d == 0)
    return n0;
  struct node *p85 = gc_calloc (1, sizeof (struct node));
  p85->val = (n0->slot ? ((struct node *) n0->slot)->val : list_len (n1));
  p85->next = p85;
  for (unsigned long i86 = 0; i86 < 1; i86++)
  {
    struct node *p87 = NEW (struct node);
    p87->next = n0;
    acc += list_sum (p85);
  }
  unsigned long st88 = 0;
  for (struct node *q = n0; q && st88 < 8; q = q->next, st88++)
    acc += q->val * (st88 + 1);
  if (g_acc % 2 == 0)
  {
    if ((unsigned long) ((uintptr_t) (n0->val & 1 ? n0 : g_n[0]) != 0) % 2 == 0)
    {
      struct node *p89 = gc_alloc (sizeof (struct node));
      p89->val = ((g_n[2]->val & 1 ? n0 : p89)->slot ? ((struct node *) (g_n[2]->val & 1 ? n0 : p89)->slot)->val : (n1->a[0] * g_n[1]->val));
      for (unsigned long i90 = 0; i90 < 4; i90++)
      {
        struct node s91 = { 0 };
        s91.val = (46811863UL / (g_n[3]->val | 1));
        s91.next = (n1->next ? n1->next : p85);
      }
    }
    else
    {
      acc += apply (cb_read, n1, n1->val);
    }
  }
  if (d > 0)
  {
    n0 = r10 (d - 1, (p85->next ? p85->next : g_n[0]), n1, n1->val, x1);
  }
  return p85;
}

void f11 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 6UL;
  struct node s95 = { 0 };
  s95.val = (x1 | g_n[1]->val);
  s95.next = (s95.next ? s95.next : n0);
  struct node *p96 = r10 (*g_up % 4, (s95.next ? s95.next : n0), g_n[2], (n0->slot ? ((struct node *) n0->slot)->val : x1), (g_n[2]->a[3] ? n0->a[2] : n0->val));
  for (unsigned long i97 = 0; i97 < 7; i97++)
  {
    struct node *p98 = gc_alloc (64 + x0 % 16);
    p98->val = (x0 + (p98->slot ? ((struct node *) p98->slot)->val : p96->val));
    p98->a[2] = (unsigned long) (g_n[3] == p96);
    p98->next = p96;
    p96 = p98;
  }
  g_any = g_n[x0 & 3];
  if (list_len (p96) % 3 == 0)
  {
    struct node *w99 = p96;
    for (unsigned long i100 = 0; i100 < 3; i100++)
    {
      w99 = gc_alloc (sizeof (struct node));
      w99->val = i100 * deep_sum (w99, 1);
      acc += w99->val + list_sum (w99);
    }
    struct node *p101 = r10 ((p96->a[1] - g_n[1]->val) % 4, w99, g_n[2], (w99->next ? w99->next->val : g_n[3]->a[2]), (g_n[0]->val - g_n[0]->val));
  }
  else
  {
  }
  g_acc ^= acc;
}

struct node *f12 (unsigned long x0)
{
  unsigned long acc = 3754220749UL;
  struct node *p103 = gc_alloc (sizeof (struct node));
  p103->val = *g_up;
  p103->next = p103;
  g_h.p = g_n[p103->a[0] & 3];
  { unsigned long *q = &p103->a[2]; *q ^= list_len (p103); }
  if (list_sum (p103) % 4 == 0)
  {
    { unsigned long *q = &p103->a[0]; *q ^= x0; }
    struct node s104 = { 0 };
    s104.val = *g_up;
  }
  else
  {
    void *vp105 = p103;
  }
  return (g_n[0]->next ? g_n[0]->next : g_n[1]);
}

static void f13 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 2UL;
  struct node *p109 = gc_calloc (1, sizeof (struct node));
  p109->val = ((p109->val & 1 ? n0 : p109)->next ? (p109->val & 1 ? n0 : p109)->next->val : list_len (n0));
  acc += ((n1->a[3] & 18UL) - deep_sum (g_n[3], 2));
  struct node *p110 = NEW (struct node);
  unsigned long st111 = 0;
  for (struct node *q = (g_n[1]->next ? g_n[1]->next : n1); q && st111 < 8; q = q->next, st111++)
    acc += q->val * (st111 + 1);
  struct node *arr112[4] = { n0, (n2->other ? n2->other : n0), g_n[g_n[0]->val & 3], n2 };
  acc = mix (acc, g_n[0]->val);
  p109 = n0;
  printf ("f13.2 %lu\n", acc);
  acc += g_cb[n0->val & 3] (n1, st111);
  g_h.pr.b = g_n[st111 & 3];
  struct node *p113 = gc_alloc (sizeof (struct node));
  p113->val = (n1->a[3] ? (g_n[3]->val - 0x589a4c215a774941UL) : g_n[3]->val);
  g_acc += ((0UL | st111) & st111);
  struct node *arr114[4] = { n2, (n1->other ? n1->other : n1), (p113->other ? p113->other : n2), p113 };
  if (g_n[1]->val % 2 == 0)
  {
    unsigned long u115 = ((p110->next ? p110->next : p110)->slot ? ((struct node *) (p110->next ? p110->next : p110)->slot)->val : (unsigned long) ((uintptr_t) n0 != 0));
    { unsigned long *q = &p113->a[3]; *q ^= (g_n[3]->val << (p110->a[3] & 63)); }
    printf ("f13.3 %lu\n", acc);
  }
  struct node **v116 = gc_alloc (4 * sizeof (struct node *));
  v116[0] = (st111 & 1 ? n1 : p113);
  v116[2] = n2;
  v116[3] = (v116[1] ? v116[1] : p113);
  g_acc ^= acc;
}

void r14 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, struct node **out)
{
  unsigned long acc = 3467340651UL;
  if (d == 0)
    return;
  acc += (g_n[1]->a[2] >> (g_n[1]->val & 63));
  { unsigned long *q = &n0->a[1]; *q ^= n1->val; }
  unsigned long st120 = 0;
  for (struct node *q = n0; q && st120 < 8; q = q->next, st120++)
    acc += q->val * (st120 + 1);
  g_list = (*out ? *out : g_n[2]);
  if (d > 0)
  {
    r14 (d - 1, n0, n0, g_n[0]->val, &n0);
  }
  n0->slot = (*out ? *out : g_n[2]);
  g_acc ^= acc;
}

__attribute__ ((noinline)) void f15 (unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 2526230834UL;
  struct node *p123 = pr.a;
  f13 (p123, p123, (p123->other ? p123->other : p123));
  struct node *p124 = NEW (struct node);
  p124->val = (g_n[2]->a[x1 & 3] & *g_up);
  void *vp125 = p123;
  { unsigned long *q = &p124->a[2]; *q ^= (x0 + x1); }
  unsigned long u126 = (list_sum (p123) ? p123->a[3] : x1);
  struct node *p127 = f12 ((p123->next ? p123->next->val : x1));
  p123->next = (p123->next ? p123->next : p127);
  struct node *arr128[4] = { p123, p123, g_n[0x5bfaec971e444b15UL & 3], p127 };
  struct node *p129 = r5 ((g_n[2]->val | g_n[0]->val) % 4, (p123->next ? p123->next : p123), (p127->next ? p127->next : p123), p123, g_acc);
  { unsigned long *q = &p129->a[3]; *q ^= g_n[3]->val; }
  struct node *w130 = p129;
  for (unsigned long i131 = 0; i131 < 3; i131++)
  {
    w130 = gc_alloc (sizeof (struct node));
    w130->val = i131 * g_n[1]->val;
    acc += w130->val + list_sum (w130);
  }
  struct node *p132 = NEW (struct node);
  p132->next = ((struct node *) vp125);
  { unsigned long *q = &p127->a[3]; *q ^= list_sum (p124); }
  g_acc ^= acc;
}

static unsigned long r16 (unsigned long d, unsigned long x0, struct pair pr)
{
  unsigned long acc = 69UL;
  if (d == 0)
    return acc;
  struct node *p134 = pr.a;
  struct node *p135 = gc_calloc (1, sizeof (struct node));
  p135->val = (x0 / (0x55d9fdbd7ce0e7d4UL | 1));
  p135->a[1] = deep_sum (p134, 2);
  acc += (x0 * (x0 * x0));
  struct node s136 = { 0 };
  s136.val = (x0 * 2784523211UL);
  s136.next = g_n[x0 & 3];
  s136.other = (p134->next ? p134->next : p135);
  if (d > 0)
  {
    acc += r17 (d - 1, p135, (x0 & 1 ? p134 : p135));
  }
  struct node *p137 = gc_alloc (sizeof (struct node));
  p137->val = (list_sum (p137) | (unsigned long) (p134 == p135));
  p137->a[3] = g_acc;
  p137->next = p135;
  p135->next = p135;
  struct node *w138 = p137;
  for (unsigned long i139 = 0; i139 < 2; i139++)
  {
    w138 = gc_alloc (sizeof (struct node));
    w138->val = i139 * list_sum (p135);
    acc += w138->val + list_sum (w138);
  }
  acc += *g_up;
  acc += p137->val;
  g_list->other = p135;
  struct node *arr140[4] = { p137, p134, w138, p134 };
  return acc ^ (p137->slot ? ((struct node *) p137->slot)->val : x0);
}

static inline unsigned long r17 (unsigned long d, struct node *n0, struct node *n1)
{
  unsigned long acc = 781691859UL;
  if (d == 0)
    return acc;
  struct node *p143 = gc_alloc (sizeof (struct node));
  p143->val = (g_n[3]->val | (unsigned long) ((uintptr_t) p143 != 0));
  struct node *arr144[4] = { (p143->other ? p143->other : n1), n1, g_n[0x6655260230f7ffa5UL & 3], (n1->other ? n1->other : p143) };
  g_any = n0;
  g_n[3] = g_n[1];
  unsigned long u145 = list_sum (n1);
  n0 = r0 (2285209097UL % 4, g_n[2], n0, u145, u145, &arr144[3]);
  if (list_sum (g_n[1UL & 3]) % 3 == 0)
  {
    { unsigned long *q = &p143->a[2]; *q ^= (n1->a[3] + u145); }
    struct node *p146 = gc_alloc (sizeof (struct node));
    p146->val = (n1->a[u145 & 3] ? list_sum (p143) : (p146->a[3] - 6UL));
    p146->a[3] = n1->a[2];
    p146->next = g_n[0];
  }
  struct node s147 = { 0 };
  s147.val = n0->val;
  acc += (n0->next ? n0->next : p143)->a[u145 & 3];
  n0->next = (g_n[1]->val & 1 ? n0 : n0);
  unsigned long st148 = 0;
  for (struct node *q = (0x2da618c008b39608UL & 1 ? n0 : n1); q && st148 < 8; q = q->next, st148++)
    acc += q->val * (st148 + 1);
  g_list->other = n1;
  acc += (n0->slot ? ((struct node *) n0->slot)->val : list_len (p143));
  g_any = (n0->other ? n0->other : n0);
  struct node *p149 = gc_alloc (sizeof (struct node));
  p149->next = n0;
  if (d > 0)
  {
    acc += r16 (d - 1, (g_n[3]->next ? g_n[3]->next->val : g_n[0]->a[1]), (struct pair) { (s147.next ? s147.next : n0), (p149->a[3] & 1 ? g_n[3] : n0) });
  }
  return acc ^ (n0->slot ? ((struct node *) n0->slot)->val : p143->a[1]);
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
  unsigned long acc = 29UL;
  struct node *p150 = gc_alloc (64);
  acc += apply (cb_read, g_n[p150->val & 3], (g_n[3]->val | 1UL));
  g_n[2]->next = (g_n[2]->other ? g_n[2]->other : g_n[3]);
  g_h.p = g_n[3];
  for (unsigned long i151 = 0; i151 < 6; i151++)
  {
    g_acc += (deep_sum (p150, 2) & (g_n[1]->val % (p150->val | 1)));
    unsigned long *b152 = gc_alloc (64);
    b152[0] = (unsigned long) ((uintptr_t) g_n[0] != 0);
    b152[1] = g_acc;
  }
  acc += r4 (2915359951UL % 4, p150);
  acc += cb_read ((p150->next ? p150->next : p150), 0x33db5d8716b6cb9UL);
  struct node *p153 = gc_alloc (sizeof (struct node));
  p153->val = list_len (p153);
  p153->a[1] = (g_n[0]->val + 0UL);
  p153->next = p153;
  unsigned long *b154 = gc_calloc (4, sizeof (unsigned long));
  b154[0] = 481348485UL;
  b154[2] = (p150->val - 0x4f348f006240c27aUL);
  b154[3] = p153->a[1UL & 3];
  acc += list_len (p153);
  f13 (p153, p153, (p153->next ? p153->next : p153));
  b154[91UL & 3] = ((p153->next ? p153->next : p153)->next ? (p153->next ? p153->next : p153)->next->val : (0x1cbc422120754967UL + b154[1]));
  unsigned long st155 = 0;
  for (struct node *q = p150; q && st155 < 8; q = q->next, st155++)
    acc += q->val * (st155 + 1);
  struct node *p156 = r0 ((unsigned long) ((uintptr_t) p153 != 0) % 4, p153, p153, st155, st155, &g_n[1]);
  acc += deep_sum (p150, 1);
  { unsigned long *q = b154 + 1; q[-1] += q[1] + (p156->next ? p156->next->val : p156->val); }
  struct node *w157 = p156;
  for (unsigned long i158 = 0; i158 < 2; i158++)
  {
    w157 = gc_alloc (sizeof (struct node));
    w157->val = i158 * (w157->next ? w157->next->val : p156->val);
    acc += w157->val + list_sum (w157);
  }
  acc = mix (acc, st155);
  struct node *p159 = gc_calloc (1, sizeof (struct node));
  p159->val = (p153->a[0] << (list_sum (p150) & 63));
  p159->next = w157;
  struct node *p160 = gc_calloc (1, sizeof (struct node));
  p160->val = st155;
  for (unsigned long i161 = 0; i161 < 4; i161++)
  {
    struct node *p162 = gc_alloc (sizeof (struct node));
    p162->val = i161;
    acc += ((st155 & 1 ? w157 : p153)->next ? (st155 & 1 ? w157 : p153)->next->val : (unsigned long) ((uintptr_t) g_n[0] != 0));
  }
  w157 = f2 ();
  printf ("main.f2 %lu\n", acc);
  acc += r6 (list_sum (p150) % 4, p160, (p153->other ? p153->other : p156));
  printf ("main.r6 %lu\n", acc);
  r7 ((st155 ? p150->a[3] : st155) % 4, w157, w157, p156, &p153);
  printf ("main.r7 %lu\n", acc);
  acc += f8 (p153, p156, (unsigned long) (w157 == p160), (struct pair) { (w157->other ? w157->other : p159), p159 });
  printf ("main.f8 %lu\n", acc);
  acc += f9 (g_n[b154[0] & 3], (p153->next ? p153->next : p156), g_n[1], (55UL ^ st155));
  printf ("main.f9 %lu\n", acc);
  f11 (g_n[p159->val & 3], p153->a[b154[2] & 3], g_acc);
  printf ("main.f11 %lu\n", acc);
  r14 (1UL % 4, (p156->other ? p156->other : p156), w157, st155, &p153);
  printf ("main.r14 %lu\n", acc);
  f15 (b154[st155 & 3], list_len (p153), (struct pair) { p153, (st155 & 1 ? p153 : p153) });
  printf ("main.f15 %lu\n", acc);
  acc += r16 (p159->a[0] % 4, st155, (struct pair) { g_n[0], g_n[w157->val & 3] });
  printf ("main.r16 %lu\n", acc);
  acc += r17 (b154[3] % 4, p156, p160);
  printf ("main.r17 %lu\n", acc);
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

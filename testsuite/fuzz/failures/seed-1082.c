/* FAIL (-O2 stdout-differs) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O2" testsuite/fuzz/failures/seed-1082.c */
/* gcc-escape fuzz program, seed 1082: testsuite/fuzz/gen 1082 */
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
static unsigned long apply (cb_t f, void *ctx, unsigned long x) { return f (ctx, x); }

unsigned long f0 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
unsigned long r1 (unsigned long d, struct node *n0, struct node *n1);
struct node *f2 (struct node *n0, struct node *n1);
static unsigned long f3 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static void f4 (struct node *n0, struct node *n1, unsigned long x0);
static struct node *f5 (unsigned long x0);
static void f6 (struct node *n0, struct node *n1);
struct node *f7 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static void f8 (struct pair pr);
static void r9 (unsigned long d, struct node *n0, struct pair pr);
static struct node *r10 (unsigned long d, unsigned long x0);
static void r11 (unsigned long d, struct node *n0, struct node *n1, struct node *n2);
unsigned long f12 (void);

unsigned long f0 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 4138780747UL;
  struct node *p5 = gc_alloc (sizeof (struct node));
  p5->val = (x1 + (n0->a[2] + g_n[0]->val));
  p5->a[2] = (n0->val ? n0->val : n1->a[0]);
  p5->next = (x1 & 1 ? n1 : n1);
  struct node *w6 = p5;
  for (unsigned long i7 = 0; i7 < 5; i7++)
  {
    w6 = gc_alloc (sizeof (struct node));
    w6->val = i7 * 0x4afddad04dc4b245UL;
    acc += w6->val + list_sum (w6);
  }
  n1->other = n0;
  { unsigned long *q = &n1->a[0]; *q ^= x0; }
  unsigned long *b8 = gc_calloc (4 + ((p5->val ? 2UL : 0x6965b9190fc9c72aUL) & 3), sizeof (unsigned long));
  b8[1] = g_acc;
  b8[2] = deep_sum (n1, 1);
  if (deep_sum (n0, 0) % 3 == 1) return acc ^ b8[b8[1] & 3];
  return acc ^ (b8[2] * x0);
}

unsigned long r1 (unsigned long d, struct node *n0, struct node *n1)
{
  unsigned long acc = 2323336586UL;
  if (d == 0)
    return acc;
  unsigned long u11 = (unsigned long) ((uintptr_t) n0 != 0);
  struct node *p12 = (struct node *) ((uintptr_t) n0 | 0);
  acc += cb_read (p12, (p12->a[2] / (g_n[2]->val | 1)));
  acc = mix (acc, p12->a[3]);
  if (n0 != n0)
    memcpy (n0, n0, sizeof (struct node));
  u11 = f0 (g_n[0], p12, (u11 + g_n[2]->val), (u11 * g_n[3]->val));
  u11 = deep_sum ((p12->next ? p12->next : n0), 2);
  unsigned long u13 = list_sum (p12);
  struct node *p14 = gc_alloc (sizeof (struct node));
  unsigned long *b15 = gc_calloc (12, sizeof (unsigned long));
  b15[1] = b15[u13 & 3];
  b15[2] = g_n[3]->a[u13 & 3];
  b15[3] = b15[2];
  struct node *p16 = gc_alloc (sizeof (struct node));
  p16->a[3] = 3655838441UL;
  unsigned long st17 = 0;
  for (struct node *q = p12; q && st17 < 8; q = q->next, st17++)
    acc += q->val * (st17 + 1);
  acc += f0 (g_n[p12->a[3] & 3], n0, deep_sum (p12, 0), (st17 ^ n0->val));
  if (d > 0)
  {
    u13 = r1 (d - 1, p12, (n0->other ? n0->other : p12));
  }
  return acc ^ g_acc;
}

struct node *f2 (struct node *n0, struct node *n1)
{
  unsigned long acc = 0x616c199a0f4f4723UL;
  struct node *p20 = gc_alloc (sizeof (struct node));
  p20->val = (2UL ? p20->val : n1->val);
  p20->a[0] = p20->a[1];
  p20->next = (p20->next ? p20->next : p20);
  for (unsigned long i21 = 0; i21 < 3; i21++)
  {
    struct node *p22 = gc_alloc (sizeof (struct node));
    p22->val = i21;
    acc += i21;
    if ((p22->slot ? ((struct node *) p22->slot)->val : (g_n[0]->val >> (p22->val & 63))) % 2 == 1)
    {
      for (unsigned long i23 = 0; i23 < 7; i23++)
      {
        struct node *p24 = gc_alloc (sizeof (struct node));
        p24->next = n1;
        acc += f0 (g_n[i21 & 3], n0, (1UL + i23), i23);
        n1 = p24;
      }
    }
    struct node *p25 = NEW (struct node);
    p25->val = (unsigned long) ((uintptr_t) p20 != 0);
    p25->next = p25;
    gc_free (p20);
  }
  n1->other = n0;
  gc_free (n1);
  acc += f0 (n0, n0, n1->a[0], 83UL);
  p20->next = (p20->a[2] & 1 ? p20 : n0);
  if (((p20->next ? p20->next->val : n1->a[1]) / ((n1->val / (3227942422UL | 1)) | 1)) % 2 == 1)
  {
    void *vp26 = (n0->other ? n0->other : p20);
    acc += r1 (g_n[0]->val % 4, g_n[g_n[0]->val & 3], p20);
  }
  else
  {
  }
  return (n0->next ? n0->next : p20);
}

static __attribute__ ((noinline)) unsigned long f3 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 0xc59f9f2644d5a3bUL;
  acc += r1 (list_sum (n2) % 4, n1, n2);
  struct node *p31 = f2 (g_n[0], n2);
  if (list_sum (n2) % 4 == 0)
  {
    n1->slot = n1;
    unsigned long *b32 = gc_alloc (96);
    b32[0] = b32[0];
    b32[1] = x0;
    b32[3] = g_acc;
    struct node *p33 = gc_alloc (sizeof (struct node));
    p33->val = (unsigned long) ((uintptr_t) n2 != 0);
  }
  else
  {
    void *vp34 = n1;
  }
  g_h.p = (g_n[2]->val & 1 ? g_n[3] : g_n[3]);
  acc += f0 (g_n[x0 & 3], n2, (unsigned long) ((uintptr_t) n0 != 0), (p31->slot ? ((struct node *) p31->slot)->val : n1->a[1]));
  for (unsigned long i35 = 0; i35 < 1; i35++)
  {
    struct node *p36 = gc_alloc (sizeof (struct node));
    p36->next = p36;
    p36->next = n2;
    n2 = p36;
  }
  n2 = n1;
  acc += (unsigned long) ((g_n[3]->a[1] & 1 ? p31 : p31) == n0);
  n0->slot = n1;
  return acc ^ deep_sum (p31, 2);
}

static void f4 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 51UL;
  struct node *p40 = gc_calloc (1, sizeof (struct node));
  p40->val = (n1->slot ? ((struct node *) n1->slot)->val : x0);
  p40->next = n1;
  struct node **v41 = gc_alloc (4 * sizeof (struct node *));
  v41[0] = n0;
  n0->val += list_sum (n0);
  acc += r1 (n0->val % 4, n0, g_n[n0->a[1] & 3]);
  g_acc += g_acc;
  v41[(x0 >> (3328466343UL & 63)) & 3] = (x0 & 1 ? n1 : n1);
  struct node *arr42[4] = { (n0->other ? n0->other : n0), g_n[2], (v41[1] ? v41[1] : n1), n0 };
  unsigned long *b43 = gc_alloc (32 + ((v41[2] ? v41[2]->val : 54UL) & 7));
  b43[1] = (unsigned long) (n0 == p40);
  b43[2] = g_acc;
  b43[3] = list_len (n0);
  g_n[2]->next = (58UL & 1 ? n1 : n1);
  p40->other = n0;
  struct node s44 = { 0 };
  s44.val = (0x7d3a52b9430291feUL >> (p40->val & 63));
  s44.next = (n1->a[3] & 1 ? p40 : n0);
  arr42[x0 & 3] = (n1->other ? n1->other : n1);
  n1->a[2405385575UL & 3] = ((n0->other ? n0->other : n0)->slot ? ((struct node *) (n0->other ? n0->other : n0)->slot)->val : (p40->val | n1->a[2]));
  g_h.p = (n1->other ? n1->other : n0);
  g_acc ^= acc;
}

static __attribute__ ((noinline)) struct node *f5 (unsigned long x0)
{
  unsigned long acc = 1UL;
  struct node *p46 = gc_alloc (sizeof (struct node));
  p46->val = (unsigned long) ((uintptr_t) p46 != 0);
  p46->next = (p46->other ? p46->other : p46);
  x0 = f3 ((p46->val & 1 ? p46 : p46), g_n[1], g_n[3], x0);
  unsigned long *b47 = gc_alloc (32);
  b47[1] = (unsigned long) ((uintptr_t) p46 != 0);
  b47[3] = 2UL;
  struct node *w48 = p46;
  for (unsigned long i49 = 0; i49 < 3; i49++)
  {
    w48 = gc_alloc (sizeof (struct node));
    w48->val = i49 * b47[x0 & 3];
    acc += w48->val + list_sum (w48);
  }
  struct node **v50 = gc_alloc (4 * sizeof (struct node *));
  v50[0] = g_n[0];
  v50[1] = (x0 & 1 ? g_n[1] : g_n[3]);
  v50[2] = g_n[2];
  struct node **v51 = gc_alloc (4 * sizeof (struct node *));
  v51[0] = p46;
  { unsigned long *q = &w48->a[1]; *q ^= (x0 + w48->val); }
  for (unsigned long i52 = 0; i52 < 5; i52++)
  {
    struct node *p53 = gc_alloc (sizeof (struct node));
    p53->val = list_len (p46);
    p53->a[0] = deep_sum (p46, 1);
    w48->next = p46;
    struct node *p54 = gc_alloc (sizeof (struct node));
    p54->val = g_acc;
    p54->next = g_n[3UL & 3];
  }
  for (unsigned long i55 = 0; i55 < 3; i55++)
  {
    struct node *p56 = gc_alloc (64 + ((b47[0] ^ b47[1]) & 7));
    p56->val = list_sum (g_n[i55 & 3]);
    p56->next = (v50[3] ? v50[3] : g_n[1]);
    p56->next = w48;
    w48 = p56;
  }
  struct node **v57 = gc_alloc (4 * sizeof (struct node *));
  v57[0] = p46;
  v57[1] = p46;
  v57[2] = p46;
  struct node *p58 = gc_alloc (sizeof (struct node));
  p58->val = g_n[3]->a[(x0 ? w48->val : 57UL) & 3];
  p58->next = (v50[2] ? v50[2] : p58);
  return p58;
}

static inline void f6 (struct node *n0, struct node *n1)
{
  unsigned long acc = 0x3196a93713e9e94UL;
  struct node *p61 = gc_calloc (1, sizeof (struct node));
  p61->val = (unsigned long) ((n1->a[1] & 1 ? n0 : p61) == n0);
  struct node *p62 = gc_alloc (sizeof (struct node));
  p62->val = (unsigned long) ((uintptr_t) p61 != 0);
  p62->next = n0;
  g_list = (14UL & 1 ? p61 : p61);
  p62->val += n1->a[(n1->val + 4246482099UL) & 3];
  g_h.pr.b = p61;
  struct node *arr63[4] = { p61, p62, g_n[2767957823UL & 3], (g_n[1]->other ? g_n[1]->other : n1) };
  n1->val += (p61->a[2] + (unsigned long) (n0 == n1));
  for (unsigned long i64 = 0; i64 < 2; i64++)
  {
    __asm__ volatile ("" : : "r" (p62) : "memory");
    if (g_acc % 4 == 0)
    {
      void *vp65 = p62;
      printf ("f6.0 %lu\n", acc);
    }
  }
  acc += g_cb[(0x655124c167dcca67UL & p62->val) & 3] (p61, 3UL);
  p62->slot = g_n[0x34ec9cad2f79bf7aUL & 3];
  if ((0x37838ebb66edb682UL ? (p61->val / (g_n[1]->val | 1)) : list_len (n1)) % 4 == 1)
  {
    unsigned long *b66 = gc_alloc (64);
    b66[3] = p61->val;
  }
  g_acc ^= acc;
}

struct node *f7 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3873307816UL;
  struct node *p71 = gc_alloc (64);
  p71->val = 97UL;
  p71->a[3] = g_n[0]->val;
  p71->next = n1;
  struct node *p72 = gc_alloc (sizeof (struct node));
  p72->val = (n1->a[0x6c7d59da60eaf775UL & 3] + list_len (g_n[1]));
  p72->next = n0;
  unsigned long u73 = ((n1->slot ? ((struct node *) n1->slot)->val : g_n[1]->val) * deep_sum (p71, 2));
  for (unsigned long i74 = 0; i74 < 1; i74++)
  {
    struct node *p75 = gc_alloc (sizeof (struct node));
    p75->val = (g_n[2]->val / (i74 | 1));
    struct node **v76 = gc_alloc (4 * sizeof (struct node *));
    v76[3] = n0;
    if (list_len (p71) % 4 == 0)
    {
      unsigned long *b77 = gc_alloc (96);
      b77[3] = p72->a[i74 & 3];
      g_any = n1;
    }
    else
    {
      struct node *w78 = g_n[0];
      for (unsigned long i79 = 0; i79 < 5; i79++)
      {
        w78 = gc_alloc (sizeof (struct node));
        w78->val = i79 * g_n[2]->a[g_n[2]->val & 3];
        acc += w78->val + list_sum (w78);
      }
      { unsigned long *q = &w78->a[0]; *q ^= (12472543UL * 0UL); }
    }
  }
  acc += (u73 / ((70UL | x1) | 1));
  g_list = p71;
  n0->slot = (905001318UL & 1 ? p71 : n1);
  struct node *w80 = p71;
  for (unsigned long i81 = 0; i81 < 5; i81++)
  {
    w80 = gc_alloc (sizeof (struct node));
    w80->val = i81 * (p72->val ? p71->val : n1->a[0]);
    acc += w80->val + list_sum (w80);
  }
  acc += f3 (g_n[3], p71, n1, deep_sum (g_n[3], 1));
  return n1;
}

static inline void f8 (struct pair pr)
{
  unsigned long acc = 30UL;
  struct node *p82 = pr.b;
  acc = mix (acc, (p82->a[1] | 3UL));
  p82->other = p82;
  p82 = p82;
  acc += f3 (p82, g_n[1], (g_n[0]->other ? g_n[0]->other : g_n[3]), (g_n[2]->val - p82->a[2]));
  acc += f0 (g_n[p82->val & 3], g_n[0], (g_n[1]->val / (17UL | 1)), (29UL * p82->val));
  void *vp83 = g_n[0];
  g_list->other = g_n[1];
  unsigned long *b84 = gc_alloc (96);
  b84[1] = 3441241601UL;
  b84[2] = list_sum (p82);
  b84[3] = 0x6283b9e016284204UL;
  acc += b84[2];
  g_acc ^= acc;
}

static void r9 (unsigned long d, struct node *n0, struct pair pr)
{
  unsigned long acc = 2173953156UL;
  if (d == 0)
    return;
  struct node *p86 = pr.a;
  struct node *p87 = gc_calloc (1, sizeof (struct node));
  p87->val = list_sum (p87);
  p87->next = p87;
  p87->slot = g_n[3];
  n0->a[(g_n[0]->val & g_n[3]->val) & 3] = (p87->other ? p87->other : p86)->a[(unsigned long) (p87 == p86) & 3];
  for (unsigned long i88 = 0; i88 < 3; i88++)
  {
    struct node *p89 = gc_calloc (1, sizeof (struct node));
    p89->val = list_len (p86);
    n0->slot = p86;
    p89->a[deep_sum (p89, 2) & 3] = p89->a[3];
    for (unsigned long i90 = 0; i90 < 6; i90++)
    {
      f6 ((n0->next ? n0->next : g_n[1]), p86);
      unsigned long st91 = 0;
      for (struct node *q = p86; q && st91 < 8; q = q->next, st91++)
        acc += q->val * (st91 + 1);
      for (unsigned long i92 = 0; i92 < 2; i92++)
      {
        { struct node *volatile vol = p89; acc += vol->val; }
      }
    }
  }
  if (d > 0)
  {
    struct node *p93 = r10 (d - 1, (unsigned long) (p87 == p86));
  }
  g_acc ^= acc;
}

static struct node *r10 (unsigned long d, unsigned long x0)
{
  unsigned long acc = 0x730207c41d19705UL;
  if (d == 0)
    return g_n[1];
  struct node *p95 = gc_calloc (1, sizeof (struct node));
  p95->val = p95->a[(p95->slot ? ((struct node *) p95->slot)->val : g_n[3]->val) & 3];
  p95->next = p95;
  struct node *arr96[4] = { p95, p95, p95, p95 };
  struct node *p97 = (struct node *) ((uintptr_t) p95 | 0);
  if (3869551891UL % 5 == 1) return p97;
  struct node *p98 = gc_alloc (64);
  p98->val = (p95->next ? p95->next->val : x0);
  p98->next = p97;
  if (d > 0)
  {
    struct node *p99 = r10 (d - 1, list_sum (p98));
  }
  x0 = (p97->next ? p97->next->val : x0);
  acc += (unsigned long) ((uintptr_t) p95 != 0);
  g_n[0] = p98;
  struct node *p100 = gc_alloc (64);
  acc = mix (acc, (p95->val - g_n[2]->val));
  struct node *arr101[4] = { (p95->other ? p95->other : p98), p97, p100, (43UL & 1 ? p97 : p95) };
  struct node *p102 = gc_alloc (sizeof (struct node));
  p102->val = list_sum (p98);
  p102->next = p97;
  for (unsigned long i103 = 0; i103 < 2; i103++)
  {
    struct node *p104 = gc_alloc (sizeof (struct node));
    p95->a[(unsigned long) ((uintptr_t) p104 != 0) & 3] = (x0 + (p102->next ? p102->next->val : g_n[3]->val));
  }
  return p98;
}

static __attribute__ ((noinline)) void r11 (unsigned long d, struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 0x289de4d96c91e088UL;
  if (d == 0)
    return;
  struct node s108 = { 0 };
  s108.val = g_acc;
  s108.next = g_n[0];
  s108.other = (n0->val & 1 ? n2 : n0);
  struct node *p109 = (struct node *) ((uintptr_t) n0 | 0);
  struct node *p110 = gc_alloc (64);
  p110->val = (unsigned long) ((uintptr_t) n0 != 0);
  acc = mix (acc, (n0->a[3] << (0x2eec1c81274cd042UL & 63)));
  unsigned long u111 = u111;
  unsigned long st112 = 0;
  for (struct node *q = (u111 & 1 ? n2 : p110); q && st112 < 8; q = q->next, st112++)
    acc += q->val * (st112 + 1);
  n2->next = n1;
  n2->a[s108.a[1] & 3] = ((p110->val * g_n[1]->val) % ((st112 - n2->val) | 1));
  f8 ((struct pair) { (n2->next ? n2->next : n1), p109 });
  p109 = p109;
  acc += f0 (n1, (70UL & 1 ? p109 : p109), g_n[1]->val, n2->a[p110->a[2] & 3]);
  struct node *w113 = p109;
  for (unsigned long i114 = 0; i114 < 1; i114++)
  {
    w113 = gc_alloc (sizeof (struct node));
    w113->val = i114 * list_len (n1);
    acc += w113->val + list_sum (w113);
  }
  struct node *p115 = (struct node *) ((uintptr_t) w113 | 0);
  if (p115->a[p110->val & 3] % 6 == 1) return;
  struct node **v116 = gc_alloc (4 * sizeof (struct node *));
  v116[0] = p109;
  v116[1] = p109;
  v116[2] = p110;
  v116[3] = p110;
  if (d > 0)
  {
    r11 (d - 1, n2, n1, (v116[1] ? v116[1] : p115));
  }
  g_acc ^= acc;
}

unsigned long f12 (void)
{
  unsigned long acc = 0x74cba9ae457cf146UL;
  struct node *p117 = NEW (struct node);
  p117->val = deep_sum ((p117->val & 1 ? p117 : p117), 1);
  p117->a[1] = g_n[1]->a[2];
  p117->next = p117;
  struct node *p118 = gc_calloc (1, sizeof (struct node));
  for (unsigned long i119 = 0; i119 < 3; i119++)
  {
    struct node *p120 = gc_alloc (sizeof (struct node));
    p120->val = ((p117->a[3] << (i119 & 63)) | 0x10300e353a355862UL);
    struct node *p121 = gc_alloc (sizeof (struct node));
    p121->val = (list_len (p118) >> (p120->a[2] & 63));
    if ((i119 >> (i119 & 63)) % 3 == 0)
    {
      p117->slot = g_n[p120->a[3] & 3];
      acc += g_n[2]->val;
      { unsigned long *q = &p121->a[3]; *q ^= (p117->a[1] | g_n[0]->val); }
    }
    struct node *p122 = gc_alloc (sizeof (struct node));
  }
  struct node s123 = { 0 };
  s123.val = (2521963898UL ? p118->val : p117->val);
  s123.next = g_n[g_n[1]->val & 3];
  struct node s124 = { 0 };
  s124.val = s123.val;
  s124.next = g_n[0UL & 3];
  s124.other = g_n[1];
  return acc ^ (p117->next ? p117->next->val : 229598765UL);
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
  unsigned long acc = 1082UL;
  struct node *p125 = gc_alloc (sizeof (struct node));
  p125->val = (unsigned long) ((uintptr_t) p125 != 0);
  acc += (p125->slot ? ((struct node *) p125->slot)->val : 62UL);
  p125 = p125;
  if ((deep_sum (p125, 0) | p125->a[1]) % 4 == 0)
  {
    struct node *p126 = gc_alloc (sizeof (struct node));
    p126->val = g_acc;
  }
  else
  {
    unsigned long *b127 = gc_alloc (96);
    b127[0] = 0x173fc43a1462c9d9UL;
    b127[3] = (p125->next ? p125->next->val : p125->val);
    struct node *w128 = p125;
    for (unsigned long i129 = 0; i129 < 5; i129++)
    {
      w128 = gc_alloc (sizeof (struct node));
      w128->val = i129 * (unsigned long) ((uintptr_t) p125 != 0);
      acc += w128->val + list_sum (w128);
    }
  }
  struct node s130 = { 0 };
  s130.val = (p125->next ? p125->next->val : 2908088226UL);
  acc += f12 ();
  struct node s131 = { 0 };
  s131.val = deep_sum (p125, 2);
  s131.next = (g_n[0]->next ? g_n[0]->next : g_n[0]);
  p125->slot = (0UL & 1 ? g_n[2] : g_n[1]);
  acc = mix (acc, s131.val);
  struct node *p132 = f7 ((p125->other ? p125->other : p125), (g_n[0]->val & 1 ? g_n[0] : g_n[2]), g_n[1]->a[1], (p125->a[0] ^ p125->a[2]));
  struct node **v133 = gc_alloc (4 * sizeof (struct node *));
  v133[1] = p132;
  v133[3] = p132;
  if (p125->a[list_sum (p132) & 3] % 2 == 1)
  {
    unsigned long u134 = u134;
  }
  else
  {
    struct node *arr135[4] = { p125, (g_n[3]->val & 1 ? p125 : p125), p132, (v133[2] ? v133[2] : p132) };
  }
  p132->next = p132;
  f8 ((struct pair) { (p132->other ? p132->other : p125), p125 });
  for (unsigned long i136 = 0; i136 < 4; i136++)
  {
    struct node *p137 = gc_alloc (sizeof (struct node));
    p137->val = ((unsigned long) ((uintptr_t) g_n[1] != 0) ^ i136);
    p137->next = p125;
    struct node *w138 = p137;
    for (unsigned long i139 = 0; i139 < 1; i139++)
    {
      w138 = gc_alloc (sizeof (struct node));
      w138->val = i139 * g_n[1]->val;
      acc += w138->val + list_sum (w138);
    }
  }
  f4 ((p132->next ? p132->next : p132), (p132->next ? p132->next : p132), 0x23a50b7363c80c90UL);
  printf ("main.f4 %lu\n", acc);
  p125 = f5 (56UL);
  printf ("main.f5 %lu\n", acc);
  r9 (g_n[3]->val % 4, (p132->next ? p132->next : g_n[2]), (struct pair) { (35UL & 1 ? p132 : p132), p132 });
  printf ("main.r9 %lu\n", acc);
  struct node *p140 = r10 (36UL % 4, (unsigned long) (p125 == p132));
  printf ("main.r10 %lu\n", acc);
  r11 (g_acc % 4, (s131.next ? s131.next : p125), p132, g_n[0UL & 3]);
  printf ("main.r11 %lu\n", acc);
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

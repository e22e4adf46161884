/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0017.c */
/* gcc-escape fuzz program, seed 17: testsuite/fuzz/gen 17 */
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

static void f0 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
unsigned long r1 (unsigned long d, struct node **out);
struct node *r2 (unsigned long d, struct node *n0);
void f3 (struct node *n0, unsigned long x0);
void f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr);
static unsigned long f5 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static void f6 (struct node *n0, struct node *n1, unsigned long x0);
static unsigned long f7 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static unsigned long f8 (struct node *n0, struct node *n1);
struct node *f9 (struct node *n0, struct node *n1, struct pair pr);
static struct node *f10 (unsigned long x0);
static unsigned long r11 (unsigned long d, unsigned long x0, unsigned long x1);
struct node *f12 (struct node *n0);
struct node *f13 (struct node *n0, struct node *n1, struct node **out);
struct node *f14 (struct node *n0, unsigned long x0);
static struct node *r15 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out);
static unsigned long r16 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0);

static void f0 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x47d6a2721a80c10aUL;
  g_acc += (g_n[3]->val & 2412328229UL);
  acc = mix (acc, x1);
  struct node *p5 = gc_alloc (64);
  p5->val = x1;
  p5->next = n1;
  for (unsigned long i6 = 0; i6 < 4; i6++)
  {
    p5->val += g_n[3]->val;
    n1->next = n1;
  }
  struct node s7 = { 0 };
  s7.val = x1;
  s7.next = (s7.next ? s7.next : n0);
  struct node *w8 = n0;
  for (unsigned long i9 = 0; i9 < 5; i9++)
  {
    w8 = gc_alloc (sizeof (struct node));
    w8->val = i9 * list_sum (&s7);
    acc += w8->val + list_sum (w8);
  }
  struct node *p10 = gc_alloc (64);
  p10->a[3] = x0;
  p10->next = n0;
  acc += (p5->slot ? ((struct node *) p5->slot)->val : (x1 / (x0 | 1)));
  __asm__ volatile ("" : : "r" (w8) : "memory");
  if ((x0 & w8->a[2]) % 4 == 1) return;
  g_acc ^= acc;
}

unsigned long r1 (unsigned long d, struct node **out)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return acc;
  struct node *p11 = gc_alloc (sizeof (struct node));
  p11->val = ((p11->val << (2815525994UL & 63)) | deep_sum (p11, 1));
  p11->a[2] = p11->val;
  struct node *p12 = gc_alloc (sizeof (struct node));
  p12->val = (g_n[2]->val % (p12->a[0] | 1));
  if ((g_n[0]->val % (57UL | 1)) % 4 == 1)
  {
    p11 = p11;
    struct node *w13 = p12;
    for (unsigned long i14 = 0; i14 < 5; i14++)
    {
      w13 = gc_alloc (sizeof (struct node));
      w13->val = i14 * (i14 * p12->a[1]);
      acc += w13->val + list_sum (w13);
    }
  }
  for (unsigned long i15 = 0; i15 < 4; i15++)
  {
    struct node *p16 = gc_alloc (sizeof (struct node));
    p16->val = (unsigned long) ((uintptr_t) (p12->other ? p12->other : p11) != 0);
    p16->a[1] = 0x6edd244e075bd956UL;
    if ((unsigned long) (p12 == p12) % 4 == 1) return acc ^ (p12->val ^ p11->a[3]);
    struct node *p17 = gc_alloc (sizeof (struct node));
    p17->val = 0x7df14f95d49c108UL;
    p17->a[0] = (2UL ? p17->a[2] : 1UL);
    p17->next = p12;
    acc += (unsigned long) ((uintptr_t) p11 != 0);
  }
  *out = (p11->other ? p11->other : p11);
  if ((list_sum (p12) << (list_sum (p12) & 63)) % 4 == 1)
  {
    if (p12 != p12)
      memcpy (p12, p12, sizeof (struct node));
    for (unsigned long i18 = 0; i18 < 8; i18++)
    {
      struct node *p19 = gc_alloc (sizeof (struct node));
      p19->a[3] = p11->val;
      p19->next = g_n[1];
      p19->next = p11;
      p11 = p19;
    }
  }
  for (unsigned long i20 = 0; i20 < 4; i20++)
  {
    struct node *p21 = gc_alloc (64);
    p21->val = list_len ((p11->next ? p11->next : p21));
    f0 ((p12->other ? p12->other : p11), (p12->next ? p12->next : p21), 0xcd5db9a0c00a1c9UL, (p11->slot ? ((struct node *) p11->slot)->val : p11->a[0]));
    acc += (unsigned long) (g_n[3] == p21);
  }
  if (d > 0)
  {
    p12 = r2 (d - 1, p12);
  }
  return acc ^ *g_up;
}

struct node *r2 (unsigned long d, struct node *n0)
{
  unsigned long acc = 0UL;
  if (d == 0)
    return n0;
  g_up = &g_n[n0->a[3] & 3]->a[0];
  f0 ((n0->other ? n0->other : n0), (n0->a[2] & 1 ? n0 : n0), g_n[1]->val, (n0->val / (g_n[0]->val | 1)));
  for (unsigned long i23 = 0; i23 < 3; i23++)
  {
    struct node *p24 = gc_alloc (sizeof (struct node));
    p24->a[0] = (p24->next ? p24->next->val : 0x5937435a69d6e333UL);
    p24->next = p24;
    struct node *p25 = gc_alloc (sizeof (struct node));
    p25->val = (unsigned long) ((uintptr_t) p24 != 0);
    p25->a[2] = 1881221876UL;
    void *vp26 = g_n[p24->a[3] & 3];
  }
  f0 (n0, n0, n0->val, (93UL << (n0->a[2] & 63)));
  struct node *p27 = gc_alloc (sizeof (struct node));
  p27->val = (unsigned long) ((uintptr_t) n0 != 0);
  p27->a[3] = (g_n[3]->val >> (n0->a[2] & 63));
  p27->next = p27;
  struct node *p28 = gc_alloc (64);
  p28->val = n0->a[2];
  p28->next = p28;
  struct node *p29 = gc_alloc (sizeof (struct node));
  p29->val = (p29->a[g_n[3]->a[3] & 3] * (g_n[1]->val + 79UL));
  if (p27 != (n0->next ? n0->next : p28))
    memcpy (p27, (n0->next ? n0->next : p28), sizeof (struct node));
  f0 ((774059434UL & 1 ? p28 : p28), g_n[3], 818160996UL, (p28->next ? p28->next->val : 0UL));
  p29->next = n0;
  unsigned long u30 = ((p29->val ^ p27->val) * n0->a[0]);
  p28 = (p29->other ? p29->other : n0);
  if (d > 0)
  {
    acc += r1 (d - 1, &n0->next);
  }
  return (g_n[1]->val & 1 ? n0 : n0);
}

void f3 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 1534178211UL;
  struct node *p33 = gc_alloc (sizeof (struct node));
  p33->val = ((x0 % (p33->a[0] | 1)) * (x0 + g_n[2]->val));
  p33->val += x0;
  { unsigned long *q = &p33->a[2]; *q ^= (n0->slot ? ((struct node *) n0->slot)->val : p33->val); }
  if ((unsigned long) ((uintptr_t) p33 != 0) % 4 == 1)
  {
    unsigned long st34 = 0;
    for (struct node *q = p33; q && st34 < 8; q = q->next, st34++)
      acc += q->val * (st34 + 1);
    printf ("f3.0 %lu\n", acc);
    unsigned long *b35 = gc_alloc (64);
    b35[0] = deep_sum (n0, 0);
    b35[1] = (st34 + n0->val);
    b35[2] = (p33->next ? p33->next->val : p33->a[0]);
    b35[3] = b35[1];
  }
  p33->val += (unsigned long) ((uintptr_t) g_n[0] != 0);
  struct node *arr36[4] = { (g_n[0]->next ? g_n[0]->next : g_n[3]), g_n[3], g_n[p33->val & 3], g_n[1] };
  acc += apply (cb_keep, g_n[3], g_n[1]->val);
  p33->next = n0;
  n0->val += (n0->val << (p33->a[0] & 63));
  for (unsigned long i37 = 0; i37 < 1; i37++)
  {
    g_up = &g_n[1]->a[3];
  }
  acc += (unsigned long) ((uintptr_t) (x0 & 1 ? n0 : n0) != 0);
  for (unsigned long i38 = 0; i38 < 5; i38++)
  {
    struct node *p39 = gc_alloc (64);
    p39->val = (unsigned long) (g_n[g_n[0]->val & 3] == g_n[0x1ccd845e4317187fUL & 3]);
    p39->next = p33;
    p39->next = p33;
    struct node *p40 = gc_alloc (sizeof (struct node));
    p40->val = p40->a[2];
    p40->a[3] = deep_sum (p40, 0);
    p40->next = n0;
    p33 = p39;
  }
  g_up = &g_n[0]->a[1];
  g_acc ^= acc;
}

__attribute__ ((noinline)) void f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr)
{
  unsigned long acc = 1420280432UL;
  struct node *p45 = pr.a;
  struct node *p46 = gc_alloc (sizeof (struct node));
  p46->val = (x0 * x0);
  f0 ((p45->other ? p45->other : n1), g_n[x0 & 3], (unsigned long) (p46 == n1), x0);
  acc = mix (acc, n2->a[0]);
  for (unsigned long i47 = 0; i47 < 5; i47++)
  {
    struct node *p48 = gc_alloc (sizeof (struct node));
    p48->val = deep_sum (n1, 1);
    p48->next = n2;
    p48->next = n0;
    n0 = p48;
  }
  struct node *w49 = p46;
  for (unsigned long i50 = 0; i50 < 3; i50++)
  {
    w49 = gc_alloc (sizeof (struct node));
    w49->val = i50 * g_acc;
    acc += w49->val + list_sum (w49);
  }
  g_h.p = n1;
  for (unsigned long i51 = 0; i51 < 1; i51++)
  {
    struct node *p52 = gc_alloc (sizeof (struct node));
    p52->val = (unsigned long) ((uintptr_t) n2 != 0);
    p52->a[2] = (n2->a[0] ? g_n[1]->val : i51);
    acc += ((unsigned long) ((uintptr_t) p52 != 0) << (n1->a[w49->a[0] & 3] & 63));
    { unsigned long *q = &w49->a[1]; *q ^= g_n[2]->val; }
  }
  g_acc ^= acc;
}

static unsigned long f5 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 4126028330UL;
  printf ("f5.1 %lu\n", acc);
  n2 = n2;
  if ((unsigned long) ((uintptr_t) (g_n[3]->other ? g_n[3]->other : n2) != 0) % 3 == 1)
  {
    acc = mix (acc, x0);
    printf ("f5.2 %lu\n", acc);
  }
  else
  {
    struct node s57 = { 0 };
    s57.val = (x0 ? 89UL : n0->val);
  }
  n1->a[g_acc & 3] = ((unsigned long) ((uintptr_t) n1 != 0) << (x0 & 63));
  return acc ^ (n0->a[1] | x0);
}

static void f6 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 3567710151UL;
  for (unsigned long i61 = 0; i61 < 2; i61++)
  {
    struct node *p62 = NEW (struct node);
    p62->val = (deep_sum (n1, 2) ? list_len (p62) : x0);
    p62->a[3] = (i61 / (n0->val | 1));
  }
  g_list->other = g_n[0];
  gc_free (n1);
  acc += (g_n[2]->slot ? ((struct node *) g_n[2]->slot)->val : (x0 - n0->val));
  struct node *p63 = gc_alloc (sizeof (struct node));
  p63->val = g_n[x0 & 3]->a[n0->a[n1->a[3] & 3] & 3];
  p63->next = p63;
  acc += (unsigned long) ((uintptr_t) p63 != 0);
  f0 ((g_n[3]->other ? g_n[3]->other : g_n[0]), (1UL & 1 ? p63 : p63), x0, *g_up);
  struct node *p64 = gc_alloc (sizeof (struct node));
  p64->val = (unsigned long) ((p63->next ? p63->next : p64) == g_n[2]);
  g_any = g_n[2];
  if (list_sum (n1) % 3 == 0)
  {
    unsigned long st65 = 0;
    for (struct node *q = p63; q && st65 < 8; q = q->next, st65++)
      acc += q->val * (st65 + 1);
    struct node *p66 = gc_alloc (sizeof (struct node));
    p66->val = (*g_up >> (p66->a[3] & 63));
  }
  else
  {
  }
  g_acc ^= acc;
}

static unsigned long f7 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1464601252UL;
  struct node *p72 = gc_alloc (sizeof (struct node));
  p72->val = ((n0->val * p72->a[3]) ^ deep_sum (n2, 2));
  p72->a[3] = x1;
  if ((unsigned long) ((uintptr_t) g_n[x0 & 3] != 0) % 3 == 1)
  {
    f0 (n2, g_n[n1->val & 3], (unsigned long) ((uintptr_t) n0 != 0), n0->val);
    struct node **v73 = gc_alloc (4 * sizeof (struct node *));
    v73[1] = n0;
    v73[2] = p72;
    v73[3] = n1;
  }
  else
  {
    f0 (n2, n0, 90UL, n2->a[0]);
    f4 (n1, n2, g_n[3], (n1->val >> (g_n[1]->val & 63)), (struct pair) { (g_n[3]->next ? g_n[3]->next : n2), n2 });
  }
  struct node *arr74[4] = { n1, n0, n0, (n1->other ? n1->other : n1) };
  struct node *p75 = gc_alloc (sizeof (struct node));
  p75->val = deep_sum (n0, 1);
  g_list = n1;
  acc += (g_n[x0 & 3]->slot ? ((struct node *) g_n[x0 & 3]->slot)->val : n0->a[x0 & 3]);
  f3 ((p75->other ? p75->other : n0), g_n[2]->val);
  struct node **v76 = gc_alloc (4 * sizeof (struct node *));
  v76[1] = (n2->other ? n2->other : p75);
  return acc ^ x1;
}

static unsigned long f8 (struct node *n0, struct node *n1)
{
  unsigned long acc = 3211398211UL;
  n0->a[n0->val & 3] = (n0->val >> (n0->val & 63));
  __asm__ volatile ("" : : "r" (n1) : "memory");
  struct node *p79 = gc_alloc (sizeof (struct node));
  p79->val = deep_sum (p79, 0);
  p79->a[2] = g_n[1]->val;
  p79->next = n0;
  struct node **v80 = gc_alloc (4 * sizeof (struct node *));
  v80[0] = n0;
  v80[2] = n1;
  n0 = g_n[42UL & 3];
  struct node *p81 = gc_alloc (sizeof (struct node));
  p81->val = (p81->val * g_n[3]->val);
  p81->next = g_n[3];
  acc += f5 (g_n[1], n1, p81, p81->a[0UL & 3]);
  acc += cb_read (p81, n1->a[3]);
  return acc ^ g_n[1]->val;
}

struct node *f9 (struct node *n0, struct node *n1, struct pair pr)
{
  unsigned long acc = 0x6a46e6a242dab91UL;
  struct node *p84 = pr.a;
  struct node *p85 = gc_alloc (sizeof (struct node));
  p85->val = ((g_n[1]->val - g_n[1]->val) | p85->val);
  struct node *p86 = gc_alloc (sizeof (struct node));
  p86->val = list_len (p84);
  p86->a[0] = (g_n[2]->val | 0xb24a6595d3dcc9aUL);
  acc += f7 (p84, p86, g_n[80UL & 3], 65515710UL, (p86->val % (0x3ad1a6d48f1a0c7UL | 1)));
  acc += 3688725355UL;
  g_list->other = n1;
  gc_free (p85);
  unsigned long *b87 = gc_alloc (96);
  b87[0] = g_acc;
  b87[2] = (p86->slot ? ((struct node *) p86->slot)->val : 0x1921a2e7f57eab0UL);
  g_list = (p86->next ? p86->next : p86);
  g_acc += (g_acc + (b87[3] << (b87[1] & 63)));
  if (deep_sum (p86, 2) % 4 == 1)
  {
    unsigned long u88 = (p86->slot ? ((struct node *) p86->slot)->val : 720881958UL);
  }
  else
  {
  }
  return (p84->other ? p84->other : p86);
}

static struct node *f10 (unsigned long x0)
{
  unsigned long acc = 1148391523UL;
  struct node *p90 = gc_alloc (sizeof (struct node));
  p90->a[3] = list_sum (p90);
  struct node *p91 = (struct node *) ((uintptr_t) p90 | 0);
  struct node *p92 = gc_calloc (1, sizeof (struct node));
  p92->a[2] = p90->a[x0 & 3];
  if (((p92->val - x0) - x0) % 4 == 1)
  {
    if (p92->val % 2 == 0)
    {
      struct node *p93 = gc_alloc (sizeof (struct node));
      p93->val = (p93->slot ? ((struct node *) p93->slot)->val : (p91->a[0] | x0));
      p93->next = p92;
    }
    else
    {
      unsigned long st94 = 0;
      for (struct node *q = p92; q && st94 < 8; q = q->next, st94++)
        acc += q->val * (st94 + 1);
    }
  }
  return (p91->val & 1 ? p91 : p91);
}

static unsigned long r11 (unsigned long d, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 95UL;
  if (d == 0)
    return acc;
  struct node *p97 = gc_alloc (64);
  p97->next = p97;
  p97->val += (list_len (p97) * (x0 * 23UL));
  acc += p97->val;
  struct node *p98 = gc_alloc (sizeof (struct node));
  p98->val = x0;
  p98->a[1] = (0x74b3626c30fcb8f7UL | 2626433674UL);
  for (unsigned long i99 = 0; i99 < 2; i99++)
  {
    unsigned long st100 = 0;
    for (struct node *q = p97; q && st100 < 8; q = q->next, st100++)
      acc += q->val * (st100 + 1);
  }
  if (d > 0)
  {
    acc += r11 (d - 1, g_n[3]->val, (unsigned long) ((uintptr_t) p98 != 0));
  }
  return acc ^ (x1 ? 1UL : 0x1fd1926f6708cf6bUL);
}

struct node *f12 (struct node *n0)
{
  unsigned long acc = 765145237UL;
  struct node *p102 = gc_alloc (sizeof (struct node));
  p102->val = (unsigned long) (p102 == (g_n[3]->other ? g_n[3]->other : p102));
  p102->next = p102;
  n0->val += deep_sum (p102, 1);
  acc += f7 (p102, p102, (p102->next ? p102->next : p102), (unsigned long) ((uintptr_t) n0 != 0), p102->a[n0->a[3] & 3]);
  acc += ((g_n[2]->next ? g_n[2]->next->val : n0->val) ? p102->a[52UL & 3] : 3152384605UL);
  acc += f5 (n0, n0, (p102->val & 1 ? p102 : p102), deep_sum (n0, 0));
  n0->a[list_sum (p102) & 3] = (p102->slot ? ((struct node *) p102->slot)->val : g_n[0]->val);
  acc += cb_read (p102, list_len (n0));
  struct node *arr103[4] = { g_n[311180765UL & 3], (n0->other ? n0->other : g_n[1]), p102, n0 };
  if (((n0->slot ? ((struct node *) n0->slot)->val : p102->val) | *g_up) % 4 == 0)
  {
    acc += (g_n[2]->val * 77UL);
    void *vp104 = p102;
    p102->val += (*g_up & n0->val);
  }
  else
  {
  }
  g_acc += list_sum (n0);
  return p102;
}

struct node *f13 (struct node *n0, struct node *n1, struct node **out)
{
  unsigned long acc = 0UL;
  g_acc += n1->val;
  gc_free (n0);
  struct node *p107 = gc_alloc (sizeof (struct node));
  p107->val = deep_sum (n1, 1);
  p107->a[2] = (g_n[2]->slot ? ((struct node *) g_n[2]->slot)->val : 83UL);
  n1 = p107;
  acc += g_cb[81UL & 3] (g_n[2UL & 3], list_sum (n1));
  n1->slot = g_n[2];
  return g_n[2];
}

__attribute__ ((noinline)) struct node *f14 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 2UL;
  struct node *p110 = gc_alloc (sizeof (struct node));
  p110->val = g_n[1]->val;
  p110->a[2] = (n0->val + 0x425574250b7837dbUL);
  { struct node *volatile vol = p110; acc += vol->val; }
  acc += n0->a[(p110->a[2] - 0x640410694d210d4aUL) & 3];
  for (unsigned long i111 = 0; i111 < 4; i111++)
  {
    struct node *p112 = gc_alloc (sizeof (struct node));
    p112->a[2] = deep_sum (n0, 2);
    p112->next = p110;
    p110 = p112;
  }
  x0 = g_n[0]->val;
  n0 = f13 (p110, p110, &n0);
  if ((p110->a[3] / (g_n[3]->val | 1)) % 5 == 1) return p110;
  if (x0 % 3 == 1) return (p110->next ? p110->next : p110);
  p110->a[p110->val & 3] = (p110->next ? p110->next->val : g_n[2]->val);
  if (list_len ((p110->other ? p110->other : n0)) % 2 == 0)
  {
    g_acc += list_sum (n0);
    n0->a[list_len (p110) & 3] = list_len ((n0->next ? n0->next : n0));
  }
  else
  {
    printf ("f14.3 %lu\n", acc);
    unsigned long *b113 = gc_alloc (64);
    b113[0] = x0;
    b113[1] = (0x4e2c7eb311c85668UL ^ p110->val);
    b113[2] = x0;
  }
  gc_free (n0);
  __asm__ volatile ("" : : "r" (p110) : "memory");
  return p110;
}

static struct node *r15 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 0x48fbbbb006157819UL;
  if (d == 0)
    return n0;
  struct node *p118 = gc_alloc (sizeof (struct node));
  p118->val += *g_up;
  if ((x1 << (x0 & 63)) % 2 == 0)
  {
    acc += f5 ((1532530155UL & 1 ? n0 : n1), p118, (x1 & 1 ? n1 : n1), (n0->a[1] & 3738707221UL));
    struct node s119 = { 0 };
    s119.val = g_n[1]->val;
  }
  n1->val += (n0->slot ? ((struct node *) n0->slot)->val : n0->a[g_n[2]->val & 3]);
  if ((1UL + p118->a[2]) % 5 == 1) return n0;
  if ((unsigned long) (n1 == (g_n[3]->val & 1 ? g_n[1] : n1)) % 2 == 1)
  {
  }
  else
  {
    if ((p118->next ? p118->next->val : deep_sum (n1, 1)) % 4 == 0)
    {
      p118->slot = n0;
    }
    else
    {
      if ((x0 / (x1 | 1)) % 6 == 1) return n0;
      for (unsigned long i120 = 0; i120 < 3; i120++)
      {
        struct node *p121 = NEW (struct node);
        p121->next = (g_n[1]->val & 1 ? n0 : n1);
        *out = n0;
      }
      acc += f7 (p118, n0, n0, (unsigned long) (g_n[2] == n1), x1);
    }
  }
  if (d > 0)
  {
    acc += r16 (d - 1, (n0->next ? n0->next : n0), (n1->next ? n1->next : n1), p118->a[g_n[2]->val & 3]);
  }
  return n0;
}

static unsigned long r16 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 0x3921c55a4854cef5UL;
  if (d == 0)
    return acc;
  { unsigned long *q = &n0->a[1]; *q ^= (unsigned long) (n1 == n0); }
  struct node *p125 = gc_alloc (sizeof (struct node));
  p125->val = list_len (n0);
  p125->next = (p125->next ? p125->next : p125);
  for (unsigned long i126 = 0; i126 < 4; i126++)
  {
    struct node *p127 = gc_alloc (sizeof (struct node));
    p127->next = n1;
    x0 = f8 (g_n[3], g_n[p125->val & 3]);
  }
  p125->slot = (g_n[3]->next ? g_n[3]->next : g_n[1]);
  { unsigned long *q = &p125->a[3]; *q ^= (g_n[3]->val << (g_n[0]->a[2] & 63)); }
  void *vp128 = n1;
  struct node *arr129[4] = { ((struct node *) vp128), (n0->next ? n0->next : p125), (p125->next ? p125->next : n0), p125 };
  acc = mix (acc, (n0->slot ? ((struct node *) n0->slot)->val : g_n[2]->val));
  struct node *p130 = gc_calloc (1, sizeof (struct node));
  p130->val = 1715422376UL;
  p130->next = p130;
  acc = mix (acc, (g_n[0]->val | x0));
  unsigned long *b131 = gc_alloc (96);
  b131[0] = arr_sum (arr129, 4);
  b131[2] = (b131[1] * x0);
  b131[3] = (unsigned long) ((uintptr_t) n0 != 0);
  for (unsigned long i132 = 0; i132 < 3; i132++)
  {
    g_n[2] = p130;
    acc += (p125->next ? p125->next->val : i132);
  }
  if (d > 0)
  {
    n0 = r15 (d - 1, p130, ((struct node *) vp128), deep_sum (p125, 0), deep_sum (p130, 1), &n0);
  }
  return acc ^ deep_sum (n0, 1);
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
  unsigned long acc = 17UL;
  struct node *p133 = NEW (struct node);
  p133->val = p133->val;
  p133->a[0] = (p133->next ? p133->next->val : p133->val);
  p133 = p133;
  if (((0x65dae6b44d87a739UL * 3760767054UL) - 46UL) % 2 == 0)
  {
  }
  struct node *arr134[4] = { g_n[1], p133, g_n[2UL & 3], p133 };
  if (arr_sum (arr134, 4) % 4 == 0)
  {
    p133->a[(0x5cb727466b07b7ebUL << (p133->val & 63)) & 3] = (list_len (p133) ? p133->a[p133->a[3] & 3] : 0x3a82cff44649a9a2UL);
    acc += f8 (g_n[0], p133);
    struct node *arr135[4] = { (g_n[1]->other ? g_n[1]->other : g_n[3]), g_n[3], g_n[0], g_n[3] };
  }
  else
  {
    p133->other = p133;
    acc += f5 ((0x1187d1ba6575a3aeUL & 1 ? p133 : p133), p133, p133, (p133->val + p133->val));
    acc += r11 ((p133->val - 50UL) % 4, 1UL, (unsigned long) ((uintptr_t) p133 != 0));
  }
  for (unsigned long i136 = 0; i136 < 3; i136++)
  {
    p133->other = (p133->other ? p133->other : p133);
    g_up = &g_n[1]->a[2];
  }
  for (unsigned long i137 = 0; i137 < 5; i137++)
  {
  }
  unsigned long st138 = 0;
  for (struct node *q = g_n[st138 & 3]; q && st138 < 8; q = q->next, st138++)
    acc += q->val * (st138 + 1);
  arr134[(unsigned long) ((uintptr_t) p133 != 0) & 3] = g_n[p133->val & 3];
  for (unsigned long i139 = 0; i139 < 3; i139++)
  {
    struct node *p140 = gc_alloc (sizeof (struct node));
    p140->val = ((p133->val ^ 3640797103UL) + list_sum (p140));
    acc += f7 ((50UL & 1 ? p133 : p133), (g_n[3]->other ? g_n[3]->other : g_n[2]), g_n[2], (unsigned long) (p133 == p133), (i139 / (2946343541UL | 1)));
  }
  acc += r1 ((1UL | p133->val) % 4, &p133);
  printf ("main.r1 %lu\n", acc);
  p133 = r2 ((g_n[1]->val ? st138 : st138) % 4, (g_n[0]->next ? g_n[0]->next : g_n[2]));
  printf ("main.r2 %lu\n", acc);
  f6 ((st138 & 1 ? p133 : p133), (p133->next ? p133->next : p133), p133->a[0]);
  printf ("main.f6 %lu\n", acc);
  p133 = f9 ((p133->other ? p133->other : p133), g_n[3], (struct pair) { g_n[st138 & 3], g_n[3] });
  printf ("main.f9 %lu\n", acc);
  p133 = f10 ((st138 - p133->val));
  printf ("main.f10 %lu\n", acc);
  struct node *p141 = f12 ((59UL & 1 ? p133 : p133));
  printf ("main.f12 %lu\n", acc);
  struct node *p142 = f14 (g_n[0], arr_sum (arr134, 4));
  printf ("main.f14 %lu\n", acc);
  p133 = r15 ((0UL - st138) % 4, (g_n[1]->other ? g_n[1]->other : g_n[2]), (p133->next ? p133->next : g_n[3]), g_n[0]->val, *g_up, &p133);
  printf ("main.r15 %lu\n", acc);
  acc += r16 (list_sum (p133) % 4, p133, p133, g_n[1]->a[77UL & 3]);
  printf ("main.r16 %lu\n", acc);
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

/* FAIL (-O2 stdout-differs) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O2" testsuite/fuzz/failures/seed-1113.c */
/* gcc-escape fuzz program, seed 1113: testsuite/fuzz/gen 1113 */
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

static void f0 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
void f1 (struct node *n0, struct node *n1, unsigned long x0);
struct node *f2 (struct node *n0, unsigned long x0, unsigned long x1);
struct node *f3 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static unsigned long r4 (unsigned long d, struct node *n0);
static unsigned long r5 (unsigned long d, struct node *n0, struct node *n1, struct node *n2);
static struct node *f6 (struct node *n0, struct node *n1, struct node *n2, struct pair pr);
static unsigned long f7 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
unsigned long f8 (struct node *n0, struct node *n1);
static struct node *f9 (struct node *n0, struct node *n1, unsigned long x0);
static unsigned long f10 (struct node *n0, struct node *n1, unsigned long x0);
static void f11 (unsigned long x0);
static void r12 (unsigned long d, struct node *n0, struct node *n1);
static unsigned long r13 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1);
void f14 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
void f15 (unsigned long x0);
static struct node *f16 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
struct node *f17 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr);
static void f18 (unsigned long x0, unsigned long x1);

static void f0 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 96UL;
  struct node *p5 = gc_alloc (sizeof (struct node));
  p5->val = ((x0 % (g_n[1]->val | 1)) * list_sum (n0));
  struct node **v6 = gc_alloc (4 * sizeof (struct node *));
  v6[0] = (1090487881UL & 1 ? g_n[0] : n2);
  v6[2] = (v6[1] ? v6[1] : p5);
  v6[3] = (n1->next ? n1->next : p5);
  unsigned long st7 = 0;
  for (struct node *q = (g_n[1]->val & 1 ? n1 : n1); q && st7 < 8; q = q->next, st7++)
    acc += q->val * (st7 + 1);
  if (list_sum (n0) % 3 == 1)
  {
    g_h.p = n0;
  }
  else
  {
    struct node *p8 = gc_alloc (sizeof (struct node));
    p8->val = (n2->next ? n2->next->val : (g_n[2]->val / (n1->a[3] | 1)));
    p8->next = (n0->other ? n0->other : p8);
  }
  v6[st7 & 3] = (n0->next ? n0->next : n2);
  struct node *w9 = n2;
  for (unsigned long i10 = 0; i10 < 5; i10++)
  {
    w9 = gc_alloc (sizeof (struct node));
    w9->val = i10 * (n0->next ? n0->next->val : st7);
    acc += w9->val + list_sum (w9);
  }
  unsigned long st11 = 0;
  for (struct node *q = (g_n[1]->next ? g_n[1]->next : w9); q && st11 < 8; q = q->next, st11++)
    acc += q->val * (st11 + 1);
  acc += apply (cb_keep, n0, (n1->a[0] - n1->val));
  for (unsigned long i12 = 0; i12 < 3; i12++)
  {
    struct node *p13 = gc_alloc (sizeof (struct node));
    p13->val = g_n[x0 & 3]->a[(unsigned long) (p13 == n2) & 3];
    { unsigned long *q = &p5->a[1]; *q ^= (unsigned long) (p13 == p5); }
  }
  g_acc ^= acc;
}

void f1 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 0UL;
  struct node *p17 = gc_alloc (sizeof (struct node));
  p17->val = n1->a[(p17->val | x0) & 3];
  unsigned long st18 = 0;
  for (struct node *q = (n0->other ? n0->other : g_n[0]); q && st18 < 8; q = q->next, st18++)
    acc += q->val * (st18 + 1);
  n0->a[(unsigned long) (n0 == n1) & 3] = (unsigned long) (n1 == n0);
  if (n1 != n0)
    memcpy (n1, n0, sizeof (struct node));
  g_h.p = (n0->next ? n0->next : n0);
  p17->next = n0;
  g_acc ^= acc;
}

__attribute__ ((noinline)) struct node *f2 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2UL;
  struct node *p22 = gc_alloc (sizeof (struct node));
  p22->val = x1;
  p22->next = p22;
  p22->val += g_n[3]->val;
  f1 (g_n[1], p22, x1);
  struct node *p23 = gc_alloc (sizeof (struct node));
  p23->val = (p23->val ? x1 : x0);
  g_list->other = (p23->next ? p23->next : g_n[2]);
  f1 (p23, p22, p23->val);
  struct node s24 = { 0 };
  s24.val = (x0 / (x0 | 1));
  s24.next = p22;
  for (unsigned long i25 = 0; i25 < 4; i25++)
  {
    struct node *p26 = gc_alloc (64);
    p26->val = g_acc;
    p26->a[1] = list_sum (p26);
    p26->next = g_n[x1 & 3];
    if ((unsigned long) (p26 == (x1 & 1 ? n0 : n0)) % 4 == 0)
    {
      struct node **v27 = gc_alloc (4 * sizeof (struct node *));
      v27[1] = (i25 & 1 ? p23 : p23);
      v27[3] = p23;
      v27[(p23->val & 83UL) & 3] = (n0->a[2] & 1 ? p23 : p23);
    }
    unsigned long st28 = 0;
    for (struct node *q = n0; q && st28 < 8; q = q->next, st28++)
      acc += q->val * (st28 + 1);
    for (unsigned long i29 = 0; i29 < 2; i29++)
    {
      unsigned long *b30 = gc_calloc (8 + ((i25 - p22->val) & 3), sizeof (unsigned long));
      b30[2] = (n0->slot ? ((struct node *) n0->slot)->val : p22->a[0]);
    }
  }
  return p23;
}

struct node *f3 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 2UL;
  f1 ((n2->next ? n2->next : n2), n1, (x0 ^ g_n[0]->val));
  x0 = (unsigned long) ((uintptr_t) n2 != 0);
  n2->slot = (g_n[3]->val & 1 ? n1 : n1);
  n2->a[(n1->a[3] * 2841768156UL) & 3] = 1106126533UL;
  acc += g_n[1]->val;
  g_list = g_n[3];
  acc = mix (acc, (g_n[0]->a[0] + n0->val));
  if (n2 != g_n[2])
    memcpy (n2, g_n[2], sizeof (struct node));
  n1->next = (n0->a[0] & 1 ? n1 : g_n[0]);
  struct node *arr35[4] = { (x0 & 1 ? n2 : n1), n0, n2, n1 };
  printf ("f3.0 %lu\n", acc);
  { unsigned long *q = &n1->a[2]; *q ^= (n2->slot ? ((struct node *) n2->slot)->val : n1->a[0]); }
  acc += (unsigned long) ((uintptr_t) n2 != 0);
  return n1;
}

static inline unsigned long r4 (unsigned long d, struct node *n0)
{
  unsigned long acc = 40UL;
  if (d == 0)
    return acc;
  struct node *p37 = gc_alloc (sizeof (struct node));
  p37->val = (unsigned long) ((uintptr_t) p37 != 0);
  p37->other = n0;
  unsigned long u38 = ((n0->val / (p37->a[2] | 1)) ? u38 : (u38 + 0x66c100aa365b5d98UL));
  n0 = f2 ((p37->other ? p37->other : n0), g_n[3]->val, p37->a[1]);
  acc += list_len (n0);
  if ((unsigned long) (n0 == p37) % 2 == 1)
  {
    n0 = (n0->next ? n0->next : n0);
  }
  else
  {
    for (unsigned long i39 = 0; i39 < 6; i39++)
    {
      struct node *p40 = gc_alloc (64);
      p40->val = (unsigned long) ((uintptr_t) p40 != 0);
      p40->next = p40;
      p40->next = n0;
      if (((unsigned long) (n0 == n0) - 2UL) % 4 == 0)
      {
      }
      n0 = p40;
    }
    acc += ((p37->slot ? ((struct node *) p37->slot)->val : p37->a[3]) + (p37->val << (u38 & 63)));
    n0->val += ((unsigned long) (p37 == p37) ^ deep_sum (p37, 2));
  }
  if (d > 0)
  {
    u38 = r5 (d - 1, p37, (g_n[1]->next ? g_n[1]->next : g_n[0]), (n0->other ? n0->other : p37));
  }
  return acc ^ (g_n[2]->val ? n0->a[0] : u38);
}

static unsigned long r5 (unsigned long d, struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 0x5f808f38728020a5UL;
  if (d == 0)
    return acc;
  struct node *p44 = gc_calloc (1, sizeof (struct node));
  p44->val = g_acc;
  p44->a[2] = n1->val;
  p44->next = g_n[0];
  unsigned long *b45 = gc_alloc (64);
  b45[0] = deep_sum (n2, 1);
  b45[1] = n1->val;
  b45[2] = p44->a[1UL & 3];
  struct node *p46 = f2 ((p44->next ? p44->next : p44), 0x3418af44411c7db0UL, deep_sum (n1, 0));
  unsigned long *b47 = gc_alloc (96);
  b47[1] = n2->val;
  b47[2] = 1UL;
  struct node *w48 = n2;
  for (unsigned long i49 = 0; i49 < 5; i49++)
  {
    w48 = gc_alloc (sizeof (struct node));
    w48->val = i49 * (i49 ^ 0x3d7411627992fa4dUL);
    acc += w48->val + list_sum (w48);
  }
  struct node *arr50[4] = { p44, (0x7972d688123ed7b2UL & 1 ? p44 : p44), g_n[p46->val & 3], w48 };
  for (unsigned long i51 = 0; i51 < 5; i51++)
  {
    struct node *p52 = gc_alloc (sizeof (struct node));
    p52->val = ((b45[0] + i51) - list_sum (p46));
    p52->next = p44;
    p44 = p52;
  }
  __asm__ volatile ("" : : "r" (n1) : "memory");
  struct node **v53 = gc_alloc (4 * sizeof (struct node *));
  v53[3] = p46;
  if (n2->a[0] % 3 == 1)
  {
    f1 ((n2->a[0] & 1 ? p46 : p46), g_n[3], (n1->a[0] << (n1->a[2] & 63)));
    f1 (p46, p44, (0x4c8dec38773bcdfbUL + p44->val));
    if (d > 0)
    {
      acc += r4 (d - 1, (v53[0] ? v53[0] : w48));
    }
  }
  else
  {
    v53[(n1->slot ? ((struct node *) n1->slot)->val : b45[2]) & 3] = g_n[3];
  }
  struct node *p54 = gc_alloc (sizeof (struct node));
  p54->val = (deep_sum (g_n[2], 2) + 2UL);
  struct node *p55 = gc_alloc (sizeof (struct node));
  p55->next = (g_n[3]->a[0] & 1 ? n1 : p54);
  unsigned long st56 = 0;
  for (struct node *q = n1; q && st56 < 8; q = q->next, st56++)
    acc += q->val * (st56 + 1);
  if (d > 0)
  {
    acc += r4 (d - 1, (p55->next ? p55->next : w48));
  }
  qsort (arr50, 4, sizeof arr50[0], cmp_nodes);
  return acc ^ b47[1UL & 3];
}

static inline struct node *f6 (struct node *n0, struct node *n1, struct node *n2, struct pair pr)
{
  unsigned long acc = 1UL;
  struct node *p60 = pr.b;
  f1 (n1, (g_n[3]->next ? g_n[3]->next : n1), (n0->next ? n0->next->val : p60->val));
  f0 (n1, n0, g_n[n0->a[1] & 3], (n0->next ? n0->next->val : g_n[1]->val));
  void *vp61 = g_n[3];
  for (unsigned long i62 = 0; i62 < 5; i62++)
  {
    struct node *p63 = gc_calloc (1, sizeof (struct node));
    p63->val = (i62 + n0->val);
    p63->next = n0;
    unsigned long u64 = (p63->next ? p63->next->val : list_sum (n0));
    struct node **v65 = gc_alloc (4 * sizeof (struct node *));
    v65[2] = p63;
    p60->next = n0;
  }
  for (unsigned long i66 = 0; i66 < 2; i66++)
  {
    struct node *p67 = gc_alloc (sizeof (struct node));
    p67->val = (unsigned long) ((uintptr_t) n2 != 0);
    struct node *p68 = f2 ((n0->a[2] & 1 ? p67 : p67), (i66 / (i66 | 1)), n1->val);
    struct node *p69 = NEW (struct node);
    p69->val = i66;
    p69->next = n1;
    struct node *p70 = gc_calloc (1, sizeof (struct node));
    p70->val = list_sum ((g_n[3]->val & 1 ? n2 : n1));
    p70->a[1] = ((struct node *) vp61)->val;
    p70->next = g_n[0];
    struct node s71 = { 0 };
    s71.val = list_sum (p60);
    s71.next = (i66 & 1 ? n1 : p70);
  }
  for (unsigned long i72 = 0; i72 < 2; i72++)
  {
  }
  return n1;
}

static unsigned long f7 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1UL;
  struct node **v78 = gc_alloc (4 * sizeof (struct node *));
  v78[1] = g_n[x1 & 3];
  v78[2] = n1;
  n2 = n0;
  for (unsigned long i79 = 0; i79 < 4; i79++)
  {
    struct node *p80 = gc_alloc (sizeof (struct node));
    p80->val = (n0->val ^ (x0 ? p80->val : g_n[3]->val));
    p80->next = n1;
    { unsigned long *q = &p80->a[2]; *q ^= (n0->val << (2UL & 63)); }
    x1 = g_n[0]->val;
  }
  unsigned long *b81 = gc_alloc (32);
  b81[0] = (x0 * 0UL);
  n0 = f6 (n0, n1, n0, (struct pair) { n1, n2 });
  printf ("f7.1 %lu\n", acc);
  g_h.pr.b = n1;
  v78[(n1->next ? n1->next->val : x1) & 3] = n1;
  n2 = f3 (n1, n0, (v78[2] ? v78[2] : n0), b81[x1 & 3]);
  g_list->other = (x1 & 1 ? n1 : n1);
  struct node *p82 = gc_calloc (1, sizeof (struct node));
  p82->val = list_len ((b81[2] & 1 ? p82 : p82));
  return acc ^ x1;
}

unsigned long f8 (struct node *n0, struct node *n1)
{
  unsigned long acc = 2UL;
  struct node *p85 = gc_alloc (sizeof (struct node));
  p85->val = (deep_sum (p85, 0) >> (1294305403UL & 63));
  acc += ((2UL - 0xb5b480a67813d57UL) >> ((g_n[2]->val / (g_n[3]->val | 1)) & 63));
  gc_free (n1);
  if ((n0->next ? n0->next->val : 3583856826UL) % 7 == 1) return acc ^ 2UL;
  n0->next = (57UL & 1 ? n1 : n1);
  p85->other = p85;
  struct node *p86 = gc_alloc (64);
  p86->val = list_len (n1);
  if (p85 != p85)
    memcpy (p85, p85, sizeof (struct node));
  p86 = (p85->other ? p85->other : n1);
  return acc ^ n1->a[0x6cb394fa65603278UL & 3];
}

static inline struct node *f9 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 47UL;
  g_acc += ((unsigned long) (n0 == n1) << ((n0->next ? n0->next->val : g_n[3]->val) & 63));
  acc += f8 (n1, n1);
  n0 = n1;
  acc += ((x0 >> (g_n[1]->val & 63)) >> (list_len (n1) & 63));
  x0 = list_sum ((3UL & 1 ? n0 : n0));
  for (unsigned long i90 = 0; i90 < 5; i90++)
  {
    struct node *p91 = gc_alloc (sizeof (struct node));
    p91->val = ((n0->a[1] - x0) << (x0 & 63));
    p91->a[0] = i90;
    p91->next = n0;
    p91->next = n0;
    n0 = p91;
  }
  printf ("f9.2 %lu\n", acc);
  { struct node *volatile vol = n0; acc += vol->val; }
  return n1;
}

static unsigned long f10 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 0x2cef0f47029ba6b6UL;
  for (unsigned long i95 = 0; i95 < 4; i95++)
  {
    struct node *p96 = gc_alloc (sizeof (struct node));
    p96->a[3] = (x0 ^ x0);
  }
  acc = mix (acc, n0->val);
  acc += g_n[0]->val;
  acc += n1->a[(n0->next ? n0->next->val : g_n[0]->val) & 3];
  return acc ^ n1->a[g_n[1]->val & 3];
}

static void f11 (unsigned long x0)
{
  unsigned long acc = 0x4a795f723d8757f7UL;
  struct node *p98 = NEW (struct node);
  p98->val = list_sum (p98);
  p98->next = p98;
  for (unsigned long i99 = 0; i99 < 1; i99++)
  {
    p98->slot = g_n[1];
  }
  g_h.pr.b = g_n[2];
  struct node *arr100[4] = { g_n[2], g_n[3], g_n[3], g_n[1] };
  x0 = f7 (arr100[p98->val & 3], arr100[475140739UL & 3], p98, list_len (g_n[2]), p98->val);
  struct node **v101 = gc_alloc (4 * sizeof (struct node *));
  v101[0] = g_n[2];
  v101[2] = (g_n[3]->val & 1 ? g_n[1] : g_n[0]);
  v101[3] = arr100[42UL & 3];
  printf ("f11.3 %lu\n", acc);
  if ((p98->a[2] & x0) % 3 == 1) return;
  v101[(p98->a[0] % (p98->val | 1)) & 3] = (v101[1] ? v101[1] : g_n[2]);
  acc += list_sum (p98);
  g_acc ^= acc;
}

static void r12 (unsigned long d, struct node *n0, struct node *n1)
{
  unsigned long acc = 1219798352UL;
  if (d == 0)
    return;
  unsigned long st104 = 0;
  for (struct node *q = g_n[0]; q && st104 < 8; q = q->next, st104++)
    acc += q->val * (st104 + 1);
  struct node *w105 = n1;
  for (unsigned long i106 = 0; i106 < 3; i106++)
  {
    w105 = gc_alloc (sizeof (struct node));
    w105->val = i106 * 90UL;
    acc += w105->val + list_sum (w105);
  }
  for (unsigned long i107 = 0; i107 < 1; i107++)
  {
    struct node *p108 = gc_alloc (sizeof (struct node));
    p108->val = (p108->next ? p108->next->val : st104);
    p108->a[3] = i107;
    p108->next = g_n[3];
    p108->next = w105;
    w105 = p108;
  }
  acc += deep_sum ((n1->other ? n1->other : n0), 2);
  printf ("r12.4 %lu\n", acc);
  acc += (unsigned long) ((uintptr_t) n1 != 0);
  acc += 1UL;
  if (w105 != w105)
    memcpy (w105, w105, sizeof (struct node));
  acc += f8 (g_n[st104 & 3], n1);
  unsigned long *b109 = gc_calloc (8 + (g_acc & 3), sizeof (unsigned long));
  b109[1] = (12UL >> (n0->val & 63));
  acc = mix (acc, st104);
  struct node *arr110[4] = { (g_n[0]->next ? g_n[0]->next : g_n[3]), g_n[1], g_n[0], g_n[1] };
  unsigned long u111 = (unsigned long) (g_n[u111 & 3] == n1);
  for (unsigned long i112 = 0; i112 < 2; i112++)
  {
    struct node *p113 = gc_alloc (sizeof (struct node));
    p113->val = list_sum ((w105->next ? w105->next : n1));
    n0->a[(unsigned long) ((uintptr_t) p113 != 0) & 3] = list_len ((p113->other ? p113->other : n0));
    w105->next = (b109[0] & 1 ? w105 : g_n[1]);
    p113->a[(b109[2] & st104) & 3] = b109[(p113->next ? p113->next->val : 0x3e99ff1e3b55dc60UL) & 3];
    arr110[deep_sum (n1, 1) & 3] = (g_n[2]->other ? g_n[2]->other : g_n[3]);
  }
  struct node *arr114[4] = { arr110[b109[2] & 3], arr110[u111 & 3], (g_n[1]->other ? g_n[1]->other : w105), n0 };
  if (d > 0)
  {
    u111 = r13 (d - 1, n0, (w105->val << (g_n[2]->val & 63)), (n1->val % (95UL | 1)));
  }
  g_acc ^= acc;
}

static inline unsigned long r13 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2901569594UL;
  if (d == 0)
    return acc;
  struct node *p118 = gc_alloc (sizeof (struct node));
  p118->next = (p118->other ? p118->other : n0);
  struct node *p119 = gc_alloc (sizeof (struct node));
  p119->val = ((x0 * x0) ^ p118->a[3]);
  p119->a[0] = n0->a[n0->val & 3];
  p119->slot = p119;
  for (unsigned long i120 = 0; i120 < 3; i120++)
  {
    struct node *p121 = NEW (struct node);
    p121->val = x0;
    p121->next = n0;
    n0 = p121;
  }
  if (p118 != g_n[0])
    memcpy (p118, g_n[0], sizeof (struct node));
  struct node *p122 = gc_alloc (64 + ((x1 * x0) & 7));
  p122->val = x1;
  p122->next = p122;
  n0 = (3UL & 1 ? n0 : p122);
  g_acc += (p119->val ? p119->val : g_n[1]->val);
  struct node *p123 = NEW (struct node);
  p123->val = (unsigned long) ((uintptr_t) (g_n[0]->val & 1 ? p123 : g_n[0]) != 0);
  struct node *p124 = gc_alloc (64);
  p124->val = (deep_sum (n0, 2) * (p123->next ? p123->next->val : x0));
  struct node *p125 = gc_alloc (64);
  p125->val = (x1 << ((p118->slot ? ((struct node *) p118->slot)->val : g_n[0]->val) & 63));
  acc += ((x1 | p119->val) << (deep_sum (p123, 1) & 63));
  p123 = p119;
  if (d > 0)
  {
    r12 (d - 1, p125, g_n[p125->a[2] & 3]);
  }
  return acc ^ g_n[0]->val;
}

void f14 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2508633503UL;
  struct node *p130 = NEW (struct node);
  p130->val = p130->a[2515675146UL & 3];
  p130->a[0] = (p130->val / (g_n[0]->val | 1));
  struct node *w131 = n1;
  for (unsigned long i132 = 0; i132 < 3; i132++)
  {
    w131 = gc_alloc (sizeof (struct node));
    w131->val = i132 * 0x48b9013b06bab118UL;
    acc += w131->val + list_sum (w131);
  }
  acc += f7 (n0, (p130->val & 1 ? n0 : n1), (p130->other ? p130->other : w131), g_acc, 2UL);
  struct node *p133 = gc_calloc (1, sizeof (struct node));
  p133->val = (unsigned long) (p130 == p133);
  p133->a[1] = (g_n[1]->val | g_n[0]->val);
  p133->next = p133;
  if ((unsigned long) (w131 == n1) % 3 == 0)
  {
    printf ("f14.5 %lu\n", acc);
    w131->next = (w131->other ? w131->other : p133);
    x0 = r13 (n0->val % 4, (p133->next ? p133->next : p130), x0, (w131->a[0] << (p133->val & 63)));
  }
  else
  {
    unsigned long *b134 = gc_alloc (64);
    b134[1] = n1->a[1];
    b134[2] = x1;
    b134[3] = list_sum (g_n[1]);
    for (unsigned long i135 = 0; i135 < 2; i135++)
    {
      if (list_len (w131) % 2 == 0)
      {
        acc += ((b134[1] ^ 0x39ac967c4d806699UL) >> ((n1->val / (i135 | 1)) & 63));
        acc = mix (acc, 0x52329363452da5feUL);
        { unsigned long *q = &p130->a[0]; *q ^= n0->a[g_n[3]->val & 3]; }
      }
      else
      {
        struct node *arr136[4] = { p130, p130, (n1->other ? n1->other : n0), g_n[0] };
        acc += (unsigned long) ((p130->next ? p130->next : p133) == n0);
      }
      unsigned long u137 = n0->a[1];
      for (unsigned long i138 = 0; i138 < 4; i138++)
      {
        struct node *p139 = gc_alloc (sizeof (struct node));
        p139->val = ((unsigned long) ((uintptr_t) p139 != 0) + (p130->slot ? ((struct node *) p130->slot)->val : 0UL));
      }
    }
  }
  g_acc ^= acc;
}

void f15 (unsigned long x0)
{
  unsigned long acc = 1UL;
  struct node *p141 = NEW (struct node);
  p141->a[3] = g_acc;
  p141->next = g_n[1];
  if ((unsigned long) ((uintptr_t) p141 != 0) % 3 == 0)
  {
  }
  else
  {
    acc += f7 (g_n[1], g_n[3], p141, (p141->a[1] + p141->val), (p141->next ? p141->next->val : p141->val));
  }
  struct node s142 = { 0 };
  s142.val = x0;
  s142.next = (p141->next ? p141->next : p141);
  struct node *w143 = p141;
  for (unsigned long i144 = 0; i144 < 3; i144++)
  {
    w143 = gc_alloc (sizeof (struct node));
    w143->val = i144 * p141->a[0UL & 3];
    acc += w143->val + list_sum (w143);
  }
  acc += r13 (list_len (p141) % 4, g_n[w143->a[3] & 3], w143->a[3], list_sum (&s142));
  g_acc ^= acc;
}

static __attribute__ ((noinline)) struct node *f16 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 2UL;
  n0->a[deep_sum (n0, 2) & 3] = (4UL % (2855947309UL | 1));
  acc += g_cb[(unsigned long) ((uintptr_t) n1 != 0) & 3] ((g_n[3]->val & 1 ? n2 : n2), n1->a[3]);
  n0 = n2;
  unsigned long *b149 = gc_alloc (32);
  b149[0] = (n1->a[2] + n1->a[1]);
  b149[2] = list_len (n1);
  printf ("f16.6 %lu\n", acc);
  acc += g_acc;
  acc += b149[list_len (n1) & 3];
  printf ("f16.7 %lu\n", acc);
  g_acc += g_acc;
  g_n[1]->next = n2;
  struct node s150 = { 0 };
  s150.val = (unsigned long) (n1 == n0);
  s150.next = (s150.next ? s150.next : n2);
  struct node *p151 = gc_alloc (64);
  p151->val = b149[n0->a[2] & 3];
  p151->a[0] = (g_n[3]->a[2] - x0);
  unsigned long u152 = g_acc;
  p151->a[(p151->next ? p151->next->val : 0UL) & 3] = ((2057644651UL >> (18UL & 63)) ^ (unsigned long) (n1 == n1));
  f1 (g_n[n0->val & 3], (p151->other ? p151->other : n0), b149[26UL & 3]);
  f15 (list_sum (n0));
  if (20UL % 3 == 1)
  {
    struct node *w153 = p151;
    for (unsigned long i154 = 0; i154 < 1; i154++)
    {
      w153 = gc_alloc (sizeof (struct node));
      w153->val = i154 * n1->a[0];
      acc += w153->val + list_sum (w153);
    }
  }
  return n0;
}

__attribute__ ((noinline)) struct node *f17 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr)
{
  unsigned long acc = 2UL;
  struct node *p159 = pr.b;
  struct node s160 = { 0 };
  s160.val = list_sum (&s160);
  n2->val += (unsigned long) ((uintptr_t) n2 != 0);
  g_list->other = (3UL & 1 ? p159 : p159);
  printf ("f17.8 %lu\n", acc);
  if ((n1->val / ((n0->val + x0) | 1)) % 3 == 0)
  {
    printf ("f17.9 %lu\n", acc);
    acc += f8 ((n0->other ? n0->other : p159), p159);
  }
  else
  {
    for (unsigned long i161 = 0; i161 < 5; i161++)
    {
      struct node *p162 = gc_alloc (sizeof (struct node));
      p162->val = (n2->val * (unsigned long) (p159 == n2));
      p162->a[3] = x0;
      { unsigned long *q = &n1->a[1]; *q ^= 0x6cdb05e65c613a49UL; }
      acc = mix (acc, (n2->val << (n0->a[1] & 63)));
    }
  }
  return p159;
}

static void f18 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x4d5a1c9d20bda760UL;
  struct node *p165 = gc_alloc (sizeof (struct node));
  p165->val = ((p165->slot ? ((struct node *) p165->slot)->val : x0) * (81UL - p165->val));
  p165->next = (x0 & 1 ? p165 : p165);
  { unsigned long *q = &p165->a[0]; *q ^= (x0 + x0); }
  if ((p165->a[1UL & 3] * p165->a[3]) % 4 == 0)
  {
    g_acc += (p165->a[x1 & 3] / ((0x7cdc9c3b5ee1ee55UL * x1) | 1));
  }
  g_n[2]->next = g_n[2];
  if (g_acc % 4 == 0)
  {
    for (unsigned long i166 = 0; i166 < 3; i166++)
    {
      void *vp167 = g_n[0];
    }
  }
  else
  {
    p165->slot = g_n[g_n[0]->val & 3];
  }
  for (unsigned long i168 = 0; i168 < 1; i168++)
  {
    struct node *p169 = gc_alloc (sizeof (struct node));
    p169->val = ((p165->next ? p165->next->val : x1) >> (list_sum (p165) & 63));
    p165->a[(i168 >> (x1 & 63)) & 3] = (unsigned long) ((uintptr_t) p169 != 0);
    f11 (list_len (p169));
    printf ("f18.10 %lu\n", acc);
  }
  struct node s170 = { 0 };
  s170.val = 67UL;
  s170.next = g_n[3];
  s170.other = p165;
  acc += f10 ((s170.next ? s170.next : p165), (x1 & 1 ? g_n[2] : g_n[3]), 27UL);
  unsigned long st171 = 0;
  for (struct node *q = g_n[90UL & 3]; q && st171 < 8; q = q->next, st171++)
    acc += q->val * (st171 + 1);
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
  unsigned long acc = 1113UL;
  struct node *p172 = gc_alloc (sizeof (struct node));
  p172->val = ((p172->next ? p172->next->val : g_n[2]->val) ^ 86UL);
  struct node *p173 = gc_alloc (64);
  p173->val = 4117908983UL;
  p173->a[3] = (g_n[1]->val | p172->a[3]);
  p173->next = (p173->other ? p173->other : p173);
  struct node *p174 = gc_alloc (sizeof (struct node));
  p174->val = ((p172->a[0] ? 0x2bbcd0132d1efe70UL : p174->val) ? (p174->next ? p174->next->val : 1630593107UL) : (p174->next ? p174->next->val : p173->val));
  p174->next = p173;
  for (unsigned long i175 = 0; i175 < 2; i175++)
  {
    struct node *p176 = gc_alloc (sizeof (struct node));
    p176->val = p173->val;
    p176->next = p174;
    p174 = p176;
  }
  f15 (p172->val);
  struct node *p177 = gc_alloc (64);
  p177->val = (g_n[3]->val * 3535832335UL);
  p177->a[2] = 76UL;
  p177->other = p174;
  struct node *p178 = gc_alloc (sizeof (struct node));
  p178->a[1] = (p174->val >> (g_n[0]->val & 63));
  p178->next = g_n[p172->val & 3];
  struct node s179 = { 0 };
  s179.val = 257493959UL;
  s179.other = p172;
  struct node **v180 = gc_alloc (4 * sizeof (struct node *));
  v180[0] = (p174->next ? p174->next : g_n[1]);
  v180[2] = p173;
  p173 = f6 (p178, (p173->next ? p173->next : p173), p172, (struct pair) { (1911477446UL & 1 ? p177 : p172), p173 });
  struct node *w181 = p178;
  for (unsigned long i182 = 0; i182 < 1; i182++)
  {
    w181 = gc_alloc (sizeof (struct node));
    w181->val = i182 * (p177->slot ? ((struct node *) p177->slot)->val : 0x619ef5146e600cd3UL);
    acc += w181->val + list_sum (w181);
  }
  acc += r4 ((p173->val | w181->val) % 4, p172);
  printf ("main.r4 %lu\n", acc);
  acc += r5 ((p174->a[1] | 0x3f5f0e14370747fcUL) % 4, p177, (p174->other ? p174->other : p173), p177);
  printf ("main.r5 %lu\n", acc);
  p178 = f9 ((p174->next ? p174->next : p177), p173, (p173->a[1] >> (2UL & 63)));
  printf ("main.f9 %lu\n", acc);
  r12 ((p177->next ? p177->next->val : 0x751a345b1ac339e6UL) % 4, (p177->next ? p177->next : g_n[0]), (p172->other ? p172->other : p174));
  printf ("main.r12 %lu\n", acc);
  f14 (p174, p174, (p172->a[0] % (3UL | 1)), 98UL);
  printf ("main.f14 %lu\n", acc);
  struct node *p183 = f16 (p173, p172, g_n[3], 0x5259c4f145c25c9fUL);
  printf ("main.f16 %lu\n", acc);
  p173 = f17 (p174, (w181->next ? w181->next : w181), p177, (1UL + 0x3d5187d669323859UL), (struct pair) { (p174->next ? p174->next : g_n[2]), p173 });
  printf ("main.f17 %lu\n", acc);
  f18 ((p173->val & p173->a[0]), (p178->slot ? ((struct node *) p178->slot)->val : p177->val));
  printf ("main.f18 %lu\n", acc);
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

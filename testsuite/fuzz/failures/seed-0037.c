/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0037.c */
/* gcc-escape fuzz program, seed 37: testsuite/fuzz/gen 37 */
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

static unsigned long f0 (struct node *n0);
struct node *f1 (struct node *n0, struct node *n1, unsigned long x0);
static void f2 (struct node *n0, struct node *n1);
static unsigned long r3 (unsigned long d);
static void r4 (unsigned long d, unsigned long x0, unsigned long x1);
static void f5 (unsigned long x0);
static void r6 (unsigned long d, struct node *n0, unsigned long x0);
unsigned long r7 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr);
struct node *f8 (struct node *n0);
static struct node *f9 (unsigned long x0, unsigned long x1);
static void f10 (unsigned long x0, unsigned long x1);
unsigned long f11 (unsigned long x0, unsigned long x1, struct pair pr);
void f12 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static void f13 (struct node *n0);

static unsigned long f0 (struct node *n0)
{
  unsigned long acc = 3873616138UL;
  n0->other = (n0->other ? n0->other : n0);
  if ((n0->next ? n0->next->val : (n0->slot ? ((struct node *) n0->slot)->val : 79UL)) % 2 == 1)
  {
    printf ("f0.0 %lu\n", acc);
    struct node **v2 = gc_alloc (4 * sizeof (struct node *));
    v2[2] = n0;
    v2[3] = n0;
    struct node **v3 = gc_alloc (4 * sizeof (struct node *));
    v3[0] = n0;
    v3[1] = n0;
    v3[2] = g_n[2];
  }
  else
  {
    void *vp4 = (n0->other ? n0->other : n0);
  }
  return acc ^ (unsigned long) (n0 == n0);
}

struct node *f1 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 3UL;
  struct node *p8 = gc_calloc (1, sizeof (struct node));
  p8->val = g_n[3]->val;
  p8->a[2] = list_sum (n1);
  if (p8 != p8)
    memcpy (p8, p8, sizeof (struct node));
  g_acc += *g_up;
  gc_free (n0);
  struct node *w9 = p8;
  for (unsigned long i10 = 0; i10 < 3; i10++)
  {
    w9 = gc_alloc (sizeof (struct node));
    w9->val = i10 * (unsigned long) ((uintptr_t) p8 != 0);
    acc += w9->val + list_sum (w9);
  }
  unsigned long st11 = 0;
  for (struct node *q = n1; q && st11 < 8; q = q->next, st11++)
    acc += q->val * (st11 + 1);
  acc += f0 (p8);
  g_acc += p8->a[w9->a[3] & 3];
  for (unsigned long i12 = 0; i12 < 2; i12++)
  {
    struct node *p13 = gc_alloc (sizeof (struct node));
    p13->val = (3UL * (71UL >> (g_n[2]->val & 63)));
    p13->a[0] = x0;
    p13->next = g_n[3];
    p8 = g_n[2];
  }
  n1->next = n0;
  x0 = f0 (p8);
  g_list = g_n[1];
  unsigned long *b14 = gc_alloc (64 + x0 % 16);
  b14[1] = list_len (n1);
  b14[2] = (b14[2] + st11);
  b14[3] = (unsigned long) (n1 == p8);
  unsigned long *b15 = gc_calloc (4, sizeof (unsigned long));
  b15[0] = b15[0];
  b15[1] = (b14[0] | b15[0]);
  b15[3] = (g_n[3]->val & 0x7e1fcfd560ec3b3cUL);
  struct node **v16 = gc_alloc (4 * sizeof (struct node *));
  v16[0] = g_n[b14[2] & 3];
  acc += g_cb[(unsigned long) ((uintptr_t) p8 != 0) & 3] ((p8->other ? p8->other : p8), (b15[0] + b14[1]));
  return p8;
}

static void f2 (struct node *n0, struct node *n1)
{
  unsigned long acc = 404079394UL;
  n0->a[deep_sum (n0, 1) & 3] = n1->a[0UL & 3];
  n1->next = (g_n[2]->val & 1 ? n1 : n1);
  if (((n0->val ? 0UL : 1UL) & 0x6265f08213d0d9c4UL) % 4 == 0)
  {
    acc += f0 (g_n[n1->val & 3]);
    g_acc += ((n1->val ? 89UL : 26UL) * (26UL + 751792218UL));
  }
  else
  {
    for (unsigned long i19 = 0; i19 < 1; i19++)
    {
      struct node *p20 = gc_alloc (64);
      p20->val = i19;
      p20->next = g_n[g_n[3]->val & 3];
      g_acc += *g_up;
    }
    { unsigned long *q = &n1->a[0]; *q ^= 3UL; }
  }
  n1->val += g_n[2]->val;
  g_acc ^= acc;
}

static inline unsigned long r3 (unsigned long d)
{
  unsigned long acc = 0UL;
  if (d == 0)
    return acc;
  struct node *p21 = NEW (struct node);
  p21->val = ((unsigned long) ((uintptr_t) p21 != 0) - (unsigned long) ((uintptr_t) p21 != 0));
  unsigned long st22 = 0;
  for (struct node *q = g_n[0]; q && st22 < 8; q = q->next, st22++)
    acc += q->val * (st22 + 1);
  p21->other = p21;
  unsigned long *b23 = gc_calloc (8, sizeof (unsigned long));
  b23[1] = (unsigned long) (p21 == p21);
  b23[2] = (st22 | p21->a[2]);
  b23[3] = deep_sum (g_n[2], 0);
  gc_free (p21);
  if (((unsigned long) ((uintptr_t) p21 != 0) ? (p21->slot ? ((struct node *) p21->slot)->val : 27609642UL) : (unsigned long) (p21 == p21)) % 4 == 0)
  {
    p21->a[b23[p21->val & 3] & 3] = (p21->val - p21->val);
    acc += cb_read (g_n[3], (unsigned long) ((uintptr_t) p21 != 0));
    struct node s24 = { 0 };
    s24.val = (unsigned long) (p21 == p21);
    s24.next = p21;
    s24.other = p21;
  }
  acc += deep_sum (p21, 2);
  struct node *w25 = p21;
  for (unsigned long i26 = 0; i26 < 3; i26++)
  {
    w25 = gc_alloc (sizeof (struct node));
    w25->val = i26 * b23[716354513UL & 3];
    acc += w25->val + list_sum (w25);
  }
  if ((unsigned long) (w25 == p21) % 4 == 0)
  {
  }
  if (d > 0)
  {
    r4 (d - 1, (g_n[1]->val / (b23[0] | 1)), (b23[1] * st22));
  }
  return acc ^ (35UL + p21->a[2]);
}

static void r4 (unsigned long d, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 76UL;
  if (d == 0)
    return;
  struct node *p29 = gc_alloc (sizeof (struct node));
  p29->val = (p29->a[0] ? (x1 + g_n[3]->val) : x1);
  p29->a[1] = g_n[2]->val;
  acc = mix (acc, (p29->a[1] * 369013567UL));
  p29->next = (p29->other ? p29->other : p29);
  p29->val += (list_sum (p29) ? g_n[3]->val : x1);
  acc += f0 ((g_n[2]->other ? g_n[2]->other : g_n[2]));
  g_acc += list_sum (p29);
  p29 = f1 ((g_n[0]->val & 1 ? p29 : p29), p29, g_n[3]->val);
  struct node s30 = { 0 };
  s30.val = x0;
  s30.next = (s30.next ? s30.next : p29);
  f2 (p29, g_n[3]);
  struct node s31 = { 0 };
  s31.val = x0;
  void *vp32 = (g_n[2]->other ? g_n[2]->other : g_n[2]);
  struct node **v33 = gc_alloc (4 * sizeof (struct node *));
  v33[0] = g_n[2];
  v33[1] = (g_n[1]->next ? g_n[1]->next : g_n[2]);
  { unsigned long *q = &p29->a[0]; *q ^= s30.a[0]; }
  g_acc += (p29->val | p29->val);
  { unsigned long *q = &p29->a[1]; *q ^= p29->val; }
  if (d > 0)
  {
    acc += r3 (d - 1);
  }
  g_acc ^= acc;
}

static void f5 (unsigned long x0)
{
  unsigned long acc = 0x49364a3c1e31b5caUL;
  struct node *p35 = gc_alloc (64);
  p35->val = (list_sum (p35) / (p35->a[2] | 1));
  p35->next = (p35->next ? p35->next : p35);
  acc += ((p35->slot ? ((struct node *) p35->slot)->val : p35->val) / ((x0 % (x0 | 1)) | 1));
  struct node **v36 = gc_alloc (4 * sizeof (struct node *));
  v36[3] = p35;
  g_list->other = p35;
  acc += list_sum (p35);
  acc += r3 ((unsigned long) (p35 == p35) % 4);
  for (unsigned long i37 = 0; i37 < 4; i37++)
  {
    struct node *p38 = gc_alloc (sizeof (struct node));
    p38->val = p35->val;
    for (unsigned long i39 = 0; i39 < 1; i39++)
    {
      struct node *p40 = gc_calloc (1, sizeof (struct node));
      p40->val = (p38->a[2] / ((87UL | g_n[0]->val) | 1));
      p40->next = g_n[0];
      if (p40 != p40)
        memcpy (p40, p40, sizeof (struct node));
      if ((unsigned long) ((uintptr_t) (p40->val & 1 ? p35 : p38) != 0) % 3 == 0)
      {
        acc += (*g_up * p38->a[p35->val & 3]);
        struct node *arr41[4] = { p35, p35, (p35->other ? p35->other : g_n[3]), g_n[p38->val & 3] };
        printf ("f5.1 %lu\n", acc);
      }
      g_list->other = p35;
      x0 = (unsigned long) ((v36[1] ? v36[1] : p40) == p38);
    }
    p35 = p35;
    g_acc += p38->a[1];
    gc_free (p35);
  }
  void *vp42 = p35;
  g_acc ^= acc;
}

static void r6 (unsigned long d, struct node *n0, unsigned long x0)
{
  unsigned long acc = 60UL;
  if (d == 0)
    return;
  struct node *p45 = gc_calloc (1, sizeof (struct node));
  p45->val = (g_n[0]->next ? g_n[0]->next->val : x0);
  acc += ((x0 / (p45->val | 1)) % ((n0->a[2] * x0) | 1));
  acc += apply (cb_bump, n0, (x0 ^ g_n[2]->val));
  g_acc += n0->a[0];
  struct node *p46 = gc_alloc (64 + (list_sum (n0) & 7));
  p46->val = list_len (g_n[x0 & 3]);
  n0->val += ((x0 % (n0->a[3] | 1)) & (p45->val * g_n[2]->val));
  struct node *p47 = gc_alloc (sizeof (struct node));
  p47->val = deep_sum (p46, 0);
  p47->a[2] = deep_sum (p45, 0);
  p47->next = g_n[0];
  p46->slot = g_n[p47->a[3] & 3];
  gc_free (p45);
  g_any = n0;
  for (unsigned long i48 = 0; i48 < 4; i48++)
  {
    struct node *p49 = NEW (struct node);
    p49->next = p47;
    g_acc += (p45->slot ? ((struct node *) p45->slot)->val : 0x5a8e35ef74d8dc6dUL);
    p47 = p49;
  }
  unsigned long u50 = (g_n[3]->next ? g_n[3]->next->val : x0);
  if (d > 0)
  {
    acc += r7 (d - 1, n0, n0, p46, 0x2b76d3d33a344dc0UL, (struct pair) { p46, (p47->next ? p47->next : n0) });
  }
  g_acc ^= acc;
}

unsigned long r7 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr)
{
  unsigned long acc = 0x5cebeb7b4cc8353dUL;
  if (d == 0)
    return acc;
  struct node *p55 = pr.b;
  struct node *p56 = gc_alloc (sizeof (struct node));
  p56->val = n0->a[0];
  acc += apply (cb_bump, n2, g_n[0]->a[0]);
  struct node *w57 = n0;
  for (unsigned long i58 = 0; i58 < 4; i58++)
  {
    w57 = gc_alloc (sizeof (struct node));
    w57->val = i58 * p55->val;
    acc += w57->val + list_sum (w57);
  }
  { unsigned long *q = &n1->a[0]; *q ^= g_n[1]->val; }
  unsigned long st59 = 0;
  for (struct node *q = (n2->other ? n2->other : n2); q && st59 < 8; q = q->next, st59++)
    acc += q->val * (st59 + 1);
  printf ("r7.2 %lu\n", acc);
  for (unsigned long i60 = 0; i60 < 5; i60++)
  {
    struct node *p61 = gc_alloc (sizeof (struct node));
    p61->val = (g_n[3]->val * w57->a[0]);
    p61->next = n2;
    p61->next = w57;
    void *vp62 = n2;
    w57 = p61;
  }
  { unsigned long *q = &n1->a[2]; *q ^= (x0 ? x0 : 2265740242UL); }
  g_n[1] = n2;
  struct node *arr63[4] = { n0, (n2->other ? n2->other : n2), g_n[0], (36UL & 1 ? n1 : n0) };
  if (list_sum (p56) % 4 == 1) return acc ^ 1041751983UL;
  printf ("r7.3 %lu\n", acc);
  if ((n1->next ? n1->next->val : st59) % 3 == 1)
  {
    n2->val += (*g_up | (p56->slot ? ((struct node *) p56->slot)->val : st59));
  }
  else
  {
  }
  if (d > 0)
  {
    r6 (d - 1, (n2->other ? n2->other : n2), deep_sum (w57, 1));
  }
  return acc ^ (p56->val - x0);
}

struct node *f8 (struct node *n0)
{
  unsigned long acc = 2UL;
  struct node *p65 = gc_alloc (sizeof (struct node));
  p65->val = 290730548UL;
  p65->next = p65;
  __asm__ volatile ("" : : "r" (n0) : "memory");
  if (1UL % 2 == 1)
  {
    p65->next = n0;
  }
  else
  {
    struct node *p66 = f1 (g_n[1], n0, (unsigned long) ((uintptr_t) n0 != 0));
    for (unsigned long i67 = 0; i67 < 5; i67++)
    {
      struct node *p68 = gc_calloc (1, sizeof (struct node));
      p68->val = (p66->slot ? ((struct node *) p66->slot)->val : p66->a[3]);
      p68->a[1] = deep_sum (p65, 0);
      p68->next = p66;
      struct node *p69 = gc_alloc (sizeof (struct node));
      p69->val = deep_sum (n0, 0);
      p69->next = n0;
    }
  }
  g_up = &(2UL & 1 ? p65 : n0)->a[2];
  struct node *p70 = (struct node *) ((uintptr_t) n0 | 0);
  return p70;
}

static __attribute__ ((noinline)) struct node *f9 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 4061642156UL;
  struct node *p73 = gc_alloc (64);
  p73->val = p73->a[x0 & 3];
  { unsigned long *q = &p73->a[1]; *q ^= (17UL << (g_n[1]->val & 63)); }
  struct node *p74 = NEW (struct node);
  p74->val = p74->a[3];
  p74->next = (p73->next ? p73->next : p73);
  struct node *p75 = gc_alloc (64 + x1 % 16);
  p75->val = (p74->next ? p74->next->val : x0);
  unsigned long *b76 = gc_alloc (64 + (g_acc & 7));
  b76[1] = (b76[0] / (p73->val | 1));
  b76[2] = x0;
  b76[3] = p74->a[x0 & 3];
  struct node *w77 = p73;
  for (unsigned long i78 = 0; i78 < 2; i78++)
  {
    w77 = gc_alloc (sizeof (struct node));
    w77->val = i78 * (unsigned long) ((uintptr_t) p74 != 0);
    acc += w77->val + list_sum (w77);
  }
  g_n[1]->next = w77;
  g_up = &p73->a[1];
  acc = mix (acc, (b76[1] - x0));
  b76[b76[2] & 3] = ((3819182226UL & 4110844310UL) % (b76[183937169UL & 3] | 1));
  struct node *p79 = gc_alloc (sizeof (struct node));
  p79->val = list_sum (p79);
  return (p73->other ? p73->other : p75);
}

static void f10 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1265218702UL;
  struct node *p82 = gc_alloc (sizeof (struct node));
  p82->val = (unsigned long) (p82 == p82);
  struct node *arr83[4] = { p82, (x1 & 1 ? p82 : p82), (p82->other ? p82->other : p82), p82 };
  struct node *p84 = gc_calloc (1, sizeof (struct node));
  p84->val = p82->a[(unsigned long) ((uintptr_t) p84 != 0) & 3];
  p84->a[3] = x1;
  p84 = f1 (p84, (p84->other ? p84->other : p82), (p84->slot ? ((struct node *) p84->slot)->val : x0));
  acc += (unsigned long) ((uintptr_t) p82 != 0);
  g_n[2]->next = (x1 & 1 ? p84 : p82);
  acc += r3 (g_acc % 4);
  struct node *p85 = gc_alloc (sizeof (struct node));
  p85->val = ((p84->val ? p82->a[0] : p82->val) | g_n[2]->a[p85->val & 3]);
  p85->a[0] = p82->a[2];
  p85->next = (p82->other ? p82->other : p82);
  acc += x0;
  if (((unsigned long) (p82 == p85) / ((g_n[3]->val & x0) | 1)) % 4 == 1)
  {
    struct node **v86 = gc_alloc (4 * sizeof (struct node *));
    v86[0] = (p85->other ? p85->other : p84);
    v86[1] = p82;
    v86[2] = p82;
    v86[3] = p85;
    p85->a[g_n[1]->a[x1 & 3] & 3] = x1;
  }
  else
  {
    acc += apply (cb_bump, p84, (0x442c64e465b1d4e9UL % (x1 | 1)));
    g_n[3] = p85;
    { unsigned long *q = &p85->a[0]; *q ^= list_len (p84); }
  }
  g_acc ^= acc;
}

unsigned long f11 (unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 1532878080UL;
  struct node *p89 = pr.a;
  struct node *p90 = gc_alloc (64);
  p89->next = g_n[76UL & 3];
  p90 = f8 (p89);
  struct node *p91 = gc_alloc (sizeof (struct node));
  p91->val = ((g_n[0]->val & 1 ? p91 : g_n[0])->slot ? ((struct node *) (g_n[0]->val & 1 ? p91 : g_n[0])->slot)->val : list_len (g_n[1]));
  struct node *p92 = gc_alloc (sizeof (struct node));
  p92->val = x1;
  p92->next = (p90->a[0] & 1 ? p91 : g_n[2]);
  p91->val += (unsigned long) ((uintptr_t) p91 != 0);
  g_acc += (list_sum (p89) / (g_n[2]->val | 1));
  unsigned long st93 = 0;
  for (struct node *q = p91; q && st93 < 8; q = q->next, st93++)
    acc += q->val * (st93 + 1);
  return acc ^ (1UL * g_n[0]->val);
}

void f12 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3720980235UL;
  struct node *p98 = gc_alloc (64);
  p98->val = g_acc;
  n1->next = g_n[x0 & 3];
  for (unsigned long i99 = 0; i99 < 5; i99++)
  {
    struct node *p100 = gc_alloc (sizeof (struct node));
    p100->val = x1;
    p100->a[0] = list_len (p100);
    struct node *p101 = f8 (g_n[2]);
    if ((list_sum (p98) << ((p100->a[3] ? 3062087994UL : p98->val) & 63)) % 2 == 0)
    {
      if (deep_sum (g_n[n1->a[2] & 3], 0) % 4 == 0)
      {
        acc += *g_up;
        struct node *arr102[4] = { p100, (p98->a[0] & 1 ? p98 : p98), n0, n0 };
        struct node *p103 = NEW (struct node);
        p103->val = 2315035299UL;
        p103->next = n1;
      }
      struct node *p104 = NEW (struct node);
      p104->val = g_n[0]->val;
      p104->next = p104;
      struct node *w105 = p100;
      for (unsigned long i106 = 0; i106 < 3; i106++)
      {
        w105 = gc_alloc (sizeof (struct node));
        w105->val = i106 * p100->a[0x576dc52053f1baf8UL & 3];
        acc += w105->val + list_sum (w105);
      }
    }
    else
    {
      acc += (g_n[0]->val | i99);
    }
    struct node *p107 = f8 (p101);
  }
  unsigned long *b108 = gc_alloc (32 + ((unsigned long) ((uintptr_t) g_n[3] != 0) & 7));
  b108[0] = (0x7ea78d6f2ed7fdfcUL * b108[0]);
  b108[1] = (x1 - 3559450004UL);
  b108[2] = (n1->slot ? ((struct node *) n1->slot)->val : n1->a[1]);
  g_acc ^= acc;
}

static void f13 (struct node *n0)
{
  unsigned long acc = 0x15e102b36d1bb564UL;
  struct node *p110 = gc_alloc (64);
  p110->a[0] = g_acc;
  p110->next = n0;
  struct node *w111 = n0;
  for (unsigned long i112 = 0; i112 < 5; i112++)
  {
    w111 = gc_alloc (sizeof (struct node));
    w111->val = i112 * deep_sum (p110, 0);
    acc += w111->val + list_sum (w111);
  }
  struct node *p113 = gc_alloc (sizeof (struct node));
  p113->val = list_len (g_n[3]);
  p113->a[3] = g_n[3]->val;
  n0->slot = (g_n[1]->next ? g_n[1]->next : g_n[2]);
  if (deep_sum (g_n[0x5931d6ed669cf735UL & 3], 0) % 4 == 1)
  {
    unsigned long st114 = 0;
    for (struct node *q = p110; q && st114 < 8; q = q->next, st114++)
      acc += q->val * (st114 + 1);
    g_any = g_n[3];
  }
  void *vp115 = p113;
  w111->val += ((unsigned long) ((uintptr_t) w111 != 0) / (0UL | 1));
  { struct node *volatile vol = w111; acc += vol->val; }
  unsigned long *b116 = gc_alloc (96);
  b116[3] = (p110->val & 17UL);
  f10 ((unsigned long) (g_n[1] == w111), 0x5e28ad890ef1e4e7UL);
  acc += apply (cb_bump, (p110->other ? p110->other : n0), p110->a[0x45b1895e4b43fb13UL & 3]);
  struct node *p117 = gc_alloc (sizeof (struct node));
  if ((26UL << (*g_up & 63)) % 3 == 1)
  {
    acc += (unsigned long) ((p110->next ? p110->next : n0) == p110);
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
  unsigned long acc = 37UL;
  struct node *p118 = gc_alloc (sizeof (struct node));
  p118->val = list_len (p118);
  printf ("main.4 %lu\n", acc);
  for (unsigned long i119 = 0; i119 < 3; i119++)
  {
    for (unsigned long i120 = 0; i120 < 2; i120++)
    {
      struct node *p121 = gc_alloc (sizeof (struct node));
      p121->a[0] = (unsigned long) (g_n[1] == p118);
      p121->next = p118;
      p118 = p121;
    }
    acc += cb_read (g_n[p118->a[1] & 3], (p118->slot ? ((struct node *) p118->slot)->val : 2UL));
  }
  p118->a[(p118->slot ? ((struct node *) p118->slot)->val : g_n[2]->val) & 3] = p118->val;
  struct node *p122 = gc_alloc (sizeof (struct node));
  p122->val = (1758488250UL + list_len (g_n[2]));
  p122->a[1] = (315405082UL * g_n[2]->val);
  for (unsigned long i123 = 0; i123 < 5; i123++)
  {
    struct node *p124 = NEW (struct node);
    p124->val = (p122->a[3] ? p124->val : p118->val);
    p124->a[1] = g_acc;
    p124->next = g_n[0];
    p124->next = p118;
    p118 = p124;
  }
  g_up = &p122->a[0];
  for (unsigned long i125 = 0; i125 < 5; i125++)
  {
    struct node *p126 = gc_alloc (sizeof (struct node));
    p126->val = list_len (p118);
    acc += apply (cb_keep, p122, (unsigned long) (g_n[3] == p118));
  }
  p118->val += *g_up;
  void *vp127 = p122;
  acc += apply (cb_bump, p122, (p118->val ^ 3575133927UL));
  acc += (unsigned long) ((uintptr_t) p122 != 0);
  for (unsigned long i128 = 0; i128 < 3; i128++)
  {
    struct node *p129 = gc_alloc (sizeof (struct node));
    p129->val = (p122->val ^ (i128 ^ i128));
    p129->next = p118;
    p118 = p129;
  }
  for (unsigned long i130 = 0; i130 < 4; i130++)
  {
    struct node *p131 = gc_alloc (sizeof (struct node));
    p131->val = (p118->val ? i130 : i130);
    p131->next = p122;
    p118->slot = (p118->val & 1 ? p131 : p131);
  }
  printf ("main.5 %lu\n", acc);
  for (unsigned long i132 = 0; i132 < 6; i132++)
  {
    struct node *p133 = gc_alloc (sizeof (struct node));
    p133->val = *g_up;
    p133->next = (p122->other ? p122->other : p133);
    unsigned long u134 = (p133->a[0] << (483666102UL & 63));
  }
  r4 (1UL % 4, p122->a[1], list_len (p118));
  printf ("main.r4 %lu\n", acc);
  f5 (list_len (p118));
  printf ("main.f5 %lu\n", acc);
  r6 (1UL % 4, p122, (0UL / (p122->val | 1)));
  printf ("main.r6 %lu\n", acc);
  acc += r7 ((p122->next ? p122->next->val : g_n[3]->val) % 4, p122, p122, p122, (0x6bcd206e1c2c14efUL + 2UL), (struct pair) { ((struct node *) vp127), p118 });
  printf ("main.r7 %lu\n", acc);
  struct node *p135 = f9 ((unsigned long) ((uintptr_t) p118 != 0), (unsigned long) ((uintptr_t) p118 != 0));
  printf ("main.f9 %lu\n", acc);
  acc += f11 (g_acc, (p122->slot ? ((struct node *) p122->slot)->val : 3UL), (struct pair) { g_n[g_n[0]->val & 3], g_n[17UL & 3] });
  printf ("main.f11 %lu\n", acc);
  f12 (p118, (p118->next ? p118->next : p122), ((struct node *) vp127)->val, deep_sum (p122, 1));
  printf ("main.f12 %lu\n", acc);
  f13 (g_n[283548195UL & 3]);
  printf ("main.f13 %lu\n", acc);
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

/* FAIL (-O0 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0" testsuite/fuzz/failures/seed-0058.c */
/* gcc-escape fuzz program, seed 58: testsuite/fuzz/gen 58 */
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

unsigned long r0 (unsigned long d, unsigned long x0);
unsigned long f1 (struct node *n0, unsigned long x0, struct pair pr);
struct node *f2 (struct node *n0, struct node *n1, struct node *n2);
static unsigned long f3 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct pair pr);
static struct node *f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
unsigned long f5 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
unsigned long f6 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
void f7 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);

unsigned long r0 (unsigned long d, unsigned long x0)
{
  unsigned long acc = 0UL;
  if (d == 0)
    return acc;
  struct node *p2 = gc_calloc (1, sizeof (struct node));
  p2->val = (unsigned long) ((uintptr_t) p2 != 0);
  p2->a[(p2->slot ? ((struct node *) p2->slot)->val : p2->val) & 3] = ((94UL % (p2->a[0] | 1)) * (p2->val * 3UL));
  if (p2->a[2] % 4 == 1)
  {
    g_n[3] = g_n[1];
  }
  else
  {
    struct node *p3 = gc_alloc (sizeof (struct node));
    p3->val = x0;
    p3->a[0] = (x0 / (g_n[3]->val | 1));
    p3->next = p2;
    struct node *p4 = gc_alloc (sizeof (struct node));
    p4->a[3] = (unsigned long) (p2 == p4);
  }
  { unsigned long *q = &p2->a[0]; *q ^= deep_sum (p2, 2); }
  acc += x0;
  if (p2->a[3] % 2 == 1)
  {
    p2->slot = p2;
    for (unsigned long i5 = 0; i5 < 1; i5++)
    {
      struct node *p6 = NEW (struct node);
      p6->next = (i5 & 1 ? p6 : p6);
      if (p6->val % 2 == 0)
      {
        struct node s7 = { 0 };
        s7.val = (p2->slot ? ((struct node *) p2->slot)->val : g_n[0]->val);
        s7.next = g_n[2];
        s7.other = g_n[2];
        { unsigned long *q = &p6->a[2]; *q ^= p6->val; }
      }
      struct node *w8 = p6;
      for (unsigned long i9 = 0; i9 < 2; i9++)
      {
        w8 = gc_alloc (sizeof (struct node));
        w8->val = i9 * (3UL ? i5 : 49UL);
        acc += w8->val + list_sum (w8);
      }
      { unsigned long *q = &w8->a[1]; *q ^= (p6->val | p6->a[1]); }
      unsigned long u10 = w8->a[1];
    }
  }
  else
  {
  }
  if (d > 0)
  {
    acc += r0 (d - 1, (unsigned long) ((uintptr_t) p2 != 0));
  }
  return acc ^ list_sum (p2);
}

unsigned long f1 (struct node *n0, unsigned long x0, struct pair pr)
{
  unsigned long acc = 2761536354UL;
  struct node *p13 = pr.b;
  acc += ((g_n[3]->val ^ g_n[3]->val) << (x0 & 63));
  for (unsigned long i14 = 0; i14 < 6; i14++)
  {
    struct node *p15 = gc_alloc (64);
    p15->val = deep_sum (g_n[i14 & 3], 2);
    p15->a[0] = i14;
    p15->next = n0;
    p15->next = n0;
    n0 = p15;
  }
  if (g_n[3]->val % 2 == 0)
  {
    acc = mix (acc, list_len (n0));
  }
  else
  {
    n0->other = n0;
  }
  acc += r0 (x0 % 4, 3106544985UL);
  unsigned long *b16 = gc_alloc (64 + (g_n[0]->val & 7));
  b16[0] = (p13->slot ? ((struct node *) p13->slot)->val : x0);
  b16[3] = *g_up;
  g_h.pr.a = n0;
  acc += (n0->slot ? ((struct node *) n0->slot)->val : x0);
  n0 = n0;
  unsigned long *b17 = gc_alloc (96);
  b17[0] = *g_up;
  b17[1] = (0UL + n0->a[3]);
  if (p13->val % 3 == 0)
  {
    acc += r0 (p13->a[p13->a[3] & 3] % 4, (unsigned long) (p13 == n0));
  }
  return acc ^ x0;
}

struct node *f2 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 83UL;
  struct node *p21 = gc_alloc (sizeof (struct node));
  p21->val = ((g_n[3]->val & 1 ? n0 : n0)->next ? (g_n[3]->val & 1 ? n0 : n0)->next->val : (0x71ae98a06c385e18UL ? 20UL : p21->a[1]));
  struct node *p22 = gc_alloc (sizeof (struct node));
  p22->val = 3710248475UL;
  p22->next = n1;
  acc += f1 ((g_n[3]->val & 1 ? n1 : n1), 67UL, (struct pair) { n1, p22 });
  acc += f1 (n1, n2->val, (struct pair) { (p22->other ? p22->other : n1), n1 });
  struct node *p23 = gc_alloc (64);
  p23->val = 1UL;
  p23->a[1] = 0x419484f84221a12fUL;
  g_acc += deep_sum (n0, 0);
  n1->next = p22;
  g_h.pr.a = n1;
  void *vp24 = (1UL & 1 ? p23 : n1);
  acc += f1 (p22, 3921089286UL, (struct pair) { g_n[0], n1 });
  return n1;
}

static unsigned long f3 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 1836597120UL;
  struct node *p29 = pr.a;
  acc += apply (cb_keep, (3UL & 1 ? p29 : p29), list_len (p29));
  printf ("f3.0 %lu\n", acc);
  acc += g_cb[0x2ae98d05637742e8UL & 3] ((p29->other ? p29->other : p29), n1->a[n0->a[1] & 3]);
  acc += (unsigned long) ((uintptr_t) n1 != 0);
  struct node *p30 = f2 (p29, g_n[0], p29);
  { unsigned long *q = &p29->a[2]; *q ^= 0x2bcc835f5bdeb9b3UL; }
  p30 = g_n[x1 & 3];
  struct node *w31 = n0;
  for (unsigned long i32 = 0; i32 < 1; i32++)
  {
    w31 = gc_alloc (sizeof (struct node));
    w31->val = i32 * x0;
    acc += w31->val + list_sum (w31);
  }
  struct node *p33 = gc_alloc (sizeof (struct node));
  g_acc += ((n1->slot ? ((struct node *) n1->slot)->val : n0->a[2]) & g_n[1]->val);
  p30 = p29;
  struct node s34 = { 0 };
  s34.val = s34.val;
  s34.next = n1;
  return acc ^ (w31->val ^ x1);
}

static __attribute__ ((noinline)) struct node *f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 4UL;
  struct node *p39 = NEW (struct node);
  p39->val = (unsigned long) ((uintptr_t) n2 != 0);
  if (*g_up % 3 == 1) return n0;
  acc += r0 ((n1->val % (g_n[0]->val | 1)) % 4, list_sum (n0));
  if (n0 != n2)
    memcpy (n0, n2, sizeof (struct node));
  g_acc += (x0 ? (70UL & x0) : g_n[1]->val);
  g_acc += (*g_up & n1->a[0x40099f5e6d963232UL & 3]);
  struct node **v40 = gc_alloc (4 * sizeof (struct node *));
  v40[1] = n1;
  v40[2] = n1;
  v40[3] = n2;
  struct node *p41 = gc_alloc (sizeof (struct node));
  p41->val = deep_sum ((v40[2] ? v40[2] : n2), 0);
  p41->next = n2;
  x0 = f1 (p41, (n0->val >> (g_n[1]->val & 63)), (struct pair) { (x0 & 1 ? p41 : n1), n0 });
  struct node *p42 = gc_alloc (64 + (list_len (p41) & 7));
  p42->val = list_len (n2);
  p42->a[0] = g_n[0]->val;
  p42->next = n0;
  struct node **v43 = gc_alloc (4 * sizeof (struct node *));
  v43[1] = p41;
  return n1;
}

unsigned long f5 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 0x4ca2194b33a25b85UL;
  n2->val += n1->val;
  for (unsigned long i48 = 0; i48 < 6; i48++)
  {
  }
  if (*g_up % 4 == 0)
  {
    printf ("f5.1 %lu\n", acc);
  }
  else
  {
    if (n0 != g_n[1])
      memcpy (n0, g_n[1], sizeof (struct node));
    x0 = g_acc;
  }
  unsigned long u49 = (unsigned long) ((uintptr_t) (0x558c85f64c9b04a5UL & 1 ? n0 : n2) != 0);
  acc += (g_n[g_n[3]->val & 3]->next ? g_n[g_n[3]->val & 3]->next->val : (g_n[3]->a[2] | 3UL));
  unsigned long *b50 = gc_alloc (32);
  b50[3] = (53UL << (g_n[2]->val & 63));
  return acc ^ b50[0];
}

__attribute__ ((noinline)) unsigned long f6 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 70UL;
  struct node *p55 = NEW (struct node);
  p55->next = p55;
  gc_free (n0);
  n1 = f2 (n0, p55, n0);
  n0->other = n1;
  for (unsigned long i56 = 0; i56 < 4; i56++)
  {
    struct node *p57 = gc_alloc (sizeof (struct node));
    p57->a[0] = n2->val;
    p57->next = n0;
    acc += deep_sum ((n2->other ? n2->other : n2), 2);
    n1 = n0;
    if (n1 != n0)
      memcpy (n1, n0, sizeof (struct node));
  }
  { unsigned long *q = &n0->a[2]; *q ^= n0->a[3]; }
  acc += (unsigned long) ((uintptr_t) n0 != 0);
  x0 = (deep_sum (n1, 0) ? (1269022597UL | 75UL) : (g_n[0]->next ? g_n[0]->next->val : g_n[0]->val));
  return acc ^ x0;
}

__attribute__ ((noinline)) void f7 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2838903756UL;
  struct node *arr62[4] = { g_n[0], g_n[1], g_n[1], (n0->a[1] & 1 ? g_n[2] : g_n[3]) };
  void *vp63 = g_n[3];
  struct node **v64 = gc_alloc (4 * sizeof (struct node *));
  v64[0] = (v64[2] ? v64[2] : g_n[3]);
  v64[1] = (n0->next ? n0->next : n0);
  v64[2] = (g_n[2]->val & 1 ? n1 : n1);
  if ((unsigned long) (n0 == (v64[3] ? v64[3] : n0)) % 4 == 0)
  {
    acc += apply (cb_read, (v64[0] ? v64[0] : n0), ((struct node *) vp63)->val);
    struct node **v65 = gc_alloc (4 * sizeof (struct node *));
    v65[1] = ((struct node *) vp63);
    v65[3] = g_n[3];
  }
  qsort (arr62, 4, sizeof arr62[0], cmp_nodes);
  n1->next = n1;
  acc += f5 (n1, arr62[n1->a[0] & 3], g_n[3], (2987328016UL >> (n1->a[3] & 63)));
  struct node s66 = { 0 };
  s66.val = (n1->slot ? ((struct node *) n1->slot)->val : 36UL);
  s66.next = ((struct node *) vp63);
  struct node *p67 = f4 (arr62[n1->a[2] & 3], ((struct node *) vp63), (x1 & 1 ? g_n[0] : g_n[3]), x1);
  for (unsigned long i68 = 0; i68 < 5; i68++)
  {
    struct node *p69 = gc_alloc (sizeof (struct node));
    p69->val = g_n[1]->val;
    p69->a[1] = *g_up;
    p69->next = n1;
    n1 = p69;
  }
  struct node *w70 = g_n[1];
  for (unsigned long i71 = 0; i71 < 2; i71++)
  {
    w70 = gc_alloc (sizeof (struct node));
    w70->val = i71 * (x1 + g_n[3]->val);
    acc += w70->val + list_sum (w70);
  }
  struct node **v72 = gc_alloc (4 * sizeof (struct node *));
  v72[1] = n1;
  acc = mix (acc, n1->a[0]);
  struct node *p73 = gc_alloc (sizeof (struct node));
  p73->val = (unsigned long) (g_n[1] == (p67->other ? p67->other : p67));
  p73->next = (x1 & 1 ? n0 : n1);
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
  unsigned long acc = 58UL;
  struct node *p74 = gc_alloc (sizeof (struct node));
  p74->val = list_sum (p74);
  p74->next = (p74->next ? p74->next : p74);
  { unsigned long *q = &p74->a[0]; *q ^= *g_up; }
  for (unsigned long i75 = 0; i75 < 3; i75++)
  {
    struct node *p76 = gc_alloc (sizeof (struct node));
    p76->val = list_sum (p74);
    p76->a[1] = (g_n[2]->val << (i75 & 63));
  }
  void *vp77 = p74;
  gc_free (p74);
  struct node *p78 = f2 (p74, (p74->a[1] & 1 ? g_n[0] : g_n[0]), p74);
  acc += f3 (p78, p78, p78->a[3], list_len (p78), (struct pair) { g_n[3], g_n[3] });
  acc += g_cb[(2312682245UL & 3478816841UL) & 3] (g_n[882984992UL & 3], (p78->val * g_n[2]->val));
  acc += f5 (p74, g_n[2], (g_n[0]->next ? g_n[0]->next : p74), (unsigned long) ((uintptr_t) p74 != 0));
  struct node s79 = { 0 };
  s79.val = (2992805891UL >> (g_n[0]->val & 63));
  printf ("main.2 %lu\n", acc);
  struct node *p80 = gc_alloc (sizeof (struct node));
  p80->val = (p78->val * g_acc);
  p80->a[3] = list_len (p78);
  p80->slot = (s79.next ? s79.next : g_n[3]);
  acc += f6 (p78, p80, p80, (g_n[0]->val ? g_n[1]->val : p80->a[0]));
  printf ("main.f6 %lu\n", acc);
  f7 ((s79.next ? s79.next : p78), p74, (g_n[1]->val / (2971072942UL | 1)), (3UL - g_n[0]->val));
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

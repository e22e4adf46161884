/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0021.c */
/* gcc-escape fuzz program, seed 21: testsuite/fuzz/gen 21 */
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
__attribute__ ((noinline)) unsigned long apply (cb_t f, void *ctx, unsigned long x) { return f (ctx, x); }

static unsigned long f0 (struct node *n0, struct node *n1, unsigned long x0);
static void f1 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out);
static void f2 (struct node *n0, unsigned long x0, struct pair pr);
void f3 (struct node *n0, struct node *n1);
static struct node *f4 (void);
struct node *f5 (unsigned long x0, struct node **out);
struct node *f6 (struct node *n0);

static __attribute__ ((noinline)) unsigned long f0 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 2259704323UL;
  struct node *p4 = gc_alloc (sizeof (struct node));
  p4->next = n1;
  if ((deep_sum (n0, 2) ? p4->a[3] : (n1->slot ? ((struct node *) n1->slot)->val : n0->val)) % 3 == 0)
  {
    acc = mix (acc, deep_sum (p4, 1));
    struct node *p5 = gc_alloc (64);
    p5->next = p4;
  }
  else
  {
    p4 = n0;
    unsigned long *b6 = gc_alloc (64);
    b6[1] = (n0->next ? n0->next->val : b6[3]);
    b6[2] = list_len (n1);
    b6[(n0->slot ? ((struct node *) n0->slot)->val : x0) & 3] = (list_len (n0) | (unsigned long) (n0 == p4));
  }
  { unsigned long *q = &n0->a[1]; *q ^= 3368724574UL; }
  unsigned long st7 = 0;
  for (struct node *q = p4; q && st7 < 8; q = q->next, st7++)
    acc += q->val * (st7 + 1);
  acc += g_n[1]->val;
  p4->next = g_n[g_n[2]->val & 3];
  unsigned long st8 = 0;
  for (struct node *q = (n1->other ? n1->other : n0); q && st8 < 8; q = q->next, st8++)
    acc += q->val * (st8 + 1);
  return acc ^ (p4->next ? p4->next->val : st7);
}

static __attribute__ ((noinline)) void f1 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out)
{
  unsigned long acc = 1UL;
  g_acc += x0;
  acc += deep_sum (n2, 2);
  n2->next = (g_n[0]->next ? g_n[0]->next : n2);
  if (n2 != n1)
    memcpy (n2, n1, sizeof (struct node));
  struct node s13 = { 0 };
  s13.val = (n0->val & 1UL);
  s13.next = (s13.next ? s13.next : n0);
  acc += (0x5f412f3849bf5139UL ? (unsigned long) (n1 == g_n[0]) : (0UL ? 0x1184fe3042ff99d2UL : x0));
  for (unsigned long i14 = 0; i14 < 4; i14++)
  {
    struct node *p15 = gc_alloc (sizeof (struct node));
    p15->next = p15;
    p15->next = n0;
    n0 = p15;
  }
  g_acc ^= acc;
}

static inline void f2 (struct node *n0, unsigned long x0, struct pair pr)
{
  unsigned long acc = 2322314592UL;
  struct node *p18 = pr.b;
  struct node *p19 = gc_alloc (sizeof (struct node));
  p19->val = ((2UL * x0) & (unsigned long) (p18 == p18));
  acc = mix (acc, (n0->val + p18->val));
  struct node *p20 = gc_alloc (64);
  p20->val = ((x0 << (1436703947UL & 63)) & (p18->next ? p18->next->val : g_n[3]->val));
  p20->next = n0;
  p20->other = p19;
  struct node *p21 = gc_alloc (sizeof (struct node));
  p21->val = (unsigned long) ((uintptr_t) (p20->next ? p20->next : p20) != 0);
  printf ("f2.0 %lu\n", acc);
  unsigned long st22 = 0;
  for (struct node *q = (p21->other ? p21->other : p21); q && st22 < 8; q = q->next, st22++)
    acc += q->val * (st22 + 1);
  acc += p18->a[2];
  struct node *p23 = NEW (struct node);
  p23->val = g_n[3]->val;
  struct node s24 = { 0 };
  s24.val = list_sum (&s24);
  s24.next = (p19->next ? p19->next : n0);
  g_acc ^= acc;
}

void f3 (struct node *n0, struct node *n1)
{
  unsigned long acc = 2UL;
  unsigned long u27 = 89UL;
  g_list = (2UL & 1 ? g_n[1] : g_n[0]);
  unsigned long st28 = 0;
  for (struct node *q = n1; q && st28 < 8; q = q->next, st28++)
    acc += q->val * (st28 + 1);
  printf ("f3.1 %lu\n", acc);
  acc += (unsigned long) ((uintptr_t) n1 != 0);
  struct node **v29 = gc_alloc (4 * sizeof (struct node *));
  v29[0] = n0;
  v29[3] = (v29[3] ? v29[3] : n0);
  f2 ((g_n[1]->other ? g_n[1]->other : g_n[2]), (st28 | g_n[3]->val), (struct pair) { n1, n0 });
  g_acc += (unsigned long) (n0 == (g_n[3]->val & 1 ? n0 : n0));
  n0->val += g_acc;
  acc += ((n0->a[2] + u27) | (n1->a[2] | n1->a[1]));
  f2 ((g_n[3]->other ? g_n[3]->other : g_n[1]), (n0->a[2] * g_n[1]->val), (struct pair) { (st28 & 1 ? g_n[2] : n1), n1 });
  n0->a[(unsigned long) (n1 == n0) & 3] = (unsigned long) (n0 == n1);
  { unsigned long *q = &n0->a[3]; *q ^= g_acc; }
  n0->other = n0;
  printf ("f3.2 %lu\n", acc);
  g_acc ^= acc;
}

static struct node *f4 (void)
{
  unsigned long acc = 0x2c41be212baceb87UL;
  struct node *p30 = gc_alloc (sizeof (struct node));
  p30->val = ((2UL ? p30->a[0] : g_n[3]->val) + (g_n[2]->next ? g_n[2]->next->val : 1225326212UL));
  void *vp31 = g_n[86UL & 3];
  acc += f0 (g_n[3], (p30->other ? p30->other : p30), (p30->slot ? ((struct node *) p30->slot)->val : g_n[2]->val));
  { unsigned long *q = &p30->a[1]; *q ^= (292313497UL & 4006463163UL); }
  f1 (g_n[1], ((struct node *) vp31), p30, g_acc, &p30->next);
  { unsigned long *q = &p30->a[1]; *q ^= (unsigned long) (p30 == p30); }
  acc += f0 ((g_n[1]->next ? g_n[1]->next : g_n[3]), g_n[p30->val & 3], list_sum (p30));
  return g_n[1];
}

struct node *f5 (unsigned long x0, struct node **out)
{
  unsigned long acc = 35UL;
  struct node *p33 = gc_alloc (sizeof (struct node));
  p33->val = g_n[p33->a[0] & 3]->a[g_n[3]->val & 3];
  p33->a[1] = (x0 ? p33->a[3] : x0);
  p33->next = p33;
  f1 (p33, (p33->val & 1 ? p33 : p33), (p33->other ? p33->other : p33), (x0 % (3UL | 1)), &g_n[3]);
  acc += (p33->val << (3UL & 63));
  acc = mix (acc, (x0 & p33->a[2]));
  unsigned long st34 = 0;
  for (struct node *q = g_n[p33->val & 3]; q && st34 < 8; q = q->next, st34++)
    acc += q->val * (st34 + 1);
  unsigned long st35 = 0;
  for (struct node *q = p33; q && st35 < 8; q = q->next, st35++)
    acc += q->val * (st35 + 1);
  acc = mix (acc, (p33->val << (p33->a[2] & 63)));
  struct node *p36 = NEW (struct node);
  p36->val = ((p33->next ? p33->next->val : st34) * st35);
  struct node s37 = { 0 };
  s37.val = 0UL;
  s37.next = p36;
  f2 (p36, (st34 & p36->val), (struct pair) { (p36->a[3] & 1 ? p33 : g_n[3]), g_n[1] });
  struct node s38 = { 0 };
  s38.val = (p33->val << (0UL & 63));
  s38.next = (p36->next ? p36->next : p36);
  struct node *w39 = p36;
  for (unsigned long i40 = 0; i40 < 2; i40++)
  {
    w39 = gc_alloc (sizeof (struct node));
    w39->val = i40 * *g_up;
    acc += w39->val + list_sum (w39);
  }
  { unsigned long *q = &p33->a[3]; *q ^= x0; }
  gc_free (p33);
  return (p33->other ? p33->other : p36);
}

struct node *f6 (struct node *n0)
{
  unsigned long acc = 3UL;
  f2 (n0, 0x7f3dd1e7655dd002UL, (struct pair) { n0, g_n[n0->val & 3] });
  g_acc += (n0->a[1] + list_len (n0));
  n0->val += deep_sum (n0, 1);
  n0->other = (n0->next ? n0->next : n0);
  acc += ((31UL & 1 ? n0 : n0)->next ? (31UL & 1 ? n0 : n0)->next->val : list_sum (n0));
  return n0;
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
  unsigned long acc = 21UL;
  struct node *p42 = gc_alloc (sizeof (struct node));
  p42->val = g_acc;
  p42->next = p42;
  struct node s43 = { 0 };
  s43.val = (g_n[1]->val ^ p42->a[1]);
  g_list = g_n[1077881160UL & 3];
  for (unsigned long i44 = 0; i44 < 2; i44++)
  {
    struct node *p45 = NEW (struct node);
    p45->val = g_acc;
    p45->next = p42;
    p45->next = p42;
    p42 = p45;
  }
  p42->other = p42;
  if (g_n[1]->val % 4 == 0)
  {
    p42->other = g_n[0];
  }
  struct node **v46 = gc_alloc (4 * sizeof (struct node *));
  p42->slot = (g_n[2]->next ? g_n[2]->next : g_n[1]);
  f3 (p42, p42);
  struct node *p47 = f4 ();
  printf ("main.f4 %lu\n", acc);
  struct node *p48 = f5 ((61UL << (g_n[2]->val & 63)), &s43.other);
  printf ("main.f5 %lu\n", acc);
  p42 = f6 ((g_n[1]->next ? g_n[1]->next : g_n[3]));
  printf ("main.f6 %lu\n", acc);
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

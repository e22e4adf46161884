/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0036.c */
/* gcc-escape fuzz program, seed 36: testsuite/fuzz/gen 36 */
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

static unsigned long f0 (unsigned long x0, unsigned long x1);
void f1 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static unsigned long f2 (struct node *n0, struct node *n1, struct node *n2);
static void f3 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static struct node *f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
void f5 (unsigned long x0);

static unsigned long f0 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0UL;
  struct node *p3 = gc_alloc (64);
  p3->val = (unsigned long) (p3 == (p3->other ? p3->other : p3));
  g_h.p = g_n[3];
  acc = mix (acc, g_n[0]->val);
  unsigned long st4 = 0;
  for (struct node *q = (g_n[3]->val & 1 ? p3 : p3); q && st4 < 8; q = q->next, st4++)
    acc += q->val * (st4 + 1);
  for (unsigned long i5 = 0; i5 < 6; i5++)
  {
    p3->next = p3;
  }
  if ((1123134519UL & g_n[2]->val) % 6 == 1) return acc ^ x1;
  p3->val += p3->a[0];
  if ((p3->a[0] % (p3->a[2] | 1)) % 7 == 1) return acc ^ list_len (p3);
  g_h.p = g_n[1];
  return acc ^ x0;
}

__attribute__ ((noinline)) void f1 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2736195216UL;
  struct node *p10 = gc_alloc (sizeof (struct node));
  p10->val = ((unsigned long) (n1 == n1) | (g_n[0]->val & 2049735227UL));
  acc = mix (acc, list_sum (p10));
  for (unsigned long i11 = 0; i11 < 2; i11++)
  {
    for (unsigned long i12 = 0; i12 < 1; i12++)
    {
      unsigned long *b13 = gc_alloc (96);
      b13[0] = x1;
      b13[2] = 107273464UL;
      printf ("f1.0 %lu\n", acc);
    }
    acc += f0 (deep_sum (p10, 0), (x0 + p10->a[3]));
  }
  for (unsigned long i14 = 0; i14 < 3; i14++)
  {
    struct node *p15 = gc_alloc (sizeof (struct node));
    p15->val = x1;
    p15->next = p10;
    n0->next = (x0 & 1 ? g_n[2] : n0);
    struct node s16 = { 0 };
    s16.val = (g_n[2]->val / (i14 | 1));
    s16.next = p10;
    s16.other = g_n[0UL & 3];
  }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) unsigned long f2 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 0UL;
  { struct node *volatile vol = n0; acc += vol->val; }
  acc = mix (acc, 1705246227UL);
  n1->other = n1;
  n2->slot = g_n[n0->a[3] & 3];
  struct node *p20 = gc_alloc (sizeof (struct node));
  p20->val = (*g_up >> (g_acc & 63));
  acc += g_cb[2464294201UL & 3] ((1UL & 1 ? p20 : n1), (3UL >> (g_n[2]->val & 63)));
  struct node *p21 = gc_alloc (sizeof (struct node));
  p21->val = ((0UL ? 0x28c0b38b499a338fUL : 85UL) & 0x39f140eb2eb0d752UL);
  for (unsigned long i22 = 0; i22 < 2; i22++)
  {
    struct node **v23 = gc_alloc (4 * sizeof (struct node *));
    v23[0] = p21;
    v23[1] = p21;
    v23[3] = (p21->next ? p21->next : g_n[1]);
    g_list->other = p20;
    struct node s24 = { 0 };
    s24.val = (n2->slot ? ((struct node *) n2->slot)->val : i22);
    s24.next = (v23[0] ? v23[0] : p20);
    s24.other = p20;
  }
  return acc ^ 2630679220UL;
}

static void f3 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x712b0b764ecc022fUL;
  printf ("f3.1 %lu\n", acc);
  if (n1 != n0)
    memcpy (n1, n0, sizeof (struct node));
  n0->other = n0;
  for (unsigned long i29 = 0; i29 < 8; i29++)
  {
    struct node *p30 = gc_alloc (sizeof (struct node));
    p30->val = list_sum (p30);
    p30->next = (n0->other ? n0->other : p30);
    p30->next = n0;
    for (unsigned long i31 = 0; i31 < 1; i31++)
    {
      struct node *p32 = gc_alloc (sizeof (struct node));
      p32->val = list_sum (p30);
      p32->next = (i31 & 1 ? p32 : p32);
      p32->next = n1;
      n1 = p32;
    }
    n0 = p30;
  }
  n1->slot = n0;
  n0->slot = n0;
  g_acc ^= acc;
}

static struct node *f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1UL;
  struct node *p38 = gc_alloc (sizeof (struct node));
  p38->val = 3716431114UL;
  struct node *p39 = gc_alloc (64);
  p39->val = (n0->a[3] | (g_n[3]->next ? g_n[3]->next->val : p38->a[1]));
  unsigned long u40 = *g_up;
  struct node *p41 = gc_alloc (sizeof (struct node));
  p41->val = (n1->a[3] | x0);
  p41->a[2] = (n0->slot ? ((struct node *) n0->slot)->val : 0x520d7bc329938087UL);
  p41->next = (g_n[2]->val & 1 ? g_n[2] : p41);
  if ((unsigned long) ((n1->other ? n1->other : p39) == (p41->val & 1 ? p41 : p39)) % 4 == 0)
  {
    g_n[3] = n1;
    if ((g_n[2]->val - u40) % 4 == 1) return n1;
  }
  else
  {
    n1->next = (p41->other ? p41->other : g_n[1]);
    struct node s42 = { 0 };
    s42.val = (x0 + n0->a[1]);
    n1->next = (p41->other ? p41->other : n1);
  }
  f3 (n1, n0, (p39->a[2] | 45UL), 700572874UL);
  p38 = p41;
  struct node *p43 = gc_calloc (1, sizeof (struct node));
  { unsigned long *q = &n2->a[3]; *q ^= (x0 | p43->a[3]); }
  void *vp44 = (p41->next ? p41->next : p41);
  return n1;
}

void f5 (unsigned long x0)
{
  unsigned long acc = 0x50502e1b0cd5cd28UL;
  struct node *p46 = gc_alloc (sizeof (struct node));
  p46->val = ((unsigned long) ((uintptr_t) p46 != 0) & list_len (p46));
  p46->next = p46;
  acc += (x0 ^ (x0 ? x0 : g_n[0]->val));
  if (x0 % 3 == 1)
  {
  }
  else
  {
    struct node *arr47[4] = { p46, (p46->other ? p46->other : g_n[3]), p46, p46 };
  }
  unsigned long u48 = (p46->val | p46->val);
  acc += p46->a[1642941056UL & 3];
  printf ("f5.2 %lu\n", acc);
  struct node s49 = { 0 };
  s49.val = (g_n[2]->next ? g_n[2]->next->val : g_n[1]->val);
  s49.next = p46;
  struct node *p50 = gc_alloc (sizeof (struct node));
  p50->val = s49.a[0];
  p50->a[1] = (p46->a[2] << (0x5784734e3d5a9774UL & 63));
  struct node *w51 = p46;
  for (unsigned long i52 = 0; i52 < 1; i52++)
  {
    w51 = gc_alloc (sizeof (struct node));
    w51->val = i52 * (p46->a[2] ? p46->val : u48);
    acc += w51->val + list_sum (w51);
  }
  printf ("f5.3 %lu\n", acc);
  acc += apply (cb_read, g_n[3], *g_up);
  g_up = &g_n[1]->a[2];
  g_h.pr.a = g_n[g_n[2]->val & 3];
  acc += (unsigned long) ((uintptr_t) (s49.next ? s49.next : p50) != 0);
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
  unsigned long acc = 36UL;
  struct node *p53 = gc_alloc (sizeof (struct node));
  p53->val = ((p53->a[0] / (2UL | 1)) ? (0UL ^ g_n[0]->val) : p53->a[1]);
  struct node *p54 = gc_alloc (sizeof (struct node));
  p54->val = ((g_n[3]->val & 0x7ff64b543fbb8155UL) / (g_n[0]->val | 1));
  p54->next = (p54->next ? p54->next : p53);
  acc += (unsigned long) ((uintptr_t) p54 != 0);
  for (unsigned long i55 = 0; i55 < 3; i55++)
  {
    struct node *p56 = NEW (struct node);
    p56->val = 0x11e56a6751d04a9fUL;
    p56->a[1] = i55;
    p56->next = p53;
    f3 (g_n[p56->val & 3], p54, i55, (p56->next ? p56->next->val : g_n[3]->val));
    void *vp57 = g_n[p54->val & 3];
    printf ("main.4 %lu\n", acc);
  }
  p53->val += (p54->next ? p54->next->val : 0x2e8d275c25e82efaUL);
  p54->next = p53;
  acc += f0 (0x5d4f2fa629a95150UL, p53->a[p53->val & 3]);
  f3 (g_n[3], (g_n[2]->val & 1 ? p54 : p53), g_n[0]->val, (p54->a[3] ? 54UL : p53->a[2]));
  struct node **v58 = gc_alloc (4 * sizeof (struct node *));
  v58[1] = (g_n[3]->val & 1 ? g_n[2] : g_n[1]);
  v58[2] = g_n[1];
  v58[3] = (g_n[3]->next ? g_n[3]->next : g_n[1]);
  v58[g_acc & 3] = g_n[2];
  unsigned long st59 = 0;
  for (struct node *q = p54; q && st59 < 8; q = q->next, st59++)
    acc += q->val * (st59 + 1);
  acc += ((p53->a[3] ? p54->a[0] : 913308001UL) ? (unsigned long) ((uintptr_t) p54 != 0) : (g_n[0]->slot ? ((struct node *) g_n[0]->slot)->val : st59));
  struct node *w60 = p54;
  for (unsigned long i61 = 0; i61 < 5; i61++)
  {
    w60 = gc_alloc (sizeof (struct node));
    w60->val = i61 * (p54->next ? p54->next->val : i61);
    acc += w60->val + list_sum (w60);
  }
  struct node **v62 = gc_alloc (4 * sizeof (struct node *));
  v62[0] = (p53->next ? p53->next : p54);
  v62[1] = (0x6890cc5950acc5e1UL & 1 ? p53 : p54);
  v62[2] = (g_n[0]->next ? g_n[0]->next : p54);
  v62[3] = (v62[1] ? v62[1] : p53);
  for (unsigned long i63 = 0; i63 < 1; i63++)
  {
    struct node *p64 = gc_alloc (sizeof (struct node));
    p64->val = deep_sum (g_n[w60->val & 3], 1);
    f5 ((g_n[2]->a[2] - p53->val));
    gc_free (w60);
  }
  acc += list_len (p54);
  struct node *p65 = gc_alloc (sizeof (struct node));
  p65->val = ((st59 * st59) << ((p53->slot ? ((struct node *) p53->slot)->val : 2UL) & 63));
  p65->next = p65;
  acc += apply (cb_keep, g_n[2], (unsigned long) (w60 == p65));
  g_acc += ((p53->val / (p53->val | 1)) - (p53->a[3] ^ p54->val));
  p54->slot = g_n[3];
  struct node *p66 = gc_alloc (sizeof (struct node));
  p66->val = (unsigned long) ((uintptr_t) p66 != 0);
  p66->a[1] = (p53->val | st59);
  p66->next = p65;
  { unsigned long *q = &p65->a[2]; *q ^= (g_n[2]->val << (st59 & 63)); }
  struct node **v67 = gc_alloc (4 * sizeof (struct node *));
  v67[0] = w60;
  v67[1] = (v67[0] ? v67[0] : g_n[1]);
  v67[2] = p66;
  v67[3] = p66;
  acc += (deep_sum (p65, 0) >> ((6UL ^ p66->a[1]) & 63));
  w60->other = (w60->other ? w60->other : p66);
  f1 (g_n[2], p53, st59, (unsigned long) ((uintptr_t) w60 != 0));
  printf ("main.f1 %lu\n", acc);
  acc += f2 ((p53->other ? p53->other : p66), g_n[1], p66);
  printf ("main.f2 %lu\n", acc);
  struct node *p68 = f4 (w60, (st59 & 1 ? g_n[2] : g_n[0]), p54, p65->a[0], g_n[2]->val);
  printf ("main.f4 %lu\n", acc);
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

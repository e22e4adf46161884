/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0033.c */
/* gcc-escape fuzz program, seed 33: testsuite/fuzz/gen 33 */
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
static unsigned long apply (cb_t f, void *ctx, unsigned long x) { return f (ctx, x); }

struct node *f0 (struct node *n0, struct node **out);
static void f1 (unsigned long x0);
static unsigned long f2 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
unsigned long r3 (unsigned long d, unsigned long x0, unsigned long x1);
static void r4 (unsigned long d, struct node *n0, unsigned long x0, struct pair pr);
static void f5 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr);
static void f6 (struct node *n0, struct node *n1);
static void f7 (struct node **out);

__attribute__ ((noinline)) struct node *f0 (struct node *n0, struct node **out)
{
  unsigned long acc = 1UL;
  struct node *p2 = NEW (struct node);
  p2->val = ((p2->val - 15UL) << (list_len (p2) & 63));
  struct node *p3 = gc_alloc (sizeof (struct node));
  p3->next = p3;
  g_list = n0;
  acc += (g_n[2]->val | p2->a[3]);
  unsigned long u4 = ((p3->next ? p3->next : p3)->slot ? ((struct node *) (p3->next ? p3->next : p3)->slot)->val : (0UL >> (1UL & 63)));
  struct node *p5 = gc_alloc (sizeof (struct node));
  p5->val = ((unsigned long) ((uintptr_t) p5 != 0) & (p3->slot ? ((struct node *) p3->slot)->val : u4));
  void *vp6 = n0;
  acc = mix (acc, deep_sum (p3, 0));
  struct node *p7 = gc_alloc (sizeof (struct node));
  p7->val = (p5->next ? p5->next->val : (unsigned long) (n0 == p5));
  return g_n[p2->a[0] & 3];
}

static void f1 (unsigned long x0)
{
  unsigned long acc = 29UL;
  struct node *p9 = gc_alloc (64);
  p9->val = g_n[3]->val;
  struct node *arr10[4] = { g_n[2], g_n[3], g_n[3], g_n[2] };
  printf ("f1.0 %lu\n", acc);
  p9->a[list_len (p9) & 3] = (list_sum (p9) & list_sum (g_n[1]));
  for (unsigned long i11 = 0; i11 < 1; i11++)
  {
    struct node *p12 = gc_alloc (sizeof (struct node));
    p12->val = *g_up;
    p12->a[1] = i11;
    struct node *p13 = f0 ((g_n[1]->next ? g_n[1]->next : p12), &p9);
    arr10[p13->a[3] & 3] = p12;
  }
  for (unsigned long i14 = 0; i14 < 6; i14++)
  {
    gc_free (p9);
  }
  g_acc += list_sum (arr10[x0 & 3]);
  p9 = f0 (g_n[2], &p9);
  if (p9->a[list_sum (p9) & 3] % 3 == 0)
  {
    if (deep_sum (p9, 2) % 3 == 1)
    {
      p9->val += ((0x75b573361165e0acUL / (p9->a[0] | 1)) >> ((p9->a[3] & g_n[2]->val) & 63));
      g_up = &(p9->other ? p9->other : p9)->a[1];
      acc = mix (acc, (p9->slot ? ((struct node *) p9->slot)->val : x0));
    }
    else
    {
      p9->a[(x0 / (x0 | 1)) & 3] = ((p9->a[1] | x0) + (p9->next ? p9->next->val : 1UL));
      struct node **v15 = gc_alloc (4 * sizeof (struct node *));
      v15[0] = arr10[g_n[1]->a[0] & 3];
    }
  }
  else
  {
  }
  g_acc ^= acc;
}

static unsigned long f2 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x43430380fcee688UL;
  struct node *p20 = gc_alloc (64);
  acc += (g_n[1]->val * n1->val);
  if (deep_sum (n1, 2) % 2 == 1)
  {
  }
  else
  {
    struct node s21 = { 0 };
    s21.val = x1;
  }
  struct node *p22 = NEW (struct node);
  struct node *p23 = gc_alloc (64 + ((n1->a[2] - 42UL) & 7));
  p23->a[2] = (x1 ? p22->a[0] : g_n[1]->val);
  p22 = f0 (g_n[x1 & 3], &p22);
  unsigned long st24 = 0;
  for (struct node *q = g_n[g_n[0]->val & 3]; q && st24 < 8; q = q->next, st24++)
    acc += q->val * (st24 + 1);
  if (g_n[0]->val % 4 == 1)
  {
    p23 = f0 (n0, &n0);
    g_h.pr.b = (n0->other ? n0->other : p20);
  }
  else
  {
    p20->val += (list_len (p23) | x0);
    struct node *p25 = gc_calloc (1, sizeof (struct node));
    p25->val = x1;
    p25->next = (st24 & 1 ? p23 : p23);
    unsigned long *b26 = gc_alloc (96);
    b26[1] = (p22->slot ? ((struct node *) p22->slot)->val : p22->val);
    b26[2] = p23->a[3];
    b26[3] = 0xd8a07cf3048d4ecUL;
  }
  f1 ((unsigned long) (p20 == n0));
  return acc ^ g_n[1]->val;
}

unsigned long r3 (unsigned long d, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2UL;
  if (d == 0)
    return acc;
  struct node *p29 = gc_alloc (sizeof (struct node));
  p29->next = p29;
  p29 = f0 (g_n[p29->a[3] & 3], &p29);
  p29->a[list_len (p29) & 3] = p29->a[(p29->next ? p29->next->val : 13UL) & 3];
  struct node *arr30[4] = { g_n[1], (x1 & 1 ? g_n[1] : g_n[0]), g_n[2], g_n[g_n[0]->val & 3] };
  p29->a[list_sum (g_n[2]) & 3] = p29->val;
  struct node *w31 = p29;
  for (unsigned long i32 = 0; i32 < 4; i32++)
  {
    w31 = gc_alloc (sizeof (struct node));
    w31->val = i32 * (i32 - x0);
    acc += w31->val + list_sum (w31);
  }
  w31->next = p29;
  p29->other = p29;
  if (w31 != w31)
    memcpy (w31, w31, sizeof (struct node));
  p29->val += (p29->val ^ list_len (w31));
  struct node *w33 = p29;
  for (unsigned long i34 = 0; i34 < 4; i34++)
  {
    w33 = gc_alloc (sizeof (struct node));
    w33->val = i34 * (w33->next ? w33->next->val : x0);
    acc += w33->val + list_sum (w33);
  }
  if (d > 0)
  {
    r4 (d - 1, arr30[g_n[2]->val & 3], w33->val, (struct pair) { w31, g_n[g_n[3]->val & 3] });
  }
  return acc ^ (g_n[1]->val ? g_n[3]->val : 2UL);
}

static void r4 (unsigned long d, struct node *n0, unsigned long x0, struct pair pr)
{
  unsigned long acc = 0x5711ab6e4c777194UL;
  if (d == 0)
    return;
  struct node *p37 = pr.a;
  p37->next = p37;
  struct node *p38 = NEW (struct node);
  p38->val = (x0 ? g_n[2]->val : p37->a[0]);
  p38->next = (p37->a[3] & 1 ? p37 : g_n[0]);
  struct node *p39 = (struct node *) ((uintptr_t) p38 | 0);
  n0 = f0 ((p39->other ? p39->other : p39), &p38);
  g_list->other = p39;
  struct node *p40 = gc_alloc (sizeof (struct node));
  p40->val = (list_len (p39) % (p40->a[p40->val & 3] | 1));
  acc = mix (acc, x0);
  unsigned long st41 = 0;
  for (struct node *q = (st41 & 1 ? g_n[2] : g_n[3]); q && st41 < 8; q = q->next, st41++)
    acc += q->val * (st41 + 1);
  { unsigned long *q = &p37->a[3]; *q ^= g_acc; }
  if (st41 % 6 == 1) return;
  { unsigned long *q = &n0->a[2]; *q ^= list_len (p38); }
  if (d > 0)
  {
    acc += r3 (d - 1, (unsigned long) (p39 == p37), (g_n[2]->next ? g_n[2]->next->val : p37->val));
  }
  g_acc ^= acc;
}

static inline void f5 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 1276653350UL;
  struct node *p47 = pr.b;
  f1 (n1->a[p47->a[0] & 3]);
  acc += f2 (g_n[3], p47, list_len (p47), (2974697254UL * n0->val));
  unsigned long st48 = 0;
  for (struct node *q = (n2->other ? n2->other : n0); q && st48 < 8; q = q->next, st48++)
    acc += q->val * (st48 + 1);
  struct node *p49 = NEW (struct node);
  p49->val = *g_up;
  p49->next = p47;
  __asm__ volatile ("" : : "r" (p47) : "memory");
  struct node *w50 = g_n[2];
  for (unsigned long i51 = 0; i51 < 2; i51++)
  {
    w50 = gc_alloc (sizeof (struct node));
    w50->val = i51 * (unsigned long) (n0 == n1);
    acc += w50->val + list_sum (w50);
  }
  x1 = r3 ((w50->a[1] / (n1->val | 1)) % 4, *g_up, (x0 + p49->a[3]));
  g_acc += (unsigned long) (n1 == w50);
  acc = mix (acc, (x1 | st48));
  acc += ((unsigned long) (p49 == n2) + x0);
  g_up = &w50->a[1];
  w50->next = n2;
  acc += 35UL;
  g_acc ^= acc;
}

static void f6 (struct node *n0, struct node *n1)
{
  unsigned long acc = 96UL;
  f5 (n1, (n1->val & 1 ? n0 : n0), n1, list_len (n1), (3050028756UL + 651060358UL), (struct pair) { g_n[0], g_n[1] });
  struct node *p54 = gc_alloc (64);
  p54->val = (p54->next ? p54->next->val : list_len (p54));
  p54->next = n0;
  g_n[1]->next = (1908931012UL & 1 ? n0 : n1);
  n0->other = (p54->next ? p54->next : n1);
  struct node *p55 = gc_alloc (sizeof (struct node));
  p55->val = (0x36f687e20784fe71UL * 0UL);
  unsigned long u56 = 0x294ca0d36d6d443fUL;
  g_acc ^= acc;
}

static __attribute__ ((noinline)) void f7 (struct node **out)
{
  unsigned long acc = 49UL;
  struct node *p57 = gc_alloc (sizeof (struct node));
  p57->a[0] = (p57->slot ? ((struct node *) p57->slot)->val : 66UL);
  p57->next = (p57->other ? p57->other : g_n[1]);
  g_any = g_n[3UL & 3];
  void *vp58 = (p57->next ? p57->next : p57);
  acc += *out ? (*out)->val : list_sum (p57);
  struct node *arr59[4] = { p57, ((struct node *) vp58), (*out ? *out : p57), g_n[0UL & 3] };
  acc += r3 (2UL % 4, (1165651932UL + 934151915UL), arr59[0x1358cdd623cc6c1bUL & 3]->val);
  p57->other = g_n[g_n[2]->val & 3];
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
  unsigned long acc = 33UL;
  struct node *p60 = gc_alloc (sizeof (struct node));
  p60->val = p60->a[g_acc & 3];
  struct node **v61 = gc_alloc (4 * sizeof (struct node *));
  v61[0] = g_n[3];
  v61[1] = (v61[3] ? v61[3] : g_n[2]);
  v61[2] = g_n[2];
  for (unsigned long i62 = 0; i62 < 6; i62++)
  {
    struct node *p63 = gc_alloc (sizeof (struct node));
    p63->val = ((90UL >> (i62 & 63)) >> (i62 & 63));
    p63->a[1] = (p60->next ? p60->next->val : p63->a[2]);
    p63->next = (p63->other ? p63->other : p63);
    p63->next = p60;
    p60 = p63;
  }
  { unsigned long *q = &p60->a[0]; *q ^= (unsigned long) ((uintptr_t) p60 != 0); }
  struct node *p64 = gc_alloc (sizeof (struct node));
  p64->val = g_acc;
  f1 (92UL);
  acc += *g_up;
  { unsigned long *q = &p64->a[1]; *q ^= 3UL; }
  struct node *p65 = gc_alloc (sizeof (struct node));
  p65->val = ((v61[0] ? v61[0] : p65)->slot ? ((struct node *) (v61[0] ? v61[0] : p65)->slot)->val : p64->a[2]);
  acc += (unsigned long) (g_n[3] == p64);
  g_acc += p64->a[0x11ace23d5c8d177fUL & 3];
  acc += (unsigned long) ((uintptr_t) p64 != 0);
  struct node s66 = { 0 };
  s66.val = (g_n[3]->val | 0x119a35b758145417UL);
  r4 ((unsigned long) ((uintptr_t) p64 != 0) % 4, (p60->a[1] & 1 ? p64 : p65), (61UL ^ g_n[2]->val), (struct pair) { p65, p65 });
  printf ("main.r4 %lu\n", acc);
  f6 ((3UL & 1 ? p64 : p65), p60);
  printf ("main.f6 %lu\n", acc);
  f7 (&p65->other);
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

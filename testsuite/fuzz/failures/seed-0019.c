/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0019.c */
/* gcc-escape fuzz program, seed 19: testsuite/fuzz/gen 19 */
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

void f0 (unsigned long x0);
static unsigned long f1 (unsigned long x0, unsigned long x1);
static void f2 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out, struct pair pr);
static struct node *f3 (void);
void f4 (void);
unsigned long f5 (struct node *n0, struct pair pr);
static void r6 (unsigned long d, struct node *n0, unsigned long x0, struct node **out);
static void r7 (unsigned long d, struct node *n0);

void f0 (unsigned long x0)
{
  unsigned long acc = 3UL;
  struct node *p2 = gc_alloc (sizeof (struct node));
  p2->val = ((p2->next ? p2->next : p2)->next ? (p2->next ? p2->next : p2)->next->val : (g_n[1]->val << (p2->a[2] & 63)));
  p2->next = p2;
  if (p2 != (p2->other ? p2->other : p2))
    memcpy (p2, (p2->other ? p2->other : p2), sizeof (struct node));
  for (unsigned long i3 = 0; i3 < 3; i3++)
  {
    struct node *p4 = gc_calloc (1, sizeof (struct node));
    p4->val = (p2->slot ? ((struct node *) p2->slot)->val : (i3 & i3));
    p4->a[(unsigned long) ((uintptr_t) p2 != 0) & 3] = (35UL % (g_n[3]->a[3] | 1));
    p4->other = p4;
    p2->next = p4;
  }
  void *vp5 = (g_n[1]->val & 1 ? p2 : p2);
  x0 = 0x27a008b92a3c658bUL;
  gc_free (p2);
  p2->other = p2;
  g_acc ^= acc;
}

static unsigned long f1 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3UL;
  struct node *p8 = gc_alloc (sizeof (struct node));
  acc += apply (cb_keep, (g_n[1]->other ? g_n[1]->other : g_n[2]), list_sum (g_n[0]));
  { unsigned long *q = &p8->a[0]; *q ^= p8->a[3]; }
  struct node *p9 = gc_alloc (sizeof (struct node));
  p9->val = list_len (p8);
  p9->next = p9;
  struct node **v10 = gc_alloc (4 * sizeof (struct node *));
  v10[2] = p9;
  v10[3] = p9;
  struct node *w11 = p8;
  for (unsigned long i12 = 0; i12 < 4; i12++)
  {
    w11 = gc_alloc (sizeof (struct node));
    w11->val = i12 * list_sum (p9);
    acc += w11->val + list_sum (w11);
  }
  f0 ((g_n[2]->val % (p8->a[0] | 1)));
  acc += 0x45563baf732d6c4bUL;
  g_up = &(v10[3] ? v10[3] : p9)->a[1];
  p8 = w11;
  struct node *p13 = gc_alloc (sizeof (struct node));
  return acc ^ (x0 & p9->a[0]);
}

static void f2 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out, struct pair pr)
{
  unsigned long acc = 87UL;
  struct node *p18 = pr.a;
  f0 ((n1->slot ? ((struct node *) n1->slot)->val : x0));
  g_acc += (x1 / (deep_sum (n0, 0) | 1));
  struct node *p19 = gc_alloc (sizeof (struct node));
  p19->val = ((unsigned long) ((uintptr_t) n1 != 0) << (list_len (n0) & 63));
  p19->next = p18;
  { unsigned long *q = &n1->a[2]; *q ^= (1184750322UL * n0->val); }
  struct node *p20 = gc_alloc (sizeof (struct node));
  p20->val = (p18->a[p18->a[3] & 3] - (n0->a[2] & p18->val));
  struct node *w21 = p19;
  for (unsigned long i22 = 0; i22 < 3; i22++)
  {
    w21 = gc_alloc (sizeof (struct node));
    w21->val = i22 * (unsigned long) (g_n[2] == p19);
    acc += w21->val + list_sum (w21);
  }
  struct node s23 = { 0 };
  s23.val = list_sum (p19);
  s23.next = (n1->other ? n1->other : p20);
  p20 = (*out ? *out : n1);
  acc += f1 (list_len (p18), g_n[2]->val);
  struct node *w24 = w21;
  for (unsigned long i25 = 0; i25 < 1; i25++)
  {
    w24 = gc_alloc (sizeof (struct node));
    w24->val = i25 * p19->a[i25 & 3];
    acc += w24->val + list_sum (w24);
  }
  acc += f1 (g_acc, (unsigned long) ((uintptr_t) n0 != 0));
  struct node s26 = { 0 };
  s26.val = x1;
  s26.next = (s26.next ? s26.next : n1);
  s26.other = (*out ? *out : p19);
  w21->next = (s26.next ? s26.next : p20);
  g_acc ^= acc;
}

static struct node *f3 (void)
{
  unsigned long acc = 0x354d18ed1ff40568UL;
  struct node *p27 = gc_alloc (sizeof (struct node));
  p27->val = (0x5f39dc1c1df6e7c1UL * (p27->next ? p27->next->val : 0x638f0a8d2456522eUL));
  acc += (unsigned long) ((uintptr_t) p27 != 0);
  if (65UL % 7 == 1) return p27;
  { unsigned long *q = &p27->a[1]; *q ^= deep_sum (p27, 2); }
  for (unsigned long i28 = 0; i28 < 1; i28++)
  {
    struct node *p29 = gc_alloc (sizeof (struct node));
    p29->val = 0x66e5e423140dc559UL;
    p27->val += ((i28 & 1 ? p29 : p29)->next ? (i28 & 1 ? p29 : p29)->next->val : (i28 | g_n[2]->val));
  }
  struct node *p30 = (struct node *) ((uintptr_t) p27 | 0);
  if ((g_n[0]->val * 3UL) % 2 == 1)
  {
    void *vp31 = g_n[1];
  }
  else
  {
  }
  return p27;
}

void f4 (void)
{
  unsigned long acc = 72UL;
  struct node *p32 = gc_alloc (sizeof (struct node));
  p32->val = p32->a[(g_n[3]->val ? p32->a[3] : 47574828UL) & 3];
  p32->a[0] = (unsigned long) (p32 == p32);
  p32->next = (p32->other ? p32->other : p32);
  acc += f1 ((g_n[0]->val ? 16UL : 0x78e7034d34e98642UL), g_n[1]->val);
  for (unsigned long i33 = 0; i33 < 1; i33++)
  {
    struct node *p34 = gc_alloc (64);
    p34->val = i33;
    p34->a[3] = (unsigned long) (p34 == p34);
    struct node *p35 = gc_alloc (64);
    p35->val = (i33 + (p34->val & i33));
    p35->a[2] = (g_n[1]->val & p35->a[1]);
    p35->next = g_n[g_n[0]->a[3] & 3];
    for (unsigned long i36 = 0; i36 < 6; i36++)
    {
      acc += deep_sum (g_n[i33 & 3], 2);
      if ((i36 & p35->a[2]) % 4 == 0)
      {
        acc += f1 ((p32->next ? p32->next->val : i36), (p32->next ? p32->next->val : i36));
        if (g_acc % 2 == 0)
        {
          g_h.p = p32;
        }
        else
        {
          void *vp37 = p34;
          void *vp38 = (p32->next ? p32->next : p32);
        }
      }
      else
      {
      }
      acc += p32->a[deep_sum (p35, 2) & 3];
    }
    p32->other = p32;
  }
  struct node *p39 = gc_alloc (sizeof (struct node));
  p39->val = ((unsigned long) ((uintptr_t) p39 != 0) & 68UL);
  p39->a[3] = (unsigned long) ((uintptr_t) p32 != 0);
  p39->next = p39;
  g_n[0]->next = p32;
  struct node s40 = { 0 };
  s40.val = (unsigned long) (p39 == p39);
  s40.next = (p39->next ? p39->next : p32);
  s40.other = p39;
  g_acc ^= acc;
}

__attribute__ ((noinline)) unsigned long f5 (struct node *n0, struct pair pr)
{
  unsigned long acc = 1UL;
  struct node *p42 = pr.b;
  p42->next = n0;
  struct node *p43 = gc_calloc (1, sizeof (struct node));
  p43->val = (p43->next ? p43->next->val : g_n[2]->val);
  unsigned long *b44 = gc_alloc (64 + ((g_n[3]->val & p43->a[1]) & 7));
  b44[0] = (1UL & b44[3]);
  b44[1] = (p42->next ? p42->next->val : 3948868198UL);
  b44[2] = p42->a[3];
  unsigned long u45 = (p43->a[1] & 3UL);
  struct node s46 = { 0 };
  s46.val = list_len (p43);
  s46.next = p43;
  s46.other = (p42->next ? p42->next : p43);
  struct node **v47 = gc_alloc (4 * sizeof (struct node *));
  v47[0] = (n0->next ? n0->next : n0);
  v47[3] = n0;
  acc = mix (acc, (n0->slot ? ((struct node *) n0->slot)->val : u45));
  if (p42 != (g_n[1]->next ? g_n[1]->next : p42))
    memcpy (p42, (g_n[1]->next ? g_n[1]->next : p42), sizeof (struct node));
  { struct node *volatile vol = p42; acc += vol->val; }
  acc = mix (acc, p43->val);
  return acc ^ (unsigned long) (p42 == p43);
}

static void r6 (unsigned long d, struct node *n0, unsigned long x0, struct node **out)
{
  unsigned long acc = 6UL;
  if (d == 0)
    return;
  acc = mix (acc, (x0 ? n0->a[0] : n0->val));
  g_up = &n0->a[2];
  struct node *p50 = gc_alloc (sizeof (struct node));
  p50->val = p50->a[0];
  g_acc += (unsigned long) ((uintptr_t) n0 != 0);
  acc = mix (acc, (g_n[2]->val + x0));
  if (x0 % 4 == 1)
  {
    struct node *arr51[4] = { (*out ? *out : n0), (p50->other ? p50->other : n0), (p50->other ? p50->other : n0), g_n[1] };
    for (unsigned long i52 = 0; i52 < 3; i52++)
    {
      struct node *p53 = gc_alloc (sizeof (struct node));
      p53->val = (p53->a[g_n[2]->val & 3] & list_len (n0));
      void *vp54 = (*out ? *out : n0);
      acc += deep_sum (n0, 0);
    }
    if (p50 != n0)
      memcpy (p50, n0, sizeof (struct node));
  }
  else
  {
    acc += *out ? (*out)->val : p50->a[3];
    n0->other = (n0->other ? n0->other : n0);
  }
  if (d > 0)
  {
    r7 (d - 1, n0);
  }
  g_acc ^= acc;
}

static void r7 (unsigned long d, struct node *n0)
{
  unsigned long acc = 2315218576UL;
  if (d == 0)
    return;
  acc = mix (acc, deep_sum (n0, 1));
  n0->slot = (n0->next ? n0->next : n0);
  struct node *p56 = gc_alloc (sizeof (struct node));
  p56->val = (2UL ? 92UL : 38UL);
  p56->slot = p56;
  n0->other = (p56->next ? p56->next : p56);
  n0 = p56;
  n0->other = p56;
  n0->next = p56;
  struct node *p57 = gc_alloc (sizeof (struct node));
  p57->val = n0->a[(1UL >> (n0->a[1] & 63)) & 3];
  acc += f5 (p56, (struct pair) { p57, p56 });
  if (d > 0)
  {
    r7 (d - 1, g_n[p57->val & 3]);
  }
  acc += apply (cb_keep, g_n[p57->a[0] & 3], (unsigned long) (n0 == p56));
  unsigned long st58 = 0;
  for (struct node *q = n0; q && st58 < 8; q = q->next, st58++)
    acc += q->val * (st58 + 1);
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
  unsigned long acc = 19UL;
  struct node *p59 = NEW (struct node);
  p59->val = (deep_sum (p59, 0) - 0UL);
  p59->next = p59;
  acc = mix (acc, p59->a[2]);
  g_up = &g_n[3]->a[3];
  p59->other = (1UL & 1 ? p59 : p59);
  acc += apply (cb_read, g_n[p59->a[2] & 3], p59->a[p59->val & 3]);
  acc = mix (acc, g_n[2]->val);
  if (672684529UL % 4 == 1)
  {
    __asm__ volatile ("" : : "r" (p59) : "memory");
  }
  p59 = f3 ();
  p59->next = p59;
  f2 (p59, g_n[0], (p59->slot ? ((struct node *) p59->slot)->val : 4214535601UL), p59->a[1], &p59, (struct pair) { g_n[1UL & 3], g_n[2] });
  printf ("main.f2 %lu\n", acc);
  f4 ();
  printf ("main.f4 %lu\n", acc);
  r6 ((p59->a[3] ^ p59->val) % 4, g_n[0], (g_n[2]->val / (4080716072UL | 1)), &p59->other);
  printf ("main.r6 %lu\n", acc);
  r7 ((unsigned long) ((uintptr_t) p59 != 0) % 4, p59);
  printf ("main.r7 %lu\n", acc);
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

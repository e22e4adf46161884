/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0023.c */
/* gcc-escape fuzz program, seed 23: testsuite/fuzz/gen 23 */
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

void f0 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out);
struct node *f1 (struct pair pr);
static void r2 (unsigned long d);
static struct node *r3 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0);
struct node *r4 (unsigned long d, unsigned long x0, struct pair pr);
static void f5 (unsigned long x0);
static struct node *f6 (struct node *n0);
unsigned long f7 (struct node *n0, struct node **out);
static unsigned long f8 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct pair pr);
static unsigned long f9 (struct node **out);
static void f10 (struct node *n0, struct node *n1, unsigned long x0);

void f0 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 2770795610UL;
  struct node *p4 = gc_alloc (sizeof (struct node));
  p4->val = 18UL;
  p4->next = (n0->other ? n0->other : n0);
  struct node *p5 = gc_alloc (64);
  p5->val = (x0 % ((p5->slot ? ((struct node *) p5->slot)->val : x0) | 1));
  gc_free (p5);
  printf ("f0.0 %lu\n", acc);
  struct node *p6 = gc_alloc (sizeof (struct node));
  p6->val = ((g_n[2]->val ^ n0->val) | (p5->slot ? ((struct node *) p5->slot)->val : x0));
  { unsigned long *q = &p6->a[3]; *q ^= (n0->slot ? ((struct node *) n0->slot)->val : x0); }
  p4->slot = p6;
  struct node s7 = { 0 };
  s7.val = list_sum (&s7);
  s7.next = (p5->next ? p5->next : p4);
  s7.other = (*out ? *out : p6);
  if (n0->a[81UL & 3] % 4 == 0)
  {
    struct node *arr8[4] = { p4, p4, n0, (n0->val & 1 ? n0 : n0) };
    p5->a[n0->val & 3] = g_n[3]->val;
  }
  *out = (*out ? *out : p6);
  g_acc ^= acc;
}

struct node *f1 (struct pair pr)
{
  unsigned long acc = 0x4369e03d534f210fUL;
  struct node *p9 = pr.b;
  struct node *p10 = gc_alloc (sizeof (struct node));
  if ((367108358UL << (list_len (p10) & 63)) % 2 == 0)
  {
    acc += 3457303268UL;
  }
  f0 ((g_n[1]->next ? g_n[1]->next : p10), (unsigned long) ((uintptr_t) p10 != 0), g_n[3]->val, &p10);
  f0 ((p10->other ? p10->other : g_n[1]), p10->val, (unsigned long) (p9 == p10), &p9);
  return g_n[0];
}

static inline void r2 (unsigned long d)
{
  unsigned long acc = 396539025UL;
  if (d == 0)
    return;
  struct node *p11 = gc_alloc (sizeof (struct node));
  p11->val = ((3UL | g_n[1]->val) * g_n[2]->val);
  p11->a[3] = (3606431190UL - 4029134535UL);
  g_up = &p11->a[3];
  if (d > 0)
  {
    r2 (d - 1);
  }
  p11 = p11;
  p11 = p11;
  if (list_sum ((g_n[2]->next ? g_n[2]->next : p11)) % 2 == 1)
  {
    for (unsigned long i12 = 0; i12 < 4; i12++)
    {
      struct node *p13 = gc_alloc (sizeof (struct node));
      p13->val = g_n[2]->val;
      p13->next = p11;
      for (unsigned long i14 = 0; i14 < 3; i14++)
      {
        acc += (unsigned long) (g_n[i12 & 3] == p13);
      }
      p11 = p13;
    }
  }
  struct node *p15 = NEW (struct node);
  p15->val = 45UL;
  p15->next = (p11->a[2] & 1 ? p11 : p15);
  struct node *p16 = gc_alloc (sizeof (struct node));
  p16->val = ((3180800873UL << (1UL & 63)) | 1UL);
  p16->next = p11;
  p11->val += p16->val;
  for (unsigned long i17 = 0; i17 < 5; i17++)
  {
    p11->slot = p11;
    struct node **v18 = gc_alloc (4 * sizeof (struct node *));
    v18[1] = (i17 & 1 ? p11 : p11);
    v18[2] = p11;
    p15->other = p15;
    p15->slot = (p11->next ? p11->next : p11);
  }
  f0 (p16, 2961772058UL, 92UL, &p11);
  g_acc ^= acc;
}

static struct node *r3 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return n0;
  struct node *p22 = gc_alloc (sizeof (struct node));
  p22->val = (n0->next ? n0->next->val : n1->a[3]);
  unsigned long *b23 = gc_alloc (64);
  b23[0] = b23[1];
  b23[2] = (n0->val << (1UL & 63));
  unsigned long st24 = 0;
  for (struct node *q = n0; q && st24 < 8; q = q->next, st24++)
    acc += q->val * (st24 + 1);
  struct node *arr25[4] = { g_n[x0 & 3], g_n[1780774648UL & 3], g_n[1], g_n[1] };
  acc += ((x0 ^ b23[0]) >> (n1->val & 63));
  for (unsigned long i26 = 0; i26 < 5; i26++)
  {
    struct node *p27 = gc_alloc (sizeof (struct node));
    p27->val = (unsigned long) (n1 == n1);
    p27->a[0] = deep_sum (g_n[0], 1);
    acc += (unsigned long) ((uintptr_t) n1 != 0);
  }
  struct node *p28 = gc_alloc (sizeof (struct node));
  p28->val = b23[3];
  p28->next = p28;
  for (unsigned long i29 = 0; i29 < 3; i29++)
  {
    struct node *p30 = gc_alloc (sizeof (struct node));
    p30->val = (unsigned long) ((uintptr_t) n1 != 0);
    acc += g_cb[n1->a[0] & 3] ((g_n[3]->other ? g_n[3]->other : g_n[1]), b23[3]);
    g_list = g_n[2];
    p22 = (p30->val & 1 ? n0 : p30);
  }
  g_list->other = (0x445f4cb954c4d2e8UL & 1 ? g_n[1] : g_n[0]);
  f0 ((35UL & 1 ? n0 : p22), list_sum (n1), (b23[1] ^ 0UL), &n0->other);
  struct node *arr31[4] = { g_n[3], (st24 & 1 ? g_n[3] : g_n[3]), (x0 & 1 ? g_n[1] : g_n[2]), g_n[2] };
  if (d > 0)
  {
    r2 (d - 1);
  }
  return g_n[3];
}

struct node *r4 (unsigned long d, unsigned long x0, struct pair pr)
{
  unsigned long acc = 0UL;
  if (d == 0)
    return g_n[1];
  struct node *p33 = pr.b;
  struct node *arr34[4] = { p33, p33, p33, (p33->next ? p33->next : p33) };
  for (unsigned long i35 = 0; i35 < 4; i35++)
  {
    for (unsigned long i36 = 0; i36 < 6; i36++)
    {
      struct node *p37 = gc_alloc (sizeof (struct node));
      p37->val = (unsigned long) ((uintptr_t) g_n[0] != 0);
      p37->next = g_n[2];
      unsigned long *b38 = gc_alloc (32);
      b38[0] = b38[p33->a[1] & 3];
      b38[1] = p37->a[3];
      unsigned long st39 = 0;
      for (struct node *q = p33; q && st39 < 8; q = q->next, st39++)
        acc += q->val * (st39 + 1);
      struct node *p40 = gc_alloc (sizeof (struct node));
      struct node *p41 = gc_calloc (1, sizeof (struct node));
      p41->val = p37->a[x0 & 3];
    }
  }
  struct node *p42 = gc_alloc (sizeof (struct node));
  p42->a[1] = (x0 ^ 3UL);
  p42->next = p33;
  acc += g_cb[g_n[0]->val & 3] (g_n[g_n[2]->val & 3], list_sum (p33));
  if (d > 0)
  {
    struct node *p43 = r4 (d - 1, (2UL & x0), (struct pair) { (p33->other ? p33->other : p33), p33 });
  }
  return p33;
}

static void f5 (unsigned long x0)
{
  unsigned long acc = 52UL;
  struct node *p45 = NEW (struct node);
  p45->val = list_len (p45);
  p45->val += (unsigned long) (p45 == p45);
  if (p45->val % 4 == 0)
  {
    struct node *p46 = f1 ((struct pair) { p45, (p45->val & 1 ? p45 : p45) });
  }
  else
  {
  }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) struct node *f6 (struct node *n0)
{
  unsigned long acc = 34UL;
  printf ("f6.1 %lu\n", acc);
  struct node *p48 = f1 ((struct pair) { (n0->next ? n0->next : g_n[0]), (g_n[3]->val & 1 ? n0 : n0) });
  if (list_len (n0) % 5 == 1) return (n0->next ? n0->next : g_n[1]);
  for (unsigned long i49 = 0; i49 < 5; i49++)
  {
    p48 = f1 ((struct pair) { n0, p48 });
    f5 (24UL);
    struct node *p50 = gc_calloc (1, sizeof (struct node));
  }
  f0 (n0, (unsigned long) ((uintptr_t) n0 != 0), (unsigned long) ((uintptr_t) p48 != 0), &n0);
  r2 (n0->a[2] % 4);
  p48->next = g_n[63UL & 3];
  for (unsigned long i51 = 0; i51 < 2; i51++)
  {
    struct node *p52 = gc_calloc (1, sizeof (struct node));
    p52->val = i51;
    p52->a[3] = 87UL;
    p52->next = p52;
    p52->next = n0;
    unsigned long u53 = (g_n[0]->val ^ deep_sum (p52, 1));
    n0 = p52;
  }
  return n0;
}

unsigned long f7 (struct node *n0, struct node **out)
{
  unsigned long acc = 0x146dc69b67d25edeUL;
  struct node *p55 = gc_alloc (64);
  p55->val = (unsigned long) (n0 == p55);
  g_acc += (list_sum (p55) & (g_n[3]->val ^ 2471511814UL));
  p55->a[78UL & 3] = deep_sum (n0, 1);
  struct node *p56 = gc_alloc (sizeof (struct node));
  p56->next = (p55->a[1] & 1 ? p55 : p55);
  p56 = f6 ((p56->next ? p56->next : p56));
  for (unsigned long i57 = 0; i57 < 4; i57++)
  {
    p55->slot = p56;
    if (g_n[3]->val % 2 == 0)
    {
      if (((p55->val & 1 ? g_n[0] : p55)->next ? (p55->val & 1 ? g_n[0] : p55)->next->val : p56->a[i57 & 3]) % 3 == 1)
      {
        acc += *out ? (*out)->val : (n0->slot ? ((struct node *) n0->slot)->val : i57);
        p55 = g_n[g_n[1]->val & 3];
        if (n0->val % 2 == 0)
        {
          acc += (i57 - p56->a[2UL & 3]);
        }
        else
        {
        }
      }
    }
    else
    {
    }
  }
  return acc ^ 0UL;
}

static inline unsigned long f8 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 4199581789UL;
  struct node *p62 = pr.a;
  struct node *p63 = NEW (struct node);
  p63->val = x1;
  p63->next = p62;
  if (x0 % 2 == 1)
  {
    if (0x1b2e063d797efd34UL % 3 == 0)
    {
      acc += apply (cb_keep, (g_n[3]->other ? g_n[3]->other : p63), (4268688003UL + 20UL));
      p63 = g_n[3];
    }
    unsigned long *b64 = gc_alloc (64);
    b64[1] = n0->a[2];
    b64[2] = b64[g_n[1]->a[2] & 3];
  }
  n1->a[(0x247570fc4ba2ec25UL >> (p63->a[1] & 63)) & 3] = (x0 | x0);
  struct node *w65 = p62;
  for (unsigned long i66 = 0; i66 < 2; i66++)
  {
    w65 = gc_alloc (sizeof (struct node));
    w65->val = i66 * (3UL ? g_n[0]->val : g_n[3]->val);
    acc += w65->val + list_sum (w65);
  }
  if ((g_n[2]->slot ? ((struct node *) g_n[2]->slot)->val : n1->a[1]) % 4 == 0)
  {
    p62->next = p63;
    printf ("f8.2 %lu\n", acc);
    if (list_len (g_n[x0 & 3]) % 4 == 1)
    {
    }
  }
  else
  {
  }
  return acc ^ (p62->val | x0);
}

static inline unsigned long f9 (struct node **out)
{
  unsigned long acc = 17UL;
  struct node *p67 = gc_alloc (sizeof (struct node));
  p67->val = g_acc;
  acc += (p67->val ? g_acc : 0x4cbee6a47d5ac660UL);
  acc += *out ? (*out)->val : g_n[1]->val;
  acc += 803040323UL;
  struct node s68 = { 0 };
  s68.val = list_len (p67);
  p67 = p67;
  g_list->other = p67;
  acc += g_acc;
  { unsigned long *q = &p67->a[2]; *q ^= (unsigned long) (p67 == p67); }
  p67 = (g_n[0]->next ? g_n[0]->next : p67);
  p67->other = (g_n[1]->next ? g_n[1]->next : p67);
  { unsigned long *q = &p67->a[3]; *q ^= (p67->slot ? ((struct node *) p67->slot)->val : p67->a[1]); }
  struct node *arr69[4] = { p67, p67, g_n[g_n[3]->val & 3], p67 };
  return acc ^ p67->val;
}

static __attribute__ ((noinline)) void f10 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 89UL;
  struct node *p73 = gc_alloc (sizeof (struct node));
  p73->val = (list_sum (n0) + p73->val);
  p73->next = (n1->next ? n1->next : n0);
  acc += f9 (&n0);
  struct node *p74 = gc_alloc (sizeof (struct node));
  p74->val = p74->a[g_n[1]->val & 3];
  p74->a[3] = (x0 / (n0->val | 1));
  p74->next = p74;
  f0 ((n1->other ? n1->other : n0), 30UL, (p74->next ? p74->next->val : x0), &g_n[1]);
  unsigned long *b75 = gc_alloc (32);
  struct node *w76 = p74;
  for (unsigned long i77 = 0; i77 < 4; i77++)
  {
    w76 = gc_alloc (sizeof (struct node));
    w76->val = i77 * (i77 | 0x2a5fdf5e3065256cUL);
    acc += w76->val + list_sum (w76);
  }
  for (unsigned long i78 = 0; i78 < 5; i78++)
  {
    struct node *p79 = gc_alloc (sizeof (struct node));
    p79->val = ((x0 ^ i78) & x0);
    f5 ((w76->slot ? ((struct node *) w76->slot)->val : p79->a[2]));
    x0 = p79->a[2];
  }
  p73->slot = g_n[1];
  p73 = n1;
  struct node s80 = { 0 };
  s80.val = list_sum (n1);
  s80.next = n0;
  g_any = p74;
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
  unsigned long acc = 23UL;
  struct node *p81 = gc_alloc (sizeof (struct node));
  acc += apply (cb_read, (p81->a[0] & 1 ? p81 : p81), list_sum (p81));
  if ((p81->a[2] / (0x5374e9c737b826e1UL | 1)) % 4 == 0)
  {
    if (55UL % 4 == 0)
    {
      acc += 787413619UL;
      acc = mix (acc, (2766820587UL - p81->val));
    }
    else
    {
      struct node *p82 = gc_alloc (sizeof (struct node));
      p82->val = deep_sum (p81, 2);
      p82->a[3] = (unsigned long) (p81 == g_n[1]);
    }
    g_h.p = g_n[g_n[2]->val & 3];
  }
  else
  {
    __asm__ volatile ("" : : "r" (p81) : "memory");
  }
  p81->a[g_n[2]->val & 3] = (unsigned long) ((p81->other ? p81->other : p81) == g_n[0]);
  acc += deep_sum (p81, 1);
  struct node *arr83[4] = { p81, g_n[1], p81, (p81->next ? p81->next : p81) };
  struct node *p84 = r3 ((3UL - 1UL) % 4, arr83[p81->a[3] & 3], p81, 1770931884UL);
  printf ("main.r3 %lu\n", acc);
  struct node *p85 = r4 (p81->a[2UL & 3] % 4, (4143674579UL | 3UL), (struct pair) { g_n[1], g_n[1] });
  printf ("main.r4 %lu\n", acc);
  acc += f7 ((p81->next ? p81->next : p81), &p81);
  printf ("main.f7 %lu\n", acc);
  acc += f8 (p81, p81, (p81->val + p81->val), deep_sum (p81, 1), (struct pair) { g_n[0], g_n[2694257107UL & 3] });
  printf ("main.f8 %lu\n", acc);
  f10 (p81, p81, g_n[1]->val);
  printf ("main.f10 %lu\n", acc);
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

/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0026.c */
/* gcc-escape fuzz program, seed 26: testsuite/fuzz/gen 26 */
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

static struct node *r0 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr);
void r1 (unsigned long d, unsigned long x0);
struct node *r2 (unsigned long d, struct node *n0, unsigned long x0, struct pair pr);
static unsigned long r3 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, struct node **out);
void f4 (void);
static unsigned long f5 (struct node *n0, struct node **out);

static inline struct node *r0 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 0UL;
  if (d == 0)
    return n0;
  struct node *p6 = pr.b;
  for (unsigned long i7 = 0; i7 < 6; i7++)
  {
    struct node *p8 = NEW (struct node);
    p8->val = (unsigned long) (n1 == n1);
    p8->next = n1;
    n1 = p8;
  }
  n1 = g_n[x1 & 3];
  struct node s9 = { 0 };
  s9.val = (g_n[3]->val >> (n2->val & 63));
  s9.next = (n1->other ? n1->other : n2);
  for (unsigned long i10 = 0; i10 < 1; i10++)
  {
    struct node *p11 = NEW (struct node);
    p11->val = ((0x70bb02a90286208dUL * g_n[0]->val) ? n0->val : *g_up);
    unsigned long st12 = 0;
    for (struct node *q = n0; q && st12 < 8; q = q->next, st12++)
      acc += q->val * (st12 + 1);
  }
  if ((n2->next ? n2->next->val : g_n[1]->val) % 4 == 1) return n2;
  if (d > 0)
  {
    r1 (d - 1, (n2->next ? n2->next->val : g_n[3]->val));
  }
  return g_n[x1 & 3];
}

void r1 (unsigned long d, unsigned long x0)
{
  unsigned long acc = 3UL;
  if (d == 0)
    return;
  struct node *p14 = gc_alloc (sizeof (struct node));
  p14->val = p14->a[(g_n[2]->val << (0UL & 63)) & 3];
  acc += g_acc;
  unsigned long *b15 = gc_alloc (32);
  b15[1] = (p14->a[3] << (g_n[3]->a[1] & 63));
  b15[2] = deep_sum (p14, 1);
  b15[3] = (b15[1] >> (15UL & 63));
  p14->other = (p14->other ? p14->other : g_n[0]);
  acc += ((unsigned long) (p14 == p14) << ((p14->next ? p14->next->val : 1188022554UL) & 63));
  g_acc += ((p14->val ? x0 : p14->a[2]) ? (p14->val >> (1437711102UL & 63)) : (unsigned long) ((uintptr_t) p14 != 0));
  if (d > 0)
  {
    p14 = r0 (d - 1, g_n[0], (p14->val & 1 ? p14 : p14), g_n[3], 0xe512e1510a67266UL, (g_n[1]->a[0] >> (x0 & 63)), (struct pair) { p14, p14 });
  }
  g_acc ^= acc;
}

struct node *r2 (unsigned long d, struct node *n0, unsigned long x0, struct pair pr)
{
  unsigned long acc = 3UL;
  if (d == 0)
    return n0;
  struct node *p18 = pr.b;
  printf ("r2.0 %lu\n", acc);
  p18->next = p18;
  printf ("r2.1 %lu\n", acc);
  for (unsigned long i19 = 0; i19 < 5; i19++)
  {
    struct node *p20 = gc_calloc (1, sizeof (struct node));
    p20->a[3] = p20->val;
    if (deep_sum (p18, 1) % 7 == 1) return g_n[1];
    acc += n0->a[(g_n[0]->val ? p20->a[1] : 91UL) & 3];
    struct node **v21 = gc_alloc (4 * sizeof (struct node *));
    v21[1] = (p18->a[2] & 1 ? p20 : p18);
    v21[2] = p20;
    p18->next = (v21[0] ? v21[0] : n0);
  }
  struct node *p22 = r0 ((n0->a[1] + 1UL) % 4, g_n[3], p18, g_n[1], (n0->a[3] + x0), (0UL ^ x0), (struct pair) { n0, (g_n[1]->other ? g_n[1]->other : n0) });
  g_acc += (x0 - (p22->a[1] >> (x0 & 63)));
  g_acc += (unsigned long) ((uintptr_t) (g_n[3]->val & 1 ? p22 : n0) != 0);
  struct node *w23 = g_n[0];
  for (unsigned long i24 = 0; i24 < 4; i24++)
  {
    w23 = gc_alloc (sizeof (struct node));
    w23->val = i24 * w23->a[g_n[3]->val & 3];
    acc += w23->val + list_sum (w23);
  }
  struct node *p25 = r0 ((n0->val << (w23->a[0] & 63)) % 4, p22, p18, g_n[x0 & 3], (g_n[1]->next ? g_n[1]->next->val : g_n[2]->val), p18->a[p22->val & 3], (struct pair) { (g_n[0]->val & 1 ? p18 : p22), p22 });
  if (d > 0)
  {
    acc += r3 (d - 1, p25, g_n[x0 & 3], g_n[g_n[2]->val & 3], &p25->next);
  }
  return p25;
}

static inline unsigned long r3 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, struct node **out)
{
  unsigned long acc = 0UL;
  if (d == 0)
    return acc;
  struct node *p29 = gc_alloc (sizeof (struct node));
  p29->next = p29;
  acc += apply (cb_read, n0, n1->val);
  p29 = r0 (p29->a[g_n[2]->val & 3] % 4, g_n[1UL & 3], p29, g_n[3], (281397919UL & 2342003708UL), (unsigned long) (n0 == n1), (struct pair) { (g_n[1]->next ? g_n[1]->next : n2), n0 });
  r1 (list_sum (n0) % 4, deep_sum (p29, 2));
  p29 = r0 ((n2->slot ? ((struct node *) n2->slot)->val : n1->a[3]) % 4, n0, (n0->next ? n0->next : n1), (n0->a[1] & 1 ? n0 : n0), g_n[2]->val, 36UL, (struct pair) { (p29->next ? p29->next : p29), g_n[47UL & 3] });
  for (unsigned long i30 = 0; i30 < 2; i30++)
  {
    struct node *p31 = NEW (struct node);
    p31->val = (list_len (n0) + (n2->next ? n2->next->val : i30));
    p31->a[0] = (n0->val ? i30 : n2->val);
    p31->next = n0;
    unsigned long *b32 = gc_alloc (96);
    b32[0] = i30;
    b32[1] = (0x2401a5868df455fUL * b32[0]);
    b32[2] = i30;
    b32[3] = n2->a[p31->a[1] & 3];
    if ((n1->slot ? ((struct node *) n1->slot)->val : i30) % 3 == 1) return acc ^ (i30 >> (n2->val & 63));
    if (1UL % 2 == 1)
    {
      r1 ((i30 % (b32[1] | 1)) % 4, (1724136416UL ? 0UL : i30));
    }
    else
    {
      p29->slot = g_n[0];
      struct node *p33 = gc_alloc (sizeof (struct node));
      p33->val = (n1->next ? n1->next->val : 0x3277b37029bb9f79UL);
    }
  }
  struct node *p34 = gc_calloc (1, sizeof (struct node));
  p34->val = g_n[3]->a[1];
  p34->a[2] = *g_up;
  p34->next = (n0->other ? n0->other : n0);
  gc_free (n0);
  acc += ((3UL - 2710873104UL) % (1UL | 1));
  if (d > 0)
  {
    n2 = r2 (d - 1, (n1->next ? n1->next : p34), n0->a[0x710563466ad0894aUL & 3], (struct pair) { p34, g_n[1] });
  }
  return acc ^ 3UL;
}

void f4 (void)
{
  unsigned long acc = 86UL;
  struct node *p35 = gc_alloc (64);
  p35->val = (unsigned long) (g_n[0] == p35);
  p35->a[0] = p35->val;
  struct node *p36 = NEW (struct node);
  p36->val = g_acc;
  p36->a[1] = (0x79ac54786c9e2a83UL << (p35->a[3] & 63));
  p36->next = p36;
  { struct node *volatile vol = p35; acc += vol->val; }
  for (unsigned long i37 = 0; i37 < 6; i37++)
  {
    struct node *p38 = NEW (struct node);
    p38->a[1] = g_n[0]->val;
    p38->next = p36;
    p36 = p38;
  }
  r1 ((35UL ? 2995345967UL : p35->val) % 4, 45UL);
  printf ("f4.2 %lu\n", acc);
  g_acc ^= acc;
}

static unsigned long f5 (struct node *n0, struct node **out)
{
  unsigned long acc = 2UL;
  void *vp40 = n0;
  n0 = r0 (n0->val % 4, (2866814000UL & 1 ? g_n[3] : g_n[2]), (n0->val & 1 ? n0 : n0), (n0->val & 1 ? g_n[2] : g_n[3]), g_n[2]->val, list_sum (n0), (struct pair) { (n0->next ? n0->next : n0), n0 });
  n0->val += list_sum (n0);
  struct node s41 = { 0 };
  s41.val = (87UL & 0UL);
  s41.next = (n0->other ? n0->other : n0);
  s41.other = (*out ? *out : n0);
  g_list->other = g_n[2];
  acc += ((97UL ? 1347868488UL : 2UL) * (n0->val + g_n[2]->val));
  f4 ();
  if (((g_n[2]->val ? 1UL : 2238116909UL) >> ((79UL ? n0->val : 3445253624UL) & 63)) % 2 == 0)
  {
    acc = mix (acc, list_len (n0));
    acc += *out ? (*out)->val : (n0->val / (n0->a[1] | 1));
    n0->other = n0;
  }
  unsigned long st42 = 0;
  for (struct node *q = (*out ? *out : n0); q && st42 < 8; q = q->next, st42++)
    acc += q->val * (st42 + 1);
  struct node *p43 = gc_alloc (64);
  p43->val = (n0->next ? n0->next->val : (st42 ? st42 : st42));
  struct node **v44 = gc_alloc (4 * sizeof (struct node *));
  v44[0] = g_n[2];
  v44[3] = g_n[0];
  *out = (p43->a[2] & 1 ? g_n[2] : g_n[2]);
  g_acc += (*g_up ? s41.a[1] : *g_up);
  return acc ^ (g_n[3]->val % (st42 | 1));
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
  unsigned long acc = 26UL;
  struct node *p45 = NEW (struct node);
  p45->val = (2UL | 0x1333b13458c42e90UL);
  p45->next = p45;
  acc += (unsigned long) ((uintptr_t) p45 != 0);
  unsigned long st46 = 0;
  for (struct node *q = p45; q && st46 < 8; q = q->next, st46++)
    acc += q->val * (st46 + 1);
  acc += f5 (p45, &p45->next);
  if ((p45->slot ? ((struct node *) p45->slot)->val : p45->a[1]) % 3 == 0)
  {
    unsigned long u47 = (unsigned long) ((uintptr_t) p45 != 0);
    struct node *p48 = gc_alloc (64);
    p48->val = (g_acc / (g_n[0]->val | 1));
    p48->next = p45;
    r1 ((p45->next ? p45->next->val : g_n[3]->val) % 4, (g_n[1]->val - u47));
  }
  else
  {
    acc = mix (acc, list_sum (p45));
  }
  struct node *p49 = r2 ((6UL << (g_n[2]->val & 63)) % 4, p45, (p45->a[0] << (g_n[1]->val & 63)), (struct pair) { p45, p45 });
  printf ("main.r2 %lu\n", acc);
  acc += r3 (list_sum (p45) % 4, (g_n[1]->next ? g_n[1]->next : g_n[0]), (p45->other ? p45->other : p45), p45, &p45->other);
  printf ("main.r3 %lu\n", acc);
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

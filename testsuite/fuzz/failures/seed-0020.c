/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0020.c */
/* gcc-escape fuzz program, seed 20: testsuite/fuzz/gen 20 */
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

static struct node *f0 (struct node *n0, struct node *n1, unsigned long x0, struct node **out);
static unsigned long f1 (struct node *n0, struct node *n1, unsigned long x0, struct node **out);
unsigned long f2 (struct node *n0, struct node *n1, struct node **out);
static void r3 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static void f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
void r5 (unsigned long d, unsigned long x0, unsigned long x1);
static struct node *r6 (unsigned long d, struct node *n0, struct node *n1);
static unsigned long r7 (unsigned long d, unsigned long x0, unsigned long x1);

static inline struct node *f0 (struct node *n0, struct node *n1, unsigned long x0, struct node **out)
{
  unsigned long acc = 1UL;
  struct node *p4 = NEW (struct node);
  p4->val = *g_up;
  p4->a[2] = list_sum (n0);
  p4 = p4;
  unsigned long st5 = 0;
  for (struct node *q = n1; q && st5 < 8; q = q->next, st5++)
    acc += q->val * (st5 + 1);
  acc += g_cb[(x0 << (n1->a[0] & 63)) & 3] (n0, (p4->a[2] / (g_n[1]->val | 1)));
  p4->slot = (n1->other ? n1->other : n0);
  n0 = n0;
  g_n[1] = p4;
  acc += *g_up;
  struct node s6 = { 0 };
  s6.val = (n1->val ? n0->val : n0->val);
  struct node **v7 = gc_alloc (4 * sizeof (struct node *));
  v7[0] = g_n[3937040602UL & 3];
  v7[1] = (n0->other ? n0->other : p4);
  v7[2] = p4;
  v7[3] = (g_n[3]->next ? g_n[3]->next : g_n[1]);
  g_list = p4;
  n0->other = (v7[2] ? v7[2] : n0);
  return (n0->next ? n0->next : p4);
}

static unsigned long f1 (struct node *n0, struct node *n1, unsigned long x0, struct node **out)
{
  unsigned long acc = 11UL;
  struct node *p11 = gc_alloc (sizeof (struct node));
  p11->val = (n0->next ? n0->next->val : 0UL);
  g_list = g_n[2];
  { struct node *volatile vol = n0; acc += vol->val; }
  acc += g_cb[g_acc & 3] (g_n[0], deep_sum (n0, 0));
  n1->a[x0 & 3] = (g_n[0]->next ? g_n[0]->next->val : (x0 << (x0 & 63)));
  g_acc += (list_sum (n0) ? (n0->val / (p11->a[1] | 1)) : 790868374UL);
  n1->slot = g_n[n1->val & 3];
  struct node *p12 = gc_alloc (sizeof (struct node));
  p12->val = list_len (n0);
  n1 = p12;
  struct node *w13 = p12;
  for (unsigned long i14 = 0; i14 < 5; i14++)
  {
    w13 = gc_alloc (sizeof (struct node));
    w13->val = i14 * (unsigned long) ((uintptr_t) p11 != 0);
    acc += w13->val + list_sum (w13);
  }
  for (unsigned long i15 = 0; i15 < 1; i15++)
  {
    { unsigned long *q = &p12->a[2]; *q ^= deep_sum (n0, 0); }
    struct node *p16 = gc_alloc (sizeof (struct node));
    p16->val = i15;
    p16->a[0] = (n1->next ? n1->next->val : w13->val);
  }
  acc += apply (cb_keep, (p12->other ? p12->other : p12), 3UL);
  acc += list_sum ((p12->next ? p12->next : p11));
  acc += ((n0->val + x0) ? deep_sum (n1, 1) : list_len (p12));
  struct node *p17 = gc_calloc (1, sizeof (struct node));
  p17->val = g_n[0]->val;
  p17->a[0] = list_sum (n1);
  p17->next = p11;
  struct node **v18 = gc_alloc (4 * sizeof (struct node *));
  v18[0] = (x0 & 1 ? p12 : n1);
  v18[1] = (*out ? *out : w13);
  v18[2] = p17;
  v18[3] = (*out ? *out : p12);
  for (unsigned long i19 = 0; i19 < 4; i19++)
  {
    struct node *p20 = NEW (struct node);
    p20->val = ((n0->a[1] % (p20->a[2] | 1)) ? p11->a[p11->a[3] & 3] : i19);
    p20->next = n0;
    n0 = p20;
  }
  struct node *arr21[4] = { (*out ? *out : p12), p12, (g_n[0]->val & 1 ? p12 : p12), p12 };
  return acc ^ arr_sum (arr21, 4);
}

unsigned long f2 (struct node *n0, struct node *n1, struct node **out)
{
  unsigned long acc = 632905520UL;
  struct node *p24 = gc_alloc (sizeof (struct node));
  p24->val = (deep_sum (p24, 0) ^ 1860640021UL);
  struct node *w25 = p24;
  for (unsigned long i26 = 0; i26 < 1; i26++)
  {
    w25 = gc_alloc (sizeof (struct node));
    w25->val = i26 * (unsigned long) ((uintptr_t) n0 != 0);
    acc += w25->val + list_sum (w25);
  }
  void *vp27 = (n1->next ? n1->next : w25);
  n0->next = g_n[w25->val & 3];
  struct node *w28 = n0;
  for (unsigned long i29 = 0; i29 < 5; i29++)
  {
    w28 = gc_alloc (sizeof (struct node));
    w28->val = i29 * list_sum (n0);
    acc += w28->val + list_sum (w28);
  }
  acc += list_sum (n1);
  g_acc += (w28->slot ? ((struct node *) w28->slot)->val : 0x7175ac1a387eab0bUL);
  g_up = &(*out ? *out : w25)->a[3];
  struct node *p30 = gc_alloc (sizeof (struct node));
  p30->val = ((g_n[1]->val / (2064759383UL | 1)) / (w28->val | 1));
  p30->next = (0UL & 1 ? g_n[0] : n1);
  acc += f1 ((*out ? *out : w28), ((struct node *) vp27), n0->val, &n1);
  gc_free (w28);
  struct node *arr31[4] = { n0, p30, p30, ((struct node *) vp27) };
  struct node *p32 = gc_alloc (sizeof (struct node));
  p32->val = (*out ? *out : n1)->a[(0x5970e7471e3477fdUL % (n1->a[1] | 1)) & 3];
  p32->next = (0UL & 1 ? n1 : w25);
  n0->a[list_len (n0) & 3] = (g_n[2]->next ? g_n[2]->next->val : (2UL ? 1UL : p30->a[2]));
  return acc ^ (w25->next ? w25->next->val : 62UL);
}

static inline void r3 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3454279048UL;
  if (d == 0)
    return;
  struct node *p38 = gc_alloc (sizeof (struct node));
  p38->val = (unsigned long) ((uintptr_t) n1 != 0);
  acc += g_n[3]->val;
  gc_free (n0);
  printf ("r3.0 %lu\n", acc);
  struct node *p39 = gc_alloc (sizeof (struct node));
  p39->val = list_sum (n1);
  p39->a[1] = p38->a[x1 & 3];
  p39->next = g_n[x0 & 3];
  acc += (n1->next ? n1->next->val : (x0 << (p39->a[2] & 63)));
  acc += (*g_up + (x0 ? x0 : x1));
  acc += f2 (g_n[x0 & 3], n1, &p39);
  struct node *arr40[4] = { n0, (n1->other ? n1->other : n0), n0, g_n[3] };
  struct node *p41 = gc_alloc (64);
  p41->val = ((g_n[3]->val << (g_n[3]->val & 63)) ? list_sum (n1) : n2->a[1UL & 3]);
  p41->next = n1;
  gc_free (p41);
  if (d > 0)
  {
    r3 (d - 1, arr40[x0 & 3], g_n[n0->a[2] & 3], p38, 3UL, (p41->a[2] * p38->a[1]));
  }
  g_acc ^= acc;
}

static void f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1180479058UL;
  n0->next = (x0 & 1 ? n0 : g_n[0]);
  for (unsigned long i47 = 0; i47 < 5; i47++)
  {
    struct node *p48 = NEW (struct node);
    p48->val = (p48->next ? p48->next : n0)->a[(g_n[1]->val - x1) & 3];
    p48->next = n0;
    n0 = p48;
  }
  struct node *p49 = gc_alloc (sizeof (struct node));
  p49->val = deep_sum (n1, 0);
  unsigned long u50 = (unsigned long) ((uintptr_t) g_n[g_n[3]->val & 3] != 0);
  unsigned long st51 = 0;
  for (struct node *q = n2; q && st51 < 8; q = q->next, st51++)
    acc += q->val * (st51 + 1);
  struct node *arr52[4] = { n1, n0, (x0 & 1 ? n2 : n2), n1 };
  struct node *p53 = gc_alloc (sizeof (struct node));
  p53->val = (n0->slot ? ((struct node *) n0->slot)->val : list_len (n0));
  struct node *w54 = p49;
  for (unsigned long i55 = 0; i55 < 4; i55++)
  {
    w54 = gc_alloc (sizeof (struct node));
    w54->val = i55 * (unsigned long) (p49 == g_n[1]);
    acc += w54->val + list_sum (w54);
  }
  if (list_sum (n1) % 4 == 0)
  {
    { unsigned long *q = &n1->a[2]; *q ^= (x0 / (x1 | 1)); }
  }
  else
  {
    acc += f2 (n1, g_n[g_n[2]->val & 3], &arr52[1]);
  }
  g_acc ^= acc;
}

void r5 (unsigned long d, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return;
  struct node *p58 = gc_alloc (64);
  p58->val = p58->a[0];
  p58->next = p58;
  p58->val += list_sum ((p58->next ? p58->next : p58));
  acc += (unsigned long) ((uintptr_t) p58 != 0);
  p58->val += ((p58->a[2] & p58->a[2]) >> ((p58->val | 3UL) & 63));
  p58->slot = g_n[1];
  r3 ((x1 - p58->val) % 4, g_n[x0 & 3], g_n[0], p58, p58->a[p58->a[3] & 3], (unsigned long) ((uintptr_t) p58 != 0));
  if ((g_n[2]->val * p58->a[0]) % 7 == 1) return;
  void *vp59 = p58;
  acc += (deep_sum (p58, 0) + g_n[3]->val);
  acc += deep_sum (p58, 2);
  printf ("r5.1 %lu\n", acc);
  printf ("r5.2 %lu\n", acc);
  acc = mix (acc, (g_n[2]->val ? g_n[3]->val : 12UL));
  if (d > 0)
  {
    r5 (d - 1, 40UL, p58->val);
  }
  g_acc ^= acc;
}

static struct node *r6 (unsigned long d, struct node *n0, struct node *n1)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return n0;
  n0->slot = g_n[2UL & 3];
  g_h.p = (n1->next ? n1->next : n1);
  acc = mix (acc, *g_up);
  acc += cb_read (n1, (n0->next ? n0->next->val : n0->val));
  struct node *p62 = gc_alloc (sizeof (struct node));
  p62->val = list_sum (g_n[p62->a[0] & 3]);
  p62->a[3] = (n1->slot ? ((struct node *) n1->slot)->val : g_n[3]->val);
  acc += cb_read (p62, (n1->a[0] * 5UL));
  p62->a[*g_up & 3] = (p62->a[0] - 3UL);
  acc += g_cb[list_sum (p62) & 3] (p62, (unsigned long) ((uintptr_t) p62 != 0));
  n1 = f0 ((g_n[0]->val & 1 ? p62 : n1), (n1->other ? n1->other : n1), g_n[3]->val, &g_n[2]->next);
  { unsigned long *q = &p62->a[3]; *q ^= 0x45902f647469b036UL; }
  g_list->other = (0xfc5fac75ab8dad9UL & 1 ? n1 : n1);
  gc_free (n1);
  acc += (unsigned long) ((uintptr_t) p62 != 0);
  n0->slot = (n1->other ? n1->other : n1);
  if (d > 0)
  {
    acc += r7 (d - 1, deep_sum (n0, 1), *g_up);
  }
  return n1;
}

static __attribute__ ((noinline)) unsigned long r7 (unsigned long d, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0UL;
  if (d == 0)
    return acc;
  struct node *p65 = gc_alloc (sizeof (struct node));
  p65->val = (unsigned long) (p65 == p65);
  x0 = f2 (g_n[1], g_n[3], &p65);
  unsigned long *b66 = gc_alloc (96);
  b66[1] = (57UL - 64UL);
  void *vp67 = g_n[0];
  acc += (x0 - list_sum (p65));
  if ((x1 ^ (unsigned long) (p65 == p65)) % 2 == 1)
  {
    for (unsigned long i68 = 0; i68 < 2; i68++)
    {
      struct node *p69 = gc_alloc (sizeof (struct node));
      p69->next = g_n[p69->a[3] & 3];
      struct node *p70 = gc_alloc (sizeof (struct node));
    }
    void *vp71 = p65;
    { unsigned long *q = b66 + 1; q[-1] += q[1] + (33UL ? p65->val : p65->val); }
  }
  else
  {
  }
  if (d > 0)
  {
    struct node *p72 = r6 (d - 1, g_n[2], (g_n[1]->next ? g_n[1]->next : g_n[0]));
  }
  return acc ^ (x1 & 72UL);
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
  unsigned long acc = 20UL;
  struct node *p73 = gc_alloc (sizeof (struct node));
  p73->val = (list_len (p73) + *g_up);
  p73->a[0] = 583944073UL;
  p73->slot = (g_n[1]->other ? g_n[1]->other : g_n[0]);
  p73 = (p73->next ? p73->next : p73);
  struct node *w74 = p73;
  for (unsigned long i75 = 0; i75 < 4; i75++)
  {
    w74 = gc_alloc (sizeof (struct node));
    w74->val = i75 * list_sum (w74);
    acc += w74->val + list_sum (w74);
  }
  w74->val += (2UL & 51UL);
  w74->a[(0UL + 0x2a2534f84e57ea36UL) & 3] = (p73->next ? p73->next->val : (0x6e7fa6267232a733UL % (3UL | 1)));
  struct node *p76 = r6 (w74->a[3] % 4, p73, g_n[1]);
  struct node *p77 = r6 ((p73->slot ? ((struct node *) p73->slot)->val : 1355663911UL) % 4, g_n[2], p76);
  g_acc += (unsigned long) (w74 == (p76->a[3] & 1 ? p76 : w74));
  unsigned long *b78 = gc_alloc (32);
  b78[0] = 2UL;
  b78[2] = (p73->val ? p77->a[2] : p76->val);
  b78[3] = deep_sum (p76, 2);
  struct node *p79 = gc_alloc (sizeof (struct node));
  p79->val = (p77->slot ? ((struct node *) p77->slot)->val : (0x333fb48e1c36cb46UL ? 53UL : p73->a[1]));
  struct node *p80 = r6 ((b78[0] ? p76->val : 770956595UL) % 4, g_n[0x243eb1f22f603cc6UL & 3], g_n[2]);
  struct node *p81 = r6 ((p73->slot ? ((struct node *) p73->slot)->val : 61UL) % 4, p79, (p76->other ? p76->other : p76));
  p79 = (p73->other ? p73->other : g_n[2]);
  g_acc += list_sum (w74);
  for (unsigned long i82 = 0; i82 < 4; i82++)
  {
    struct node *p83 = gc_alloc (sizeof (struct node));
    p83->val = ((unsigned long) (p81 == p83) + i82);
    p83->next = g_n[p81->a[0] & 3];
    if (p79 != p80)
      memcpy (p79, p80, sizeof (struct node));
    p83->a[i82 & 3] = (p77->slot ? ((struct node *) p77->slot)->val : (p83->slot ? ((struct node *) p83->slot)->val : i82));
  }
  p76->next = p77;
  struct node *p84 = r6 ((p73->val << (b78[0] & 63)) % 4, p76, p76);
  b78[(unsigned long) ((uintptr_t) p76 != 0) & 3] = list_sum (p73);
  f4 (p79, p76, p80, (p77->a[3] / (0x21b4140418fb2964UL | 1)), g_acc);
  printf ("main.f4 %lu\n", acc);
  r5 ((0x23426fee357196fdUL << (2UL & 63)) % 4, p73->a[3], (unsigned long) (p80 == p76));
  printf ("main.r5 %lu\n", acc);
  acc += r7 ((3UL ^ 3549315118UL) % 4, 0UL, (1516480780UL >> (b78[3] & 63)));
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

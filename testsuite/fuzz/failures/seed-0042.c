/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0042.c */
/* gcc-escape fuzz program, seed 42: testsuite/fuzz/gen 42 */
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

static void f0 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static struct node *r1 (unsigned long d, unsigned long x0, unsigned long x1, struct pair pr);
void r2 (unsigned long d, unsigned long x0);
static struct node *f3 (unsigned long x0);
static unsigned long f4 (struct node *n0, struct node *n1, unsigned long x0);
static unsigned long f5 (struct node *n0, unsigned long x0, struct node **out, struct pair pr);
struct node *f6 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out, struct pair pr);
static struct node *r7 (unsigned long d, unsigned long x0, unsigned long x1);
static unsigned long r8 (unsigned long d);
static unsigned long r9 (unsigned long d, struct node *n0, unsigned long x0, struct node **out);
static struct node *r10 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr);
static void f11 (struct node *n0, struct node *n1, struct node *n2, struct node **out);
unsigned long f12 (struct node *n0, struct node *n1);
void f13 (unsigned long x0);

static void f0 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 770449458UL;
  if ((x0 / (x0 | 1)) % 5 == 1) return;
  g_n[0] = n0;
  acc += (x1 * (g_n[1]->next ? g_n[1]->next->val : g_n[1]->val));
  n0->slot = (n0->other ? n0->other : n0);
  n0->slot = n0;
  for (unsigned long i6 = 0; i6 < 3; i6++)
  {
    n1 = n0;
    struct node *p7 = gc_alloc (sizeof (struct node));
    p7->val = *g_up;
    p7->next = n0;
  }
  n0->a[(n1->slot ? ((struct node *) n1->slot)->val : g_n[2]->val) & 3] = list_len (n0);
  n1->val += n1->a[2];
  unsigned long st8 = 0;
  for (struct node *q = n0; q && st8 < 8; q = q->next, st8++)
    acc += q->val * (st8 + 1);
  if (n2->a[1] % 4 == 0)
  {
  }
  n0->other = n2;
  struct node **v9 = gc_alloc (4 * sizeof (struct node *));
  v9[2] = n1;
  g_acc ^= acc;
}

static struct node *r1 (unsigned long d, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 1453302778UL;
  if (d == 0)
    return g_n[1];
  struct node *p12 = pr.b;
  { unsigned long *q = &p12->a[1]; *q ^= (g_n[3]->val << (x1 & 63)); }
  struct node *arr13[4] = { p12, p12, p12, p12 };
  x1 = deep_sum (p12, 1);
  p12->other = p12;
  gc_free (p12);
  f0 (g_n[p12->val & 3], (50UL & 1 ? p12 : p12), p12, (x0 / (x1 | 1)), *g_up);
  acc += g_cb[(g_n[1]->val << (p12->a[0] & 63)) & 3] (g_n[1], arr_sum (arr13, 4));
  p12->slot = g_n[1];
  p12->next = p12;
  f0 ((g_n[3]->next ? g_n[3]->next : g_n[0]), arr13[g_n[0]->val & 3], p12, p12->a[p12->val & 3], (p12->next ? p12->next->val : g_n[2]->val));
  unsigned long st14 = 0;
  for (struct node *q = p12; q && st14 < 8; q = q->next, st14++)
    acc += q->val * (st14 + 1);
  f0 (g_n[2], (g_n[2]->a[0] & 1 ? p12 : p12), p12, 99UL, x0);
  if (d > 0)
  {
    r2 (d - 1, 1UL);
  }
  return g_n[0];
}

void r2 (unsigned long d, unsigned long x0)
{
  unsigned long acc = 0x26ed214d64a3a570UL;
  if (d == 0)
    return;
  struct node *p16 = gc_alloc (sizeof (struct node));
  p16->val = p16->a[2];
  p16->next = p16;
  f0 ((p16->other ? p16->other : p16), g_n[x0 & 3], p16, (x0 * g_n[2]->val), list_sum (p16));
  p16 = p16;
  p16->next = (g_n[1]->a[2] & 1 ? p16 : p16);
  struct node *arr17[4] = { g_n[x0 & 3], p16, p16, (g_n[3]->val & 1 ? p16 : p16) };
  p16->next = p16;
  x0 = (p16->slot ? ((struct node *) p16->slot)->val : p16->a[2]);
  f0 (p16, g_n[x0 & 3], p16, (2UL ? p16->a[2] : x0), (p16->next ? p16->next->val : 49UL));
  qsort (arr17, 4, sizeof arr17[0], cmp_nodes);
  struct node *p18 = gc_calloc (1, sizeof (struct node));
  p18->val = (p16->next ? p16->next->val : (unsigned long) (p16 == p16));
  p18->next = p16;
  acc += arr_sum (arr17, 4);
  if (d > 0)
  {
    p18 = r1 (d - 1, (unsigned long) (p16 == p16), (p16->slot ? ((struct node *) p16->slot)->val : p18->val), (struct pair) { (p16->other ? p16->other : p16), g_n[x0 & 3] });
  }
  arr17[(p18->val ? x0 : x0) & 3] = p18;
  g_acc ^= acc;
}

static inline struct node *f3 (unsigned long x0)
{
  unsigned long acc = 1682686819UL;
  struct node *p20 = gc_alloc (sizeof (struct node));
  p20->val = list_sum (p20);
  unsigned long *b21 = gc_calloc (4, sizeof (unsigned long));
  b21[1] = 23UL;
  b21[2] = (p20->a[1] | b21[1]);
  p20 = p20;
  unsigned long u22 = (p20->next ? p20->next->val : (x0 - x0));
  unsigned long st23 = 0;
  for (struct node *q = p20; q && st23 < 8; q = q->next, st23++)
    acc += q->val * (st23 + 1);
  if (g_acc % 2 == 0)
  {
  }
  printf ("f3.0 %lu\n", acc);
  return g_n[0];
}

static __attribute__ ((noinline)) unsigned long f4 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 504271708UL;
  struct node *p27 = gc_alloc (sizeof (struct node));
  p27->val = (p27->next ? p27->next->val : g_n[3]->val);
  p27->a[0] = (x0 % (g_n[3]->val | 1));
  unsigned long st28 = 0;
  for (struct node *q = (st28 & 1 ? n1 : n0); q && st28 < 8; q = q->next, st28++)
    acc += q->val * (st28 + 1);
  n0->next = p27;
  f0 (g_n[p27->val & 3], (p27->other ? p27->other : n0), p27, (57UL | 0x1ce7a82a5f3c97d6UL), (p27->next ? p27->next->val : 1575048874UL));
  acc += ((st28 << (2343455279UL & 63)) ^ (unsigned long) (p27 == n0));
  struct node *p29 = gc_alloc (sizeof (struct node));
  p29->val = list_len ((p29->other ? p29->other : n1));
  p29->other = n0;
  n0->a[(p27->val - p27->val) & 3] = (unsigned long) (n1 == n0);
  p29->next = p29;
  { unsigned long *q = &n0->a[3]; *q ^= g_n[1]->val; }
  printf ("f4.1 %lu\n", acc);
  { unsigned long *q = &p29->a[3]; *q ^= 3314805201UL; }
  if ((st28 * g_n[1]->val) % 5 == 1) return acc ^ (p27->a[1] / (n1->val | 1));
  return acc ^ (p27->val | x0);
}

static unsigned long f5 (struct node *n0, unsigned long x0, struct node **out, struct pair pr)
{
  unsigned long acc = 94UL;
  struct node *p32 = pr.b;
  { unsigned long *q = &n0->a[3]; *q ^= n0->a[x0 & 3]; }
  g_h.pr.b = p32;
  for (unsigned long i33 = 0; i33 < 5; i33++)
  {
    struct node *p34 = NEW (struct node);
    p34->next = n0;
    n0 = p34;
  }
  n0->next = (x0 & 1 ? g_n[1] : n0);
  struct node *p35 = gc_alloc (64 + x0 % 16);
  p35->val = (g_n[1]->next ? g_n[1]->next->val : (p32->a[2] / (g_n[3]->val | 1)));
  p35->a[2] = (2843412877UL + p32->a[2]);
  p35->next = p35;
  n0->slot = p32;
  printf ("f5.2 %lu\n", acc);
  struct node *p36 = gc_alloc (sizeof (struct node));
  p36->val = deep_sum (p36, 1);
  p36->a[2] = deep_sum (p35, 0);
  struct node **v37 = gc_alloc (4 * sizeof (struct node *));
  v37[1] = (v37[1] ? v37[1] : g_n[0]);
  v37[2] = (v37[2] ? v37[2] : p36);
  v37[3] = (p36->other ? p36->other : p36);
  struct node **v38 = gc_alloc (4 * sizeof (struct node *));
  v38[0] = p36;
  acc += (p36->val % ((n0->slot ? ((struct node *) n0->slot)->val : x0) | 1));
  acc += (unsigned long) ((uintptr_t) n0 != 0);
  g_h.pr.a = p32;
  *out = (p36->next ? p36->next : p36);
  struct node *p39 = gc_alloc (sizeof (struct node));
  p39->val = deep_sum (g_n[x0 & 3], 1);
  p39->a[1] = (x0 * 1UL);
  return acc ^ g_n[2]->val;
}

struct node *f6 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out, struct pair pr)
{
  unsigned long acc = 0x7a68f4126ce927b7UL;
  struct node *p44 = pr.a;
  for (unsigned long i45 = 0; i45 < 8; i45++)
  {
    struct node *p46 = NEW (struct node);
    p46->val = list_len ((p44->a[1] & 1 ? n1 : n1));
    p46->a[0] = x1;
    p46->next = (*out ? *out : p44);
    p46->next = n1;
    n1 = p46;
  }
  struct node *arr47[4] = { (*out ? *out : p44), p44, n0, g_n[x0 & 3] };
  struct node **v48 = gc_alloc (4 * sizeof (struct node *));
  v48[0] = g_n[p44->a[3] & 3];
  v48[1] = (v48[3] ? v48[3] : n0);
  v48[3] = (v48[1] ? v48[1] : n1);
  struct node *p49 = gc_alloc (64);
  p49->a[2] = (n1->slot ? ((struct node *) n1->slot)->val : x1);
  unsigned long st50 = 0;
  for (struct node *q = (p49->other ? p49->other : n1); q && st50 < 8; q = q->next, st50++)
    acc += q->val * (st50 + 1);
  acc += (p44->slot ? ((struct node *) p44->slot)->val : (unsigned long) (n1 == p44));
  acc += list_len ((*out ? *out : n0));
  if (((x0 * n1->val) * 8UL) % 2 == 1)
  {
    void *vp51 = n1;
    p44->other = p44;
    arr47[(v48[3] ? v48[3]->val : 2474514934UL) & 3] = p44;
  }
  else
  {
    n0->a[x0 & 3] = list_len ((v48[0] ? v48[0] : g_n[1]));
  }
  return (*out ? *out : p49);
}

static struct node *r7 (unsigned long d, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2579324202UL;
  if (d == 0)
    return g_n[1];
  struct node *p54 = NEW (struct node);
  p54->val = p54->val;
  p54->next = p54;
  x0 = f5 ((p54->other ? p54->other : p54), x1, &p54, (struct pair) { g_n[2], g_n[2] });
  if (d > 0)
  {
    acc += r8 (d - 1);
  }
  return g_n[x1 & 3];
}

static unsigned long r8 (unsigned long d)
{
  unsigned long acc = 3968095577UL;
  if (d == 0)
    return acc;
  struct node *p55 = gc_alloc (64);
  p55->a[1] = (p55->val << (0UL & 63));
  p55->next = p55;
  unsigned long *b56 = gc_calloc (12, sizeof (unsigned long));
  b56[0] = 2604814008UL;
  b56[1] = p55->val;
  b56[2] = deep_sum (p55, 1);
  b56[3] = (b56[0] + 1599354494UL);
  __asm__ volatile ("" : : "r" (p55) : "memory");
  p55->val += b56[2];
  struct node *w57 = p55;
  for (unsigned long i58 = 0; i58 < 5; i58++)
  {
    w57 = gc_alloc (sizeof (struct node));
    w57->val = i58 * p55->val;
    acc += w57->val + list_sum (w57);
  }
  g_up = b56 + 3;
  f0 (g_n[b56[3] & 3], g_n[4014415295UL & 3], w57, (0UL >> (2UL & 63)), (0UL | 0UL));
  unsigned long *b59 = gc_calloc (12, sizeof (unsigned long));
  b59[1] = (b56[3] & w57->val);
  b59[3] = b56[0];
  if (b59[(3UL ? b59[1] : p55->val) & 3] % 2 == 0)
  {
    struct node *w60 = p55;
    for (unsigned long i61 = 0; i61 < 3; i61++)
    {
      w60 = gc_alloc (sizeof (struct node));
      w60->val = i61 * (b59[1] ? g_n[3]->val : i61);
      acc += w60->val + list_sum (w60);
    }
    if (d > 0)
    {
      acc += r8 (d - 1);
    }
  }
  else
  {
  }
  return acc ^ 1621015786UL;
}

static inline unsigned long r9 (unsigned long d, struct node *n0, unsigned long x0, struct node **out)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return acc;
  struct node *p64 = gc_alloc (sizeof (struct node));
  p64->val = ((unsigned long) ((uintptr_t) p64 != 0) / ((n0->val + x0) | 1));
  p64->a[1] = x0;
  p64->slot = g_n[p64->val & 3];
  struct node **v65 = gc_alloc (4 * sizeof (struct node *));
  v65[0] = p64;
  v65[2] = (v65[0] ? v65[0] : p64);
  n0->other = p64;
  struct node s66 = { 0 };
  s66.val = (g_n[2]->val * p64->val);
  s66.next = n0;
  struct node *p67 = gc_alloc (sizeof (struct node));
  p67->val = (g_acc + (n0->next ? n0->next->val : g_n[0]->val));
  p67->next = (p67->other ? p67->other : p64);
  *out = g_n[1];
  p64->val += g_n[0]->val;
  for (unsigned long i68 = 0; i68 < 4; i68++)
  {
    struct node *p69 = NEW (struct node);
    p69->next = p64;
    p64 = p69;
  }
  acc += cb_read ((p67->other ? p67->other : p67), 16UL);
  acc = mix (acc, (x0 / (n0->val | 1)));
  v65[(x0 + n0->a[2]) & 3] = g_n[x0 & 3];
  *out = p67;
  if (d > 0)
  {
    p64 = r10 (d - 1, p64, (p67->other ? p67->other : p67), p64, p64->val, (struct pair) { p64, g_n[0] });
  }
  return acc ^ (p67->a[0] & p64->a[1]);
}

static struct node *r10 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr)
{
  unsigned long acc = 0x5fcf58a86848d1f7UL;
  if (d == 0)
    return n0;
  struct node *p74 = pr.a;
  struct node *w75 = g_n[3];
  for (unsigned long i76 = 0; i76 < 2; i76++)
  {
    w75 = gc_alloc (sizeof (struct node));
    w75->val = i76 * (n0->val >> (x0 & 63));
    acc += w75->val + list_sum (w75);
  }
  unsigned long u77 = (g_acc ? x0 : deep_sum (n1, 2));
  struct node *p78 = gc_alloc (sizeof (struct node));
  p78->val = ((n0->slot ? ((struct node *) n0->slot)->val : n0->a[2]) * (n2->a[0] >> (u77 & 63)));
  p78->next = g_n[3];
  struct node *arr79[4] = { g_n[u77 & 3], (n0->next ? n0->next : n1), g_n[2], (w75->next ? w75->next : p74) };
  n1 = r7 ((n1->val * n1->val) % 4, n2->a[0], (0x5537ae9319ed5bd7UL & g_n[2]->val));
  struct node *w80 = n1;
  for (unsigned long i81 = 0; i81 < 5; i81++)
  {
    w80 = gc_alloc (sizeof (struct node));
    w80->val = i81 * (i81 - p78->val);
    acc += w80->val + list_sum (w80);
  }
  struct node *p82 = gc_alloc (sizeof (struct node));
  p82->val = (p74->val >> ((unsigned long) ((uintptr_t) p82 != 0) & 63));
  p82->a[1] = g_n[0]->val;
  p82->next = (x0 & 1 ? p82 : n2);
  struct node *p83 = gc_alloc (sizeof (struct node));
  p83->a[1] = 0x56a441933e066a65UL;
  p83->next = p82;
  g_acc += g_acc;
  n2 = r7 (3UL % 4, arr_sum (arr79, 4), (u77 | g_n[3]->val));
  if (d > 0)
  {
    acc += r9 (d - 1, p74, list_len (n2), &p74);
  }
  return n0;
}

static void f11 (struct node *n0, struct node *n1, struct node *n2, struct node **out)
{
  unsigned long acc = 0x57a716dd3aa230b4UL;
  struct node *p87 = gc_alloc (sizeof (struct node));
  p87->val = n2->val;
  unsigned long st88 = 0;
  for (struct node *q = (n2->next ? n2->next : n1); q && st88 < 8; q = q->next, st88++)
    acc += q->val * (st88 + 1);
  unsigned long u89 = (*out ? *out : g_n[2])->a[(p87->next ? p87->next->val : 0UL) & 3];
  struct node s90 = { 0 };
  s90.val = n0->val;
  s90.other = n2;
  u89 = (list_len (p87) * (u89 ^ 3UL));
  p87->other = (n2->other ? n2->other : p87);
  g_n[0] = g_n[0];
  acc += r8 (list_len (n2) % 4);
  acc += apply (cb_read, p87, list_sum (p87));
  struct node **v91 = gc_alloc (4 * sizeof (struct node *));
  v91[0] = (n2->other ? n2->other : p87);
  v91[1] = n2;
  v91[2] = p87;
  acc += *out ? (*out)->val : n0->val;
  n0->val += ((u89 ? p87->a[3] : p87->val) | (unsigned long) ((uintptr_t) n2 != 0));
  g_acc ^= acc;
}

unsigned long f12 (struct node *n0, struct node *n1)
{
  unsigned long acc = 0x2fc1e42942a5b956UL;
  acc += cb_read (g_n[440069036UL & 3], *g_up);
  g_acc += (unsigned long) (n0 == n0);
  if (n0 != (g_n[0]->val & 1 ? n0 : g_n[0]))
    memcpy (n0, (g_n[0]->val & 1 ? n0 : g_n[0]), sizeof (struct node));
  for (unsigned long i94 = 0; i94 < 8; i94++)
  {
    struct node *p95 = gc_alloc (64 + ((78UL + i94) & 7));
    p95->val = i94;
    p95->next = n1;
    p95->next = n1;
    n1 = p95;
  }
  for (unsigned long i96 = 0; i96 < 4; i96++)
  {
    struct node *p97 = NEW (struct node);
    p97->val = list_len (n0);
    p97->next = g_n[1];
    p97->next = n0;
    n0 = p97;
  }
  n0 = f6 (n1, n0, (unsigned long) ((uintptr_t) n0 != 0), (0x496a1d333ecce2faUL + 2UL), &n0, (struct pair) { g_n[3UL & 3], n0 });
  n1->other = n0;
  n1->val += ((33UL / (n1->val | 1)) % (1535737475UL | 1));
  struct node *p98 = NEW (struct node);
  p98->val = (n1->a[2] - (unsigned long) ((uintptr_t) p98 != 0));
  p98->next = p98;
  acc = mix (acc, (n0->a[1] + 2UL));
  gc_free (p98);
  unsigned long *b99 = gc_calloc (8, sizeof (unsigned long));
  b99[0] = (g_n[0]->slot ? ((struct node *) g_n[0]->slot)->val : b99[2]);
  b99[2] = (n1->val & 72UL);
  acc += (n0->a[1] ? 26UL : g_n[3]->a[0]);
  return acc ^ b99[2];
}

void f13 (unsigned long x0)
{
  unsigned long acc = 3UL;
  struct node *p101 = gc_alloc (64);
  p101->val = (list_len (p101) & list_len (p101));
  p101->a[1] = (x0 << (g_n[3]->val & 63));
  r2 (deep_sum (p101, 1) % 4, x0);
  struct node **v102 = gc_alloc (4 * sizeof (struct node *));
  v102[0] = (p101->next ? p101->next : p101);
  v102[1] = (p101->val & 1 ? p101 : p101);
  v102[3] = p101;
  acc += f5 (p101, p101->val, &g_n[2]->next, (struct pair) { g_n[61UL & 3], p101 });
  for (unsigned long i103 = 0; i103 < 3; i103++)
  {
    struct node *p104 = gc_alloc (64);
    struct node s105 = { 0 };
    s105.val = list_len (p101);
    s105.next = (s105.next ? s105.next : p104);
    unsigned long *b106 = gc_alloc (32);
    b106[0] = (3UL | i103);
    b106[1] = (v102[3] ? v102[3]->val : x0);
    b106[2] = (unsigned long) (p104 == p101);
    acc += (v102[1] ? v102[1]->val : list_sum (p101));
  }
  if (((unsigned long) ((uintptr_t) g_n[3] != 0) & (v102[1] ? v102[1]->val : p101->a[1])) % 2 == 0)
  {
    acc += (unsigned long) ((uintptr_t) p101 != 0);
  }
  void *vp107 = p101;
  unsigned long st108 = 0;
  for (struct node *q = (p101->other ? p101->other : p101); q && st108 < 8; q = q->next, st108++)
    acc += q->val * (st108 + 1);
  acc += (p101->a[2] - p101->val);
  struct node s109 = { 0 };
  s109.val = list_len (p101);
  s109.next = ((struct node *) vp107);
  p101 = g_n[1945590716UL & 3];
  unsigned long st110 = 0;
  for (struct node *q = p101; q && st110 < 8; q = q->next, st110++)
    acc += q->val * (st110 + 1);
  acc += f12 ((s109.next ? s109.next : p101), p101);
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
  unsigned long acc = 42UL;
  struct node *p111 = NEW (struct node);
  p111->val = 0x4b693b6f54cdf826UL;
  p111->next = p111;
  g_n[1]->next = g_n[1];
  for (unsigned long i112 = 0; i112 < 5; i112++)
  {
    struct node *p113 = gc_alloc (sizeof (struct node));
    p113->val = i112;
    p113->a[2] = (p113->val >> (p111->val & 63));
    struct node *p114 = gc_alloc (sizeof (struct node));
    p114->val = (p114->val >> ((g_n[0]->val & p113->val) & 63));
    p114->next = g_n[p114->val & 3];
  }
  acc += 0x6ba55bf19d06122UL;
  { unsigned long *q = &p111->a[0]; *q ^= (2UL * 0UL); }
  struct node *w115 = p111;
  for (unsigned long i116 = 0; i116 < 3; i116++)
  {
    w115 = gc_alloc (sizeof (struct node));
    w115->val = i116 * (w115->val ? g_n[2]->val : i116);
    acc += w115->val + list_sum (w115);
  }
  w115->slot = (899472564UL & 1 ? g_n[1] : g_n[0]);
  w115->slot = (w115->a[1] & 1 ? g_n[3] : g_n[0]);
  gc_free (w115);
  g_h.pr.a = g_n[g_n[1]->val & 3];
  f13 ((unsigned long) ((uintptr_t) w115 != 0));
  g_any = g_n[0];
  struct node *p117 = gc_alloc (sizeof (struct node));
  p117->val = list_sum (g_n[1]);
  { unsigned long *q = &p117->a[1]; *q ^= list_sum (p111); }
  acc += deep_sum (p111, 1);
  g_acc += ((g_n[0]->val >> (p111->a[2] & 63)) ^ g_n[3]->val);
  struct node *p118 = gc_alloc (sizeof (struct node));
  p118->val = ((p117->next ? p117->next->val : g_n[0]->val) + (p111->slot ? ((struct node *) p111->slot)->val : w115->a[0]));
  struct node *p119 = r1 ((w115->val | p118->a[3]) % 4, (65UL + 2UL), p111->a[3UL & 3], (struct pair) { (9UL & 1 ? p117 : p111), p117 });
  printf ("main.r1 %lu\n", acc);
  p118 = f3 ((59UL ^ w115->val));
  printf ("main.f3 %lu\n", acc);
  acc += f4 (w115, (p117->next ? p117->next : p111), list_len (p118));
  printf ("main.f4 %lu\n", acc);
  acc += r9 (3UL % 4, p111, 98UL, &p111);
  printf ("main.r9 %lu\n", acc);
  w115 = r10 (p118->val % 4, g_n[3], g_n[3], g_n[2], (0UL ^ p111->val), (struct pair) { g_n[0x1dc0ba844afebe8aUL & 3], g_n[1] });
  printf ("main.r10 %lu\n", acc);
  f11 (p111, p118, w115, &p111);
  printf ("main.f11 %lu\n", acc);
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

/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0031.c */
/* gcc-escape fuzz program, seed 31: testsuite/fuzz/gen 31 */
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

static struct node *f0 (struct node *n0, unsigned long x0, struct node **out);
static void r1 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out);
unsigned long r2 (unsigned long d, struct node *n0, struct node *n1, struct node *n2);
unsigned long r3 (unsigned long d, struct node *n0, unsigned long x0);
void r4 (unsigned long d, unsigned long x0, struct pair pr);
static unsigned long f5 (struct node *n0, struct node *n1, struct node *n2, struct node **out);
void f6 (struct node *n0, struct node *n1, struct node *n2);
static void f7 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static void f8 (struct node *n0, unsigned long x0);

static __attribute__ ((noinline)) struct node *f0 (struct node *n0, unsigned long x0, struct node **out)
{
  unsigned long acc = 1UL;
  n0->other = n0;
  n0->next = (*out ? *out : n0);
  n0->next = n0;
  if (n0->val % 3 == 1) return (*out ? *out : g_n[0]);
  struct node *p3 = NEW (struct node);
  p3->next = n0;
  for (unsigned long i4 = 0; i4 < 7; i4++)
  {
    struct node *p5 = gc_alloc (sizeof (struct node));
    p5->next = (*out ? *out : g_n[2]);
    p5->next = n0;
    g_list = (g_n[3]->next ? g_n[3]->next : g_n[1]);
    n0 = p5;
  }
  return g_n[2];
}

static inline void r1 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return;
  struct node *p10 = gc_alloc (sizeof (struct node));
  p10->val = list_sum (n1);
  p10->a[1] = (0x627a6121d9c1661UL * 1UL);
  p10->next = p10;
  acc += (x0 * g_n[1]->val);
  n0->val += ((p10->a[2] ? n1->a[0] : 82UL) ^ (x1 * x1));
  for (unsigned long i11 = 0; i11 < 6; i11++)
  {
    struct node *p12 = gc_alloc (sizeof (struct node));
    p12->val = (p10->val ^ x0);
    p12->a[3] = (x1 ? g_n[0]->val : g_n[1]->val);
    p12->next = n1;
    n1 = p12;
  }
  struct node *p13 = gc_alloc (sizeof (struct node));
  p13->val = p13->a[2];
  struct node *p14 = gc_alloc (sizeof (struct node));
  p14->val = ((unsigned long) (n0 == p10) & (x0 ^ p13->val));
  p14->next = (0x310abc057b8fd7a3UL & 1 ? n1 : p10);
  acc += (unsigned long) (p13 == p13);
  acc = mix (acc, p13->a[0]);
  p10->next = p14;
  p10->other = p10;
  n1 = f0 (n0, (2UL * x0), &p14);
  g_acc += ((unsigned long) ((uintptr_t) p10 != 0) % ((g_n[0]->val ^ x0) | 1));
  struct node *p15 = f0 (p13, n1->val, &n1);
  p14 = (g_n[3]->next ? g_n[3]->next : n1);
  if (p13->val % 2 == 1)
  {
    g_n[0]->next = (*out ? *out : n1);
    for (unsigned long i16 = 0; i16 < 6; i16++)
    {
      struct node *p17 = NEW (struct node);
      p17->val = x0;
      p17->next = p13;
      p13 = p17;
    }
    p14 = f0 (p10, (x1 >> (g_n[0]->val & 63)), &p10->other);
  }
  else
  {
  }
  if (d > 0)
  {
    acc += r2 (d - 1, (*out ? *out : n1), g_n[2], p14);
  }
  g_acc ^= acc;
}

unsigned long r2 (unsigned long d, struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 3506414347UL;
  if (d == 0)
    return acc;
  struct node *p21 = NEW (struct node);
  p21->val = (g_n[3]->val - deep_sum (n1, 0));
  n2->next = g_n[p21->a[3] & 3];
  for (unsigned long i22 = 0; i22 < 5; i22++)
  {
    struct node *p23 = gc_alloc (sizeof (struct node));
    p23->val = ((i22 >> (n2->val & 63)) % ((n0->slot ? ((struct node *) n0->slot)->val : 0x56b7055d5c3a4565UL) | 1));
    p23->next = g_n[0];
    p23->next = n2;
    n2 = p23;
  }
  acc += ((n0->next ? n0->next : n0)->slot ? ((struct node *) (n0->next ? n0->next : n0)->slot)->val : (g_n[1]->val * n1->val));
  acc += (n1->next ? n1->next->val : 3UL);
  struct node *p24 = gc_alloc (sizeof (struct node));
  p24->a[3] = (g_n[2]->val + g_n[0]->val);
  struct node *p25 = (struct node *) ((uintptr_t) n0 | 0);
  struct node *p26 = f0 ((n2->other ? n2->other : g_n[1]), list_len (n1), &p24);
  if ((n1->next ? n1->next->val : (0x39d2a4be2ac7e762UL | 0x489f039651e68c81UL)) % 4 == 0)
  {
    for (unsigned long i27 = 0; i27 < 1; i27++)
    {
      struct node *p28 = gc_calloc (1, sizeof (struct node));
      p28->val = ((n1->val ? i27 : 0UL) - *g_up);
      p28->next = p25;
      p28->next = p26;
      p26 = p28;
    }
  }
  gc_free (p24);
  p26 = f0 (p21, g_n[1]->val, &g_n[1]);
  acc += cb_read (n0, *g_up);
  if (d > 0)
  {
    r1 (d - 1, p26, p21, g_acc, (g_n[2]->val ? 0UL : p24->a[1]), &n2->other);
  }
  return acc ^ 3UL;
}

__attribute__ ((noinline)) unsigned long r3 (unsigned long d, struct node *n0, unsigned long x0)
{
  unsigned long acc = 1399980977UL;
  if (d == 0)
    return acc;
  struct node *p31 = f0 (g_n[g_n[2]->val & 3], (x0 & 965269361UL), &g_n[2]);
  acc += ((n0->slot ? ((struct node *) n0->slot)->val : g_n[3]->val) ? (unsigned long) (n0 == g_n[2]) : 0UL);
  g_any = p31;
  p31->a[g_acc & 3] = (g_n[1]->val ? (n0->slot ? ((struct node *) n0->slot)->val : x0) : (x0 % (p31->a[1] | 1)));
  for (unsigned long i32 = 0; i32 < 4; i32++)
  {
    void *vp33 = p31;
    struct node *p34 = f0 (g_n[g_n[2]->val & 3], (n0->val ^ i32), &p31);
  }
  if (d > 0)
  {
    r4 (d - 1, n0->val, (struct pair) { n0, p31 });
  }
  return acc ^ (849357932UL * 0xcff71f13316065dUL);
}

__attribute__ ((noinline)) void r4 (unsigned long d, unsigned long x0, struct pair pr)
{
  unsigned long acc = 21UL;
  if (d == 0)
    return;
  struct node *p36 = pr.b;
  acc += (g_n[0]->a[2] ^ *g_up);
  if ((p36->val / (x0 | 1)) % 4 == 1) return;
  if (list_len (p36) % 2 == 0)
  {
    struct node *p37 = gc_alloc (64);
    acc += r2 (p36->a[g_n[3]->val & 3] % 4, p36, p36, (x0 & 1 ? p37 : p36));
  }
  else
  {
    g_up = &g_n[3]->a[3];
  }
  if ((unsigned long) ((uintptr_t) p36 != 0) % 4 == 1)
  {
  }
  for (unsigned long i38 = 0; i38 < 5; i38++)
  {
    for (unsigned long i39 = 0; i39 < 3; i39++)
    {
      struct node *p40 = NEW (struct node);
      p40->val = ((x0 ? p36->val : 67UL) * list_len (p40));
      p40->next = p40;
      p40->val += (unsigned long) ((uintptr_t) p36 != 0);
      p40 = p36;
      acc += (*g_up >> ((p36->next ? p36->next->val : g_n[3]->val) & 63));
    }
    { unsigned long *q = &p36->a[0]; *q ^= list_len (p36); }
  }
  if (d > 0)
  {
    acc += r3 (d - 1, g_n[1], x0);
  }
  g_acc ^= acc;
}

static inline unsigned long f5 (struct node *n0, struct node *n1, struct node *n2, struct node **out)
{
  unsigned long acc = 0x657c5e67453230e2UL;
  struct node *p44 = gc_calloc (1, sizeof (struct node));
  p44->next = p44;
  struct node *p45 = gc_alloc (sizeof (struct node));
  p45->val = (p45->next ? p45->next : n1)->a[g_acc & 3];
  p45->a[0] = list_len (n0);
  p45->next = (n2->next ? n2->next : p45);
  gc_free (n2);
  void *vp46 = (g_n[1]->val & 1 ? n0 : p45);
  n1->a[(3UL / (811282628UL | 1)) & 3] = p44->a[1];
  *out = p44;
  if (497907408UL % 3 == 1)
  {
    acc += (p44->other ? p44->other : n0)->a[list_sum (n1) & 3];
  }
  else
  {
    for (unsigned long i47 = 0; i47 < 5; i47++)
    {
      unsigned long st48 = 0;
      for (struct node *q = p44; q && st48 < 8; q = q->next, st48++)
        acc += q->val * (st48 + 1);
      acc += apply (cb_bump, n0, (0x39426db76711807dUL % (st48 | 1)));
    }
  }
  acc += apply (cb_keep, (n1->other ? n1->other : n1), n2->val);
  r1 (list_len (n1) % 4, ((struct node *) vp46), n0, *g_up, n1->a[2], &p44);
  return acc ^ (unsigned long) (n1 == p44);
}

void f6 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 80UL;
  if (n0 != n1)
    memcpy (n0, n1, sizeof (struct node));
  struct node *p52 = (struct node *) ((uintptr_t) n1 | 0);
  struct node *p53 = gc_alloc (64);
  p53->val = 2UL;
  p53->next = (g_n[1]->val & 1 ? p52 : g_n[1]);
  acc += f5 (n1, n1, (p52->val & 1 ? p53 : n1), &p53);
  struct node *arr54[4] = { (g_n[1]->val & 1 ? n0 : n2), (n0->other ? n0->other : g_n[2]), p52, n2 };
  struct node s55 = { 0 };
  s55.val = list_sum (n0);
  s55.next = g_n[1];
  n2->other = n0;
  unsigned long u56 = n1->val;
  n2 = f0 ((s55.next ? s55.next : n2), list_sum (&s55), &p52->other);
  acc += (n0->slot ? ((struct node *) n0->slot)->val : (u56 % (g_n[2]->val | 1)));
  struct node *p57 = gc_alloc (sizeof (struct node));
  p57->val = deep_sum ((s55.next ? s55.next : p57), 1);
  printf ("f6.0 %lu\n", acc);
  unsigned long u58 = *g_up;
  p52->a[(g_n[0]->val >> (p57->val & 63)) & 3] = (p52->val | g_n[1]->a[0]);
  g_acc ^= acc;
}

static inline void f7 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 0x3a173d2e545e1207UL;
  acc += list_sum ((x0 & 1 ? n0 : n1));
  acc += f5 (n1, (n2->other ? n2->other : n1), n1, &n1);
  struct node *p63 = f0 (g_n[2], n1->val, &n2);
  g_any = n1;
  struct node s64 = { 0 };
  s64.val = (n2->slot ? ((struct node *) n2->slot)->val : g_n[1]->val);
  s64.next = n1;
  n1 = f0 (p63, deep_sum (p63, 0), &s64.next);
  struct node *p65 = f0 ((n1->other ? n1->other : n0), (g_n[2]->val ? 0UL : x0), &g_n[2]);
  n2->next = n1;
  unsigned long st66 = 0;
  for (struct node *q = p65; q && st66 < 8; q = q->next, st66++)
    acc += q->val * (st66 + 1);
  g_acc ^= acc;
}

static inline void f8 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 2191331532UL;
  n0->slot = n0;
  unsigned long st69 = 0;
  for (struct node *q = n0; q && st69 < 8; q = q->next, st69++)
    acc += q->val * (st69 + 1);
  acc += 3UL;
  struct node *p70 = gc_alloc (sizeof (struct node));
  p70->val = list_len (g_n[st69 & 3]);
  p70->a[2] = x0;
  void *vp71 = p70;
  struct node *w72 = p70;
  for (unsigned long i73 = 0; i73 < 1; i73++)
  {
    w72 = gc_alloc (sizeof (struct node));
    w72->val = i73 * g_n[0]->val;
    acc += w72->val + list_sum (w72);
  }
  w72->slot = (n0->other ? n0->other : n0);
  unsigned long *b74 = gc_alloc (96 + st69 % 16);
  b74[0] = w72->a[g_n[2]->a[2] & 3];
  b74[1] = ((struct node *) vp71)->val;
  b74[3] = st69;
  struct node *p75 = NEW (struct node);
  p75->val = w72->a[(w72->next ? w72->next->val : b74[3]) & 3];
  acc += f5 (g_n[3], g_n[b74[0] & 3], p75, &p70);
  struct node *p76 = NEW (struct node);
  p76->val = b74[1UL & 3];
  g_n[1] = p75;
  printf ("f8.1 %lu\n", acc);
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
  unsigned long acc = 31UL;
  struct node *p77 = gc_calloc (1, sizeof (struct node));
  struct node *p78 = gc_alloc (sizeof (struct node));
  p77->val += g_n[3]->val;
  p77->val += ((p78->val & 1 ? p78 : p78)->next ? (p78->val & 1 ? p78 : p78)->next->val : (unsigned long) ((uintptr_t) p78 != 0));
  for (unsigned long i79 = 0; i79 < 1; i79++)
  {
    struct node *p80 = gc_alloc (sizeof (struct node));
    p80->val = ((p80->slot ? ((struct node *) p80->slot)->val : p80->val) / ((i79 * g_n[1]->val) | 1));
    p80->next = p77;
    p77 = p80;
  }
  p77 = p77;
  struct node **v81 = gc_alloc (4 * sizeof (struct node *));
  v81[0] = (p77->other ? p77->other : p77);
  v81[2] = (p77->next ? p77->next : p78);
  v81[3] = (p78->other ? p78->other : p77);
  acc += r3 ((unsigned long) ((uintptr_t) g_n[3] != 0) % 4, (p78->other ? p78->other : p78), (p77->slot ? ((struct node *) p77->slot)->val : p78->val));
  if (g_acc % 4 == 0)
  {
  }
  else
  {
    p78->next = p78;
    __asm__ volatile ("" : : "r" (p77) : "memory");
  }
  for (unsigned long i82 = 0; i82 < 7; i82++)
  {
    struct node *p83 = gc_alloc (sizeof (struct node));
    p83->a[2] = list_len (p77);
    p83->next = p78;
    p78 = p83;
  }
  p77 = p77;
  p77->a[p77->a[g_n[3]->val & 3] & 3] = (3479631063UL / (p77->a[1] | 1));
  acc += 65UL;
  gc_free (p77);
  r4 (p77->a[3] % 4, p78->val, (struct pair) { p77, p78 });
  printf ("main.r4 %lu\n", acc);
  f6 ((p78->other ? p78->other : p78), p78, p78);
  printf ("main.f6 %lu\n", acc);
  f7 (p78, p78, p78, deep_sum (p78, 0));
  printf ("main.f7 %lu\n", acc);
  f8 (p78, 0UL);
  printf ("main.f8 %lu\n", acc);
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

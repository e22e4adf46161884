/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0054.c */
/* gcc-escape fuzz program, seed 54: testsuite/fuzz/gen 54 */
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

void r0 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static void r1 (unsigned long d, struct node *n0, unsigned long x0);
static void f2 (struct pair pr);
void f3 (struct node *n0, unsigned long x0, struct pair pr);
static void f4 (struct node *n0, unsigned long x0);
static unsigned long r5 (unsigned long d, unsigned long x0, unsigned long x1);
void r6 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static void f7 (void);
static unsigned long r8 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, struct pair pr);
static struct node *f9 (struct node *n0, struct node **out);
static struct node *f10 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out);
static unsigned long f11 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
struct node *f12 (unsigned long x0, struct node **out);
unsigned long f13 (struct node *n0, struct node **out, struct pair pr);
static unsigned long f14 (struct node *n0, struct node *n1, struct node *n2);
unsigned long f15 (unsigned long x0, unsigned long x1);
void f16 (struct node *n0, struct node *n1);
static struct node *f17 (struct node *n0, struct node *n1, unsigned long x0);

void r0 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x17c9721b47445766UL;
  if (d == 0)
    return;
  struct node *p5 = gc_alloc (64);
  p5->val = list_len (p5);
  p5->next = p5;
  unsigned long st6 = 0;
  for (struct node *q = n1; q && st6 < 8; q = q->next, st6++)
    acc += q->val * (st6 + 1);
  acc += (unsigned long) (n0 == n0);
  printf ("r0.0 %lu\n", acc);
  if (((x0 ^ n0->a[0]) | list_len (p5)) % 3 == 1)
  {
  }
  if (d > 0)
  {
    r1 (d - 1, n0, (g_n[2]->val - g_n[0]->a[3]));
  }
  g_acc ^= acc;
}

static inline void r1 (unsigned long d, struct node *n0, unsigned long x0)
{
  unsigned long acc = 0UL;
  if (d == 0)
    return;
  n0->val += ((unsigned long) ((uintptr_t) n0 != 0) | n0->a[2071105937UL & 3]);
  n0 = g_n[x0 & 3];
  g_h.p = n0;
  struct node *p9 = gc_alloc (sizeof (struct node));
  p9->val = *g_up;
  p9->next = p9;
  struct node *p10 = NEW (struct node);
  p10->val = (list_sum (p10) >> ((x0 ? x0 : p10->val) & 63));
  p10->next = g_n[g_n[2]->val & 3];
  struct node *p11 = gc_alloc (64);
  if (d > 0)
  {
    r0 (d - 1, (g_n[0]->next ? g_n[0]->next : g_n[2]), p11, list_sum (p11), 31UL);
  }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) void f2 (struct pair pr)
{
  unsigned long acc = 2UL;
  struct node *p12 = pr.a;
  struct node *p13 = gc_alloc (sizeof (struct node));
  p13->next = (17UL & 1 ? p13 : p13);
  for (unsigned long i14 = 0; i14 < 3; i14++)
  {
    struct node *p15 = NEW (struct node);
    p15->next = p12;
    p12 = p15;
  }
  for (unsigned long i16 = 0; i16 < 5; i16++)
  {
    struct node *p17 = gc_alloc (sizeof (struct node));
    p17->val = (g_acc << (1UL & 63));
    p17->a[1] = (unsigned long) ((uintptr_t) p12 != 0);
    p17->next = p13;
    p13 = p17;
  }
  struct node *p18 = gc_alloc (64);
  p18->val = (p18->a[2] * 95UL);
  if ((p13->slot ? ((struct node *) p13->slot)->val : 3UL) % 2 == 1)
  {
    if (p12 != p12)
      memcpy (p12, p12, sizeof (struct node));
  }
  p12->next = p13;
  struct node *arr19[4] = { p12, p13, (44UL & 1 ? p12 : p18), (616979446UL & 1 ? p12 : p13) };
  struct node *w20 = p12;
  for (unsigned long i21 = 0; i21 < 1; i21++)
  {
    w20 = gc_alloc (sizeof (struct node));
    w20->val = i21 * (p13->val / (p12->a[2] | 1));
    acc += w20->val + list_sum (w20);
  }
  r1 (list_len (p18) % 4, arr19[2042718799UL & 3], (g_n[3]->a[1] | 0x3bda29a1014e419fUL));
  struct node s22 = { 0 };
  s22.val = (3023548107UL - g_n[2]->val);
  s22.next = (s22.next ? s22.next : p13);
  acc += (unsigned long) ((s22.next ? s22.next : w20) == (p12->next ? p12->next : p12));
  if (p13 != (p18->other ? p18->other : p18))
    memcpy (p13, (p18->other ? p18->other : p18), sizeof (struct node));
  g_acc += list_sum (&s22);
  acc += 0x22c16cb02584459cUL;
  g_acc ^= acc;
}

void f3 (struct node *n0, unsigned long x0, struct pair pr)
{
  unsigned long acc = 3092931971UL;
  struct node *p25 = pr.a;
  struct node *p26 = gc_alloc (sizeof (struct node));
  p26->next = p26;
  g_up = &g_n[x0 & 3]->a[1];
  n0->next = p25;
  for (unsigned long i27 = 0; i27 < 6; i27++)
  {
    struct node *p28 = gc_alloc (sizeof (struct node));
    p28->val = p25->a[list_sum (p25) & 3];
    p28->next = g_n[898424916UL & 3];
    struct node *p29 = NEW (struct node);
    p29->val = (i27 - 3UL);
    p29->a[2] = (g_n[1]->slot ? ((struct node *) g_n[1]->slot)->val : 1UL);
    { struct node *volatile vol = p25; acc += vol->val; }
  }
  if (p26 != p26)
    memcpy (p26, p26, sizeof (struct node));
  unsigned long *b30 = gc_alloc (96);
  b30[0] = x0;
  b30[1] = x0;
  b30[3] = n0->a[1];
  g_up = b30 + 0;
  { unsigned long *q = &p25->a[3]; *q ^= *g_up; }
  r0 (n0->a[b30[0] & 3] % 4, (p25->val & 1 ? p25 : g_n[2]), p25, (x0 ? x0 : g_n[2]->val), *g_up);
  struct node *w31 = n0;
  for (unsigned long i32 = 0; i32 < 5; i32++)
  {
    w31 = gc_alloc (sizeof (struct node));
    w31->val = i32 * (i32 / (n0->val | 1));
    acc += w31->val + list_sum (w31);
  }
  f2 ((struct pair) { p25, p26 });
  struct node *w33 = n0;
  for (unsigned long i34 = 0; i34 < 1; i34++)
  {
    w33 = gc_alloc (sizeof (struct node));
    w33->val = i34 * (0x13426da763f7da2fUL | b30[1]);
    acc += w33->val + list_sum (w33);
  }
  r0 (x0 % 4, (w31->a[0] & 1 ? p25 : p25), g_n[b30[3] & 3], (x0 & x0), (b30[2] >> (w31->val & 63)));
  struct node *arr35[4] = { n0, (w31->other ? w31->other : p26), n0, (w33->next ? w33->next : n0) };
  struct node *p36 = NEW (struct node);
  p36->val = p36->a[b30[3] & 3];
  g_acc ^= acc;
}

static void f4 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 0x5efec7e13b0d5d11UL;
  struct node *p39 = gc_alloc (sizeof (struct node));
  p39->val = (p39->a[1] / (x0 | 1));
  p39->a[0] = x0;
  struct node *p40 = gc_alloc (64);
  { unsigned long *q = &n0->a[2]; *q ^= n0->val; }
  struct node *p41 = gc_alloc (sizeof (struct node));
  p41->val = list_len ((n0->next ? n0->next : p40));
  p41->next = p41;
  { unsigned long *q = &p39->a[0]; *q ^= (p39->a[2] - x0); }
  acc += (list_sum (p41) ^ (unsigned long) ((uintptr_t) p41 != 0));
  printf ("f4.1 %lu\n", acc);
  struct node *p42 = gc_alloc (sizeof (struct node));
  struct node *p43 = gc_alloc (64);
  struct node *w44 = p42;
  for (unsigned long i45 = 0; i45 < 4; i45++)
  {
    w44 = gc_alloc (sizeof (struct node));
    w44->val = i45 * (g_n[1]->val * x0);
    acc += w44->val + list_sum (w44);
  }
  if (p42 != p42)
    memcpy (p42, p42, sizeof (struct node));
  struct node *arr46[4] = { w44, p42, p39, (w44->next ? w44->next : n0) };
  p43->a[p43->val & 3] = g_acc;
  g_acc ^= acc;
}

static unsigned long r5 (unsigned long d, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0UL;
  if (d == 0)
    return acc;
  struct node *p49 = gc_alloc (64);
  p49->val = g_n[1]->val;
  p49->next = (p49->other ? p49->other : p49);
  struct node *w50 = p49;
  for (unsigned long i51 = 0; i51 < 1; i51++)
  {
    w50 = gc_alloc (sizeof (struct node));
    w50->val = i51 * x1;
    acc += w50->val + list_sum (w50);
  }
  g_acc += ((w50->a[2] + p49->a[0]) >> ((w50->next ? w50->next->val : 1165906157UL) & 63));
  f4 (w50, x1);
  unsigned long u52 = (unsigned long) ((uintptr_t) w50 != 0);
  struct node *p53 = gc_alloc (sizeof (struct node));
  p53->val = (unsigned long) ((uintptr_t) w50 != 0);
  p53->a[1] = (p49->val ^ w50->a[0]);
  p53->next = (w50->other ? w50->other : w50);
  gc_free (p53);
  w50->val += g_n[0]->val;
  f4 (p49, 0x3863c6a465e945e2UL);
  unsigned long *b54 = gc_alloc (64);
  b54[3] = (x1 << (u52 & 63));
  unsigned long st55 = 0;
  for (struct node *q = p53; q && st55 < 8; q = q->next, st55++)
    acc += q->val * (st55 + 1);
  { unsigned long *q = b54 + 2; q[-1] += q[1] + u52; }
  w50->next = p53;
  printf ("r5.2 %lu\n", acc);
  p53 = w50;
  acc = mix (acc, p53->a[0x48c357f005ed96cbUL & 3]);
  p53->val += (x1 ^ list_len (p53));
  if (d > 0)
  {
    r6 (d - 1, (g_n[0]->next ? g_n[0]->next : g_n[1]), g_n[w50->val & 3], (p49->next ? p49->next : p53), (p53->a[3] ? x0 : st55), (p49->a[1] / (w50->a[2] | 1)));
  }
  return acc ^ (x1 | st55);
}

__attribute__ ((noinline)) void r6 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 7UL;
  if (d == 0)
    return;
  struct node *p61 = NEW (struct node);
  p61->val = (x1 + n0->a[0]);
  r1 ((n1->val | 0x62d541a50606f79UL) % 4, n1, g_n[3]->val);
  acc += ((g_n[0]->val % (n2->a[2] | 1)) * (unsigned long) (n0 == n2));
  r1 ((x1 * n1->a[3]) % 4, n2, 70UL);
  n0->next = n1;
  for (unsigned long i62 = 0; i62 < 5; i62++)
  {
    struct node *p63 = gc_alloc (sizeof (struct node));
    p63->val = (n1->next ? n1->next->val : 1UL);
    struct node *arr64[4] = { (p63->next ? p63->next : p63), p63, n2, n0 };
    arr64[x1 & 3] = (n0->next ? n0->next : n1);
  }
  g_n[2] = n1;
  if (d > 0)
  {
    acc += r5 (d - 1, (2UL ? x0 : x0), list_sum (n0));
  }
  g_acc ^= acc;
}

static void f7 (void)
{
  unsigned long acc = 4275084225UL;
  struct node *p65 = gc_alloc (64);
  p65->val = (0x7ab4e8636b0d4dc5UL * (181017400UL >> (1242184235UL & 63)));
  p65->next = p65;
  p65->a[0xe033f4934d64fabUL & 3] = (g_n[3]->a[2UL & 3] % ((unsigned long) (p65 == p65) | 1));
  if (((unsigned long) (p65 == p65) - 3UL) % 2 == 1)
  {
    acc += apply (cb_read, (p65->a[0] & 1 ? p65 : p65), g_n[1]->val);
    f4 ((1UL & 1 ? p65 : p65), 30UL);
  }
  else
  {
    printf ("f7.3 %lu\n", acc);
    unsigned long st66 = 0;
    for (struct node *q = (p65->other ? p65->other : g_n[2]); q && st66 < 8; q = q->next, st66++)
      acc += q->val * (st66 + 1);
    unsigned long st67 = 0;
    for (struct node *q = p65; q && st67 < 8; q = q->next, st67++)
      acc += q->val * (st67 + 1);
  }
  f3 (g_n[41UL & 3], 0x70033d742f8983adUL, (struct pair) { p65, p65 });
  acc += p65->a[g_n[1]->val & 3];
  r0 (list_sum (p65) % 4, p65, p65, deep_sum (p65, 0), (unsigned long) ((uintptr_t) p65 != 0));
  g_acc ^= acc;
}

static unsigned long r8 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, struct pair pr)
{
  unsigned long acc = 3UL;
  if (d == 0)
    return acc;
  struct node *p71 = pr.a;
  void *vp72 = g_n[2];
  struct node *w73 = n1;
  for (unsigned long i74 = 0; i74 < 2; i74++)
  {
    w73 = gc_alloc (sizeof (struct node));
    w73->val = i74 * (n1->val & 2UL);
    acc += w73->val + list_sum (w73);
  }
  if (d > 0)
  {
    acc += r8 (d - 1, n0, p71, g_n[2241312876UL & 3], (struct pair) { n0, (n1->other ? n1->other : n1) });
  }
  g_acc += ((0xf547a697cead49cUL | w73->a[3]) ? (unsigned long) ((uintptr_t) n0 != 0) : list_len (n0));
  gc_free (p71);
  g_acc += *g_up;
  acc = mix (acc, *g_up);
  acc = mix (acc, (n0->next ? n0->next->val : 1UL));
  return acc ^ (g_n[3]->val * 0x37eafe96709251d9UL);
}

static __attribute__ ((noinline)) struct node *f9 (struct node *n0, struct node **out)
{
  unsigned long acc = 38UL;
  struct node *p76 = NEW (struct node);
  p76->val = p76->val;
  p76->next = (p76->other ? p76->other : p76);
  { unsigned long *q = &p76->a[2]; *q ^= n0->a[0]; }
  struct node *p77 = gc_alloc (64);
  p77->a[3] = 0UL;
  g_acc += list_sum ((*out ? *out : n0));
  if (((0UL + n0->a[1]) << ((92UL | n0->val) & 63)) % 3 == 1)
  {
  }
  __asm__ volatile ("" : : "r" (n0) : "memory");
  acc += deep_sum ((p77->other ? p77->other : p76), 0);
  return p76;
}

static struct node *f10 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 53UL;
  struct node *p81 = gc_alloc (sizeof (struct node));
  acc += (unsigned long) (p81 == (p81->other ? p81->other : n0));
  if (n0->val % 2 == 0)
  {
    g_acc += list_sum (n0);
    g_h.pr.a = (*out ? *out : g_n[3]);
    struct node *p82 = gc_alloc (sizeof (struct node));
    p82->a[1] = n0->val;
    p82->next = (*out ? *out : p82);
  }
  else
  {
    acc = mix (acc, (x1 - g_n[1]->val));
    acc += *out ? (*out)->val : (n0->slot ? ((struct node *) n0->slot)->val : x0);
    void *vp83 = g_n[2];
  }
  return (*out ? *out : g_n[2]);
}

static unsigned long f11 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 40UL;
  acc = mix (acc, deep_sum (n2, 2));
  r0 ((n1->slot ? ((struct node *) n1->slot)->val : g_n[2]->val) % 4, n0, n1, list_len (n1), (g_n[2]->val | 1UL));
  printf ("f11.4 %lu\n", acc);
  g_acc += n1->a[g_n[1]->val & 3];
  if ((unsigned long) ((uintptr_t) g_n[g_n[3]->val & 3] != 0) % 4 == 1)
  {
    struct node *arr88[4] = { n2, n0, n2, (g_n[2]->val & 1 ? g_n[3] : n2) };
  }
  else
  {
    struct node *arr89[4] = { n0, n0, n2, (n2->val & 1 ? n0 : g_n[3]) };
    struct node s90 = { 0 };
    s90.val = n1->val;
    s90.next = arr89[1UL & 3];
  }
  return acc ^ n1->a[n2->a[2] & 3];
}

struct node *f12 (unsigned long x0, struct node **out)
{
  unsigned long acc = 3UL;
  struct node *p92 = gc_alloc (sizeof (struct node));
  p92->a[0] = (2UL | x0);
  p92->next = p92;
  for (unsigned long i93 = 0; i93 < 1; i93++)
  {
    p92->a[x0 & 3] = (0x46129997286588bdUL % (p92->val | 1));
    struct node **v94 = gc_alloc (4 * sizeof (struct node *));
    v94[2] = p92;
    v94[3] = (g_n[2]->other ? g_n[2]->other : p92);
    struct node s95 = { 0 };
    s95.val = (g_n[1]->a[2] % (x0 | 1));
    s95.next = g_n[0];
  }
  acc += (unsigned long) ((uintptr_t) p92 != 0);
  p92->other = g_n[2595246460UL & 3];
  return g_n[1];
}

unsigned long f13 (struct node *n0, struct node **out, struct pair pr)
{
  unsigned long acc = 4221583546UL;
  struct node *p97 = pr.b;
  struct node *w98 = n0;
  for (unsigned long i99 = 0; i99 < 3; i99++)
  {
    w98 = gc_alloc (sizeof (struct node));
    w98->val = i99 * (g_n[3]->val >> (2UL & 63));
    acc += w98->val + list_sum (w98);
  }
  unsigned long st100 = 0;
  for (struct node *q = (n0->next ? n0->next : g_n[0]); q && st100 < 8; q = q->next, st100++)
    acc += q->val * (st100 + 1);
  unsigned long *b101 = gc_calloc (8, sizeof (unsigned long));
  b101[3] = (b101[0] << (77UL & 63));
  f4 (n0, (st100 / (w98->val | 1)));
  printf ("f13.5 %lu\n", acc);
  if (list_sum ((w98->a[1] & 1 ? w98 : p97)) % 4 == 1)
  {
    gc_free (w98);
  }
  else
  {
    struct node *p102 = gc_alloc (sizeof (struct node));
    p102->val = list_sum ((p102->other ? p102->other : w98));
    p102->a[1] = (st100 | 3UL);
  }
  g_acc += (unsigned long) ((uintptr_t) w98 != 0);
  struct node *p103 = NEW (struct node);
  p103->val = st100;
  r0 ((b101[0] - st100) % 4, g_n[2], g_n[3], 3UL, st100);
  printf ("f13.6 %lu\n", acc);
  return acc ^ st100;
}

static unsigned long f14 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 1UL;
  struct node *p107 = gc_alloc (sizeof (struct node));
  g_n[0] = n0;
  n1->val += deep_sum (n2, 2);
  struct node *p108 = gc_alloc (sizeof (struct node));
  p108->val = (1UL & 1 ? p108 : n2)->a[g_acc & 3];
  void *vp109 = n0;
  p107->a[p107->a[0] & 3] = ((2789248115UL + 48UL) * 0x23ae50680dff6d99UL);
  acc += 75UL;
  g_up = &n0->a[2];
  return acc ^ (g_n[0]->val - 4047116992UL);
}

unsigned long f15 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 13UL;
  struct node *p112 = gc_alloc (sizeof (struct node));
  p112->val = (x1 + deep_sum (p112, 0));
  unsigned long st113 = 0;
  for (struct node *q = g_n[1]; q && st113 < 8; q = q->next, st113++)
    acc += q->val * (st113 + 1);
  g_acc += list_sum ((g_n[3]->val & 1 ? g_n[3] : p112));
  { unsigned long *q = &p112->a[2]; *q ^= g_n[1]->val; }
  p112->a[deep_sum (p112, 1) & 3] = g_acc;
  f4 (p112, p112->val);
  for (unsigned long i114 = 0; i114 < 6; i114++)
  {
    struct node *p115 = gc_alloc (sizeof (struct node));
    struct node *w116 = p112;
    for (unsigned long i117 = 0; i117 < 4; i117++)
    {
      w116 = gc_alloc (sizeof (struct node));
      w116->val = i117 * *g_up;
      acc += w116->val + list_sum (w116);
    }
  }
  return acc ^ 1364781693UL;
}

void f16 (struct node *n0, struct node *n1)
{
  unsigned long acc = 0x5af186b57c60856fUL;
  struct node *p120 = NEW (struct node);
  p120->val = g_n[2]->val;
  n0->slot = n1;
  struct node *p121 = gc_calloc (1, sizeof (struct node));
  p121->val = (unsigned long) ((uintptr_t) (p121->next ? p121->next : p120) != 0);
  for (unsigned long i122 = 0; i122 < 4; i122++)
  {
    struct node *p123 = gc_alloc (sizeof (struct node));
    p123->val = deep_sum ((n0->next ? n0->next : p121), 2);
    struct node **v124 = gc_alloc (4 * sizeof (struct node *));
    v124[0] = n1;
    v124[2] = (v124[0] ? v124[0] : n0);
    v124[3] = n0;
  }
  n0->val += deep_sum ((g_n[1]->next ? g_n[1]->next : n0), 2);
  struct node *p125 = gc_alloc (sizeof (struct node));
  p125->val = ((49UL ? 2UL : g_n[2]->a[3]) << (g_acc & 63));
  p125->a[2] = (n0->val & g_n[1]->val);
  p125->next = p125;
  g_n[3]->next = n1;
  g_acc += ((p125->slot ? ((struct node *) p125->slot)->val : 0x4d4c00a21187c47eUL) % (g_n[0]->val | 1));
  unsigned long st126 = 0;
  for (struct node *q = g_n[0]; q && st126 < 8; q = q->next, st126++)
    acc += q->val * (st126 + 1);
  g_acc ^= acc;
}

static struct node *f17 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 0x2e54703c2841619cUL;
  for (unsigned long i130 = 0; i130 < 1; i130++)
  {
    unsigned long *b131 = gc_alloc (64);
    b131[0] = n1->val;
    b131[3] = (unsigned long) ((uintptr_t) n1 != 0);
    struct node s132 = { 0 };
    s132.val = g_n[3]->val;
    s132.next = n1;
    s132.other = (i130 & 1 ? n0 : n1);
    struct node s133 = { 0 };
    s133.val = s132.val;
    s133.next = (g_n[3]->next ? g_n[3]->next : n0);
    g_h.pr.b = n0;
  }
  struct node *p134 = f10 (n1, n0->a[1], deep_sum (n0, 1), &n1);
  g_up = &n0->a[3];
  acc = mix (acc, (unsigned long) ((uintptr_t) p134 != 0));
  p134->slot = p134;
  return p134;
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
  unsigned long acc = 54UL;
  struct node *p135 = gc_calloc (1, sizeof (struct node));
  p135->val = (p135->a[g_n[1]->val & 3] & 0UL);
  if ((unsigned long) (p135 == (p135->other ? p135->other : p135)) % 2 == 0)
  {
    struct node *p136 = gc_alloc (sizeof (struct node));
    p136->val = ((2002591463UL ? 0x1d0dd46e39703f10UL : 0x7075ff61acf0460UL) - (p135->a[0] - 1UL));
    p136->a[2] = (0UL | 2863449565UL);
    p136->next = g_n[2];
  }
  else
  {
    acc = mix (acc, (g_n[3]->val & p135->val));
    acc += apply (cb_keep, (g_n[2]->other ? g_n[2]->other : g_n[3]), (8UL | g_n[3]->a[1]));
  }
  struct node *p137 = gc_alloc (sizeof (struct node));
  p137->val = list_len (p137);
  p137->a[0] = 57UL;
  struct node *p138 = NEW (struct node);
  p138->val = 3781445149UL;
  p138->next = p135;
  p138->other = g_n[0];
  g_acc += deep_sum (g_n[1], 0);
  g_n[0] = (g_n[1]->val & 1 ? p137 : p137);
  for (unsigned long i139 = 0; i139 < 6; i139++)
  {
    struct node *p140 = gc_alloc (sizeof (struct node));
    p140->next = p137;
    p137 = p140;
  }
  struct node *p141 = gc_alloc (sizeof (struct node));
  p141->val = (27UL * (unsigned long) (p141 == p141));
  p141->a[3] = 2UL;
  acc += (unsigned long) (p135 == p137);
  acc += r5 ((g_n[0]->val ^ p135->val) % 4, p138->a[p135->a[1] & 3], (48UL - 510760294UL));
  printf ("main.r5 %lu\n", acc);
  r6 ((unsigned long) (p137 == p135) % 4, p141, p137, p135, (p141->a[2] + 0x68454eaf0689539cUL), (g_n[2]->val | p141->a[3]));
  printf ("main.r6 %lu\n", acc);
  f7 ();
  printf ("main.f7 %lu\n", acc);
  acc += r8 ((unsigned long) (p138 == p137) % 4, p141, p141, p137, (struct pair) { p141, p137 });
  printf ("main.r8 %lu\n", acc);
  struct node *p142 = f9 ((p138->next ? p138->next : p141), &p138);
  printf ("main.f9 %lu\n", acc);
  acc += f11 (p141, g_n[g_n[0]->val & 3], p141, list_len (p138));
  printf ("main.f11 %lu\n", acc);
  struct node *p143 = f12 (p141->val, &p141);
  printf ("main.f12 %lu\n", acc);
  acc += f13 (g_n[p141->val & 3], &g_n[3], (struct pair) { g_n[2UL & 3], p138 });
  printf ("main.f13 %lu\n", acc);
  acc += f14 (p141, p141, (p138->a[1] & 1 ? p135 : p141));
  printf ("main.f14 %lu\n", acc);
  acc += f15 ((p138->val << (4248137117UL & 63)), g_n[1]->val);
  printf ("main.f15 %lu\n", acc);
  f16 (p141, p137);
  printf ("main.f16 %lu\n", acc);
  struct node *p144 = f17 ((p141->a[1] & 1 ? p137 : p141), p137, (2UL * 0x13f8acb726b618e3UL));
  printf ("main.f17 %lu\n", acc);
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

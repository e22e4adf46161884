/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0028.c */
/* gcc-escape fuzz program, seed 28: testsuite/fuzz/gen 28 */
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
static unsigned long apply (cb_t f, void *ctx, unsigned long x) { return f (ctx, x); }

static unsigned long r0 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr);
static struct node *r1 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1);
static void f2 (unsigned long x0, unsigned long x1);
unsigned long f3 (void);
static unsigned long f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr);
void r5 (unsigned long d, struct node *n0, struct node *n1, struct node **out);
static unsigned long r6 (unsigned long d, struct node *n0, struct node *n1);
static struct node *f7 (struct node *n0, struct node *n1, struct node **out);
unsigned long r8 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static void r9 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static struct node *r10 (unsigned long d, struct node *n0, unsigned long x0);
static void r11 (unsigned long d);
unsigned long f12 (struct node **out);

static __attribute__ ((noinline)) unsigned long r0 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr)
{
  unsigned long acc = 4273087688UL;
  if (d == 0)
    return acc;
  struct node *p5 = pr.a;
  p5->next = n1;
  g_up = &n2->a[1];
  acc += ((n2->other ? n2->other : n0)->next ? (n2->other ? n2->other : n0)->next->val : x0);
  struct node *p6 = gc_alloc (sizeof (struct node));
  p6->val = g_acc;
  acc += (unsigned long) ((uintptr_t) p5 != 0);
  struct node *p7 = gc_alloc (sizeof (struct node));
  p7->val = x0;
  p7->next = n2;
  acc += x0;
  struct node *p8 = gc_alloc (sizeof (struct node));
  p8->val = deep_sum ((g_n[1]->val & 1 ? p7 : p8), 1);
  p8->a[2] = deep_sum (p7, 0);
  acc += (unsigned long) ((uintptr_t) p5 != 0);
  struct node *w9 = n0;
  for (unsigned long i10 = 0; i10 < 5; i10++)
  {
    w9 = gc_alloc (sizeof (struct node));
    w9->val = i10 * (g_n[0]->val % (x0 | 1));
    acc += w9->val + list_sum (w9);
  }
  gc_free (n0);
  n0->a[(unsigned long) (p6 == w9) & 3] = (g_n[3]->val - (g_n[2]->val | x0));
  struct node *p11 = gc_alloc (sizeof (struct node));
  p11->val = (x0 & (x0 ? x0 : x0));
  p11->next = p7;
  p11->a[x0 & 3] = (3782111409UL >> (list_len (n1) & 63));
  acc += p8->val;
  p6->other = n2;
  struct node *p12 = gc_alloc (sizeof (struct node));
  p12->val = 1UL;
  p12->next = g_n[x0 & 3];
  if (d > 0)
  {
    struct node *p13 = r1 (d - 1, n2, (p8->a[1] | g_n[0]->a[3]), 0UL);
  }
  return acc ^ deep_sum (p5, 2);
}

static struct node *r1 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0UL;
  if (d == 0)
    return n0;
  struct node *p17 = gc_alloc (sizeof (struct node));
  p17->a[3] = (88UL / (p17->val | 1));
  p17->next = g_n[n0->a[1] & 3];
  x0 = 0UL;
  gc_free (p17);
  struct node *p18 = gc_calloc (1, sizeof (struct node));
  p18->val = p17->a[3];
  p18->a[2] = n0->a[2];
  p18->next = n0;
  struct node s19 = { 0 };
  s19.val = g_n[3]->val;
  unsigned long u20 = ((p17->slot ? ((struct node *) p17->slot)->val : x0) << (g_n[3]->val & 63));
  struct node **v21 = gc_alloc (4 * sizeof (struct node *));
  v21[0] = (n0->other ? n0->other : p18);
  v21[1] = p18;
  v21[2] = g_n[p18->a[1] & 3];
  p17->slot = (p18->next ? p18->next : p17);
  g_n[3] = p18;
  g_n[3] = (n0->other ? n0->other : p17);
  acc += ((g_n[3]->a[2] | p18->a[0]) % ((85UL - p17->a[2]) | 1));
  unsigned long *b22 = gc_alloc (64);
  b22[1] = (g_n[2]->val | 3UL);
  if (d > 0)
  {
    acc += r0 (d - 1, g_n[1], n0, n0, (p17->slot ? ((struct node *) p17->slot)->val : n0->val), (struct pair) { p17, (p18->a[0] & 1 ? p18 : p17) });
  }
  return p18;
}

static void f2 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3436484856UL;
  struct node *p25 = NEW (struct node);
  struct node s26 = { 0 };
  s26.val = (p25->slot ? ((struct node *) p25->slot)->val : g_n[3]->val);
  s26.next = p25;
  struct node *w27 = p25;
  for (unsigned long i28 = 0; i28 < 1; i28++)
  {
    w27 = gc_alloc (sizeof (struct node));
    w27->val = i28 * (unsigned long) (w27 == p25);
    acc += w27->val + list_sum (w27);
  }
  g_h.pr.a = g_n[3];
  struct node s29 = { 0 };
  s29.val = 0xcdf730d44888653UL;
  s29.next = (s26.next ? s26.next : p25);
  w27->slot = g_n[x0 & 3];
  struct node *p30 = gc_alloc (sizeof (struct node));
  struct node *p31 = (struct node *) ((uintptr_t) p25 | 0);
  struct node **v32 = gc_alloc (4 * sizeof (struct node *));
  v32[0] = p31;
  v32[3] = p31;
  p30 = r1 (list_len (w27) % 4, (0x345c0644b136c6UL & 1 ? p31 : p30), list_len (p31), p30->a[g_n[1]->val & 3]);
  p30 = p30;
  for (unsigned long i33 = 0; i33 < 6; i33++)
  {
    struct node *p34 = gc_alloc (sizeof (struct node));
    p34->val = (p31->next ? p31->next : p25)->a[w27->val & 3];
    p34->next = p31;
    acc += (i33 / ((x0 ? w27->val : x0) | 1));
    p31 = p34;
  }
  g_acc ^= acc;
}

__attribute__ ((noinline)) unsigned long f3 (void)
{
  unsigned long acc = 240660679UL;
  struct node *p35 = gc_alloc (sizeof (struct node));
  p35->next = p35;
  if ((p35->slot ? ((struct node *) p35->slot)->val : (90UL + g_n[0]->val)) % 3 == 1)
  {
    struct node **v36 = gc_alloc (4 * sizeof (struct node *));
    v36[3] = p35;
  }
  else
  {
    struct node *arr37[4] = { p35, p35, g_n[0], p35 };
  }
  { unsigned long *q = &p35->a[2]; *q ^= 56UL; }
  p35->slot = g_n[0];
  for (unsigned long i38 = 0; i38 < 5; i38++)
  {
    if ((p35->next ? p35->next->val : i38) % 6 == 1) return acc ^ list_sum (p35);
  }
  g_acc += ((p35->next ? p35->next->val : 0UL) - 0x6ba216b544b045e4UL);
  return acc ^ (p35->a[0] - p35->a[2]);
}

static inline unsigned long f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr)
{
  unsigned long acc = 0UL;
  struct node *p43 = pr.a;
  struct node *p44 = gc_alloc (sizeof (struct node));
  p44->val = g_n[3]->val;
  p44->next = p43;
  struct node *p45 = gc_alloc (sizeof (struct node));
  p45->val = (p45->next ? p45->next->val : (1UL ^ g_n[1]->val));
  acc += f3 ();
  for (unsigned long i46 = 0; i46 < 2; i46++)
  {
    struct node *p47 = gc_alloc (sizeof (struct node));
    for (unsigned long i48 = 0; i48 < 7; i48++)
    {
      struct node *p49 = gc_alloc (sizeof (struct node));
      p49->val = ((g_n[0]->slot ? ((struct node *) g_n[0]->slot)->val : i48) & (x0 - 2869642907UL));
      p49->a[0] = (x0 | g_n[2]->val);
      p49->next = p45;
      p45 = p49;
    }
    g_any = n0;
    struct node **v50 = gc_alloc (4 * sizeof (struct node *));
    v50[1] = (g_n[3]->other ? g_n[3]->other : n1);
    v50[3] = p47;
    acc += (n2->val * (x0 * x0));
  }
  acc = mix (acc, (p44->val ^ x0));
  struct node *p51 = (struct node *) ((uintptr_t) n0 | 0);
  g_acc += (*g_up / (g_n[3]->val | 1));
  struct node *arr52[4] = { p44, g_n[0], n1, n2 };
  return acc ^ x0;
}

void r5 (unsigned long d, struct node *n0, struct node *n1, struct node **out)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return;
  struct node **v55 = gc_alloc (4 * sizeof (struct node *));
  v55[2] = n1;
  struct node s56 = { 0 };
  s56.val = (n1->val * n1->val);
  s56.next = g_n[271083369UL & 3];
  void *vp57 = (*out ? *out : n0);
  g_acc += ((n0->val * n0->a[0]) % (*g_up | 1));
  *out = g_n[1];
  acc += apply (cb_read, g_n[3], (n1->val & 0x69a0597f344b193bUL));
  struct node s58 = { 0 };
  s58.val = (n0->val % (n0->a[0] | 1));
  unsigned long st59 = 0;
  for (struct node *q = (s58.next ? s58.next : n0); q && st59 < 8; q = q->next, st59++)
    acc += q->val * (st59 + 1);
  n0->slot = g_n[1];
  *out = g_n[3];
  *out = (g_n[1]->next ? g_n[1]->next : g_n[0]);
  g_n[3] = g_n[1];
  g_acc += (v55[1] ? v55[1]->val : n0->a[0]);
  n1 = n1;
  acc += list_sum (&s58);
  if (d > 0)
  {
    acc += r6 (d - 1, n0, g_n[n1->val & 3]);
  }
  g_acc ^= acc;
}

static unsigned long r6 (unsigned long d, struct node *n0, struct node *n1)
{
  unsigned long acc = 3575362350UL;
  if (d == 0)
    return acc;
  acc += ((64UL + 0x2012b2af0b85e103UL) | n1->a[1]);
  if (n0 != (n1->next ? n1->next : g_n[1]))
    memcpy (n0, (n1->next ? n1->next : g_n[1]), sizeof (struct node));
  for (unsigned long i62 = 0; i62 < 2; i62++)
  {
    unsigned long st63 = 0;
    for (struct node *q = n1; q && st63 < 8; q = q->next, st63++)
      acc += q->val * (st63 + 1);
    acc += f3 ();
    if (((i62 | n1->a[3]) | n0->a[st63 & 3]) % 4 == 0)
    {
      struct node *p64 = (struct node *) ((uintptr_t) n0 | 0);
    }
  }
  acc += (unsigned long) ((uintptr_t) n0 != 0);
  g_acc += (2UL | 11UL);
  if (d > 0)
  {
    r5 (d - 1, n0, n1, &n0);
  }
  return acc ^ (unsigned long) (n1 == n1);
}

static __attribute__ ((noinline)) struct node *f7 (struct node *n0, struct node *n1, struct node **out)
{
  unsigned long acc = 3629209495UL;
  struct node *p67 = gc_alloc (64);
  p67->val = list_len (n1);
  p67->a[1] = (g_n[2]->val | n1->a[3]);
  if (((n1->a[1] + p67->a[0]) % ((n1->a[1] >> (n1->val & 63)) | 1)) % 3 == 0)
  {
    acc += *out ? (*out)->val : (p67->slot ? ((struct node *) p67->slot)->val : 3UL);
  }
  else
  {
    n1->next = (70UL & 1 ? n1 : n1);
  }
  printf ("f7.0 %lu\n", acc);
  p67->next = n0;
  struct node *w68 = n1;
  for (unsigned long i69 = 0; i69 < 4; i69++)
  {
    w68 = gc_alloc (sizeof (struct node));
    w68->val = i69 * g_n[3]->val;
    acc += w68->val + list_sum (w68);
  }
  *out = w68;
  p67 = (p67->val & 1 ? p67 : w68);
  *out = n1;
  return g_n[g_n[2]->a[3] & 3];
}

unsigned long r8 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x3e008f743755ea9eUL;
  if (d == 0)
    return acc;
  unsigned long *b75 = gc_calloc (12, sizeof (unsigned long));
  b75[0] = n2->a[b75[1] & 3];
  struct node *p76 = (struct node *) ((uintptr_t) n2 | 0);
  x0 = ((x1 - x0) % (x0 | 1));
  r5 ((n0->val - n0->val) % 4, n1, (n2->next ? n2->next : n0), &n2);
  struct node *p77 = gc_alloc (sizeof (struct node));
  p77->val = (unsigned long) (n1 == n0);
  g_acc += b75[n1->val & 3];
  acc += ((b75[0] + x1) ? 1UL : (2UL / (x1 | 1)));
  for (unsigned long i78 = 0; i78 < 4; i78++)
  {
    struct node *p79 = NEW (struct node);
    p79->val = g_acc;
    p79->next = n2;
    for (unsigned long i80 = 0; i80 < 3; i80++)
    {
      struct node *p81 = gc_alloc (sizeof (struct node));
      p81->val = ((i78 + p77->val) ? n0->val : (n0->a[0] / (b75[1] | 1)));
      struct node *p82 = f7 ((p79->next ? p79->next : n2), n0, &p76->other);
    }
    n2 = p79;
  }
  unsigned long *b83 = gc_calloc (8, sizeof (unsigned long));
  b83[0] = n2->val;
  b83[1] = (p76->slot ? ((struct node *) p76->slot)->val : g_n[3]->a[0]);
  b83[2] = (unsigned long) ((uintptr_t) n1 != 0);
  b83[3] = n2->a[3];
  void *vp84 = p77;
  p76 = r1 ((unsigned long) (n1 == p77) % 4, n0, ((struct node *) vp84)->val, (p77->a[0] ^ x0));
  { unsigned long *q = &n2->a[0]; *q ^= list_len (p77); }
  if (d > 0)
  {
    acc += r8 (d - 1, g_n[b75[2] & 3], n2, ((struct node *) vp84), (2UL ? b75[2] : 0x5b2b24b170cab43fUL), n0->val);
  }
  unsigned long *b85 = gc_calloc (8, sizeof (unsigned long));
  b85[0] = deep_sum (n0, 1);
  b85[1] = (unsigned long) ((uintptr_t) n2 != 0);
  b85[2] = b75[n1->val & 3];
  acc += (unsigned long) ((uintptr_t) g_n[3] != 0);
  return acc ^ (x1 * n1->a[1]);
}

static inline void r9 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 15UL;
  if (d == 0)
    return;
  struct node *p90 = gc_alloc (sizeof (struct node));
  p90->val = 2642280538UL;
  p90->a[1] = list_len (n0);
  p90->next = n1;
  struct node *p91 = gc_alloc (64);
  p91->val = 3452466672UL;
  p91->a[0] = g_n[3]->val;
  if ((n0->a[3] + x1) % 3 == 1) return;
  acc += (list_len (n1) % ((x1 - n0->val) | 1));
  for (unsigned long i92 = 0; i92 < 7; i92++)
  {
    struct node *p93 = gc_alloc (sizeof (struct node));
    p93->val = 22UL;
    p93->next = n1;
    p93->next = p90;
    p90 = p93;
  }
  struct node *p94 = gc_alloc (sizeof (struct node));
  p94->next = p94;
  for (unsigned long i95 = 0; i95 < 6; i95++)
  {
    struct node *p96 = gc_alloc (sizeof (struct node));
    p96->val = ((unsigned long) (n1 == p91) >> ((g_n[2]->val ? i95 : g_n[3]->val) & 63));
    p96->a[2] = (unsigned long) (n1 == p91);
    p96->next = p94;
    p94 = p96;
  }
  for (unsigned long i97 = 0; i97 < 3; i97++)
  {
    struct node *p98 = gc_alloc (sizeof (struct node));
    p98->val = list_len (g_n[g_n[0]->val & 3]);
    struct node *p99 = gc_alloc (sizeof (struct node));
    p99->val = (unsigned long) (p98 == g_n[1]);
    p99->next = n1;
    if (x1 % 4 == 1)
    {
      struct node *p100 = gc_alloc (sizeof (struct node));
      p100->val = p99->a[(i97 ^ g_n[1]->val) & 3];
      struct node **v101 = gc_alloc (4 * sizeof (struct node *));
      v101[1] = (v101[3] ? v101[3] : p90);
      v101[2] = p98;
      v101[3] = (p98->next ? p98->next : p94);
    }
    else
    {
    }
  }
  if (d > 0)
  {
    acc += r8 (d - 1, g_n[n1->a[0] & 3], n1, n1, x1, list_len (p94));
  }
  g_acc ^= acc;
}

static struct node *r10 (unsigned long d, struct node *n0, unsigned long x0)
{
  unsigned long acc = 1781510853UL;
  if (d == 0)
    return n0;
  struct node *p104 = gc_alloc (64);
  g_n[2]->next = (g_n[1]->val & 1 ? g_n[1] : g_n[1]);
  n0->next = (n0->other ? n0->other : n0);
  p104->a[list_len (n0) & 3] = (x0 % ((1UL & x0) | 1));
  if (d > 0)
  {
    struct node *p105 = r10 (d - 1, (n0->other ? n0->other : p104), (x0 & g_n[2]->val));
  }
  p104->val += x0;
  if ((n0->next ? n0->next->val : deep_sum (n0, 0)) % 3 == 1)
  {
  }
  return g_n[0];
}

static void r11 (unsigned long d)
{
  unsigned long acc = 3UL;
  if (d == 0)
    return;
  struct node *p106 = gc_alloc (sizeof (struct node));
  p106->val = 55UL;
  p106->next = (p106->other ? p106->other : p106);
  acc += g_acc;
  if (d > 0)
  {
    r11 (d - 1);
  }
  for (unsigned long i107 = 0; i107 < 2; i107++)
  {
    struct node *p108 = gc_calloc (1, sizeof (struct node));
    p108->val = 2622133644UL;
    p108->next = (p108->next ? p108->next : p106);
    p106->other = p108;
    p106->other = (p106->other ? p106->other : p108);
  }
  struct node *p109 = gc_alloc (sizeof (struct node));
  struct node *p110 = gc_alloc (sizeof (struct node));
  p110->val = g_acc;
  struct node *p111 = f7 (p110, (p109->other ? p109->other : g_n[2]), &p109);
  p109 = r1 (0UL % 4, (p110->other ? p110->other : p110), list_len (p111), (g_n[2]->val ? 51UL : g_n[3]->val));
  for (unsigned long i112 = 0; i112 < 1; i112++)
  {
    struct node *p113 = gc_alloc (sizeof (struct node));
    p113->next = (p106->a[3] & 1 ? p109 : p110);
    p111->other = g_n[0];
  }
  g_acc ^= acc;
}

unsigned long f12 (struct node **out)
{
  unsigned long acc = 0x558ec5e444fa7797UL;
  struct node *p114 = gc_calloc (1, sizeof (struct node));
  p114->val = p114->a[list_sum (p114) & 3];
  unsigned long *b115 = gc_alloc (32);
  b115[0] = deep_sum (p114, 1);
  b115[3] = (unsigned long) ((uintptr_t) p114 != 0);
  gc_free (p114);
  struct node *arr116[4] = { p114, p114, p114, (*out ? *out : p114) };
  acc += deep_sum ((p114->other ? p114->other : p114), 2);
  r5 ((unsigned long) ((uintptr_t) p114 != 0) % 4, (p114->next ? p114->next : p114), (p114->val & 1 ? p114 : p114), &arr116[3]);
  acc += deep_sum (arr116[p114->val & 3], 1);
  p114 = (b115[1] & 1 ? p114 : p114);
  gc_free (p114);
  return acc ^ arr_sum (arr116, 4);
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
  unsigned long acc = 28UL;
  struct node *p117 = NEW (struct node);
  p117->val = g_n[3]->val;
  p117->a[2] = (unsigned long) ((uintptr_t) p117 != 0);
  p117->val += ((p117->val ^ p117->a[3]) ? (3971639431UL + g_n[1]->val) : p117->val);
  gc_free (p117);
  gc_free (p117);
  g_acc += ((g_n[3]->val ? p117->val : 59UL) * *g_up);
  printf ("main.1 %lu\n", acc);
  p117->slot = g_n[0];
  g_acc += deep_sum (p117, 2);
  g_h.pr.a = g_n[0];
  for (unsigned long i118 = 0; i118 < 1; i118++)
  {
    g_h.p = (904773993UL & 1 ? g_n[0] : g_n[2]);
  }
  gc_free (p117);
  p117 = g_n[36UL & 3];
  acc += r0 ((unsigned long) ((uintptr_t) p117 != 0) % 4, p117, p117, g_n[0], (p117->a[3] ? p117->val : 1458274847UL), (struct pair) { p117, (p117->other ? p117->other : p117) });
  printf ("main.r0 %lu\n", acc);
  f2 (deep_sum (p117, 0), (p117->slot ? ((struct node *) p117->slot)->val : 15UL));
  printf ("main.f2 %lu\n", acc);
  acc += f4 (g_n[0], p117, p117, p117->a[1], (struct pair) { g_n[3], g_n[3] });
  printf ("main.f4 %lu\n", acc);
  acc += r6 (p117->val % 4, p117, p117);
  printf ("main.r6 %lu\n", acc);
  acc += r8 (list_sum (p117) % 4, g_n[g_n[1]->val & 3], (p117->val & 1 ? p117 : p117), (g_n[0]->other ? g_n[0]->other : g_n[0]), g_n[0]->val, g_n[3]->val);
  printf ("main.r8 %lu\n", acc);
  r9 (p117->a[1] % 4, (g_n[0]->next ? g_n[0]->next : g_n[0]), g_n[0], p117->val, 2UL);
  printf ("main.r9 %lu\n", acc);
  struct node *p119 = r10 (35UL % 4, (p117->next ? p117->next : p117), 738304915UL);
  printf ("main.r10 %lu\n", acc);
  r11 ((p117->a[2] & 0x5f5ae94a0118a07aUL) % 4);
  printf ("main.r11 %lu\n", acc);
  acc += f12 (&g_n[0]);
  printf ("main.f12 %lu\n", acc);
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

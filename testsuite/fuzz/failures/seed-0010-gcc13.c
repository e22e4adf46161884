/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-13. Reproduce: testsuite/fuzz/check.sh --gcc 13 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0010-gcc13.c */
/* gcc-escape fuzz program, seed 10: testsuite/fuzz/gen 10 */
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

unsigned long f0 (struct node *n0, struct node *n1);
static struct node *f1 (void);
static struct node *f2 (struct node *n0, struct node *n1, struct node *n2);
static void f3 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out);
unsigned long r4 (unsigned long d, unsigned long x0, unsigned long x1);
static struct node *r5 (unsigned long d, struct node *n0, struct node *n1);
static unsigned long r6 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1, struct node **out);
static struct node *r7 (unsigned long d, struct node *n0);
unsigned long f8 (struct node *n0, struct node *n1, struct node *n2);
unsigned long r9 (unsigned long d, unsigned long x0, unsigned long x1, struct node **out);
static struct node *f10 (struct node *n0, struct node *n1, struct node *n2);
static struct node *f11 (struct node *n0, struct node *n1, struct node *n2);
unsigned long f12 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static struct node *f13 (struct node *n0, struct node *n1, unsigned long x0, struct pair pr);
static unsigned long f14 (struct node *n0);
static struct node *r15 (unsigned long d, struct node *n0, struct node **out);
static struct node *r16 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1, struct node **out);
unsigned long r17 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static unsigned long f18 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);

unsigned long f0 (struct node *n0, struct node *n1)
{
  unsigned long acc = 40UL;
  struct node *p3 = gc_alloc (64);
  p3->val = (p3->slot ? ((struct node *) p3->slot)->val : 3034036270UL);
  p3->next = n1;
  p3->a[*g_up & 3] = n1->val;
  void *vp4 = p3;
  g_h.p = g_n[p3->a[1] & 3];
  for (unsigned long i5 = 0; i5 < 7; i5++)
  {
    struct node *p6 = gc_alloc (sizeof (struct node));
    p6->val = (unsigned long) ((uintptr_t) (n1->next ? n1->next : g_n[1]) != 0);
    p6->next = p3;
    p3 = p6;
  }
  for (unsigned long i7 = 0; i7 < 3; i7++)
  {
    n0->other = g_n[0];
  }
  acc += cb_read (((struct node *) vp4), (unsigned long) ((uintptr_t) p3 != 0));
  struct node *p8 = (struct node *) ((uintptr_t) n0 | 0);
  acc = mix (acc, (unsigned long) (n1 == p3));
  for (unsigned long i9 = 0; i9 < 5; i9++)
  {
    struct node *p10 = gc_alloc (64);
    p8->a[g_n[3]->val & 3] = deep_sum (p10, 1);
    g_up = &(i9 & 1 ? n1 : n1)->a[3];
    if (deep_sum ((p10->next ? p10->next : p3), 1) % 3 == 0)
    {
      if (n1 != p8)
        memcpy (n1, p8, sizeof (struct node));
      n1->slot = p8;
    }
  }
  acc += apply (cb_keep, p8, list_sum (n0));
  acc += g_cb[(g_n[3]->val >> (g_n[3]->val & 63)) & 3] (p8, (n0->val + p8->val));
  return acc ^ (unsigned long) (n0 == n0);
}

static struct node *f1 (void)
{
  unsigned long acc = 2UL;
  struct node *p11 = NEW (struct node);
  acc += f0 ((p11->next ? p11->next : p11), (p11->other ? p11->other : p11));
  { unsigned long *q = &p11->a[0]; *q ^= 0x51f9a7153c41fed7UL; }
  p11->other = p11;
  g_n[2]->next = p11;
  printf ("f1.0 %lu\n", acc);
  g_acc += (unsigned long) ((uintptr_t) p11 != 0);
  struct node *p12 = gc_calloc (1, sizeof (struct node));
  p12->val = (unsigned long) ((uintptr_t) g_n[41UL & 3] != 0);
  acc += f0 (p11, p12);
  acc += (p11->next ? p11->next->val : 39UL);
  return p11;
}

static struct node *f2 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 3250419448UL;
  struct node *p16 = gc_alloc (sizeof (struct node));
  p16->val = ((1879369554UL << (n1->a[3] & 63)) & g_n[0]->val);
  n2->a[(unsigned long) (g_n[1] == n1) & 3] = (list_len (n2) | n2->a[0]);
  printf ("f2.1 %lu\n", acc);
  if ((g_n[n0->val & 3]->slot ? ((struct node *) g_n[n0->val & 3]->slot)->val : p16->a[n1->val & 3]) % 2 == 1)
  {
    struct node *arr17[4] = { n1, (n1->other ? n1->other : n1), n2, n1 };
  }
  else
  {
    n1 = f1 ();
    g_list->other = (g_n[3]->val & 1 ? p16 : p16);
  }
  n0->next = p16;
  return g_n[4106914407UL & 3];
}

static inline void f3 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 28UL;
  acc += apply (cb_keep, n0, list_sum (n0));
  g_any = n0;
  g_acc += n0->val;
  if ((n0->next ? n0->next->val : 0UL) % 2 == 1)
  {
    *out = n0;
    struct node **v21 = gc_alloc (4 * sizeof (struct node *));
    v21[1] = n0;
  }
  acc += deep_sum (n0, 0);
  n0 = n0;
  n0->a[(x1 >> (x1 & 63)) & 3] = g_n[1]->val;
  void *vp22 = n0;
  struct node *p23 = f1 ();
  struct node *p24 = gc_alloc (sizeof (struct node));
  p24->val = list_sum (((struct node *) vp22));
  g_acc ^= acc;
}

unsigned long r4 (unsigned long d, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1036562599UL;
  if (d == 0)
    return acc;
  struct node *p27 = gc_alloc (sizeof (struct node));
  p27->val = ((unsigned long) (p27 == p27) / (x0 | 1));
  p27->next = g_n[1];
  struct node *w28 = p27;
  for (unsigned long i29 = 0; i29 < 2; i29++)
  {
    w28 = gc_alloc (sizeof (struct node));
    w28->val = i29 * w28->a[i29 & 3];
    acc += w28->val + list_sum (w28);
  }
  struct node *arr30[4] = { (p27->next ? p27->next : w28), (p27->other ? p27->other : w28), w28, p27 };
  struct node **v31 = gc_alloc (4 * sizeof (struct node *));
  v31[1] = p27;
  v31[2] = (p27->next ? p27->next : g_n[1]);
  acc += (unsigned long) ((v31[0] ? v31[0] : w28) == (v31[3] ? v31[3] : p27));
  unsigned long st32 = 0;
  for (struct node *q = w28; q && st32 < 8; q = q->next, st32++)
    acc += q->val * (st32 + 1);
  acc += ((v31[3] ? v31[3]->val : x0) ? 0x7b70c3986439aa46UL : (v31[0] ? v31[0]->val : 0x142063bc7f2bcb1cUL));
  __asm__ volatile ("" : : "r" (w28) : "memory");
  acc += g_cb[w28->a[0] & 3] (g_n[2], list_len (w28));
  struct node *w33 = w28;
  for (unsigned long i34 = 0; i34 < 4; i34++)
  {
    w33 = gc_alloc (sizeof (struct node));
    w33->val = i34 * w33->val;
    acc += w33->val + list_sum (w33);
  }
  g_acc += ((unsigned long) (p27 == w33) + list_len (w28));
  w28->other = g_n[w33->a[0] & 3];
  for (unsigned long i35 = 0; i35 < 4; i35++)
  {
    struct node *p36 = gc_alloc (sizeof (struct node));
    x0 = i35;
    acc += g_acc;
    struct node *p37 = NEW (struct node);
    v31[(w33->a[2] % (i35 | 1)) & 3] = w33;
  }
  if (d > 0)
  {
    w28 = r5 (d - 1, (w28->next ? w28->next : w28), p27);
  }
  return acc ^ x1;
}

static struct node *r5 (unsigned long d, struct node *n0, struct node *n1)
{
  unsigned long acc = 40UL;
  if (d == 0)
    return n0;
  struct node *p40 = gc_alloc (64 + (4041380552UL & 7));
  p40->val = n0->val;
  struct node *p41 = gc_alloc (sizeof (struct node));
  p41->val = (n0->a[3] * list_sum (n0));
  p41->next = (g_n[2]->val & 1 ? p40 : p41);
  acc = mix (acc, 0x3d3b9fec5efdd365UL);
  acc += (p40->val ? 777840985UL : 1655779796UL);
  { struct node *volatile vol = p41; acc += vol->val; }
  void *vp42 = p41;
  g_acc += ((p41->a[2] ^ g_n[0]->val) * (0x5d0e0374534b08e0UL | n0->a[0]));
  p41->slot = p41;
  { unsigned long *q = &p40->a[1]; *q ^= 61UL; }
  p40->next = p40;
  if (((struct node *) vp42)->val % 3 == 0)
  {
    unsigned long u43 = g_n[1]->val;
    struct node *p44 = f2 (p40, p40, (n1->next ? n1->next : p41));
  }
  unsigned long st45 = 0;
  for (struct node *q = n1; q && st45 < 8; q = q->next, st45++)
    acc += q->val * (st45 + 1);
  struct node **v46 = gc_alloc (4 * sizeof (struct node *));
  v46[1] = n1;
  v46[2] = p41;
  v46[3] = (p40->other ? p40->other : g_n[0]);
  printf ("r5.2 %lu\n", acc);
  acc += apply (cb_keep, p40, p41->val);
  if (d > 0)
  {
    acc += r4 (d - 1, (n1->a[3] + p40->val), ((struct node *) vp42)->val);
  }
  return g_n[3];
}

static unsigned long r6 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 2UL;
  if (d == 0)
    return acc;
  for (unsigned long i50 = 0; i50 < 1; i50++)
  {
    struct node *p51 = gc_alloc (sizeof (struct node));
    p51->val = (n0->other ? n0->other : p51)->a[(unsigned long) (n0 == n0) & 3];
    p51->next = g_n[3];
    acc = mix (acc, 38UL);
    struct node *p52 = gc_alloc (sizeof (struct node));
    p52->val = g_acc;
    if ((unsigned long) ((uintptr_t) (p51->val & 1 ? p52 : p51) != 0) % 4 == 0)
    {
      g_list = p51;
    }
    n0 = r5 ((x0 * i50) % 4, p51, n0);
  }
  n0 = n0;
  acc = mix (acc, x0);
  struct node *p53 = gc_alloc (sizeof (struct node));
  p53->val = list_sum ((p53->other ? p53->other : n0));
  if (d > 0)
  {
    p53 = r7 (d - 1, n0);
  }
  return acc ^ (unsigned long) ((uintptr_t) p53 != 0);
}

static struct node *r7 (unsigned long d, struct node *n0)
{
  unsigned long acc = 0x1272d4052dd4033eUL;
  if (d == 0)
    return n0;
  struct node s55 = { 0 };
  s55.val = (0x52b997616db4ab5dUL << (g_n[1]->val & 63));
  s55.next = n0;
  g_up = &g_n[n0->val & 3]->a[2];
  g_acc += n0->a[0];
  unsigned long u56 = deep_sum ((n0->other ? n0->other : g_n[0]), 1);
  struct node *w57 = n0;
  for (unsigned long i58 = 0; i58 < 1; i58++)
  {
    w57 = gc_alloc (sizeof (struct node));
    w57->val = i58 * (w57->val & n0->val);
    acc += w57->val + list_sum (w57);
  }
  gc_free (n0);
  s55 = *n0;
  struct node *p59 = gc_alloc (64 + (u56 & 7));
  p59->val = list_sum (&s55);
  if ((44UL / (n0->a[3UL & 3] | 1)) % 3 == 1)
  {
    acc += (unsigned long) ((uintptr_t) n0 != 0);
    n0 = r5 ((unsigned long) ((uintptr_t) p59 != 0) % 4, p59, w57);
    g_h.pr.a = g_n[3];
  }
  struct node *p60 = gc_alloc (sizeof (struct node));
  p60->next = (p59->next ? p59->next : w57);
  if (d > 0)
  {
    acc += r6 (d - 1, g_n[2], (3UL ? u56 : p60->val), 10UL, &p59);
  }
  return g_n[1];
}

unsigned long f8 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 0UL;
  struct node **v64 = gc_alloc (4 * sizeof (struct node *));
  v64[2] = n2;
  if (n0->val % 3 == 0)
  {
    if (n2->val % 2 == 1)
    {
      n2 = n2;
      struct node s65 = { 0 };
      s65.val = 1898535071UL;
      s65.next = (v64[0] ? v64[0] : n0);
    }
    else
    {
      f3 (g_n[60UL & 3], list_len (n0), (n0->slot ? ((struct node *) n0->slot)->val : 2695746463UL), &n0);
    }
  }
  n1 = g_n[n0->val & 3];
  acc += apply (cb_read, n2, (24UL - n1->a[2]));
  g_n[0]->next = n1;
  struct node *p66 = gc_alloc (sizeof (struct node));
  p66->val = ((2810735412UL % (72UL | 1)) - *g_up);
  p66->a[2] = (g_n[3]->val ? p66->val : p66->val);
  struct node *p67 = gc_alloc (sizeof (struct node));
  p67->val = g_n[0]->a[(49UL + n0->a[0]) & 3];
  return acc ^ (v64[2] ? v64[2]->val : 2096668075UL);
}

unsigned long r9 (unsigned long d, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 0x3ad1541f66065a25UL;
  if (d == 0)
    return acc;
  struct node *p70 = gc_alloc (sizeof (struct node));
  struct node *p71 = f1 ();
  acc += (unsigned long) (p71 == p70);
  struct node *p72 = gc_alloc (sizeof (struct node));
  p72->val = ((p70->a[0] / (78UL | 1)) / ((g_n[0]->val & p72->val) | 1));
  for (unsigned long i73 = 0; i73 < 4; i73++)
  {
    struct node *p74 = gc_alloc (sizeof (struct node));
    p74->val = (x1 % ((p71->a[2] ? 0x2488122a05c9c072UL : 34UL) | 1));
    p74->next = (*out ? *out : p71);
    acc = mix (acc, (p71->next ? p71->next->val : x1));
    p71 = p71;
  }
  if (d > 0)
  {
    acc += r9 (d - 1, list_sum (p72), (unsigned long) ((uintptr_t) p72 != 0), &g_n[1]);
  }
  return acc ^ x1;
}

static struct node *f10 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 65UL;
  struct node *p78 = gc_alloc (64);
  p78->val = ((p78->other ? p78->other : p78)->next ? (p78->other ? p78->other : p78)->next->val : (8UL & 0x3f281c1e098cb742UL));
  p78->a[1] = 0x58d970246460a53aUL;
  acc += (0x413f43441aee8c5UL ? 903297008UL : 49UL);
  unsigned long u79 = (unsigned long) ((uintptr_t) n2 != 0);
  n0->val += list_sum (n1);
  struct node *p80 = f1 ();
  struct node *p81 = gc_alloc (sizeof (struct node));
  p81->val = g_n[1]->val;
  p81->next = g_n[2];
  struct node *p82 = gc_alloc (sizeof (struct node));
  p82->a[2] = (unsigned long) ((uintptr_t) n0 != 0);
  if (p80->a[n0->a[0] & 3] % 3 == 1) return (g_n[2]->next ? g_n[2]->next : n1);
  return n1;
}

static struct node *f11 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 2UL;
  g_up = &n0->a[2];
  struct node *p86 = f2 (n2, n0, n0);
  for (unsigned long i87 = 0; i87 < 1; i87++)
  {
    struct node *p88 = gc_alloc (sizeof (struct node));
    p88->val = ((i87 / (g_n[0]->val | 1)) ? 24UL : (n1->a[1] & g_n[3]->val));
    p88->a[2] = (unsigned long) ((uintptr_t) n1 != 0);
    p88->next = g_n[i87 & 3];
    p88->next = n2;
    printf ("f11.3 %lu\n", acc);
    n2 = p88;
  }
  acc += r4 ((unsigned long) ((uintptr_t) n2 != 0) % 4, list_sum (n2), 0x2d70b6305c9aa76eUL);
  struct node *p89 = f2 ((n0->other ? n0->other : n2), (n2->next ? n2->next : n0), n2);
  acc += 230787013UL;
  struct node s90 = { 0 };
  s90.val = n2->a[1];
  if (n0->a[g_n[1]->val & 3] % 5 == 1) return g_n[0x76b0881d30312cb8UL & 3];
  acc += apply (cb_bump, p89, *g_up);
  acc += f8 ((n1->val & 1 ? n2 : n2), n2, n2);
  struct node *p91 = gc_alloc (sizeof (struct node));
  return (p86->a[3] & 1 ? p89 : p89);
}

unsigned long f12 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 782094185UL;
  struct node *p96 = gc_alloc (sizeof (struct node));
  p96->val = (unsigned long) ((uintptr_t) p96 != 0);
  p96->next = (0x1e8a87db49bdf042UL & 1 ? n0 : g_n[1]);
  for (unsigned long i97 = 0; i97 < 2; i97++)
  {
    struct node *p98 = gc_alloc (64);
    p98->val = list_sum (g_n[i97 & 3]);
    for (unsigned long i99 = 0; i99 < 3; i99++)
    {
      struct node *p100 = gc_alloc (64 + i99 % 16);
      p100->val = i97;
      p100->next = p96;
      struct node *p101 = gc_calloc (1, sizeof (struct node));
      p101->val = (deep_sum (n1, 0) & (n1->val + 2UL));
      p96 = p100;
    }
  }
  struct node *p102 = gc_alloc (64 + ((g_n[2]->val % (g_n[2]->val | 1)) & 7));
  p102->val = p96->val;
  acc += (0x25dba1f71d463893UL + list_sum (p102));
  { unsigned long *q = &p96->a[3]; *q ^= n1->val; }
  return acc ^ g_n[0]->val;
}

static struct node *f13 (struct node *n0, struct node *n1, unsigned long x0, struct pair pr)
{
  unsigned long acc = 1997853953UL;
  struct node *p106 = pr.b;
  unsigned long st107 = 0;
  for (struct node *q = p106; q && st107 < 8; q = q->next, st107++)
    acc += q->val * (st107 + 1);
  g_any = g_n[1];
  printf ("f13.4 %lu\n", acc);
  acc += list_sum (n1);
  acc += apply (cb_keep, (p106->a[0] & 1 ? p106 : p106), (g_n[3]->val ? 24UL : n0->a[3]));
  for (unsigned long i108 = 0; i108 < 8; i108++)
  {
    struct node *p109 = gc_alloc (64);
    p109->next = p109;
    p109->next = n0;
    n0 = p109;
  }
  for (unsigned long i110 = 0; i110 < 6; i110++)
  {
    struct node *p111 = gc_alloc (sizeof (struct node));
    p111->val = list_sum (p111);
    if ((g_n[st107 & 3]->slot ? ((struct node *) g_n[st107 & 3]->slot)->val : n0->val) % 2 == 1)
    {
      struct node **v112 = gc_alloc (4 * sizeof (struct node *));
      v112[0] = (v112[2] ? v112[2] : p111);
      v112[3] = (p111->other ? p111->other : p111);
    }
    else
    {
      p111->next = n1;
    }
  }
  return p106;
}

static unsigned long f14 (struct node *n0)
{
  unsigned long acc = 2340436993UL;
  if (n0 != g_n[g_n[3]->val & 3])
    memcpy (n0, g_n[g_n[3]->val & 3], sizeof (struct node));
  struct node *w114 = n0;
  for (unsigned long i115 = 0; i115 < 5; i115++)
  {
    w114 = gc_alloc (sizeof (struct node));
    w114->val = i115 * (g_n[2]->val & 0x775a5ea5602efb57UL);
    acc += w114->val + list_sum (w114);
  }
  struct node s116 = { 0 };
  s116.val = (60587820UL << (94UL & 63));
  s116.next = g_n[4234972330UL & 3];
  struct node *w117 = n0;
  for (unsigned long i118 = 0; i118 < 4; i118++)
  {
    w117 = gc_alloc (sizeof (struct node));
    w117->val = i118 * 2UL;
    acc += w117->val + list_sum (w117);
  }
  struct node *p119 = gc_alloc (64);
  p119->val = 1840517642UL;
  struct node *p120 = gc_calloc (1, sizeof (struct node));
  w114->a[w114->a[1] & 3] = ((g_n[3]->val & 1 ? n0 : w114)->next ? (g_n[3]->val & 1 ? n0 : w114)->next->val : n0->a[1]);
  p119 = n0;
  p119->val += list_len (n0);
  return acc ^ (unsigned long) (p120 == p120);
}

static inline struct node *r15 (unsigned long d, struct node *n0, struct node **out)
{
  unsigned long acc = 0x749c6ed33f8da415UL;
  if (d == 0)
    return n0;
  if (g_n[1]->val % 3 == 1)
  {
    if (1UL % 3 == 1)
    {
      acc += (n0->val | g_n[1]->val);
    }
  }
  else
  {
    unsigned long u122 = 3992260242UL;
  }
  for (unsigned long i123 = 0; i123 < 2; i123++)
  {
    struct node *p124 = gc_alloc (sizeof (struct node));
    p124->val = (list_sum (p124) ? p124->val : 2372313293UL);
  }
  if (d > 0)
  {
    n0 = r16 (d - 1, g_n[3], (n0->val - n0->a[2]), list_len (n0), &g_n[3]);
  }
  return (4076939145UL & 1 ? g_n[3] : g_n[1]);
}

static struct node *r16 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 3UL;
  if (d == 0)
    return n0;
  acc += *out ? (*out)->val : (g_n[0]->val & 0x79befd1c24840150UL);
  n0->next = (n0->other ? n0->other : n0);
  if (d > 0)
  {
    struct node *p128 = r16 (d - 1, n0, n0->a[g_n[1]->val & 3], (n0->slot ? ((struct node *) n0->slot)->val : x1), &g_n[0]);
  }
  printf ("r16.5 %lu\n", acc);
  n0 = n0;
  printf ("r16.6 %lu\n", acc);
  return n0;
}

unsigned long r17 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2051890150UL;
  if (d == 0)
    return acc;
  struct node *p134 = NEW (struct node);
  struct node *p135 = gc_alloc (64);
  p135->val = (x0 & 1 ? n1 : p134)->a[(n0->slot ? ((struct node *) n0->slot)->val : x1) & 3];
  p135->a[3] = (p135->a[3] ^ g_n[2]->a[2]);
  __asm__ volatile ("" : : "r" (p135) : "memory");
  { unsigned long *q = &p135->a[3]; *q ^= (unsigned long) ((uintptr_t) n0 != 0); }
  struct node s136 = { 0 };
  s136.val = g_n[1]->val;
  s136.next = (n2->next ? n2->next : n0);
  if ((list_sum (&s136) | 0xf42ea3c4327ec2bUL) % 4 == 0)
  {
    if ((g_n[2]->slot ? ((struct node *) g_n[2]->slot)->val : g_n[0]->val) % 3 == 0)
    {
      acc += (list_len (n1) >> (x1 & 63));
    }
    else
    {
      s136 = *p134;
      void *vp137 = g_n[n1->a[2] & 3];
    }
    n0->val += g_n[2]->val;
  }
  else
  {
    struct node *p138 = gc_calloc (1, sizeof (struct node));
    p138->val = g_n[2]->val;
    p138->next = p135;
    p134 = r5 (g_n[2]->val % 4, n0, (p134->a[1] & 1 ? p134 : n1));
  }
  unsigned long u139 = p135->a[(g_n[3]->val ? g_n[2]->val : x0) & 3];
  if (p134->a[2] % 2 == 1)
  {
    struct node *p140 = f2 ((n1->a[3] & 1 ? p135 : p134), n1, p134);
    acc += (unsigned long) ((uintptr_t) n0 != 0);
  }
  if (d > 0)
  {
    x1 = r17 (d - 1, (n0->next ? n0->next : n0), (n2->val & 1 ? g_n[1] : p135), p134, n2->val, list_sum (n0));
  }
  return acc ^ (unsigned long) ((uintptr_t) p134 != 0);
}

static inline unsigned long f18 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1UL;
  void *vp145 = n1;
  for (unsigned long i146 = 0; i146 < 2; i146++)
  {
    unsigned long u147 = list_len (g_n[1]);
    struct node *p148 = gc_calloc (1, sizeof (struct node));
    p148->val = (g_n[1]->val & g_n[1]->val);
    p148->a[2] = (g_n[0]->val * 0x598af1044fe43eb8UL);
  }
  unsigned long *b149 = gc_alloc (32);
  b149[1] = (x1 ^ x1);
  b149[2] = 0UL;
  b149[3] = (595904598UL << (1UL & 63));
  struct node *p150 = gc_alloc (sizeof (struct node));
  p150->val = (unsigned long) (p150 == g_n[p150->a[2] & 3]);
  p150->next = p150;
  struct node *p151 = gc_alloc (sizeof (struct node));
  p151->val = b149[(b149[3] | b149[3]) & 3];
  p151->a[2] = ((struct node *) vp145)->val;
  p151->next = ((struct node *) vp145);
  g_any = (n0->a[3] & 1 ? g_n[3] : g_n[3]);
  gc_free (n1);
  for (unsigned long i152 = 0; i152 < 4; i152++)
  {
    g_up = b149 + 0;
    unsigned long *b153 = gc_alloc (32 + i152 % 16);
    b153[0] = p150->a[0];
    b153[1] = (p150->a[3] >> (x0 & 63));
  }
  g_acc += b149[0];
  for (unsigned long i154 = 0; i154 < 2; i154++)
  {
    struct node *p155 = gc_calloc (1, sizeof (struct node));
    p155->val = (x1 | (p150->val & p150->val));
    p155->next = n1;
    p155->next = n0;
    n0 = p155;
  }
  if (p151->val % 4 == 1) return acc ^ deep_sum (n0, 1);
  printf ("f18.7 %lu\n", acc);
  return acc ^ (x1 ? x0 : 799474252UL);
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
  unsigned long acc = 10UL;
  struct node *p156 = gc_alloc (sizeof (struct node));
  p156->val = (1UL + (p156->next ? p156->next->val : p156->val));
  p156->slot = g_n[2];
  p156->next = (2UL & 1 ? p156 : p156);
  struct node *p157 = gc_alloc (sizeof (struct node));
  p157->val = list_len (g_n[78UL & 3]);
  p157->next = p157;
  struct node *p158 = r5 (g_n[1]->val % 4, p156, p157);
  unsigned long st159 = 0;
  for (struct node *q = p157; q && st159 < 8; q = q->next, st159++)
    acc += q->val * (st159 + 1);
  p157 = f11 (p158, g_n[3], (2UL & 1 ? p156 : p158));
  acc = mix (acc, st159);
  for (unsigned long i160 = 0; i160 < 2; i160++)
  {
    if (((1UL >> (2UL & 63)) | *g_up) % 2 == 0)
    {
      acc += (0x6aa91291312a74e9UL << ((p157->slot ? ((struct node *) p157->slot)->val : g_n[0]->val) & 63));
      g_h.pr.a = g_n[1];
    }
    struct node **v161 = gc_alloc (4 * sizeof (struct node *));
    v161[0] = g_n[0];
    v161[1] = g_n[p157->val & 3];
    v161[2] = g_n[2];
    v161[3] = g_n[1];
    unsigned long *b162 = gc_alloc (32 + i160 % 16);
    b162[3] = (p158->a[1] - 3936679793UL);
  }
  if ((p156->a[2] & p158->val) % 3 == 0)
  {
    unsigned long u163 = list_sum (p157);
    struct node *p164 = gc_alloc (sizeof (struct node));
    p164->val = p157->val;
    p164->next = p164;
  }
  else
  {
    printf ("main.8 %lu\n", acc);
    g_acc += (p158->a[0] << (0xb2443272c16dc89UL & 63));
    p157->val += p157->a[0];
  }
  g_h.p = (g_n[3]->next ? g_n[3]->next : g_n[2]);
  struct node **v165 = gc_alloc (4 * sizeof (struct node *));
  v165[2] = (v165[2] ? v165[2] : g_n[2]);
  struct node **v166 = gc_alloc (4 * sizeof (struct node *));
  v166[0] = g_n[1];
  v166[1] = g_n[1];
  v166[3] = (p157->val & 1 ? g_n[3] : g_n[1]);
  struct node **v167 = gc_alloc (4 * sizeof (struct node *));
  v167[0] = (v167[3] ? v167[3] : g_n[3]);
  v167[2] = (st159 & 1 ? g_n[2] : g_n[3]);
  acc += f12 (g_n[3], (st159 & 1 ? p158 : p158), (unsigned long) (p156 == p156), (0UL * st159));
  unsigned long st168 = 0;
  for (struct node *q = (p156->other ? p156->other : p156); q && st168 < 8; q = q->next, st168++)
    acc += q->val * (st168 + 1);
  acc += r9 (p158->val % 4, 0x60cc09ac359cd0fcUL, p157->a[p158->val & 3], &p158);
  printf ("main.r9 %lu\n", acc);
  struct node *p169 = f10 ((p156->other ? p156->other : p158), g_n[1], (st159 & 1 ? p157 : p157));
  printf ("main.f10 %lu\n", acc);
  struct node *p170 = f13 (p156, (p157->val & 1 ? g_n[3] : g_n[1]), p158->val, (struct pair) { g_n[2], g_n[3] });
  printf ("main.f13 %lu\n", acc);
  acc += f14 ((g_n[0]->next ? g_n[0]->next : g_n[2]));
  printf ("main.f14 %lu\n", acc);
  p158 = r15 (p158->a[1] % 4, (v166[2] ? v166[2] : p156), &p157->other);
  printf ("main.r15 %lu\n", acc);
  struct node *p171 = r16 ((st159 + 50UL) % 4, (g_n[0]->other ? g_n[0]->other : g_n[2]), 0x49f305d010a30f41UL, (unsigned long) ((uintptr_t) p156 != 0), &p158);
  printf ("main.r16 %lu\n", acc);
  acc += r17 (3378878913UL % 4, (p157->next ? p157->next : p158), g_n[0], p157, (v167[3] ? v167[3]->val : st168), (v166[1] ? v166[1]->val : g_n[0]->val));
  printf ("main.r17 %lu\n", acc);
  acc += f18 ((st159 & 1 ? p157 : p156), (v165[1] ? v165[1] : p157), (v167[3] ? v167[3]->val : p158->val), g_acc);
  printf ("main.f18 %lu\n", acc);
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

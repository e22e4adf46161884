/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-13. Reproduce: testsuite/fuzz/check.sh --gcc 13 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0011-gcc13.c */
/* gcc-escape fuzz program, seed 11: testsuite/fuzz/gen 11 */
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

static void r0 (unsigned long d, struct node *n0, unsigned long x0);
unsigned long f1 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static struct node *f2 (struct node *n0, struct node **out);
static void f3 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out);
static unsigned long r4 (unsigned long d);
unsigned long r5 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1);
static void f6 (struct node *n0, struct node *n1, unsigned long x0);
static void f7 (struct node *n0);
static struct node *r8 (unsigned long d, struct node *n0);
void r9 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static void f10 (struct node *n0);
unsigned long f11 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static struct node *f12 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);

static void r0 (unsigned long d, struct node *n0, unsigned long x0)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return;
  unsigned long *b3 = gc_calloc (8, sizeof (unsigned long));
  b3[2] = x0;
  b3[3] = x0;
  acc += (unsigned long) ((uintptr_t) n0 != 0);
  n0->a[g_acc & 3] = b3[n0->val & 3];
  acc = mix (acc, (n0->a[0] | n0->a[2]));
  struct node *p4 = gc_alloc (sizeof (struct node));
  p4->a[3] = g_acc;
  g_acc += b3[x0 & 3];
  struct node *p5 = gc_alloc (64 + ((x0 ? g_n[3]->val : x0) & 7));
  p5->next = n0;
  struct node *arr6[4] = { g_n[2], p4, p5, (n0->other ? n0->other : n0) };
  if (b3[list_sum (n0) & 3] % 4 == 0)
  {
    struct node s7 = { 0 };
    s7.val = (x0 - 4031085801UL);
  }
  else
  {
  }
  if (d > 0)
  {
    r0 (d - 1, g_n[x0 & 3], g_n[0]->a[0UL & 3]);
  }
  g_acc ^= acc;
}

unsigned long f1 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 48UL;
  struct node *p12 = gc_alloc (64);
  p12->a[1] = deep_sum (n2, 1);
  p12->next = n0;
  g_list->other = (n2->a[2] & 1 ? n2 : n1);
  printf ("f1.0 %lu\n", acc);
  if (((x0 / (g_n[0]->val | 1)) ? (g_n[3]->val * g_n[2]->val) : deep_sum (p12, 2)) % 2 == 0)
  {
    struct node *p13 = NEW (struct node);
    p13->val = x0;
    p13->a[3] = (g_n[3]->val % (x0 | 1));
  }
  else
  {
    if ((g_n[1]->val - p12->val) % 4 == 1) return acc ^ g_n[0]->val;
    gc_free (n1);
  }
  struct node *arr14[4] = { (n0->val & 1 ? p12 : g_n[0]), (n1->other ? n1->other : n0), p12, p12 };
  return acc ^ (x0 - g_n[2]->val);
}

static struct node *f2 (struct node *n0, struct node **out)
{
  unsigned long acc = 0x7a58682559aa1b72UL;
  struct node *p16 = NEW (struct node);
  if (deep_sum (p16, 0) % 3 == 0)
  {
    acc += f1 (n0, n0, n0, (g_n[0]->val + g_n[0]->val));
    struct node *arr17[4] = { (g_n[1]->next ? g_n[1]->next : n0), (g_n[2]->val & 1 ? n0 : p16), p16, n0 };
    gc_free (p16);
  }
  else
  {
    struct node *p18 = gc_alloc (sizeof (struct node));
    p18->val = ((g_n[3]->val & 1 ? p16 : p18)->next ? (g_n[3]->val & 1 ? p16 : p18)->next->val : (2UL ? 61UL : 19UL));
    p18->a[2] = list_sum (p16);
  }
  struct node *p19 = gc_alloc (sizeof (struct node));
  p19->val = p16->a[3];
  acc += g_cb[0x44b9888c19200ee9UL & 3] (n0, (unsigned long) (n0 == p19));
  p16 = n0;
  acc += *out ? (*out)->val : 20UL;
  printf ("f2.1 %lu\n", acc);
  n0->other = n0;
  return (n0->other ? n0->other : n0);
}

static inline void f3 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out)
{
  unsigned long acc = 0UL;
  g_list = n0;
  struct node *p24 = gc_alloc (sizeof (struct node));
  for (unsigned long i25 = 0; i25 < 4; i25++)
  {
    struct node *p26 = gc_calloc (1, sizeof (struct node));
    p26->val = list_sum ((g_n[2]->next ? g_n[2]->next : g_n[2]));
    p26->a[0] = deep_sum (n2, 0);
    { unsigned long *q = &n1->a[3]; *q ^= (i25 / (x0 | 1)); }
    g_h.pr.b = n2;
    acc += g_acc;
  }
  n0->other = n0;
  struct node *p27 = NEW (struct node);
  p27->next = p27;
  g_acc += (3UL << (g_n[0]->val & 63));
  struct node *arr28[4] = { n0, g_n[g_n[3]->val & 3], (*out ? *out : p24), n2 };
  struct node *p29 = gc_alloc (64);
  p29->val = ((x0 & p27->val) ^ 0UL);
  p29->next = n0;
  p24->next = p29;
  p29 = n1;
  r0 (deep_sum (n1, 0) % 4, p27, g_n[0]->val);
  g_acc ^= acc;
}

static unsigned long r4 (unsigned long d)
{
  unsigned long acc = 0x6ea3e6646b6dc34bUL;
  if (d == 0)
    return acc;
  struct node *p30 = gc_calloc (1, sizeof (struct node));
  p30->val = 1UL;
  p30->a[0] = *g_up;
  unsigned long *b31 = gc_alloc (32);
  b31[0] = (p30->a[0] - 1UL);
  b31[1] = (p30->val % (b31[3] | 1));
  b31[2] = p30->val;
  b31[(2404404173UL | p30->a[0]) & 3] = b31[b31[b31[2] & 3] & 3];
  p30->slot = (b31[2] & 1 ? g_n[2] : g_n[0]);
  if (d > 0)
  {
    acc += r4 (d - 1);
  }
  if (d > 0)
  {
    acc += r4 (d - 1);
  }
  b31[p30->a[32UL & 3] & 3] = (4087382355UL ? (1UL ^ p30->val) : (p30->next ? p30->next->val : 0UL));
  p30->val += p30->a[0];
  b31[(p30->next ? p30->next->val : 2UL) & 3] = (list_len (p30) / (53UL | 1));
  p30->next = p30;
  g_any = (97UL & 1 ? g_n[3] : g_n[3]);
  acc += p30->val;
  return acc ^ (p30->val + 0x185c76030f952db6UL);
}

__attribute__ ((noinline)) unsigned long r5 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 78UL;
  if (d == 0)
    return acc;
  if (n0 != n0)
    memcpy (n0, n0, sizeof (struct node));
  for (unsigned long i35 = 0; i35 < 6; i35++)
  {
    struct node *p36 = gc_calloc (1, sizeof (struct node));
    p36->val = (unsigned long) ((n0->other ? n0->other : n0) == p36);
    p36->a[0] = list_len (p36);
    r0 (x0 % 4, (n0->next ? n0->next : n0), (n0->next ? n0->next->val : p36->val));
    r0 (list_len (p36) % 4, (n0->other ? n0->other : g_n[1]), (n0->val >> (g_n[3]->val & 63)));
  }
  if (d > 0)
  {
    x0 = r5 (d - 1, g_n[1], n0->a[3404561286UL & 3], n0->a[n0->a[2] & 3]);
  }
  for (unsigned long i37 = 0; i37 < 3; i37++)
  {
    struct node *p38 = gc_calloc (1, sizeof (struct node));
    n0->next = n0;
  }
  unsigned long *b39 = gc_alloc (64);
  b39[0] = n0->val;
  b39[3] = n0->a[0];
  struct node *p40 = gc_alloc (64);
  p40->next = p40;
  n0 = g_n[b39[2] & 3];
  struct node *p41 = gc_alloc (sizeof (struct node));
  p41->val = list_sum ((p40->next ? p40->next : n0));
  p41->a[3] = p41->a[0];
  acc += apply (cb_read, g_n[2], p40->a[3]);
  void *vp42 = p41;
  void *vp43 = p41;
  return acc ^ list_sum (p41);
}

static void f6 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 3196112497UL;
  struct node *p47 = gc_alloc (64);
  n1->next = (g_n[2]->other ? g_n[2]->other : g_n[0]);
  struct node *p48 = gc_calloc (1, sizeof (struct node));
  p48->val = ((1UL & 1 ? p48 : n1)->next ? (1UL & 1 ? p48 : n1)->next->val : p48->a[1]);
  r0 ((unsigned long) (n0 == n1) % 4, n0, (g_n[3]->next ? g_n[3]->next->val : p48->a[0]));
  struct node *p49 = gc_calloc (1, sizeof (struct node));
  p49->val = ((unsigned long) ((uintptr_t) n1 != 0) & (p48->val * p49->a[2]));
  p49->next = p47;
  { unsigned long *q = &n1->a[2]; *q ^= n0->a[2]; }
  struct node *w50 = p49;
  for (unsigned long i51 = 0; i51 < 2; i51++)
  {
    w50 = gc_alloc (sizeof (struct node));
    w50->val = i51 * i51;
    acc += w50->val + list_sum (w50);
  }
  r0 (n1->a[1882023667UL & 3] % 4, p47, (unsigned long) ((uintptr_t) n0 != 0));
  for (unsigned long i52 = 0; i52 < 6; i52++)
  {
    struct node *p53 = gc_alloc (sizeof (struct node));
    p53->val = ((i52 ^ 0UL) - (n0->a[1] / (g_n[3]->val | 1)));
    void *vp54 = w50;
  }
  g_acc ^= acc;
}

static void f7 (struct node *n0)
{
  unsigned long acc = 66UL;
  void *vp56 = n0;
  for (unsigned long i57 = 0; i57 < 5; i57++)
  {
    struct node *p58 = gc_alloc (64);
    p58->val = p58->val;
    p58 = p58;
    g_up = &n0->a[0];
    struct node s59 = { 0 };
    s59.val = list_len (p58);
    s59.next = g_n[2];
    s59.other = g_n[i57 & 3];
    unsigned long u60 = i57;
  }
  g_list->other = n0;
  f3 ((n0->other ? n0->other : n0), ((struct node *) vp56), n0, 9UL, &n0);
  for (unsigned long i61 = 0; i61 < 2; i61++)
  {
    struct node *p62 = gc_alloc (sizeof (struct node));
    p62->val = (unsigned long) (g_n[0] == p62);
    p62->a[2] = p62->val;
    g_h.p = n0;
    acc += deep_sum (n0, 0);
  }
  g_acc ^= acc;
}

static struct node *r8 (unsigned long d, struct node *n0)
{
  unsigned long acc = 27UL;
  if (d == 0)
    return n0;
  struct node *p64 = gc_alloc (64);
  p64->val = 3487642994UL;
  p64->next = p64;
  acc = mix (acc, 51UL);
  void *vp65 = (p64->other ? p64->other : p64);
  gc_free (p64);
  struct node *p66 = gc_alloc (sizeof (struct node));
  p66->val = n0->a[0];
  for (unsigned long i67 = 0; i67 < 5; i67++)
  {
    r0 (i67 % 4, (p64->next ? p64->next : p64), *g_up);
    n0 = f2 ((2UL & 1 ? p66 : p66), &p64->other);
    g_any = (p64->other ? p64->other : p66);
  }
  unsigned long *b68 = gc_alloc (64);
  b68[0] = (n0->val << (2UL & 63));
  b68[1] = b68[1];
  b68[2] = (unsigned long) (p64 == p64);
  b68[3] = list_sum (p66);
  n0->a[(0x5a84af0f3dcd21fdUL - n0->val) & 3] = list_sum (p64);
  struct node *p69 = gc_alloc (sizeof (struct node));
  p69->val = (list_len (p66) << (b68[2] & 63));
  if (d > 0)
  {
    r9 (d - 1, p69, (b68[2] & 1 ? g_n[1] : p64), (p64->next ? p64->next : p64), (5UL ? p64->val : 1493710322UL), (b68[0] << (p69->val & 63)));
  }
  return p66;
}

void r9 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x50718707115d5282UL;
  if (d == 0)
    return;
  struct node *p75 = gc_alloc (sizeof (struct node));
  p75->val = *g_up;
  p75->next = (p75->next ? p75->next : p75);
  n0->slot = g_n[x1 & 3];
  struct node *p76 = gc_alloc (sizeof (struct node));
  p76->val = list_sum (p75);
  p75 = n0;
  f3 (n2, n0, n1, x1, &n2);
  if ((list_len (p76) ^ list_sum (p75)) % 4 == 1)
  {
    p76 = (x0 & 1 ? p76 : n0);
  }
  acc += (0x65ce84e365660deeUL ^ (p75->a[3] ^ n1->val));
  f6 ((n0->next ? n0->next : p76), n0, (p76->val ^ p75->val));
  acc += (87UL >> ((p76->slot ? ((struct node *) p76->slot)->val : n1->a[3]) & 63));
  for (unsigned long i77 = 0; i77 < 6; i77++)
  {
    unsigned long *b78 = gc_calloc (12, sizeof (unsigned long));
    b78[3] = n2->a[1];
    void *vp79 = (p75->next ? p75->next : n0);
  }
  struct node *p80 = gc_alloc (64);
  p80->val = p75->a[1];
  f7 (p80);
  p80->slot = (n1->a[0] & 1 ? n1 : n1);
  g_n[3] = p80;
  if (d > 0)
  {
    struct node *p81 = r8 (d - 1, (n1->other ? n1->other : p76));
  }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) void f10 (struct node *n0)
{
  unsigned long acc = 3UL;
  struct node *p83 = gc_alloc (sizeof (struct node));
  p83->val = list_sum ((0x3b7e0ec14c5f2fa0UL & 1 ? n0 : p83));
  p83->val += (n0->val * p83->val);
  acc += g_acc;
  unsigned long u84 = (p83->next ? p83->next->val : 66UL);
  struct node *p85 = gc_alloc (sizeof (struct node));
  p85->val = u84;
  p85->next = p85;
  struct node *p86 = NEW (struct node);
  p86->val = ((n0->val & 0x7311e6316255ac45UL) + list_len (p85));
  p86->a[1] = (p85->slot ? ((struct node *) p85->slot)->val : 2UL);
  acc += f1 (p85, (u84 & 1 ? p85 : p85), p85, u84);
  acc += deep_sum (p85, 0);
  f6 ((p85->other ? p85->other : p85), p85, (p86->a[0] * 735353214UL));
  struct node **v87 = gc_alloc (4 * sizeof (struct node *));
  v87[0] = (p86->a[1] & 1 ? p85 : p85);
  v87[3] = p85;
  struct node *arr88[4] = { p86, (p86->next ? p86->next : n0), n0, (v87[3] ? v87[3] : g_n[0]) };
  for (unsigned long i89 = 0; i89 < 6; i89++)
  {
    struct node *p90 = gc_alloc (64 + ((i89 * g_n[2]->val) & 7));
    p90->val = ((g_n[1]->val ? 49UL : 1728467419UL) - list_sum (n0));
    p90->next = p90;
    p90->next = p85;
    p85 = p90;
  }
  unsigned long *b91 = gc_alloc (32);
  b91[0] = list_len (p85);
  b91[1] = p85->a[18948525UL & 3];
  b91[3] = u84;
  if (p85->val % 2 == 1)
  {
    acc += g_cb[0UL & 3] ((g_n[1]->a[2] & 1 ? p85 : p85), (unsigned long) (n0 == p83));
  }
  g_acc ^= acc;
}

unsigned long f11 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x4d29a13f275f66b3UL;
  acc += ((43UL | n1->val) | list_len (n1));
  acc += apply (cb_bump, n1, g_n[2]->val);
  n1 = n0;
  acc += g_acc;
  n1 = (n0->other ? n0->other : n1);
  struct node *p96 = gc_alloc (sizeof (struct node));
  p96->val = ((3903262147UL ? g_n[1]->val : 1459748663UL) & (n0->next ? n0->next->val : x1));
  p96->a[2] = (n0->slot ? ((struct node *) n0->slot)->val : n0->val);
  p96->next = (n0->other ? n0->other : g_n[3]);
  unsigned long st97 = 0;
  for (struct node *q = n1; q && st97 < 8; q = q->next, st97++)
    acc += q->val * (st97 + 1);
  struct node *w98 = n0;
  for (unsigned long i99 = 0; i99 < 4; i99++)
  {
    w98 = gc_alloc (sizeof (struct node));
    w98->val = i99 * n1->val;
    acc += w98->val + list_sum (w98);
  }
  struct node *p100 = gc_alloc (64);
  p100->val = deep_sum (n1, 1);
  p100->a[1] = w98->a[n1->val & 3];
  return acc ^ (x1 + 1UL);
}

static __attribute__ ((noinline)) struct node *f12 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3995066375UL;
  struct node *p106 = gc_calloc (1, sizeof (struct node));
  p106->val = (1UL & (n1->val + 3UL));
  p106->next = p106;
  unsigned long *b107 = gc_alloc (32);
  b107[1] = list_sum (n2);
  acc += ((x0 + b107[2]) << (x0 & 63));
  struct node *w108 = n2;
  for (unsigned long i109 = 0; i109 < 1; i109++)
  {
    w108 = gc_alloc (sizeof (struct node));
    w108->val = i109 * i109;
    acc += w108->val + list_sum (w108);
  }
  w108->a[w108->val & 3] = (unsigned long) ((uintptr_t) w108 != 0);
  struct node s110 = { 0 };
  s110.val = g_acc;
  s110.next = (x0 & 1 ? n2 : n2);
  s110.other = w108;
  printf ("f12.2 %lu\n", acc);
  if (((unsigned long) (n0 == p106) % (s110.val | 1)) % 4 == 1)
  {
    for (unsigned long i111 = 0; i111 < 4; i111++)
    {
      struct node *p112 = gc_alloc (sizeof (struct node));
      p112->val = deep_sum (g_n[w108->val & 3], 1);
      struct node *p113 = gc_alloc (sizeof (struct node));
      p113->val = ((b107[3] | 14UL) % ((unsigned long) (p113 == n1) | 1));
      if (p112->a[2] % 3 == 0)
      {
        acc = mix (acc, (n1->slot ? ((struct node *) n1->slot)->val : p113->val));
      }
    }
  }
  return (x0 & 1 ? p106 : p106);
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
  unsigned long acc = 11UL;
  struct node *p114 = gc_alloc (sizeof (struct node));
  p114->val = (p114->val + p114->a[2]);
  p114->next = p114;
  acc += list_sum (p114);
  struct node **v115 = gc_alloc (4 * sizeof (struct node *));
  v115[2] = (v115[1] ? v115[1] : g_n[1]);
  v115[3] = g_n[1];
  struct node *arr116[4] = { (p114->next ? p114->next : p114), p114, (p114->other ? p114->other : p114), p114 };
  for (unsigned long i117 = 0; i117 < 5; i117++)
  {
    struct node *p118 = gc_alloc (sizeof (struct node));
    p118->val = ((p118->next ? p118->next->val : i117) & (i117 | p118->val));
    p118->a[2] = (unsigned long) ((uintptr_t) p118 != 0);
    p118->next = p114;
    p114 = p118;
  }
  g_up = &(p114->next ? p114->next : p114)->a[2];
  unsigned long st119 = 0;
  for (struct node *q = (p114->other ? p114->other : p114); q && st119 < 8; q = q->next, st119++)
    acc += q->val * (st119 + 1);
  struct node *p120 = gc_alloc (64);
  p120->val = list_len (p120);
  p120->next = p120;
  acc += f11 ((p120->next ? p120->next : p120), p120, (p114->a[0] * st119), list_sum (p114));
  struct node *w121 = p114;
  for (unsigned long i122 = 0; i122 < 1; i122++)
  {
    w121 = gc_alloc (sizeof (struct node));
    w121->val = i122 * (w121->a[3] & i122);
    acc += w121->val + list_sum (w121);
  }
  acc = mix (acc, (st119 | p114->val));
  p114->other = (p120->val & 1 ? p120 : g_n[0]);
  struct node s123 = { 0 };
  s123.val = (w121->slot ? ((struct node *) w121->slot)->val : p120->a[2]);
  struct node *w124 = p120;
  for (unsigned long i125 = 0; i125 < 5; i125++)
  {
    w124 = gc_alloc (sizeof (struct node));
    w124->val = i125 * st119;
    acc += w124->val + list_sum (w124);
  }
  v115[(st119 / (w124->a[3] | 1)) & 3] = (v115[0] ? v115[0] : p120);
  unsigned long st126 = 0;
  for (struct node *q = w121; q && st126 < 8; q = q->next, st126++)
    acc += q->val * (st126 + 1);
  v115[(p114->next ? p114->next->val : w124->val) & 3] = p120;
  w124->next = w121;
  if (arr116[(2892227680UL ^ w124->val) & 3]->val % 3 == 1)
  {
    g_h.pr.a = (g_n[1]->other ? g_n[1]->other : p120);
    struct node *p127 = gc_alloc (sizeof (struct node));
    p127->val = g_acc;
  }
  else
  {
    qsort (arr116, 4, sizeof arr116[0], cmp_nodes);
  }
  f3 (p120, (w121->other ? w121->other : w121), (v115[0] ? v115[0] : w121), (unsigned long) ((uintptr_t) w124 != 0), &g_n[1]);
  struct node *p128 = gc_calloc (1, sizeof (struct node));
  p128->val = (st126 - arr116[st126 & 3]->val);
  struct node *p129 = gc_calloc (1, sizeof (struct node));
  p129->val = ((w121->other ? w121->other : p120)->next ? (w121->other ? w121->other : p120)->next->val : (unsigned long) (w121 == w124));
  for (unsigned long i130 = 0; i130 < 2; i130++)
  {
    struct node *p131 = gc_alloc (sizeof (struct node));
    p131->next = p131;
    struct node *p132 = gc_alloc (sizeof (struct node));
    p132->val = (unsigned long) ((uintptr_t) p114 != 0);
  }
  acc += r4 ((w121->val - p128->a[1]) % 4);
  printf ("main.r4 %lu\n", acc);
  acc += r5 (list_len (p128) % 4, g_n[p129->a[3] & 3], st126, list_sum (p129));
  printf ("main.r5 %lu\n", acc);
  w124 = r8 (list_sum (p129) % 4, p128);
  printf ("main.r8 %lu\n", acc);
  r9 ((unsigned long) (w124 == w121) % 4, p129, (st126 & 1 ? w124 : p129), (0x214cf2800b43a765UL & 1 ? p129 : p129), (v115[3] ? v115[3]->val : st119), s123.a[2]);
  printf ("main.r9 %lu\n", acc);
  f10 (g_n[p129->a[2] & 3]);
  printf ("main.f10 %lu\n", acc);
  p114 = f12 (w121, (v115[0] ? v115[0] : p128), p129, arr_sum (arr116, 4), (1743291851UL << (st126 & 63)));
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

/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0039.c */
/* gcc-escape fuzz program, seed 39: testsuite/fuzz/gen 39 */
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

struct node *f0 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr);
static struct node *f1 (void);
unsigned long f2 (void);
struct node *f3 (void);
void f4 (struct node *n0, struct node *n1, struct node **out);
static void f5 (struct node *n0, struct node *n1);
unsigned long f6 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
unsigned long f7 (void);
static void f8 (struct node *n0, unsigned long x0, struct node **out);
static void r9 (unsigned long d, struct node *n0, struct node *n1);
static struct node *r10 (unsigned long d, unsigned long x0, unsigned long x1, struct node **out);
struct node *f11 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static struct node *f12 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static void f13 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out);
unsigned long f14 (void);

struct node *f0 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 1UL;
  struct node *p6 = pr.b;
  struct node *p7 = gc_alloc (64);
  p7->val = (unsigned long) ((x1 & 1 ? n1 : n0) == g_n[0]);
  p7->a[3] = n1->a[x1 & 3];
  __asm__ volatile ("" : : "r" (n2) : "memory");
  if ((unsigned long) ((uintptr_t) g_n[g_n[3]->val & 3] != 0) % 4 == 1)
  {
    struct node *p8 = NEW (struct node);
    p8->val = ((p6->slot ? ((struct node *) p6->slot)->val : g_n[3]->val) - *g_up);
  }
  else
  {
    for (unsigned long i9 = 0; i9 < 3; i9++)
    {
      struct node *p10 = gc_alloc (sizeof (struct node));
      p10->val = (i9 + n0->a[3]);
      p10->a[3] = (x0 | x0);
      p10->next = (p7->next ? p7->next : n2);
      if (i9 % 2 == 1)
      {
        struct node *p11 = gc_alloc (sizeof (struct node));
        p11->val = 1040200239UL;
        p11->a[1] = (0x741b42f03148b546UL * p7->a[1]);
        p11->next = n1;
      }
      else
      {
        struct node s12 = { 0 };
        s12.val = list_sum (p6);
        s12.other = (p10->a[3] & 1 ? p10 : p7);
      }
    }
    acc += apply (cb_keep, n1, g_n[1]->val);
  }
  return n2;
}

static struct node *f1 (void)
{
  unsigned long acc = 0x7ef24c0f13a34ef5UL;
  struct node *p13 = NEW (struct node);
  p13->val = (p13->a[2] >> ((p13->next ? p13->next->val : 47UL) & 63));
  unsigned long u14 = (g_n[0]->val - (g_n[1]->val ? p13->a[2] : p13->a[1]));
  if ((p13->slot ? ((struct node *) p13->slot)->val : p13->val) % 3 == 0)
  {
    struct node **v15 = gc_alloc (4 * sizeof (struct node *));
    v15[3] = g_n[0];
    unsigned long st16 = 0;
    for (struct node *q = p13; q && st16 < 8; q = q->next, st16++)
      acc += q->val * (st16 + 1);
  }
  else
  {
  }
  return g_n[3];
}

__attribute__ ((noinline)) unsigned long f2 (void)
{
  unsigned long acc = 349252106UL;
  struct node *p17 = gc_calloc (1, sizeof (struct node));
  p17->val = (p17->val ? *g_up : (p17->a[3] - 2041669749UL));
  p17->a[2] = (0x4368d0e175445b93UL * 18UL);
  struct node **v18 = gc_alloc (4 * sizeof (struct node *));
  v18[0] = (v18[3] ? v18[3] : p17);
  v18[1] = p17;
  v18[2] = g_n[3];
  v18[3] = (p17->next ? p17->next : p17);
  for (unsigned long i19 = 0; i19 < 1; i19++)
  {
    acc += apply (cb_bump, p17, g_n[0]->val);
    p17 = p17;
  }
  acc = mix (acc, *g_up);
  p17->slot = g_n[3];
  p17->val += list_sum (p17);
  if ((p17->val & p17->val) % 4 == 1)
  {
  }
  else
  {
  }
  return acc ^ (v18[3] ? v18[3]->val : g_n[2]->a[0]);
}

struct node *f3 (void)
{
  unsigned long acc = 2UL;
  struct node *p20 = gc_calloc (1, sizeof (struct node));
  p20->val = list_sum (g_n[3]);
  p20->next = (p20->next ? p20->next : p20);
  g_up = &p20->a[2];
  struct node s21 = { 0 };
  s21.val = list_len (p20);
  s21.next = p20;
  s21.other = (s21.next ? s21.next : p20);
  acc += f2 ();
  struct node *w22 = p20;
  for (unsigned long i23 = 0; i23 < 4; i23++)
  {
    w22 = gc_alloc (sizeof (struct node));
    w22->val = i23 * 0UL;
    acc += w22->val + list_sum (w22);
  }
  void *vp24 = w22;
  gc_free (p20);
  w22->next = g_n[p20->a[2] & 3];
  struct node *p25 = gc_alloc (sizeof (struct node));
  p25->val = (unsigned long) ((uintptr_t) w22 != 0);
  p25->a[3] = (g_n[1]->val ? 3UL : g_n[2]->val);
  p25->next = (p25->other ? p25->other : p20);
  { unsigned long *q = &p25->a[0]; *q ^= *g_up; }
  return p20;
}

void f4 (struct node *n0, struct node *n1, struct node **out)
{
  unsigned long acc = 2401511467UL;
  n1->other = n0;
  g_up = &g_n[3]->a[1];
  struct node s28 = { 0 };
  s28.val = n0->a[94UL & 3];
  struct node *p29 = gc_alloc (sizeof (struct node));
  p29->val = (g_acc - (3636016561UL | 0UL));
  p29->next = p29;
  acc += f2 ();
  acc = mix (acc, list_sum (&s28));
  struct node *w30 = p29;
  for (unsigned long i31 = 0; i31 < 3; i31++)
  {
    w30 = gc_alloc (sizeof (struct node));
    w30->val = i31 * n1->a[3];
    acc += w30->val + list_sum (w30);
  }
  struct node s32 = { 0 };
  s32.val = g_n[0]->val;
  s32.next = p29;
  struct node s33 = { 0 };
  s33.val = n0->a[0];
  s33.next = (g_n[2]->other ? g_n[2]->other : p29);
  g_acc ^= acc;
}

static void f5 (struct node *n0, struct node *n1)
{
  unsigned long acc = 0x29900a343df39c58UL;
  for (unsigned long i36 = 0; i36 < 5; i36++)
  {
    struct node *p37 = NEW (struct node);
    p37->next = n0;
    n0 = p37;
  }
  n1->val += g_n[0]->val;
  acc = mix (acc, n1->val);
  n1->other = n0;
  struct node *p38 = NEW (struct node);
  p38->val = p38->a[3];
  p38->next = p38;
  g_h.p = p38;
  struct node *p39 = gc_alloc (sizeof (struct node));
  p39->val = (g_n[3]->a[1] ? 2UL : n0->a[2]);
  p39->next = g_n[0];
  g_acc ^= acc;
}

unsigned long f6 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x1f615b1364322072UL;
  struct node *p45 = gc_alloc (sizeof (struct node));
  p45->a[0] = n1->val;
  struct node *p46 = gc_alloc (sizeof (struct node));
  p46->val = (unsigned long) ((uintptr_t) n0 != 0);
  struct node *p47 = gc_alloc (sizeof (struct node));
  p47->val = list_sum ((g_n[1]->other ? g_n[1]->other : p45));
  p47->a[3] = (1610289293UL + 2455336423UL);
  acc += f2 ();
  { struct node *volatile vol = p45; acc += vol->val; }
  n1 = p46;
  gc_free (n1);
  struct node *p48 = gc_alloc (64 + x0 % 16);
  p48->val = ((3UL + x0) >> ((n2->slot ? ((struct node *) n2->slot)->val : p46->val) & 63));
  p48->a[0] = 0x509b91eb4c518a2dUL;
  p48->next = p47;
  g_acc += (x0 * (g_n[2]->val * x0));
  acc += (unsigned long) ((uintptr_t) p46 != 0);
  struct node *p49 = gc_alloc (sizeof (struct node));
  p49->val = list_sum (p49);
  for (unsigned long i50 = 0; i50 < 3; i50++)
  {
    acc += g_n[3]->val;
  }
  return acc ^ (x0 * g_n[3]->val);
}

unsigned long f7 (void)
{
  unsigned long acc = 4020703607UL;
  struct node *p51 = gc_alloc (sizeof (struct node));
  p51->next = p51;
  printf ("f7.0 %lu\n", acc);
  f4 ((g_n[1]->val & 1 ? p51 : p51), (p51->other ? p51->other : p51), &p51);
  p51->other = g_n[p51->a[2] & 3];
  for (unsigned long i52 = 0; i52 < 2; i52++)
  {
    struct node *p53 = gc_alloc (sizeof (struct node));
    p53->val = list_len (p53);
    p53->a[1] = p51->val;
    for (unsigned long i54 = 0; i54 < 5; i54++)
    {
      struct node *p55 = gc_alloc (sizeof (struct node));
      p55->val = i54;
      p55->next = p55;
      g_acc += p51->a[i52 & 3];
      acc = mix (acc, deep_sum (p55, 0));
    }
  }
  p51 = p51;
  struct node *arr56[4] = { (g_n[0]->val & 1 ? p51 : g_n[0]), g_n[3], p51, (p51->next ? p51->next : p51) };
  p51->next = p51;
  struct node *p57 = gc_alloc (sizeof (struct node));
  p57->val = deep_sum ((2038495350UL & 1 ? p57 : g_n[1]), 0);
  p57->next = (p57->other ? p57->other : p57);
  acc += f2 ();
  unsigned long st58 = 0;
  for (struct node *q = p57; q && st58 < 8; q = q->next, st58++)
    acc += q->val * (st58 + 1);
  void *vp59 = g_n[st58 & 3];
  acc += p57->val;
  struct node *w60 = p57;
  for (unsigned long i61 = 0; i61 < 1; i61++)
  {
    w60 = gc_alloc (sizeof (struct node));
    w60->val = i61 * arr_sum (arr56, 4);
    acc += w60->val + list_sum (w60);
  }
  return acc ^ st58;
}

static inline void f8 (struct node *n0, unsigned long x0, struct node **out)
{
  unsigned long acc = 2801525167UL;
  struct node *p64 = gc_alloc (sizeof (struct node));
  p64->val = (unsigned long) (n0 == (p64->next ? p64->next : n0));
  p64->next = (n0->other ? n0->other : p64);
  acc = mix (acc, (g_n[3]->val * g_n[3]->val));
  struct node *arr65[4] = { p64, p64, p64, (g_n[2]->next ? g_n[2]->next : p64) };
  struct node *w66 = n0;
  for (unsigned long i67 = 0; i67 < 3; i67++)
  {
    w66 = gc_alloc (sizeof (struct node));
    w66->val = i67 * list_sum (p64);
    acc += w66->val + list_sum (w66);
  }
  for (unsigned long i68 = 0; i68 < 5; i68++)
  {
    struct node *p69 = gc_alloc (sizeof (struct node));
    p69->a[1] = (p69->slot ? ((struct node *) p69->slot)->val : w66->a[2]);
    p69->next = p64;
    struct node s70 = { 0 };
    s70.val = p69->a[2];
    s70.next = g_n[n0->a[2] & 3];
    s70.other = (w66->val & 1 ? n0 : n0);
    p64 = p69;
  }
  struct node *p71 = gc_calloc (1, sizeof (struct node));
  p71->val = p64->a[3];
  struct node *p72 = NEW (struct node);
  p72->val = list_sum ((p72->next ? p72->next : p71));
  n0->slot = p72;
  w66 = (p64->other ? p64->other : n0);
  struct node *w73 = n0;
  for (unsigned long i74 = 0; i74 < 2; i74++)
  {
    w73 = gc_alloc (sizeof (struct node));
    w73->val = i74 * (1UL ^ g_n[2]->val);
    acc += w73->val + list_sum (w73);
  }
  if ((unsigned long) ((uintptr_t) n0 != 0) % 7 == 1) return;
  for (unsigned long i75 = 0; i75 < 6; i75++)
  {
    struct node *p76 = gc_alloc (sizeof (struct node));
    p76->val = list_len ((w73->next ? w73->next : p72));
    p76->a[2] = x0;
    p76->next = p76;
    p76->next = p64;
    p64 = p76;
  }
  unsigned long u77 = deep_sum (g_n[p71->a[1] & 3], 1);
  p64->val += (w73->a[3] + (w66->next ? w66->next->val : u77));
  acc += x0;
  printf ("f8.1 %lu\n", acc);
  struct node s78 = { 0 };
  s78.val = (u77 / (g_n[1]->val | 1));
  s78.next = w73;
  s78.other = n0;
  acc += g_n[3]->val;
  g_acc ^= acc;
}

static void r9 (unsigned long d, struct node *n0, struct node *n1)
{
  unsigned long acc = 94UL;
  if (d == 0)
    return;
  if (75UL % 2 == 1)
  {
    g_acc += deep_sum (n0, 0);
  }
  else
  {
    unsigned long u81 = (unsigned long) ((uintptr_t) n0 != 0);
  }
  n1->other = (n0->other ? n0->other : n0);
  n0->other = (g_n[3]->val & 1 ? n0 : n0);
  g_h.p = n0;
  struct node *p82 = gc_alloc (sizeof (struct node));
  p82->val = deep_sum (n0, 1);
  struct node *w83 = p82;
  for (unsigned long i84 = 0; i84 < 3; i84++)
  {
    w83 = gc_alloc (sizeof (struct node));
    w83->val = i84 * (i84 - g_n[1]->val);
    acc += w83->val + list_sum (w83);
  }
  void *vp85 = g_n[1];
  acc += g_n[2]->val;
  gc_free (p82);
  void *vp86 = (2484461000UL & 1 ? g_n[2] : n1);
  void *vp87 = n1;
  struct node *p88 = gc_alloc (sizeof (struct node));
  p88->val = (unsigned long) (g_n[3] == n0);
  p88->a[1] = (unsigned long) ((uintptr_t) w83 != 0);
  if (d > 0)
  {
    struct node *p89 = r10 (d - 1, (g_n[2]->val << (41UL & 63)), (unsigned long) (n1 == n1), &n0);
  }
  g_acc ^= acc;
}

static struct node *r10 (unsigned long d, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 0x56a6a944256ca71cUL;
  if (d == 0)
    return g_n[1];
  struct node *p92 = gc_alloc (sizeof (struct node));
  p92->val = x1;
  struct node *p93 = gc_alloc (sizeof (struct node));
  p93->val = ((unsigned long) (p92 == p93) ? g_n[2]->val : g_n[1]->val);
  p92 = (p92->next ? p92->next : p93);
  acc += apply (cb_bump, g_n[0], (p93->val + p93->a[3]));
  { unsigned long *q = &p92->a[2]; *q ^= 1199848477UL; }
  f4 ((*out ? *out : p92), (p93->next ? p93->next : p92), &p92);
  acc += f6 (g_n[0], p93, (*out ? *out : p92), x1, p92->a[2]);
  p93->slot = (x0 & 1 ? g_n[0] : g_n[3]);
  struct node *p94 = gc_alloc (sizeof (struct node));
  p94->next = (p93->next ? p93->next : p93);
  struct node *w95 = p93;
  for (unsigned long i96 = 0; i96 < 3; i96++)
  {
    w95 = gc_alloc (sizeof (struct node));
    w95->val = i96 * (0x3052d986f7d3138UL % (g_n[2]->val | 1));
    acc += w95->val + list_sum (w95);
  }
  g_list->other = g_n[1];
  struct node *arr97[4] = { p92, w95, p92, (p94->next ? p94->next : p94) };
  struct node *p98 = gc_alloc (sizeof (struct node));
  p98->val = list_len (arr97[p98->a[0] & 3]);
  if (d > 0)
  {
    r9 (d - 1, g_n[0], g_n[1]);
  }
  return g_n[3];
}

struct node *f11 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 2UL;
  g_acc += ((3UL / (n2->val | 1)) * 3922958561UL);
  { struct node *volatile vol = n2; acc += vol->val; }
  g_acc += ((g_n[3]->val >> (n0->val & 63)) & x0);
  void *vp103 = n2;
  unsigned long st104 = 0;
  for (struct node *q = n1; q && st104 < 8; q = q->next, st104++)
    acc += q->val * (st104 + 1);
  if (list_sum ((n2->next ? n2->next : n2)) % 4 == 1)
  {
    { unsigned long *q = &n2->a[3]; *q ^= list_len (n0); }
    g_list = n2;
  }
  if (n2 != n2)
    memcpy (n2, n2, sizeof (struct node));
  __asm__ volatile ("" : : "r" (n0) : "memory");
  acc += f7 ();
  if (*g_up % 4 == 1)
  {
    n1->val += (unsigned long) ((uintptr_t) n0 != 0);
  }
  n0->slot = n2;
  n1->a[x0 & 3] = deep_sum (g_n[x0 & 3], 2);
  printf ("f11.2 %lu\n", acc);
  return n2;
}

static struct node *f12 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 57UL;
  struct node *arr109[4] = { n1, n0, n0, n0 };
  void *vp110 = (n1->next ? n1->next : n1);
  unsigned long *b111 = gc_alloc (32 + x0 % 16);
  b111[0] = (b111[1] ? n0->val : n0->a[3]);
  b111[2] = n1->a[2];
  n1 = n1;
  { unsigned long *q = &n1->a[3]; *q ^= (b111[3] << (2UL & 63)); }
  gc_free (n0);
  return (x0 & 1 ? n0 : n1);
}

static void f13 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out)
{
  unsigned long acc = 3062449897UL;
  struct node **v116 = gc_alloc (4 * sizeof (struct node *));
  v116[3] = (*out ? *out : n1);
  n0->val += (deep_sum (n2, 2) / ((x0 * n1->val) | 1));
  acc += g_cb[(n1->val | x0) & 3] (n1, list_sum (n2));
  unsigned long st117 = 0;
  for (struct node *q = (v116[1] ? v116[1] : n0); q && st117 < 8; q = q->next, st117++)
    acc += q->val * (st117 + 1);
  struct node *arr118[4] = { n0, n1, (n1->other ? n1->other : n1), n0 };
  f5 (n2, n0);
  n0 = g_n[0];
  *out = n1;
  for (unsigned long i119 = 0; i119 < 5; i119++)
  {
    n1->next = n1;
    n2 = n0;
    unsigned long u120 = (unsigned long) ((n1->next ? n1->next : n0) == arr118[st117 & 3]);
    struct node *p121 = NEW (struct node);
    p121->val = n2->val;
    p121->a[2] = (v116[0] ? v116[0]->val : i119);
  }
  g_acc ^= acc;
}

unsigned long f14 (void)
{
  unsigned long acc = 1UL;
  struct node *p122 = gc_alloc (sizeof (struct node));
  p122->val = p122->a[5UL & 3];
  p122->next = p122;
  p122 = g_n[3860114453UL & 3];
  p122->next = (g_n[3]->val & 1 ? p122 : p122);
  if ((unsigned long) ((uintptr_t) p122 != 0) % 4 == 1)
  {
    if (3UL % 3 == 1)
    {
      struct node s123 = { 0 };
      s123.val = (unsigned long) (p122 == g_n[0]);
    }
  }
  else
  {
    for (unsigned long i124 = 0; i124 < 1; i124++)
    {
    }
  }
  p122->next = p122;
  return acc ^ (697812337UL + p122->val);
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
  unsigned long acc = 39UL;
  struct node *p125 = gc_alloc (sizeof (struct node));
  p125->val = g_n[0]->val;
  p125->a[3] = p125->a[1];
  acc += f6 (g_n[0], (3911308942UL & 1 ? p125 : g_n[3]), p125, (p125->a[0] & g_n[2]->val), list_len (p125));
  struct node **v126 = gc_alloc (4 * sizeof (struct node *));
  v126[0] = g_n[1];
  v126[1] = (g_n[2]->next ? g_n[2]->next : g_n[3]);
  v126[3] = g_n[0x5b850e9f23832463UL & 3];
  printf ("main.3 %lu\n", acc);
  unsigned long st127 = 0;
  for (struct node *q = (2UL & 1 ? p125 : p125); q && st127 < 8; q = q->next, st127++)
    acc += q->val * (st127 + 1);
  acc += (p125->slot ? ((struct node *) p125->slot)->val : (p125->slot ? ((struct node *) p125->slot)->val : p125->a[2]));
  p125->val += (st127 >> (*g_up & 63));
  gc_free (p125);
  unsigned long st128 = 0;
  for (struct node *q = (p125->val & 1 ? p125 : p125); q && st128 < 8; q = q->next, st128++)
    acc += q->val * (st128 + 1);
  p125->slot = (g_n[2]->other ? g_n[2]->other : g_n[1]);
  unsigned long u129 = (st127 + st128);
  for (unsigned long i130 = 0; i130 < 2; i130++)
  {
    struct node *p131 = gc_alloc (64);
    p131->val = list_sum ((g_n[3]->other ? g_n[3]->other : p125));
    unsigned long u132 = ((unsigned long) ((uintptr_t) p131 != 0) + 0x5c5f65ea67e75235UL);
    printf ("main.4 %lu\n", acc);
    acc += p125->a[(v126[3] ? v126[3]->val : p131->a[1]) & 3];
    p131 = f3 ();
  }
  unsigned long *b133 = gc_alloc (64);
  b133[0] = (b133[2] % (u129 | 1));
  b133[1] = (p125->slot ? ((struct node *) p125->slot)->val : 0x4361e3c113f0096bUL);
  b133[2] = (p125->slot ? ((struct node *) p125->slot)->val : u129);
  b133[3] = 3UL;
  p125 = f0 (g_n[3], g_n[2], g_n[3], (p125->a[3] ? 34UL : u129), (g_n[2]->next ? g_n[2]->next->val : 42UL), (struct pair) { p125, p125 });
  printf ("main.f0 %lu\n", acc);
  p125 = f1 ();
  printf ("main.f1 %lu\n", acc);
  f8 ((g_n[1]->other ? g_n[1]->other : g_n[2]), 0x37124202baa1793UL, &v126[2]);
  printf ("main.f8 %lu\n", acc);
  r9 (*g_up % 4, g_n[1], (p125->other ? p125->other : p125));
  printf ("main.r9 %lu\n", acc);
  struct node *p134 = r10 (list_sum (p125) % 4, deep_sum (p125, 1), (p125->slot ? ((struct node *) p125->slot)->val : u129), &p125);
  printf ("main.r10 %lu\n", acc);
  p125 = f11 (p125, (b133[2] & 1 ? p125 : p125), g_n[0], (unsigned long) ((uintptr_t) p125 != 0));
  printf ("main.f11 %lu\n", acc);
  p125 = f12 (g_n[0], (g_n[0]->next ? g_n[0]->next : g_n[0]), (p125->other ? p125->other : p125), (4176396419UL ? st127 : 3359489952UL));
  printf ("main.f12 %lu\n", acc);
  f13 (p125, (g_n[1]->next ? g_n[1]->next : g_n[3]), p125, p125->val, &p125);
  printf ("main.f13 %lu\n", acc);
  acc += f14 ();
  printf ("main.f14 %lu\n", acc);
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

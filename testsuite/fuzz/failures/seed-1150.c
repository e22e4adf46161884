/* FAIL (-O2 stdout-differs) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O2" testsuite/fuzz/failures/seed-1150.c */
/* gcc-escape fuzz program, seed 1150: testsuite/fuzz/gen 1150 */
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

static void r0 (unsigned long d, unsigned long x0, struct pair pr);
static unsigned long r1 (unsigned long d);
void f2 (struct node *n0);
static unsigned long f3 (struct node *n0, struct node *n1, struct node *n2);
unsigned long f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
struct node *f5 (struct node *n0, struct node *n1);
struct node *f6 (struct node *n0, struct node *n1, struct node *n2);
unsigned long f7 (unsigned long x0);
static struct node *r8 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static void r9 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static void r10 (unsigned long d, struct node *n0, unsigned long x0);
static void f11 (struct node *n0);
static struct node *r12 (unsigned long d, struct node *n0, unsigned long x0);
static void f13 (struct node *n0, struct node *n1);

static void r0 (unsigned long d, unsigned long x0, struct pair pr)
{
  unsigned long acc = 0x22b924d37617235bUL;
  if (d == 0)
    return;
  struct node *p2 = pr.a;
  struct node *p3 = gc_alloc (sizeof (struct node));
  p3->next = p3;
  unsigned long *b4 = gc_calloc (4, sizeof (unsigned long));
  b4[0] = p3->a[0];
  b4[1] = b4[1];
  b4[3] = (p3->next ? p3->next->val : p2->val);
  for (unsigned long i5 = 0; i5 < 5; i5++)
  {
    struct node *p6 = gc_alloc (sizeof (struct node));
    p6->val = ((p2->a[1] & 1 ? p2 : p2)->next ? (p2->a[1] & 1 ? p2 : p2)->next->val : (p6->a[1] - p2->val));
    struct node *w7 = g_n[3];
    for (unsigned long i8 = 0; i8 < 4; i8++)
    {
      w7 = gc_alloc (sizeof (struct node));
      w7->val = i8 * b4[p2->val & 3];
      acc += w7->val + list_sum (w7);
    }
  }
  struct node *p9 = gc_calloc (1, sizeof (struct node));
  p9->val = (g_n[0]->next ? g_n[0]->next->val : g_acc);
  gc_free (p2);
  p9->next = p3;
  g_h.p = (x0 & 1 ? g_n[1] : g_n[3]);
  gc_free (p2);
  struct node *p10 = gc_alloc (sizeof (struct node));
  p10->val = deep_sum ((x0 & 1 ? p9 : p3), 2);
  p10->next = g_n[p3->a[2] & 3];
  for (unsigned long i11 = 0; i11 < 4; i11++)
  {
    struct node *p12 = gc_alloc (sizeof (struct node));
    void *vp13 = p3;
    for (unsigned long i14 = 0; i14 < 6; i14++)
    {
      struct node *p15 = gc_alloc (sizeof (struct node));
      p15->val = list_len (((struct node *) vp13));
      p15->next = p12;
      g_acc += 3UL;
    }
    acc = mix (acc, x0);
    for (unsigned long i16 = 0; i16 < 4; i16++)
    {
      struct node *p17 = NEW (struct node);
      struct node s18 = { 0 };
      s18.val = (0x63a760821e7987f5UL - b4[1]);
      s18.next = g_n[3];
      s18.other = (s18.next ? s18.next : p9);
      acc += apply (cb_keep, p10, (unsigned long) (p10 == p3));
      if (p10 != p10)
        memcpy (p10, p10, sizeof (struct node));
    }
  }
  if (d > 0)
  {
    acc += r1 (d - 1);
  }
  g_acc ^= acc;
}

static inline unsigned long r1 (unsigned long d)
{
  unsigned long acc = 4234878651UL;
  if (d == 0)
    return acc;
  struct node *p19 = gc_alloc (sizeof (struct node));
  p19->a[3] = (g_n[2]->val - g_n[1]->val);
  struct node *p20 = gc_alloc (sizeof (struct node));
  p20->val = (unsigned long) ((uintptr_t) (g_n[0]->next ? g_n[0]->next : p19) != 0);
  p19->next = g_n[p20->val & 3];
  unsigned long *b21 = gc_alloc (32);
  b21[0] = (1UL + 0x2a7b55c347d11822UL);
  b21[2] = g_acc;
  void *vp22 = (3371176534UL & 1 ? p19 : p19);
  unsigned long *b23 = gc_alloc (32);
  b23[2] = (unsigned long) (p19 == p19);
  g_n[3] = p19;
  struct node **v24 = gc_alloc (4 * sizeof (struct node *));
  v24[1] = p19;
  v24[2] = g_n[3];
  v24[3] = (g_n[3]->other ? g_n[3]->other : p19);
  acc = mix (acc, (p19->next ? p19->next->val : b21[3]));
  acc += p20->a[g_acc & 3];
  if (d > 0)
  {
    r0 (d - 1, (b21[3] | 20UL), (struct pair) { (p20->next ? p20->next : p19), (p20->other ? p20->other : p19) });
  }
  return acc ^ (1UL + p19->val);
}

void f2 (struct node *n0)
{
  unsigned long acc = 95UL;
  n0 = n0;
  unsigned long *b26 = gc_alloc (32);
  b26[0] = (g_n[2]->a[3] ? b26[3] : n0->a[1]);
  b26[3] = n0->a[3UL & 3];
  struct node *w27 = n0;
  for (unsigned long i28 = 0; i28 < 3; i28++)
  {
    w27 = gc_alloc (sizeof (struct node));
    w27->val = i28 * (unsigned long) ((uintptr_t) g_n[2] != 0);
    acc += w27->val + list_sum (w27);
  }
  if (w27 != w27)
    memcpy (w27, w27, sizeof (struct node));
  acc = mix (acc, (w27->slot ? ((struct node *) w27->slot)->val : 3UL));
  b26[(n0->val & 3216420482UL) & 3] = ((n0->slot ? ((struct node *) n0->slot)->val : 83UL) ^ w27->val);
  n0->val += (unsigned long) ((uintptr_t) (n0->other ? n0->other : n0) != 0);
  if (((n0->val * n0->val) % ((0x6a65b71072ce67eUL + g_n[1]->a[3]) | 1)) % 3 == 0)
  {
    g_n[1] = (g_n[2]->other ? g_n[2]->other : g_n[2]);
    printf ("f2.0 %lu\n", acc);
    w27->a[b26[n0->a[2] & 3] & 3] = (list_sum (w27) ^ (unsigned long) (w27 == w27));
  }
  else
  {
    w27->a[b26[3] & 3] = (unsigned long) ((uintptr_t) n0 != 0);
    g_h.pr.a = g_n[0];
    for (unsigned long i29 = 0; i29 < 2; i29++)
    {
      struct node *p30 = gc_alloc (sizeof (struct node));
      p30->val = w27->val;
      struct node *p31 = gc_alloc (sizeof (struct node));
      p31->val = deep_sum ((p31->next ? p31->next : n0), 2);
      p31->next = p31;
    }
  }
  g_acc ^= acc;
}

static unsigned long f3 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 0x15da830a49734ccdUL;
  struct node *p35 = gc_alloc (sizeof (struct node));
  struct node *p36 = gc_alloc (sizeof (struct node));
  p36->val = (g_n[0]->val ? g_n[0]->val : g_n[3]->val);
  struct node *p37 = gc_alloc (sizeof (struct node));
  p37->val = (unsigned long) ((uintptr_t) n2 != 0);
  p37->next = p35;
  void *vp38 = p35;
  acc += (deep_sum (n2, 2) * 80UL);
  p37->other = ((struct node *) vp38);
  struct node *arr39[4] = { p35, g_n[g_n[2]->val & 3], (n2->other ? n2->other : n1), (n2->other ? n2->other : n0) };
  unsigned long u40 = n0->a[(u40 + g_n[3]->val) & 3];
  struct node *p41 = gc_alloc (sizeof (struct node));
  p41->val = (0x6fb56a533adea00fUL ? ((struct node *) vp38)->val : p37->val);
  p41->a[1] = list_len (n0);
  p41->next = (n0->next ? n0->next : n1);
  f2 ((n0->other ? n0->other : g_n[0]));
  g_list->other = ((struct node *) vp38);
  if (g_acc % 4 == 0)
  {
    acc = mix (acc, (unsigned long) (n1 == p37));
    f2 (arr39[u40 & 3]);
  }
  else
  {
  }
  return acc ^ p36->a[1];
}

__attribute__ ((noinline)) unsigned long f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 71UL;
  acc = mix (acc, n0->a[x0 & 3]);
  for (unsigned long i47 = 0; i47 < 2; i47++)
  {
    struct node *p48 = gc_alloc (sizeof (struct node));
    p48->val = (unsigned long) ((uintptr_t) p48 != 0);
    p48->a[3] = (p48->next ? p48->next->val : g_n[2]->val);
    if ((unsigned long) ((uintptr_t) g_n[76UL & 3] != 0) % 3 == 1)
    {
      n2->val += n1->val;
      f2 (n0);
    }
    else
    {
      n1->next = (g_n[3]->val & 1 ? n1 : n0);
      n2 = p48;
    }
  }
  n0->a[list_sum (n1) & 3] = ((unsigned long) (n1 == n1) & n2->a[x0 & 3]);
  acc += (x1 << (x1 & 63));
  return acc ^ n2->a[g_n[3]->a[2] & 3];
}

__attribute__ ((noinline)) struct node *f5 (struct node *n0, struct node *n1)
{
  unsigned long acc = 421376142UL;
  struct node *p51 = gc_alloc (sizeof (struct node));
  p51->val = (n0->next ? n0->next->val : 124291333UL);
  p51->a[1] = (0x25c7e684402bee2fUL | g_n[1]->val);
  acc = mix (acc, 80UL);
  n0->slot = (n0->other ? n0->other : n0);
  struct node *p52 = gc_alloc (sizeof (struct node));
  p52->val = list_sum (g_n[36UL & 3]);
  g_any = p52;
  struct node *arr53[4] = { n1, p52, (12UL & 1 ? n1 : p51), (n1->next ? n1->next : p51) };
  unsigned long u54 = ((u54 + p51->a[2]) << (deep_sum (n1, 0) & 63));
  u54 = list_len (n1);
  acc += apply (cb_keep, g_n[u54 & 3], arr53[g_n[0]->val & 3]->val);
  struct node *p55 = NEW (struct node);
  p55->val = ((unsigned long) (p55 == p51) * arr53[p52->a[0] & 3]->val);
  struct node *p56 = gc_alloc (64);
  p56->val = (unsigned long) ((p51->next ? p51->next : p51) == (g_n[0]->val & 1 ? n1 : p52));
  acc += f3 (arr53[u54 & 3], (n0->next ? n0->next : p52), arr53[0UL & 3]);
  struct node **v57 = gc_alloc (4 * sizeof (struct node *));
  v57[0] = (p52->other ? p52->other : g_n[0]);
  v57[1] = p56;
  v57[2] = p56;
  v57[3] = g_n[p51->a[0] & 3];
  n1->a[g_acc & 3] = ((u54 % (g_n[2]->val | 1)) ? (2UL >> (g_n[1]->val & 63)) : p55->val);
  return n1;
}

__attribute__ ((noinline)) struct node *f6 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 0x7b2131790f886b02UL;
  struct node *w61 = n2;
  for (unsigned long i62 = 0; i62 < 4; i62++)
  {
    w61 = gc_alloc (sizeof (struct node));
    w61->val = i62 * g_acc;
    acc += w61->val + list_sum (w61);
  }
  acc += apply (cb_read, n2, (n2->next ? n2->next->val : 17UL));
  acc += g_cb[633997906UL & 3] (n1, (n2->a[0] ? 2597763251UL : n1->a[0]));
  acc = mix (acc, (n2->val + 0xa59bc7c7de6b5ebUL));
  for (unsigned long i63 = 0; i63 < 1; i63++)
  {
    struct node *p64 = gc_alloc (sizeof (struct node));
    p64->a[0] = i63;
    acc += g_acc;
    n0->other = n0;
  }
  struct node *arr65[4] = { n2, n2, n2, (w61->a[1] & 1 ? n2 : n1) };
  return n2;
}

unsigned long f7 (unsigned long x0)
{
  unsigned long acc = 2UL;
  struct node *p67 = gc_alloc (sizeof (struct node));
  p67->val = (x0 ? x0 : (g_n[1]->val ^ x0));
  p67->a[2] = deep_sum (p67, 0);
  p67->next = p67;
  struct node *p68 = f6 (g_n[x0 & 3], g_n[1], g_n[3]);
  struct node s69 = { 0 };
  s69.val = (p67->slot ? ((struct node *) p67->slot)->val : p67->val);
  s69.next = p68;
  for (unsigned long i70 = 0; i70 < 1; i70++)
  {
    struct node *p71 = gc_alloc (sizeof (struct node));
    p71->val = (p68->a[3] * x0);
    p71->next = p67;
    struct node *p72 = gc_alloc (sizeof (struct node));
    p72->val = ((p72->val & 1 ? p71 : p67)->slot ? ((struct node *) (p72->val & 1 ? p71 : p67)->slot)->val : (p68->a[1] | p71->val));
    p72->a[2] = (unsigned long) (p71 == p72);
    p67 = p71;
  }
  gc_free (p68);
  if ((unsigned long) ((p68->next ? p68->next : p68) == p68) % 2 == 1)
  {
    struct node **v73 = gc_alloc (4 * sizeof (struct node *));
    v73[0] = p68;
    v73[1] = p68;
    v73[2] = (p68->other ? p68->other : p68);
    v73[3] = (v73[2] ? v73[2] : p68);
    struct node **v74 = gc_alloc (4 * sizeof (struct node *));
    v74[0] = p68;
    v74[1] = p68;
    v74[3] = (p68->other ? p68->other : p68);
  }
  struct node s75 = { 0 };
  s75.val = list_sum (p68);
  s75.next = p68;
  s75.other = p68;
  struct node **v76 = gc_alloc (4 * sizeof (struct node *));
  v76[0] = p68;
  v76[3] = p68;
  g_h.p = (x0 & 1 ? p68 : p68);
  return acc ^ deep_sum (p68, 1);
}

static struct node *r8 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2504758411UL;
  if (d == 0)
    return n0;
  struct node *p81 = NEW (struct node);
  p81->a[3] = x1;
  { unsigned long *q = &n0->a[1]; *q ^= x1; }
  struct node **v82 = gc_alloc (4 * sizeof (struct node *));
  v82[2] = (p81->other ? p81->other : g_n[3]);
  v82[3] = (v82[0] ? v82[0] : p81);
  struct node *w83 = n0;
  for (unsigned long i84 = 0; i84 < 3; i84++)
  {
    w83 = gc_alloc (sizeof (struct node));
    w83->val = i84 * n0->a[2];
    acc += w83->val + list_sum (w83);
  }
  printf ("r8.1 %lu\n", acc);
  struct node **v85 = gc_alloc (4 * sizeof (struct node *));
  v85[0] = p81;
  v85[1] = p81;
  v85[2] = n0;
  if ((x1 / (x0 | 1)) % 3 == 1) return n1;
  { struct node *volatile vol = p81; acc += vol->val; }
  acc += ((w83->val << (0UL & 63)) - (n0->next ? n0->next->val : g_n[1]->val));
  f2 ((n1->other ? n1->other : n0));
  for (unsigned long i86 = 0; i86 < 1; i86++)
  {
    struct node *p87 = gc_alloc (sizeof (struct node));
    for (unsigned long i88 = 0; i88 < 3; i88++)
    {
      struct node *p89 = gc_calloc (1, sizeof (struct node));
      p89->val = (n1->a[2] * (g_n[3]->val % (w83->a[0] | 1)));
      p89->next = p89;
      p81->other = p81;
      { struct node *volatile vol = p81; acc += vol->val; }
    }
  }
  if (d > 0)
  {
    struct node *p90 = r8 (d - 1, w83, (p81->other ? p81->other : p81), (w83->val + x1), w83->val);
  }
  return p81;
}

static void r9 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 33UL;
  if (d == 0)
    return;
  struct node *p95 = NEW (struct node);
  p95->val = ((n0->a[2] >> (x0 & 63)) & n1->a[1]);
  p95 = n1;
  struct node *p96 = gc_calloc (1, sizeof (struct node));
  p96->next = n1;
  acc += f3 (n1, (n1->other ? n1->other : p96), n0);
  p95->val += g_acc;
  struct node *p97 = gc_alloc (sizeof (struct node));
  p97->val = 0x4cd3c53a1e3f90e9UL;
  acc = mix (acc, (n2->a[1] | p97->val));
  for (unsigned long i98 = 0; i98 < 4; i98++)
  {
    struct node *p99 = gc_alloc (sizeof (struct node));
    p99->val = list_sum (p97);
    p99->next = n0;
    p99->next = n0;
    n0 = p99;
  }
  for (unsigned long i100 = 0; i100 < 6; i100++)
  {
    struct node *p101 = gc_alloc (64);
    p101->val = i100;
    p101->next = p97;
    struct node *w102 = n1;
    for (unsigned long i103 = 0; i103 < 4; i103++)
    {
      w102 = gc_alloc (sizeof (struct node));
      w102->val = i103 * g_n[0]->val;
      acc += w102->val + list_sum (w102);
    }
    p97 = p101;
  }
  struct node *p104 = gc_calloc (1, sizeof (struct node));
  p104->val = (x0 / (x0 | 1));
  struct node s105 = { 0 };
  s105.val = n0->a[1];
  p97->slot = n1;
  struct node *arr106[4] = { p97, (s105.next ? s105.next : p96), (s105.next ? s105.next : p104), (n1->other ? n1->other : p97) };
  g_h.p = (p96->next ? p96->next : n1);
  if (d > 0)
  {
    r10 (d - 1, (n0->next ? n0->next : p96), (p96->val * g_n[3]->val));
  }
  g_acc ^= acc;
}

static void r10 (unsigned long d, struct node *n0, unsigned long x0)
{
  unsigned long acc = 0x227e0f5173c4b34fUL;
  if (d == 0)
    return;
  n0 = f5 (g_n[0], g_n[2]);
  void *vp109 = g_n[1];
  g_list = g_n[0];
  acc += n0->val;
  acc += ((n0->a[2] ^ n0->val) + (x0 % (n0->a[0] | 1)));
  acc += f3 (g_n[44UL & 3], g_n[0], n0);
  n0->val += x0;
  n0->next = (n0->other ? n0->other : n0);
  acc += 0x249aca5e1c1474e3UL;
  if (((struct node *) vp109)->val % 3 == 1)
  {
    struct node *p110 = gc_alloc (64);
    p110->next = g_n[x0 & 3];
  }
  else
  {
  }
  if (d > 0)
  {
    r9 (d - 1, (g_n[1]->next ? g_n[1]->next : n0), g_n[2], g_n[0], n0->a[1]);
  }
  g_acc ^= acc;
}

static void f11 (struct node *n0)
{
  unsigned long acc = 0x450df889557993dcUL;
  struct node *p112 = gc_calloc (1, sizeof (struct node));
  p112->val = (p112->slot ? ((struct node *) p112->slot)->val : (n0->slot ? ((struct node *) n0->slot)->val : 3UL));
  p112->a[2] = (unsigned long) ((uintptr_t) p112 != 0);
  p112->next = (n0->next ? n0->next : p112);
  acc += ((p112->next ? p112->next->val : g_n[2]->val) << ((unsigned long) ((uintptr_t) n0 != 0) & 63));
  g_acc += (g_acc ? (n0->val | 2085843858UL) : list_sum (p112));
  struct node *p113 = (struct node *) ((uintptr_t) p112 | 0);
  p112->val += ((g_n[3]->val & 1 ? n0 : n0)->slot ? ((struct node *) (g_n[3]->val & 1 ? n0 : n0)->slot)->val : (n0->slot ? ((struct node *) n0->slot)->val : 90UL));
  unsigned long u114 = ((u114 >> (g_n[3]->val & 63)) | list_len (p112));
  struct node *p115 = gc_alloc (sizeof (struct node));
  printf ("f11.2 %lu\n", acc);
  p113 = g_n[0];
  p112->val += list_len ((n0->next ? n0->next : p112));
  g_acc += u114;
  p112->other = g_n[u114 & 3];
  if (g_acc % 4 == 0)
  {
  }
  acc += (p115->other ? p115->other : p113)->a[98UL & 3];
  g_acc ^= acc;
}

static struct node *r12 (unsigned long d, struct node *n0, unsigned long x0)
{
  unsigned long acc = 3876997753UL;
  if (d == 0)
    return n0;
  struct node *p118 = gc_alloc (64);
  p118->val = ((unsigned long) (n0 == n0) * p118->a[2]);
  p118->a[1] = g_acc;
  p118->next = (p118->next ? p118->next : p118);
  void *vp119 = (g_n[1]->val & 1 ? p118 : g_n[1]);
  acc += f3 (g_n[3], g_n[0], (n0->next ? n0->next : p118));
  for (unsigned long i120 = 0; i120 < 3; i120++)
  {
    struct node *p121 = gc_alloc (sizeof (struct node));
    p121->val = g_acc;
    p121->a[0] = (i120 + p118->a[2]);
    p121->next = p118;
    g_acc += list_len (n0);
    p118 = p121;
  }
  unsigned long st122 = 0;
  for (struct node *q = (st122 & 1 ? p118 : p118); q && st122 < 8; q = q->next, st122++)
    acc += q->val * (st122 + 1);
  if (d > 0)
  {
    p118 = r12 (d - 1, n0, g_n[0]->val);
  }
  return g_n[1];
}

static void f13 (struct node *n0, struct node *n1)
{
  unsigned long acc = 3UL;
  struct node *p125 = gc_alloc (sizeof (struct node));
  p125->val = 71UL;
  gc_free (n0);
  n0->val += (3UL << (3UL & 63));
  printf ("f13.3 %lu\n", acc);
  n1 = n1;
  n0->val += list_sum (n0);
  n0->next = p125;
  struct node *p126 = gc_alloc (sizeof (struct node));
  p126->val = (n1->slot ? ((struct node *) n1->slot)->val : 81UL);
  p126->a[3] = (unsigned long) ((uintptr_t) n0 != 0);
  acc += deep_sum (g_n[3UL & 3], 1);
  unsigned long st127 = 0;
  for (struct node *q = n0; q && st127 < 8; q = q->next, st127++)
    acc += q->val * (st127 + 1);
  struct node s128 = { 0 };
  s128.val = (94UL / (0x75cc65b8344d2e91UL | 1));
  p125 = n1;
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
  unsigned long acc = 1150UL;
  struct node *p129 = gc_alloc (sizeof (struct node));
  p129->val = (p129->val / ((p129->next ? p129->next->val : 1208356806UL) | 1));
  p129->a[2] = (0x4df1208d4171e7d8UL + g_n[0]->a[1]);
  p129->next = p129;
  g_acc += (g_acc % (2UL | 1));
  p129->val += p129->a[0];
  unsigned long st130 = 0;
  for (struct node *q = p129; q && st130 < 8; q = q->next, st130++)
    acc += q->val * (st130 + 1);
  acc += g_n[1]->val;
  f2 ((p129->a[2] & 1 ? p129 : p129));
  f2 (p129);
  struct node *p131 = gc_alloc (sizeof (struct node));
  p131->val = deep_sum (p131, 1);
  p131->next = p131;
  acc += st130;
  gc_free (p131);
  struct node *w132 = p131;
  for (unsigned long i133 = 0; i133 < 3; i133++)
  {
    w132 = gc_alloc (sizeof (struct node));
    w132->val = i133 * (i133 | i133);
    acc += w132->val + list_sum (w132);
  }
  r0 (st130 % 4, st130, (struct pair) { w132, (w132->next ? w132->next : p129) });
  printf ("main.r0 %lu\n", acc);
  acc += r1 ((st130 & p129->a[1]) % 4);
  printf ("main.r1 %lu\n", acc);
  acc += f4 (p131, w132, w132, (1UL & 6UL), (86UL + p129->val));
  printf ("main.f4 %lu\n", acc);
  acc += f7 ((st130 & st130));
  printf ("main.f7 %lu\n", acc);
  struct node *p134 = r8 (p131->a[3307244539UL & 3] % 4, (w132->next ? w132->next : w132), (g_n[2]->other ? g_n[2]->other : p131), (g_n[3]->val ^ g_n[0]->val), (p129->val ^ g_n[2]->val));
  printf ("main.r8 %lu\n", acc);
  r9 (list_len (p129) % 4, p131, p131, g_n[0], p131->val);
  printf ("main.r9 %lu\n", acc);
  r10 (g_n[2]->val % 4, (p129->val & 1 ? p131 : p129), g_n[1]->val);
  printf ("main.r10 %lu\n", acc);
  f11 (p131);
  printf ("main.f11 %lu\n", acc);
  w132 = r12 (p129->val % 4, w132, p131->a[69UL & 3]);
  printf ("main.r12 %lu\n", acc);
  f13 ((g_n[0]->next ? g_n[0]->next : p129), p131);
  printf ("main.f13 %lu\n", acc);
  unsigned long h = acc;
  for (int i = 0; i < 4; i++)
    h = mix (h, deep_sum (g_n[i], 3) ^ list_sum (g_n[i]));
  h = mix (h, deep_sum (g_list, 3) ^ list_len (g_list));
  h = mix (h, deep_sum (g_any, 3));
  h = mix (h, deep_sum (g_h.p, 2) ^ deep_sum (g_h.pr.a, 2) ^ deep_sum (g_h.pr.b, 2));
  h = mix (h, g_acc);
  printf ("checksum %lu\n", h);
  fprintf (stderr, "allocs %lu frees %lu\n", n_allocs, n_frees);
  return 0;
}

/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-13. Reproduce: testsuite/fuzz/check.sh --gcc 13 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0002-gcc13.c */
/* gcc-escape fuzz program, seed 2: testsuite/fuzz/gen 2 */
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

unsigned long r0 (unsigned long d, struct node *n0, struct node **out);
static struct node *r1 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr);
static unsigned long f2 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
struct node *f3 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr);
static struct node *r4 (unsigned long d, struct node *n0);
void r5 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out);
struct node *f6 (void);
static struct node *r7 (unsigned long d, unsigned long x0, unsigned long x1, struct node **out);
static void r8 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, struct pair pr);
static unsigned long f9 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static unsigned long f10 (unsigned long x0, unsigned long x1);
void f11 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out);
static struct node *f12 (void);
struct node *r13 (unsigned long d, struct node *n0, struct node *n1, struct node *n2);
void r14 (unsigned long d, struct node *n0, struct node *n1);
static unsigned long f15 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);

unsigned long r0 (unsigned long d, struct node *n0, struct node **out)
{
  unsigned long acc = 0x846035161b9c371UL;
  if (d == 0)
    return acc;
  acc += apply (cb_keep, (n0->next ? n0->next : n0), g_n[1]->val);
  struct node *w2 = n0;
  for (unsigned long i3 = 0; i3 < 4; i3++)
  {
    w2 = gc_alloc (sizeof (struct node));
    w2->val = i3 * (i3 & 3197499004UL);
    acc += w2->val + list_sum (w2);
  }
  struct node *w4 = w2;
  for (unsigned long i5 = 0; i5 < 2; i5++)
  {
    w4 = gc_alloc (sizeof (struct node));
    w4->val = i5 * i5;
    acc += w4->val + list_sum (w4);
  }
  for (unsigned long i6 = 0; i6 < 1; i6++)
  {
    struct node *p7 = gc_alloc (sizeof (struct node));
    p7->a[1] = (i6 << (p7->val & 63));
  }
  acc += ((unsigned long) (w2 == n0) | 0x2f8dde4234a2d0d9UL);
  w4->other = n0;
  struct node s8 = { 0 };
  s8.val = 22UL;
  struct node *w9 = w2;
  for (unsigned long i10 = 0; i10 < 4; i10++)
  {
    w9 = gc_alloc (sizeof (struct node));
    w9->val = i10 * 4037781913UL;
    acc += w9->val + list_sum (w9);
  }
  void *vp11 = n0;
  if (d > 0)
  {
    struct node *p12 = r1 (d - 1, (s8.next ? s8.next : w9), n0, n0, (w4->slot ? ((struct node *) w4->slot)->val : g_n[1]->val), (struct pair) { w2, (*out ? *out : n0) });
  }
  return acc ^ (unsigned long) (w9 == w2);
}

static struct node *r1 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return n0;
  struct node *p17 = pr.b;
  if ((unsigned long) (p17 == n0) % 4 == 1) return (n2->other ? n2->other : n1);
  n1->next = n2;
  n1->other = n1;
  if (list_sum (n1) % 3 == 1) return (n1->other ? n1->other : n2);
  g_list->other = n2;
  x0 = (3UL >> ((g_n[0]->val + x0) & 63));
  if (d > 0)
  {
    n1 = r1 (d - 1, p17, (n1->next ? n1->next : g_n[3]), n1, (x0 ^ x0), (struct pair) { n0, (g_n[3]->val & 1 ? p17 : n2) });
  }
  if ((unsigned long) ((uintptr_t) g_n[p17->val & 3] != 0) % 2 == 0)
  {
    n1 = n1;
    for (unsigned long i18 = 0; i18 < 7; i18++)
    {
      struct node *p19 = gc_alloc (sizeof (struct node));
      p19->val = ((n0->next ? n0->next->val : n2->val) ? (p17->a[3] >> (i18 & 63)) : n2->a[1]);
      p19->a[1] = list_sum (n0);
      p19->next = n1;
      n1 = p19;
    }
  }
  n1->other = (n0->other ? n0->other : n1);
  struct node *p20 = gc_alloc (sizeof (struct node));
  p20->val = (0x5d9d5e33783050ecUL >> (g_n[3]->val & 63));
  p20->next = n0;
  return g_n[3];
}

static unsigned long f2 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 904420119UL;
  struct node *p26 = gc_alloc (sizeof (struct node));
  p26->val = ((unsigned long) ((uintptr_t) n0 != 0) << (n1->a[x0 & 3] & 63));
  for (unsigned long i27 = 0; i27 < 2; i27++)
  {
    struct node *p28 = gc_alloc (64);
    p28->val = ((n2->val + p28->a[1]) * (n2->val * 52UL));
    p28->next = p26;
    struct node s29 = { 0 };
    s29.val = list_sum (n2);
    s29.other = n0;
  }
  struct node *p30 = gc_alloc (sizeof (struct node));
  p30->val = p30->a[0];
  p30->a[3] = (n1->val - x0);
  printf ("f2.0 %lu\n", acc);
  struct node *p31 = NEW (struct node);
  p31->val = 2UL;
  p31->a[3] = g_n[3]->val;
  p31->next = n1;
  p31 = r1 ((n2->val + x0) % 4, g_n[3], n0, n0, g_n[2]->val, (struct pair) { p31, (p31->next ? p31->next : n0) });
  struct node *arr32[4] = { p26, n0, n1, g_n[x1 & 3] };
  acc += (p31->slot ? ((struct node *) p31->slot)->val : deep_sum (p26, 2));
  { struct node *volatile vol = n2; acc += vol->val; }
  gc_free (p26);
  __asm__ volatile ("" : : "r" (p30) : "memory");
  return acc ^ (x0 ? g_n[0]->val : 0UL);
}

struct node *f3 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr)
{
  unsigned long acc = 3313891569UL;
  struct node *p37 = pr.b;
  n2->other = (x0 & 1 ? n2 : n2);
  for (unsigned long i38 = 0; i38 < 1; i38++)
  {
    acc += i38;
    p37->next = g_n[0x56ce850f4f0142dcUL & 3];
  }
  n0->val += (x0 | (n0->val * g_n[1]->val));
  struct node **v39 = gc_alloc (4 * sizeof (struct node *));
  v39[1] = (g_n[2]->other ? g_n[2]->other : n2);
  v39[2] = n2;
  n0->other = n2;
  acc += (unsigned long) ((uintptr_t) p37 != 0);
  return n2;
}

static struct node *r4 (unsigned long d, struct node *n0)
{
  unsigned long acc = 2UL;
  if (d == 0)
    return n0;
  struct node *p41 = gc_alloc (sizeof (struct node));
  p41->val = p41->val;
  p41->next = p41;
  p41->a[(p41->val | 0x70ff6ffd7af7042aUL) & 3] = g_n[0]->val;
  acc += (n0->val ^ g_n[1]->a[1]);
  g_up = &g_n[1]->a[1];
  void *vp42 = g_n[2];
  p41 = f3 ((p41->next ? p41->next : n0), p41, g_n[1], (n0->val * 0x3474801b55d38befUL), (struct pair) { p41, (n0->next ? n0->next : n0) });
  struct node *p43 = r1 ((p41->next ? p41->next->val : n0->a[1]) % 4, g_n[n0->a[3] & 3], g_n[2UL & 3], (1UL & 1 ? g_n[0] : g_n[0]), (p41->slot ? ((struct node *) p41->slot)->val : 0UL), (struct pair) { n0, p41 });
  n0->a[(2UL ? 50UL : 83UL) & 3] = (3UL + g_n[3]->val);
  acc += ((p43->slot ? ((struct node *) p43->slot)->val : 0x58a6f2417fecef6UL) ? (0UL >> (p43->a[3] & 63)) : n0->a[0]);
  p41->a[(7UL | 0x70ce0fcf1ab60f22UL) & 3] = (g_acc | (3103534249UL ? n0->val : 2UL));
  for (unsigned long i44 = 0; i44 < 2; i44++)
  {
    struct node *w45 = p43;
    for (unsigned long i46 = 0; i46 < 3; i46++)
    {
      w45 = gc_alloc (sizeof (struct node));
      w45->val = i46 * (266332229UL + w45->val);
      acc += w45->val + list_sum (w45);
    }
    for (unsigned long i47 = 0; i47 < 7; i47++)
    {
      struct node *p48 = gc_alloc (sizeof (struct node));
      p48->val = ((i44 ? i44 : g_n[0]->val) + (p41->a[2] | i47));
      p48->next = (g_n[1]->other ? g_n[1]->other : n0);
      p48->next = n0;
      n0 = p48;
    }
  }
  struct node *p49 = gc_calloc (1, sizeof (struct node));
  p49->val = (unsigned long) (g_n[0UL & 3] == (p43->other ? p43->other : g_n[0]));
  struct node *p50 = gc_alloc (sizeof (struct node));
  p50->a[0] = g_n[2]->val;
  struct node *p51 = gc_alloc (64);
  p51->val = (list_sum (g_n[0]) / (deep_sum (p49, 2) | 1));
  if (d > 0)
  {
    r5 (d - 1, (g_n[1]->other ? g_n[1]->other : p51), p50, n0, 10UL, &g_n[2]);
  }
  return p50;
}

void r5 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out)
{
  unsigned long acc = 72UL;
  if (d == 0)
    return;
  struct node *p56 = gc_calloc (1, sizeof (struct node));
  p56->val = n2->a[1];
  p56->a[0] = (n1->slot ? ((struct node *) n1->slot)->val : p56->a[3]);
  acc += g_cb[(n1->a[0] ^ x0) & 3] (g_n[g_n[3]->val & 3], (g_n[2]->val ? n1->val : g_n[2]->a[1]));
  struct node **v57 = gc_alloc (4 * sizeof (struct node *));
  v57[1] = g_n[x0 & 3];
  v57[2] = (n1->other ? n1->other : n0);
  v57[3] = (n1->other ? n1->other : p56);
  acc = mix (acc, list_sum (p56));
  p56->other = p56;
  x0 = r0 ((v57[0] ? v57[0]->val : n2->a[3]) % 4, (n1->other ? n1->other : n1), &n2->next);
  acc += ((v57[3] ? v57[3]->val : g_n[0]->val) & (unsigned long) ((uintptr_t) p56 != 0));
  acc += ((g_n[1]->val << (g_n[3]->val & 63)) + (x0 / (n0->a[3] | 1)));
  n1->val += (n1->slot ? ((struct node *) n1->slot)->val : (2615805343UL * 9UL));
  for (unsigned long i58 = 0; i58 < 1; i58++)
  {
    void *vp59 = (n1->other ? n1->other : n1);
  }
  if (((g_n[3]->a[3] + x0) * list_len (p56)) % 2 == 1)
  {
    { unsigned long *q = &n0->a[3]; *q ^= (x0 ^ 1UL); }
  }
  if (d > 0)
  {
    struct node *p60 = r4 (d - 1, n2);
  }
  g_acc ^= acc;
}

struct node *f6 (void)
{
  unsigned long acc = 3UL;
  struct node *p61 = gc_alloc (sizeof (struct node));
  { struct node *volatile vol = p61; acc += vol->val; }
  if (0UL % 4 == 1) return g_n[0];
  struct node *p62 = r1 ((unsigned long) (p61 == p61) % 4, g_n[1], g_n[3], (g_n[3]->other ? g_n[3]->other : g_n[3]), p61->a[0UL & 3], (struct pair) { p61, p61 });
  for (unsigned long i63 = 0; i63 < 3; i63++)
  {
    struct node *p64 = NEW (struct node);
    p64->val = ((p62->slot ? ((struct node *) p62->slot)->val : i63) ? (p61->a[0] << (i63 & 63)) : g_n[0]->val);
  }
  unsigned long *b65 = gc_alloc (32);
  b65[1] = (4254479208UL ^ p61->a[1]);
  b65[2] = 63UL;
  if ((0xf8ccd780c4210aaUL | 0x2ed665965d3f1b2cUL) % 2 == 1)
  {
    unsigned long u66 = (p61->slot ? ((struct node *) p61->slot)->val : 0x158d78583a3a444bUL);
  }
  struct node s67 = { 0 };
  s67.val = b65[1];
  { unsigned long *q = &p61->a[2]; *q ^= (p62->next ? p62->next->val : 71UL); }
  p61 = (p61->next ? p61->next : p62);
  return (b65[3] & 1 ? p62 : p62);
}

static __attribute__ ((noinline)) struct node *r7 (unsigned long d, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 0x5b9352073af55123UL;
  if (d == 0)
    return g_n[1];
  struct node *p70 = gc_alloc (sizeof (struct node));
  p70->val = list_len ((*out ? *out : p70));
  p70->a[2] = list_len (p70);
  p70->next = (p70->other ? p70->other : p70);
  struct node *p71 = gc_alloc (sizeof (struct node));
  p71->a[0] = (p70->a[1] / (0x796f39a10549b2bfUL | 1));
  p71->slot = p71;
  acc += cb_read ((p71->next ? p71->next : p71), *g_up);
  struct node *w72 = p70;
  for (unsigned long i73 = 0; i73 < 3; i73++)
  {
    w72 = gc_alloc (sizeof (struct node));
    w72->val = i73 * (p71->val / (x1 | 1));
    acc += w72->val + list_sum (w72);
  }
  x0 = g_n[3]->val;
  acc += p71->a[x0 & 3];
  g_up = &g_n[0UL & 3]->a[1];
  { unsigned long *q = &p71->a[0]; *q ^= (p71->a[3] - x0); }
  g_list->other = (p71->next ? p71->next : w72);
  if (d > 0)
  {
    w72 = r7 (d - 1, list_len (g_n[1]), x1, &p71);
  }
  p71->slot = p71;
  return p71;
}

static inline void r8 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, struct pair pr)
{
  unsigned long acc = 26UL;
  if (d == 0)
    return;
  struct node *p77 = pr.a;
  struct node *p78 = gc_alloc (sizeof (struct node));
  p78->val = ((unsigned long) (p78 == p77) ? (x0 ^ x0) : p78->a[n1->a[2] & 3]);
  if (((n1->other ? n1->other : n0)->slot ? ((struct node *) (n1->other ? n1->other : n0)->slot)->val : *g_up) % 4 == 0)
  {
    acc += *g_up;
    struct node *p79 = gc_alloc (sizeof (struct node));
    p79->val = list_len ((p79->other ? p79->other : n1));
    n1->val += *g_up;
  }
  unsigned long u80 = (p77->next ? p77->next->val : p78->val);
  p77->slot = (p78->next ? p78->next : p77);
  unsigned long st81 = 0;
  for (struct node *q = n0; q && st81 < 8; q = q->next, st81++)
    acc += q->val * (st81 + 1);
  n0->next = n0;
  if (d > 0)
  {
    struct node *p82 = r7 (d - 1, (p78->slot ? ((struct node *) p78->slot)->val : g_n[2]->val), p77->val, &p78->other);
  }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) unsigned long f9 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 4UL;
  struct node *p87 = gc_alloc (sizeof (struct node));
  p87->next = p87;
  p87->slot = (p87->next ? p87->next : p87);
  struct node *p88 = gc_alloc (sizeof (struct node));
  p88->val = ((x0 & x0) & list_sum (p87));
  struct node *p89 = gc_calloc (1, sizeof (struct node));
  p89->val = list_len (p88);
  p89->next = n2;
  for (unsigned long i90 = 0; i90 < 4; i90++)
  {
    struct node *p91 = gc_alloc (sizeof (struct node));
    p91->a[3] = deep_sum (n2, 1);
    p91->next = p89;
    p89 = p91;
  }
  g_h.pr.a = n2;
  n0->next = p88;
  n1->val += ((g_n[3]->val << (3391431295UL & 63)) >> ((unsigned long) (p87 == p87) & 63));
  n1->val += n2->val;
  return acc ^ deep_sum (n1, 0);
}

static inline unsigned long f10 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 71UL;
  struct node *p94 = gc_calloc (1, sizeof (struct node));
  p94->val = deep_sum ((p94->next ? p94->next : p94), 1);
  p94->next = p94;
  acc += g_n[2]->val;
  struct node *p95 = gc_alloc (sizeof (struct node));
  p95->next = (p95->a[3] & 1 ? p95 : p95);
  p95->other = (p95->other ? p95->other : p94);
  for (unsigned long i96 = 0; i96 < 6; i96++)
  {
    p95->other = p94;
    acc += ((unsigned long) (p94 == p94) * deep_sum (g_n[0], 0));
    unsigned long *b97 = gc_calloc (4, sizeof (unsigned long));
    b97[0] = deep_sum (p95, 0);
    b97[1] = list_sum (p94);
    b97[2] = (0x661fa01c1bb6abe6UL * b97[3]);
    b97[3] = list_len (p94);
  }
  g_list = g_n[0];
  struct node *p98 = (struct node *) ((uintptr_t) p94 | 0);
  struct node s99 = { 0 };
  s99.val = (p98->slot ? ((struct node *) p98->slot)->val : x0);
  acc += apply (cb_keep, p98, *g_up);
  return acc ^ p95->a[p95->a[3] & 3];
}

void f11 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 0x54a8785f385cd839UL;
  struct node *w104 = n1;
  for (unsigned long i105 = 0; i105 < 5; i105++)
  {
    w104 = gc_alloc (sizeof (struct node));
    w104->val = i105 * x0;
    acc += w104->val + list_sum (w104);
  }
  for (unsigned long i106 = 0; i106 < 4; i106++)
  {
    struct node *p107 = NEW (struct node);
    p107->val = *g_up;
    n1 = p107;
    for (unsigned long i108 = 0; i108 < 7; i108++)
    {
      struct node *p109 = gc_alloc (sizeof (struct node));
      p109->val = (i108 ^ list_len (p107));
      p109->next = n1;
      n1 = p109;
    }
    x1 = ((w104->next ? w104->next : w104)->next ? (w104->next ? w104->next : w104)->next->val : 2UL);
  }
  acc += ((n1->next ? n1->next : w104)->next ? (n1->next ? n1->next : w104)->next->val : deep_sum (n1, 1));
  unsigned long *b110 = gc_alloc (32);
  b110[0] = deep_sum (n1, 1);
  g_acc ^= acc;
}

static __attribute__ ((noinline)) struct node *f12 (void)
{
  unsigned long acc = 0x2e07380c6d2ddff8UL;
  struct node *p111 = gc_alloc (sizeof (struct node));
  p111->a[1] = g_n[0]->val;
  p111->next = (p111->other ? p111->other : p111);
  acc += f10 (g_acc, (g_n[0]->val / (0x57f6420c28ba1a8fUL | 1)));
  p111 = p111;
  acc = mix (acc, 3508360860UL);
  struct node **v112 = gc_alloc (4 * sizeof (struct node *));
  v112[0] = g_n[52UL & 3];
  v112[2] = g_n[0];
  v112[3] = g_n[1];
  r8 (648196476UL % 4, (8UL & 1 ? p111 : g_n[3]), g_n[2], p111->a[p111->val & 3], (struct pair) { (v112[1] ? v112[1] : g_n[1]), g_n[1] });
  return g_n[3];
}

struct node *r13 (unsigned long d, struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 0UL;
  if (d == 0)
    return n0;
  struct node *p116 = gc_alloc (sizeof (struct node));
  p116->next = g_n[g_n[2]->val & 3];
  struct node *arr117[4] = { n1, n1, p116, n1 };
  for (unsigned long i118 = 0; i118 < 1; i118++)
  {
    struct node *p119 = gc_alloc (sizeof (struct node));
    p119->val = n2->a[arr117[1UL & 3]->val & 3];
    p119->next = (n1->next ? n1->next : n1);
    p119->next = n0;
    n0 = p119;
  }
  if (d > 0)
  {
    r14 (d - 1, (n2->other ? n2->other : n2), n0);
  }
  g_acc += (unsigned long) ((uintptr_t) n0 != 0);
  acc += (unsigned long) ((uintptr_t) n2 != 0);
  unsigned long *b120 = gc_alloc (32);
  b120[3] = (3308659647UL << (1266507372UL & 63));
  struct node *p121 = gc_alloc (sizeof (struct node));
  p121->val = list_len (g_n[0]);
  p121->next = n0;
  return (n1->other ? n1->other : n0);
}

void r14 (unsigned long d, struct node *n0, struct node *n1)
{
  unsigned long acc = 0x216c32850e07abcdUL;
  if (d == 0)
    return;
  struct node *p124 = gc_alloc (sizeof (struct node));
  p124->val = 0x106d8ab40bc559d8UL;
  g_list->other = p124;
  acc += (n0->a[2] | 73UL);
  n1 = f12 ();
  p124->next = (n0->next ? n0->next : n1);
  for (unsigned long i125 = 0; i125 < 3; i125++)
  {
    struct node *p126 = gc_alloc (sizeof (struct node));
    p126->val = (p124->slot ? ((struct node *) p124->slot)->val : i125);
    g_h.pr.a = (g_n[2]->other ? g_n[2]->other : g_n[2]);
  }
  for (unsigned long i127 = 0; i127 < 2; i127++)
  {
    struct node *p128 = gc_alloc (sizeof (struct node));
    p128->val = n0->a[g_n[2]->val & 3];
    p128->a[3] = (p128->slot ? ((struct node *) p128->slot)->val : n1->a[1]);
    p128->next = p128;
    p128->next = n0;
    n0 = p128;
  }
  { unsigned long *q = &p124->a[1]; *q ^= (g_n[2]->val / (412485939UL | 1)); }
  printf ("r14.1 %lu\n", acc);
  if (deep_sum (p124, 0) % 2 == 0)
  {
    f11 (p124, g_n[0], 1UL, (1UL - 0UL), &n0);
  }
  if (d > 0)
  {
    struct node *p129 = r13 (d - 1, g_n[2], g_n[1], (p124->next ? p124->next : n0));
  }
  g_acc ^= acc;
}

static unsigned long f15 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0xa713bbe6d2f186eUL;
  struct node *p134 = gc_alloc (sizeof (struct node));
  p134->val = (unsigned long) (p134 == g_n[p134->a[3] & 3]);
  p134->next = (x1 & 1 ? n0 : n0);
  struct node *p135 = f12 ();
  unsigned long u136 = (unsigned long) (p134 == p135);
  if ((p134->next ? p134->next->val : (x1 + 3UL)) % 2 == 1)
  {
    g_acc += list_sum (n1);
    p134->a[g_acc & 3] = n1->a[x0 & 3];
  }
  struct node *p137 = gc_alloc (sizeof (struct node));
  p137->val = (p134->slot ? ((struct node *) p134->slot)->val : u136);
  p137->a[0] = g_n[3]->val;
  struct node *p138 = f6 ();
  unsigned long *b139 = gc_calloc (12, sizeof (unsigned long));
  b139[3] = b139[x1 & 3];
  acc += cb_read ((b139[1] & 1 ? p138 : g_n[2]), (b139[1] << (2UL & 63)));
  struct node *arr140[4] = { p135, (b139[0] & 1 ? p138 : n0), p137, p138 };
  return acc ^ (p135->slot ? ((struct node *) p135->slot)->val : p135->val);
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
  unsigned long acc = 2UL;
  struct node *p141 = gc_alloc (sizeof (struct node));
  p141->val = ((603273032UL ^ 3485452578UL) ? (p141->next ? p141->next->val : 0x3404fcab76e6d9e3UL) : (unsigned long) (p141 == p141));
  p141->next = p141;
  struct node s142 = { 0 };
  s142.val = (1972858253UL + g_n[2]->val);
  struct node *w143 = p141;
  for (unsigned long i144 = 0; i144 < 5; i144++)
  {
    w143 = gc_alloc (sizeof (struct node));
    w143->val = i144 * (p141->val - 3UL);
    acc += w143->val + list_sum (w143);
  }
  acc += f15 (p141, (s142.next ? s142.next : p141), (unsigned long) (w143 == p141), g_n[3]->val);
  struct node *w145 = p141;
  for (unsigned long i146 = 0; i146 < 1; i146++)
  {
    w145 = gc_alloc (sizeof (struct node));
    w145->val = i146 * (i146 % (0x45b31d0c457b615eUL | 1));
    acc += w145->val + list_sum (w145);
  }
  unsigned long u147 = ((2UL & 1 ? w143 : g_n[2])->slot ? ((struct node *) (2UL & 1 ? w143 : g_n[2])->slot)->val : 0x5ca7c4785fd48554UL);
  w145->next = (w145->a[2] & 1 ? p141 : w143);
  w145->slot = g_n[2];
  { unsigned long *q = &p141->a[3]; *q ^= (0UL % (w143->a[1] | 1)); }
  struct node **v148 = gc_alloc (4 * sizeof (struct node *));
  v148[0] = g_n[0];
  v148[1] = g_n[0];
  v148[2] = g_n[0x554d5ddf145000edUL & 3];
  v148[3] = g_n[2];
  struct node *arr149[4] = { w145, g_n[w143->a[1] & 3], w145, p141 };
  p141->val += (v148[0] ? v148[0]->val : u147);
  w143 = w143;
  struct node *p150 = gc_alloc (sizeof (struct node));
  p150->val = g_acc;
  p150->a[0] = list_sum (&s142);
  p150->next = w143;
  acc += f2 (g_n[0], g_n[3], w145, arr149[56UL & 3]->val, (51UL << (w145->a[2] & 63)));
  printf ("main.f2 %lu\n", acc);
  struct node *p151 = r4 ((g_n[1]->val >> (w145->a[1] & 63)) % 4, g_n[0]);
  printf ("main.r4 %lu\n", acc);
  r5 (1UL % 4, (s142.next ? s142.next : w145), g_n[3], w145, s142.a[2], &g_n[3]);
  printf ("main.r5 %lu\n", acc);
  w143 = r7 (u147 % 4, p141->a[u147 & 3], (p141->a[2] << (4UL & 63)), &s142.other);
  printf ("main.r7 %lu\n", acc);
  u147 = f9 (g_n[2], (p150->other ? p150->other : p141), (g_n[3]->other ? g_n[3]->other : w145), list_sum (p150));
  printf ("main.f9 %lu\n", acc);
  struct node *p152 = r13 ((w145->a[1] >> (w143->a[0] & 63)) % 4, g_n[0], (g_n[3]->next ? g_n[3]->next : g_n[1]), p150);
  printf ("main.r13 %lu\n", acc);
  r14 ((unsigned long) ((uintptr_t) g_n[2] != 0) % 4, w143, g_n[u147 & 3]);
  printf ("main.r14 %lu\n", acc);
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

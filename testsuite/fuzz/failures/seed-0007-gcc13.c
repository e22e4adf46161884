/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-13. Reproduce: testsuite/fuzz/check.sh --gcc 13 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0007-gcc13.c */
/* gcc-escape fuzz program, seed 7: testsuite/fuzz/gen 7 */
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

static void f0 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out);
static unsigned long f1 (struct node *n0, unsigned long x0);
static struct node *r2 (unsigned long d, struct node *n0, struct node **out, struct pair pr);
static void f3 (unsigned long x0);
static void f4 (struct node *n0, struct pair pr);
static void f5 (struct node *n0, unsigned long x0, unsigned long x1);
static unsigned long f6 (void);
static struct node *f7 (unsigned long x0, unsigned long x1, struct node **out);
struct node *f8 (struct node *n0, unsigned long x0);
static unsigned long f9 (struct node *n0, struct node *n1, struct node *n2);
static void f10 (struct node *n0, unsigned long x0);
static struct node *f11 (struct node *n0, struct node *n1, struct pair pr);
struct node *f12 (struct node *n0, unsigned long x0, struct node **out);

static inline void f0 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 0xea07b4f5c694be3UL;
  acc += list_len ((n0->other ? n0->other : n0));
  acc += (n0->a[x0 & 3] ? g_acc : 4221291261UL);
  acc = mix (acc, (n0->next ? n0->next->val : x0));
  struct node *p4 = gc_alloc (sizeof (struct node));
  p4->val = (g_n[0]->val + (3580237299UL ^ p4->val));
  p4->next = p4;
  g_any = (g_n[1]->next ? g_n[1]->next : n0);
  if ((g_n[2]->val % (x1 | 1)) % 6 == 1) return;
  if (p4 != g_n[g_n[0]->val & 3])
    memcpy (p4, g_n[g_n[0]->val & 3], sizeof (struct node));
  struct node *p5 = gc_alloc (sizeof (struct node));
  p5->val = (g_n[1]->val & 1492545412UL);
  g_acc ^= acc;
}

static unsigned long f1 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 71UL;
  struct node *p8 = gc_alloc (sizeof (struct node));
  p8->next = g_n[17UL & 3];
  struct node *p9 = gc_calloc (1, sizeof (struct node));
  p9->val = p9->a[(g_n[1]->val ? g_n[3]->val : x0) & 3];
  p9->a[0] = g_n[1]->val;
  for (unsigned long i10 = 0; i10 < 4; i10++)
  {
    struct node *p11 = gc_alloc (sizeof (struct node));
    p11->val = p9->val;
    p11->next = g_n[i10 & 3];
    p11->next = p8;
    p8 = p11;
  }
  struct node *p12 = gc_alloc (sizeof (struct node));
  p12->val = list_sum (p12);
  p12->next = n0;
  f0 (p9, deep_sum (n0, 1), deep_sum (p9, 2), &g_n[2]);
  g_n[3]->next = n0;
  struct node *p13 = gc_alloc (sizeof (struct node));
  p13->val = 2UL;
  { unsigned long *q = &p8->a[2]; *q ^= p8->a[x0 & 3]; }
  void *vp14 = (p12->next ? p12->next : p13);
  acc += p8->a[x0 & 3];
  x0 = ((p9->slot ? ((struct node *) p9->slot)->val : x0) & g_acc);
  struct node *p15 = NEW (struct node);
  p15->val = p8->a[list_len (p12) & 3];
  acc += (p15->next ? p15->next->val : g_acc);
  struct node *p16 = NEW (struct node);
  p16->val = x0;
  p16->a[2] = (x0 ? x0 : g_n[1]->val);
  struct node *arr17[4] = { p16, g_n[1], ((struct node *) vp14), p15 };
  acc += apply (cb_bump, p15, *g_up);
  struct node *arr18[4] = { p15, p15, n0, g_n[p15->val & 3] };
  return acc ^ (3UL + x0);
}

static struct node *r2 (unsigned long d, struct node *n0, struct node **out, struct pair pr)
{
  unsigned long acc = 76UL;
  if (d == 0)
    return n0;
  struct node *p20 = pr.a;
  struct node *p21 = gc_calloc (1, sizeof (struct node));
  p21->val = (unsigned long) ((uintptr_t) (p21->other ? p21->other : p20) != 0);
  acc += g_cb[0x2ed9375c1698e51fUL & 3] (p20, list_len (n0));
  f0 (p20, list_len (p20), (g_n[2]->slot ? ((struct node *) g_n[2]->slot)->val : p21->val), &p20->next);
  struct node *p22 = NEW (struct node);
  p22->val = (n0->val - (unsigned long) ((uintptr_t) n0 != 0));
  p22->next = p21;
  p21->slot = p20;
  void *vp23 = (34UL & 1 ? p21 : p22);
  acc += apply (cb_keep, (p20->next ? p20->next : p20), 0x626fd6f87c6301aaUL);
  struct node *w24 = p22;
  for (unsigned long i25 = 0; i25 < 3; i25++)
  {
    w24 = gc_alloc (sizeof (struct node));
    w24->val = i25 * (0x6fccfb473c9d7b3bUL | n0->val);
    acc += w24->val + list_sum (w24);
  }
  w24->val += list_len ((*out ? *out : p20));
  struct node *p26 = gc_alloc (sizeof (struct node));
  p26->a[1] = ((struct node *) vp23)->val;
  p26->next = (*out ? *out : p22);
  p22->a[0x6aa5fc7e6a873535UL & 3] = list_sum ((g_n[3]->val & 1 ? n0 : n0));
  f0 (p20, p20->a[0x22f462c84889744dUL & 3], 55UL, &w24);
  struct node *p27 = gc_alloc (sizeof (struct node));
  p27->val = (p21->a[p20->a[1] & 3] / ((p26->next ? p26->next->val : 3UL) | 1));
  p27->next = (*out ? *out : p20);
  g_h.pr.b = (p27->other ? p27->other : p20);
  { struct node *volatile vol = p21; acc += vol->val; }
  acc += *out ? (*out)->val : (unsigned long) (g_n[3] == p26);
  acc += ((g_n[2]->val * n0->a[1]) | (1UL ? g_n[1]->val : g_n[0]->val));
  unsigned long *b28 = gc_calloc (8, sizeof (unsigned long));
  b28[0] = (unsigned long) (n0 == p21);
  b28[1] = 39UL;
  b28[2] = p26->val;
  b28[3] = (0x4a07dd675d8f4a50UL * 1UL);
  if (d > 0)
  {
    struct node *p29 = r2 (d - 1, (p27->next ? p27->next : p22), &g_n[1], (struct pair) { g_n[4142095084UL & 3], (n0->val & 1 ? p20 : p20) });
  }
  return (*out ? *out : p20);
}

static void f3 (unsigned long x0)
{
  unsigned long acc = 3144623212UL;
  struct node *p31 = gc_alloc (sizeof (struct node));
  p31->val = (x0 - x0);
  p31->next = p31;
  p31->a[(34UL ^ p31->a[0]) & 3] = list_sum (p31);
  struct node *p32 = r2 (g_n[2]->a[1] % 4, p31, &p31, (struct pair) { g_n[0], g_n[3] });
  p32 = p32;
  unsigned long *b33 = gc_alloc (96);
  b33[0] = p32->a[1];
  b33[1] = p31->a[2];
  b33[3] = (b33[3] + x0);
  struct node *p34 = gc_alloc (sizeof (struct node));
  p34->val = (g_n[2]->next ? g_n[2]->next->val : x0);
  struct node s35 = { 0 };
  s35.val = s35.a[3];
  s35.next = g_n[1];
  struct node *w36 = p32;
  for (unsigned long i37 = 0; i37 < 4; i37++)
  {
    w36 = gc_alloc (sizeof (struct node));
    w36->val = i37 * 70UL;
    acc += w36->val + list_sum (w36);
  }
  p31->slot = g_n[3];
  b33[(unsigned long) (p31 == p34) & 3] = (b33[b33[0] & 3] << (p34->val & 63));
  printf ("f3.0 %lu\n", acc);
  g_acc ^= acc;
}

static void f4 (struct node *n0, struct pair pr)
{
  unsigned long acc = 457784608UL;
  struct node *p39 = pr.b;
  struct node *p40 = gc_alloc (sizeof (struct node));
  p40->val = (unsigned long) (g_n[1UL & 3] == p39);
  p40->a[3] = deep_sum (p40, 1);
  p40->other = (p40->a[2] & 1 ? p40 : p39);
  struct node s41 = { 0 };
  s41.val = (p40->a[3] ^ p39->a[1]);
  s41.next = p39;
  f0 (n0, (n0->a[3] ? n0->a[0] : 0UL), p39->a[56UL & 3], &p40);
  acc += apply (cb_keep, n0, p39->a[3]);
  for (unsigned long i42 = 0; i42 < 6; i42++)
  {
    struct node *p43 = gc_calloc (1, sizeof (struct node));
    p43->val = n0->val;
    p43->a[3] = (p39->val ^ g_n[0]->val);
    p43->next = g_n[i42 & 3];
    struct node s44 = { 0 };
    s44.val = (g_n[0]->val >> (p39->a[0] & 63));
    s44.next = p39;
  }
  { unsigned long *q = &p39->a[3]; *q ^= list_len (p39); }
  for (unsigned long i45 = 0; i45 < 1; i45++)
  {
    struct node *p46 = gc_calloc (1, sizeof (struct node));
    p46->a[3] = g_n[2]->val;
    p46->next = (p40->other ? p40->other : p46);
    p46->next = p40;
    for (unsigned long i47 = 0; i47 < 5; i47++)
    {
      acc += (p46->a[1] % ((p46->a[1] << (p40->a[2] & 63)) | 1));
    }
    p40 = p46;
  }
  for (unsigned long i48 = 0; i48 < 2; i48++)
  {
    acc += f1 (g_n[0UL & 3], (p39->a[3] & i48));
    p40->slot = n0;
  }
  void *vp49 = g_n[0x7448fec62b8f9412UL & 3];
  p39->next = (p39->next ? p39->next : p40);
  p39->slot = g_n[3];
  g_acc ^= acc;
}

static inline void f5 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3UL;
  unsigned long u53 = ((x1 ? x0 : g_n[0]->val) ? g_n[0]->val : deep_sum (n0, 1));
  f0 (g_n[0], list_sum (n0), list_sum (n0), &g_n[1]->other);
  struct node *w54 = g_n[1];
  for (unsigned long i55 = 0; i55 < 2; i55++)
  {
    w54 = gc_alloc (sizeof (struct node));
    w54->val = i55 * list_len (n0);
    acc += w54->val + list_sum (w54);
  }
  w54 = w54;
  struct node *p56 = gc_alloc (64 + (u53 & 7));
  p56->val = (1UL % ((x1 >> (g_n[0]->val & 63)) | 1));
  p56->next = g_n[0];
  w54->other = n0;
  __asm__ volatile ("" : : "r" (n0) : "memory");
  struct node *p57 = gc_alloc (sizeof (struct node));
  p57->val = (x0 & 64UL);
  p57->next = p57;
  struct node **v58 = gc_alloc (4 * sizeof (struct node *));
  v58[0] = p56;
  v58[2] = g_n[3];
  v58[3] = (p56->next ? p56->next : p56);
  struct node *p59 = gc_alloc (sizeof (struct node));
  p59->val = p56->a[(x0 + g_n[3]->val) & 3];
  g_acc ^= acc;
}

static unsigned long f6 (void)
{
  unsigned long acc = 3UL;
  struct node *p60 = gc_alloc (sizeof (struct node));
  for (unsigned long i61 = 0; i61 < 6; i61++)
  {
    p60 = p60;
  }
  struct node *p62 = gc_alloc (sizeof (struct node));
  p62->val = 1867814633UL;
  p62->a[3] = (3UL | 0x6c20ee495f106548UL);
  if ((unsigned long) (g_n[933861127UL & 3] == p62) % 2 == 1)
  {
    p60->slot = p60;
    gc_free (p62);
  }
  if ((3UL & 2UL) % 7 == 1) return acc ^ (0x4bda7f305fe9b444UL ? p60->val : p62->val);
  struct node *p63 = gc_alloc (sizeof (struct node));
  p63->val = p62->a[(p60->a[1] - g_n[1]->val) & 3];
  p63->next = (g_n[2]->next ? g_n[2]->next : p60);
  acc += g_n[1]->val;
  p62->next = p62;
  struct node *p64 = r2 ((unsigned long) (p63 == p62) % 4, g_n[p63->a[1] & 3], &p62->other, (struct pair) { p63, p60 });
  struct node s65 = { 0 };
  s65.val = list_sum (&s65);
  struct node *p66 = gc_calloc (1, sizeof (struct node));
  p66->val = (0x72c961a058ff8c97UL | (0UL - p60->a[3]));
  p66->next = p66;
  if ((0x515e35f425ab8d74UL ? (8UL ^ 96UL) : 1829516240UL) % 2 == 1)
  {
    unsigned long *b67 = gc_alloc (32);
    b67[0] = b67[1];
    b67[1] = s65.val;
    if ((unsigned long) ((uintptr_t) g_n[0x3948d6182dc04e8bUL & 3] != 0) % 4 == 0)
    {
      acc += 0UL;
    }
    else
    {
      struct node *p68 = gc_alloc (64);
      p68->val = list_sum (p66);
      p68->next = (p63->next ? p63->next : p66);
    }
  }
  return acc ^ (0x22a6be9f7d7d7f56UL * p60->a[0]);
}

static struct node *f7 (unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 0x390eb0306c9866c4UL;
  struct node *p71 = gc_alloc (sizeof (struct node));
  p71->val = (list_sum (p71) / ((p71->val - x0) | 1));
  p71->next = g_n[3];
  g_up = &g_n[2]->a[2];
  if (list_sum (p71) % 3 == 1)
  {
    struct node *arr72[4] = { (p71->other ? p71->other : p71), (g_n[0]->next ? g_n[0]->next : p71), g_n[2282580134UL & 3], (*out ? *out : p71) };
  }
  for (unsigned long i73 = 0; i73 < 4; i73++)
  {
    struct node *p74 = gc_alloc (sizeof (struct node));
    p74->val = (g_n[3]->other ? g_n[3]->other : p74)->a[p71->a[1] & 3];
    p74->next = p71;
    p71 = p74;
  }
  if (g_n[3]->val % 7 == 1) return g_n[3];
  p71->a[x1 & 3] = deep_sum (p71, 2);
  p71->a[(g_n[0]->next ? g_n[0]->next->val : p71->a[3]) & 3] = (deep_sum (p71, 1) ? p71->a[p71->a[0] & 3] : (unsigned long) ((uintptr_t) g_n[3] != 0));
  struct node *p75 = gc_alloc (sizeof (struct node));
  p75->val = (0x63f42a39741bc87cUL - (unsigned long) (p71 == p75));
  p75->next = p75;
  struct node *p76 = gc_alloc (sizeof (struct node));
  p76->val = (g_n[x1 & 3]->next ? g_n[x1 & 3]->next->val : g_n[0]->val);
  p76->a[1] = *g_up;
  g_up = &p76->a[0];
  for (unsigned long i77 = 0; i77 < 1; i77++)
  {
    struct node *p78 = gc_calloc (1, sizeof (struct node));
    p78->val = ((p78->val ? p76->a[0] : x1) ^ (62UL & 0UL));
    p78->next = p75;
    acc = mix (acc, list_sum (g_n[3]));
    acc = mix (acc, (g_n[1]->val - p78->a[0]));
  }
  struct node *arr79[4] = { (p71->next ? p71->next : p76), p76, (p76->other ? p76->other : p76), (*out ? *out : p75) };
  void *vp80 = (x1 & 1 ? p71 : p75);
  g_up = &(p76->other ? p76->other : p76)->a[0];
  unsigned long u81 = (list_len (p76) ? p76->a[3] : (g_n[0]->slot ? ((struct node *) g_n[0]->slot)->val : g_n[3]->val));
  x0 = list_sum ((u81 & 1 ? p71 : p71));
  return p76;
}

struct node *f8 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 0UL;
  struct node *p84 = gc_alloc (sizeof (struct node));
  p84->val = (n0->next ? n0->next->val : (x0 / (p84->a[1] | 1)));
  p84->a[0] = (g_n[3]->val << (x0 & 63));
  p84->next = n0;
  if (p84 != p84)
    memcpy (p84, p84, sizeof (struct node));
  struct node *w85 = p84;
  for (unsigned long i86 = 0; i86 < 1; i86++)
  {
    w85 = gc_alloc (sizeof (struct node));
    w85->val = i86 * (0x51c8f82f5097bebcUL & w85->a[3]);
    acc += w85->val + list_sum (w85);
  }
  f3 (g_n[3]->val);
  w85 = r2 ((g_n[3]->val & 361262694UL) % 4, g_n[0], &p84, (struct pair) { n0, (n0->other ? n0->other : n0) });
  n0->other = n0;
  for (unsigned long i87 = 0; i87 < 4; i87++)
  {
    struct node **v88 = gc_alloc (4 * sizeof (struct node *));
    v88[0] = n0;
    v88[1] = g_n[x0 & 3];
    v88[3] = w85;
    for (unsigned long i89 = 0; i89 < 3; i89++)
    {
      g_any = g_n[0x1a75e5045b9ee56aUL & 3];
      for (unsigned long i90 = 0; i90 < 2; i90++)
      {
        struct node *p91 = gc_alloc (64);
        p91->val = g_n[3]->val;
        p91->next = (v88[0] ? v88[0] : g_n[3]);
        { unsigned long *q = &p84->a[0]; *q ^= g_n[0]->val; }
        void *vp92 = (g_n[2]->val & 1 ? g_n[1] : n0);
        g_list->other = n0;
        x0 = f1 ((g_n[2]->val & 1 ? g_n[0] : n0), p91->val);
      }
    }
  }
  return (n0->next ? n0->next : n0);
}

static unsigned long f9 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 2182400509UL;
  struct node *p96 = gc_calloc (1, sizeof (struct node));
  p96->val = 1UL;
  p96->next = p96;
  struct node *p97 = gc_alloc (sizeof (struct node));
  p97->val = (p97->val * g_n[1]->val);
  p97->next = n2;
  struct node *p98 = gc_alloc (64);
  p98->val = ((unsigned long) ((uintptr_t) p96 != 0) << ((p96->val % (g_n[3]->val | 1)) & 63));
  p97->other = (n2->next ? n2->next : n1);
  acc += p98->val;
  acc += (unsigned long) ((uintptr_t) n1 != 0);
  acc = mix (acc, 1682284120UL);
  for (unsigned long i99 = 0; i99 < 8; i99++)
  {
    struct node *p100 = gc_alloc (sizeof (struct node));
    p100->val = n0->a[(i99 ? p100->val : p96->a[1]) & 3];
    p100->a[0] = p97->val;
    p100->next = n0;
    p100->next = p98;
    p98 = p100;
  }
  for (unsigned long i101 = 0; i101 < 8; i101++)
  {
    struct node *p102 = NEW (struct node);
    p102->val = deep_sum (g_n[n0->a[3] & 3], 1);
    p102->next = n0;
    n0 = p102;
  }
  struct node *p103 = NEW (struct node);
  p103->val = (549587066UL ^ g_n[0]->val);
  p103->next = p97;
  for (unsigned long i104 = 0; i104 < 2; i104++)
  {
    struct node *p105 = gc_alloc (64);
    p105->val = (p96->next ? p96->next->val : (unsigned long) (p96 == n0));
    p105->next = p103;
    p103 = p105;
  }
  return acc ^ g_n[1]->val;
}

static inline void f10 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 1382800628UL;
  struct node *p108 = gc_alloc (sizeof (struct node));
  p108->val = x0;
  { unsigned long *q = &p108->a[3]; *q ^= (n0->a[3] % (89UL | 1)); }
  struct node *w109 = p108;
  for (unsigned long i110 = 0; i110 < 1; i110++)
  {
    w109 = gc_alloc (sizeof (struct node));
    w109->val = i110 * x0;
    acc += w109->val + list_sum (w109);
  }
  p108->other = p108;
  gc_free (p108);
  acc += (unsigned long) (p108 == p108);
  struct node **v111 = gc_alloc (4 * sizeof (struct node *));
  v111[0] = (w109->next ? w109->next : p108);
  v111[1] = w109;
  p108->slot = (x0 & 1 ? p108 : p108);
  unsigned long *b112 = gc_alloc (32);
  b112[0] = (unsigned long) (w109 == p108);
  b112[2] = w109->a[3];
  b112[3] = (p108->next ? p108->next->val : n0->a[0]);
  g_acc ^= acc;
}

static __attribute__ ((noinline)) struct node *f11 (struct node *n0, struct node *n1, struct pair pr)
{
  unsigned long acc = 2UL;
  struct node *p115 = pr.b;
  struct node *p116 = gc_alloc (sizeof (struct node));
  unsigned long st117 = 0;
  for (struct node *q = (n0->next ? n0->next : p115); q && st117 < 8; q = q->next, st117++)
    acc += q->val * (st117 + 1);
  unsigned long u118 = ((p116->slot ? ((struct node *) p116->slot)->val : st117) & p115->a[1]);
  void *vp119 = p115;
  unsigned long *b120 = gc_alloc (96);
  b120[3] = 0UL;
  struct node *p121 = gc_alloc (64);
  p121->val = n1->a[g_n[0]->val & 3];
  p121->a[3] = u118;
  p121->next = (p116->next ? p116->next : p115);
  { struct node *volatile vol = n1; acc += vol->val; }
  struct node **v122 = gc_alloc (4 * sizeof (struct node *));
  v122[0] = n0;
  v122[1] = (p115->other ? p115->other : n0);
  v122[3] = p115;
  u118 = f1 ((g_n[2]->other ? g_n[2]->other : g_n[2]), (p116->slot ? ((struct node *) p116->slot)->val : u118));
  u118 = f1 (g_n[b120[3] & 3], list_len (p115));
  f10 (n0, list_len (p116));
  return n0;
}

__attribute__ ((noinline)) struct node *f12 (struct node *n0, unsigned long x0, struct node **out)
{
  unsigned long acc = 2UL;
  struct node *p125 = gc_alloc (sizeof (struct node));
  p125->a[2] = p125->val;
  acc += ((p125->other ? p125->other : p125)->next ? (p125->other ? p125->other : p125)->next->val : (x0 / (g_n[0]->val | 1)));
  struct node *arr126[4] = { n0, (*out ? *out : n0), p125, (*out ? *out : n0) };
  for (unsigned long i127 = 0; i127 < 3; i127++)
  {
    g_h.pr.b = (*out ? *out : n0);
  }
  struct node *w128 = n0;
  for (unsigned long i129 = 0; i129 < 3; i129++)
  {
    w128 = gc_alloc (sizeof (struct node));
    w128->val = i129 * (i129 & i129);
    acc += w128->val + list_sum (w128);
  }
  for (unsigned long i130 = 0; i130 < 6; i130++)
  {
    p125->a[(i130 & x0) & 3] = g_n[2]->val;
  }
  struct node *arr131[4] = { (n0->other ? n0->other : p125), arr126[x0 & 3], (p125->val & 1 ? n0 : n0), (p125->next ? p125->next : n0) };
  void *vp132 = (w128->other ? w128->other : p125);
  f4 (p125, (struct pair) { p125, (w128->other ? w128->other : g_n[2]) });
  gc_free (w128);
  acc += (unsigned long) (p125 == n0);
  w128->other = arr126[x0 & 3];
  if ((arr126[n0->a[0] & 3]->slot ? ((struct node *) arr126[n0->a[0] & 3]->slot)->val : (unsigned long) ((uintptr_t) p125 != 0)) % 3 == 1)
  {
    g_acc += (unsigned long) (arr126[0x2720f5ea54501c07UL & 3] == (n0->other ? n0->other : n0));
  }
  f10 ((n0->other ? n0->other : p125), (7UL * x0));
  for (unsigned long i133 = 0; i133 < 3; i133++)
  {
    struct node *p134 = gc_alloc (sizeof (struct node));
    p134->val = arr_sum (arr131, 4);
    p134->a[2] = g_n[0]->val;
  }
  return n0;
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
  unsigned long acc = 7UL;
  struct node *p135 = gc_alloc (sizeof (struct node));
  p135->val = (unsigned long) ((uintptr_t) p135 != 0);
  acc += f6 ();
  struct node *arr136[4] = { (g_n[2]->other ? g_n[2]->other : g_n[3]), g_n[2], (g_n[1]->val & 1 ? g_n[0] : g_n[0]), g_n[1] };
  for (unsigned long i137 = 0; i137 < 2; i137++)
  {
    struct node *p138 = gc_calloc (1, sizeof (struct node));
    p138->val = g_n[2]->val;
  }
  gc_free (p135);
  arr136[(p135->a[0] & 3UL) & 3] = g_n[0];
  acc += f9 (arr136[3UL & 3], g_n[0], g_n[p135->a[1] & 3]);
  struct node **v139 = gc_alloc (4 * sizeof (struct node *));
  v139[0] = (v139[3] ? v139[3] : p135);
  v139[1] = (p135->other ? p135->other : p135);
  v139[3] = g_n[0x6ca2a7357a3fca92UL & 3];
  acc += ((1664080220UL & 0x4d127b2a53467c3dUL) & (unsigned long) ((uintptr_t) p135 != 0));
  printf ("main.1 %lu\n", acc);
  acc += p135->a[g_n[3]->val & 3];
  void *vp140 = (0x4de7c8b76b9f27f8UL & 1 ? g_n[1] : g_n[2]);
  f5 (g_n[3], (p135->a[3] & 7165731UL), p135->a[0]);
  printf ("main.f5 %lu\n", acc);
  p135 = f7 ((p135->slot ? ((struct node *) p135->slot)->val : p135->a[2]), p135->a[0x1d6d6ba758140b53UL & 3], &p135);
  printf ("main.f7 %lu\n", acc);
  p135 = f8 (arr136[p135->val & 3], (unsigned long) (p135 == p135));
  printf ("main.f8 %lu\n", acc);
  struct node *p141 = f11 (g_n[g_n[2]->val & 3], p135, (struct pair) { g_n[2], (g_n[3]->next ? g_n[3]->next : g_n[0]) });
  printf ("main.f11 %lu\n", acc);
  struct node *p142 = f12 (g_n[0], (2964569162UL >> (g_n[3]->val & 63)), &p135);
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

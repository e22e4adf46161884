/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0056.c */
/* gcc-escape fuzz program, seed 56: testsuite/fuzz/gen 56 */
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

void f0 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static void r1 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr);
static void r2 (unsigned long d, unsigned long x0, unsigned long x1);
static unsigned long f3 (struct node *n0);
static void f4 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
struct node *f5 (struct node *n0, unsigned long x0, struct pair pr);
static struct node *f6 (struct node *n0, struct node *n1, struct node *n2);
unsigned long f7 (struct node *n0, struct node *n1);
struct node *r8 (unsigned long d, struct node *n0, struct node *n1);
static struct node *r9 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1);
static void f10 (struct node *n0, struct node *n1);
void f11 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out);
static struct node *r12 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static unsigned long f13 (struct node *n0, struct node *n1);

void f0 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 98UL;
  struct node *p5 = gc_alloc (sizeof (struct node));
  p5->val = deep_sum (n2, 1);
  p5->next = p5;
  n0->slot = g_n[629942837UL & 3];
  n1->next = (g_n[0]->val & 1 ? n2 : n1);
  p5 = n1;
  unsigned long *b6 = gc_alloc (32);
  b6[1] = (n2->next ? n2->next->val : x0);
  b6[2] = n2->a[3];
  struct node *p7 = (struct node *) ((uintptr_t) n1 | 0);
  p7->slot = (x0 & 1 ? n1 : p7);
  g_h.pr.a = n2;
  struct node *p8 = gc_calloc (1, sizeof (struct node));
  p8->val = ((x0 << (2UL & 63)) ? (b6[0] - p7->val) : (3UL & p7->a[1]));
  p8->a[2] = (unsigned long) (p7 == n1);
  for (unsigned long i9 = 0; i9 < 1; i9++)
  {
    struct node *p10 = gc_calloc (1, sizeof (struct node));
    p10->val = (unsigned long) ((uintptr_t) (48UL & 1 ? n0 : n0) != 0);
    if (((p7->val & 1 ? p10 : n0)->slot ? ((struct node *) (p7->val & 1 ? p10 : n0)->slot)->val : (x0 | 62UL)) % 3 == 1)
    {
      unsigned long *b11 = gc_alloc (64 + (*g_up & 7));
      b11[3] = (b6[0] - 1907384296UL);
    }
  }
  g_acc ^= acc;
}

static inline void r1 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 0x75c1a134764e486cUL;
  if (d == 0)
    return;
  struct node *p17 = pr.a;
  g_h.pr.b = (x1 & 1 ? n2 : n0);
  n0 = n0;
  acc = mix (acc, (g_n[2]->val - 62UL));
  struct node *p18 = gc_alloc (sizeof (struct node));
  p18->val = (unsigned long) (g_n[p17->val & 3] == g_n[p17->val & 3]);
  p18->a[3] = x0;
  for (unsigned long i19 = 0; i19 < 1; i19++)
  {
    struct node *p20 = gc_alloc (sizeof (struct node));
    p20->val = 0x5005471058989efeUL;
    p20->next = (n2->other ? n2->other : n0);
    p20->next = n0;
    n0 = p20;
  }
  struct node **v21 = gc_alloc (4 * sizeof (struct node *));
  v21[1] = n0;
  v21[2] = (n2->next ? n2->next : n0);
  v21[3] = (n2->other ? n2->other : n2);
  if (d > 0)
  {
    r2 (d - 1, g_n[1]->val, (n1->a[1] ? g_n[0]->val : g_n[0]->val));
  }
  g_acc ^= acc;
}

static void r2 (unsigned long d, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x509d5885268f18eeUL;
  if (d == 0)
    return;
  struct node *p24 = NEW (struct node);
  p24->val = (0UL - p24->val);
  p24->val += ((x0 << (x1 & 63)) / (p24->a[1] | 1));
  acc = mix (acc, g_acc);
  f0 (p24, p24, p24, (3465538306UL + g_n[3]->val));
  struct node s25 = { 0 };
  s25.val = 6UL;
  s25.other = g_n[p24->a[0] & 3];
  { unsigned long *q = &p24->a[1]; *q ^= s25.a[1]; }
  if (((p24->val & x0) - g_acc) % 3 == 0)
  {
    acc = mix (acc, (unsigned long) (p24 == p24));
    p24 = g_n[0];
  }
  struct node *p26 = gc_alloc (sizeof (struct node));
  p26->val = *g_up;
  if (p26 != p26)
    memcpy (p26, p26, sizeof (struct node));
  f0 (p24, p24, p24, (p24->val * g_n[2]->val));
  g_n[3] = (g_n[3]->val & 1 ? g_n[3] : p24);
  if (((s25.next ? s25.next : p24)->slot ? ((struct node *) (s25.next ? s25.next : p24)->slot)->val : (p26->a[2] % (g_n[3]->val | 1))) % 4 == 1)
  {
    f0 (p26, p24, p24, p26->a[0]);
  }
  else
  {
  }
  if (d > 0)
  {
    r1 (d - 1, p24, (p24->next ? p24->next : p24), p24, g_n[2]->val, s25.a[2], (struct pair) { (p26->other ? p26->other : p24), p24 });
  }
  g_acc ^= acc;
}

static unsigned long f3 (struct node *n0)
{
  unsigned long acc = 0x41e402732b1dda91UL;
  for (unsigned long i28 = 0; i28 < 6; i28++)
  {
    struct node *p29 = gc_alloc (sizeof (struct node));
    p29->val = ((i28 ? g_n[1]->val : g_n[0]->a[3]) | 3442714633UL);
    p29->next = n0;
    f0 (n0, n0, g_n[p29->a[0] & 3], (unsigned long) ((uintptr_t) n0 != 0));
    struct node *p30 = gc_alloc (sizeof (struct node));
    p30->val = list_len (n0);
    p30->next = p29;
    f0 (n0, n0, n0, (p29->val ^ g_n[1]->val));
  }
  unsigned long st31 = 0;
  for (struct node *q = (n0->other ? n0->other : n0); q && st31 < 8; q = q->next, st31++)
    acc += q->val * (st31 + 1);
  for (unsigned long i32 = 0; i32 < 2; i32++)
  {
    struct node *p33 = gc_alloc (sizeof (struct node));
    p33->val = g_n[3]->val;
    p33->a[3] = p33->a[3];
    acc += *g_up;
    struct node *p34 = gc_calloc (1, sizeof (struct node));
    p34->val = ((i32 ^ p34->a[1]) - (g_n[0]->val + g_n[3]->val));
    p34->a[2] = (g_n[0]->val ? st31 : n0->a[0]);
    { struct node *volatile vol = n0; acc += vol->val; }
  }
  acc = mix (acc, st31);
  r1 (g_n[3]->a[1] % 4, n0, (n0->val & 1 ? n0 : n0), n0, (n0->slot ? ((struct node *) n0->slot)->val : 30UL), (st31 - g_n[1]->val), (struct pair) { n0, n0 });
  struct node *p35 = gc_alloc (sizeof (struct node));
  p35->val = n0->a[st31 & 3];
  struct node s36 = { 0 };
  s36.val = (p35->a[3] ? p35->a[0] : p35->a[3]);
  struct node *p37 = gc_alloc (sizeof (struct node));
  p37->val = (unsigned long) ((n0->next ? n0->next : n0) == (p35->next ? p35->next : p35));
  struct node *w38 = p37;
  for (unsigned long i39 = 0; i39 < 3; i39++)
  {
    w38 = gc_alloc (sizeof (struct node));
    w38->val = i39 * (p35->a[2] & p37->a[0]);
    acc += w38->val + list_sum (w38);
  }
  return acc ^ st31;
}

static void f4 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 66UL;
  struct node *p44 = gc_alloc (sizeof (struct node));
  p44->val = list_len (g_n[0]);
  n0->val += (p44->slot ? ((struct node *) p44->slot)->val : (n1->a[0] >> (x1 & 63)));
  unsigned long st45 = 0;
  for (struct node *q = n0; q && st45 < 8; q = q->next, st45++)
    acc += q->val * (st45 + 1);
  acc += g_n[1]->val;
  struct node *w46 = p44;
  for (unsigned long i47 = 0; i47 < 4; i47++)
  {
    w46 = gc_alloc (sizeof (struct node));
    w46->val = i47 * (n1->val | n1->a[0]);
    acc += w46->val + list_sum (w46);
  }
  n0->next = w46;
  acc = mix (acc, (p44->val * x0));
  acc += f3 ((0x29f58902006119caUL & 1 ? g_n[2] : g_n[0]));
  unsigned long st48 = 0;
  for (struct node *q = p44; q && st48 < 8; q = q->next, st48++)
    acc += q->val * (st48 + 1);
  g_h.p = w46;
  struct node *p49 = gc_alloc (sizeof (struct node));
  p49->val = n0->a[3];
  p49->next = p49;
  acc = mix (acc, deep_sum (w46, 0));
  struct node s50 = { 0 };
  s50.val = (g_n[1]->val % (g_n[1]->val | 1));
  { unsigned long *q = &p44->a[2]; *q ^= g_n[3]->a[0]; }
  acc += f3 (g_n[3]);
  struct node *p51 = gc_calloc (1, sizeof (struct node));
  p51->val = ((x1 & g_n[2]->val) | st45);
  struct node s52 = { 0 };
  s52.val = x0;
  s52.next = p49;
  g_acc ^= acc;
}

struct node *f5 (struct node *n0, unsigned long x0, struct pair pr)
{
  unsigned long acc = 0x17e969f91283783dUL;
  struct node *p55 = pr.b;
  struct node *p56 = gc_alloc (sizeof (struct node));
  p56->val = g_n[3]->val;
  p56->a[2] = x0;
  acc += n0->val;
  g_acc += ((x0 - x0) ? (n0->slot ? ((struct node *) n0->slot)->val : x0) : (p56->next ? p56->next->val : x0));
  g_list = g_n[p55->val & 3];
  struct node *p57 = (struct node *) ((uintptr_t) p55 | 0);
  acc += f3 ((p55->next ? p55->next : p55));
  struct node *p58 = gc_alloc (sizeof (struct node));
  p58->val = p56->a[1];
  p58->a[3] = x0;
  p58->next = p55;
  struct node *p59 = gc_alloc (sizeof (struct node));
  p59->val = (g_n[n0->a[2] & 3]->next ? g_n[n0->a[2] & 3]->next->val : p58->val);
  p58->next = p58;
  acc += (18UL / (2UL | 1));
  struct node *p60 = gc_alloc (sizeof (struct node));
  p59->val += x0;
  for (unsigned long i61 = 0; i61 < 5; i61++)
  {
    struct node *p62 = gc_calloc (1, sizeof (struct node));
    p62->val = (3UL & deep_sum (p56, 1));
    p62->a[1] = 0x240ad2e0662d0cf9UL;
    p62->next = p55;
    struct node *w63 = p59;
    for (unsigned long i64 = 0; i64 < 4; i64++)
    {
      w63 = gc_alloc (sizeof (struct node));
      w63->val = i64 * (unsigned long) ((uintptr_t) p58 != 0);
      acc += w63->val + list_sum (w63);
    }
    struct node *arr65[4] = { p55, p55, p60, p57 };
    struct node s66 = { 0 };
    s66.val = s66.a[3];
  }
  return p58;
}

static struct node *f6 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 11UL;
  struct node *w70 = n1;
  for (unsigned long i71 = 0; i71 < 2; i71++)
  {
    w70 = gc_alloc (sizeof (struct node));
    w70->val = i71 * deep_sum (n1, 2);
    acc += w70->val + list_sum (w70);
  }
  struct node s72 = { 0 };
  s72.val = (14UL % (g_n[0]->val | 1));
  s72.other = (n0->other ? n0->other : n1);
  struct node *p73 = gc_alloc (64);
  p73->val = (0x2c6ae73a768d35deUL ? 1UL : 88UL);
  n0 = p73;
  g_acc += s72.a[3];
  struct node s74 = { 0 };
  s74.val = g_n[1]->a[3];
  acc += (g_acc - n0->val);
  n0->other = p73;
  unsigned long st75 = 0;
  for (struct node *q = (g_n[0]->next ? g_n[0]->next : n0); q && st75 < 8; q = q->next, st75++)
    acc += q->val * (st75 + 1);
  for (unsigned long i76 = 0; i76 < 2; i76++)
  {
    struct node *p77 = gc_alloc (sizeof (struct node));
    p77->val = g_acc;
    p77->next = n0;
    for (unsigned long i78 = 0; i78 < 4; i78++)
    {
      for (unsigned long i79 = 0; i79 < 1; i79++)
      {
        struct node *p80 = gc_alloc (64);
        p80->val = ((n0->slot ? ((struct node *) n0->slot)->val : 0x75e1121e6a4a6fc5UL) / ((g_n[0]->a[2] & w70->val) | 1));
        p80->next = w70;
        f0 (p77, p77, n0, (g_n[2]->val ^ g_n[3]->val));
        w70 = p80;
      }
      f0 (w70, p73, g_n[p73->a[0] & 3], p77->a[n1->val & 3]);
    }
    n0 = p77;
  }
  if (n1 != n1)
    memcpy (n1, n1, sizeof (struct node));
  gc_free (n1);
  struct node s81 = { 0 };
  s81.val = g_n[2]->a[1];
  s81.next = n0;
  acc += f3 (p73);
  return n0;
}

__attribute__ ((noinline)) unsigned long f7 (struct node *n0, struct node *n1)
{
  unsigned long acc = 23UL;
  f4 ((0UL & 1 ? n1 : n1), n0, 73UL, n1->val);
  g_up = &(n0->other ? n0->other : n0)->a[3];
  n1->slot = n0;
  acc += (unsigned long) (n1 == n1);
  struct node *w84 = g_n[2];
  for (unsigned long i85 = 0; i85 < 4; i85++)
  {
    w84 = gc_alloc (sizeof (struct node));
    w84->val = i85 * list_sum (n1);
    acc += w84->val + list_sum (w84);
  }
  void *vp86 = n0;
  void *vp87 = ((struct node *) vp86);
  acc += f3 (n0);
  g_list->other = n0;
  w84->a[g_acc & 3] = (4291779784UL >> ((n0->next ? n0->next->val : g_n[0]->val) & 63));
  struct node *p88 = gc_calloc (1, sizeof (struct node));
  struct node s89 = { 0 };
  s89.val = *g_up;
  s89.next = n1;
  if ((s89.val | (2UL + n1->a[3])) % 4 == 1)
  {
    void *vp90 = n0;
  }
  return acc ^ list_sum (p88);
}

struct node *r8 (unsigned long d, struct node *n0, struct node *n1)
{
  unsigned long acc = 5UL;
  if (d == 0)
    return n0;
  f4 (n0, g_n[3], (n0->val - n0->val), (0UL - g_n[1]->val));
  for (unsigned long i93 = 0; i93 < 6; i93++)
  {
    struct node *p94 = gc_alloc (sizeof (struct node));
    p94->val = g_acc;
    p94->next = (n1->other ? n1->other : n1);
    p94->next = n1;
    n1 = p94;
  }
  g_h.p = g_n[1];
  struct node *p95 = gc_alloc (sizeof (struct node));
  p95->val = g_acc;
  p95->next = g_n[0];
  struct node *w96 = n1;
  for (unsigned long i97 = 0; i97 < 3; i97++)
  {
    w96 = gc_alloc (sizeof (struct node));
    w96->val = i97 * g_acc;
    acc += w96->val + list_sum (w96);
  }
  unsigned long *b98 = gc_alloc (32);
  w96->slot = g_n[3];
  g_h.pr.a = p95;
  if (d > 0)
  {
    n1 = r9 (d - 1, n1, 2UL, g_n[2]->a[98UL & 3]);
  }
  return g_n[0];
}

static struct node *r9 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x4ffbcefa5a7e8907UL;
  if (d == 0)
    return n0;
  if ((x0 >> ((1025688261UL ? n0->val : x1) & 63)) % 3 == 0)
  {
    n0->slot = g_n[1];
    f0 ((n0->next ? n0->next : n0), g_n[3], g_n[0], list_sum (n0));
  }
  acc += g_cb[n0->val & 3] ((g_n[0]->other ? g_n[0]->other : g_n[0]), *g_up);
  if ((n0->val ? n0->a[2] : 4153657823UL) % 2 == 1)
  {
    struct node *w102 = n0;
    for (unsigned long i103 = 0; i103 < 2; i103++)
    {
      w102 = gc_alloc (sizeof (struct node));
      w102->val = i103 * g_n[2]->val;
      acc += w102->val + list_sum (w102);
    }
    acc += (list_sum (n0) + (unsigned long) (n0 == w102));
  }
  f0 (n0, (g_n[3]->other ? g_n[3]->other : g_n[2]), g_n[3], g_n[1]->val);
  acc += (unsigned long) ((uintptr_t) n0 != 0);
  acc += apply (cb_keep, g_n[3], deep_sum (n0, 0));
  struct node *p104 = f5 (g_n[x1 & 3], *g_up, (struct pair) { g_n[3], (x1 & 1 ? g_n[1] : g_n[3]) });
  p104 = n0;
  if (d > 0)
  {
    struct node *p105 = r8 (d - 1, (n0->next ? n0->next : n0), p104);
  }
  return g_n[g_n[2]->val & 3];
}

static __attribute__ ((noinline)) void f10 (struct node *n0, struct node *n1)
{
  unsigned long acc = 0x5b3b2e2961f8d50eUL;
  struct node *p108 = gc_alloc (sizeof (struct node));
  p108->val = p108->val;
  for (unsigned long i109 = 0; i109 < 8; i109++)
  {
    struct node *p110 = NEW (struct node);
    p110->next = p110;
    p110->next = n0;
    for (unsigned long i111 = 0; i111 < 3; i111++)
    {
      struct node *p112 = gc_alloc (sizeof (struct node));
      p112->val = p110->val;
      p112->next = n0;
      n0 = p112;
    }
    n0 = p110;
  }
  gc_free (p108);
  { unsigned long *q = &n0->a[0]; *q ^= 3776982898UL; }
  g_acc ^= acc;
}

void f11 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 46UL;
  struct node *p117 = gc_alloc (sizeof (struct node));
  p117->next = g_n[g_n[2]->a[1] & 3];
  if ((unsigned long) ((0x490e206a666c89c5UL & 1 ? p117 : n0) == n1) % 4 == 1)
  {
  }
  n0->other = (n0->other ? n0->other : n0);
  p117->a[(unsigned long) (g_n[3] == n0) & 3] = deep_sum (g_n[x0 & 3], 1);
  *out = p117;
  struct node *arr118[4] = { (n1->other ? n1->other : p117), (n0->other ? n0->other : n1), (p117->next ? p117->next : n0), (15UL & 1 ? g_n[3] : n1) };
  acc += apply (cb_read, n0, p117->a[1UL & 3]);
  { unsigned long *q = &n1->a[0]; *q ^= list_len (n1); }
  acc += (unsigned long) ((uintptr_t) n1 != 0);
  g_n[1] = n0;
  struct node *w119 = n0;
  for (unsigned long i120 = 0; i120 < 1; i120++)
  {
    w119 = gc_alloc (sizeof (struct node));
    w119->val = i120 * (i120 + g_n[0]->val);
    acc += w119->val + list_sum (w119);
  }
  unsigned long *b121 = gc_alloc (32 + x0 % 16);
  b121[0] = (n0->slot ? ((struct node *) n0->slot)->val : x0);
  b121[3] = (unsigned long) (n0 == p117);
  p117 = (x1 & 1 ? n1 : n0);
  for (unsigned long i122 = 0; i122 < 1; i122++)
  {
    p117 = (0x5ecdf84e555b5664UL & 1 ? n0 : g_n[2]);
    struct node *p123 = gc_alloc (sizeof (struct node));
    p123->val = (*out ? *out : p123)->a[(unsigned long) (w119 == w119) & 3];
    p123->next = p123;
  }
  g_acc ^= acc;
}

static struct node *r12 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 3561422833UL;
  if (d == 0)
    return n0;
  n2 = n1;
  r1 ((n2->slot ? ((struct node *) n2->slot)->val : x0) % 4, n1, n1, n0, g_n[3]->val, deep_sum (n0, 1), (struct pair) { n1, n1 });
  n2->slot = n2;
  struct node **v128 = gc_alloc (4 * sizeof (struct node *));
  v128[1] = g_n[3UL & 3];
  v128[3] = (n1->next ? n1->next : n1);
  n0->a[deep_sum (n2, 0) & 3] = (n0->next ? n0->next->val : (g_n[3]->slot ? ((struct node *) g_n[3]->slot)->val : x0));
  acc += (n2->val * (65UL ? x0 : n2->a[3]));
  if ((x0 & g_n[0]->val) % 6 == 1) return (n2->next ? n2->next : n2);
  g_acc += ((0x3c9b096c17899934UL % (x0 | 1)) ^ g_n[0]->val);
  acc += x0;
  n0->other = n2;
  for (unsigned long i129 = 0; i129 < 3; i129++)
  {
    struct node *p130 = gc_alloc (64);
    p130->val = (0x2846746d2637257dUL * n0->a[2]);
    p130->a[0] = (n1->a[3] + g_n[0]->val);
    p130->next = n1;
    n1 = p130;
  }
  struct node *arr131[4] = { (v128[0] ? v128[0] : n2), n0, n1, (n0->next ? n0->next : n1) };
  if (n0 != (g_n[2]->next ? g_n[2]->next : n1))
    memcpy (n0, (g_n[2]->next ? g_n[2]->next : n1), sizeof (struct node));
  unsigned long u132 = arr_sum (arr131, 4);
  struct node *arr133[4] = { g_n[1], (n2->next ? n2->next : n0), n2, n1 };
  n1->val += (n2->slot ? ((struct node *) n2->slot)->val : x0);
  n1 = n1;
  if (x0 % 7 == 1) return (n1->a[2] & 1 ? n1 : n1);
  if (d > 0)
  {
    struct node *p134 = r12 (d - 1, n0, n2, n2, (n0->next ? n0->next->val : g_n[1]->val));
  }
  return n2;
}

static unsigned long f13 (struct node *n0, struct node *n1)
{
  unsigned long acc = 0x7b48ae840039b3bdUL;
  struct node *p137 = gc_alloc (sizeof (struct node));
  p137->val = (2837689101UL ^ (0x6c2634d140370baUL / (n1->val | 1)));
  acc += (g_n[0]->val % (40UL | 1));
  f0 (p137, p137, p137, (0x2276e9d10665905cUL ^ 2UL));
  for (unsigned long i138 = 0; i138 < 1; i138++)
  {
    struct node *p139 = NEW (struct node);
    p139->val = list_len (p137);
    p139->next = g_n[3];
    p139->next = n1;
    n1 = p139;
  }
  g_acc += 1907164340UL;
  acc += (2UL & 1 ? g_n[1] : n1)->a[(g_n[0]->slot ? ((struct node *) g_n[0]->slot)->val : 0UL) & 3];
  struct node *w140 = n0;
  for (unsigned long i141 = 0; i141 < 3; i141++)
  {
    w140 = gc_alloc (sizeof (struct node));
    w140->val = i141 * (g_n[0]->val << (i141 & 63));
    acc += w140->val + list_sum (w140);
  }
  acc += apply (cb_bump, g_n[g_n[3]->val & 3], g_n[2]->val);
  return acc ^ g_n[3]->val;
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
  unsigned long acc = 56UL;
  struct node *p142 = NEW (struct node);
  p142->next = p142;
  { unsigned long *q = &p142->a[2]; *q ^= 0x5dc79511610aa307UL; }
  gc_free (p142);
  acc += (2517990880UL % (p142->val | 1));
  acc += ((3UL << (41UL & 63)) ? p142->a[g_n[0]->val & 3] : 51UL);
  struct node *p143 = gc_alloc (sizeof (struct node));
  p143->next = p142;
  p143->a[p142->val & 3] = 30UL;
  g_n[3] = p143;
  struct node *p144 = gc_alloc (sizeof (struct node));
  p144->val = (p143->slot ? ((struct node *) p143->slot)->val : 94UL);
  void *vp145 = p142;
  g_acc += (p142->slot ? ((struct node *) p142->slot)->val : (1UL ^ 0UL));
  for (unsigned long i146 = 0; i146 < 8; i146++)
  {
    struct node *p147 = gc_calloc (1, sizeof (struct node));
    p147->val = ((g_n[1]->val ? p142->a[3] : i146) * (69UL << (p147->a[3] & 63)));
    p147->next = p144;
    p142 = p142;
    p144 = p147;
  }
  unsigned long st148 = 0;
  for (struct node *q = p143; q && st148 < 8; q = q->next, st148++)
    acc += q->val * (st148 + 1);
  p142->a[(p143->a[1] % (g_n[1]->val | 1)) & 3] = (unsigned long) ((uintptr_t) (st148 & 1 ? p143 : p142) != 0);
  for (unsigned long i149 = 0; i149 < 4; i149++)
  {
    struct node *p150 = gc_alloc (sizeof (struct node));
    p150->val = (p142->a[39UL & 3] & (g_n[1]->val ? st148 : i149));
    p150->a[0] = (unsigned long) (p150 == p144);
    g_h.p = g_n[2];
    struct node *p151 = gc_alloc (sizeof (struct node));
    p151->val = list_sum (p144);
    struct node *p152 = NEW (struct node);
    p152->val = ((3843077663UL / (4130472095UL | 1)) ^ (unsigned long) ((uintptr_t) p151 != 0));
  }
  struct node **v153 = gc_alloc (4 * sizeof (struct node *));
  v153[0] = g_n[3];
  v153[1] = g_n[1];
  unsigned long u154 = ((st148 >> (p144->val & 63)) / (g_n[1]->val | 1));
  struct node *w155 = p143;
  for (unsigned long i156 = 0; i156 < 5; i156++)
  {
    w155 = gc_alloc (sizeof (struct node));
    w155->val = i156 * p143->a[1];
    acc += w155->val + list_sum (w155);
  }
  v153[w155->val & 3] = g_n[0];
  for (unsigned long i157 = 0; i157 < 8; i157++)
  {
    struct node *p158 = NEW (struct node);
    p158->next = (p144->val & 1 ? p142 : p144);
    p158->next = p142;
    p142 = p158;
  }
  r2 ((unsigned long) ((uintptr_t) p143 != 0) % 4, (g_n[2]->val | 60UL), list_len (p142));
  printf ("main.r2 %lu\n", acc);
  struct node *p159 = f6 (g_n[0], (v153[3] ? v153[3] : p142), p143);
  printf ("main.f6 %lu\n", acc);
  acc += f7 (g_n[1], ((struct node *) vp145));
  printf ("main.f7 %lu\n", acc);
  struct node *p160 = r8 (deep_sum (w155, 0) % 4, ((struct node *) vp145), (p144->next ? p144->next : w155));
  printf ("main.r8 %lu\n", acc);
  struct node *p161 = r9 ((g_n[0]->a[3] & u154) % 4, (w155->next ? w155->next : p143), st148, (st148 & st148));
  printf ("main.r9 %lu\n", acc);
  f10 (g_n[w155->a[2] & 3], (g_n[0]->other ? g_n[0]->other : g_n[1]));
  printf ("main.f10 %lu\n", acc);
  f11 (g_n[3], (p144->other ? p144->other : w155), (unsigned long) (w155 == p143), g_acc, &p142);
  printf ("main.f11 %lu\n", acc);
  p142 = r12 ((w155->a[0] & g_n[2]->val) % 4, (u154 & 1 ? p144 : p142), (0x501aed6f7b42a6aeUL & 1 ? g_n[0] : g_n[0]), g_n[0], deep_sum (w155, 2));
  printf ("main.r12 %lu\n", acc);
  acc += f13 ((g_n[0]->other ? g_n[0]->other : g_n[1]), g_n[1]);
  printf ("main.f13 %lu\n", acc);
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

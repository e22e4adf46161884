/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0022.c */
/* gcc-escape fuzz program, seed 22: testsuite/fuzz/gen 22 */
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

static struct node *f0 (unsigned long x0);
static struct node *f1 (unsigned long x0, struct node **out);
void r2 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0);
static struct node *r3 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static unsigned long r4 (unsigned long d, struct node *n0, struct node *n1, struct pair pr);
static struct node *r5 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, struct node **out);
static unsigned long f6 (struct node *n0, struct node *n1, struct node *n2);
static struct node *f7 (unsigned long x0, unsigned long x1);
void f8 (struct node *n0, struct node *n1, unsigned long x0);

static __attribute__ ((noinline)) struct node *f0 (unsigned long x0)
{
  unsigned long acc = 2UL;
  struct node *p2 = gc_alloc (sizeof (struct node));
  for (unsigned long i3 = 0; i3 < 6; i3++)
  {
    struct node *p4 = gc_alloc (sizeof (struct node));
    p4->val = (p4->next ? p4->next->val : (i3 << (0UL & 63)));
    p2 = p2;
  }
  struct node *p5 = gc_alloc (sizeof (struct node));
  p5->val = (0x2f3f93d301c5843bUL << (p2->a[x0 & 3] & 63));
  p5->next = (p2->other ? p2->other : p2);
  printf ("f0.0 %lu\n", acc);
  struct node **v6 = gc_alloc (4 * sizeof (struct node *));
  v6[0] = p2;
  v6[1] = (p5->next ? p5->next : p2);
  v6[3] = (p5->other ? p5->other : p2);
  __asm__ volatile ("" : : "r" (p5) : "memory");
  p5->next = g_n[g_n[3]->val & 3];
  struct node *p7 = gc_alloc (sizeof (struct node));
  return p2;
}

static __attribute__ ((noinline)) struct node *f1 (unsigned long x0, struct node **out)
{
  unsigned long acc = 0UL;
  struct node *p9 = gc_calloc (1, sizeof (struct node));
  p9->val = ((x0 & 1 ? p9 : p9)->next ? (x0 & 1 ? p9 : p9)->next->val : (p9->slot ? ((struct node *) p9->slot)->val : g_n[0]->val));
  p9 = f0 ((x0 << (x0 & 63)));
  printf ("f1.1 %lu\n", acc);
  struct node *p10 = gc_alloc (sizeof (struct node));
  p10->a[2] = p10->a[0];
  struct node *p11 = gc_alloc (sizeof (struct node));
  p11->val = ((x0 & 1 ? p10 : p10)->slot ? ((struct node *) (x0 & 1 ? p10 : p10)->slot)->val : (unsigned long) ((uintptr_t) p9 != 0));
  p11->a[1] = list_sum (p9);
  unsigned long *b12 = gc_alloc (64);
  for (unsigned long i13 = 0; i13 < 5; i13++)
  {
    struct node *p14 = gc_alloc (sizeof (struct node));
    p14->val = (1102493185UL ? (unsigned long) (p14 == p10) : (i13 * 1UL));
    p14->next = (70UL & 1 ? p10 : p9);
    p14->next = p11;
    acc += *out ? (*out)->val : b12[2];
    p11 = p14;
  }
  unsigned long u15 = (b12[3] / ((p9->next ? p9->next->val : p9->a[0]) | 1));
  if (b12[2] % 2 == 1)
  {
    struct node *p16 = NEW (struct node);
    p16->val = deep_sum (p10, 0);
    p16->next = (g_n[1]->other ? g_n[1]->other : p16);
    g_acc += (x0 ? p9->val : (x0 | x0));
    struct node *p17 = f0 ((p16->slot ? ((struct node *) p16->slot)->val : b12[3]));
  }
  else
  {
    unsigned long st18 = 0;
    for (struct node *q = p11; q && st18 < 8; q = q->next, st18++)
      acc += q->val * (st18 + 1);
    if ((b12[3] >> (g_n[3]->a[2] & 63)) % 7 == 1) return g_n[3];
  }
  return (*out ? *out : g_n[1]);
}

void r2 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 1703839660UL;
  if (d == 0)
    return;
  n0 = f0 ((n0->val | n1->a[3]));
  for (unsigned long i22 = 0; i22 < 6; i22++)
  {
    struct node *p23 = gc_alloc (64);
    p23->val = i22;
    p23->next = g_n[887971149UL & 3];
    p23->next = n1;
    n1 = p23;
  }
  struct node *p24 = gc_alloc (sizeof (struct node));
  p24->val = n0->a[3];
  p24->next = n1;
  n1->a[(g_n[1]->val * x0) & 3] = n0->val;
  { unsigned long *q = &n1->a[0]; *q ^= (0UL | g_n[3]->val); }
  n0 = n0;
  struct node *p25 = f1 (p24->val, &n0);
  n0 = f1 ((unsigned long) (p25 == n1), &p25);
  p24->other = (n0->other ? n0->other : n1);
  struct node *p26 = f1 ((g_n[3]->a[2] % (x0 | 1)), &n1);
  for (unsigned long i27 = 0; i27 < 4; i27++)
  {
    struct node *p28 = gc_alloc (64);
    p28->val = ((n0->next ? n0->next->val : g_n[2]->val) << (g_n[0]->val & 63));
    p28->a[2] = (i27 ? x0 : p25->val);
    acc += (g_n[1]->next ? g_n[1]->next->val : (2UL + g_n[1]->val));
    p26->next = (n0->next ? n0->next : p26);
  }
  if (d > 0)
  {
    n1 = r3 (d - 1, (p26->next ? p26->next : n0), p26, *g_up, (g_n[2]->next ? g_n[2]->next->val : 0x2081837a3fb81cd6UL));
  }
  g_acc ^= acc;
}

static struct node *r3 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x27d0cbff6271e0a6UL;
  if (d == 0)
    return n0;
  struct node *p33 = gc_alloc (sizeof (struct node));
  p33->val = p33->a[(24UL * n0->val) & 3];
  p33->next = n0;
  struct node *w34 = p33;
  for (unsigned long i35 = 0; i35 < 3; i35++)
  {
    w34 = gc_alloc (sizeof (struct node));
    w34->val = i35 * i35;
    acc += w34->val + list_sum (w34);
  }
  for (unsigned long i36 = 0; i36 < 3; i36++)
  {
    for (unsigned long i37 = 0; i37 < 6; i37++)
    {
      w34 = f1 ((1UL * w34->a[1]), &n1);
      for (unsigned long i38 = 0; i38 < 2; i38++)
      {
        struct node *p39 = gc_alloc (sizeof (struct node));
        p39->val = (g_n[2]->slot ? ((struct node *) g_n[2]->slot)->val : i36);
        p39->next = w34;
        g_h.p = n1;
        w34 = p39;
      }
    }
    p33->val += ((p33->other ? p33->other : p33)->next ? (p33->other ? p33->other : p33)->next->val : p33->val);
    n1 = n1;
  }
  struct node *p40 = gc_alloc (sizeof (struct node));
  p40->val = (unsigned long) (p40 == p33);
  p40->next = n0;
  struct node *p41 = gc_alloc (sizeof (struct node));
  p41->val = list_len (w34);
  unsigned long st42 = 0;
  for (struct node *q = (g_n[0]->a[0] & 1 ? p41 : w34); q && st42 < 8; q = q->next, st42++)
    acc += q->val * (st42 + 1);
  p33->slot = p40;
  if (d > 0)
  {
    r2 (d - 1, n0, p33, x0);
  }
  return n0;
}

static unsigned long r4 (unsigned long d, struct node *n0, struct node *n1, struct pair pr)
{
  unsigned long acc = 2770412430UL;
  if (d == 0)
    return acc;
  struct node *p45 = pr.a;
  unsigned long *b46 = gc_alloc (32);
  b46[0] = (b46[1] << (64UL & 63));
  b46[1] = 1206114731UL;
  { unsigned long *q = b46 + 1; q[-1] += q[1] + (n0->a[3] - p45->val); }
  struct node *w47 = n0;
  for (unsigned long i48 = 0; i48 < 4; i48++)
  {
    w47 = gc_alloc (sizeof (struct node));
    w47->val = i48 * b46[1];
    acc += w47->val + list_sum (w47);
  }
  acc += list_len (p45);
  w47->a[1UL & 3] = w47->val;
  g_n[2] = g_n[1];
  acc = mix (acc, g_n[2]->a[3UL & 3]);
  for (unsigned long i49 = 0; i49 < 2; i49++)
  {
    struct node *p50 = gc_alloc (sizeof (struct node));
    p50->val = p45->a[i49 & 3];
    n0->val += list_sum (p50);
  }
  if (d > 0)
  {
    struct node *p51 = r5 (d - 1, g_n[1], g_n[3], p45, &n0);
  }
  return acc ^ (n0->slot ? ((struct node *) n0->slot)->val : g_n[1]->a[1]);
}

static struct node *r5 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, struct node **out)
{
  unsigned long acc = 2555884424UL;
  if (d == 0)
    return n0;
  struct node *arr55[4] = { n1, n1, (*out ? *out : n1), (n2->next ? n2->next : n1) };
  acc += g_cb[(g_n[3]->val ? n1->val : 0x5908acee1bf1982cUL) & 3] ((n0->other ? n0->other : g_n[3]), n2->a[3]);
  arr55[g_n[1]->val & 3] = n0;
  void *vp56 = g_n[0];
  n2->slot = n0;
  for (unsigned long i57 = 0; i57 < 1; i57++)
  {
    struct node *p58 = gc_alloc (sizeof (struct node));
    p58->val = (list_sum (n2) ? i57 : deep_sum (p58, 0));
    p58->next = n0;
    n0 = p58;
  }
  n1->next = (n1->next ? n1->next : n1);
  acc += n0->a[0x2b9908760ab8904dUL & 3];
  *out = arr55[3584295699UL & 3];
  arr55[n0->val & 3] = n2;
  struct node *p59 = gc_alloc (sizeof (struct node));
  p59->val = n2->a[0];
  n0->next = (g_n[0]->other ? g_n[0]->other : n1);
  if (d > 0)
  {
    acc += r4 (d - 1, p59, g_n[3008368270UL & 3], (struct pair) { n0, n2 });
  }
  return (n1->other ? n1->other : n0);
}

static __attribute__ ((noinline)) unsigned long f6 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 3UL;
  struct node *p63 = gc_calloc (1, sizeof (struct node));
  p63->next = n2;
  if (n0->a[2] % 4 == 1)
  {
    n1->next = (n1->other ? n1->other : n1);
    g_acc += n1->val;
  }
  { unsigned long *q = &p63->a[3]; *q ^= (g_n[3]->val + 1842332702UL); }
  acc = mix (acc, (p63->slot ? ((struct node *) p63->slot)->val : 0x336e1f9e415c0aabUL));
  unsigned long *b64 = gc_alloc (32);
  b64[0] = (unsigned long) ((uintptr_t) p63 != 0);
  unsigned long st65 = 0;
  for (struct node *q = n1; q && st65 < 8; q = q->next, st65++)
    acc += q->val * (st65 + 1);
  acc += (unsigned long) ((uintptr_t) g_n[st65 & 3] != 0);
  acc = mix (acc, n1->val);
  struct node *p66 = gc_calloc (1, sizeof (struct node));
  p66->val = b64[b64[0] & 3];
  p66->next = n2;
  void *vp67 = (n0->other ? n0->other : n0);
  unsigned long *b68 = gc_alloc (64);
  b68[0] = n1->val;
  b68[3] = (0UL - st65);
  if (list_sum (n2) % 2 == 0)
  {
    struct node *w69 = p66;
    for (unsigned long i70 = 0; i70 < 1; i70++)
    {
      w69 = gc_alloc (sizeof (struct node));
      w69->val = i70 * (p63->next ? p63->next->val : 0UL);
      acc += w69->val + list_sum (w69);
    }
    struct node **v71 = gc_alloc (4 * sizeof (struct node *));
    v71[1] = n1;
    v71[3] = g_n[n0->a[3] & 3];
  }
  for (unsigned long i72 = 0; i72 < 4; i72++)
  {
    struct node *p73 = gc_alloc (sizeof (struct node));
    p73->val = b64[0];
    p73->a[3] = deep_sum (n1, 2);
    p73->next = n0;
    n0 = p73;
  }
  unsigned long *b74 = gc_alloc (96);
  b74[2] = (n2->next ? n2->next->val : p66->a[3]);
  return acc ^ (p63->a[2] | st65);
}

static struct node *f7 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x3fc2e96076ebbb8UL;
  struct node *p77 = gc_alloc (sizeof (struct node));
  p77->val = ((0x682937fd5da1e300UL * x0) >> (g_acc & 63));
  p77->a[1] = deep_sum (p77, 0);
  acc += (g_n[0]->val & 0x37536b0347904f1aUL);
  unsigned long *b78 = gc_alloc (64 + x0 % 16);
  b78[3] = (unsigned long) (g_n[1] == p77);
  p77->val += (0x6b7f721c41c2be8bUL + p77->a[p77->a[1] & 3]);
  p77->val += b78[2];
  p77->a[x1 & 3] = p77->a[b78[3] & 3];
  acc = mix (acc, p77->a[2]);
  p77->a[(p77->next ? p77->next->val : x1) & 3] = ((unsigned long) (p77 == p77) + p77->a[2]);
  struct node *p79 = gc_alloc (64);
  p79->val = (deep_sum (p79, 2) - (x0 - p79->a[1]));
  p79->a[3] = (x1 & b78[0]);
  p77 = p77;
  p77 = g_n[2];
  struct node *p80 = f0 (b78[x1 & 3]);
  p79->a[x0 & 3] = ((0x2f9376164f410631UL >> (71UL & 63)) & list_sum (p80));
  b78[b78[2] & 3] = ((x0 ? p79->a[0] : x0) ? list_sum (p77) : (unsigned long) (p79 == p80));
  struct node **v81 = gc_alloc (4 * sizeof (struct node *));
  v81[1] = g_n[x0 & 3];
  v81[3] = (p77->other ? p77->other : p77);
  for (unsigned long i82 = 0; i82 < 3; i82++)
  {
    struct node *p83 = gc_calloc (1, sizeof (struct node));
    p83->val = p80->val;
    p83->next = p79;
    p79 = p83;
  }
  g_up = &p77->a[3];
  struct node *w84 = p79;
  for (unsigned long i85 = 0; i85 < 5; i85++)
  {
    w84 = gc_alloc (sizeof (struct node));
    w84->val = i85 * p77->a[3];
    acc += w84->val + list_sum (w84);
  }
  return (b78[0] & 1 ? p77 : g_n[2]);
}

void f8 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 70UL;
  unsigned long *b89 = gc_alloc (96 + ((unsigned long) (g_n[2] == n1) & 7));
  b89[2] = g_acc;
  b89[3] = n0->a[1];
  void *vp90 = n0;
  printf ("f8.2 %lu\n", acc);
  x0 = r4 (x0 % 4, n1, (n0->other ? n0->other : g_n[0]), (struct pair) { (n1->other ? n1->other : n1), n1 });
  struct node **v91 = gc_alloc (4 * sizeof (struct node *));
  v91[0] = (n1->val & 1 ? g_n[0] : g_n[2]);
  v91[2] = (b89[1] & 1 ? g_n[1] : g_n[3]);
  v91[3] = (g_n[2]->other ? g_n[2]->other : g_n[3]);
  b89[((struct node *) vp90)->val & 3] = n0->a[3];
  n1->slot = g_n[0];
  struct node **v92 = gc_alloc (4 * sizeof (struct node *));
  v92[0] = (g_n[0]->a[2] & 1 ? g_n[0] : g_n[0]);
  v92[1] = g_n[3];
  v92[2] = g_n[3];
  v92[3] = g_n[1];
  struct node *p93 = f7 ((x0 - n1->a[0]), (x0 - 0x1e1f3da577283fcdUL));
  x0 = (p93->a[x0 & 3] | list_len (n1));
  struct node *p94 = NEW (struct node);
  p94->val = (unsigned long) (((struct node *) vp90) == p93);
  void *vp95 = n1;
  unsigned long u96 = (b89[x0 & 3] & 667628297UL);
  g_up = &p93->a[0];
  n1->slot = g_n[3];
  u96 = list_len ((n1->next ? n1->next : p94));
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
  unsigned long acc = 22UL;
  struct node *p97 = gc_alloc (sizeof (struct node));
  p97->val = *g_up;
  p97->next = p97;
  if ((9UL ? 351473420UL : 0x592c5a0a43e54695UL) % 2 == 1)
  {
    acc += 41UL;
    f8 (p97, p97, deep_sum (p97, 2));
    struct node **v98 = gc_alloc (4 * sizeof (struct node *));
    v98[0] = p97;
    v98[1] = p97;
    v98[2] = p97;
  }
  else
  {
    { unsigned long *q = &p97->a[2]; *q ^= (p97->val ? g_n[0]->val : 2856586249UL); }
  }
  void *vp99 = g_n[p97->a[0] & 3];
  struct node *p100 = f1 ((0UL + 0x544e9dc54cd215b5UL), &p97);
  struct node *p101 = (struct node *) ((uintptr_t) p100 | 0);
  if (p97 != ((struct node *) vp99))
    memcpy (p97, ((struct node *) vp99), sizeof (struct node));
  acc += list_len (p101);
  struct node *p102 = gc_alloc (sizeof (struct node));
  p102->val = ((48UL * 0x1442add3050a0a19UL) ? (2UL % (1180885045UL | 1)) : (3090648539UL << (p100->val & 63)));
  p102 = (0x1dfa607c34799a8aUL & 1 ? p102 : p102);
  struct node *p103 = gc_alloc (sizeof (struct node));
  p103->val = (p101->slot ? ((struct node *) p101->slot)->val : ((struct node *) vp99)->val);
  p103->next = p103;
  unsigned long st104 = 0;
  for (struct node *q = p100; q && st104 < 8; q = q->next, st104++)
    acc += q->val * (st104 + 1);
  f8 (((struct node *) vp99), (p102->other ? p102->other : p103), g_acc);
  unsigned long st105 = 0;
  for (struct node *q = p97; q && st105 < 8; q = q->next, st105++)
    acc += q->val * (st105 + 1);
  struct node *arr106[4] = { (g_n[1]->val & 1 ? p101 : p102), (p103->next ? p103->next : p102), (1UL & 1 ? p97 : p101), g_n[3] };
  arr106[(1UL << (g_n[3]->val & 63)) & 3] = (p97->other ? p97->other : p100);
  { unsigned long *q = &p102->a[0]; *q ^= (p100->slot ? ((struct node *) p100->slot)->val : st105); }
  r2 ((0x7f1795934f823332UL ? p102->a[0] : g_n[1]->val) % 4, g_n[2], ((struct node *) vp99), (st104 + 92UL));
  printf ("main.r2 %lu\n", acc);
  p97 = r3 (st105 % 4, (p101->other ? p101->other : p103), p101, (st104 ^ g_n[1]->val), (p103->a[3] | p103->val));
  printf ("main.r3 %lu\n", acc);
  p103 = r5 (st104 % 4, p102, g_n[st104 & 3], (g_n[0]->next ? g_n[0]->next : p103), &g_n[2]);
  printf ("main.r5 %lu\n", acc);
  acc += f6 (p97, p101, ((struct node *) vp99));
  printf ("main.f6 %lu\n", acc);
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

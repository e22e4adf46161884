/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0052.c */
/* gcc-escape fuzz program, seed 52: testsuite/fuzz/gen 52 */
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

static struct node *f0 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
unsigned long f1 (unsigned long x0);
static void r2 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1, struct node **out);
unsigned long r3 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, struct node **out);
static unsigned long f4 (struct node *n0, unsigned long x0, unsigned long x1, struct pair pr);
static void r5 (unsigned long d, struct node *n0, unsigned long x0, struct pair pr);
static struct node *r6 (unsigned long d, struct node *n0, unsigned long x0);
static void f7 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
void f8 (struct node *n0, struct node *n1, unsigned long x0, struct pair pr);
static void f9 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out, struct pair pr);
static void f10 (struct node *n0);
struct node *f11 (struct node *n0, unsigned long x0, unsigned long x1, struct pair pr);
static void f12 (struct node *n0, struct node *n1);
static struct node *f13 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static void f14 (struct node *n0, struct node *n1, struct node *n2);
static struct node *f15 (struct node *n0);
static unsigned long f16 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out);

static struct node *f0 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2UL;
  struct node *p5 = gc_alloc (64);
  acc += apply (cb_keep, p5, (n0->slot ? ((struct node *) n0->slot)->val : n1->a[1]));
  { unsigned long *q = &p5->a[3]; *q ^= (x1 / (g_n[1]->val | 1)); }
  struct node *p6 = gc_alloc (64);
  p6->val = g_n[0]->val;
  p6->next = n1;
  { unsigned long *q = &p6->a[3]; *q ^= x0; }
  acc += g_n[3]->a[(x0 ? 0x1949a03a37502f5cUL : x1) & 3];
  printf ("f0.0 %lu\n", acc);
  return n1;
}

unsigned long f1 (unsigned long x0)
{
  unsigned long acc = 0x2164dd240cc60419UL;
  struct node *p8 = gc_alloc (sizeof (struct node));
  p8->other = p8;
  p8->slot = p8;
  struct node *p9 = gc_alloc (sizeof (struct node));
  p9->val = ((g_n[2]->slot ? ((struct node *) g_n[2]->slot)->val : 1660241070UL) % ((unsigned long) (p9 == g_n[2]) | 1));
  acc += deep_sum (p8, 1);
  p8->val += (x0 & 0x2d7133e6681bbfacUL);
  if ((x0 << (x0 & 63)) % 4 == 1)
  {
    for (unsigned long i10 = 0; i10 < 1; i10++)
    {
      acc += cb_read (p8, (p8->val * p9->a[0]));
    }
  }
  return acc ^ (x0 | g_n[2]->val);
}

static void r2 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 0x324c4e7037cb6876UL;
  if (d == 0)
    return;
  acc = mix (acc, n0->a[0x694023a10c386430UL & 3]);
  if (d > 0)
  {
    r2 (d - 1, n0, (x0 ? n0->a[1] : 0UL), x1, &n0);
  }
  { struct node *volatile vol = n0; acc += vol->val; }
  unsigned long st14 = 0;
  for (struct node *q = n0; q && st14 < 8; q = q->next, st14++)
    acc += q->val * (st14 + 1);
  struct node *p15 = gc_alloc (sizeof (struct node));
  p15->val = (n0->next ? n0->next->val : (unsigned long) (p15 == g_n[1]));
  p15->a[1] = p15->a[3];
  p15->next = p15;
  g_acc += ((x0 >> (29UL & 63)) & deep_sum (p15, 0));
  struct node *p16 = gc_alloc (sizeof (struct node));
  p16->val = n0->a[2];
  p16->a[1] = g_n[3]->val;
  struct node *p17 = gc_alloc (sizeof (struct node));
  p17->val = p15->val;
  p17->next = (p16->next ? p16->next : p15);
  x1 = f1 (x1);
  struct node **v18 = gc_alloc (4 * sizeof (struct node *));
  v18[1] = g_n[n0->a[3] & 3];
  v18[3] = g_n[1UL & 3];
  struct node *p19 = gc_alloc (sizeof (struct node));
  p19->val = (p19->slot ? ((struct node *) p19->slot)->val : st14);
  p19->a[2] = g_n[3]->val;
  p19->next = p19;
  v18[(p16->slot ? ((struct node *) p16->slot)->val : n0->a[3]) & 3] = (p15->other ? p15->other : p15);
  struct node *p20 = f0 (p19, (*out ? *out : p16), (p16->slot ? ((struct node *) p16->slot)->val : x1), p15->a[p19->val & 3]);
  struct node **v21 = gc_alloc (4 * sizeof (struct node *));
  v21[3] = p19;
  if (((g_n[3]->val * p20->a[1]) & (p16->next ? p16->next->val : g_n[1]->val)) % 2 == 0)
  {
    x1 = f1 (x1);
    g_up = &p16->a[2];
    *out = p16;
  }
  else
  {
  }
  g_acc ^= acc;
}

unsigned long r3 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, struct node **out)
{
  unsigned long acc = 45UL;
  if (d == 0)
    return acc;
  if ((x0 ^ (n0->a[2] ? g_n[0]->val : 0xfd0b34903844648UL)) % 2 == 1)
  {
    if ((g_n[0]->val >> (n1->a[0] & 63)) % 2 == 1)
    {
      n1->val += (n1->next ? n1->next->val : (n1->val - x0));
    }
    else
    {
      struct node *arr25[4] = { n0, n1, (n0->next ? n0->next : n1), n0 };
      printf ("r3.1 %lu\n", acc);
      printf ("r3.2 %lu\n", acc);
    }
  }
  if (d > 0)
  {
    r2 (d - 1, (n1->next ? n1->next : n1), (n1->val + g_n[3]->val), 1UL, &n0);
  }
  return acc ^ (n0->slot ? ((struct node *) n0->slot)->val : 82UL);
}

static inline unsigned long f4 (struct node *n0, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 2962852284UL;
  struct node *p29 = pr.a;
  acc += apply (cb_keep, g_n[0], n0->a[3]);
  n0->other = (n0->next ? n0->next : n0);
  struct node *p30 = gc_alloc (sizeof (struct node));
  p30->a[3] = (unsigned long) (n0 == n0);
  acc += f1 ((p29->slot ? ((struct node *) p29->slot)->val : p30->val));
  r2 (list_sum (p29) % 4, g_n[0], (unsigned long) (g_n[2] == n0), list_sum (g_n[0]), &p29);
  acc += apply (cb_read, p29, g_n[1]->val);
  g_list->other = g_n[1];
  p29->slot = g_n[0];
  p29->a[(p30->a[1] | 2440403899UL) & 3] = ((n0->slot ? ((struct node *) n0->slot)->val : n0->a[2]) & 3UL);
  { struct node *volatile vol = p29; acc += vol->val; }
  for (unsigned long i31 = 0; i31 < 3; i31++)
  {
    struct node *p32 = gc_alloc (sizeof (struct node));
    p32->val = 2UL;
    p32->a[0] = (x0 >> (g_n[2]->val & 63));
    p32->next = (g_n[2]->next ? g_n[2]->next : p29);
    n0->a[i31 & 3] = (0UL + n0->val);
  }
  struct node *p33 = gc_alloc (sizeof (struct node));
  p33->val = x0;
  { unsigned long *q = &p30->a[0]; *q ^= (0x4ae4c3357299147aUL << (g_n[0]->val & 63)); }
  return acc ^ g_n[2]->val;
}

static void r5 (unsigned long d, struct node *n0, unsigned long x0, struct pair pr)
{
  unsigned long acc = 3UL;
  if (d == 0)
    return;
  struct node *p36 = pr.b;
  struct node *p37 = gc_alloc (64);
  unsigned long st38 = 0;
  for (struct node *q = (p37->next ? p37->next : n0); q && st38 < 8; q = q->next, st38++)
    acc += q->val * (st38 + 1);
  acc += (x0 >> (list_sum (n0) & 63));
  acc += f4 ((g_n[1]->other ? g_n[1]->other : p36), (p37->val ? p36->a[1] : p36->val), (11UL ? g_n[0]->val : p36->a[3]), (struct pair) { p37, n0 });
  struct node *p39 = f0 ((p36->next ? p36->next : p37), g_n[2], 29UL, st38);
  acc = mix (acc, (2UL | x0));
  r2 ((p39->val & g_n[3]->val) % 4, p39, p36->val, g_acc, &n0);
  g_up = &p39->a[0];
  p36->val += deep_sum (p36, 0);
  gc_free (p36);
  struct node *p40 = gc_alloc (sizeof (struct node));
  p40->val = (unsigned long) ((uintptr_t) n0 != 0);
  p40->next = p40;
  struct node **v41 = gc_alloc (4 * sizeof (struct node *));
  v41[0] = g_n[3];
  v41[3] = p39;
  n0->next = (p40->other ? p40->other : p40);
  struct node *p42 = gc_alloc (sizeof (struct node));
  for (unsigned long i43 = 0; i43 < 6; i43++)
  {
    struct node *p44 = gc_alloc (sizeof (struct node));
    p44->val = (p39->a[2] & x0);
    x0 = f1 ((unsigned long) ((uintptr_t) p37 != 0));
  }
  if (d > 0)
  {
    struct node *p45 = r6 (d - 1, (v41[2] ? v41[2] : p39), g_acc);
  }
  g_acc ^= acc;
}

static inline struct node *r6 (unsigned long d, struct node *n0, unsigned long x0)
{
  unsigned long acc = 329585837UL;
  if (d == 0)
    return n0;
  unsigned long *b48 = gc_alloc (64);
  b48[0] = list_sum (n0);
  b48[2] = 4248942031UL;
  g_acc += list_sum (n0);
  n0->next = n0;
  acc += r3 ((g_n[2]->val ^ x0) % 4, n0, n0, (x0 & b48[1]), &n0);
  x0 = b48[3];
  for (unsigned long i49 = 0; i49 < 4; i49++)
  {
    struct node *p50 = gc_calloc (1, sizeof (struct node));
    p50->val = ((n0->val >> (71UL & 63)) - (n0->next ? n0->next->val : n0->a[2]));
    acc += list_len (p50);
    acc = mix (acc, (p50->next ? p50->next->val : 0x640bb2517c2bd15eUL));
  }
  printf ("r6.3 %lu\n", acc);
  n0->next = n0;
  for (unsigned long i51 = 0; i51 < 4; i51++)
  {
    struct node *p52 = gc_alloc (sizeof (struct node));
    p52->val = deep_sum ((n0->next ? n0->next : p52), 2);
    b48[(n0->next ? n0->next->val : x0) & 3] = (p52->a[0] / (b48[1] | 1));
    unsigned long *b53 = gc_alloc (96);
    b53[0] = (p52->a[2] & p52->val);
    b53[1] = g_n[3]->a[1];
    b53[2] = (n0->next ? n0->next->val : i51);
  }
  unsigned long u54 = deep_sum ((n0->next ? n0->next : g_n[0]), 2);
  if (d > 0)
  {
    r5 (d - 1, n0, n0->a[n0->val & 3], (struct pair) { n0, g_n[u54 & 3] });
  }
  return (u54 & 1 ? n0 : n0);
}

static void f7 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x3a6761d35932e703UL;
  struct node *arr60[4] = { n0, n1, (n1->next ? n1->next : n0), n0 };
  struct node s61 = { 0 };
  s61.val = n2->a[x0 & 3];
  g_acc += ((n1->val ? x1 : x0) ? (n2->next ? n2->next->val : n0->val) : (n1->slot ? ((struct node *) n1->slot)->val : x1));
  x0 = r3 (n2->a[942165672UL & 3] % 4, n2, n2, (n0->val ^ 17UL), &n1);
  unsigned long *b62 = gc_alloc (64);
  b62[2] = s61.val;
  b62[3] = *g_up;
  qsort (arr60, 4, sizeof arr60[0], cmp_nodes);
  b62[(n0->val ? x1 : x0) & 3] = b62[2];
  if (n1 != n0)
    memcpy (n1, n0, sizeof (struct node));
  for (unsigned long i63 = 0; i63 < 5; i63++)
  {
    struct node *p64 = gc_alloc (sizeof (struct node));
    p64->val = list_sum (&s61);
    void *vp65 = (n1->next ? n1->next : p64);
    acc += g_cb[b62[n1->val & 3] & 3] ((p64->next ? p64->next : n1), (x0 ^ i63));
  }
  g_acc ^= acc;
}

__attribute__ ((noinline)) void f8 (struct node *n0, struct node *n1, unsigned long x0, struct pair pr)
{
  unsigned long acc = 93UL;
  struct node *p69 = pr.b;
  struct node *p70 = gc_calloc (1, sizeof (struct node));
  p70->a[0] = (x0 << (n0->a[1] & 63));
  n0->other = g_n[x0 & 3];
  acc += ((n1->val % (g_n[1]->val | 1)) ? g_acc : x0);
  for (unsigned long i71 = 0; i71 < 1; i71++)
  {
    g_any = p69;
  }
  struct node *p72 = f0 (p69, p69, p69->val, 77UL);
  p70 = n1;
  g_acc ^= acc;
}

static void f9 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out, struct pair pr)
{
  unsigned long acc = 3UL;
  struct node *p76 = pr.b;
  struct node *p77 = gc_alloc (sizeof (struct node));
  p77->next = n0;
  unsigned long *b78 = gc_alloc (64);
  b78[0] = g_acc;
  n0->val += (p77->slot ? ((struct node *) p77->slot)->val : (p77->next ? p77->next->val : b78[0]));
  b78[(p77->val ^ n0->a[1]) & 3] = (unsigned long) ((x1 & 1 ? p76 : p76) == n0);
  *out = g_n[n0->a[1] & 3];
  if (g_acc % 3 == 1)
  {
    for (unsigned long i79 = 0; i79 < 5; i79++)
    {
      struct node *p80 = gc_alloc (sizeof (struct node));
      p80->val = (unsigned long) (p76 == n0);
      p80->a[1] = (unsigned long) ((uintptr_t) p80 != 0);
      unsigned long st81 = 0;
      for (struct node *q = (g_n[2]->next ? g_n[2]->next : p76); q && st81 < 8; q = q->next, st81++)
        acc += q->val * (st81 + 1);
      struct node *p82 = gc_alloc (64);
      p82->val = ((p77->val & 1 ? p77 : p77)->slot ? ((struct node *) (p77->val & 1 ? p77 : p77)->slot)->val : (unsigned long) ((uintptr_t) p82 != 0));
      p82->next = p82;
    }
    struct node *p83 = gc_calloc (1, sizeof (struct node));
    p83->val = p77->a[1];
    p83->a[2] = deep_sum (n0, 2);
    p83->next = p83;
    n0->a[(b78[2] | p83->val) & 3] = x1;
  }
  else
  {
  }
  g_acc ^= acc;
}

static void f10 (struct node *n0)
{
  unsigned long acc = 84UL;
  struct node *p85 = gc_alloc (64);
  p85->val = ((g_n[3]->val & p85->val) - (unsigned long) ((uintptr_t) n0 != 0));
  p85->a[3] = n0->val;
  struct node *p86 = NEW (struct node);
  p86->val = (p86->a[0] >> (2584081991UL & 63));
  struct node *p87 = gc_alloc (sizeof (struct node));
  p87->val = (p86->a[0] | 1345702092UL);
  void *vp88 = p85;
  struct node *p89 = gc_calloc (1, sizeof (struct node));
  p89->val = (n0->a[3] % (14UL | 1));
  p89->next = ((struct node *) vp88);
  { unsigned long *q = &n0->a[3]; *q ^= (82UL + n0->a[0]); }
  p85->other = (p85->other ? p85->other : p85);
  acc += ((2UL & 1 ? p87 : n0)->next ? (2UL & 1 ? p87 : n0)->next->val : 0xf24d35c13fe94a0UL);
  acc = mix (acc, list_len (p85));
  acc = mix (acc, (unsigned long) ((uintptr_t) g_n[1] != 0));
  struct node *p90 = NEW (struct node);
  p90->val = 3639920942UL;
  unsigned long st91 = 0;
  for (struct node *q = p87; q && st91 < 8; q = q->next, st91++)
    acc += q->val * (st91 + 1);
  g_acc += (p89->a[1] / (g_n[2]->val | 1));
  unsigned long u92 = deep_sum (((struct node *) vp88), 1);
  if (u92 % 4 == 1) return;
  g_acc ^= acc;
}

struct node *f11 (struct node *n0, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 1638554184UL;
  struct node *p96 = pr.a;
  struct node *p97 = NEW (struct node);
  p97->val = list_sum (p96);
  p97->a[3] = (x0 << (p97->val & 63));
  p97->next = p97;
  for (unsigned long i98 = 0; i98 < 1; i98++)
  {
    struct node *p99 = gc_alloc (64);
    p99->val = (*g_up ^ i98);
    p99->next = g_n[1550239910UL & 3];
    printf ("f11.4 %lu\n", acc);
    n0->val += p99->a[3];
    p96->val += g_n[1]->a[3];
    if (n0->a[292900629UL & 3] % 5 == 1) return p99;
  }
  if (g_n[0]->a[*g_up & 3] % 2 == 0)
  {
  }
  acc = mix (acc, (p96->val >> (g_n[3]->val & 63)));
  struct node *p100 = gc_alloc (sizeof (struct node));
  p100->next = p96;
  unsigned long *b101 = gc_alloc (64);
  b101[1] = (unsigned long) (p100 == p100);
  for (unsigned long i102 = 0; i102 < 5; i102++)
  {
    struct node *p103 = NEW (struct node);
    p103->val = (p103->slot ? ((struct node *) p103->slot)->val : i102);
    p103->next = g_n[0];
    g_acc += n0->a[0];
  }
  return g_n[2];
}

static void f12 (struct node *n0, struct node *n1)
{
  unsigned long acc = 0x37633aec259e0d99UL;
  struct node *p106 = NEW (struct node);
  struct node **v107 = gc_alloc (4 * sizeof (struct node *));
  v107[2] = g_n[0];
  v107[3] = (2193724346UL & 1 ? p106 : g_n[2]);
  f7 (n0, n0, g_n[2], 0UL, (n1->a[3] >> (p106->a[3] & 63)));
  p106->a[0x2763336e21641810UL & 3] = ((v107[3] ? v107[3]->val : p106->val) & (g_n[3]->slot ? ((struct node *) g_n[3]->slot)->val : 4225020871UL));
  acc += 0x4f0b742e397477edUL;
  struct node *p108 = f0 (p106, (2UL & 1 ? g_n[0] : g_n[3]), list_len (n0), (g_n[1]->val - 93UL));
  printf ("f12.5 %lu\n", acc);
  { unsigned long *q = &n1->a[1]; *q ^= g_n[0]->a[3]; }
  acc += ((1747545303UL ? 91UL : g_n[3]->val) & (g_n[0]->val / (n0->val | 1)));
  g_acc += (p106->a[0] + (91UL - p106->val));
  unsigned long u109 = 18UL;
  g_acc ^= acc;
}

static struct node *f13 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 0x7ef8ca6218bbb0dUL;
  struct node *p114 = gc_alloc (sizeof (struct node));
  g_acc += g_n[2]->val;
  acc += cb_read (g_n[2], (g_n[1]->val ? g_n[3]->a[3] : 3UL));
  acc += ((unsigned long) ((uintptr_t) p114 != 0) % (g_n[2]->val | 1));
  if (((p114->val & 1 ? p114 : n0)->slot ? ((struct node *) (p114->val & 1 ? p114 : n0)->slot)->val : (n2->next ? n2->next->val : g_n[3]->val)) % 2 == 1)
  {
    struct node s115 = { 0 };
    s115.val = 10UL;
    s115.next = (n1->next ? n1->next : n0);
    s115.other = p114;
    acc += f1 (deep_sum (n2, 1));
  }
  else
  {
    if (n2 != (n0->other ? n0->other : n1))
      memcpy (n2, (n0->other ? n0->other : n1), sizeof (struct node));
    acc += ((x0 | 1309953611UL) - n2->a[87UL & 3]);
  }
  acc += f1 (g_n[0]->val);
  for (unsigned long i116 = 0; i116 < 5; i116++)
  {
    struct node *p117 = gc_alloc (64 + ((p114->a[1] * i116) & 7));
    p117->val = 74UL;
    p117->next = (p114->other ? p114->other : n2);
    p117->next = n1;
    n1 = p117;
  }
  n1->slot = g_n[1];
  if (n1 != n2)
    memcpy (n1, n2, sizeof (struct node));
  for (unsigned long i118 = 0; i118 < 7; i118++)
  {
    struct node *p119 = gc_alloc (sizeof (struct node));
    p119->val = i118;
    p119->next = n0;
    p119->next = n1;
    n1 = p119;
  }
  unsigned long st120 = 0;
  for (struct node *q = (n1->other ? n1->other : n0); q && st120 < 8; q = q->next, st120++)
    acc += q->val * (st120 + 1);
  x0 = f4 (n2, n1->a[st120 & 3], x0, (struct pair) { n0, p114 });
  g_acc += (n2->slot ? ((struct node *) n2->slot)->val : x0);
  return g_n[2];
}

static __attribute__ ((noinline)) void f14 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 2UL;
  struct node *w124 = n1;
  for (unsigned long i125 = 0; i125 < 2; i125++)
  {
    w124 = gc_alloc (sizeof (struct node));
    w124->val = i125 * 0x92354835b4dff3cUL;
    acc += w124->val + list_sum (w124);
  }
  struct node *p126 = NEW (struct node);
  acc += f4 ((p126->other ? p126->other : g_n[2]), g_n[1]->val, 0x468af2a8286445f4UL, (struct pair) { g_n[3], (p126->next ? p126->next : n1) });
  struct node *p127 = (struct node *) ((uintptr_t) n2 | 0);
  struct node s128 = { 0 };
  s128.val = (n1->a[1] ? 33UL : 0x585ccacc18061106UL);
  s128.other = p127;
  acc += apply (cb_bump, n1, (2UL & g_n[1]->val));
  gc_free (p127);
  { struct node *volatile vol = n2; acc += vol->val; }
  unsigned long st129 = 0;
  for (struct node *q = g_n[1]; q && st129 < 8; q = q->next, st129++)
    acc += q->val * (st129 + 1);
  g_up = &n1->a[1];
  w124 = (s128.next ? s128.next : n2);
  g_acc ^= acc;
}

static struct node *f15 (struct node *n0)
{
  unsigned long acc = 893793125UL;
  struct node *p131 = gc_alloc (sizeof (struct node));
  p131->val = list_sum (n0);
  p131->next = p131;
  g_n[1]->next = (g_n[2]->next ? g_n[2]->next : p131);
  if (0x7abb51a657fe6984UL % 2 == 0)
  {
    for (unsigned long i132 = 0; i132 < 2; i132++)
    {
      struct node *p133 = gc_alloc (64);
      p133->val = i132;
      p133->next = p133;
    }
  }
  else
  {
    unsigned long *b134 = gc_alloc (64 + (p131->a[2] & 7));
    b134[1] = (b134[2] % (1737431628UL | 1));
    b134[3] = (n0->val ? 0UL : 0x6aee3f6456f9be99UL);
  }
  for (unsigned long i135 = 0; i135 < 6; i135++)
  {
    struct node *p136 = NEW (struct node);
    p136->next = n0;
    unsigned long *b137 = gc_calloc (12, sizeof (unsigned long));
    b137[1] = (p136->a[1] - g_n[2]->a[0]);
    b137[3] = b137[1];
    if ((unsigned long) ((uintptr_t) p131 != 0) % 5 == 1) return g_n[1];
  }
  if (list_sum ((g_n[2]->next ? g_n[2]->next : p131)) % 2 == 0)
  {
    unsigned long *b138 = gc_alloc (32);
    struct node *p139 = NEW (struct node);
    p139->val = (85UL + b138[1]);
  }
  else
  {
  }
  return g_n[2];
}

static __attribute__ ((noinline)) unsigned long f16 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 925036845UL;
  struct node *p145 = gc_alloc (sizeof (struct node));
  p145->val = x1;
  g_n[2] = n2;
  struct node *p146 = gc_calloc (1, sizeof (struct node));
  p146->val = (unsigned long) ((uintptr_t) n0 != 0);
  struct node s147 = { 0 };
  s147.val = n0->a[g_n[3]->val & 3];
  s147.other = n1;
  acc += cb_read ((1616228171UL & 1 ? n1 : n0), (n1->a[0] & x0));
  printf ("f16.6 %lu\n", acc);
  acc += *out ? (*out)->val : g_acc;
  gc_free (p145);
  unsigned long st148 = 0;
  for (struct node *q = (p146->a[0] & 1 ? n1 : g_n[1]); q && st148 < 8; q = q->next, st148++)
    acc += q->val * (st148 + 1);
  struct node *p149 = f11 ((p145->other ? p145->other : n0), (unsigned long) ((uintptr_t) n0 != 0), (p145->a[0] % (g_n[3]->val | 1)), (struct pair) { (n0->a[3] & 1 ? p146 : n1), (n1->other ? n1->other : n1) });
  p149->val += deep_sum (p149, 2);
  g_acc += 3244083630UL;
  return acc ^ n0->val;
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
  unsigned long acc = 52UL;
  struct node *p150 = gc_alloc (64);
  p150->next = p150;
  p150->other = p150;
  void *vp151 = p150;
  struct node s152 = { 0 };
  s152.val = (3980076628UL & 58UL);
  s152.other = g_n[2601375614UL & 3];
  if (((struct node *) vp151)->val % 2 == 1)
  {
    p150->val += (unsigned long) (g_n[p150->a[3] & 3] == g_n[0]);
  }
  g_list = p150;
  acc += f16 (g_n[g_n[2]->val & 3], g_n[0], g_n[1], (p150->next ? p150->next->val : g_n[3]->val), p150->a[p150->a[1] & 3], &p150);
  struct node *p153 = gc_calloc (1, sizeof (struct node));
  p153->val = (g_n[2]->val + s152.val);
  p153->next = p153;
  acc += apply (cb_read, p153, 62UL);
  struct node **v154 = gc_alloc (4 * sizeof (struct node *));
  v154[0] = p153;
  v154[1] = g_n[3572083863UL & 3];
  v154[2] = p153;
  acc += r3 (p150->a[g_n[2]->a[1] & 3] % 4, (p153->next ? p153->next : p153), (g_n[0]->val & 1 ? p153 : p153), (unsigned long) ((uintptr_t) p150 != 0), &p150);
  p153->other = p153;
  acc += (unsigned long) (p150 == p153);
  r5 (list_sum (p150) % 4, g_n[3], (v154[3] ? v154[3]->val : g_n[3]->val), (struct pair) { (p150->next ? p150->next : p153), p150 });
  printf ("main.r5 %lu\n", acc);
  p153 = r6 (s152.a[1] % 4, p153, p150->a[g_n[1]->val & 3]);
  printf ("main.r6 %lu\n", acc);
  f8 ((p153->other ? p153->other : p153), (v154[3] ? v154[3] : p153), (v154[0] ? v154[0]->val : g_n[3]->val), (struct pair) { p153, (v154[2] ? v154[2] : p153) });
  printf ("main.f8 %lu\n", acc);
  f9 ((v154[1] ? v154[1] : p153), (unsigned long) (g_n[0] == p153), (p153->next ? p153->next->val : 75UL), &g_n[3], (struct pair) { (s152.next ? s152.next : p150), (v154[2] ? v154[2] : g_n[1]) });
  printf ("main.f9 %lu\n", acc);
  f10 ((s152.next ? s152.next : p153));
  printf ("main.f10 %lu\n", acc);
  f12 (g_n[0x23743d82132f50fcUL & 3], (v154[0] ? v154[0] : p153));
  printf ("main.f12 %lu\n", acc);
  struct node *p155 = f13 ((0x77adb872139b1673UL & 1 ? p153 : p150), p150, (0x7d6fb115457d438aUL & 1 ? p150 : p153), (704401093UL - p150->a[2]));
  printf ("main.f13 %lu\n", acc);
  f14 ((24UL & 1 ? p153 : p153), (1UL & 1 ? p153 : g_n[3]), p150);
  printf ("main.f14 %lu\n", acc);
  struct node *p156 = f15 (p153);
  printf ("main.f15 %lu\n", acc);
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

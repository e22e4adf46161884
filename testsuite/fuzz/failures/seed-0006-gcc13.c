/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-13. Reproduce: testsuite/fuzz/check.sh --gcc 13 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0006-gcc13.c */
/* gcc-escape fuzz program, seed 6: testsuite/fuzz/gen 6 */
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

static unsigned long f0 (struct pair pr);
static unsigned long r1 (unsigned long d, struct node *n0);
void r2 (unsigned long d, struct node *n0, struct node *n1, struct node **out);
void f3 (struct node *n0, unsigned long x0, struct node **out);
static unsigned long f4 (unsigned long x0, unsigned long x1, struct node **out);
static unsigned long f5 (struct node *n0, struct node **out);
static struct node *r6 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out);
void f7 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr);
void r8 (unsigned long d, struct node *n0, struct node **out);
static struct node *r9 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1, struct pair pr);
static unsigned long r10 (unsigned long d, struct node *n0, unsigned long x0);
static void r11 (unsigned long d);
static struct node *r12 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1);
static void f13 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr);
static void r14 (unsigned long d, struct node *n0, struct node *n1, struct node *n2);
static struct node *r15 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static struct node *f16 (unsigned long x0, unsigned long x1, struct pair pr);

static __attribute__ ((noinline)) unsigned long f0 (struct pair pr)
{
  unsigned long acc = 0x19bc57a921b86148UL;
  struct node *p1 = pr.b;
  struct node *p2 = gc_alloc (sizeof (struct node));
  p2->val = 77UL;
  for (unsigned long i3 = 0; i3 < 4; i3++)
  {
    if ((unsigned long) ((uintptr_t) g_n[g_n[3]->val & 3] != 0) % 2 == 0)
    {
      struct node *p4 = gc_alloc (64);
      p4->val = g_n[3]->val;
      if ((p2->a[2] & 0x4d8051052d4ec5a2UL) % 2 == 0)
      {
        struct node *p5 = gc_alloc (sizeof (struct node));
        p5->val = (p4->a[3] ^ list_len (p5));
        p5->a[3] = (i3 / (p4->a[0] | 1));
        p5->next = g_n[i3 & 3];
        void *vp6 = p4;
        gc_free (p1);
      }
    }
  }
  return acc ^ (666512379UL % (p1->val | 1));
}

static unsigned long r1 (unsigned long d, struct node *n0)
{
  unsigned long acc = 0x4f20e9d6345c2656UL;
  if (d == 0)
    return acc;
  struct node *p8 = gc_calloc (1, sizeof (struct node));
  p8->next = p8;
  { unsigned long *q = &n0->a[3]; *q ^= (unsigned long) (n0 == p8); }
  for (unsigned long i9 = 0; i9 < 2; i9++)
  {
    struct node *p10 = NEW (struct node);
    p10->val = (unsigned long) ((uintptr_t) n0 != 0);
    p10->next = (n0->next ? n0->next : p8);
    p10->next = n0;
    n0 = p10;
  }
  if (0UL % 2 == 1)
  {
    unsigned long u11 = ((unsigned long) ((uintptr_t) p8 != 0) * 59UL);
  }
  else
  {
    g_acc += deep_sum (n0, 2);
  }
  p8->a[(0x10ac34224fa8cc4UL + g_n[1]->val) & 3] = ((3UL ? n0->val : 52UL) + 204038966UL);
  g_acc += list_sum (n0);
  struct node *p12 = NEW (struct node);
  p12->val = ((unsigned long) ((uintptr_t) p8 != 0) >> ((p8->val % (1497132847UL | 1)) & 63));
  for (unsigned long i13 = 0; i13 < 3; i13++)
  {
    struct node *p14 = gc_alloc (sizeof (struct node));
    p14->val = (list_len (g_n[2]) | (p8->val / (i13 | 1)));
    p14->a[3] = list_sum (p8);
    p14->next = (g_n[0]->next ? g_n[0]->next : p14);
    struct node **v15 = gc_alloc (4 * sizeof (struct node *));
    v15[0] = g_n[3];
    v15[1] = (g_n[1]->next ? g_n[1]->next : g_n[1]);
    acc += f0 ((struct pair) { g_n[1], g_n[0] });
    struct node *p16 = NEW (struct node);
    p16->val = ((i13 + i13) * list_len (p8));
    p16->a[2] = (g_n[1]->val + n0->a[0]);
  }
  p8->slot = g_n[3];
  for (unsigned long i17 = 0; i17 < 3; i17++)
  {
    struct node *p18 = gc_calloc (1, sizeof (struct node));
    p18->val = (n0->val % (3999189UL | 1));
    p18->next = p18;
    n0->a[i17 & 3] = 8UL;
  }
  if (d > 0)
  {
    r2 (d - 1, p12, g_n[134608861UL & 3], &p8);
  }
  return acc ^ (p8->next ? p8->next->val : 75UL);
}

void r2 (unsigned long d, struct node *n0, struct node *n1, struct node **out)
{
  unsigned long acc = 89UL;
  if (d == 0)
    return;
  struct node *p21 = gc_alloc (sizeof (struct node));
  p21->val = deep_sum ((p21->val & 1 ? p21 : p21), 1);
  p21->a[0] = *g_up;
  n1->a[(p21->val ? g_n[3]->val : 0UL) & 3] = list_sum ((*out ? *out : n1));
  struct node s22 = { 0 };
  s22.val = (g_n[2]->val / (g_n[2]->a[0] | 1));
  *out = n1;
  if (d > 0)
  {
    acc += r1 (d - 1, n0);
  }
  *out = g_n[0];
  struct node *p23 = gc_alloc (sizeof (struct node));
  p23->val = (1UL - 27UL);
  struct node *p24 = gc_alloc (sizeof (struct node));
  p24->val = g_acc;
  p24->next = p24;
  struct node *w25 = n1;
  for (unsigned long i26 = 0; i26 < 3; i26++)
  {
    w25 = gc_alloc (sizeof (struct node));
    w25->val = i26 * (g_n[2]->val ? g_n[0]->a[3] : w25->a[2]);
    acc += w25->val + list_sum (w25);
  }
  acc += (unsigned long) ((uintptr_t) p23 != 0);
  acc += apply (cb_bump, p23, 0UL);
  g_n[2] = n0;
  g_acc += (n0->slot ? ((struct node *) n0->slot)->val : (w25->next ? w25->next->val : 69UL));
  struct node *p27 = gc_alloc (sizeof (struct node));
  p27->val = ((*out ? *out : g_n[2])->next ? (*out ? *out : g_n[2])->next->val : list_sum (p23));
  p27->a[1] = 84UL;
  if ((p21->next ? p21->next->val : w25->a[3]) % 5 == 1) return;
  unsigned long u28 = ((s22.next ? s22.next : p23)->next ? (s22.next ? s22.next : p23)->next->val : p27->a[3]);
  struct node *p29 = gc_alloc (sizeof (struct node));
  p29->val = ((g_n[3]->val ^ g_n[2]->val) ^ u28);
  p29->next = (p21->other ? p21->other : n1);
  acc += apply (cb_bump, (w25->a[0] & 1 ? p24 : n1), s22.val);
  g_acc ^= acc;
}

void f3 (struct node *n0, unsigned long x0, struct node **out)
{
  unsigned long acc = 0x45935cd0238c3bddUL;
  *out = g_n[3];
  n0->val += deep_sum (n0, 0);
  struct node s32 = { 0 };
  s32.val = (unsigned long) ((uintptr_t) n0 != 0);
  s32.next = (*out ? *out : g_n[2]);
  printf ("f3.0 %lu\n", acc);
  if ((n0->slot ? ((struct node *) n0->slot)->val : (1975798426UL >> (x0 & 63))) % 2 == 1)
  {
    n0->a[n0->val & 3] = ((n0->next ? n0->next->val : x0) * x0);
  }
  else
  {
    for (unsigned long i33 = 0; i33 < 4; i33++)
    {
      struct node *p34 = gc_alloc (sizeof (struct node));
      p34->val = ((i33 ^ 0x1029a4c490a7f0eUL) * x0);
      p34->next = p34;
      p34->next = n0;
      n0 = p34;
    }
    n0->val += s32.val;
    unsigned long st35 = 0;
    for (struct node *q = (n0->other ? n0->other : n0); q && st35 < 8; q = q->next, st35++)
      acc += q->val * (st35 + 1);
  }
  g_acc ^= acc;
}

static unsigned long f4 (unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 0x4ef6fa3b3c1632ecUL;
  struct node *p38 = gc_alloc (64);
  p38->val = (*g_up + (g_n[1]->val * x0));
  p38->a[0] = x0;
  for (unsigned long i39 = 0; i39 < 4; i39++)
  {
    struct node *p40 = gc_calloc (1, sizeof (struct node));
    p40->val = ((x1 & 3UL) >> ((i39 * 1087181966UL) & 63));
    p40->a[3] = (x1 * x0);
    acc += f0 ((struct pair) { (g_n[3]->other ? g_n[3]->other : g_n[3]), (g_n[2]->next ? g_n[2]->next : g_n[1]) });
  }
  *out = p38;
  struct node *p41 = gc_alloc (64);
  p41->val = deep_sum (p38, 1);
  acc += g_cb[p41->a[3] & 3] (g_n[3], list_sum (p41));
  x0 = r1 (p41->a[p38->a[1] & 3] % 4, p38);
  *out = g_n[p38->a[1] & 3];
  *out = (*out ? *out : g_n[2]);
  return acc ^ (unsigned long) (p38 == p41);
}

static __attribute__ ((noinline)) unsigned long f5 (struct node *n0, struct node **out)
{
  unsigned long acc = 0x6f2a895f493311acUL;
  struct node *p43 = gc_alloc (sizeof (struct node));
  p43->val = n0->a[g_n[3]->val & 3];
  p43->next = (p43->next ? p43->next : p43);
  struct node *p44 = gc_calloc (1, sizeof (struct node));
  p44->next = p43;
  struct node *w45 = n0;
  for (unsigned long i46 = 0; i46 < 3; i46++)
  {
    w45 = gc_alloc (sizeof (struct node));
    w45->val = i46 * (p44->a[0] >> (1UL & 63));
    acc += w45->val + list_sum (w45);
  }
  p44->other = n0;
  void *vp47 = (p43->next ? p43->next : p43);
  struct node *p48 = (struct node *) ((uintptr_t) p43 | 0);
  if (((struct node *) vp47)->val % 2 == 1)
  {
    acc += f4 (g_n[2]->val, (unsigned long) (p48 == p44), &p48);
    struct node *p49 = gc_alloc (sizeof (struct node));
    p49->val = (unsigned long) (n0 == p49);
  }
  else
  {
    f3 ((p48->next ? p48->next : p43), list_sum (w45), &n0);
  }
  return acc ^ (unsigned long) ((uintptr_t) w45 != 0);
}

static struct node *r6 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 0x6d5624a556177ae2UL;
  if (d == 0)
    return n0;
  printf ("r6.1 %lu\n", acc);
  *out = (*out ? *out : n0);
  unsigned long st55 = 0;
  for (struct node *q = n1; q && st55 < 8; q = q->next, st55++)
    acc += q->val * (st55 + 1);
  printf ("r6.2 %lu\n", acc);
  g_acc += (x0 ? x0 : x1);
  acc += *out ? (*out)->val : n1->a[0];
  for (unsigned long i56 = 0; i56 < 4; i56++)
  {
    struct node *p57 = gc_alloc (sizeof (struct node));
    p57->val = ((unsigned long) (n0 == n1) >> (list_len (n0) & 63));
    p57->next = (n1->other ? n1->other : n0);
    if (n1->val % 4 == 1) return g_n[n0->a[2] & 3];
    struct node *p58 = gc_alloc (sizeof (struct node));
    p58->val = (n2->slot ? ((struct node *) n2->slot)->val : i56);
    p58->next = (x1 & 1 ? g_n[1] : p57);
    acc += (unsigned long) ((*out ? *out : p58) == n1);
  }
  n1 = (n0->val & 1 ? n0 : n1);
  unsigned long *b59 = gc_alloc (32);
  b59[0] = n1->a[2];
  b59[1] = (n1->next ? n1->next->val : n0->a[3]);
  for (unsigned long i60 = 0; i60 < 8; i60++)
  {
    struct node *p61 = gc_alloc (sizeof (struct node));
    p61->val = (list_sum (n0) - n2->a[1]);
    p61->a[2] = (1UL | n0->a[0]);
    p61->next = g_n[0];
    p61->next = n1;
    struct node *p62 = gc_alloc (sizeof (struct node));
    p62->val = (b59[3] >> ((x0 ^ n2->val) & 63));
    p62->a[2] = g_acc;
    n1 = p61;
  }
  n1->next = (x1 & 1 ? n1 : n1);
  { unsigned long *q = &n2->a[3]; *q ^= (n2->val >> (n2->val & 63)); }
  if (d > 0)
  {
    struct node *p63 = r6 (d - 1, g_n[3], (n0->next ? n0->next : g_n[2]), (n2->val & 1 ? n0 : n2), list_len (n2), (n2->next ? n2->next->val : 15UL), &n2->other);
  }
  return n0;
}

void f7 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr)
{
  unsigned long acc = 98UL;
  struct node *p68 = pr.a;
  struct node *p69 = gc_calloc (1, sizeof (struct node));
  p69->val = deep_sum (g_n[3], 1);
  p69->a[2] = n0->val;
  p69->next = n2;
  acc += (*g_up >> ((g_n[1]->val % (95UL | 1)) & 63));
  p68->slot = p69;
  __asm__ volatile ("" : : "r" (n1) : "memory");
  acc += g_n[n2->val & 3]->a[(p68->next ? p68->next->val : n1->a[1]) & 3];
  struct node *p70 = gc_alloc (sizeof (struct node));
  p70->val = (unsigned long) ((uintptr_t) p70 != 0);
  unsigned long st71 = 0;
  for (struct node *q = (g_n[2]->val & 1 ? n2 : n2); q && st71 < 8; q = q->next, st71++)
    acc += q->val * (st71 + 1);
  g_n[1]->next = p68;
  g_acc ^= acc;
}

void r8 (unsigned long d, struct node *n0, struct node **out)
{
  unsigned long acc = 0x785ae37a387a33caUL;
  if (d == 0)
    return;
  acc += (n0->a[2] ? g_n[3]->val : 2541851810UL);
  n0 = r6 ((83UL / (g_n[2]->val | 1)) % 4, (*out ? *out : g_n[3]), (*out ? *out : g_n[0]), n0, 3UL, *g_up, &n0);
  gc_free (n0);
  n0->next = n0;
  g_up = &g_n[2]->a[3];
  g_up = &n0->a[0];
  for (unsigned long i73 = 0; i73 < 5; i73++)
  {
    struct node *p74 = gc_calloc (1, sizeof (struct node));
    p74->val = i73;
    p74->next = p74;
    struct node *p75 = gc_alloc (sizeof (struct node));
    p75->val = (n0->slot ? ((struct node *) n0->slot)->val : g_acc);
  }
  acc = mix (acc, deep_sum (n0, 0));
  n0->a[g_n[2]->val & 3] = n0->val;
  gc_free (n0);
  unsigned long *b76 = gc_alloc (96);
  b76[3] = b76[3];
  struct node *p77 = NEW (struct node);
  p77->val = (unsigned long) (p77 == (n0->other ? n0->other : p77));
  p77->next = g_n[2];
  f3 (n0, p77->a[1], &p77);
  if (((b76[0] / (2UL | 1)) ^ (p77->a[1] ^ p77->val)) % 2 == 0)
  {
    for (unsigned long i78 = 0; i78 < 1; i78++)
    {
      struct node *p79 = gc_alloc (sizeof (struct node));
      p79->val = (list_sum (p77) << ((n0->val + p79->a[3]) & 63));
      p79->a[1] = p79->a[p79->val & 3];
      if (i78 % 4 == 0)
      {
        if ((b76[0] | 0x5a5a7b464847c695UL) % 2 == 0)
        {
          { unsigned long *q = b76 + 1; q[-1] += q[1] + b76[i78 & 3]; }
        }
        else
        {
          struct node *p80 = gc_alloc (64);
        }
        n0->slot = g_n[n0->a[3] & 3];
      }
    }
  }
  else
  {
  }
  if (d > 0)
  {
    struct node *p81 = r9 (d - 1, g_n[0], 0x233356d47f3514ffUL, (b76[1] ^ 0x4ef0b5ab699d0bfaUL), (struct pair) { (g_n[1]->next ? g_n[1]->next : g_n[1]), g_n[3] });
  }
  g_acc ^= acc;
}

static struct node *r9 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return n0;
  struct node *p85 = pr.a;
  struct node *p86 = gc_alloc (sizeof (struct node));
  p86->val = (88UL / (deep_sum (p85, 0) | 1));
  struct node **v87 = gc_alloc (4 * sizeof (struct node *));
  v87[0] = (p85->other ? p85->other : p85);
  v87[2] = p85;
  v87[3] = p85;
  for (unsigned long i88 = 0; i88 < 7; i88++)
  {
    struct node *p89 = gc_alloc (sizeof (struct node));
    p89->val = p85->a[2];
    p89->next = p86;
    p86 = p89;
  }
  { unsigned long *q = &n0->a[2]; *q ^= (g_n[3]->val - p86->a[2]); }
  f3 (n0, (p86->slot ? ((struct node *) p86->slot)->val : 1UL), &n0);
  g_up = &p85->a[2];
  n0->next = p85;
  struct node *p90 = gc_alloc (sizeof (struct node));
  p90->val = (deep_sum (p90, 0) | (unsigned long) (p90 == p85));
  p90->a[3] = x1;
  if (d > 0)
  {
    r8 (d - 1, g_n[0], &n0);
  }
  return p85;
}

static unsigned long r10 (unsigned long d, struct node *n0, unsigned long x0)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return acc;
  struct node *p93 = gc_alloc (sizeof (struct node));
  acc += g_cb[deep_sum (g_n[1], 0) & 3] (p93, *g_up);
  for (unsigned long i94 = 0; i94 < 6; i94++)
  {
    acc += cb_read (p93, (x0 ? 2UL : x0));
    struct node *w95 = p93;
    for (unsigned long i96 = 0; i96 < 5; i96++)
    {
      w95 = gc_alloc (sizeof (struct node));
      w95->val = i96 * i96;
      acc += w95->val + list_sum (w95);
    }
    f7 ((w95->next ? w95->next : n0), (x0 & 1 ? w95 : n0), p93, (w95->val ^ x0), (struct pair) { w95, p93 });
  }
  if (d > 0)
  {
    acc += r10 (d - 1, (n0->next ? n0->next : p93), (p93->next ? p93->next->val : 4260236053UL));
  }
  for (unsigned long i97 = 0; i97 < 5; i97++)
  {
    struct node *p98 = gc_alloc (sizeof (struct node));
    p98->a[0] = (p98->slot ? ((struct node *) p98->slot)->val : p93->val);
    p98->next = p98;
    p98->next = p93;
    p93 = p98;
  }
  acc += (n0->next ? n0->next->val : g_n[3]->val);
  p93->next = p93;
  unsigned long *b99 = gc_alloc (32);
  b99[0] = (unsigned long) ((uintptr_t) p93 != 0);
  b99[2] = x0;
  b99[3] = (b99[1] + p93->a[2]);
  acc += list_sum ((p93->other ? p93->other : p93));
  n0->other = n0;
  for (unsigned long i100 = 0; i100 < 6; i100++)
  {
    g_n[1] = g_n[i100 & 3];
  }
  return acc ^ 0UL;
}

static void r11 (unsigned long d)
{
  unsigned long acc = 2396430734UL;
  if (d == 0)
    return;
  struct node *p101 = gc_alloc (sizeof (struct node));
  for (unsigned long i102 = 0; i102 < 5; i102++)
  {
    p101 = p101;
  }
  acc += g_cb[(4282795035UL ^ p101->val) & 3] (g_n[2], (0x7cfc22605d7ddb0fUL ? p101->a[3] : p101->val));
  p101->val += ((0x4dd024474fca48aUL << (p101->val & 63)) - p101->val);
  if (d > 0)
  {
    r11 (d - 1);
  }
  p101->a[p101->val & 3] = (0x12ab31f0489d04b9UL ? 26UL : 31UL);
  g_n[0]->next = g_n[2];
  if (p101 != (p101->next ? p101->next : p101))
    memcpy (p101, (p101->next ? p101->next : p101), sizeof (struct node));
  acc += cb_read (g_n[3], list_len (g_n[2]));
  for (unsigned long i103 = 0; i103 < 2; i103++)
  {
    acc += apply (cb_keep, g_n[2], 1UL);
    p101->next = p101;
    { unsigned long *q = &p101->a[3]; *q ^= list_sum (p101); }
  }
  if ((list_len (p101) / ((p101->next ? p101->next->val : 71UL) | 1)) % 3 == 0)
  {
    acc += r1 (p101->a[0UL & 3] % 4, p101);
  }
  g_acc ^= acc;
}

static struct node *r12 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x72c5c0073cc4b84cUL;
  if (d == 0)
    return n0;
  struct node *p107 = gc_alloc (64);
  p107->val = *g_up;
  struct node *w108 = n0;
  for (unsigned long i109 = 0; i109 < 4; i109++)
  {
    w108 = gc_alloc (sizeof (struct node));
    w108->val = i109 * (p107->val * w108->a[0]);
    acc += w108->val + list_sum (w108);
  }
  for (unsigned long i110 = 0; i110 < 3; i110++)
  {
  }
  acc += f5 (n0, &p107);
  struct node *p111 = r6 (list_len (p107) % 4, g_n[3], p107, n0, x0, (unsigned long) ((uintptr_t) g_n[0] != 0), &p107);
  if (d > 0)
  {
    p107 = r12 (d - 1, g_n[g_n[0]->val & 3], (n0->a[2] * x1), (p107->val << (3UL & 63)));
  }
  return p107;
}

static void f13 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr)
{
  unsigned long acc = 0x222435d554dbd271UL;
  struct node *p116 = pr.a;
  acc += (g_n[1]->val % ((2UL | x0) | 1));
  n0->a[(p116->a[2] ? n2->val : n1->a[0]) & 3] = x0;
  n1->val += x0;
  g_acc += (n2->a[2] ^ (p116->a[3] - 359328672UL));
  n0 = n2;
  p116->next = n2;
  r2 ((unsigned long) (p116 == n2) % 4, (p116->a[1] & 1 ? n0 : n1), n0, &p116->other);
  n1->val += (deep_sum (n0, 2) % (list_sum (n0) | 1));
  acc += list_sum ((n1->other ? n1->other : n0));
  struct node s117 = { 0 };
  s117.val = (g_n[1]->val - 25UL);
  s117.next = n2;
  { unsigned long *q = &n1->a[1]; *q ^= n0->a[3]; }
  struct node *w118 = n0;
  for (unsigned long i119 = 0; i119 < 4; i119++)
  {
    w118 = gc_alloc (sizeof (struct node));
    w118->val = i119 * g_acc;
    acc += w118->val + list_sum (w118);
  }
  struct node s120 = { 0 };
  s120.val = 1747060851UL;
  p116->a[x0 & 3] = deep_sum (g_n[x0 & 3], 0);
  struct node *p121 = gc_alloc (sizeof (struct node));
  p121->val = 2260571389UL;
  acc += ((g_n[1]->val - x0) ? (x0 * n0->a[2]) : (x0 ? 1UL : p116->a[3]));
  if (n1 != p116)
    memcpy (n1, p116, sizeof (struct node));
  g_acc ^= acc;
}

static void r14 (unsigned long d, struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 0UL;
  if (d == 0)
    return;
  struct node *p125 = NEW (struct node);
  p125->val = (list_sum (n0) ? (n0->a[3] | n0->a[2]) : (3014576824UL | 70UL));
  p125->a[1] = n1->val;
  acc += (unsigned long) ((uintptr_t) n1 != 0);
  if (n0 != n0)
    memcpy (n0, n0, sizeof (struct node));
  g_up = &n0->a[1];
  struct node *p126 = gc_alloc (sizeof (struct node));
  p126->val = (n1->val * g_n[2]->val);
  p126->next = g_n[n2->a[2] & 3];
  acc += deep_sum (n0, 0);
  acc = mix (acc, (3031185267UL >> (g_n[1]->val & 63)));
  for (unsigned long i127 = 0; i127 < 6; i127++)
  {
    struct node *p128 = NEW (struct node);
    p128->val = ((g_n[3]->val >> (i127 & 63)) ^ (unsigned long) (p126 == p125));
    p128->next = n2;
    struct node *arr129[4] = { p128, p128, n1, (g_n[0]->val & 1 ? n0 : n0) };
    n2 = p128;
  }
  if (p125->val % 3 == 1) return;
  acc += r1 (43UL % 4, n1);
  if (d > 0)
  {
    n0 = r15 (d - 1, (n1->next ? n1->next : n2), p125, (p126->a[3] << (0x42809bb46be163fbUL & 63)), list_sum (p126));
  }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) struct node *r15 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3UL;
  if (d == 0)
    return n0;
  acc = mix (acc, (x1 & 3UL));
  unsigned long *b134 = gc_alloc (32);
  b134[3] = n0->a[n1->val & 3];
  acc += x1;
  n1->a[n1->a[x1 & 3] & 3] = (n0->slot ? ((struct node *) n0->slot)->val : deep_sum (n1, 1));
  n0->other = n1;
  n1->a[x0 & 3] = (g_n[3]->a[1] / (b134[1] | 1));
  acc = mix (acc, (n1->slot ? ((struct node *) n1->slot)->val : x0));
  gc_free (n0);
  n1->val += (n0->a[x1 & 3] ? b134[n1->a[2] & 3] : n1->a[n0->val & 3]);
  n0->val += list_len (n0);
  acc = mix (acc, b134[1]);
  struct node *p135 = gc_alloc (sizeof (struct node));
  p135->val = ((n1->a[0] * x0) * list_sum (p135));
  gc_free (p135);
  n1->a[n1->a[2] & 3] = deep_sum ((g_n[1]->val & 1 ? n1 : n1), 0);
  acc += f5 (n1, &n0);
  acc += ((n1->val & n0->a[2]) | 960054809UL);
  struct node *p136 = gc_alloc (sizeof (struct node));
  p136->a[0] = b134[0];
  p136->next = (b134[3] & 1 ? p136 : n1);
  if (d > 0)
  {
    r14 (d - 1, (n1->other ? n1->other : p136), (g_n[0]->next ? g_n[0]->next : n1), n1);
  }
  return (1UL & 1 ? n1 : n1);
}

static struct node *f16 (unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 0x49da8c11273d9726UL;
  struct node *p139 = pr.a;
  struct node *p140 = gc_alloc (sizeof (struct node));
  p140->val = (x0 * (p139->val << (g_n[0]->val & 63)));
  p140->next = p140;
  g_acc += list_sum (p139);
  for (unsigned long i141 = 0; i141 < 5; i141++)
  {
    struct node *p142 = gc_alloc (64);
    p142->val = (g_n[1]->val & x0);
    p142->next = (p140->a[1] & 1 ? p139 : p140);
    acc += (p139->slot ? ((struct node *) p139->slot)->val : x1);
    if ((unsigned long) ((uintptr_t) p142 != 0) % 3 == 1) return p140;
    unsigned long st143 = 0;
    for (struct node *q = (p142->other ? p142->other : g_n[3]); q && st143 < 8; q = q->next, st143++)
      acc += q->val * (st143 + 1);
    p140->slot = (p140->next ? p140->next : p139);
  }
  void *vp144 = p140;
  acc += r1 (list_sum (p140) % 4, g_n[2]);
  return g_n[x0 & 3];
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
  unsigned long acc = 6UL;
  struct node *p145 = gc_alloc (sizeof (struct node));
  p145->val = g_n[2]->val;
  p145->a[(unsigned long) (p145 == g_n[3]) & 3] = list_sum ((g_n[1]->other ? g_n[1]->other : p145));
  p145->next = (p145->next ? p145->next : p145);
  unsigned long *b146 = gc_alloc (96);
  b146[2] = 0x64e60a337c9a5c94UL;
  b146[3] = (0x466a6c5b6c7d2a94UL ? 1004879386UL : p145->val);
  b146[p145->val & 3] = b146[0];
  struct node *p147 = gc_alloc (sizeof (struct node));
  p147->val = b146[(1UL | 3UL) & 3];
  acc += ((p145->other ? p145->other : p145)->next ? (p145->other ? p145->other : p145)->next->val : (2UL * b146[1]));
  struct node *p148 = gc_alloc (sizeof (struct node));
  p148->val = (26UL - *g_up);
  p148->a[0] = p147->a[3];
  f13 (p147, (p145->other ? p145->other : p145), p147, 1UL, (struct pair) { p148, p145 });
  g_h.pr.a = p147;
  acc = mix (acc, p148->val);
  __asm__ volatile ("" : : "r" (p147) : "memory");
  void *vp149 = p147;
  r8 ((648647864UL << (2UL & 63)) % 4, (p148->other ? p148->other : p145), &g_n[3]);
  printf ("main.r8 %lu\n", acc);
  p147 = r9 ((0x6dd633c14d6dc81aUL + p148->val) % 4, p147, (p145->a[3] * 0x15d0178259959999UL), (1334669794UL << (p145->a[1] & 63)), (struct pair) { p147, p147 });
  printf ("main.r9 %lu\n", acc);
  acc += r10 (76876818UL % 4, p147, (unsigned long) ((uintptr_t) p147 != 0));
  printf ("main.r10 %lu\n", acc);
  r11 (b146[0] % 4);
  printf ("main.r11 %lu\n", acc);
  p145 = r12 (deep_sum (p148, 0) % 4, (p147->val & 1 ? p145 : p147), p145->val, 37UL);
  printf ("main.r12 %lu\n", acc);
  struct node *p150 = f16 (list_len (p148), 0x7e08354a615dcc28UL, (struct pair) { p147, g_n[0] });
  printf ("main.f16 %lu\n", acc);
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

/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-13. Reproduce: testsuite/fuzz/check.sh --gcc 13 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0008-gcc13.c */
/* gcc-escape fuzz program, seed 8: testsuite/fuzz/gen 8 */
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

static unsigned long f0 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out);
static struct node *f1 (struct node *n0, unsigned long x0, struct node **out);
static void r2 (unsigned long d, struct node *n0, struct node *n1, struct node *n2);
void r3 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1);
struct node *f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static struct node *r5 (unsigned long d, struct node *n0, struct node *n1, struct node *n2);
static unsigned long r6 (unsigned long d, struct node *n0, struct pair pr);
static unsigned long f7 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
struct node *f8 (void);
static unsigned long f9 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
unsigned long f10 (struct node *n0, struct node *n1);
static unsigned long f11 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static struct node *f12 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out);

static inline unsigned long f0 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 67UL;
  struct node *p6 = gc_alloc (sizeof (struct node));
  p6->val = ((n2->slot ? ((struct node *) n2->slot)->val : x1) & x1);
  struct node s7 = { 0 };
  s7.val = (n1->slot ? ((struct node *) n1->slot)->val : n1->val);
  s7.other = (n0->next ? n0->next : n2);
  *out = n1;
  void *vp8 = g_n[x0 & 3];
  struct node **v9 = gc_alloc (4 * sizeof (struct node *));
  v9[0] = (*out ? *out : n2);
  v9[3] = (g_n[3]->other ? g_n[3]->other : n2);
  struct node *p10 = gc_alloc (sizeof (struct node));
  p10->val = ((struct node *) vp8)->val;
  struct node s11 = { 0 };
  s11.val = (n1->a[1] ? x0 : x1);
  s11.next = p10;
  return acc ^ (v9[1] ? v9[1]->val : 0x190afbf132eba4b3UL);
}

static struct node *f1 (struct node *n0, unsigned long x0, struct node **out)
{
  unsigned long acc = 3UL;
  struct node *p14 = gc_alloc (sizeof (struct node));
  p14->val = *g_up;
  *out = (g_n[0]->val & 1 ? g_n[0] : g_n[1]);
  acc += f0 ((g_n[1]->next ? g_n[1]->next : g_n[0]), g_n[3], g_n[0], p14->val, list_len (n0), &n0);
  if (x0 % 4 == 1)
  {
    void *vp15 = (g_n[2]->other ? g_n[2]->other : g_n[2]);
  }
  n0->slot = (*out ? *out : g_n[1]);
  acc += n0->a[(x0 + g_n[0]->val) & 3];
  n0 = g_n[p14->a[1] & 3];
  acc += f0 (g_n[0], g_n[3], g_n[0], (n0->val ? 244934355UL : x0), *g_up, &g_n[3]);
  *out = g_n[0];
  if (p14 != g_n[x0 & 3])
    memcpy (p14, g_n[x0 & 3], sizeof (struct node));
  p14->next = (*out ? *out : n0);
  acc = mix (acc, (g_n[1]->val | n0->val));
  __asm__ volatile ("" : : "r" (p14) : "memory");
  struct node *p16 = gc_calloc (1, sizeof (struct node));
  p16->val = ((unsigned long) (p14 == p16) + (g_n[3]->val | x0));
  p16->a[2] = n0->a[x0 & 3];
  p16->next = p16;
  printf ("f1.0 %lu\n", acc);
  return g_n[1];
}

static inline void r2 (unsigned long d, struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 82UL;
  if (d == 0)
    return;
  struct node *p20 = NEW (struct node);
  p20->val = ((g_n[3]->val ^ 12UL) << (n1->a[83UL & 3] & 63));
  p20->a[1] = (n2->a[0] ? n0->a[3] : n0->a[3]);
  n2->next = n2;
  struct node *p21 = gc_alloc (64);
  p21->val = list_sum (n2);
  p21->a[1] = n0->val;
  void *vp22 = n1;
  for (unsigned long i23 = 0; i23 < 3; i23++)
  {
    struct node **v24 = gc_alloc (4 * sizeof (struct node *));
    v24[0] = (v24[1] ? v24[1] : p21);
    v24[1] = n1;
    v24[2] = p21;
  }
  for (unsigned long i25 = 0; i25 < 6; i25++)
  {
    struct node *p26 = gc_alloc (sizeof (struct node));
    p26->val = (n2->a[i25 & 3] & (p21->a[3] ^ n1->a[3]));
    p26->a[1] = i25;
    p26->next = p21;
    { unsigned long *q = &n0->a[3]; *q ^= i25; }
    acc += apply (cb_keep, ((struct node *) vp22), i25);
    struct node *p27 = gc_alloc (64 + ((n1->val & i25) & 7));
    p27->val = n1->a[3];
  }
  struct node *p28 = gc_alloc (sizeof (struct node));
  p28->val = (unsigned long) ((n2->next ? n2->next : n2) == p20);
  p28->next = p28;
  acc += g_n[1]->val;
  acc += n2->a[(unsigned long) ((uintptr_t) n0 != 0) & 3];
  acc += (2UL % (11UL | 1));
  { unsigned long *q = &p28->a[0]; *q ^= 0x1f46b0320d0d1913UL; }
  if (d > 0)
  {
    r3 (d - 1, p20, *g_up, 3276300217UL);
  }
  g_acc ^= acc;
}

void r3 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 196337079UL;
  if (d == 0)
    return;
  struct node *p32 = gc_calloc (1, sizeof (struct node));
  p32->val = list_sum ((n0->other ? n0->other : n0));
  acc += (p32->next ? p32->next->val : (p32->slot ? ((struct node *) p32->slot)->val : p32->a[0]));
  struct node *w33 = n0;
  for (unsigned long i34 = 0; i34 < 3; i34++)
  {
    w33 = gc_alloc (sizeof (struct node));
    w33->val = i34 * (unsigned long) (w33 == w33);
    acc += w33->val + list_sum (w33);
  }
  acc += f0 (n0, n0, (n0->other ? n0->other : n0), (2966096658UL / (x0 | 1)), (unsigned long) ((uintptr_t) w33 != 0), &w33);
  struct node *p35 = NEW (struct node);
  p35->val = x0;
  p35->next = w33;
  g_up = &n0->a[3];
  acc += (unsigned long) ((uintptr_t) n0 != 0);
  p35 = p32;
  struct node *p36 = gc_alloc (64);
  p36->a[1] = x0;
  p36->next = p32;
  { struct node *volatile vol = p35; acc += vol->val; }
  struct node *p37 = gc_alloc (sizeof (struct node));
  p37->val = g_acc;
  p37->a[0] = (g_n[2]->val / (2UL | 1));
  p37->next = p35;
  gc_free (p35);
  __asm__ volatile ("" : : "r" (p32) : "memory");
  unsigned long *b38 = gc_alloc (32 + (*g_up & 7));
  b38[1] = list_len (p35);
  b38[3] = n0->a[2];
  if (d > 0)
  {
    r2 (d - 1, n0, (g_n[0]->next ? g_n[0]->next : n0), p32);
  }
  g_acc ^= acc;
}

__attribute__ ((noinline)) struct node *f4 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 2004653657UL;
  struct node *p43 = f1 (n2, n2->val, &n1);
  struct node *p44 = gc_alloc (sizeof (struct node));
  unsigned long *b45 = gc_alloc (96);
  b45[1] = (unsigned long) ((uintptr_t) p44 != 0);
  acc = mix (acc, (b45[2] + n0->val));
  for (unsigned long i46 = 0; i46 < 4; i46++)
  {
    struct node *p47 = gc_alloc (sizeof (struct node));
    p47->val = (unsigned long) ((uintptr_t) (p43->other ? p43->other : n0) != 0);
    x0 = f0 (n2, g_n[1], (p43->next ? p43->next : p43), n2->a[i46 & 3], (p44->a[1] + i46), &n0);
  }
  return g_n[3];
}

static struct node *r5 (unsigned long d, struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 3UL;
  if (d == 0)
    return n0;
  struct node *p51 = gc_alloc (64);
  p51->val = (0x58b7c8bf513378c5UL % (676225203UL | 1));
  p51->a[1] = (p51->slot ? ((struct node *) p51->slot)->val : 0x43b98b9a581b746cUL);
  p51->next = n0;
  if (g_n[1]->val % 2 == 0)
  {
    struct node *p52 = gc_alloc (sizeof (struct node));
    p52->val = (0x69ded38903fc536aUL << (g_n[2]->val & 63));
    p52->a[1] = (g_n[0]->val & 3UL);
    printf ("r5.1 %lu\n", acc);
    if (list_sum ((n2->other ? n2->other : n0)) % 3 == 0)
    {
      for (unsigned long i53 = 0; i53 < 3; i53++)
      {
        struct node *p54 = gc_alloc (sizeof (struct node));
        p54->val = ((g_n[0]->val & 1 ? p51 : p52)->next ? (g_n[0]->val & 1 ? p51 : p52)->next->val : list_len (n2));
        p54->next = p51;
        p51 = p54;
      }
    }
  }
  p51->slot = g_n[2];
  acc += (unsigned long) ((uintptr_t) g_n[g_n[0]->val & 3] != 0);
  if (d > 0)
  {
    n1 = r5 (d - 1, (p51->other ? p51->other : n2), (g_n[0]->val & 1 ? n1 : g_n[3]), n1);
  }
  acc += *g_up;
  n1->other = n0;
  struct node **v55 = gc_alloc (4 * sizeof (struct node *));
  v55[0] = n1;
  v55[2] = (p51->next ? p51->next : n0);
  v55[3] = n2;
  struct node *p56 = f4 ((g_n[3]->val & 1 ? g_n[3] : n2), g_n[2], (g_n[3]->other ? g_n[3]->other : g_n[2]), (n2->next ? n2->next->val : n1->val));
  if (*g_up % 4 == 0)
  {
    r2 (list_sum (n0) % 4, g_n[58UL & 3], (g_n[3]->val & 1 ? g_n[3] : g_n[0]), p56);
  }
  else
  {
  }
  return g_n[3];
}

static unsigned long r6 (unsigned long d, struct node *n0, struct pair pr)
{
  unsigned long acc = 3773381736UL;
  if (d == 0)
    return acc;
  struct node *p58 = pr.a;
  unsigned long *b59 = gc_alloc (32);
  b59[0] = (n0->slot ? ((struct node *) n0->slot)->val : n0->a[3]);
  b59[1] = n0->a[0];
  if (list_sum (p58) % 3 == 1)
  {
    for (unsigned long i60 = 0; i60 < 5; i60++)
    {
      struct node *p61 = gc_alloc (sizeof (struct node));
      p61->val = ((n0->val + i60) / ((unsigned long) (p61 == n0) | 1));
      p61->a[1] = i60;
      acc += f0 (g_n[0], (g_n[1]->next ? g_n[1]->next : g_n[1]), (g_n[2]->other ? g_n[2]->other : g_n[2]), b59[3], (p61->next ? p61->next->val : p58->val), &p58);
      g_n[2]->next = g_n[1];
      if (p58 != p61)
        memcpy (p58, p61, sizeof (struct node));
    }
  }
  n0->other = n0;
  struct node *w62 = n0;
  for (unsigned long i63 = 0; i63 < 2; i63++)
  {
    w62 = gc_alloc (sizeof (struct node));
    w62->val = i63 * w62->val;
    acc += w62->val + list_sum (w62);
  }
  printf ("r6.2 %lu\n", acc);
  if (d > 0)
  {
    acc += r6 (d - 1, p58, (struct pair) { p58, (n0->other ? n0->other : w62) });
  }
  return acc ^ w62->val;
}

static unsigned long f7 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1667610364UL;
  struct node *p69 = NEW (struct node);
  p69->val = list_sum (n0);
  p69->next = p69;
  n2 = (n1->a[3] & 1 ? n2 : n2);
  p69->next = (n0->next ? n0->next : g_n[1]);
  n1->a[*g_up & 3] = x1;
  struct node *w70 = n2;
  for (unsigned long i71 = 0; i71 < 5; i71++)
  {
    w70 = gc_alloc (sizeof (struct node));
    w70->val = i71 * (n0->val | n0->a[3]);
    acc += w70->val + list_sum (w70);
  }
  n1->other = n2;
  acc += ((w70->other ? w70->other : n0)->slot ? ((struct node *) (w70->other ? w70->other : n0)->slot)->val : *g_up);
  n0->next = g_n[x0 & 3];
  acc = mix (acc, g_n[1]->val);
  n2 = n2;
  acc += ((g_n[1]->val & 55UL) ? (3UL ^ x1) : x0);
  w70->a[x0 & 3] = x1;
  n1->a[n2->val & 3] = list_sum (n0);
  struct node s72 = { 0 };
  s72.val = list_len (n1);
  s72.next = w70;
  p69->next = n1;
  return acc ^ n2->a[1];
}

__attribute__ ((noinline)) struct node *f8 (void)
{
  unsigned long acc = 1918204610UL;
  struct node *p73 = gc_alloc (sizeof (struct node));
  p73->val = (p73->val + 28UL);
  p73->next = (p73->next ? p73->next : p73);
  void *vp74 = p73;
  void *vp75 = g_n[1];
  g_acc += (unsigned long) (p73 == p73);
  if (g_n[1]->val % 5 == 1) return g_n[0];
  unsigned long *b76 = gc_alloc (96);
  b76[0] = *g_up;
  if (((unsigned long) ((uintptr_t) p73 != 0) * (2029587030UL >> (2115002991UL & 63))) % 4 == 1)
  {
    struct node *arr77[4] = { g_n[3UL & 3], p73, p73, (p73->next ? p73->next : p73) };
    acc += r6 ((1523220828UL + 3371905684UL) % 4, (p73->a[3] & 1 ? p73 : p73), (struct pair) { (3UL & 1 ? p73 : p73), arr77[b76[2] & 3] });
  }
  unsigned long *b78 = gc_alloc (64);
  b78[2] = deep_sum (p73, 1);
  b78[3] = (0x2c88a44d15eb3a25UL ? p73->a[3] : p73->a[3]);
  gc_free (p73);
  return g_n[1];
}

static __attribute__ ((noinline)) unsigned long f9 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x1bd88a2d6ed8c9d5UL;
  n2->a[n0->val & 3] = (x0 % (x0 | 1));
  acc = mix (acc, g_acc);
  unsigned long u84 = (g_n[1]->val * x0);
  { unsigned long *q = &n2->a[1]; *q ^= (n0->slot ? ((struct node *) n0->slot)->val : x0); }
  if (list_sum (g_n[n1->a[0] & 3]) % 4 == 0)
  {
    n0->other = g_n[576220911UL & 3];
    acc += g_cb[n1->a[3] & 3] (g_n[3], u84);
  }
  else
  {
    struct node *p85 = gc_alloc (sizeof (struct node));
    p85->val = g_n[u84 & 3]->a[84UL & 3];
    p85->next = n1;
    gc_free (n1);
  }
  acc += f0 (n1, g_n[3], n1, 0xaf45f5305c802b5UL, x0, &n2);
  struct node s86 = { 0 };
  s86.val = n1->val;
  s86.other = (n0->other ? n0->other : n0);
  struct node *p87 = gc_alloc (sizeof (struct node));
  p87->val = ((unsigned long) (p87 == p87) + n2->val);
  p87->next = (p87->next ? p87->next : n1);
  struct node *p88 = gc_alloc (64);
  p88->val = (n0->slot ? ((struct node *) n0->slot)->val : (u84 | u84));
  g_up = &(x0 & 1 ? n1 : n1)->a[0];
  return acc ^ u84;
}

unsigned long f10 (struct node *n0, struct node *n1)
{
  unsigned long acc = 2026707587UL;
  struct node *p91 = gc_alloc (sizeof (struct node));
  p91->val = (p91->val ? (unsigned long) ((uintptr_t) n0 != 0) : g_n[3]->val);
  struct node *p92 = (struct node *) ((uintptr_t) p91 | 0);
  acc += (g_n[p91->val & 3]->slot ? ((struct node *) g_n[p91->val & 3]->slot)->val : list_sum (p92));
  for (unsigned long i93 = 0; i93 < 3; i93++)
  {
    struct node *p94 = gc_alloc (sizeof (struct node));
    if (p91 != g_n[0])
      memcpy (p91, g_n[0], sizeof (struct node));
  }
  printf ("f10.3 %lu\n", acc);
  acc += f9 (g_n[3], n0, n0, n1->a[2], list_len (p91));
  for (unsigned long i95 = 0; i95 < 3; i95++)
  {
    struct node *p96 = NEW (struct node);
    p96->val = deep_sum ((85UL & 1 ? p91 : p96), 2);
    p96->a[1] = g_n[1]->val;
    p96->next = p92;
    p96->next = n1;
    struct node *p97 = f4 (n0, n0, n0, (p92->next ? p92->next->val : p91->a[3]));
    n1 = p96;
  }
  { unsigned long *q = &n0->a[2]; *q ^= 3516330120UL; }
  p92->slot = n0;
  n1->val += (0x43e3318f0b950098UL ^ 39UL);
  acc += (unsigned long) ((uintptr_t) p91 != 0);
  struct node *w98 = p92;
  for (unsigned long i99 = 0; i99 < 5; i99++)
  {
    w98 = gc_alloc (sizeof (struct node));
    w98->val = i99 * (i99 << (w98->val & 63));
    acc += w98->val + list_sum (w98);
  }
  return acc ^ list_len (p91);
}

static unsigned long f11 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3UL;
  struct node *p105 = gc_alloc (sizeof (struct node));
  p105->a[1] = list_len (n0);
  if ((p105->a[1] >> (x0 & 63)) % 7 == 1) return acc ^ x1;
  struct node *arr106[4] = { (x0 & 1 ? n0 : n1), p105, n1, g_n[n0->val & 3] };
  if ((unsigned long) (n0 == n2) % 4 == 0)
  {
    printf ("f11.4 %lu\n", acc);
  }
  else
  {
    unsigned long st107 = 0;
    for (struct node *q = n1; q && st107 < 8; q = q->next, st107++)
      acc += q->val * (st107 + 1);
  }
  struct node *p108 = gc_alloc (sizeof (struct node));
  p108->val = n1->val;
  n1->other = arr106[g_n[3]->a[3] & 3];
  { struct node *volatile vol = n0; acc += vol->val; }
  return acc ^ n1->val;
}

static __attribute__ ((noinline)) struct node *f12 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 1UL;
  struct node *p113 = gc_alloc (sizeof (struct node));
  p113->a[1] = n1->a[p113->a[3] & 3];
  unsigned long u114 = ((p113->next ? p113->next->val : n0->a[2]) >> (x0 & 63));
  acc += (57UL | list_sum (n0));
  for (unsigned long i115 = 0; i115 < 6; i115++)
  {
    struct node *p116 = gc_alloc (sizeof (struct node));
    p116->val = *g_up;
    p116->next = g_n[0];
    gc_free (n1);
    acc += (unsigned long) ((uintptr_t) n1 != 0);
    struct node *w117 = p113;
    for (unsigned long i118 = 0; i118 < 2; i118++)
    {
      w117 = gc_alloc (sizeof (struct node));
      w117->val = i118 * g_n[0]->val;
      acc += w117->val + list_sum (w117);
    }
  }
  printf ("f12.5 %lu\n", acc);
  struct node **v119 = gc_alloc (4 * sizeof (struct node *));
  v119[0] = n0;
  v119[2] = n0;
  v119[3] = (n0->other ? n0->other : n0);
  struct node *p120 = gc_alloc (sizeof (struct node));
  p120->val = 77UL;
  p120->next = p120;
  return (p120->other ? p120->other : p120);
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
  unsigned long acc = 8UL;
  struct node *p121 = gc_alloc (64);
  p121->val = p121->a[0];
  acc += f0 ((p121->a[3] & 1 ? g_n[3] : g_n[2]), p121, g_n[1], (g_n[2]->val - 0x367ef16e3d203764UL), (49UL | 0x6aa7996312d3115dUL), &p121);
  p121->slot = g_n[3];
  p121->next = p121;
  acc += cb_read (g_n[0], 2275179209UL);
  struct node s122 = { 0 };
  s122.val = g_n[3]->val;
  s122.next = (p121->other ? p121->other : g_n[3]);
  struct node *p123 = f12 (g_n[0], (g_n[0]->next ? g_n[0]->next : g_n[0]), (unsigned long) (p121 == g_n[2]), g_acc, &g_n[3]);
  if (((1480682452UL / (66UL | 1)) ? (p121->slot ? ((struct node *) p121->slot)->val : g_n[1]->val) : (0x3a1215dc05cfecdfUL * 0x687887e36e5daf9aUL)) % 2 == 1)
  {
    acc += 0x4e5694ed0d7328c7UL;
    struct node *p124 = gc_alloc (sizeof (struct node));
    p124->val = (71UL + p121->val);
    p124->a[3] = (2857821601UL - p123->a[2]);
    printf ("main.6 %lu\n", acc);
  }
  else
  {
    for (unsigned long i125 = 0; i125 < 5; i125++)
    {
      struct node *p126 = gc_calloc (1, sizeof (struct node));
      p126->val = deep_sum (p123, 0);
      p126->a[3] = (2936176388UL % (i125 | 1));
      p126->next = p123;
      p123 = p126;
    }
    p121->a[(p123->next ? p123->next->val : p121->a[1]) & 3] = *g_up;
  }
  struct node *p127 = gc_alloc (sizeof (struct node));
  p127->val = 0UL;
  p127->next = g_n[1];
  struct node *p128 = gc_alloc (sizeof (struct node));
  p128->val = (p123->next ? p123->next->val : (524583637UL | g_n[2]->a[1]));
  p128->a[2] = g_acc;
  { unsigned long *q = &p121->a[2]; *q ^= (9UL ? 61UL : p121->val); }
  { unsigned long *q = &p127->a[3]; *q ^= 1UL; }
  struct node *w129 = p128;
  for (unsigned long i130 = 0; i130 < 1; i130++)
  {
    w129 = gc_alloc (sizeof (struct node));
    w129->val = i130 * p127->a[1];
    acc += w129->val + list_sum (w129);
  }
  struct node s131 = { 0 };
  s131.val = (unsigned long) ((uintptr_t) p128 != 0);
  s131.next = g_n[0x28b712c93f974150UL & 3];
  r3 (list_len (g_n[2]) % 4, p128, (unsigned long) (p123 == p123), (p128->val >> (p121->a[1] & 63)));
  printf ("main.r3 %lu\n", acc);
  struct node *p132 = r5 (s131.a[3] % 4, p123, p128, w129);
  printf ("main.r5 %lu\n", acc);
  acc += f7 (p123, (0xd4627f0660250d5UL & 1 ? p128 : p128), p128, deep_sum (g_n[0], 2), p121->val);
  printf ("main.f7 %lu\n", acc);
  struct node *p133 = f8 ();
  printf ("main.f8 %lu\n", acc);
  acc += f10 ((w129->val & 1 ? p128 : p128), p121);
  printf ("main.f10 %lu\n", acc);
  acc += f11 (p128, p123, g_n[99UL & 3], (w129->slot ? ((struct node *) w129->slot)->val : 20UL), (2073300857UL ? g_n[1]->val : g_n[2]->val));
  printf ("main.f11 %lu\n", acc);
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

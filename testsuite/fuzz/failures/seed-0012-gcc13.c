/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-13. Reproduce: testsuite/fuzz/check.sh --gcc 13 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0012-gcc13.c */
/* gcc-escape fuzz program, seed 12: testsuite/fuzz/gen 12 */
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

static unsigned long f0 (struct node *n0, unsigned long x0, unsigned long x1, struct pair pr);
static unsigned long f1 (struct node *n0, struct node *n1, unsigned long x0, struct node **out, struct pair pr);
void f2 (struct node *n0, unsigned long x0, unsigned long x1);
static void f3 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static struct node *f4 (struct node *n0, struct node *n1, struct node *n2);
static void r5 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0);
unsigned long r6 (unsigned long d, struct node *n0, struct node *n1, struct node *n2);
static void r7 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1);
static unsigned long r8 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static struct node *r9 (unsigned long d, struct node *n0, struct node *n1, struct node *n2);
static void r10 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out);
static unsigned long f11 (struct node *n0, struct node *n1, struct node *n2);
static void f12 (struct node *n0, struct node *n1, struct node *n2);
struct node *f13 (struct node *n0, unsigned long x0, unsigned long x1);
unsigned long r14 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static void r15 (unsigned long d, unsigned long x0, unsigned long x1, struct node **out);
static struct node *f16 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
struct node *f17 (struct node *n0, struct node *n1, unsigned long x0);

static unsigned long f0 (struct node *n0, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 3990827479UL;
  struct node *p4 = pr.a;
  struct node *p5 = gc_alloc (sizeof (struct node));
  p5->val = (list_sum (p4) ? deep_sum (p4, 2) : x0);
  p5->a[2] = x0;
  for (unsigned long i6 = 0; i6 < 2; i6++)
  {
    struct node *p7 = NEW (struct node);
    p7->val = (unsigned long) ((0x687d663639bbcd2fUL & 1 ? p4 : p5) == n0);
    p7->next = p4;
    p7->next = n0;
    n0 = p7;
  }
  printf ("f0.0 %lu\n", acc);
  struct node *p8 = gc_alloc (sizeof (struct node));
  p8->val = p8->a[3];
  p8->a[0] = (p5->a[3] >> (g_n[3]->a[1] & 63));
  p8->next = (p8->other ? p8->other : p8);
  if (p4 != n0)
    memcpy (p4, n0, sizeof (struct node));
  struct node **v9 = gc_alloc (4 * sizeof (struct node *));
  v9[0] = (v9[0] ? v9[0] : n0);
  v9[1] = n0;
  v9[2] = p4;
  v9[3] = (v9[2] ? v9[2] : n0);
  g_list->other = (p4->other ? p4->other : n0);
  p8 = p8;
  acc += ((x1 | n0->a[1]) >> (p4->a[0] & 63));
  struct node s10 = { 0 };
  s10.val = (p8->slot ? ((struct node *) p8->slot)->val : p4->val);
  s10.next = g_n[52UL & 3];
  if ((x1 >> ((p8->val + 3613473647UL) & 63)) % 2 == 0)
  {
  }
  else
  {
    acc += (list_len (p8) % (s10.a[3] | 1));
  }
  printf ("f0.1 %lu\n", acc);
  g_h.p = (v9[0] ? v9[0] : g_n[1]);
  if (p8 != (s10.next ? s10.next : p4))
    memcpy (p8, (s10.next ? s10.next : p4), sizeof (struct node));
  return acc ^ g_acc;
}

static unsigned long f1 (struct node *n0, struct node *n1, unsigned long x0, struct node **out, struct pair pr)
{
  unsigned long acc = 78UL;
  struct node *p14 = pr.b;
  struct node *p15 = gc_calloc (1, sizeof (struct node));
  p15->val = ((p15->next ? p15->next->val : n0->a[3]) / ((p15->val >> (x0 & 63)) | 1));
  p15->next = n1;
  void *vp16 = (x0 & 1 ? g_n[1] : g_n[2]);
  p14->next = (g_n[1]->other ? g_n[1]->other : n1);
  void *vp17 = n0;
  p15->slot = g_n[0];
  acc += g_cb[n0->a[x0 & 3] & 3] (g_n[2], list_sum (n1));
  struct node s18 = { 0 };
  s18.val = g_n[2]->val;
  s18.next = (n1->a[0] & 1 ? g_n[2] : g_n[0]);
  { unsigned long *q = &p15->a[1]; *q ^= (g_n[1]->val ^ g_n[2]->val); }
  n1->next = n1;
  n0->val += (n1->slot ? ((struct node *) n1->slot)->val : ((struct node *) vp17)->val);
  struct node *p19 = NEW (struct node);
  p19->val = ((n0->next ? n0->next->val : x0) - n0->val);
  p19->next = (p14->other ? p14->other : g_n[2]);
  p14->next = (*out ? *out : p15);
  if (p15 != p19)
    memcpy (p15, p19, sizeof (struct node));
  struct node *w20 = p14;
  for (unsigned long i21 = 0; i21 < 4; i21++)
  {
    w20 = gc_alloc (sizeof (struct node));
    w20->val = i21 * ((struct node *) vp17)->val;
    acc += w20->val + list_sum (w20);
  }
  struct node s22 = { 0 };
  s22.val = (g_n[2]->val - w20->val);
  s22.next = (n0->next ? n0->next : w20);
  struct node *arr23[4] = { (n0->val & 1 ? g_n[0] : g_n[3]), (s18.next ? s18.next : g_n[2]), ((struct node *) vp16), g_n[w20->val & 3] };
  struct node *p24 = gc_calloc (1, sizeof (struct node));
  p24->val = ((struct node *) vp17)->val;
  p24->a[2] = (w20->slot ? ((struct node *) w20->slot)->val : x0);
  return acc ^ (x0 | p14->a[1]);
}

void f2 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x18dafe493e1e746bUL;
  struct node **v28 = gc_alloc (4 * sizeof (struct node *));
  v28[0] = (n0->next ? n0->next : n0);
  v28[1] = n0;
  v28[2] = (n0->next ? n0->next : n0);
  if ((v28[2] ? v28[2]->val : (v28[3] ? v28[3]->val : x0)) % 2 == 1)
  {
    acc += f0 ((n0->next ? n0->next : g_n[1]), (x1 % (g_n[2]->val | 1)), list_sum (n0), (struct pair) { n0, n0 });
  }
  else
  {
    acc += (g_n[2]->val >> ((x0 ^ n0->a[3]) & 63));
  }
  for (unsigned long i29 = 0; i29 < 5; i29++)
  {
    struct node *p30 = gc_alloc (sizeof (struct node));
    p30->val = list_len ((p30->other ? p30->other : p30));
    p30->next = n0;
    if ((i29 >> (g_n[2]->val & 63)) % 7 == 1) return;
    n0 = p30;
  }
  if (n0 != n0)
    memcpy (n0, n0, sizeof (struct node));
  if (0x5122ca87023a1149UL % 5 == 1) return;
  acc += *g_up;
  n0 = g_n[3];
  struct node *p31 = gc_alloc (sizeof (struct node));
  p31->a[3] = x1;
  p31->next = g_n[1];
  { unsigned long *q = &n0->a[2]; *q ^= n0->a[1]; }
  acc += apply (cb_keep, n0, deep_sum (n0, 2));
  acc = mix (acc, 76UL);
  if ((list_len (n0) * (p31->val + p31->a[1])) % 2 == 1)
  {
    void *vp32 = g_n[3];
  }
  else
  {
  }
  g_acc ^= acc;
}

static void f3 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 1UL;
  struct node s37 = { 0 };
  s37.val = (n1->slot ? ((struct node *) n1->slot)->val : 0x27e1c834479a89ddUL);
  s37.next = n2;
  struct node **v38 = gc_alloc (4 * sizeof (struct node *));
  v38[2] = n2;
  for (unsigned long i39 = 0; i39 < 6; i39++)
  {
    struct node *p40 = gc_alloc (64);
    p40->a[2] = *g_up;
    p40->next = (s37.next ? s37.next : n0);
    x0 = g_acc;
  }
  g_acc += x0;
  struct node **v41 = gc_alloc (4 * sizeof (struct node *));
  v41[0] = (n2->other ? n2->other : n2);
  v41[1] = n2;
  v41[3] = n2;
  g_acc ^= acc;
}

static struct node *f4 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 1025477232UL;
  acc += (unsigned long) ((uintptr_t) n1 != 0);
  acc = mix (acc, g_acc);
  for (unsigned long i45 = 0; i45 < 5; i45++)
  {
    struct node *p46 = gc_alloc (sizeof (struct node));
    struct node *p47 = gc_alloc (64 + i45 % 16);
    unsigned long *b48 = gc_alloc (96 + i45 % 16);
    b48[1] = i45;
    struct node *p49 = gc_alloc (sizeof (struct node));
    p49->val = b48[1];
    p49->next = (p49->other ? p49->other : n2);
  }
  struct node *arr50[4] = { n0, n0, g_n[0UL & 3], n0 };
  struct node *w51 = n1;
  for (unsigned long i52 = 0; i52 < 3; i52++)
  {
    w51 = gc_alloc (sizeof (struct node));
    w51->val = i52 * (w51->a[2] - g_n[3]->val);
    acc += w51->val + list_sum (w51);
  }
  n0->next = arr50[n1->val & 3];
  return (n0->other ? n0->other : n0);
}

static void r5 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 0x49d214846faa822UL;
  if (d == 0)
    return;
  struct node *p56 = gc_alloc (sizeof (struct node));
  p56->a[1] = (g_n[1]->val + g_n[0]->val);
  struct node *arr57[4] = { n1, g_n[2], n1, g_n[p56->a[1] & 3] };
  printf ("r5.2 %lu\n", acc);
  unsigned long *b58 = gc_alloc (32);
  b58[1] = deep_sum (n0, 0);
  b58[2] = (unsigned long) ((uintptr_t) p56 != 0);
  b58[3] = (x0 << (b58[2] & 63));
  if ((unsigned long) (n0 == n1) % 3 == 0)
  {
    for (unsigned long i59 = 0; i59 < 3; i59++)
    {
      struct node *p60 = gc_alloc (sizeof (struct node));
      p60->val = *g_up;
    }
  }
  else
  {
    if (deep_sum (p56, 0) % 7 == 1) return;
    if (p56 != g_n[b58[0] & 3])
      memcpy (p56, g_n[b58[0] & 3], sizeof (struct node));
    for (unsigned long i61 = 0; i61 < 3; i61++)
    {
      for (unsigned long i62 = 0; i62 < 5; i62++)
      {
        struct node *p63 = gc_alloc (sizeof (struct node));
        p63->val = (b58[0] >> (i62 & 63));
        struct node *arr64[4] = { n1, g_n[b58[0] & 3], g_n[3], arr57[g_n[3]->val & 3] };
        p56->other = n0;
        p56->a[b58[0] & 3] = arr_sum (arr57, 4);
      }
      n1->val += (0x3621710d3c9e557eUL & 1 ? p56 : p56)->a[x0 & 3];
    }
  }
  if (d > 0)
  {
    r5 (d - 1, (n0->other ? n0->other : n1), arr57[x0 & 3], p56->val);
  }
  g_acc ^= acc;
}

__attribute__ ((noinline)) unsigned long r6 (unsigned long d, struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 69UL;
  if (d == 0)
    return acc;
  struct node *p68 = gc_alloc (sizeof (struct node));
  p68->val = n2->val;
  struct node *p69 = gc_calloc (1, sizeof (struct node));
  p69->val = ((unsigned long) ((uintptr_t) n2 != 0) / ((g_n[0]->val ? 1UL : p69->a[2]) | 1));
  for (unsigned long i70 = 0; i70 < 4; i70++)
  {
    f3 (g_n[g_n[0]->val & 3], n2, n2, n0->val);
    n1->slot = g_n[i70 & 3];
  }
  struct node s71 = { 0 };
  s71.val = n1->a[0];
  s71.next = n0;
  n2->other = n2;
  p69->val += ((unsigned long) ((uintptr_t) p69 != 0) ? (g_n[0]->val + 10UL) : deep_sum (g_n[1], 2));
  for (unsigned long i72 = 0; i72 < 8; i72++)
  {
    struct node *p73 = gc_alloc (sizeof (struct node));
    p73->next = p69;
    p69 = p73;
  }
  struct node *p74 = gc_alloc (sizeof (struct node));
  p74->val = g_n[3480428705UL & 3]->a[(294205533UL | g_n[0]->val) & 3];
  s71 = *p68;
  acc += (unsigned long) ((uintptr_t) (n1->next ? n1->next : n2) != 0);
  for (unsigned long i75 = 0; i75 < 4; i75++)
  {
    struct node *p76 = NEW (struct node);
    p76->val = deep_sum (p68, 1);
    p76->a[1] = (p69->slot ? ((struct node *) p69->slot)->val : n2->a[0]);
    p76->next = n2;
    p76->next = p74;
    p74 = p76;
  }
  if (p74 != p74)
    memcpy (p74, p74, sizeof (struct node));
  if (d > 0)
  {
    acc += r6 (d - 1, (g_n[2]->val & 1 ? n2 : p74), p69, n2);
  }
  return acc ^ (1536830428UL % (0x684515461c018d8aUL | 1));
}

static inline void r7 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 93UL;
  if (d == 0)
    return;
  g_n[1] = (n0->next ? n0->next : g_n[1]);
  r5 ((unsigned long) ((uintptr_t) n0 != 0) % 4, n0, n0, list_sum (n0));
  n0->next = (n0->other ? n0->other : n0);
  struct node *w80 = n0;
  for (unsigned long i81 = 0; i81 < 2; i81++)
  {
    w80 = gc_alloc (sizeof (struct node));
    w80->val = i81 * (w80->val & x0);
    acc += w80->val + list_sum (w80);
  }
  acc += ((unsigned long) (w80 == n0) ^ (x1 ^ g_n[3]->val));
  if (d > 0)
  {
    acc += r8 (d - 1, n0, g_n[1], 2172877329UL, (n0->slot ? ((struct node *) n0->slot)->val : n0->a[3]));
  }
  g_acc ^= acc;
}

static unsigned long r8 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 49UL;
  if (d == 0)
    return acc;
  n1 = n1;
  g_h.p = g_n[1];
  acc = mix (acc, (g_n[2]->val % (x1 | 1)));
  if (n0 != n1)
    memcpy (n0, n1, sizeof (struct node));
  n0->slot = g_n[1];
  g_acc += g_acc;
  if (60UL % 3 == 1)
  {
    n1->other = n0;
    n1->val += n1->val;
  }
  else
  {
    if (d > 0)
    {
      r7 (d - 1, g_n[1], g_n[3]->val, (x1 >> (g_n[1]->val & 63)));
    }
    if ((g_n[0]->val & n0->a[0]) % 4 == 0)
    {
      for (unsigned long i86 = 0; i86 < 6; i86++)
      {
        struct node *p87 = NEW (struct node);
        p87->val = (unsigned long) (n1 == n1);
        g_n[2]->next = g_n[0];
      }
    }
    else
    {
      struct node s88 = { 0 };
      s88.val = list_sum (&s88);
    }
  }
  return acc ^ g_n[1]->val;
}

static struct node *r9 (unsigned long d, struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 23UL;
  if (d == 0)
    return n0;
  struct node *p92 = gc_alloc (sizeof (struct node));
  p92->val = *g_up;
  p92->a[3] = 0UL;
  struct node *p93 = NEW (struct node);
  p93->val = (list_len (n0) & 96UL);
  p93->next = g_n[75UL & 3];
  unsigned long *b94 = gc_alloc (64);
  b94[2] = (unsigned long) ((uintptr_t) g_n[3] != 0);
  b94[3] = p92->a[4194475782UL & 3];
  void *vp95 = (n2->other ? n2->other : n2);
  if (d > 0)
  {
    r10 (d - 1, p93, p93, p93, 3UL, &n2->next);
  }
  acc = mix (acc, p92->a[b94[1] & 3]);
  struct node **v96 = gc_alloc (4 * sizeof (struct node *));
  v96[1] = n1;
  v96[2] = n2;
  v96[3] = (p93->a[1] & 1 ? n1 : p92);
  void *vp97 = p93;
  return p93;
}

static inline void r10 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct node **out)
{
  unsigned long acc = 3421384459UL;
  if (d == 0)
    return;
  struct node *p102 = NEW (struct node);
  p102->val = (x0 % (list_sum (p102) | 1));
  { unsigned long *q = &n2->a[2]; *q ^= (n0->a[3] + g_n[1]->val); }
  if ((x0 >> (0UL & 63)) % 3 == 0)
  {
    struct node *arr103[4] = { (3006124071UL & 1 ? p102 : n0), n0, g_n[1681591550UL & 3], n0 };
    acc += cb_read ((g_n[2]->val & 1 ? n2 : n1), g_n[2]->val);
    g_up = &n1->a[1];
  }
  acc += apply (cb_read, p102, g_n[0]->val);
  n1->a[(x0 / (n2->a[1] | 1)) & 3] = (x0 + 14UL);
  struct node *w104 = n2;
  for (unsigned long i105 = 0; i105 < 1; i105++)
  {
    w104 = gc_alloc (sizeof (struct node));
    w104->val = i105 * n0->val;
    acc += w104->val + list_sum (w104);
  }
  struct node *arr106[4] = { g_n[3], (1897643859UL & 1 ? n1 : n1), p102, g_n[0x195714e6091fcee2UL & 3] };
  arr106[g_n[0]->val & 3] = n0;
  if (n2 != (n2->other ? n2->other : n2))
    memcpy (n2, (n2->other ? n2->other : n2), sizeof (struct node));
  if (d > 0)
  {
    r10 (d - 1, p102, n1, n1, x0, &w104);
  }
  struct node *arr107[4] = { n2, (*out ? *out : n2), n1, (*out ? *out : p102) };
  struct node *p108 = gc_alloc (sizeof (struct node));
  p108->val = *g_up;
  p102->next = (n2->a[1] & 1 ? n1 : n2);
  if (d > 0)
  {
    r10 (d - 1, g_n[0], n1, n0, n1->a[g_n[3]->val & 3], &p102);
  }
  w104 = n0;
  g_acc ^= acc;
}

static unsigned long f11 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 45UL;
  for (unsigned long i112 = 0; i112 < 5; i112++)
  {
  }
  n1 = f4 (n1, n0, n0);
  f2 ((n1->next ? n1->next : g_n[3]), (g_n[3]->val * 26UL), (unsigned long) ((uintptr_t) n0 != 0));
  g_n[2] = (n1->other ? n1->other : n1);
  { unsigned long *q = &n0->a[2]; *q ^= list_sum (g_n[3]); }
  unsigned long *b113 = gc_alloc (32);
  b113[1] = (2UL ^ 2UL);
  struct node *w114 = n0;
  for (unsigned long i115 = 0; i115 < 5; i115++)
  {
    w114 = gc_alloc (sizeof (struct node));
    w114->val = i115 * (i115 >> (i115 & 63));
    acc += w114->val + list_sum (w114);
  }
  n0->next = n2;
  return acc ^ n2->a[2];
}

static void f12 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 1UL;
  struct node *p119 = gc_alloc (sizeof (struct node));
  p119->val = ((g_n[3]->val | 1UL) | (0x7b570d383b31d6e3UL % (n2->val | 1)));
  g_list->other = (n0->next ? n0->next : n1);
  struct node *p120 = NEW (struct node);
  p120->val = ((g_n[0]->val ^ g_n[3]->val) & (3916192993UL >> (g_n[1]->val & 63)));
  p120->next = g_n[p119->val & 3];
  unsigned long st121 = 0;
  for (struct node *q = p120; q && st121 < 8; q = q->next, st121++)
    acc += q->val * (st121 + 1);
  { struct node *volatile vol = n0; acc += vol->val; }
  unsigned long u122 = list_len (n2);
  if (n0->a[p119->a[n1->val & 3] & 3] % 4 == 1)
  {
    printf ("f12.3 %lu\n", acc);
  }
  else
  {
    void *vp123 = p120;
  }
  p120->other = g_n[2];
  g_up = &g_n[1]->a[0];
  struct node *p124 = gc_alloc (sizeof (struct node));
  p124->val = u122;
  p124->next = p124;
  acc += ((p120->slot ? ((struct node *) p120->slot)->val : n2->a[0]) ? n1->a[st121 & 3] : (g_n[0]->slot ? ((struct node *) g_n[0]->slot)->val : g_n[0]->val));
  g_acc ^= acc;
}

struct node *f13 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3UL;
  n0->val += n0->val;
  g_acc += (unsigned long) ((uintptr_t) (n0->a[2] & 1 ? n0 : n0) != 0);
  g_n[0] = g_n[2];
  acc += cb_read (g_n[1], deep_sum (n0, 0));
  acc += (unsigned long) (n0 == n0);
  n0->a[n0->a[g_n[1]->val & 3] & 3] = deep_sum (n0, 0);
  for (unsigned long i128 = 0; i128 < 2; i128++)
  {
    struct node *p129 = gc_alloc (sizeof (struct node));
    p129->val = list_len (p129);
    r10 ((g_n[0]->val / (g_n[0]->val | 1)) % 4, (g_n[2]->next ? g_n[2]->next : g_n[3]), g_n[3], (g_n[1]->next ? g_n[1]->next : g_n[3]), (x0 * g_n[0]->val), &n0);
    acc += cb_read ((i128 & 1 ? g_n[0] : g_n[1]), 63UL);
    acc += (p129->a[x1 & 3] / ((p129->a[3] ? p129->a[3] : p129->a[1]) | 1));
    if ((deep_sum (p129, 0) >> ((p129->val << (g_n[3]->val & 63)) & 63)) % 2 == 1)
    {
    }
  }
  gc_free (n0);
  gc_free (n0);
  struct node *p130 = gc_calloc (1, sizeof (struct node));
  p130->val = x1;
  p130->a[1] = 82UL;
  p130->next = (p130->next ? p130->next : p130);
  for (unsigned long i131 = 0; i131 < 6; i131++)
  {
  }
  return g_n[2];
}

unsigned long r14 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 1480849940UL;
  if (d == 0)
    return acc;
  struct node **v136 = gc_alloc (4 * sizeof (struct node *));
  v136[0] = n1;
  v136[1] = n1;
  unsigned long st137 = 0;
  for (struct node *q = (n1->other ? n1->other : g_n[2]); q && st137 < 8; q = q->next, st137++)
    acc += q->val * (st137 + 1);
  n0->a[st137 & 3] = n2->a[n1->val & 3];
  if (g_acc % 2 == 1)
  {
    struct node *arr138[4] = { (v136[1] ? v136[1] : g_n[0]), (g_n[3]->other ? g_n[3]->other : n1), n1, n1 };
    struct node *p139 = f4 ((n1->next ? n1->next : n1), n0, (n1->next ? n1->next : n2));
  }
  else
  {
    { unsigned long *q = &n2->a[3]; *q ^= n2->val; }
  }
  struct node *w140 = n2;
  for (unsigned long i141 = 0; i141 < 2; i141++)
  {
    w140 = gc_alloc (sizeof (struct node));
    w140->val = i141 * x0;
    acc += w140->val + list_sum (w140);
  }
  acc += g_acc;
  n0->a[(unsigned long) (n2 == n0) & 3] = ((n0->slot ? ((struct node *) n0->slot)->val : st137) + deep_sum (n2, 0));
  r5 ((unsigned long) ((uintptr_t) g_n[3] != 0) % 4, (n0->next ? n0->next : n1), (n1->other ? n1->other : n1), (g_n[0]->slot ? ((struct node *) g_n[0]->slot)->val : x0));
  acc += cb_read (n1, list_len (w140));
  if (d > 0)
  {
    r15 (d - 1, w140->val, (n0->a[3] % (x0 | 1)), &w140);
  }
  return acc ^ st137;
}

static void r15 (unsigned long d, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 3211359764UL;
  if (d == 0)
    return;
  struct node *p144 = NEW (struct node);
  p144->val = g_n[1]->val;
  struct node s145 = { 0 };
  s145.val = p144->val;
  s145.next = (p144->next ? p144->next : p144);
  s145.other = (p144->other ? p144->other : p144);
  g_h.p = (g_n[3]->val & 1 ? p144 : p144);
  struct node *p146 = gc_alloc (sizeof (struct node));
  for (unsigned long i147 = 0; i147 < 2; i147++)
  {
    struct node *p148 = gc_alloc (sizeof (struct node));
    p148->a[1] = (p146->a[1] + p148->val);
    p148->next = p148;
    p148->next = p146;
    p146 = p148;
  }
  acc += g_n[g_n[3]->a[3] & 3]->a[(p146->val + p144->a[2]) & 3];
  acc += f1 ((s145.next ? s145.next : p146), p146, p146->a[1], &g_n[3], (struct pair) { (p146->other ? p146->other : p146), (*out ? *out : p146) });
  acc += *out ? (*out)->val : g_n[3]->val;
  struct node *p149 = gc_alloc (sizeof (struct node));
  p149->val = *g_up;
  p149->next = p149;
  __asm__ volatile ("" : : "r" (p146) : "memory");
  struct node *p150 = gc_alloc (sizeof (struct node));
  p150->val = g_acc;
  p150->a[2] = list_len (p150);
  p150->next = g_n[x0 & 3];
  { unsigned long *q = &p146->a[2]; *q ^= x1; }
  printf ("r15.4 %lu\n", acc);
  unsigned long u151 = p146->a[(unsigned long) (p144 == p150) & 3];
  g_up = &p146->a[1];
  if (d > 0)
  {
    acc += r14 (d - 1, (s145.next ? s145.next : p144), p144, p146, p144->val);
  }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) struct node *f16 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3430370190UL;
  struct node *p156 = gc_alloc (sizeof (struct node));
  n0 = (p156->val & 1 ? n1 : n0);
  p156->slot = p156;
  n1->a[0x730e183e7d03292bUL & 3] = *g_up;
  unsigned long u157 = ((n1->slot ? ((struct node *) n1->slot)->val : g_n[0]->val) ^ (g_n[2]->a[2] * n1->val));
  acc = mix (acc, (g_n[0]->val - n0->a[3]));
  acc += apply (cb_keep, p156, p156->a[2]);
  p156->slot = p156;
  n0->a[(n1->val ? n0->a[2] : g_n[1]->val) & 3] = (unsigned long) ((uintptr_t) n1 != 0);
  p156->val += 0UL;
  for (unsigned long i158 = 0; i158 < 2; i158++)
  {
    struct node *p159 = gc_alloc (sizeof (struct node));
    p159->val = (g_acc + 15UL);
    p159->next = p156;
    for (unsigned long i160 = 0; i160 < 4; i160++)
    {
      struct node *p161 = gc_alloc (sizeof (struct node));
      p161->val = (unsigned long) (n1 == p161);
      p161->a[2] = p156->a[3];
      p161->next = n0;
      struct node *p162 = gc_alloc (64);
      p162->val = (p156->val & x1);
      unsigned long u163 = list_sum (n1);
      acc += (unsigned long) ((uintptr_t) p162 != 0);
    }
  }
  return p156;
}

struct node *f17 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 235770052UL;
  struct node *p167 = gc_calloc (1, sizeof (struct node));
  p167->val = x0;
  { unsigned long *q = &n1->a[1]; *q ^= (unsigned long) (p167 == n0); }
  acc = mix (acc, list_sum (p167));
  if (n1 != g_n[0])
    memcpy (n1, g_n[0], sizeof (struct node));
  n0->val += x0;
  n0->other = (p167->next ? p167->next : g_n[1]);
  struct node *p168 = f16 (n1, n0, (unsigned long) (n1 == n0), (unsigned long) ((uintptr_t) p167 != 0));
  unsigned long *b169 = gc_alloc (96);
  b169[1] = list_sum (p168);
  b169[2] = (p168->a[3] * n1->a[1]);
  acc += (p167->a[2] * x0);
  p167->val += g_acc;
  p168->other = p167;
  acc += (2UL & 1 ? n0 : p168)->a[list_len (p167) & 3];
  struct node s170 = { 0 };
  s170.val = b169[1];
  s170.next = n1;
  return n1;
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
  unsigned long acc = 12UL;
  struct node *p171 = gc_calloc (1, sizeof (struct node));
  p171->val = deep_sum (p171, 0);
  struct node *p172 = gc_alloc (sizeof (struct node));
  p172->val = (p172->a[2] - list_sum (p172));
  p172->next = p171;
  g_acc += 0x143a89840e9ad84cUL;
  for (unsigned long i173 = 0; i173 < 3; i173++)
  {
    unsigned long st174 = 0;
    for (struct node *q = p172; q && st174 < 8; q = q->next, st174++)
      acc += q->val * (st174 + 1);
    acc += cb_read (p171, (unsigned long) ((uintptr_t) p171 != 0));
    g_any = g_n[3];
    p171->slot = g_n[1];
  }
  struct node *p175 = gc_calloc (1, sizeof (struct node));
  p175->val = (1UL ^ g_n[3]->val);
  p175->next = (31UL & 1 ? p175 : p175);
  struct node *arr176[4] = { p171, g_n[3], (29UL & 1 ? p171 : p171), p171 };
  if ((unsigned long) ((uintptr_t) (99UL & 1 ? p171 : g_n[0]) != 0) % 4 == 0)
  {
    acc += r14 ((g_n[0]->val ? 4030785067UL : 2UL) % 4, (g_n[1]->val & 1 ? p172 : p172), g_n[g_n[0]->val & 3], p171, list_sum (p175));
  }
  struct node *p177 = NEW (struct node);
  p177->val = deep_sum (p175, 1);
  p177->a[0] = p172->a[2];
  p177->next = (p175->next ? p175->next : p175);
  acc += f0 (p177, (unsigned long) ((uintptr_t) p175 != 0), 3UL, (struct pair) { p177, (p175->other ? p175->other : p177) });
  void *vp178 = p177;
  { unsigned long *q = &p171->a[1]; *q ^= list_sum (p177); }
  gc_free (p172);
  p175->other = g_n[0];
  struct node *w179 = p177;
  for (unsigned long i180 = 0; i180 < 1; i180++)
  {
    w179 = gc_alloc (sizeof (struct node));
    w179->val = i180 * *g_up;
    acc += w179->val + list_sum (w179);
  }
  unsigned long u181 = 22UL;
  g_acc += (u181 | deep_sum (p171, 1));
  acc += (unsigned long) ((uintptr_t) p171 != 0);
  u181 = r6 ((p171->val * w179->a[0]) % 4, p171, arr176[0xc388f730d3a44fcUL & 3], p175);
  printf ("main.r6 %lu\n", acc);
  r7 (139527880UL % 4, ((struct node *) vp178), u181, list_len (p175));
  printf ("main.r7 %lu\n", acc);
  acc += r8 ((w179->a[0] >> (g_n[1]->val & 63)) % 4, (g_n[1]->val & 1 ? w179 : p171), p172, u181, (u181 >> (p175->val & 63)));
  printf ("main.r8 %lu\n", acc);
  struct node *p182 = r9 (deep_sum (p172, 1) % 4, w179, (p171->next ? p171->next : p172), p172);
  printf ("main.r9 %lu\n", acc);
  acc += f11 (p175, (u181 & 1 ? p175 : p175), w179);
  printf ("main.f11 %lu\n", acc);
  f12 ((p175->other ? p175->other : p175), g_n[u181 & 3], g_n[u181 & 3]);
  printf ("main.f12 %lu\n", acc);
  p171 = f13 (w179, (0x7110e09c26110099UL | g_n[0]->val), u181);
  printf ("main.f13 %lu\n", acc);
  r15 ((p177->a[2] | 26UL) % 4, deep_sum (p177, 2), p175->a[u181 & 3], &p172);
  printf ("main.r15 %lu\n", acc);
  struct node *p183 = f17 ((g_n[3]->val & 1 ? g_n[1] : p175), p177, ((struct node *) vp178)->val);
  printf ("main.f17 %lu\n", acc);
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

/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0034.c */
/* gcc-escape fuzz program, seed 34: testsuite/fuzz/gen 34 */
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

void f0 (struct node *n0, struct node *n1, struct node **out, struct pair pr);
static struct node *f1 (struct node *n0, struct node *n1, struct node *n2, struct pair pr);
static struct node *f2 (void);
static unsigned long f3 (unsigned long x0, unsigned long x1, struct pair pr);
unsigned long f4 (void);
static unsigned long f5 (struct node *n0, struct node *n1, struct node *n2);
static unsigned long f6 (struct node *n0, struct node **out);
static struct node *f7 (struct node *n0, struct node *n1);
static unsigned long f8 (struct node *n0, unsigned long x0);
struct node *f9 (unsigned long x0);

void f0 (struct node *n0, struct node *n1, struct node **out, struct pair pr)
{
  unsigned long acc = 3528049698UL;
  struct node *p3 = pr.b;
  n1->next = n0;
  unsigned long *b4 = gc_alloc (96);
  b4[0] = (unsigned long) (n1 == n1);
  unsigned long st5 = 0;
  for (struct node *q = g_n[0]; q && st5 < 8; q = q->next, st5++)
    acc += q->val * (st5 + 1);
  acc += cb_read (n0, (n0->next ? n0->next->val : st5));
  { unsigned long *q = &n0->a[2]; *q ^= (n1->a[1] | n0->a[1]); }
  unsigned long st6 = 0;
  for (struct node *q = g_n[2UL & 3]; q && st6 < 8; q = q->next, st6++)
    acc += q->val * (st6 + 1);
  n1 = (n0->next ? n0->next : g_n[2]);
  struct node *arr7[4] = { n0, g_n[st6 & 3], p3, g_n[n1->a[2] & 3] };
  for (unsigned long i8 = 0; i8 < 5; i8++)
  {
    qsort (arr7, 4, sizeof arr7[0], cmp_nodes);
  }
  acc += apply (cb_bump, n0, (unsigned long) (n1 == p3));
  void *vp9 = n0;
  g_acc ^= acc;
}

static struct node *f1 (struct node *n0, struct node *n1, struct node *n2, struct pair pr)
{
  unsigned long acc = 3UL;
  struct node *p13 = pr.a;
  if (((unsigned long) ((uintptr_t) n1 != 0) << (n0->a[0] & 63)) % 2 == 1)
  {
    n2->a[n2->val & 3] = (p13->a[1] / (p13->a[3] | 1));
  }
  struct node *w14 = p13;
  for (unsigned long i15 = 0; i15 < 2; i15++)
  {
    w14 = gc_alloc (sizeof (struct node));
    w14->val = i15 * n2->a[3];
    acc += w14->val + list_sum (w14);
  }
  acc += (unsigned long) (g_n[0] == n1);
  struct node *w16 = p13;
  for (unsigned long i17 = 0; i17 < 3; i17++)
  {
    w16 = gc_alloc (sizeof (struct node));
    w16->val = i17 * (g_n[2]->val - 1UL);
    acc += w16->val + list_sum (w16);
  }
  return p13;
}

static struct node *f2 (void)
{
  unsigned long acc = 3UL;
  struct node *p18 = gc_alloc (64);
  p18->val = (unsigned long) ((uintptr_t) p18 != 0);
  p18->next = p18;
  p18 = f1 (g_n[95UL & 3], p18, p18, (struct pair) { (g_n[2]->next ? g_n[2]->next : g_n[3]), g_n[3] });
  acc = mix (acc, g_n[1]->val);
  struct node *p19 = gc_alloc (sizeof (struct node));
  p19->val = list_len (p18);
  p19->a[3] = (p18->val * p19->val);
  if (p18 != (p18->val & 1 ? p18 : p18))
    memcpy (p18, (p18->val & 1 ? p18 : p18), sizeof (struct node));
  struct node *p20 = gc_alloc (sizeof (struct node));
  p20->val = (p19->next ? p19->next->val : list_sum (p19));
  p20->next = (g_n[1]->val & 1 ? p19 : p20);
  struct node *p21 = f1 (p19, (g_n[3]->next ? g_n[3]->next : p20), p20, (struct pair) { g_n[p19->a[1] & 3], p20 });
  struct node *p22 = NEW (struct node);
  p22->a[1] = (unsigned long) ((uintptr_t) p18 != 0);
  p22->next = p19;
  g_up = &(p20->other ? p20->other : p21)->a[0];
  struct node *p23 = f1 (p20, p20, p20, (struct pair) { p21, (p20->other ? p20->other : p19) });
  gc_free (p21);
  unsigned long *b24 = gc_calloc (12, sizeof (unsigned long));
  b24[1] = b24[3];
  return p21;
}

static unsigned long f3 (unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 31UL;
  struct node *p27 = pr.a;
  printf ("f3.0 %lu\n", acc);
  gc_free (p27);
  f0 ((g_n[0]->next ? g_n[0]->next : p27), g_n[1], &p27, (struct pair) { p27, p27 });
  g_up = &p27->a[2];
  struct node s28 = { 0 };
  s28.val = s28.a[0];
  s28.next = p27;
  s28.other = p27;
  return acc ^ (0x5c6232b6799b4909UL - x0);
}

__attribute__ ((noinline)) unsigned long f4 (void)
{
  unsigned long acc = 3UL;
  struct node *p29 = gc_alloc (sizeof (struct node));
  p29->val = list_sum (p29);
  acc += (p29->slot ? ((struct node *) p29->slot)->val : (1726895548UL / (p29->a[2] | 1)));
  acc += list_sum (p29);
  acc = mix (acc, 43UL);
  g_n[2] = g_n[0x1316969d2ce4e7d8UL & 3];
  if (0x746a044243b7af0aUL % 4 == 1) return acc ^ (g_n[2]->val / (87UL | 1));
  unsigned long u30 = (g_n[p29->val & 3]->slot ? ((struct node *) g_n[p29->val & 3]->slot)->val : (3264386304UL - 7UL));
  struct node *arr31[4] = { (p29->next ? p29->next : p29), p29, p29, p29 };
  unsigned long u32 = (g_n[2]->val % (g_n[2]->val | 1));
  u32 = f3 ((unsigned long) (p29 == p29), g_acc, (struct pair) { g_n[2], g_n[1] });
  p29->slot = (g_n[0]->other ? g_n[0]->other : g_n[2]);
  p29->slot = g_n[0];
  acc += cb_read ((p29->other ? p29->other : p29), (u30 << (p29->a[3] & 63)));
  return acc ^ g_n[3]->val;
}

static unsigned long f5 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 3158097148UL;
  struct node *p36 = gc_calloc (1, sizeof (struct node));
  p36->val = (57UL ? (755577191UL | g_n[2]->val) : list_len (n1));
  p36->next = (n2->val & 1 ? n1 : n1);
  struct node *p37 = f1 (g_n[62UL & 3], n1, (n1->next ? n1->next : g_n[3]), (struct pair) { g_n[419949668UL & 3], n1 });
  if (2593504813UL % 3 == 0)
  {
    for (unsigned long i38 = 0; i38 < 3; i38++)
    {
      struct node *p39 = gc_alloc (sizeof (struct node));
      p39->val = (i38 & 1 ? p37 : n0)->a[(i38 & i38) & 3];
      p39->next = n0;
      unsigned long u40 = (unsigned long) ((uintptr_t) p36 != 0);
      n0 = p39;
    }
  }
  else
  {
    unsigned long u41 = (unsigned long) (n1 == p36);
  }
  g_acc += ((n2->slot ? ((struct node *) n2->slot)->val : p36->a[2]) * (unsigned long) (p37 == p37));
  struct node *w42 = p37;
  for (unsigned long i43 = 0; i43 < 1; i43++)
  {
    w42 = gc_alloc (sizeof (struct node));
    w42->val = i43 * g_acc;
    acc += w42->val + list_sum (w42);
  }
  for (unsigned long i44 = 0; i44 < 7; i44++)
  {
    struct node *p45 = gc_alloc (sizeof (struct node));
    p45->val = g_acc;
    p45->next = n2;
    n2 = p45;
  }
  w42 = f2 ();
  p36->a[p37->val & 3] = (2UL % (w42->val | 1));
  for (unsigned long i46 = 0; i46 < 1; i46++)
  {
    struct node *p47 = gc_alloc (sizeof (struct node));
    p47->val = deep_sum (n2, 1);
    p47->a[3] = p36->val;
    g_n[3] = w42;
    struct node *p48 = gc_alloc (64 + i46 % 16);
    if (((g_n[0]->val % (g_n[1]->val | 1)) / (n1->val | 1)) % 4 == 1)
    {
    }
  }
  return acc ^ p37->val;
}

static unsigned long f6 (struct node *n0, struct node **out)
{
  unsigned long acc = 6UL;
  struct node *p50 = gc_alloc (sizeof (struct node));
  p50->val = list_len (n0);
  p50->next = (p50->a[1] & 1 ? p50 : p50);
  unsigned long st51 = 0;
  for (struct node *q = (st51 & 1 ? p50 : p50); q && st51 < 8; q = q->next, st51++)
    acc += q->val * (st51 + 1);
  acc += (unsigned long) ((uintptr_t) p50 != 0);
  struct node *p52 = gc_alloc (sizeof (struct node));
  p52->val = (n0->a[2832979351UL & 3] >> ((st51 ^ p50->val) & 63));
  acc += (g_acc << ((2UL - p50->val) & 63));
  n0->next = g_n[n0->a[3] & 3];
  acc += g_cb[(st51 | p50->val) & 3] ((p50->next ? p50->next : p50), g_n[3]->val);
  struct node *w53 = n0;
  for (unsigned long i54 = 0; i54 < 4; i54++)
  {
    w53 = gc_alloc (sizeof (struct node));
    w53->val = i54 * g_n[1]->val;
    acc += w53->val + list_sum (w53);
  }
  acc += deep_sum (n0, 2);
  p50 = g_n[0];
  struct node **v55 = gc_alloc (4 * sizeof (struct node *));
  v55[0] = (p52->val & 1 ? n0 : n0);
  v55[1] = (w53->a[0] & 1 ? n0 : n0);
  v55[2] = n0;
  void *vp56 = (*out ? *out : n0);
  return acc ^ (w53->slot ? ((struct node *) w53->slot)->val : g_n[3]->val);
}

static struct node *f7 (struct node *n0, struct node *n1)
{
  unsigned long acc = 1665431662UL;
  acc += f6 ((78UL & 1 ? n0 : n0), &n0);
  g_list = n0;
  n1->other = n1;
  struct node *arr59[4] = { n0, n1, n0, n1 };
  n0->a[n1->a[2UL & 3] & 3] = *g_up;
  acc += f4 ();
  n0->val += (unsigned long) (n1 == n1);
  struct node *arr60[4] = { n1, n1, n1, n1 };
  unsigned long st61 = 0;
  for (struct node *q = n1; q && st61 < 8; q = q->next, st61++)
    acc += q->val * (st61 + 1);
  return n0;
}

static unsigned long f8 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 5UL;
  if (x0 % 3 == 1)
  {
    acc += cb_read (g_n[3UL & 3], (unsigned long) (n0 == n0));
  }
  void *vp64 = (g_n[2]->next ? g_n[2]->next : g_n[1]);
  unsigned long st65 = 0;
  for (struct node *q = (n0->a[2] & 1 ? n0 : n0); q && st65 < 8; q = q->next, st65++)
    acc += q->val * (st65 + 1);
  struct node *p66 = gc_alloc (64);
  p66->val = (unsigned long) (((struct node *) vp64) == g_n[st65 & 3]);
  n0 = n0;
  n0->other = (n0->other ? n0->other : n0);
  g_list->other = p66;
  acc += ((p66->next ? p66->next->val : 75UL) ? *g_up : (x0 ? 55UL : st65));
  x0 = (list_len (n0) % ((st65 ? 4188928590UL : 3774176152UL) | 1));
  struct node *p67 = (struct node *) ((uintptr_t) n0 | 0);
  return acc ^ g_n[3]->val;
}

struct node *f9 (unsigned long x0)
{
  unsigned long acc = 0UL;
  struct node *p69 = gc_alloc (sizeof (struct node));
  p69->val = ((x0 ? p69->val : x0) % (x0 | 1));
  p69->next = g_n[0];
  struct node *w70 = p69;
  for (unsigned long i71 = 0; i71 < 5; i71++)
  {
    w70 = gc_alloc (sizeof (struct node));
    w70->val = i71 * (i71 * g_n[3]->val);
    acc += w70->val + list_sum (w70);
  }
  w70->next = p69;
  struct node *p72 = gc_alloc (sizeof (struct node));
  p72->val = (unsigned long) (g_n[1] == (p69->other ? p69->other : p69));
  p72->a[1] = (unsigned long) ((uintptr_t) p69 != 0);
  if (w70 != (w70->next ? w70->next : w70))
    memcpy (w70, (w70->next ? w70->next : w70), sizeof (struct node));
  struct node *w73 = w70;
  for (unsigned long i74 = 0; i74 < 4; i74++)
  {
    w73 = gc_alloc (sizeof (struct node));
    w73->val = i74 * x0;
    acc += w73->val + list_sum (w73);
  }
  p69 = p69;
  f0 (p69, p69, &g_n[1], (struct pair) { (g_n[2]->val & 1 ? p72 : w70), w73 });
  acc += (w70->a[2] * (p69->next ? p69->next->val : 3UL));
  { unsigned long *q = &p72->a[2]; *q ^= (w70->a[2] * p69->val); }
  printf ("f9.1 %lu\n", acc);
  acc += f5 (p72, p72, p72);
  f0 (p69, g_n[x0 & 3], &p69, (struct pair) { p72, w73 });
  void *vp75 = w70;
  for (unsigned long i76 = 0; i76 < 2; i76++)
  {
    struct node *p77 = gc_alloc (sizeof (struct node));
    p77->val = (unsigned long) (w73 == p77);
    for (unsigned long i78 = 0; i78 < 7; i78++)
    {
      struct node *p79 = gc_alloc (sizeof (struct node));
      p79->val = (deep_sum (p72, 0) & i78);
      p79->next = (p69->other ? p69->other : p79);
      p79->next = w73;
      for (unsigned long i80 = 0; i80 < 3; i80++)
      {
        struct node *p81 = gc_alloc (sizeof (struct node));
        p81->val = (p72->a[w73->val & 3] ? (unsigned long) (p69 == p77) : (p69->slot ? ((struct node *) p69->slot)->val : g_n[1]->val));
        p81->a[3] = i78;
        p81->next = w73;
      }
      w73 = p79;
    }
    struct node s82 = { 0 };
    s82.val = w70->a[1];
    s82.next = w73;
  }
  return p72;
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
  unsigned long acc = 34UL;
  struct node *p83 = gc_alloc (64);
  p83->val = g_acc;
  acc += (p83->a[33UL & 3] ^ list_sum (p83));
  if (26UL % 3 == 1)
  {
    struct node **v84 = gc_alloc (4 * sizeof (struct node *));
    v84[0] = g_n[3];
    v84[1] = g_n[2];
    v84[2] = g_n[2];
    v84[3] = g_n[1];
    acc += ((49UL ? 0x1c1c9e8c4958d8c4UL : p83->a[0]) / (2853336558UL | 1));
  }
  acc += (unsigned long) ((uintptr_t) p83 != 0);
  if (list_sum ((g_n[0]->next ? g_n[0]->next : p83)) % 4 == 0)
  {
    acc += (g_n[2]->val % (list_len (p83) | 1));
    p83->val += (0x59d7d78802c917beUL >> (p83->val & 63));
  }
  else
  {
    acc += (list_len (p83) / ((p83->slot ? ((struct node *) p83->slot)->val : p83->val) | 1));
    acc += p83->a[2825606281UL & 3];
  }
  for (unsigned long i85 = 0; i85 < 6; i85++)
  {
    struct node *p86 = gc_alloc (sizeof (struct node));
    p86->val = i85;
    p86->a[2] = (p83->a[3] << (g_n[0]->val & 63));
    struct node *p87 = gc_alloc (64 + ((unsigned long) (p86 == p86) & 7));
    p87->val = (g_n[1]->a[g_n[3]->val & 3] << (p83->val & 63));
    if ((p83->val ^ (7UL << (i85 & 63))) % 3 == 1)
    {
      g_up = &p87->a[0];
      acc += apply (cb_read, p83, 3UL);
    }
  }
  p83 = f7 (g_n[1UL & 3], p83);
  printf ("main.f7 %lu\n", acc);
  acc += f8 (p83, (p83->next ? p83->next->val : g_n[1]->val));
  printf ("main.f8 %lu\n", acc);
  p83 = f9 (882275167UL);
  printf ("main.f9 %lu\n", acc);
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

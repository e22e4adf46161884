/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0053.c */
/* gcc-escape fuzz program, seed 53: testsuite/fuzz/gen 53 */
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

void f0 (struct node *n0, unsigned long x0, unsigned long x1);
static void f1 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static unsigned long f2 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr);
static void f3 (struct node *n0);
unsigned long r4 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out);
static unsigned long r5 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1);
void r6 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
static void r7 (unsigned long d, struct node *n0, struct node *n1);
static void f8 (struct node *n0, struct node **out);
static void f9 (unsigned long x0, unsigned long x1);
void f10 (struct node *n0, unsigned long x0, struct node **out);
void r11 (unsigned long d, struct node *n0, struct node *n1, struct node *n2);
void r12 (unsigned long d, struct node *n0, unsigned long x0, struct node **out);
static unsigned long f13 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr);
static struct node *f14 (struct node *n0, struct node *n1, struct node *n2, struct node **out, struct pair pr);
struct node *r15 (unsigned long d);
static struct node *f16 (struct pair pr);
static struct node *f17 (struct node *n0);

void f0 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x1f222e750250e447UL;
  struct node *p4 = gc_alloc (sizeof (struct node));
  p4->a[3] = list_sum (n0);
  p4->next = n0;
  unsigned long *b5 = gc_calloc (12, sizeof (unsigned long));
  b5[1] = (p4->next ? p4->next->val : x0);
  g_acc += (79UL >> (g_n[0]->val & 63));
  acc += (n0->val >> ((0x3dc45cc146f632bcUL >> (p4->a[0] & 63)) & 63));
  for (unsigned long i6 = 0; i6 < 2; i6++)
  {
    struct node *p7 = gc_alloc (sizeof (struct node));
    p7->val = list_sum (g_n[0]);
    p7->a[3] = (p7->next ? p7->next->val : x0);
    p7->next = n0;
    for (unsigned long i8 = 0; i8 < 3; i8++)
    {
      struct node *p9 = gc_calloc (1, sizeof (struct node));
      p9->val = (*g_up * 2UL);
      p9->next = (p9->next ? p9->next : p4);
      p9->next = p4;
      p4 = p9;
    }
    unsigned long st10 = 0;
    for (struct node *q = (p4->next ? p4->next : p4); q && st10 < 8; q = q->next, st10++)
      acc += q->val * (st10 + 1);
    acc += (g_acc * (i6 / (p4->a[2] | 1)));
    p7->val += ((p7->other ? p7->other : p4)->slot ? ((struct node *) (p7->other ? p7->other : p4)->slot)->val : b5[0]);
  }
  if (n0 != (p4->next ? p4->next : n0))
    memcpy (n0, (p4->next ? p4->next : n0), sizeof (struct node));
  p4 = p4;
  n0 = p4;
  p4->slot = n0;
  g_acc ^= acc;
}

static inline void f1 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3UL;
  struct node *p16 = NEW (struct node);
  p16->val = (g_acc - (0x40d02a4a4f17526fUL ? g_n[0]->val : x1));
  p16->next = n2;
  acc += n1->a[n1->val & 3];
  struct node *p17 = gc_alloc (sizeof (struct node));
  p17->val = g_acc;
  p17->a[1] = (x1 & n2->a[3]);
  printf ("f1.0 %lu\n", acc);
  f0 (n0, (unsigned long) ((uintptr_t) g_n[2] != 0), p16->a[1]);
  g_acc += ((unsigned long) ((uintptr_t) n0 != 0) * p17->a[1]);
  g_n[2] = n0;
  g_acc ^= acc;
}

static unsigned long f2 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr)
{
  unsigned long acc = 0x7304cb593d123734UL;
  struct node *p22 = pr.a;
  p22->next = (x0 & 1 ? p22 : n1);
  if (x0 % 3 == 1) return acc ^ x0;
  g_list->other = n1;
  g_n[1]->next = n0;
  struct node **v23 = gc_alloc (4 * sizeof (struct node *));
  v23[1] = n0;
  v23[2] = g_n[x0 & 3];
  struct node *w24 = n2;
  for (unsigned long i25 = 0; i25 < 3; i25++)
  {
    w24 = gc_alloc (sizeof (struct node));
    w24->val = i25 * (x0 ^ n1->a[3]);
    acc += w24->val + list_sum (w24);
  }
  void *vp26 = n1;
  g_list = (n1->next ? n1->next : n0);
  for (unsigned long i27 = 0; i27 < 4; i27++)
  {
    struct node *p28 = gc_alloc (64);
    p28->val = deep_sum (p28, 1);
    p28->next = p22;
    void *vp29 = g_n[i27 & 3];
    w24->other = g_n[i27 & 3];
    f0 (n1, (n2->next ? n2->next->val : x0), list_len (p28));
  }
  return acc ^ (n0->val ^ 0x3c2efd0772daf174UL);
}

static __attribute__ ((noinline)) void f3 (struct node *n0)
{
  unsigned long acc = 0x4ea34b936365b844UL;
  struct node *p31 = gc_calloc (1, sizeof (struct node));
  p31->val = (list_len (n0) ? list_sum (n0) : n0->a[0]);
  p31->a[3] = 0x1cc6e6433cc5accUL;
  p31->next = n0;
  n0->val += 231361388UL;
  for (unsigned long i32 = 0; i32 < 3; i32++)
  {
    struct node *p33 = gc_alloc (sizeof (struct node));
    f1 (p31, g_n[g_n[1]->val & 3], g_n[3], deep_sum (p31, 2), deep_sum (n0, 2));
  }
  g_acc ^= acc;
}

unsigned long r4 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 0x1e89794056c42c51UL;
  if (d == 0)
    return acc;
  struct node *p39 = gc_alloc (sizeof (struct node));
  acc += x1;
  struct node *p40 = gc_alloc (sizeof (struct node));
  p40->val = ((n0->val ^ n0->a[2]) & (n1->next ? n1->next->val : x1));
  p40->a[0] = (unsigned long) (p39 == n2);
  p40->val += deep_sum (g_n[2], 2);
  struct node *p41 = gc_alloc (sizeof (struct node));
  p41->next = (n2->other ? n2->other : n1);
  if (n2 != p40)
    memcpy (n2, p40, sizeof (struct node));
  acc += 2953615059UL;
  g_acc += ((*out ? *out : p40)->slot ? ((struct node *) (*out ? *out : p40)->slot)->val : (g_n[2]->val ? 0x2512c74e3ed3a468UL : 965211550UL));
  n2->other = p40;
  if ((978202155UL % (deep_sum (n2, 0) | 1)) % 3 == 0)
  {
    struct node *p42 = gc_alloc (sizeof (struct node));
    p42->next = g_n[1];
  }
  else
  {
    p40->slot = p40;
  }
  if (d > 0)
  {
    acc += r5 (d - 1, p40, 47UL, *g_up);
  }
  return acc ^ n2->a[n0->val & 3];
}

static __attribute__ ((noinline)) unsigned long r5 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return acc;
  x1 = (deep_sum (n0, 0) % ((0x3d523fc31f267d23UL % (n0->val | 1)) | 1));
  gc_free (n0);
  x0 = *g_up;
  acc += f2 ((n0->other ? n0->other : n0), (x0 & 1 ? n0 : n0), (n0->other ? n0->other : n0), x1, (struct pair) { g_n[x0 & 3], (n0->next ? n0->next : g_n[1]) });
  n0->next = g_n[x1 & 3];
  unsigned long u46 = (list_sum (n0) % (x0 | 1));
  f3 ((n0->next ? n0->next : n0));
  if (d > 0)
  {
    acc += r4 (d - 1, (x1 & 1 ? n0 : n0), n0, (n0->other ? n0->other : n0), (n0->val << (0x19d35cee1e469dd2UL & 63)), (x1 >> (u46 & 63)), &n0);
  }
  return acc ^ (unsigned long) (n0 == n0);
}

void r6 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0xbfaa23061fed531UL;
  if (d == 0)
    return;
  struct node *p52 = gc_alloc (sizeof (struct node));
  p52->val = 3UL;
  p52->a[3] = (unsigned long) (p52 == n2);
  acc += apply (cb_read, (n1->other ? n1->other : n1), (0UL >> (n2->val & 63)));
  n0->next = n1;
  n2->a[x0 & 3] = 0x5fe9fe6b5f0da873UL;
  f1 (g_n[1], n0, p52, (x0 / (g_n[2]->val | 1)), (x0 | n0->val));
  unsigned long st53 = 0;
  for (struct node *q = n0; q && st53 < 8; q = q->next, st53++)
    acc += q->val * (st53 + 1);
  struct node *w54 = n0;
  for (unsigned long i55 = 0; i55 < 2; i55++)
  {
    w54 = gc_alloc (sizeof (struct node));
    w54->val = i55 * (x1 ^ n2->a[3]);
    acc += w54->val + list_sum (w54);
  }
  g_any = g_n[3];
  for (unsigned long i56 = 0; i56 < 1; i56++)
  {
  }
  for (unsigned long i57 = 0; i57 < 6; i57++)
  {
  }
  g_acc += x1;
  struct node *p58 = gc_alloc (64);
  void *vp59 = (n0->a[2] & 1 ? g_n[3] : g_n[0]);
  n2->a[g_n[1]->val & 3] = deep_sum (((struct node *) vp59), 2);
  if (d > 0)
  {
    r7 (d - 1, (x0 & 1 ? n1 : p58), n1);
  }
  g_acc ^= acc;
}

static inline void r7 (unsigned long d, struct node *n0, struct node *n1)
{
  unsigned long acc = 99UL;
  if (d == 0)
    return;
  struct node *p62 = NEW (struct node);
  p62->val = ((g_n[3]->val % (p62->val | 1)) - 1UL);
  p62->next = g_n[3];
  n1->next = n1;
  void *vp63 = p62;
  n0->val += (g_n[2]->val << (0UL & 63));
  if (((3UL ? 0UL : 0x5f59359168671356UL) + list_sum (n0)) % 2 == 1)
  {
    n0->slot = (p62->other ? p62->other : p62);
    unsigned long st64 = 0;
    for (struct node *q = (g_n[3]->val & 1 ? n1 : g_n[0]); q && st64 < 8; q = q->next, st64++)
      acc += q->val * (st64 + 1);
    f0 (g_n[2494686343UL & 3], (st64 << (g_n[2]->val & 63)), (g_n[0]->val * st64));
  }
  else
  {
  }
  if (d > 0)
  {
    r6 (d - 1, (n1->next ? n1->next : n1), n1, g_n[22UL & 3], (unsigned long) ((uintptr_t) n0 != 0), list_sum (n0));
  }
  g_acc ^= acc;
}

static inline void f8 (struct node *n0, struct node **out)
{
  unsigned long acc = 0x529114846888d406UL;
  { unsigned long *q = &n0->a[1]; *q ^= list_sum (g_n[0]); }
  acc += (unsigned long) ((uintptr_t) n0 != 0);
  f3 (n0);
  r7 ((g_n[1]->val | n0->a[1]) % 4, n0, n0);
  for (unsigned long i66 = 0; i66 < 3; i66++)
  {
    struct node *p67 = NEW (struct node);
    p67->val = list_sum (n0);
    struct node *p68 = gc_calloc (1, sizeof (struct node));
    p68->val = ((3277707998UL ? i66 : i66) + (3032732791UL >> (p68->a[0] & 63)));
    p68->next = p68;
    struct node *arr69[4] = { (n0->other ? n0->other : n0), g_n[p67->val & 3], (n0->next ? n0->next : n0), n0 };
  }
  if (g_n[0]->a[n0->val & 3] % 4 == 1)
  {
    gc_free (n0);
  }
  else
  {
    acc += g_cb[(n0->a[2] ^ g_n[1]->val) & 3] (n0, (unsigned long) (n0 == n0));
  }
  g_acc ^= acc;
}

static void f9 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x56a15afd12c1eb25UL;
  struct node *p72 = NEW (struct node);
  p72->a[2] = deep_sum (p72, 2);
  p72->next = p72;
  p72->slot = (1899426800UL & 1 ? p72 : p72);
  g_acc += (x0 - x1);
  r6 ((unsigned long) (p72 == p72) % 4, g_n[p72->a[3] & 3], (p72->other ? p72->other : p72), p72, (x1 - x1), (p72->a[3] >> (p72->val & 63)));
  p72->other = g_n[p72->val & 3];
  unsigned long u73 = deep_sum (p72, 1);
  { unsigned long *q = &p72->a[2]; *q ^= (p72->a[1] + u73); }
  p72->val += ((x1 ? p72->a[3] : g_n[0]->val) - x1);
  struct node *p74 = gc_alloc (sizeof (struct node));
  for (unsigned long i75 = 0; i75 < 1; i75++)
  {
    acc += f2 (p72, (p72->other ? p72->other : p72), (p74->next ? p74->next : p72), (unsigned long) (p72 == p72), (struct pair) { p72, p74 });
  }
  g_acc += x0;
  g_acc ^= acc;
}

__attribute__ ((noinline)) void f10 (struct node *n0, unsigned long x0, struct node **out)
{
  unsigned long acc = 1UL;
  struct node *p78 = gc_alloc (sizeof (struct node));
  p78->next = (0x7887c4cb2d934b3aUL & 1 ? n0 : p78);
  for (unsigned long i79 = 0; i79 < 6; i79++)
  {
    struct node *p80 = NEW (struct node);
    p80->val = (unsigned long) (p80 == (p78->next ? p78->next : p78));
    p80->next = (p78->val & 1 ? p80 : p80);
    struct node *p81 = gc_alloc (sizeof (struct node));
    p81->val = i79;
    if ((p81->next ? p81->next->val : list_sum (p80)) % 3 == 0)
    {
      gc_free (n0);
      if ((p81->a[2] | list_sum (n0)) % 2 == 1)
      {
        if ((unsigned long) ((uintptr_t) (n0->a[0] & 1 ? p81 : p78) != 0) % 4 == 0)
        {
        }
        else
        {
          if (list_len (n0) % 3 == 1) return;
        }
        if (g_acc % 3 == 1)
        {
          p80->val += g_acc;
          *out = g_n[0];
        }
        else
        {
        }
      }
      else
      {
      }
    }
    else
    {
    }
  }
  g_acc ^= acc;
}

void r11 (unsigned long d, struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 0x35ac75325cf6537cUL;
  if (d == 0)
    return;
  struct node *p85 = NEW (struct node);
  struct node **v86 = gc_alloc (4 * sizeof (struct node *));
  v86[0] = n1;
  v86[1] = p85;
  v86[2] = n1;
  v86[3] = n2;
  f0 (n2, 3866980763UL, (n0->a[0] & 766279446UL));
  acc += list_sum ((p85->next ? p85->next : p85));
  n2->val += (unsigned long) (n1 == n0);
  printf ("r11.1 %lu\n", acc);
  if (d > 0)
  {
    r12 (d - 1, (p85->next ? p85->next : n2), 82UL, &v86[3]);
  }
  g_acc ^= acc;
}

void r12 (unsigned long d, struct node *n0, unsigned long x0, struct node **out)
{
  unsigned long acc = 320856025UL;
  if (d == 0)
    return;
  struct node *p89 = gc_alloc (sizeof (struct node));
  p89->val = (x0 ? x0 : n0->a[1]);
  p89->next = n0;
  n0->val += (g_n[2]->a[1] * x0);
  acc += list_sum (p89);
  n0 = (*out ? *out : p89);
  struct node *arr90[4] = { (2UL & 1 ? n0 : g_n[0]), (p89->next ? p89->next : p89), n0, (n0->other ? n0->other : n0) };
  void *vp91 = p89;
  f3 (n0);
  if (d > 0)
  {
    r11 (d - 1, g_n[2], p89, (n0->next ? n0->next : p89));
  }
  g_acc ^= acc;
}

static inline unsigned long f13 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr)
{
  unsigned long acc = 80UL;
  struct node *p96 = pr.b;
  n0->other = (g_n[1]->next ? g_n[1]->next : n2);
  g_any = n0;
  x0 = (g_acc >> ((n0->slot ? ((struct node *) n0->slot)->val : g_n[2]->val) & 63));
  n2->next = g_n[0];
  if (4260103970UL % 4 == 0)
  {
    for (unsigned long i97 = 0; i97 < 4; i97++)
    {
      struct node *p98 = gc_alloc (sizeof (struct node));
      p98->val = x0;
      p98->a[1] = (63UL ? g_n[0]->val : n0->val);
      p98->next = p98;
      p98->next = n0;
      n0 = p98;
    }
    struct node *p99 = gc_alloc (sizeof (struct node));
    p99->val = (1207055184UL ^ p99->val);
    p99->next = n1;
    unsigned long u100 = (unsigned long) ((uintptr_t) p99 != 0);
  }
  else
  {
    f0 ((g_n[0]->other ? g_n[0]->other : n0), list_sum (p96), p96->val);
    x0 = f2 (n2, g_n[0x11fbb832f4912faUL & 3], n0, (g_n[2]->val + x0), (struct pair) { g_n[n2->val & 3], n2 });
  }
  p96->next = (20UL & 1 ? p96 : n0);
  for (unsigned long i101 = 0; i101 < 3; i101++)
  {
    struct node *p102 = gc_calloc (1, sizeof (struct node));
    p102->a[2] = (n0->a[0] - g_n[0]->val);
    p102->next = n1;
    for (unsigned long i103 = 0; i103 < 2; i103++)
    {
      if (deep_sum (g_n[2UL & 3], 0) % 2 == 0)
      {
      }
      else
      {
        x0 = (unsigned long) ((uintptr_t) p96 != 0);
      }
    }
    n1 = p102;
  }
  return acc ^ (n0->slot ? ((struct node *) n0->slot)->val : x0);
}

static struct node *f14 (struct node *n0, struct node *n1, struct node *n2, struct node **out, struct pair pr)
{
  unsigned long acc = 67UL;
  struct node *p107 = pr.b;
  if (n0 != n0)
    memcpy (n0, n0, sizeof (struct node));
  g_acc += (1UL * 0UL);
  acc += *out ? (*out)->val : (n1->next ? n1->next->val : p107->val);
  g_h.pr.a = g_n[2];
  struct node *w108 = p107;
  for (unsigned long i109 = 0; i109 < 5; i109++)
  {
    w108 = gc_alloc (sizeof (struct node));
    w108->val = i109 * (g_n[0]->val + i109);
    acc += w108->val + list_sum (w108);
  }
  if (*g_up % 2 == 1)
  {
    *out = g_n[3387675275UL & 3];
  }
  p107->slot = g_n[3];
  __asm__ volatile ("" : : "r" (n1) : "memory");
  p107->other = n1;
  g_n[3]->next = (g_n[3]->next ? g_n[3]->next : g_n[3]);
  g_up = &n2->a[1];
  f0 ((*out ? *out : g_n[0]), (unsigned long) (n1 == n0), (0x2fd129753013aba2UL & 82UL));
  unsigned long u110 = (0x468a087a65cd53c8UL * 0x7d0e537047b8cce8UL);
  g_list->other = (*out ? *out : g_n[2]);
  struct node *p111 = NEW (struct node);
  p111->a[3] = (g_n[0]->val ? u110 : 0x5fc228340b350acaUL);
  return g_n[1UL & 3];
}

struct node *r15 (unsigned long d)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return g_n[1];
  struct node *p112 = NEW (struct node);
  p112->val = ((p112->val * 0UL) / ((unsigned long) ((uintptr_t) p112 != 0) | 1));
  p112->a[0] = list_len (p112);
  acc += f2 (g_n[1], g_n[3], g_n[0], g_n[3]->val, (struct pair) { g_n[3], p112 });
  printf ("r15.2 %lu\n", acc);
  p112->slot = g_n[1];
  printf ("r15.3 %lu\n", acc);
  struct node s113 = { 0 };
  s113.val = (p112->a[0] & p112->val);
  acc += (p112->next ? p112->next->val : p112->a[g_n[3]->a[0] & 3]);
  acc += list_sum (p112);
  if (d > 0)
  {
    p112 = r15 (d - 1);
  }
  return (g_n[3]->next ? g_n[3]->next : g_n[1]);
}

static struct node *f16 (struct pair pr)
{
  unsigned long acc = 0xe7906586c8cbe17UL;
  struct node *p114 = pr.a;
  struct node *p115 = gc_calloc (1, sizeof (struct node));
  p115->val = (p114->a[3] ? (0x2ad06c9c03573617UL >> (0UL & 63)) : 1UL);
  gc_free (p114);
  acc += apply (cb_keep, (g_n[0]->next ? g_n[0]->next : p115), *g_up);
  p114->a[(0UL % (2277353969UL | 1)) & 3] = (p114->a[0] ^ g_n[1]->val);
  printf ("f16.4 %lu\n", acc);
  f10 (p115, 0x423140f72a3f6803UL, &p115->next);
  p114 = p115;
  unsigned long *b116 = gc_alloc (64);
  b116[0] = 95UL;
  b116[1] = deep_sum (p114, 0);
  b116[2] = (unsigned long) (p115 == p114);
  b116[3] = g_acc;
  gc_free (p114);
  acc += 3UL;
  f9 ((unsigned long) (p115 == p114), 0xe648a67294acaf3UL);
  acc = mix (acc, p115->val);
  p114->slot = (24UL & 1 ? p115 : p114);
  unsigned long u117 = (p115->val / (p114->a[3] | 1));
  p115->a[(0x793622e13e872cacUL - u117) & 3] = ((0x1fb88b034a169694UL & 1 ? p115 : p115)->slot ? ((struct node *) (0x1fb88b034a169694UL & 1 ? p115 : p115)->slot)->val : u117);
  g_up = b116 + 1;
  p114->slot = p115;
  struct node s118 = { 0 };
  s118.val = (p115->next ? p115->next->val : u117);
  for (unsigned long i119 = 0; i119 < 3; i119++)
  {
    g_n[1] = (p114->next ? p114->next : p114);
  }
  return p115;
}

static inline struct node *f17 (struct node *n0)
{
  unsigned long acc = 35UL;
  struct node *p121 = gc_alloc (sizeof (struct node));
  p121->next = g_n[g_n[0]->val & 3];
  for (unsigned long i122 = 0; i122 < 4; i122++)
  {
    struct node *p123 = gc_alloc (sizeof (struct node));
    p123->next = (p123->next ? p123->next : p121);
    p123->next = p121;
    f10 ((n0->val & 1 ? p123 : n0), (n0->next ? n0->next->val : i122), &n0);
    p121 = p123;
  }
  struct node *p124 = gc_alloc (sizeof (struct node));
  p124->val = (0x10cf13ce6a4bbc68UL % ((1UL >> (g_n[3]->a[0] & 63)) | 1));
  p124->a[2] = (p121->next ? p121->next->val : 2266384304UL);
  g_n[1]->next = n0;
  acc += list_len (n0);
  struct node *p125 = gc_alloc (sizeof (struct node));
  p125->val = deep_sum (p124, 2);
  p125->a[3] = *g_up;
  p125->next = g_n[g_n[3]->val & 3];
  f1 ((g_n[0]->other ? g_n[0]->other : g_n[3]), n0, (p121->next ? p121->next : n0), 2UL, list_len (n0));
  struct node **v126 = gc_alloc (4 * sizeof (struct node *));
  v126[0] = n0;
  v126[2] = g_n[2];
  v126[3] = p121;
  return g_n[3];
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
  unsigned long acc = 53UL;
  struct node *p127 = gc_alloc (sizeof (struct node));
  p127->val = ((unsigned long) ((uintptr_t) p127 != 0) & (p127->a[2] ^ g_n[0]->val));
  struct node *p128 = gc_alloc (sizeof (struct node));
  p128->val = ((1UL + 0x35db047662e9970eUL) << (list_len (g_n[0]) & 63));
  p128->a[1] = (1609353041UL - p127->val);
  g_n[2]->next = p127;
  for (unsigned long i129 = 0; i129 < 4; i129++)
  {
    struct node *p130 = gc_alloc (64);
    struct node *p131 = gc_calloc (1, sizeof (struct node));
    p131->val = (list_len (p127) | g_n[0]->val);
    p131->next = p128;
    p128->a[i129 & 3] = ((i129 ? i129 : 67UL) ^ p131->a[2]);
  }
  if ((list_len (g_n[1]) * p128->a[0]) % 4 == 1)
  {
    acc += (p127->val ^ (0x5e29fcda7a2f19ebUL - 3UL));
  }
  struct node *arr132[4] = { (p127->other ? p127->other : p128), p127, p128, p128 };
  struct node s133 = { 0 };
  s133.val = (70UL * 3UL);
  unsigned long u134 = (p127->next ? p127->next : p127)->a[(unsigned long) ((uintptr_t) p128 != 0) & 3];
  acc += apply (cb_read, g_n[p128->a[3] & 3], (p128->slot ? ((struct node *) p128->slot)->val : u134));
  u134 = r5 ((p128->slot ? ((struct node *) p128->slot)->val : u134) % 4, g_n[p127->val & 3], (0x2fc66e83561833faUL >> (2UL & 63)), *g_up);
  p127->a[(u134 + u134) & 3] = (p128->next ? p128->next->val : (u134 << (g_n[1]->val & 63)));
  p127->val += g_n[3]->val;
  qsort (arr132, 4, sizeof arr132[0], cmp_nodes);
  printf ("main.5 %lu\n", acc);
  struct node *p135 = gc_alloc (sizeof (struct node));
  p135->val = g_acc;
  __asm__ volatile ("" : : "r" (p128) : "memory");
  unsigned long *b136 = gc_calloc (4, sizeof (unsigned long));
  b136[1] = deep_sum (p135, 1);
  b136[3] = p128->val;
  unsigned long u137 = (b136[3] - arr132[p135->a[1] & 3]->val);
  acc = mix (acc, deep_sum (p135, 0));
  p127->next = (u134 & 1 ? p135 : p127);
  acc += b136[0];
  acc += r4 ((p128->val ^ u134) % 4, g_n[p128->val & 3], p128, p128, *g_up, b136[p127->val & 3], &s133.other);
  printf ("main.r4 %lu\n", acc);
  f8 (p128, &p127);
  printf ("main.f8 %lu\n", acc);
  r11 (list_sum (&s133) % 4, g_n[b136[1] & 3], (p128->a[3] & 1 ? p128 : p127), (634640737UL & 1 ? p128 : p128));
  printf ("main.r11 %lu\n", acc);
  r12 (u134 % 4, p128, (p135->val % (g_n[0]->a[3] | 1)), &p135);
  printf ("main.r12 %lu\n", acc);
  acc += f13 ((p128->next ? p128->next : p128), p135, (s133.next ? s133.next : p135), p135->val, (struct pair) { g_n[p127->val & 3], p128 });
  printf ("main.f13 %lu\n", acc);
  struct node *p138 = f14 (arr132[b136[3] & 3], g_n[54UL & 3], g_n[p128->val & 3], &s133.other, (struct pair) { p128, p128 });
  printf ("main.f14 %lu\n", acc);
  struct node *p139 = r15 (arr_sum (arr132, 4) % 4);
  printf ("main.r15 %lu\n", acc);
  struct node *p140 = f16 ((struct pair) { (p128->next ? p128->next : g_n[1]), p128 });
  printf ("main.f16 %lu\n", acc);
  struct node *p141 = f17 (g_n[0]);
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

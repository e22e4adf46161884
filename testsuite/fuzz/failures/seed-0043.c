/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0043.c */
/* gcc-escape fuzz program, seed 43: testsuite/fuzz/gen 43 */
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
static struct node *f1 (struct node *n0, struct node *n1, struct node *n2);
static struct node *f2 (void);
static unsigned long r3 (unsigned long d, struct node *n0, unsigned long x0);
static struct node *r4 (unsigned long d, struct node **out);
struct node *f5 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static void f6 (struct node *n0, struct node *n1, struct pair pr);
static struct node *f7 (struct node *n0, unsigned long x0, unsigned long x1);
static struct node *f8 (unsigned long x0);
static void f9 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out, struct pair pr);
static struct node *f10 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
void r11 (unsigned long d);
struct node *r12 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, struct pair pr);
static struct node *f13 (void);
static unsigned long f14 (unsigned long x0, unsigned long x1);
static void r15 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
struct node *r16 (unsigned long d, unsigned long x0);
static unsigned long r17 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static void f18 (struct node *n0, struct node *n1, unsigned long x0);

static __attribute__ ((noinline)) unsigned long f0 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 0x1450d76379a4cc86UL;
  for (unsigned long i6 = 0; i6 < 5; i6++)
  {
    struct node *p7 = gc_alloc (sizeof (struct node));
    p7->val = (241242627UL * x0);
    p7->next = n2;
    x0 = (g_n[1]->val | n0->a[2]);
  }
  acc += (unsigned long) ((uintptr_t) n1 != 0);
  acc += apply (cb_keep, n0, (g_n[0]->val | g_n[1]->val));
  if (g_acc % 3 == 1)
  {
    struct node s8 = { 0 };
    s8.val = (n0->a[2] / (n0->a[3] | 1));
    s8.next = n2;
  }
  else
  {
  }
  return acc ^ list_sum (n0);
}

static __attribute__ ((noinline)) struct node *f1 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 1532682821UL;
  struct node *p12 = NEW (struct node);
  p12->val = ((n1->val / (3UL | 1)) % (n1->a[3] | 1));
  p12->next = g_n[0UL & 3];
  acc = mix (acc, g_acc);
  n0->slot = n0;
  acc += apply (cb_keep, n0, (g_n[2]->val * n2->val));
  struct node **v13 = gc_alloc (4 * sizeof (struct node *));
  v13[0] = g_n[0x660da31f5e8dccccUL & 3];
  v13[1] = (n1->a[0] & 1 ? p12 : p12);
  v13[2] = (p12->other ? p12->other : n2);
  v13[3] = n0;
  struct node s14 = { 0 };
  s14.val = p12->a[g_n[3]->val & 3];
  s14.next = n0;
  if ((n0->slot ? ((struct node *) n0->slot)->val : 3625428484UL) % 3 == 0)
  {
    g_acc += *g_up;
    acc += f0 ((g_n[1]->other ? g_n[1]->other : n2), n2, n2, (n2->next ? n2->next->val : 0x1ad3e61104c19b8cUL), list_sum (g_n[1]), &g_n[1]);
    struct node *p15 = gc_alloc (sizeof (struct node));
    p15->val = ((n1->val | g_n[0]->val) >> (n1->a[1] & 63));
  }
  n2->a[(n2->a[3] / (p12->val | 1)) & 3] = (v13[2] ? v13[2] : g_n[1])->a[0x53bca9393b64b536UL & 3];
  n0->other = (0x6c6e68b0ca0fc84UL & 1 ? n0 : n0);
  return (n0->other ? n0->other : n0);
}

static inline struct node *f2 (void)
{
  unsigned long acc = 1299350474UL;
  struct node *p16 = gc_alloc (64);
  p16->next = p16;
  struct node *w17 = p16;
  for (unsigned long i18 = 0; i18 < 2; i18++)
  {
    w17 = gc_alloc (sizeof (struct node));
    w17->val = i18 * (g_n[0]->val | p16->val);
    acc += w17->val + list_sum (w17);
  }
  acc += f0 ((p16->next ? p16->next : p16), p16, p16, 22UL, 2UL, &w17->next);
  p16->val += g_n[2]->val;
  struct node **v19 = gc_alloc (4 * sizeof (struct node *));
  v19[0] = p16;
  v19[1] = (v19[3] ? v19[3] : p16);
  v19[2] = p16;
  v19[3] = w17;
  void *vp20 = w17;
  for (unsigned long i21 = 0; i21 < 3; i21++)
  {
    acc += (unsigned long) (g_n[3] == p16);
    gc_free (w17);
    w17->slot = p16;
    acc += g_n[2]->val;
  }
  unsigned long u22 = list_sum ((g_n[3]->val & 1 ? p16 : w17));
  if (((p16->next ? p16->next : g_n[0])->next ? (p16->next ? p16->next : g_n[0])->next->val : (u22 ^ w17->a[0])) % 2 == 0)
  {
    struct node *p23 = gc_calloc (1, sizeof (struct node));
    p23->val = (g_n[0]->slot ? ((struct node *) g_n[0]->slot)->val : u22);
    p23->a[0] = g_n[3]->val;
    p23->next = p23;
    v19[p16->a[p23->a[1] & 3] & 3] = ((struct node *) vp20);
    struct node *arr24[4] = { w17, p16, p23, (w17->other ? w17->other : p16) };
  }
  return (p16->other ? p16->other : p16);
}

static unsigned long r3 (unsigned long d, struct node *n0, unsigned long x0)
{
  unsigned long acc = 2UL;
  if (d == 0)
    return acc;
  struct node *p27 = gc_alloc (sizeof (struct node));
  p27->val = ((unsigned long) (g_n[3] == n0) & p27->a[2UL & 3]);
  p27->a[0] = deep_sum (p27, 0);
  p27->next = n0;
  acc += *g_up;
  p27->val += 237413090UL;
  acc += (p27->next ? p27->next->val : g_n[3]->val);
  if ((x0 - p27->val) % 5 == 1) return acc ^ deep_sum (p27, 0);
  gc_free (n0);
  p27->val += n0->a[(p27->a[3] | p27->val) & 3];
  acc = mix (acc, (p27->a[3] | x0));
  struct node *p28 = gc_alloc (sizeof (struct node));
  p28->next = p27;
  acc += f0 ((x0 & 1 ? g_n[0] : g_n[1]), g_n[2], g_n[1], (g_n[0]->val / (g_n[1]->val | 1)), (p28->a[3] >> (x0 & 63)), &p28);
  unsigned long *b29 = gc_alloc (96);
  b29[2] = (2317215091UL ? n0->a[1] : b29[1]);
  p28 = p27;
  { struct node *volatile vol = n0; acc += vol->val; }
  struct node *p30 = gc_alloc (sizeof (struct node));
  p30->val = x0;
  gc_free (p28);
  p28->next = g_n[n0->a[0] & 3];
  g_list = p28;
  x0 = deep_sum ((n0->next ? n0->next : n0), 0);
  if (d > 0)
  {
    x0 = r3 (d - 1, (p30->next ? p30->next : n0), (x0 - p30->a[3]));
  }
  return acc ^ (unsigned long) (n0 == p30);
}

static struct node *r4 (unsigned long d, struct node **out)
{
  unsigned long acc = 4261912534UL;
  if (d == 0)
    return g_n[1];
  struct node *p31 = gc_alloc (sizeof (struct node));
  acc += list_len ((p31->next ? p31->next : p31));
  if (d > 0)
  {
    p31 = r4 (d - 1, &p31->other);
  }
  if (p31 != (g_n[3]->val & 1 ? p31 : p31))
    memcpy (p31, (g_n[3]->val & 1 ? p31 : p31), sizeof (struct node));
  if (d > 0)
  {
    struct node *p32 = r4 (d - 1, &p31);
  }
  acc += list_sum (p31);
  struct node *p33 = f2 ();
  acc += apply (cb_keep, (g_n[2]->val & 1 ? g_n[3] : g_n[0]), (1UL ? g_n[0]->val : g_n[0]->val));
  void *vp34 = (p33->val & 1 ? p33 : p33);
  unsigned long u35 = list_sum (p31);
  acc += r3 (((struct node *) vp34)->val % 4, p33, list_len (p33));
  unsigned long u36 = ((struct node *) vp34)->val;
  g_up = &(g_n[0]->val & 1 ? p31 : p33)->a[1];
  if ((85UL << ((p33->a[2] ^ g_n[2]->val) & 63)) % 4 == 0)
  {
    if (p31 != (g_n[1]->next ? g_n[1]->next : p31))
      memcpy (p31, (g_n[1]->next ? g_n[1]->next : p31), sizeof (struct node));
    acc += apply (cb_bump, p33, (p33->val ? g_n[2]->val : 0x5e98a3fb61ce766eUL));
  }
  else
  {
    acc += *out ? (*out)->val : (unsigned long) (p31 == p33);
    p31->next = (*out ? *out : p33);
  }
  return g_n[2];
}

__attribute__ ((noinline)) struct node *f5 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 40UL;
  struct node *p41 = gc_alloc (sizeof (struct node));
  p41->val = (g_n[0]->val / (x0 | 1));
  if ((g_n[1]->slot ? ((struct node *) g_n[1]->slot)->val : x0) % 4 == 1) return (p41->a[2] & 1 ? n0 : n2);
  n0->other = (n2->next ? n2->next : p41);
  gc_free (n1);
  struct node **v42 = gc_alloc (4 * sizeof (struct node *));
  v42[0] = (n1->other ? n1->other : n0);
  v42[1] = n1;
  v42[3] = n2;
  struct node *p43 = gc_alloc (sizeof (struct node));
  p43->val = list_len (n0);
  p43->next = (n2->other ? n2->other : p43);
  unsigned long st44 = 0;
  for (struct node *q = (n2->other ? n2->other : n1); q && st44 < 8; q = q->next, st44++)
    acc += q->val * (st44 + 1);
  return (g_n[0]->other ? g_n[0]->other : g_n[1]);
}

static inline void f6 (struct node *n0, struct node *n1, struct pair pr)
{
  unsigned long acc = 0x2823b2765850f286UL;
  struct node *p47 = pr.b;
  struct node *p48 = gc_alloc (64);
  p48->a[1] = 2813885194UL;
  g_up = &p48->a[1];
  printf ("f6.0 %lu\n", acc);
  struct node *p49 = (struct node *) ((uintptr_t) p47 | 0);
  struct node *p50 = (struct node *) ((uintptr_t) n0 | 0);
  unsigned long u51 = g_n[3]->a[0x3e9320d5129f9818UL & 3];
  if (u51 % 3 == 1) return;
  g_acc ^= acc;
}

static struct node *f7 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 51UL;
  struct node *p55 = gc_alloc (sizeof (struct node));
  p55->val = list_sum (p55);
  p55->next = p55;
  for (unsigned long i56 = 0; i56 < 1; i56++)
  {
    struct node *p57 = NEW (struct node);
    p57->val = n0->a[(unsigned long) (g_n[2] == g_n[2]) & 3];
    for (unsigned long i58 = 0; i58 < 5; i58++)
    {
      struct node *p59 = gc_alloc (64);
      p59->val = (list_len (p55) ^ i58);
      for (unsigned long i60 = 0; i60 < 5; i60++)
      {
      }
      n0->other = p59;
      for (unsigned long i61 = 0; i61 < 2; i61++)
      {
        struct node *p62 = gc_alloc (sizeof (struct node));
        p62->val = 0x52cf46587543279fUL;
        p62->a[0] = deep_sum (p57, 2);
        p62->next = g_n[p57->a[1] & 3];
        p62->next = p57;
        p57 = p62;
      }
    }
    for (unsigned long i63 = 0; i63 < 6; i63++)
    {
      struct node *p64 = gc_alloc (sizeof (struct node));
      p64->val = (g_n[3]->slot ? ((struct node *) g_n[3]->slot)->val : (p55->a[2] - p57->val));
      p64->next = n0;
      acc += list_sum (n0);
      if (*g_up % 2 == 1)
      {
        acc = mix (acc, *g_up);
        p55 = p57;
        p57->val += list_sum (g_n[g_n[3]->val & 3]);
      }
      else
      {
        g_acc += x1;
      }
    }
  }
  return g_n[n0->val & 3];
}

static inline struct node *f8 (unsigned long x0)
{
  unsigned long acc = 1969553943UL;
  struct node *p66 = NEW (struct node);
  p66->a[2] = (p66->next ? p66->next->val : x0);
  p66->next = p66;
  x0 = r3 (x0 % 4, (p66->next ? p66->next : p66), (x0 % (p66->a[1] | 1)));
  p66 = (p66->next ? p66->next : p66);
  acc += f0 (g_n[1], g_n[0x1516565243ad9e1dUL & 3], g_n[1], (p66->next ? p66->next->val : g_n[2]->val), x0, &p66);
  struct node *p67 = NEW (struct node);
  p67->val = g_acc;
  p67->val += (unsigned long) (p67 == p66);
  struct node *arr68[4] = { (973345952UL & 1 ? p67 : p67), (x0 & 1 ? p67 : p67), p67, p67 };
  p66 = (p67->other ? p67->other : p67);
  g_h.pr.b = p67;
  acc += cb_read (p67, (x0 ^ p67->val));
  qsort (arr68, 4, sizeof arr68[0], cmp_nodes);
  p66->next = p66;
  void *vp69 = (g_n[3]->val & 1 ? p67 : p66);
  struct node *w70 = p66;
  for (unsigned long i71 = 0; i71 < 1; i71++)
  {
    w70 = gc_alloc (sizeof (struct node));
    w70->val = i71 * g_acc;
    acc += w70->val + list_sum (w70);
  }
  printf ("f8.1 %lu\n", acc);
  if (list_sum (((struct node *) vp69)) % 4 == 1)
  {
    { struct node *volatile vol = p67; acc += vol->val; }
    p67 = p67;
  }
  return (g_n[1]->val & 1 ? p67 : p67);
}

static __attribute__ ((noinline)) void f9 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out, struct pair pr)
{
  unsigned long acc = 15UL;
  struct node *p77 = pr.a;
  acc += r3 ((x1 * n0->val) % 4, n0, (x0 & g_n[3]->val));
  acc += *out ? (*out)->val : (n2->a[3] << (n0->a[3] & 63));
  struct node **v78 = gc_alloc (4 * sizeof (struct node *));
  v78[1] = n0;
  v78[3] = (v78[1] ? v78[1] : n1);
  for (unsigned long i79 = 0; i79 < 4; i79++)
  {
    struct node *p80 = gc_alloc (sizeof (struct node));
    p80->val = list_sum ((v78[3] ? v78[3] : p77));
    p80->next = n0;
    n0->val += (g_n[2]->val * (x1 - n1->val));
    n0 = p80;
  }
  printf ("f9.2 %lu\n", acc);
  struct node *p81 = gc_alloc (sizeof (struct node));
  p81->val = ((g_n[2]->val / (3623086326UL | 1)) ? x0 : g_n[1]->val);
  v78[(x1 << (3UL & 63)) & 3] = (n0->next ? n0->next : p77);
  if (((x0 + 0x7a3a5fc2044e6d85UL) % ((n1->slot ? ((struct node *) n1->slot)->val : g_n[2]->val) | 1)) % 4 == 0)
  {
    struct node s82 = { 0 };
    s82.val = g_acc;
    s82.next = (n1->other ? n1->other : n1);
  }
  else
  {
    n1 = f8 ((unsigned long) (g_n[0] == p81));
    p81 = p81;
  }
  p81->other = g_n[g_n[0]->val & 3];
  unsigned long *b83 = gc_alloc (32);
  b83[1] = n0->val;
  b83[3] = (n1->slot ? ((struct node *) n1->slot)->val : p77->a[1]);
  g_h.p = n1;
  p81->other = (n0->next ? n0->next : p81);
  struct node *arr84[4] = { p77, n1, (n2->next ? n2->next : n2), (n0->val & 1 ? n1 : n0) };
  for (unsigned long i85 = 0; i85 < 1; i85++)
  {
    struct node *p86 = gc_alloc (sizeof (struct node));
    p86->val = (v78[2] ? v78[2]->val : 1UL);
    p86->next = g_n[x0 & 3];
    acc += *out ? (*out)->val : list_sum (g_n[3]);
  }
  g_acc ^= acc;
}

static struct node *f10 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0UL;
  n2->val += n1->a[2];
  struct node *p92 = gc_calloc (1, sizeof (struct node));
  p92->val = (p92->next ? p92->next->val : list_sum (n0));
  p92->a[1] = x1;
  p92->next = (p92->next ? p92->next : p92);
  for (unsigned long i93 = 0; i93 < 1; i93++)
  {
    struct node *p94 = gc_calloc (1, sizeof (struct node));
    p94->val = p94->a[g_acc & 3];
    g_h.p = n2;
    n0 = f8 (p94->a[x1 & 3]);
  }
  p92->val += g_acc;
  g_acc += g_acc;
  f9 ((n1->next ? n1->next : n0), p92, n0, (n0->next ? n0->next->val : g_n[3]->val), 1UL, &n2, (struct pair) { (x1 & 1 ? p92 : n1), n2 });
  f9 ((n1->next ? n1->next : n0), g_n[3], n0, deep_sum (p92, 0), (unsigned long) ((uintptr_t) n1 != 0), &n2, (struct pair) { g_n[x0 & 3], p92 });
  f9 ((n1->val & 1 ? g_n[3] : p92), n0, n1, (n1->val * x0), g_n[2]->val, &g_n[2], (struct pair) { n0, (g_n[2]->next ? g_n[2]->next : n0) });
  n0 = f1 (n0, p92, g_n[n0->val & 3]);
  struct node *p95 = NEW (struct node);
  p95->val = (unsigned long) ((x1 & 1 ? p92 : n0) == n1);
  struct node *p96 = gc_alloc (sizeof (struct node));
  p96->val = *g_up;
  p96->a[0] = 1909899041UL;
  struct node *w97 = p96;
  for (unsigned long i98 = 0; i98 < 2; i98++)
  {
    w97 = gc_alloc (sizeof (struct node));
    w97->val = i98 * x1;
    acc += w97->val + list_sum (w97);
  }
  return n0;
}

void r11 (unsigned long d)
{
  unsigned long acc = 3887778990UL;
  if (d == 0)
    return;
  struct node *p99 = NEW (struct node);
  p99->val = ((p99->val | g_n[1]->val) / ((p99->val - 50UL) | 1));
  p99->a[0] = g_acc;
  struct node *p100 = (struct node *) ((uintptr_t) p99 | 0);
  acc += list_len (p100);
  g_acc += (unsigned long) (p99 == (p100->other ? p100->other : p100));
  p99->slot = p100;
  if (p99 != p100)
    memcpy (p99, p100, sizeof (struct node));
  struct node *arr101[4] = { p100, p99, p100, p99 };
  p100->next = p100;
  for (unsigned long i102 = 0; i102 < 4; i102++)
  {
    struct node *p103 = gc_alloc (sizeof (struct node));
    p103->val = (unsigned long) (p103 == p100);
    p103->next = p100;
    { unsigned long *q = &p103->a[3]; *q ^= (g_n[1]->val & g_n[3]->val); }
  }
  struct node *p104 = gc_alloc (sizeof (struct node));
  p104->val = ((g_n[2]->other ? g_n[2]->other : p99)->next ? (g_n[2]->other ? g_n[2]->other : p99)->next->val : list_sum (p99));
  p104->next = p104;
  for (unsigned long i105 = 0; i105 < 2; i105++)
  {
    acc += 0x19651cf51c39b895UL;
    struct node *p106 = gc_alloc (sizeof (struct node));
    p106->val = ((unsigned long) ((uintptr_t) p106 != 0) * p99->a[2]);
    if (p104 != p100)
      memcpy (p104, p100, sizeof (struct node));
  }
  printf ("r11.3 %lu\n", acc);
  p104 = (p104->next ? p104->next : p104);
  if (d > 0)
  {
    p104 = r12 (d - 1, p99, p104, p104, (struct pair) { p99, g_n[p100->a[1] & 3] });
  }
  g_acc ^= acc;
}

struct node *r12 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, struct pair pr)
{
  unsigned long acc = 0x67a0a5706dab5674UL;
  if (d == 0)
    return n0;
  struct node *p110 = pr.a;
  struct node *p111 = gc_calloc (1, sizeof (struct node));
  p111->val = g_n[0]->val;
  p111->next = n1;
  if (p110 != g_n[g_n[0]->val & 3])
    memcpy (p110, g_n[g_n[0]->val & 3], sizeof (struct node));
  { unsigned long *q = &n2->a[1]; *q ^= p111->val; }
  n0 = p110;
  struct node *w112 = p110;
  for (unsigned long i113 = 0; i113 < 5; i113++)
  {
    w112 = gc_alloc (sizeof (struct node));
    w112->val = i113 * *g_up;
    acc += w112->val + list_sum (w112);
  }
  struct node *w114 = n2;
  for (unsigned long i115 = 0; i115 < 3; i115++)
  {
    w114 = gc_alloc (sizeof (struct node));
    w114->val = i115 * i115;
    acc += w114->val + list_sum (w114);
  }
  if (d > 0)
  {
    r11 (d - 1);
  }
  return (n2->other ? n2->other : n2);
}

static struct node *f13 (void)
{
  unsigned long acc = 9UL;
  struct node *p116 = gc_alloc (sizeof (struct node));
  p116->val = g_n[1]->val;
  p116->a[(unsigned long) (p116 == p116) & 3] = g_acc;
  struct node *p117 = NEW (struct node);
  p117->val = g_acc;
  acc += (unsigned long) ((uintptr_t) p116 != 0);
  gc_free (p116);
  g_acc += (p116->next ? p116->next : p116)->a[g_acc & 3];
  unsigned long st118 = 0;
  for (struct node *q = p116; q && st118 < 8; q = q->next, st118++)
    acc += q->val * (st118 + 1);
  struct node **v119 = gc_alloc (4 * sizeof (struct node *));
  v119[1] = (v119[1] ? v119[1] : p117);
  v119[2] = p117;
  acc += p116->a[2];
  p117 = p116;
  struct node *p120 = gc_alloc (sizeof (struct node));
  p120->val = ((st118 & st118) ? g_n[3]->a[st118 & 3] : g_n[3]->val);
  p120->next = p120;
  return p120;
}

static unsigned long f14 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 6UL;
  struct node *p123 = gc_alloc (64);
  p123->val = deep_sum (p123, 0);
  acc = mix (acc, (3UL + x0));
  acc += apply (cb_bump, p123, (p123->val * p123->a[1]));
  struct node *p124 = f10 (g_n[p123->val & 3], p123, p123, (3UL ? g_n[3]->val : x1), *g_up);
  for (unsigned long i125 = 0; i125 < 5; i125++)
  {
    struct node *p126 = gc_alloc (sizeof (struct node));
    p126->val = list_sum (p126);
    p126->a[3] = (p123->a[3] ^ p124->val);
    p126->next = p124;
    p124 = p126;
  }
  struct node **v127 = gc_alloc (4 * sizeof (struct node *));
  v127[0] = (x0 & 1 ? p123 : g_n[3]);
  unsigned long st128 = 0;
  for (struct node *q = p124; q && st128 < 8; q = q->next, st128++)
    acc += q->val * (st128 + 1);
  acc += g_n[2]->val;
  acc += (unsigned long) ((uintptr_t) g_n[0] != 0);
  acc += cb_read ((p123->other ? p123->other : p123), x0);
  g_h.p = (v127[1] ? v127[1] : p124);
  unsigned long *b129 = gc_calloc (12, sizeof (unsigned long));
  b129[0] = list_len (p123);
  if (p124->val % 5 == 1) return acc ^ (b129[2] & 0UL);
  struct node *p130 = NEW (struct node);
  p130->val = (v127[2] ? v127[2]->val : p130->a[1]);
  p130->a[3] = (unsigned long) (g_n[3] == p124);
  p124->a[(p124->slot ? ((struct node *) p124->slot)->val : st128) & 3] = (x0 / (st128 | 1));
  unsigned long *b131 = gc_alloc (32);
  b131[0] = g_acc;
  b131[1] = (x0 ? p130->a[1] : 3929067733UL);
  b131[2] = (p130->val ^ 0xd00d5835d07eb61UL);
  for (unsigned long i132 = 0; i132 < 2; i132++)
  {
    struct node *p133 = gc_calloc (1, sizeof (struct node));
    p133->val = (v127[3] ? v127[3]->val : p124->val);
    p133->next = p123;
    for (unsigned long i134 = 0; i134 < 1; i134++)
    {
      struct node *p135 = gc_alloc (sizeof (struct node));
      p135->val = (v127[1] ? v127[1] : p124)->a[(v127[0] ? v127[0]->val : 1UL) & 3];
      p135->a[3] = b131[2];
      p135->next = p123;
      gc_free (p123);
      p123 = p135;
    }
    acc += (p123->next ? p123->next->val : list_sum (p130));
  }
  return acc ^ (p124->slot ? ((struct node *) p124->slot)->val : 2833189490UL);
}

static void r15 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 2UL;
  if (d == 0)
    return;
  n2->slot = g_n[g_n[1]->val & 3];
  struct node s140 = { 0 };
  s140.val = (n1->next ? n1->next->val : n0->a[2]);
  s140.next = n0;
  x0 = r3 ((x0 - x0) % 4, g_n[n2->val & 3], (n0->a[3] ^ n2->val));
  if (((unsigned long) (n2 == n1) ? (g_n[2]->val * n0->val) : (unsigned long) (n0 == n2)) % 3 == 1)
  {
    for (unsigned long i141 = 0; i141 < 5; i141++)
    {
      struct node *p142 = NEW (struct node);
      p142->val = deep_sum (p142, 1);
      p142->next = n2;
      struct node *p143 = gc_alloc (sizeof (struct node));
      p143->val = (unsigned long) ((uintptr_t) g_n[i141 & 3] != 0);
      p143->a[1] = deep_sum (g_n[3], 2);
    }
    { unsigned long *q = &n1->a[2]; *q ^= list_sum (n2); }
    for (unsigned long i144 = 0; i144 < 6; i144++)
    {
      n2 = f7 (n1, (n1->slot ? ((struct node *) n1->slot)->val : g_n[3]->val), 0x58cd477c5ea01911UL);
      struct node *w145 = n2;
      for (unsigned long i146 = 0; i146 < 4; i146++)
      {
        w145 = gc_alloc (sizeof (struct node));
        w145->val = i146 * i144;
        acc += w145->val + list_sum (w145);
      }
    }
  }
  if (d > 0)
  {
    r15 (d - 1, n2, (n2->next ? n2->next : n2), n2, (965438478UL ? x0 : x0));
  }
  g_acc ^= acc;
}

struct node *r16 (unsigned long d, unsigned long x0)
{
  unsigned long acc = 3UL;
  if (d == 0)
    return g_n[1];
  struct node *p148 = NEW (struct node);
  p148->val = (p148->val >> ((g_n[1]->val ? g_n[0]->val : x0) & 63));
  p148->a[2] = (unsigned long) ((uintptr_t) p148 != 0);
  void *vp149 = (p148->other ? p148->other : g_n[0]);
  g_acc += g_n[2]->a[(0x7f7db14229b671deUL % (x0 | 1)) & 3];
  if ((p148->val - p148->a[3]) % 2 == 0)
  {
    __asm__ volatile ("" : : "r" (p148) : "memory");
  }
  else
  {
    g_up = &p148->a[0];
  }
  g_n[2]->next = p148;
  unsigned long u150 = (p148->val >> (11UL & 63));
  gc_free (p148);
  struct node *p151 = gc_alloc (sizeof (struct node));
  p151->val = 2UL;
  p151->next = p148;
  p148 = f10 (g_n[2806987707UL & 3], (p151->other ? p151->other : p151), p148, p148->val, (unsigned long) (p151 == p148));
  acc += (g_n[0]->val - 2UL);
  struct node *p152 = NEW (struct node);
  p152->val = list_len (p152);
  p152->a[2] = ((struct node *) vp149)->val;
  if (d > 0)
  {
    acc += r17 (d - 1, p148, p148, p148, g_n[1]->val);
  }
  return p151;
}

static __attribute__ ((noinline)) unsigned long r17 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 0x7aa8b76839e98c9aUL;
  if (d == 0)
    return acc;
  struct node *p157 = gc_alloc (sizeof (struct node));
  p157->val = x0;
  struct node *p158 = f5 ((n1->next ? n1->next : p157), p157, n1, deep_sum (n0, 0));
  unsigned long *b159 = gc_alloc (32);
  b159[0] = n1->a[1];
  b159[2] = b159[b159[2] & 3];
  struct node *w160 = n1;
  for (unsigned long i161 = 0; i161 < 2; i161++)
  {
    w160 = gc_alloc (sizeof (struct node));
    w160->val = i161 * 3UL;
    acc += w160->val + list_sum (w160);
  }
  struct node *p162 = gc_alloc (sizeof (struct node));
  p162->val = 79UL;
  void *vp163 = p157;
  n1->val += ((n1->next ? n1->next : p158)->next ? (n1->next ? n1->next : p158)->next->val : x0);
  g_acc += b159[(p162->next ? p162->next->val : 69UL) & 3];
  acc += 1501878221UL;
  if (d > 0)
  {
    struct node *p164 = r16 (d - 1, (n0->next ? n0->next->val : x0));
  }
  return acc ^ 0x34afffac0f0ace14UL;
}

static void f18 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 0x31e1531a7209e52fUL;
  struct node *p168 = gc_alloc (sizeof (struct node));
  p168->val = ((g_n[2]->val * p168->val) >> (g_n[0]->val & 63));
  struct node *p169 = (struct node *) ((uintptr_t) n1 | 0);
  for (unsigned long i170 = 0; i170 < 6; i170++)
  {
    struct node *p171 = gc_alloc (sizeof (struct node));
    p171->val = *g_up;
    p171->a[0] = (751845426UL * x0);
    p171->next = p168;
    acc += ((unsigned long) (n0 == p169) | x0);
    p168->val += (p171->slot ? ((struct node *) p171->slot)->val : (unsigned long) (p168 == n0));
  }
  unsigned long *b172 = gc_alloc (32);
  b172[1] = *g_up;
  b172[2] = b172[x0 & 3];
  x0 = list_len (p169);
  n0->slot = g_n[p168->val & 3];
  g_any = g_n[p169->a[1] & 3];
  g_h.pr.a = p169;
  for (unsigned long i173 = 0; i173 < 5; i173++)
  {
    if (i173 % 7 == 1) return;
  }
  acc += deep_sum ((p169->other ? p169->other : p169), 2);
  acc += cb_read ((n0->other ? n0->other : p169), p169->val);
  for (unsigned long i174 = 0; i174 < 4; i174++)
  {
    p168->other = (x0 & 1 ? n0 : p169);
  }
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
  unsigned long acc = 43UL;
  struct node *p175 = gc_alloc (sizeof (struct node));
  p175->a[3] = (g_n[0]->val * 0x66e847fb698f9dd9UL);
  p175->next = p175;
  struct node *p176 = f1 ((g_n[1]->next ? g_n[1]->next : g_n[1]), p175, g_n[p175->val & 3]);
  struct node *p177 = gc_alloc (sizeof (struct node));
  p177->val = p176->a[g_acc & 3];
  acc += ((2432946135UL ^ g_n[2]->val) * deep_sum (p177, 0));
  { struct node *volatile vol = p176; acc += vol->val; }
  acc += (unsigned long) ((uintptr_t) p175 != 0);
  p175->val += g_n[0]->val;
  { struct node *volatile vol = p177; acc += vol->val; }
  struct node *p178 = gc_alloc (sizeof (struct node));
  p178->val = (p176->other ? p176->other : p177)->a[g_n[1]->val & 3];
  struct node *p179 = gc_calloc (1, sizeof (struct node));
  p179->val = (p175->a[2UL & 3] ^ (2UL & 0x2ac4e12538f87380UL));
  for (unsigned long i180 = 0; i180 < 4; i180++)
  {
    p179->other = p178;
    for (unsigned long i181 = 0; i181 < 4; i181++)
    {
      struct node *p182 = gc_alloc (sizeof (struct node));
      p182->val = g_acc;
      p182->a[0] = (p179->val & i181);
      p182->next = (g_n[2]->other ? g_n[2]->other : p179);
      p182->next = p178;
      p178 = p182;
    }
    unsigned long st183 = 0;
    for (struct node *q = p177; q && st183 < 8; q = q->next, st183++)
      acc += q->val * (st183 + 1);
  }
  p176 = r4 (list_sum (p178) % 4, &p177);
  printf ("main.r4 %lu\n", acc);
  f6 (p177, g_n[2], (struct pair) { p178, p177 });
  printf ("main.f6 %lu\n", acc);
  r11 (4UL % 4);
  printf ("main.r11 %lu\n", acc);
  struct node *p184 = r12 ((342712772UL ? g_n[3]->val : p176->a[0]) % 4, p176, (g_n[1]->next ? g_n[1]->next : p177), g_n[2], (struct pair) { (p177->other ? p177->other : p175), p176 });
  printf ("main.r12 %lu\n", acc);
  struct node *p185 = f13 ();
  printf ("main.f13 %lu\n", acc);
  acc += f14 ((p179->slot ? ((struct node *) p179->slot)->val : 2438665896UL), (g_n[3]->a[1] >> (p175->a[0] & 63)));
  printf ("main.f14 %lu\n", acc);
  r15 (g_n[0]->val % 4, p175, (p179->other ? p179->other : p177), p179, (unsigned long) (p179 == p175));
  printf ("main.r15 %lu\n", acc);
  struct node *p186 = r16 (list_len (p177) % 4, (p177->a[2] >> (0x3726e6f4389e741UL & 63)));
  printf ("main.r16 %lu\n", acc);
  acc += r17 ((94UL ? p178->val : g_n[1]->val) % 4, p177, g_n[75UL & 3], p179, (unsigned long) ((uintptr_t) g_n[0] != 0));
  printf ("main.r17 %lu\n", acc);
  f18 ((p179->a[1] & 1 ? g_n[1] : g_n[3]), p175, 0x73af7fd061d54a3bUL);
  printf ("main.f18 %lu\n", acc);
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

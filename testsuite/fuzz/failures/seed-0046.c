/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0046.c */
/* gcc-escape fuzz program, seed 46: testsuite/fuzz/gen 46 */
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

unsigned long f0 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
struct node *f1 (struct node *n0, struct node *n1, struct node **out);
static struct node *f2 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out);
void f3 (struct node *n0, unsigned long x0, unsigned long x1);
void f4 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out);
static unsigned long f5 (void);
static void r6 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0);
static unsigned long r7 (unsigned long d, unsigned long x0, unsigned long x1);
static struct node *f8 (struct node *n0, unsigned long x0, struct pair pr);
static unsigned long f9 (struct node *n0, unsigned long x0, unsigned long x1);
static unsigned long f10 (struct node *n0, struct node *n1, struct node **out, struct pair pr);
static void r11 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, struct node **out);
static unsigned long f12 (struct node *n0, unsigned long x0);
static unsigned long f13 (struct node *n0, struct node *n1, unsigned long x0);
static unsigned long r14 (unsigned long d, unsigned long x0);
unsigned long r15 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static unsigned long f16 (unsigned long x0, struct node **out);
void f17 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static struct node *r18 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0);

unsigned long f0 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3596570840UL;
  printf ("f0.0 %lu\n", acc);
  x0 = (n1->slot ? ((struct node *) n1->slot)->val : (0x437f735b1c22a127UL >> (g_n[3]->a[2] & 63)));
  struct node *p6 = gc_alloc (sizeof (struct node));
  p6->val = g_n[3]->val;
  p6->a[0] = deep_sum (n2, 0);
  void *vp7 = g_n[x1 & 3];
  acc += (unsigned long) ((uintptr_t) n1 != 0);
  struct node s8 = { 0 };
  s8.val = g_n[2]->val;
  s8.next = (n2->other ? n2->other : n2);
  g_acc += (g_n[n0->val & 3]->slot ? ((struct node *) g_n[n0->val & 3]->slot)->val : n1->a[n2->a[3] & 3]);
  return acc ^ (n0->next ? n0->next->val : g_n[1]->val);
}

struct node *f1 (struct node *n0, struct node *n1, struct node **out)
{
  unsigned long acc = 3724247414UL;
  n0->a[(g_n[3]->val << (1291416122UL & 63)) & 3] = (list_sum (n0) & g_acc);
  n0->slot = (*out ? *out : n0);
  unsigned long *b11 = gc_alloc (96);
  b11[0] = (b11[0] + n0->a[1]);
  b11[1] = (unsigned long) ((uintptr_t) n0 != 0);
  b11[2] = b11[3];
  b11[3] = (b11[3] / (38UL | 1));
  for (unsigned long i12 = 0; i12 < 1; i12++)
  {
    b11[n0->val & 3] = (n0->val / ((n1->val | n0->a[0]) | 1));
    n1->a[n1->a[3] & 3] = (g_acc ^ g_n[0]->val);
  }
  for (unsigned long i13 = 0; i13 < 6; i13++)
  {
    g_list->other = n0;
    for (unsigned long i14 = 0; i14 < 2; i14++)
    {
      struct node *p15 = gc_alloc (64 + ((0x5e4f063e41247aa5UL ^ n1->a[1]) & 7));
      p15->val = p15->a[n1->a[3] & 3];
      p15->next = n1;
      if (n1->a[0] % 4 == 1) return n0;
    }
  }
  n1->other = (n0->other ? n0->other : n1);
  b11[(1946403616UL ? 0UL : 50UL) & 3] = (*g_up - (b11[2] * n1->a[0]));
  gc_free (n1);
  g_acc += b11[3UL & 3];
  return n0;
}

static __attribute__ ((noinline)) struct node *f2 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 0x766054dc2f1187f0UL;
  struct node *p21 = NEW (struct node);
  p21->val = list_sum (n1);
  acc = mix (acc, (n1->val - g_n[0]->val));
  g_n[2] = n1;
  printf ("f2.1 %lu\n", acc);
  acc += f0 ((n0->next ? n0->next : n2), g_n[p21->val & 3], n1, p21->a[0x5461da5b384d2d10UL & 3], x0);
  acc += f0 (p21, (n1->other ? n1->other : n1), n1, list_sum (p21), x0);
  return n1;
}

void f3 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 53221293UL;
  struct node *p25 = gc_alloc (sizeof (struct node));
  p25->val = x0;
  struct node *p26 = f1 (p25, p25, &p25);
  struct node s27 = { 0 };
  s27.val = p25->val;
  s27.next = (p25->val & 1 ? n0 : n0);
  struct node *p28 = f1 (n0, g_n[x0 & 3], &p25);
  p28->a[p25->val & 3] = deep_sum (p28, 2);
  x0 = g_acc;
  for (unsigned long i29 = 0; i29 < 2; i29++)
  {
    p26->other = (n0->next ? n0->next : p25);
    void *vp30 = p25;
    g_acc += (unsigned long) ((uintptr_t) n0 != 0);
  }
  p26 = g_n[2];
  for (unsigned long i31 = 0; i31 < 6; i31++)
  {
    acc += f0 ((p26->other ? p26->other : g_n[3]), g_n[p26->a[0] & 3], n0, n0->val, *g_up);
  }
  g_acc ^= acc;
}

void f4 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 0x7da8724a6e095695UL;
  struct node *p35 = gc_alloc (64 + x1 % 16);
  p35->val = (67UL >> ((unsigned long) (p35 == n0) & 63));
  p35 = f1 (g_n[x1 & 3], p35, &p35->other);
  n0->next = (*out ? *out : p35);
  n0->val += (unsigned long) ((uintptr_t) n0 != 0);
  acc += list_sum (p35);
  acc += cb_read (n0, (0x52c3431e5a61686fUL - p35->a[3]));
  n0->slot = (g_n[0]->val & 1 ? n0 : n0);
  struct node *p36 = f1 ((p35->next ? p35->next : p35), n0, &p35);
  n0->other = p35;
  for (unsigned long i37 = 0; i37 < 1; i37++)
  {
    struct node *p38 = gc_alloc (sizeof (struct node));
    p38->val = list_sum ((g_n[0]->val & 1 ? n0 : p38));
    p38->next = p35;
    p35 = p38;
  }
  p36 = f2 (n0, (g_n[2]->val & 1 ? n0 : p35), n0, x1, (n0->next ? n0->next->val : x1), &p35);
  p36->next = n0;
  acc += f0 (n0, (x0 & 1 ? p36 : p36), p35, *g_up, (unsigned long) (g_n[3] == p35));
  g_acc ^= acc;
}

static __attribute__ ((noinline)) unsigned long f5 (void)
{
  unsigned long acc = 0x3902093246489a58UL;
  struct node *p39 = NEW (struct node);
  p39->val = p39->a[0x5385449a03d66519UL & 3];
  struct node *w40 = p39;
  for (unsigned long i41 = 0; i41 < 1; i41++)
  {
    w40 = gc_alloc (sizeof (struct node));
    w40->val = i41 * (p39->val ? g_n[3]->val : g_n[0]->val);
    acc += w40->val + list_sum (w40);
  }
  unsigned long *b42 = gc_alloc (64);
  b42[0] = list_sum (p39);
  b42[3] = 54UL;
  acc = mix (acc, (0x523bcddd2768ee47UL - 0x2a54917e5f6fcc70UL));
  if (p39 != p39)
    memcpy (p39, p39, sizeof (struct node));
  acc = mix (acc, (36UL ? 2UL : p39->val));
  g_acc += (unsigned long) ((uintptr_t) w40 != 0);
  struct node *p43 = gc_alloc (sizeof (struct node));
  p43->val = (unsigned long) (p39 == (p43->val & 1 ? p43 : w40));
  p43->a[0] = *g_up;
  p43->next = p43;
  f4 (p39, list_len (p43), 70UL, &p39);
  gc_free (p43);
  b42[15UL & 3] = b42[417068781UL & 3];
  gc_free (p43);
  g_n[2] = p39;
  struct node *p44 = gc_alloc (sizeof (struct node));
  p44->val = ((unsigned long) (p44 == p39) / (w40->a[1] | 1));
  p44->next = (p44->next ? p44->next : p39);
  return acc ^ (0x6c10ef393dbd5df8UL ? 0x2a908c525b676545UL : 2UL);
}

static inline void r6 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 2766668504UL;
  if (d == 0)
    return;
  struct node *arr48[4] = { (n1->next ? n1->next : g_n[3]), n1, (n1->next ? n1->next : n1), n1 };
  struct node *w49 = n0;
  for (unsigned long i50 = 0; i50 < 4; i50++)
  {
    w49 = gc_alloc (sizeof (struct node));
    w49->val = i50 * n0->val;
    acc += w49->val + list_sum (w49);
  }
  acc += f0 (n0, g_n[3], (n1->a[1] & 1 ? n1 : n1), (82UL / (x0 | 1)), (w49->next ? w49->next->val : g_n[0]->val));
  if (((unsigned long) (n1 == n1) ^ g_acc) % 4 == 1)
  {
    gc_free (w49);
    if (d > 0)
    {
      r6 (d - 1, arr48[n1->a[2] & 3], (n1->a[2] & 1 ? g_n[2] : n1), (3670770762UL & n1->a[1]));
    }
  }
  else
  {
    w49->a[list_sum (n1) & 3] = list_sum (n1);
    void *vp51 = g_n[x0 & 3];
  }
  g_any = n1;
  n1->other = (w49->other ? w49->other : n0);
  void *vp52 = (n1->val & 1 ? n0 : n0);
  void *vp53 = (n1->other ? n1->other : w49);
  for (unsigned long i54 = 0; i54 < 1; i54++)
  {
  }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) unsigned long r7 (unsigned long d, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return acc;
  struct node *p57 = NEW (struct node);
  p57->val = (g_n[3]->val * 3593044680UL);
  x0 = f5 ();
  g_list = (g_n[3]->other ? g_n[3]->other : g_n[1]);
  p57->val += (3875525844UL % ((p57->slot ? ((struct node *) p57->slot)->val : 3289058118UL) | 1));
  g_n[1]->next = g_n[0];
  g_any = (3UL & 1 ? p57 : p57);
  acc += (*g_up | 0x5e65653f3a4f98eaUL);
  struct node *arr58[4] = { p57, p57, p57, p57 };
  struct node *p59 = gc_alloc (sizeof (struct node));
  p59->val = (p57->a[2] & p57->val);
  for (unsigned long i60 = 0; i60 < 4; i60++)
  {
    struct node *p61 = gc_alloc (sizeof (struct node));
    p61->val = ((g_n[0]->val ? g_n[1]->val : x0) + (unsigned long) (p57 == p57));
    g_h.p = p59;
    if ((x0 << (x1 & 63)) % 4 == 1) return acc ^ (p61->a[0] % (x1 | 1));
  }
  x1 = (0UL ? g_n[2]->val : p59->val);
  struct node *arr62[4] = { p59, p59, p59, (x1 & 1 ? p59 : g_n[0]) };
  acc += ((p57->a[2] & 1 ? p59 : p57)->next ? (p57->a[2] & 1 ? p59 : p57)->next->val : g_n[1]->val);
  x1 = (deep_sum (p57, 1) ? p59->a[0] : deep_sum (p57, 0));
  if (d > 0)
  {
    r6 (d - 1, (p57->a[2] & 1 ? p59 : p57), p59, (x1 - p57->a[1]));
  }
  return acc ^ 93UL;
}

static struct node *f8 (struct node *n0, unsigned long x0, struct pair pr)
{
  unsigned long acc = 1452141611UL;
  struct node *p65 = pr.b;
  acc += ((0x234371f21c2a931UL + 3UL) % ((unsigned long) (n0 == p65) | 1));
  acc += ((0x3440c19d31891d38UL >> (2UL & 63)) - deep_sum (n0, 0));
  p65->next = (x0 & 1 ? n0 : p65);
  f4 (g_n[1], (x0 << (p65->val & 63)), (x0 ^ x0), &p65);
  struct node *p66 = gc_alloc (64 + (g_n[1]->val & 7));
  p66->val = (n0->slot ? ((struct node *) n0->slot)->val : g_n[1]->val);
  f4 (g_n[0], list_len (p66), (g_n[2]->val ? g_n[3]->val : x0), &p66);
  return g_n[0];
}

static unsigned long f9 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2568661038UL;
  struct node *p70 = gc_alloc (sizeof (struct node));
  p70->val = list_sum (n0);
  g_acc += (0UL + n0->val);
  acc += (deep_sum (p70, 2) * x0);
  struct node s71 = { 0 };
  s71.val = (n0->a[3] - 0UL);
  s71.next = (g_n[1]->next ? g_n[1]->next : g_n[3]);
  printf ("f9.2 %lu\n", acc);
  printf ("f9.3 %lu\n", acc);
  n0->val += p70->a[deep_sum (n0, 2) & 3];
  return acc ^ g_acc;
}

static unsigned long f10 (struct node *n0, struct node *n1, struct node **out, struct pair pr)
{
  unsigned long acc = 1978146865UL;
  struct node *p74 = pr.b;
  struct node *p75 = gc_alloc (sizeof (struct node));
  p75->next = n1;
  g_up = &(g_n[3]->other ? g_n[3]->other : g_n[3])->a[1];
  f3 (g_n[2], g_acc, (p75->val & 11UL));
  g_up = &g_n[1648829837UL & 3]->a[0];
  if (g_acc % 7 == 1) return acc ^ list_len (n0);
  acc += *out ? (*out)->val : (g_n[1]->val + 0x3ef6394410a0c181UL);
  p74 = n0;
  return acc ^ (unsigned long) (g_n[3] == g_n[3]);
}

static void r11 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, struct node **out)
{
  unsigned long acc = 0x27315b767bdf4fcbUL;
  if (d == 0)
    return;
  unsigned long *b79 = gc_alloc (96);
  b79[1] = (n2->a[0] | 0x4407671c45a19dd4UL);
  b79[2] = 0UL;
  g_list = n2;
  g_h.p = n2;
  void *vp80 = n2;
  unsigned long u81 = list_len (n1);
  for (unsigned long i82 = 0; i82 < 3; i82++)
  {
    struct node *p83 = NEW (struct node);
    p83->val = list_sum ((*out ? *out : n2));
    p83->next = n2;
    p83->next = n2;
    n2 = p83;
  }
  if (((b79[3] / (82UL | 1)) - 30UL) % 4 == 1)
  {
    struct node *arr84[4] = { (n2->other ? n2->other : n2), n2, (n2->other ? n2->other : n2), g_n[g_n[3]->a[1] & 3] };
    if (((30UL % (u81 | 1)) * (b79[2] ^ n2->a[3])) % 4 == 1)
    {
      struct node s85 = { 0 };
      s85.val = (88UL ? u81 : n2->val);
      s85.next = n0;
      s85.other = arr84[u81 & 3];
      printf ("r11.4 %lu\n", acc);
    }
    else
    {
      struct node *w86 = n2;
      for (unsigned long i87 = 0; i87 < 3; i87++)
      {
        w86 = gc_alloc (sizeof (struct node));
        w86->val = i87 * arr_sum (arr84, 4);
        acc += w86->val + list_sum (w86);
      }
      acc += (((struct node *) vp80)->slot ? ((struct node *) ((struct node *) vp80)->slot)->val : (n2->slot ? ((struct node *) n2->slot)->val : b79[2]));
    }
  }
  else
  {
    u81 = ((g_n[0]->val & n0->val) >> (((struct node *) vp80)->val & 63));
  }
  if (d > 0)
  {
    r11 (d - 1, n1, g_n[1], (n2->next ? n2->next : n2), &n2);
  }
  g_acc ^= acc;
}

static unsigned long f12 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 0x552e188e449fc298UL;
  acc += 76UL;
  if ((n0->slot ? ((struct node *) n0->slot)->val : g_n[3]->val) % 4 == 1) return acc ^ (x0 % (x0 | 1));
  for (unsigned long i90 = 0; i90 < 8; i90++)
  {
    struct node *p91 = NEW (struct node);
    p91->val = list_sum (n0);
    p91->next = p91;
    p91->next = n0;
    n0 = p91;
  }
  struct node s92 = { 0 };
  s92.val = (0x22c3c85807c1f2acUL * 0x3b33a5616f1c51e4UL);
  return acc ^ s92.a[1];
}

static unsigned long f13 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 4288299789UL;
  struct node *arr96[4] = { n0, (n1->a[0] & 1 ? n0 : n0), n0, n1 };
  g_acc += arr_sum (arr96, 4);
  n1->a[arr96[x0 & 3]->val & 3] = (g_n[2]->val / (0UL | 1));
  acc += n0->a[2];
  acc += (unsigned long) ((uintptr_t) n1 != 0);
  acc += x0;
  return acc ^ list_sum (n1);
}

static unsigned long r14 (unsigned long d, unsigned long x0)
{
  unsigned long acc = 0UL;
  if (d == 0)
    return acc;
  struct node *p98 = gc_alloc (sizeof (struct node));
  struct node *w99 = p98;
  for (unsigned long i100 = 0; i100 < 3; i100++)
  {
    w99 = gc_alloc (sizeof (struct node));
    w99->val = i100 * (x0 ^ w99->a[3]);
    acc += w99->val + list_sum (w99);
  }
  unsigned long u101 = x0;
  w99->a[(w99->next ? w99->next->val : x0) & 3] = (unsigned long) ((g_n[1]->a[0] & 1 ? w99 : p98) == w99);
  struct node *p102 = gc_alloc (sizeof (struct node));
  p102->next = p98;
  g_up = &(u101 & 1 ? p98 : p98)->a[3];
  if ((0x364dd1a10bd4fea1UL << ((x0 * p102->val) & 63)) % 2 == 0)
  {
    r6 ((u101 - p98->a[0]) % 4, p98, p102, list_sum (w99));
    acc += g_n[3]->val;
    p98->other = g_n[p102->a[3] & 3];
  }
  unsigned long *b103 = gc_calloc (4 + ((w99->val * 0x6457b38b5e6bcca8UL) & 3), sizeof (unsigned long));
  b103[0] = p98->val;
  b103[1] = (g_n[3]->slot ? ((struct node *) g_n[3]->slot)->val : w99->val);
  b103[2] = p102->a[2];
  struct node *p104 = NEW (struct node);
  p104->val = p98->a[3];
  p104->next = (p98->next ? p98->next : w99);
  w99->next = (x0 & 1 ? p104 : p104);
  if (d > 0)
  {
    acc += r15 (d - 1, p102, p102, x0, list_len (p102));
  }
  return acc ^ (w99->next ? w99->next->val : 14UL);
}

unsigned long r15 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 2945881381UL;
  if (d == 0)
    return acc;
  unsigned long st109 = 0;
  for (struct node *q = g_n[2]; q && st109 < 8; q = q->next, st109++)
    acc += q->val * (st109 + 1);
  g_any = n0;
  g_n[1]->next = n0;
  if ((n1->next ? n1->next->val : 59UL) % 3 == 1) return acc ^ (x0 + 30UL);
  struct node *p110 = gc_alloc (sizeof (struct node));
  p110->val = list_len (p110);
  p110->slot = n0;
  unsigned long st111 = 0;
  for (struct node *q = n1; q && st111 < 8; q = q->next, st111++)
    acc += q->val * (st111 + 1);
  if ((p110->next ? p110->next->val : list_sum (n0)) % 3 == 0)
  {
    struct node *w112 = n1;
    for (unsigned long i113 = 0; i113 < 2; i113++)
    {
      w112 = gc_alloc (sizeof (struct node));
      w112->val = i113 * (unsigned long) ((uintptr_t) n0 != 0);
      acc += w112->val + list_sum (w112);
    }
    void *vp114 = p110;
  }
  if (d > 0)
  {
    acc += r14 (d - 1, x1);
  }
  return acc ^ (p110->next ? p110->next->val : g_n[0]->val);
}

static unsigned long f16 (unsigned long x0, struct node **out)
{
  unsigned long acc = 2UL;
  struct node *p116 = gc_alloc (64 + x0 % 16);
  p116->val = g_n[2]->a[p116->val & 3];
  p116->a[2] = g_n[1]->val;
  p116->next = p116;
  printf ("f16.5 %lu\n", acc);
  p116->other = p116;
  p116->next = (p116->other ? p116->other : p116);
  acc += list_sum (p116);
  { unsigned long *q = &p116->a[1]; *q ^= list_sum (p116); }
  struct node *arr117[4] = { (g_n[2]->other ? g_n[2]->other : g_n[2]), g_n[3], (g_n[3]->other ? g_n[3]->other : g_n[3]), g_n[0] };
  unsigned long st118 = 0;
  for (struct node *q = (p116->next ? p116->next : p116); q && st118 < 8; q = q->next, st118++)
    acc += q->val * (st118 + 1);
  acc += deep_sum (p116, 0);
  struct node *p119 = gc_alloc (sizeof (struct node));
  p119->val = (x0 & 1 ? p116 : p119)->a[(g_n[3]->val ^ x0) & 3];
  qsort (arr117, 4, sizeof arr117[0], cmp_nodes);
  return acc ^ (p119->a[0] + p116->val);
}

void f17 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0UL;
  n0->other = (n1->other ? n1->other : n0);
  f4 (n0, x0, *g_up, &n1->next);
  struct node *p124 = gc_calloc (1, sizeof (struct node));
  p124->val = x1;
  p124->next = n0;
  p124->other = p124;
  n1->next = n1;
  if (n0->a[x0 & 3] % 4 == 1) return;
  g_list->other = (n1->other ? n1->other : n0);
  if (n0 != (n1->other ? n1->other : n1))
    memcpy (n0, (n1->other ? n1->other : n1), sizeof (struct node));
  f3 (g_n[x1 & 3], p124->a[1], (0x5b14bbbd583c5674UL * x0));
  for (unsigned long i125 = 0; i125 < 2; i125++)
  {
    x1 = f9 (n1, n1->val, (n0->next ? n0->next->val : x1));
  }
  acc = mix (acc, p124->a[0]);
  for (unsigned long i126 = 0; i126 < 1; i126++)
  {
    struct node *p127 = NEW (struct node);
    p127->val = n1->val;
    p127->next = n0;
    n0 = p127;
  }
  g_up = &g_n[2]->a[1];
  g_acc ^= acc;
}

static __attribute__ ((noinline)) struct node *r18 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 0xd5e21a52c6ceb9bUL;
  if (d == 0)
    return n0;
  struct node *p131 = gc_alloc (sizeof (struct node));
  p131->val = ((unsigned long) (g_n[2] == n0) / (list_len (n1) | 1));
  p131->next = p131;
  x0 = ((n1->val * g_n[1]->val) | n0->a[2]);
  void *vp132 = (x0 & 1 ? p131 : n1);
  acc += apply (cb_keep, n1, (0x4d5997bb12474693UL / (235130459UL | 1)));
  f3 ((g_n[3]->val & 1 ? n0 : n0), (p131->val % (n1->a[1] | 1)), (x0 ? g_n[0]->val : x0));
  for (unsigned long i133 = 0; i133 < 1; i133++)
  {
    struct node *p134 = gc_alloc (sizeof (struct node));
    p134->val = (g_n[1]->val | (p131->val & p131->a[2]));
    p134->a[1] = ((struct node *) vp132)->val;
    p134->next = n1;
    n1 = p134;
  }
  g_list->other = n0;
  f17 (n1, n0, (n0->val ? x0 : p131->val), n1->a[3]);
  for (unsigned long i135 = 0; i135 < 6; i135++)
  {
    struct node *p136 = gc_alloc (sizeof (struct node));
    p136->val = (2UL >> ((x0 | i135) & 63));
    p136->a[2] = x0;
    struct node s137 = { 0 };
    s137.val = list_sum (n0);
    s137.next = p131;
    acc += (list_sum (n0) - (p136->slot ? ((struct node *) p136->slot)->val : 1497266323UL));
  }
  if (n0->a[g_n[3]->val & 3] % 4 == 1) return (n1->other ? n1->other : g_n[3]);
  acc = mix (acc, n1->a[x0 & 3]);
  for (unsigned long i138 = 0; i138 < 2; i138++)
  {
    struct node *p139 = gc_alloc (sizeof (struct node));
    x0 = f13 ((i138 & 1 ? n1 : n1), (p131->other ? p131->other : n1), (unsigned long) ((uintptr_t) n1 != 0));
  }
  unsigned long u140 = deep_sum (n0, 1);
  acc += f13 (g_n[1], (p131->other ? p131->other : n1), (x0 % (87658637UL | 1)));
  if (d > 0)
  {
    struct node *p141 = r18 (d - 1, p131, (n1->other ? n1->other : p131), (x0 ? n1->val : g_n[2]->val));
  }
  return p131;
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
  unsigned long acc = 46UL;
  struct node *p142 = gc_alloc (sizeof (struct node));
  p142->val = (unsigned long) ((uintptr_t) p142 != 0);
  printf ("main.6 %lu\n", acc);
  p142 = p142;
  struct node *w143 = p142;
  for (unsigned long i144 = 0; i144 < 5; i144++)
  {
    w143 = gc_alloc (sizeof (struct node));
    w143->val = i144 * (i144 - i144);
    acc += w143->val + list_sum (w143);
  }
  w143->val += w143->a[9UL & 3];
  struct node *p145 = gc_alloc (sizeof (struct node));
  p145->val = (23UL << ((g_n[0]->val + 2UL) & 63));
  p145->next = p145;
  struct node *p146 = gc_alloc (sizeof (struct node));
  p146->val = w143->a[0];
  p146->next = p145;
  g_h.p = (g_n[2]->val & 1 ? p146 : p145);
  acc += g_cb[(g_n[2]->val ? g_n[0]->val : 0UL) & 3] (p145, list_len (p145));
  w143->a[list_sum (w143) & 3] = ((0x601157610d62237fUL ^ 801485900UL) / (1UL | 1));
  if ((p145->val - g_n[2]->a[2]) % 2 == 0)
  {
    struct node *p147 = gc_alloc (sizeof (struct node));
    p147->a[1] = w143->val;
    p147->next = p147;
    acc += f5 ();
  }
  w143->val += 0x3c849602519d1846UL;
  unsigned long st148 = 0;
  for (struct node *q = p142; q && st148 < 8; q = q->next, st148++)
    acc += q->val * (st148 + 1);
  for (unsigned long i149 = 0; i149 < 2; i149++)
  {
    __asm__ volatile ("" : : "r" (p142) : "memory");
  }
  acc += (p146->next ? p146->next->val : st148);
  acc += r7 (w143->a[w143->a[0] & 3] % 4, w143->a[2], list_len (g_n[2]));
  printf ("main.r7 %lu\n", acc);
  struct node *p150 = f8 (w143, (unsigned long) (p146 == p142), (struct pair) { (g_n[3]->val & 1 ? p142 : p142), w143 });
  printf ("main.f8 %lu\n", acc);
  acc += f10 (w143, p145, &w143, (struct pair) { p146, p146 });
  printf ("main.f10 %lu\n", acc);
  r11 ((w143->a[2] ? st148 : 3998557790UL) % 4, g_n[g_n[0]->a[2] & 3], p146, p145, &p145);
  printf ("main.r11 %lu\n", acc);
  acc += f12 ((g_n[1]->next ? g_n[1]->next : p145), (p142->val >> (p146->a[0] & 63)));
  printf ("main.f12 %lu\n", acc);
  acc += r14 ((st148 + st148) % 4, (w143->a[1] + p145->val));
  printf ("main.r14 %lu\n", acc);
  acc += r15 ((p145->val >> (p142->a[1] & 63)) % 4, p145, p145, (st148 << (w143->a[0] & 63)), list_len (p142));
  printf ("main.r15 %lu\n", acc);
  acc += f16 (list_sum (w143), &p145);
  printf ("main.f16 %lu\n", acc);
  w143 = r18 ((0UL / (0UL | 1)) % 4, p146, p146, st148);
  printf ("main.r18 %lu\n", acc);
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

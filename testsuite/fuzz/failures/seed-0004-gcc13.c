/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-13. Reproduce: testsuite/fuzz/check.sh --gcc 13 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0004-gcc13.c */
/* gcc-escape fuzz program, seed 4: testsuite/fuzz/gen 4 */
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

unsigned long f0 (unsigned long x0);
void f1 (struct node *n0);
static struct node *f2 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out, struct pair pr);
void f3 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
void f4 (struct node *n0, struct node *n1, struct node *n2);
void f5 (struct node *n0, struct node *n1);
static unsigned long f6 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1);
void f7 (struct node *n0, unsigned long x0);
struct node *f8 (struct node *n0, struct node *n1, unsigned long x0, struct node **out);

unsigned long f0 (unsigned long x0)
{
  unsigned long acc = 0x659640ea25871afaUL;
  struct node *p2 = gc_alloc (sizeof (struct node));
  p2->val = (43UL * (p2->next ? p2->next->val : x0));
  p2->a[2] = (unsigned long) (p2 == p2);
  struct node s3 = { 0 };
  s3.val = (x0 % (p2->a[2] | 1));
  acc += x0;
  s3 = *p2;
  g_acc += x0;
  p2 = (g_n[3]->val & 1 ? p2 : p2);
  void *vp4 = p2;
  unsigned long *b5 = gc_alloc (96);
  b5[0] = (p2->slot ? ((struct node *) p2->slot)->val : 6UL);
  b5[1] = b5[68UL & 3];
  struct node *p6 = gc_alloc (sizeof (struct node));
  p6->val = ((p2->other ? p2->other : p2)->next ? (p2->other ? p2->other : p2)->next->val : (p6->val + p2->val));
  p6->a[1] = (unsigned long) (p6 == g_n[3]);
  unsigned long st7 = 0;
  for (struct node *q = p2; q && st7 < 8; q = q->next, st7++)
    acc += q->val * (st7 + 1);
  return acc ^ deep_sum (p2, 0);
}

void f1 (struct node *n0)
{
  unsigned long acc = 1505111573UL;
  acc += n0->a[(n0->slot ? ((struct node *) n0->slot)->val : n0->val) & 3];
  n0->a[(g_n[1]->val + n0->val) & 3] = (unsigned long) ((uintptr_t) (n0->next ? n0->next : n0) != 0);
  acc += n0->val;
  printf ("f1.0 %lu\n", acc);
  if (n0 != (n0->other ? n0->other : n0))
    memcpy (n0, (n0->other ? n0->other : n0), sizeof (struct node));
  struct node *p9 = gc_alloc (64);
  p9->val = 35UL;
  acc += list_len ((n0->other ? n0->other : n0));
  acc += (unsigned long) (n0 == (p9->other ? p9->other : n0));
  __asm__ volatile ("" : : "r" (n0) : "memory");
  if (((2UL & p9->a[2]) ? (g_n[0]->next ? g_n[0]->next->val : g_n[3]->val) : (p9->a[0] << (p9->a[0] & 63))) % 3 == 1)
  {
    acc += ((g_n[3]->val / (g_n[0]->val | 1)) + g_n[0]->val);
  }
  struct node *p10 = gc_alloc (sizeof (struct node));
  p10->val = 2274690801UL;
  g_acc ^= acc;
}

static struct node *f2 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out, struct pair pr)
{
  unsigned long acc = 1102330309UL;
  struct node *p16 = pr.b;
  g_acc += x0;
  *out = n0;
  printf ("f2.1 %lu\n", acc);
  for (unsigned long i17 = 0; i17 < 6; i17++)
  {
    struct node *p18 = gc_alloc (64);
    p18->val = (unsigned long) (g_n[2] == n2);
    p18->next = (*out ? *out : p18);
    p18->next = n0;
    acc += deep_sum ((n1->val & 1 ? p16 : n0), 2);
    n0 = p18;
  }
  *out = n2;
  acc += ((unsigned long) ((uintptr_t) n1 != 0) ? (n2->next ? n2->next->val : x1) : list_sum (n1));
  n0->next = n0;
  acc += *out ? (*out)->val : n0->val;
  struct node *p19 = gc_alloc (sizeof (struct node));
  p19->val = 0UL;
  p19->a[1] = n0->a[2];
  p19->next = g_n[2];
  return n2;
}

void f3 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x4c2726df18d3af2bUL;
  struct node *p24 = gc_alloc (sizeof (struct node));
  p24->val = deep_sum (n1, 2);
  p24->a[0] = g_n[0]->val;
  acc = mix (acc, (g_n[0]->val ^ 0x15aa3faa0d245cbdUL));
  p24->slot = n1;
  struct node *p25 = NEW (struct node);
  p25->val = (n0->slot ? ((struct node *) n0->slot)->val : n0->val);
  struct node *p26 = gc_alloc (64);
  p26->val = n1->a[1];
  n1 = f2 (n1, g_n[x0 & 3], n1, g_n[1]->val, (unsigned long) (n0 == n1), &p25, (struct pair) { n1, n1 });
  unsigned long st27 = 0;
  for (struct node *q = (p24->next ? p24->next : n1); q && st27 < 8; q = q->next, st27++)
    acc += q->val * (st27 + 1);
  p25 = (p25->next ? p25->next : p25);
  n0->next = (3UL & 1 ? p25 : p24);
  acc += (unsigned long) ((uintptr_t) p24 != 0);
  struct node s28 = { 0 };
  s28.val = (p24->val & p24->val);
  s28.other = p25;
  x0 = f0 ((p24->a[0] & p24->val));
  printf ("f3.2 %lu\n", acc);
  if ((g_n[1]->val ? x0 : x0) % 7 == 1) return;
  g_n[2] = n1;
  struct node **v29 = gc_alloc (4 * sizeof (struct node *));
  v29[0] = n1;
  v29[1] = n1;
  v29[3] = (n0->a[2] & 1 ? n1 : n1);
  g_acc ^= acc;
}

__attribute__ ((noinline)) void f4 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 2636873513UL;
  struct node *p33 = gc_alloc (64);
  p33->val = (g_acc - (1279287771UL & 86UL));
  { unsigned long *q = &p33->a[1]; *q ^= list_sum (g_n[1]); }
  acc = mix (acc, deep_sum (n1, 1));
  struct node *w34 = p33;
  for (unsigned long i35 = 0; i35 < 1; i35++)
  {
    w34 = gc_alloc (sizeof (struct node));
    w34->val = i35 * (g_n[3]->val >> (g_n[3]->val & 63));
    acc += w34->val + list_sum (w34);
  }
  n0->slot = (g_n[2]->other ? g_n[2]->other : g_n[3]);
  n2->a[(g_n[3]->val / (0x1a4ae5e033da6370UL | 1)) & 3] = p33->a[1];
  acc = mix (acc, deep_sum (n1, 0));
  { unsigned long *q = &n0->a[0]; *q ^= (p33->val / (w34->a[0] | 1)); }
  acc = mix (acc, (g_n[1]->val / (n1->a[3] | 1)));
  __asm__ volatile ("" : : "r" (n0) : "memory");
  p33->next = p33;
  g_acc ^= acc;
}

__attribute__ ((noinline)) void f5 (struct node *n0, struct node *n1)
{
  unsigned long acc = 0x52ed4da188b2391UL;
  struct node *p38 = gc_alloc (sizeof (struct node));
  p38->val = (0x51042b1a4899728dUL | 0x7d9d68fa546b0783UL);
  { struct node *volatile vol = n0; acc += vol->val; }
  g_acc += *g_up;
  struct node *p39 = gc_alloc (sizeof (struct node));
  p39->val = *g_up;
  p39->a[3] = 14UL;
  f3 (g_n[0], n1, 11UL, g_n[1]->val);
  for (unsigned long i40 = 0; i40 < 6; i40++)
  {
    struct node *p41 = NEW (struct node);
    p41->val = (p38->next ? p38->next->val : 1903715592UL);
    p41->a[0] = (unsigned long) ((uintptr_t) p38 != 0);
    n1->next = n1;
  }
  struct node *arr42[4] = { (8UL & 1 ? n1 : n1), n0, p38, p38 };
  g_up = &(n1->next ? n1->next : n1)->a[1];
  struct node *p43 = gc_alloc (sizeof (struct node));
  p43->val = ((g_n[3]->val - n1->val) - (n1->a[1] % (1927079859UL | 1)));
  p43->a[0] = g_n[3]->val;
  struct node *p44 = NEW (struct node);
  p44->val = ((0UL / (0xf5f08a409a53b2UL | 1)) + p38->a[68UL & 3]);
  p44->a[0] = p38->a[0x409f0d452435b772UL & 3];
  g_acc ^= acc;
}

static unsigned long f6 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 946698350UL;
  struct node *p50 = gc_alloc (sizeof (struct node));
  p50->val = p50->a[1];
  p50->next = p50;
  gc_free (p50);
  struct node *p51 = NEW (struct node);
  p51->val = (n2->val - 1UL);
  p51->next = p51;
  n2 = n1;
  acc += (unsigned long) (p50 == g_n[g_n[3]->val & 3]);
  acc += apply (cb_keep, p50, g_n[3]->a[n0->val & 3]);
  struct node *arr52[4] = { p51, p51, (p51->other ? p51->other : p50), p51 };
  g_any = p51;
  g_acc += (g_n[3]->val - (unsigned long) ((uintptr_t) n1 != 0));
  acc += (unsigned long) ((uintptr_t) n1 != 0);
  __asm__ volatile ("" : : "r" (n0) : "memory");
  acc += f0 (list_sum (p50));
  __asm__ volatile ("" : : "r" (n1) : "memory");
  struct node *p53 = gc_alloc (sizeof (struct node));
  p53->a[3] = (g_n[0]->val & x0);
  struct node **v54 = gc_alloc (4 * sizeof (struct node *));
  v54[0] = p51;
  v54[3] = (p51->other ? p51->other : p50);
  p50->next = p50;
  return acc ^ g_n[3]->val;
}

void f7 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 56UL;
  struct node *p57 = gc_alloc (sizeof (struct node));
  p57->val = ((x0 * x0) + (unsigned long) (p57 == n0));
  acc += cb_read ((g_n[2]->next ? g_n[2]->next : g_n[3]), (unsigned long) (p57 == n0));
  acc += (n0->next ? n0->next->val : n0->a[g_n[1]->val & 3]);
  acc += ((x0 * x0) + (p57->val >> (n0->val & 63)));
  x0 = (g_n[2]->val ? x0 : x0);
  acc += g_cb[*g_up & 3] (g_n[2], (n0->a[0] & x0));
  acc += apply (cb_read, n0, (n0->val ? x0 : x0));
  f1 (g_n[1]);
  g_list->other = g_n[3];
  acc += g_cb[g_n[2]->val & 3] ((x0 & 1 ? g_n[2] : g_n[1]), (g_n[0]->val << (26UL & 63)));
  { unsigned long *q = &p57->a[1]; *q ^= (n0->next ? n0->next->val : x0); }
  unsigned long *b58 = gc_alloc (96);
  b58[3] = (p57->a[2] - x0);
  unsigned long st59 = 0;
  for (struct node *q = n0; q && st59 < 8; q = q->next, st59++)
    acc += q->val * (st59 + 1);
  acc = mix (acc, list_len (p57));
  struct node *w60 = p57;
  for (unsigned long i61 = 0; i61 < 2; i61++)
  {
    w60 = gc_alloc (sizeof (struct node));
    w60->val = i61 * (unsigned long) (w60 == g_n[1]);
    acc += w60->val + list_sum (w60);
  }
  g_acc ^= acc;
}

struct node *f8 (struct node *n0, struct node *n1, unsigned long x0, struct node **out)
{
  unsigned long acc = 3UL;
  struct node *p65 = NEW (struct node);
  g_acc += (n0->slot ? ((struct node *) n0->slot)->val : g_n[1]->val);
  for (unsigned long i66 = 0; i66 < 5; i66++)
  {
    if ((i66 * g_n[1]->val) % 5 == 1) return g_n[2];
  }
  void *vp67 = g_n[1];
  struct node **v68 = gc_alloc (4 * sizeof (struct node *));
  v68[0] = g_n[x0 & 3];
  v68[1] = g_n[1];
  v68[2] = g_n[1];
  v68[3] = (g_n[1]->next ? g_n[1]->next : g_n[1]);
  *out = g_n[p65->val & 3];
  struct node s69 = { 0 };
  s69.val = p65->a[0];
  s69.next = (s69.next ? s69.next : g_n[1]);
  s69.other = g_n[x0 & 3];
  g_list = (s69.next ? s69.next : g_n[1]);
  struct node **v70 = gc_alloc (4 * sizeof (struct node *));
  v70[3] = n0;
  printf ("f8.3 %lu\n", acc);
  return (g_n[2]->next ? g_n[2]->next : g_n[2]);
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
  unsigned long acc = 4UL;
  struct node *p71 = NEW (struct node);
  p71->val = (*g_up ^ (p71->slot ? ((struct node *) p71->slot)->val : p71->a[0]));
  struct node *p72 = f2 ((g_n[1]->other ? g_n[1]->other : g_n[3]), g_n[3], g_n[0x307893f47fb19fa5UL & 3], (p71->a[1] ^ 1281381548UL), (96UL | g_n[3]->val), &p71, (struct pair) { g_n[1], g_n[3] });
  if ((g_n[2]->val ? g_n[1]->val : g_n[2]->a[2]) % 2 == 1)
  {
    unsigned long st73 = 0;
    for (struct node *q = p71; q && st73 < 8; q = q->next, st73++)
      acc += q->val * (st73 + 1);
  }
  gc_free (p71);
  struct node *w74 = p71;
  for (unsigned long i75 = 0; i75 < 3; i75++)
  {
    w74 = gc_alloc (sizeof (struct node));
    w74->val = i75 * p71->a[3];
    acc += w74->val + list_sum (w74);
  }
  gc_free (p72);
  struct node *p76 = gc_alloc (sizeof (struct node));
  p76->val = (unsigned long) (g_n[3] == p71);
  p76->a[2] = deep_sum (p72, 0);
  p76->next = p76;
  struct node *p77 = gc_alloc (sizeof (struct node));
  p77->val = list_len (p71);
  p77->next = p77;
  f4 (p71, (0x5c5d56d1281e376fUL & 1 ? p77 : p77), (p77->other ? p77->other : p76));
  printf ("main.f4 %lu\n", acc);
  f5 (w74, p77);
  printf ("main.f5 %lu\n", acc);
  acc += f6 (p72, (p72->next ? p72->next : p77), p76, p77->a[3], (3059215664UL * p77->val));
  printf ("main.f6 %lu\n", acc);
  f7 (p72, (unsigned long) (p77 == w74));
  printf ("main.f7 %lu\n", acc);
  struct node *p78 = f8 (w74, w74, (53UL * 56UL), &p72->other);
  printf ("main.f8 %lu\n", acc);
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

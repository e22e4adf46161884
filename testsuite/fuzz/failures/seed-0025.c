/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0025.c */
/* gcc-escape fuzz program, seed 25: testsuite/fuzz/gen 25 */
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

static struct node *f0 (void);
unsigned long f1 (struct node *n0, unsigned long x0, struct node **out);
static unsigned long f2 (struct node *n0, unsigned long x0);
static struct node *r3 (unsigned long d, unsigned long x0, unsigned long x1, struct node **out);
static struct node *r4 (unsigned long d, struct node *n0, struct node *n1, struct node *n2);
static void f5 (unsigned long x0, struct pair pr);

static struct node *f0 (void)
{
  unsigned long acc = 0x3f2ffae06bae3d1bUL;
  struct node *p1 = gc_alloc (64);
  p1->a[0] = (p1->slot ? ((struct node *) p1->slot)->val : p1->val);
  p1->next = p1;
  if (((g_n[0]->val % (27UL | 1)) / (list_sum (p1) | 1)) % 2 == 0)
  {
    p1 = p1;
    p1->next = p1;
    acc = mix (acc, (p1->slot ? ((struct node *) p1->slot)->val : 0UL));
  }
  acc += ((68UL | p1->val) * (24UL >> (0x59df677a5c4b4a90UL & 63)));
  if (p1 != p1)
    memcpy (p1, p1, sizeof (struct node));
  return (g_n[0]->other ? g_n[0]->other : g_n[0]);
}

__attribute__ ((noinline)) unsigned long f1 (struct node *n0, unsigned long x0, struct node **out)
{
  unsigned long acc = 0x3087ec3a4db39571UL;
  unsigned long *b4 = gc_alloc (64 + ((unsigned long) ((uintptr_t) n0 != 0) & 7));
  b4[1] = (n0->slot ? ((struct node *) n0->slot)->val : n0->a[3]);
  b4[2] = *g_up;
  acc += ((x0 * n0->a[3]) - (x0 | b4[0]));
  struct node *arr5[4] = { n0, g_n[n0->a[2] & 3], n0, g_n[0] };
  void *vp6 = g_n[b4[2] & 3];
  acc += ((n0->a[1] % (n0->val | 1)) ? arr5[x0 & 3]->val : deep_sum (g_n[3], 2));
  g_list = n0;
  acc += cb_read (((struct node *) vp6), n0->val);
  struct node *p7 = f0 ();
  void *vp8 = n0;
  printf ("f1.0 %lu\n", acc);
  unsigned long *b9 = gc_calloc (8, sizeof (unsigned long));
  b9[2] = arr5[x0 & 3]->val;
  g_up = b4 + 0;
  return acc ^ *g_up;
}

static unsigned long f2 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 3595986908UL;
  struct node *p12 = gc_alloc (sizeof (struct node));
  p12->val = ((g_n[3]->next ? g_n[3]->next->val : n0->a[0]) * list_sum (n0));
  p12->next = p12;
  n0 = f0 ();
  n0 = p12;
  if (((28UL + p12->a[0]) * (p12->next ? p12->next->val : g_n[1]->a[1])) % 3 == 1)
  {
    struct node *p13 = gc_alloc (sizeof (struct node));
    p13->val = ((g_n[2]->val ? n0->val : x0) + (x0 % (81UL | 1)));
  }
  return acc ^ deep_sum (p12, 2);
}

static struct node *r3 (unsigned long d, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 1940046682UL;
  if (d == 0)
    return g_n[1];
  struct node *p16 = gc_alloc (sizeof (struct node));
  p16->a[0] = g_n[1]->val;
  p16->next = p16;
  g_up = &p16->a[3];
  { unsigned long *q = &p16->a[0]; *q ^= (382834986UL ? p16->a[0] : p16->val); }
  acc += f2 (p16, (p16->a[2] - p16->a[3]));
  struct node *p17 = (struct node *) ((uintptr_t) p16 | 0);
  if (d > 0)
  {
    p17 = r4 (d - 1, (p17->other ? p17->other : p17), (g_n[0]->other ? g_n[0]->other : p16), p16);
  }
  return p16;
}

static struct node *r4 (unsigned long d, struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 2UL;
  if (d == 0)
    return n0;
  struct node *p21 = gc_alloc (64 + (g_acc & 7));
  acc += f2 (n1, (83UL * 0x241267ad485919dbUL));
  acc += f1 ((n0->other ? n0->other : n0), 715661936UL, &n1);
  acc += f2 (n2, (n0->val ^ 2158977660UL));
  n0->slot = n2;
  acc += ((unsigned long) ((uintptr_t) n0 != 0) - 4232662729UL);
  if ((0x2aad2aaf1d077052UL - (2450339155UL ? 2150722633UL : 0x4333b8c03aaa490UL)) % 4 == 0)
  {
    g_h.p = n2;
  }
  else
  {
    struct node *p22 = gc_alloc (sizeof (struct node));
    p22->val = (unsigned long) ((uintptr_t) p21 != 0);
    p22->a[0] = list_len (g_n[0]);
    p22->next = g_n[0];
  }
  if (d > 0)
  {
    struct node *p23 = r3 (d - 1, (3868482053UL ? 0x14f14bbd4d7ae96cUL : g_n[0]->val), (g_n[1]->val ? n1->val : 1UL), &n1->next);
  }
  return n1;
}

static void f5 (unsigned long x0, struct pair pr)
{
  unsigned long acc = 3UL;
  struct node *p25 = pr.b;
  struct node *p26 = gc_alloc (sizeof (struct node));
  p26->val = ((unsigned long) (p26 == p26) ? (p25->val * x0) : p25->a[3]);
  struct node *w27 = p25;
  for (unsigned long i28 = 0; i28 < 2; i28++)
  {
    w27 = gc_alloc (sizeof (struct node));
    w27->val = i28 * (p26->val - p25->a[3]);
    acc += w27->val + list_sum (w27);
  }
  acc = mix (acc, (unsigned long) (w27 == w27));
  g_acc += (g_acc ? (p26->slot ? ((struct node *) p26->slot)->val : x0) : deep_sum (w27, 1));
  if ((p26->slot ? ((struct node *) p26->slot)->val : 0x7a7322a6568896fcUL) % 3 == 1) return;
  struct node *p29 = f0 ();
  if (g_n[1]->val % 6 == 1) return;
  { unsigned long *q = &w27->a[3]; *q ^= (g_n[2]->val ^ 2UL); }
  for (unsigned long i30 = 0; i30 < 6; i30++)
  {
    struct node *p31 = gc_alloc (sizeof (struct node));
    p31->val = (unsigned long) ((uintptr_t) p31 != 0);
    p31->a[0] = (unsigned long) ((uintptr_t) w27 != 0);
    p31->next = p29;
    struct node *arr32[4] = { p25, (p25->next ? p25->next : p25), (p31->val & 1 ? g_n[1] : p26), (i30 & 1 ? p26 : p26) };
    qsort (arr32, 4, sizeof arr32[0], cmp_nodes);
  }
  struct node s33 = { 0 };
  s33.val = *g_up;
  s33.next = p26;
  s33.other = g_n[1668037178UL & 3];
  if (p26 != p25)
    memcpy (p26, p25, sizeof (struct node));
  if (p26 != p25)
    memcpy (p26, p25, sizeof (struct node));
  struct node *arr34[4] = { p26, g_n[p25->val & 3], p25, p25 };
  s33 = *w27;
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
  unsigned long acc = 25UL;
  struct node *p35 = gc_alloc (sizeof (struct node));
  p35->val = (unsigned long) ((uintptr_t) p35 != 0);
  for (unsigned long i36 = 0; i36 < 1; i36++)
  {
    struct node *p37 = gc_alloc (sizeof (struct node));
    p35 = r4 (deep_sum (g_n[2], 2) % 4, p35, (g_n[0]->other ? g_n[0]->other : g_n[1]), (g_n[0]->other ? g_n[0]->other : g_n[2]));
    acc += f1 (g_n[1], p35->a[p37->a[3] & 3], &p37);
  }
  __asm__ volatile ("" : : "r" (p35) : "memory");
  struct node *w38 = p35;
  for (unsigned long i39 = 0; i39 < 2; i39++)
  {
    w38 = gc_alloc (sizeof (struct node));
    w38->val = i39 * (87UL | 0UL);
    acc += w38->val + list_sum (w38);
  }
  for (unsigned long i40 = 0; i40 < 5; i40++)
  {
    struct node *p41 = gc_alloc (64 + (g_n[3]->val & 7));
    { unsigned long *q = &w38->a[0]; *q ^= (p35->val << (0x285de1ae1bb08ffaUL & 63)); }
  }
  g_h.p = w38;
  unsigned long u42 = 15UL;
  struct node *p43 = gc_alloc (sizeof (struct node));
  g_acc += (u42 ^ w38->val);
  g_acc += *g_up;
  acc += ((p35->a[3] % (p35->a[3] | 1)) + (p43->val ^ u42));
  acc = mix (acc, (p35->a[2] ? u42 : w38->a[3]));
  p35->slot = g_n[0];
  w38 = w38;
  struct node s44 = { 0 };
  s44.val = g_n[1]->val;
  s44.other = (p43->next ? p43->next : w38);
  printf ("main.1 %lu\n", acc);
  p35 = f0 ();
  struct node *p45 = gc_calloc (1, sizeof (struct node));
  p45->val = *g_up;
  p45->next = p45;
  p43->slot = (p45->other ? p45->other : p45);
  struct node *p46 = r3 ((u42 & g_n[0]->val) % 4, (p35->val / (w38->a[1] | 1)), u42, &g_n[3]);
  printf ("main.r3 %lu\n", acc);
  f5 (w38->val, (struct pair) { (0x336af9614d35cb62UL & 1 ? p45 : p45), p45 });
  printf ("main.f5 %lu\n", acc);
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

/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0032.c */
/* gcc-escape fuzz program, seed 32: testsuite/fuzz/gen 32 */
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

static void f0 (unsigned long x0);
unsigned long r1 (unsigned long d, unsigned long x0, unsigned long x1);
unsigned long f2 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
struct node *f3 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
static unsigned long r4 (unsigned long d, struct node *n0);
unsigned long r5 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr);
static void r6 (unsigned long d);
static void r7 (unsigned long d, struct node *n0, struct node *n1);
void f8 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out);
static unsigned long f9 (struct node *n0, unsigned long x0);

static void f0 (unsigned long x0)
{
  unsigned long acc = 2262789721UL;
  struct node *p2 = gc_alloc (64);
  p2->val = ((p2->val * 0x6522642a3cc7d3bcUL) + x0);
  p2->a[0] = p2->a[0];
  p2->next = g_n[3];
  p2 = p2;
  struct node s3 = { 0 };
  s3.val = (g_n[3]->val + g_n[3]->val);
  s3.next = p2;
  struct node *arr4[4] = { (s3.next ? s3.next : p2), p2, g_n[p2->val & 3], p2 };
  struct node *p5 = gc_alloc (sizeof (struct node));
  p5->next = p5;
  struct node *arr6[4] = { (p2->val & 1 ? p5 : p2), p2, g_n[p5->val & 3], p2 };
  x0 = ((g_n[1]->val ? g_n[2]->val : p2->val) & (g_n[2]->val + x0));
  g_list = (g_n[1]->other ? g_n[1]->other : g_n[0]);
  void *vp7 = p5;
  if (deep_sum (arr4[x0 & 3], 1) % 3 == 0)
  {
    struct node *p8 = gc_calloc (1, sizeof (struct node));
    p8->val = ((struct node *) vp7)->val;
  }
  else
  {
  }
  g_acc ^= acc;
}

unsigned long r1 (unsigned long d, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 78UL;
  if (d == 0)
    return acc;
  struct node *p11 = gc_alloc (sizeof (struct node));
  p11->val = ((g_n[0]->val / (x0 | 1)) % ((p11->val | 1286384499UL) | 1));
  p11->next = (p11->val & 1 ? p11 : p11);
  struct node *p12 = gc_alloc (64 + x1 % 16);
  p12->next = (g_n[3]->val & 1 ? p12 : p11);
  __asm__ volatile ("" : : "r" (p12) : "memory");
  unsigned long u13 = (x1 ^ p11->a[0]);
  unsigned long u14 = (unsigned long) ((u13 & 1 ? g_n[2] : p12) == p11);
  unsigned long *b15 = gc_calloc (4, sizeof (unsigned long));
  b15[2] = (p11->val | u14);
  b15[3] = g_n[2]->a[1];
  u14 = (p11->a[u14 & 3] ? b15[2] : p12->a[3]);
  acc += (unsigned long) ((uintptr_t) p11 != 0);
  if (d > 0)
  {
    x0 = r1 (d - 1, deep_sum (p12, 1), (b15[0] >> (p12->val & 63)));
  }
  return acc ^ u14;
}

unsigned long f2 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 1841347179UL;
  struct node *p20 = gc_alloc (sizeof (struct node));
  n1->next = n1;
  f0 (list_len (g_n[1]));
  if ((3767043996UL | x0) % 3 == 1)
  {
    acc = mix (acc, x0);
    struct node s21 = { 0 };
    s21.val = 0UL;
    s21.next = (g_n[0]->next ? g_n[0]->next : n2);
    s21.other = p20;
  }
  for (unsigned long i22 = 0; i22 < 5; i22++)
  {
    struct node *p23 = gc_alloc (sizeof (struct node));
    p23->val = x0;
    x0 = *g_up;
    if (list_len ((n2->next ? n2->next : p20)) % 2 == 1)
    {
      struct node **v24 = gc_alloc (4 * sizeof (struct node *));
      v24[1] = (x0 & 1 ? n0 : n2);
      v24[3] = (p20->next ? p20->next : g_n[2]);
    }
  }
  return acc ^ (x0 ^ g_n[2]->val);
}

struct node *f3 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 96UL;
  printf ("f3.0 %lu\n", acc);
  n1->val += (deep_sum (n0, 2) * x0);
  for (unsigned long i29 = 0; i29 < 3; i29++)
  {
    struct node *p30 = gc_alloc (64);
    p30->val = i29;
    p30->next = n0;
    p30->slot = (n1->other ? n1->other : n0);
    n0 = p30;
  }
  g_acc += ((n1->next ? n1->next : n1)->next ? (n1->next ? n1->next : n1)->next->val : g_n[2]->val);
  struct node **v31 = gc_alloc (4 * sizeof (struct node *));
  v31[0] = g_n[0];
  v31[1] = n1;
  v31[3] = n0;
  gc_free (n0);
  return n0;
}

static inline unsigned long r4 (unsigned long d, struct node *n0)
{
  unsigned long acc = 71UL;
  if (d == 0)
    return acc;
  struct node *p33 = (struct node *) ((uintptr_t) n0 | 0);
  acc += (unsigned long) ((uintptr_t) n0 != 0);
  struct node *p34 = gc_alloc (sizeof (struct node));
  p34->val = list_sum (p33);
  p34->a[2] = 1643526314UL;
  p34->next = n0;
  for (unsigned long i35 = 0; i35 < 2; i35++)
  {
    struct node *p36 = gc_alloc (64 + ((2149821014UL / (n0->a[2] | 1)) & 7));
    p36->val = ((unsigned long) ((uintptr_t) p36 != 0) & i35);
    p36->a[1] = (i35 % (n0->a[3] | 1));
    __asm__ volatile ("" : : "r" (n0) : "memory");
    void *vp37 = g_n[p33->a[3] & 3];
  }
  if (d > 0)
  {
    acc += r5 (d - 1, n0, p34, p33, (1UL / (2UL | 1)), (struct pair) { (n0->next ? n0->next : g_n[2]), n0 });
  }
  return acc ^ n0->val;
}

unsigned long r5 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0, struct pair pr)
{
  unsigned long acc = 52UL;
  if (d == 0)
    return acc;
  struct node *p42 = pr.a;
  struct node *p43 = gc_alloc (sizeof (struct node));
  p43->val = list_sum ((n0->val & 1 ? p43 : n1));
  acc += deep_sum (p43, 2);
  printf ("r5.1 %lu\n", acc);
  struct node *p44 = gc_alloc (sizeof (struct node));
  p44->val = (n0->val + 1048450265UL);
  p44->a[2] = x0;
  p44->next = p44;
  g_n[0] = n0;
  printf ("r5.2 %lu\n", acc);
  acc += x0;
  if (list_len (g_n[2]) % 4 == 1)
  {
    struct node **v45 = gc_alloc (4 * sizeof (struct node *));
    v45[0] = g_n[p44->val & 3];
    v45[1] = (n1->val & 1 ? p42 : p42);
    v45[3] = (p43->val & 1 ? n0 : n0);
  }
  struct node *p46 = gc_alloc (sizeof (struct node));
  p46->val = p43->val;
  p46->next = (p43->a[2] & 1 ? p42 : p44);
  { unsigned long *q = &n2->a[2]; *q ^= (unsigned long) (n0 == n2); }
  if (d > 0)
  {
    acc += r4 (d - 1, n0);
  }
  return acc ^ g_n[1]->val;
}

static void r6 (unsigned long d)
{
  unsigned long acc = 3UL;
  if (d == 0)
    return;
  struct node *p47 = gc_calloc (1, sizeof (struct node));
  p47->val = (3690611781UL + g_n[0]->val);
  acc = mix (acc, (p47->val | 3UL));
  unsigned long st48 = 0;
  for (struct node *q = g_n[0]; q && st48 < 8; q = q->next, st48++)
    acc += q->val * (st48 + 1);
  g_acc += (unsigned long) ((uintptr_t) p47 != 0);
  for (unsigned long i49 = 0; i49 < 5; i49++)
  {
    struct node *p50 = gc_alloc (sizeof (struct node));
    p50->val = list_len (p50);
    p50->a[0] = (unsigned long) ((uintptr_t) p47 != 0);
    p50->next = p47;
    p50->next = p47;
    p47 = p50;
  }
  struct node **v51 = gc_alloc (4 * sizeof (struct node *));
  struct node s52 = { 0 };
  s52.val = (g_n[3]->val & st48);
  s52.other = p47;
  acc += *g_up;
  p47->next = p47;
  if (d > 0)
  {
    r7 (d - 1, (g_n[3]->next ? g_n[3]->next : g_n[2]), (p47->next ? p47->next : g_n[2]));
  }
  g_acc ^= acc;
}

static void r7 (unsigned long d, struct node *n0, struct node *n1)
{
  unsigned long acc = 790498784UL;
  if (d == 0)
    return;
  struct node *p55 = NEW (struct node);
  p55->val = (unsigned long) (n0 == g_n[3]);
  n0->slot = (n1->other ? n1->other : p55);
  acc += g_cb[950713677UL & 3] (g_n[3], 23UL);
  struct node *p56 = NEW (struct node);
  acc += deep_sum (n0, 2);
  if (n0 != (n0->other ? n0->other : n0))
    memcpy (n0, (n0->other ? n0->other : n0), sizeof (struct node));
  n1->a[(n0->a[3] * 3UL) & 3] = (*g_up & deep_sum (p56, 2));
  n1 = p55;
  for (unsigned long i57 = 0; i57 < 1; i57++)
  {
    struct node *p58 = gc_calloc (1, sizeof (struct node));
    p58->val = (unsigned long) (p56 == n1);
    p58->next = p58;
    acc = mix (acc, list_sum (p55));
    unsigned long u59 = deep_sum (n0, 1);
    unsigned long u60 = *g_up;
  }
  { unsigned long *q = &n0->a[1]; *q ^= 59UL; }
  for (unsigned long i61 = 0; i61 < 1; i61++)
  {
    if (deep_sum ((n0->next ? n0->next : p55), 2) % 2 == 1)
    {
      if (p56 != n1)
        memcpy (p56, n1, sizeof (struct node));
      f0 ((n1->val + 189676360UL));
    }
    acc += i61;
  }
  if (d > 0)
  {
    r6 (d - 1);
  }
  g_acc ^= acc;
}

void f8 (struct node *n0, struct node *n1, struct node *n2, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 0x3e5cad0277f6e172UL;
  struct node *p67 = gc_alloc (sizeof (struct node));
  p67->next = (x1 & 1 ? n1 : n1);
  if (((x0 - 3UL) << ((unsigned long) ((uintptr_t) n1 != 0) & 63)) % 3 == 0)
  {
    for (unsigned long i68 = 0; i68 < 6; i68++)
    {
      struct node *p69 = gc_calloc (1, sizeof (struct node));
      p69->val = (list_len (n0) | (x0 ? p69->a[0] : 6UL));
      p69->a[3] = (p69->slot ? ((struct node *) p69->slot)->val : 226913154UL);
      p69->next = n1;
      { unsigned long *q = &p67->a[0]; *q ^= i68; }
      n1 = p69;
    }
  }
  struct node **v70 = gc_alloc (4 * sizeof (struct node *));
  v70[0] = (n1->val & 1 ? n1 : n1);
  v70[3] = (v70[0] ? v70[0] : p67);
  for (unsigned long i71 = 0; i71 < 2; i71++)
  {
    struct node *p72 = gc_alloc (sizeof (struct node));
    p72->val = ((unsigned long) (n2 == n2) & (v70[3] ? v70[3]->val : 81UL));
    p72->next = p72;
    struct node s73 = { 0 };
    s73.val = (p72->slot ? ((struct node *) p72->slot)->val : i71);
    *out = (v70[1] ? v70[1] : n1);
    acc += cb_read (n2, list_sum (p72));
  }
  x0 = r4 ((x0 ? p67->val : x1) % 4, (*out ? *out : n2));
  unsigned long st74 = 0;
  for (struct node *q = g_n[p67->a[3] & 3]; q && st74 < 8; q = q->next, st74++)
    acc += q->val * (st74 + 1);
  n2->next = n2;
  acc += (x1 - (v70[0] ? v70[0]->val : g_n[1]->val));
  struct node s75 = { 0 };
  s75.val = list_sum (n0);
  s75.next = n2;
  g_acc ^= acc;
}

static unsigned long f9 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 3UL;
  struct node *p78 = gc_alloc (64);
  p78->val += ((p78->next ? p78->next->val : x0) & (n0->val ^ x0));
  p78->a[p78->a[1] & 3] = p78->a[list_sum (p78) & 3];
  struct node *p79 = gc_alloc (64 + x0 % 16);
  p79->val = *g_up;
  p79->a[3] = (unsigned long) (n0 == p78);
  acc += r5 ((unsigned long) (p79 == p78) % 4, p79, (p78->val & 1 ? p79 : n0), (g_n[2]->other ? g_n[2]->other : n0), *g_up, (struct pair) { p79, g_n[550607622UL & 3] });
  if (((3UL | g_n[3]->val) * (unsigned long) ((uintptr_t) n0 != 0)) % 2 == 1)
  {
    acc += p79->a[list_sum (p78) & 3];
    p78->a[(p79->a[3] ^ 30UL) & 3] = (p79->slot ? ((struct node *) p79->slot)->val : g_n[3]->a[2]);
  }
  else
  {
    p78 = (p78->next ? p78->next : p78);
  }
  struct node *p80 = gc_alloc (sizeof (struct node));
  p80->val = (0x115b9d3905f62b51UL ? (x0 >> (p80->a[2] & 63)) : (unsigned long) ((uintptr_t) p79 != 0));
  p80->next = g_n[2];
  struct node s81 = { 0 };
  s81.val = (x0 ^ p80->val);
  s81.next = (s81.next ? s81.next : p78);
  s81.other = g_n[0];
  unsigned long u82 = (p78->a[1] + (unsigned long) (p79 == n0));
  unsigned long *b83 = gc_alloc (32 + (list_len (p79) & 7));
  return acc ^ x0;
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
  unsigned long acc = 32UL;
  struct node *p84 = gc_alloc (sizeof (struct node));
  p84->val = (list_sum (p84) - list_len (p84));
  gc_free (p84);
  struct node *p85 = gc_alloc (64);
  p85->val = g_n[2]->val;
  p85->next = p85;
  struct node *w86 = p84;
  for (unsigned long i87 = 0; i87 < 3; i87++)
  {
    w86 = gc_alloc (sizeof (struct node));
    w86->val = i87 * i87;
    acc += w86->val + list_sum (w86);
  }
  struct node *p88 = gc_alloc (sizeof (struct node));
  p88->val = list_sum (w86);
  p84->next = (p84->a[2] & 1 ? p84 : p85);
  p85 = f3 ((380529462UL & 1 ? p88 : p88), w86, (p88->a[2] << (0UL & 63)), list_len (w86));
  struct node *p89 = gc_alloc (sizeof (struct node));
  p89->val = (g_n[2]->val / (1591026224UL | 1));
  p89->a[0] = (0x40d5e8ee01f089bdUL + 0UL);
  struct node s90 = { 0 };
  s90.val = (46UL >> (w86->a[2] & 63));
  p88->other = (p88->next ? p88->next : p88);
  void *vp91 = p88;
  struct node *w92 = p88;
  for (unsigned long i93 = 0; i93 < 4; i93++)
  {
    w92 = gc_alloc (sizeof (struct node));
    w92->val = i93 * 0x60585c0f27704166UL;
    acc += w92->val + list_sum (w92);
  }
  struct node *w94 = w86;
  for (unsigned long i95 = 0; i95 < 1; i95++)
  {
    w94 = gc_alloc (sizeof (struct node));
    w94->val = i95 * ((struct node *) vp91)->val;
    acc += w94->val + list_sum (w94);
  }
  unsigned long st96 = 0;
  for (struct node *q = p88; q && st96 < 8; q = q->next, st96++)
    acc += q->val * (st96 + 1);
  acc += r5 (st96 % 4, g_n[2], p84, p89, deep_sum (p89, 0), (struct pair) { p88, p88 });
  struct node s97 = { 0 };
  s97.val = (0UL + st96);
  s97.next = ((struct node *) vp91);
  void *vp98 = p85;
  acc += r1 ((p84->next ? p84->next->val : g_n[0]->val) % 4, p85->a[1], deep_sum (p88, 1));
  struct node *p99 = NEW (struct node);
  p99->val = (deep_sum (w92, 0) ? st96 : p99->a[st96 & 3]);
  p99->a[0] = (st96 | g_n[2]->val);
  acc += f2 (p88, (p85->next ? p85->next : w94), p99, (p88->slot ? ((struct node *) p88->slot)->val : g_n[2]->val));
  printf ("main.f2 %lu\n", acc);
  r6 ((p85->slot ? ((struct node *) p85->slot)->val : p99->a[3]) % 4);
  printf ("main.r6 %lu\n", acc);
  r7 (g_acc % 4, (s90.next ? s90.next : p99), w92);
  printf ("main.r7 %lu\n", acc);
  f8 (w94, p88, (s90.next ? s90.next : p99), *g_up, (unsigned long) ((uintptr_t) p85 != 0), &s90.next);
  printf ("main.f8 %lu\n", acc);
  acc += f9 (p89, ((struct node *) vp98)->val);
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

/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0055.c */
/* gcc-escape fuzz program, seed 55: testsuite/fuzz/gen 55 */
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

static struct node *r0 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0);
static struct node *r1 (unsigned long d);
struct node *r2 (unsigned long d);
static void f3 (unsigned long x0, unsigned long x1);
static void f4 (struct node *n0, struct node **out);
struct node *f5 (struct node *n0);
static unsigned long f6 (struct node *n0, unsigned long x0, unsigned long x1);
static void f7 (struct node *n0, struct node *n1, struct node *n2);

static __attribute__ ((noinline)) struct node *r0 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 2UL;
  if (d == 0)
    return n0;
  struct node *p4 = gc_alloc (sizeof (struct node));
  p4->val = ((unsigned long) (n0 == n0) % ((n0->a[2] + g_n[1]->val) | 1));
  p4->a[0] = deep_sum (n0, 0);
  unsigned long u5 = (x0 - x0);
  for (unsigned long i6 = 0; i6 < 3; i6++)
  {
    struct node *p7 = gc_alloc (sizeof (struct node));
    p7->val = (u5 + 0x70301e1a5655e0faUL);
    p7->next = p4;
    p4 = p7;
  }
  p4->other = n1;
  g_h.pr.a = g_n[1];
  for (unsigned long i8 = 0; i8 < 4; i8++)
  {
    struct node *p9 = NEW (struct node);
    p9->val = n0->a[1];
    p4 = n0;
    struct node s10 = { 0 };
    s10.val = (p4->a[2] ^ u5);
  }
  acc += g_cb[(n1->slot ? ((struct node *) n1->slot)->val : n1->a[1]) & 3] (g_n[u5 & 3], x0);
  struct node *p11 = gc_alloc (sizeof (struct node));
  p11->val = (unsigned long) ((n1->other ? n1->other : p4) == p11);
  p11->a[0] = list_sum (p4);
  struct node s12 = { 0 };
  s12.val = (3UL ? n0->a[3] : u5);
  acc += (n1->a[1] >> (g_n[2]->val & 63));
  n1->other = p4;
  struct node **v13 = gc_alloc (4 * sizeof (struct node *));
  v13[1] = g_n[1];
  v13[2] = (g_n[0]->other ? g_n[0]->other : g_n[1]);
  struct node *arr14[4] = { (s12.next ? s12.next : n0), n1, p11, n0 };
  struct node *w15 = p4;
  for (unsigned long i16 = 0; i16 < 5; i16++)
  {
    w15 = gc_alloc (sizeof (struct node));
    w15->val = i16 * list_sum (n1);
    acc += w15->val + list_sum (w15);
  }
  if (d > 0)
  {
    p4 = r0 (d - 1, n0, (v13[3] ? v13[3] : n1), (g_n[1]->val >> (x0 & 63)));
  }
  return (v13[2] ? v13[2] : p4);
}

static inline struct node *r1 (unsigned long d)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return g_n[1];
  struct node *p17 = NEW (struct node);
  p17->val = *g_up;
  p17 = r0 ((g_n[1]->val + 0xddfb03b19a2eaa6UL) % 4, (0x6e06fdd391a3353UL & 1 ? p17 : p17), p17, 2UL);
  { unsigned long *q = &p17->a[0]; *q ^= (p17->a[1] >> (g_n[3]->val & 63)); }
  g_h.p = g_n[1];
  struct node *p18 = gc_alloc (sizeof (struct node));
  p18->a[2] = (g_n[2]->val / (1UL | 1));
  { struct node *volatile vol = p18; acc += vol->val; }
  for (unsigned long i19 = 0; i19 < 6; i19++)
  {
    struct node *p20 = gc_alloc (sizeof (struct node));
    p20->val = p20->a[0];
  }
  if (d > 0)
  {
    struct node *p21 = r2 (d - 1);
  }
  return p18;
}

struct node *r2 (unsigned long d)
{
  unsigned long acc = 2559706870UL;
  if (d == 0)
    return g_n[1];
  struct node *p22 = gc_alloc (64 + (15UL & 7));
  p22->next = p22;
  printf ("r2.0 %lu\n", acc);
  p22->slot = g_n[1];
  struct node *p23 = r0 ((g_n[1]->val ^ p22->val) % 4, p22, (0x2091daa276103eb3UL & 1 ? p22 : p22), (g_n[0]->val | g_n[2]->val));
  printf ("r2.1 %lu\n", acc);
  printf ("r2.2 %lu\n", acc);
  p23 = r0 (1107075669UL % 4, p23, g_n[2357606551UL & 3], deep_sum (p22, 0));
  if (d > 0)
  {
    p22 = r1 (d - 1);
  }
  return (g_n[0]->next ? g_n[0]->next : g_n[3]);
}

static __attribute__ ((noinline)) void f3 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1UL;
  struct node *p26 = NEW (struct node);
  for (unsigned long i27 = 0; i27 < 5; i27++)
  {
    struct node *p28 = gc_alloc (sizeof (struct node));
    p28->val = (unsigned long) ((uintptr_t) p26 != 0);
    p28->next = p28;
    struct node *p29 = gc_alloc (sizeof (struct node));
    p29->a[1] = g_acc;
    p29->next = p29;
  }
  for (unsigned long i30 = 0; i30 < 5; i30++)
  {
    struct node *p31 = gc_alloc (sizeof (struct node));
    p31->val = p31->a[p26->a[2] & 3];
    if (g_acc % 2 == 0)
    {
      unsigned long *b32 = gc_alloc (32 + (p26->val & 7));
      p31->val += (*g_up * p31->a[0]);
    }
    struct node *p33 = gc_alloc (sizeof (struct node));
    p33->next = p33;
    { unsigned long *q = &p31->a[1]; *q ^= p33->a[1]; }
    unsigned long st34 = 0;
    for (struct node *q = g_n[2]; q && st34 < 8; q = q->next, st34++)
      acc += q->val * (st34 + 1);
  }
  p26 = r0 ((5UL | 0x4448a57061819d39UL) % 4, g_n[p26->a[0] & 3], p26, (0UL ? g_n[0]->val : p26->val));
  struct node *p35 = r0 ((g_n[0]->val * x1) % 4, p26, p26, (p26->val << (p26->val & 63)));
  acc = mix (acc, (unsigned long) ((uintptr_t) p26 != 0));
  p26 = r0 (p35->val % 4, p26, (p35->val & 1 ? p35 : p26), g_acc);
  p35->other = p35;
  g_acc ^= acc;
}

static __attribute__ ((noinline)) void f4 (struct node *n0, struct node **out)
{
  unsigned long acc = 3490820617UL;
  struct node *p37 = gc_alloc (sizeof (struct node));
  p37->val = list_sum (n0);
  g_n[0]->next = n0;
  p37->slot = n0;
  g_h.pr.b = (*out ? *out : p37);
  __asm__ volatile ("" : : "r" (n0) : "memory");
  struct node *p38 = gc_alloc (sizeof (struct node));
  p38->val = (p38->next ? p38->next->val : (0x4d717ecd3ff6ab81UL | 3198917204UL));
  acc += (unsigned long) ((uintptr_t) p37 != 0);
  g_acc += 81UL;
  g_h.p = g_n[g_n[2]->val & 3];
  f3 ((p38->val - 0UL), 1114703894UL);
  p37 = r0 (1UL % 4, g_n[p38->val & 3], p37, (n0->val << (44UL & 63)));
  printf ("f4.3 %lu\n", acc);
  struct node *p39 = gc_alloc (sizeof (struct node));
  p39->next = n0;
  *out = p37;
  struct node *p40 = (struct node *) ((uintptr_t) p38 | 0);
  acc += g_acc;
  acc += apply (cb_bump, p39, 83UL);
  g_acc ^= acc;
}

struct node *f5 (struct node *n0)
{
  unsigned long acc = 64UL;
  struct node *p42 = gc_alloc (sizeof (struct node));
  p42->a[3] = 80UL;
  p42->next = (p42->next ? p42->next : p42);
  if ((unsigned long) ((3UL & 1 ? p42 : n0) == n0) % 4 == 1)
  {
    gc_free (p42);
    unsigned long u43 = g_acc;
    void *vp44 = g_n[0];
  }
  acc += apply (cb_read, (p42->a[2] & 1 ? p42 : p42), list_len (p42));
  p42->val += deep_sum ((n0->a[0] & 1 ? p42 : p42), 0);
  void *vp45 = p42;
  n0->next = p42;
  unsigned long st46 = 0;
  for (struct node *q = p42; q && st46 < 8; q = q->next, st46++)
    acc += q->val * (st46 + 1);
  void *vp47 = p42;
  if ((*g_up + g_acc) % 2 == 0)
  {
    acc += (unsigned long) ((uintptr_t) (n0->other ? n0->other : p42) != 0);
  }
  else
  {
    f3 ((unsigned long) (n0 == n0), (n0->a[0] * p42->a[0]));
    printf ("f5.4 %lu\n", acc);
    void *vp48 = (g_n[1]->a[3] & 1 ? n0 : n0);
  }
  return p42;
}

static unsigned long f6 (struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 0x73fcdb44014dec88UL;
  acc += ((g_n[2]->slot ? ((struct node *) g_n[2]->slot)->val : g_n[1]->a[0]) * (x1 >> (n0->a[3] & 63)));
  acc = mix (acc, (unsigned long) ((uintptr_t) n0 != 0));
  acc += (unsigned long) ((uintptr_t) n0 != 0);
  acc += (x1 - n0->a[2]);
  struct node *w52 = n0;
  for (unsigned long i53 = 0; i53 < 5; i53++)
  {
    w52 = gc_alloc (sizeof (struct node));
    w52->val = i53 * x0;
    acc += w52->val + list_sum (w52);
  }
  struct node *p54 = gc_alloc (sizeof (struct node));
  acc += n0->a[x0 & 3];
  return acc ^ (p54->next ? p54->next->val : x0);
}

static inline void f7 (struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 4139147909UL;
  struct node *p58 = gc_alloc (sizeof (struct node));
  p58->val = ((n2->a[0] - n2->val) * 0UL);
  p58->next = g_n[0];
  if (p58 != p58)
    memcpy (p58, p58, sizeof (struct node));
  n2->other = n0;
  unsigned long *b59 = gc_alloc (96);
  b59[0] = (0UL * b59[2]);
  b59[2] = (b59[2] ^ 2UL);
  b59[3] = (b59[3] ? 0x1d3c374f4af69451UL : n1->a[2]);
  g_h.pr.b = p58;
  p58 = f5 (n0);
  printf ("f7.5 %lu\n", acc);
  struct node *p60 = gc_alloc (sizeof (struct node));
  p60->val = ((n1->next ? n1->next->val : b59[3]) / ((n2->next ? n2->next->val : 0x4f066e4b0aa91a74UL) | 1));
  acc += 54UL;
  { unsigned long *q = &n0->a[1]; *q ^= (0xe381aeb61943c63UL ? p60->val : n1->a[0]); }
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
  unsigned long acc = 55UL;
  struct node *p61 = gc_alloc (sizeof (struct node));
  p61->val = (g_n[1]->next ? g_n[1]->next->val : (p61->val * g_n[2]->val));
  p61->next = p61;
  g_h.p = g_n[0x68e73503724c5ceaUL & 3];
  { unsigned long *q = &p61->a[0]; *q ^= list_len (p61); }
  for (unsigned long i62 = 0; i62 < 5; i62++)
  {
    struct node *p63 = gc_alloc (sizeof (struct node));
    p63->a[0] = (unsigned long) ((uintptr_t) p63 != 0);
    p63->next = (0x7b6963690211f0e4UL & 1 ? p63 : p63);
    unsigned long *b64 = gc_alloc (32);
    b64[1] = (p61->val + 0UL);
    b64[2] = (p63->slot ? ((struct node *) p63->slot)->val : i62);
    b64[3] = (i62 & p63->a[0]);
    printf ("main.6 %lu\n", acc);
  }
  if (list_sum (p61) % 3 == 0)
  {
    for (unsigned long i65 = 0; i65 < 6; i65++)
    {
      struct node **v66 = gc_alloc (4 * sizeof (struct node *));
      v66[0] = g_n[p61->a[0] & 3];
      v66[1] = (v66[3] ? v66[3] : g_n[2]);
      acc = mix (acc, p61->val);
      v66[38UL & 3] = g_n[p61->a[0] & 3];
    }
    if (p61 != p61)
      memcpy (p61, p61, sizeof (struct node));
  }
  else
  {
    acc += *g_up;
  }
  g_any = g_n[p61->val & 3];
  p61->other = p61;
  p61 = r1 (deep_sum (p61, 2) % 4);
  printf ("main.r1 %lu\n", acc);
  struct node *p67 = r2 (p61->a[72UL & 3] % 4);
  printf ("main.r2 %lu\n", acc);
  f4 ((1UL & 1 ? g_n[2] : g_n[2]), &p61);
  printf ("main.f4 %lu\n", acc);
  acc += f6 (p61, 77UL, (p61->val + g_n[0]->val));
  printf ("main.f6 %lu\n", acc);
  f7 (g_n[1], p61, (p61->other ? p61->other : p61));
  printf ("main.f7 %lu\n", acc);
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

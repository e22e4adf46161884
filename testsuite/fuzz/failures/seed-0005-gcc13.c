/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-13. Reproduce: testsuite/fuzz/check.sh --gcc 13 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0005-gcc13.c */
/* gcc-escape fuzz program, seed 5: testsuite/fuzz/gen 5 */
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

void r0 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0);
static void f1 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out, struct pair pr);
static unsigned long f2 (unsigned long x0);
static void f3 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct pair pr);
static struct node *r4 (unsigned long d, unsigned long x0);
static void r5 (unsigned long d);
static struct node *f6 (struct node *n0, struct node *n1);
unsigned long f7 (struct node *n0, struct node *n1, unsigned long x0);
static void r8 (unsigned long d, unsigned long x0, unsigned long x1, struct node **out, struct pair pr);
static struct node *r9 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1);
unsigned long f10 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct pair pr);

void r0 (unsigned long d, struct node *n0, struct node *n1, struct node *n2, unsigned long x0)
{
  unsigned long acc = 0x6e837f87735fddbfUL;
  if (d == 0)
    return;
  struct node *p5 = gc_alloc (64 + x0 % 16);
  p5->val = (unsigned long) ((uintptr_t) (n2->a[0] & 1 ? g_n[2] : n1) != 0);
  struct node s6 = { 0 };
  s6.val = p5->a[p5->val & 3];
  s6.next = n1;
  acc += *g_up;
  struct node *arr7[4] = { n1, p5, (g_n[1]->next ? g_n[1]->next : n2), n2 };
  struct node **v8 = gc_alloc (4 * sizeof (struct node *));
  v8[0] = g_n[3];
  v8[3] = n0;
  for (unsigned long i9 = 0; i9 < 3; i9++)
  {
    acc = mix (acc, (g_n[3]->val - g_n[3]->val));
    { unsigned long *q = &p5->a[3]; *q ^= (n1->next ? n1->next->val : x0); }
  }
  s6 = *p5;
  struct node *w10 = n1;
  for (unsigned long i11 = 0; i11 < 4; i11++)
  {
    w10 = gc_alloc (sizeof (struct node));
    w10->val = i11 * (unsigned long) (n0 == n2);
    acc += w10->val + list_sum (w10);
  }
  if (d > 0)
  {
    r0 (d - 1, (g_n[3]->a[0] & 1 ? n0 : n1), (n1->other ? n1->other : n0), g_n[n1->val & 3], x0);
  }
  g_acc ^= acc;
}

static void f1 (struct node *n0, unsigned long x0, unsigned long x1, struct node **out, struct pair pr)
{
  unsigned long acc = 2867730614UL;
  struct node *p15 = pr.b;
  struct node *p16 = gc_alloc (sizeof (struct node));
  p16->val = (unsigned long) ((uintptr_t) (p16->next ? p16->next : p15) != 0);
  unsigned long *b17 = gc_alloc (64);
  b17[1] = (x1 | n0->a[1]);
  b17[2] = x0;
  b17[3] = x0;
  acc += (unsigned long) ((uintptr_t) n0 != 0);
  if ((unsigned long) (p16 == n0) % 4 == 1) return;
  g_acc += ((p16->slot ? ((struct node *) p16->slot)->val : 0x35836b1c7164fc34UL) + (2996027574UL % (x0 | 1)));
  acc += *out ? (*out)->val : list_sum (n0);
  g_acc += g_acc;
  r0 (x1 % 4, (*out ? *out : p15), p15, (*out ? *out : p16), (x0 ? p15->val : x1));
  r0 (b17[3] % 4, p16, (*out ? *out : p16), p15, (n0->val * x0));
  struct node *p18 = gc_alloc (sizeof (struct node));
  p18->val = deep_sum ((*out ? *out : n0), 0);
  p18->next = n0;
  g_acc ^= acc;
}

static unsigned long f2 (unsigned long x0)
{
  unsigned long acc = 16UL;
  struct node *p20 = gc_alloc (sizeof (struct node));
  p20->val = deep_sum (p20, 1);
  p20->a[0] = 51UL;
  { unsigned long *q = &p20->a[1]; *q ^= *g_up; }
  acc = mix (acc, (g_n[1]->slot ? ((struct node *) g_n[1]->slot)->val : g_n[1]->val));
  struct node *p21 = gc_alloc (sizeof (struct node));
  p21->val = p21->a[g_n[0]->val & 3];
  p21->a[2] = (p20->val ? x0 : x0);
  struct node **v22 = gc_alloc (4 * sizeof (struct node *));
  for (unsigned long i23 = 0; i23 < 6; i23++)
  {
    struct node *p24 = gc_alloc (sizeof (struct node));
    p24->val = (g_n[2]->slot ? ((struct node *) g_n[2]->slot)->val : (p21->a[3] / (g_n[1]->val | 1)));
    p24->next = p24;
    acc += g_cb[(p21->val - 0x63ce03193ca12560UL) & 3] ((g_n[3]->next ? g_n[3]->next : g_n[2]), (p21->a[2] % (p20->a[1] | 1)));
  }
  p20 = g_n[p21->a[2] & 3];
  acc += g_cb[list_sum (p20) & 3] (g_n[2], x0);
  return acc ^ (p21->a[1] / (g_n[1]->val | 1));
}

static __attribute__ ((noinline)) void f3 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 842574347UL;
  struct node *p29 = pr.a;
  struct node *p30 = gc_alloc (64 + x0 % 16);
  p30->val = (g_acc | x0);
  f1 (g_n[n0->a[2] & 3], x1, n1->val, &n1, (struct pair) { g_n[3], g_n[3] });
  for (unsigned long i31 = 0; i31 < 3; i31++)
  {
    struct node *p32 = gc_alloc (64);
    p32->val = list_len ((x1 & 1 ? p32 : p30));
    p32->next = n1;
    n1 = p32;
  }
  struct node **v33 = gc_alloc (4 * sizeof (struct node *));
  v33[0] = n1;
  v33[1] = p30;
  v33[2] = g_n[2UL & 3];
  v33[3] = n1;
  if ((unsigned long) (n1 == p30) % 3 == 1) return;
  g_list = p30;
  r0 ((g_n[3]->val + p29->val) % 4, (g_n[3]->val & 1 ? p30 : g_n[0]), (0xaadb42a2db20674UL & 1 ? p30 : g_n[0]), (p29->other ? p29->other : n1), (p29->val | n1->a[0]));
  n1->other = (n1->next ? n1->next : p30);
  g_list->other = n1;
  g_acc ^= acc;
}

static __attribute__ ((noinline)) struct node *r4 (unsigned long d, unsigned long x0)
{
  unsigned long acc = 2UL;
  if (d == 0)
    return g_n[1];
  struct node *p35 = gc_alloc (64);
  p35->val = (1713744499UL ^ p35->a[2]);
  acc += cb_read ((p35->other ? p35->other : p35), p35->a[g_n[0]->val & 3]);
  unsigned long *b36 = gc_alloc (64);
  b36[0] = (b36[0] ^ b36[1]);
  b36[2] = (unsigned long) (p35 == p35);
  if ((p35->next ? p35->next->val : (p35->a[1] | 33UL)) % 4 == 1)
  {
    struct node *p37 = gc_alloc (sizeof (struct node));
    p37->val = g_n[1]->a[2];
    for (unsigned long i38 = 0; i38 < 5; i38++)
    {
      struct node *p39 = gc_alloc (sizeof (struct node));
      p39->val = p39->a[1];
      p39->next = p39;
      struct node s40 = { 0 };
      s40.val = p39->a[p39->a[1] & 3];
    }
  }
  else
  {
    p35->other = p35;
    g_up = b36 + 0;
    struct node *p41 = gc_alloc (sizeof (struct node));
    p41->val = g_n[b36[1] & 3]->a[(x0 | b36[2]) & 3];
    p41->a[1] = (x0 ^ x0);
    p41->next = (x0 & 1 ? p35 : p41);
  }
  struct node *p42 = gc_alloc (sizeof (struct node));
  b36[(unsigned long) ((uintptr_t) p35 != 0) & 3] = (p42->a[2] ^ x0);
  struct node *p43 = gc_alloc (64);
  p43->a[2] = (p43->next ? p43->next->val : b36[3]);
  f1 (g_n[3], list_len (p43), list_sum (p43), &g_n[0], (struct pair) { p35, p35 });
  printf ("r4.0 %lu\n", acc);
  if (d > 0)
  {
    r5 (d - 1);
  }
  return p42;
}

static void r5 (unsigned long d)
{
  unsigned long acc = 80UL;
  if (d == 0)
    return;
  struct node *p44 = NEW (struct node);
  p44->val = (g_n[0]->val >> (p44->a[0] & 63));
  struct node *w45 = p44;
  for (unsigned long i46 = 0; i46 < 2; i46++)
  {
    w45 = gc_alloc (sizeof (struct node));
    w45->val = i46 * (947713234UL % (i46 | 1));
    acc += w45->val + list_sum (w45);
  }
  if (list_sum ((p44->val & 1 ? g_n[2] : w45)) % 4 == 1)
  {
    p44->val += g_acc;
    w45->slot = (p44->other ? p44->other : p44);
  }
  else
  {
    unsigned long *b47 = gc_calloc (8, sizeof (unsigned long));
    b47[0] = (p44->a[0] % (835430593UL | 1));
    b47[3] = 62UL;
  }
  struct node **v48 = gc_alloc (4 * sizeof (struct node *));
  v48[0] = (v48[1] ? v48[1] : g_n[0]);
  v48[3] = (w45->val & 1 ? p44 : p44);
  for (unsigned long i49 = 0; i49 < 5; i49++)
  {
    struct node *p50 = gc_alloc (64);
    for (unsigned long i51 = 0; i51 < 2; i51++)
    {
      struct node *p52 = gc_calloc (1, sizeof (struct node));
      p52->val = (w45->next ? w45->next->val : g_n[3]->val);
      p52->a[2] = (w45->slot ? ((struct node *) w45->slot)->val : 3203525316UL);
      p52->next = (173798098UL & 1 ? p52 : p52);
      p50->other = p50;
      w45 = (p52->next ? p52->next : p52);
    }
    r0 ((w45->val ? p50->a[1] : i49) % 4, p44, p44, (i49 & 1 ? p44 : p44), w45->a[2]);
  }
  if (d > 0)
  {
    p44 = r4 (d - 1, (unsigned long) (w45 == w45));
  }
  g_acc ^= acc;
}

static struct node *f6 (struct node *n0, struct node *n1)
{
  unsigned long acc = 98UL;
  f3 (n0, (17UL & 1 ? n1 : n0), list_len (n1), 0x76bb793300446cf8UL, (struct pair) { (n1->other ? n1->other : n0), n0 });
  acc += list_sum (n1);
  acc += f2 ((n0->val ^ n1->a[2]));
  for (unsigned long i55 = 0; i55 < 3; i55++)
  {
    struct node s56 = { 0 };
    s56.val = 0x1370e9c5579efa05UL;
    s56.next = g_n[n1->a[2] & 3];
  }
  for (unsigned long i57 = 0; i57 < 6; i57++)
  {
    struct node *p58 = gc_alloc (sizeof (struct node));
    p58->val = i57;
    p58->next = p58;
    p58->next = n1;
    struct node *p59 = gc_alloc (sizeof (struct node));
    p59->val = ((45UL / (i57 | 1)) & (2371150620UL ^ n0->a[2]));
    p59->next = (p58->other ? p58->other : p58);
    n1 = p58;
  }
  n0->slot = n0;
  return (32UL & 1 ? n1 : n0);
}

unsigned long f7 (struct node *n0, struct node *n1, unsigned long x0)
{
  unsigned long acc = 0x6f84c6fc32c361f3UL;
  struct node *p63 = gc_alloc (sizeof (struct node));
  p63->a[0] = g_n[1]->val;
  struct node **v64 = gc_alloc (4 * sizeof (struct node *));
  v64[0] = p63;
  v64[1] = n1;
  v64[2] = n1;
  struct node **v65 = gc_alloc (4 * sizeof (struct node *));
  v65[1] = (p63->other ? p63->other : n1);
  struct node **v66 = gc_alloc (4 * sizeof (struct node *));
  v66[0] = g_n[g_n[3]->val & 3];
  v66[1] = (g_n[1]->next ? g_n[1]->next : g_n[3]);
  v66[2] = g_n[2];
  v66[3] = g_n[2];
  x0 = f2 ((v66[1] ? v66[1]->val : p63->val));
  n1->next = n1;
  f1 (g_n[1], deep_sum (n0, 2), (unsigned long) (n0 == n1), &n1, (struct pair) { g_n[2], g_n[3] });
  acc += (v64[2] ? v64[2]->val : (g_n[1]->val * g_n[0]->val));
  p63->next = (n0->other ? n0->other : n1);
  for (unsigned long i67 = 0; i67 < 6; i67++)
  {
    gc_free (n0);
  }
  return acc ^ deep_sum (p63, 0);
}

static void r8 (unsigned long d, unsigned long x0, unsigned long x1, struct node **out, struct pair pr)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return;
  struct node *p70 = pr.a;
  struct node *p71 = gc_alloc (64);
  p71->val = ((p71->slot ? ((struct node *) p71->slot)->val : g_n[3]->val) % (p70->val | 1));
  void *vp72 = (p71->next ? p71->next : p71);
  g_n[3]->next = (p70->other ? p70->other : p70);
  p70->a[x0 & 3] = g_acc;
  if (list_len (p70) % 4 == 0)
  {
    p71->slot = ((struct node *) vp72);
  }
  else
  {
    struct node *p73 = gc_alloc (sizeof (struct node));
    p73->val = (p71->next ? p71->next->val : (unsigned long) (p73 == g_n[1]));
  }
  for (unsigned long i74 = 0; i74 < 8; i74++)
  {
    struct node *p75 = gc_alloc (sizeof (struct node));
    p75->val = (((struct node *) vp72)->next ? ((struct node *) vp72)->next->val : x0);
    p75->next = g_n[1];
    p75->next = p71;
    p71 = p75;
  }
  p71->val += p71->val;
  acc += (x0 ? (p70->val + g_n[1]->val) : x0);
  unsigned long *b76 = gc_calloc (8 + (0x53e4a9887d438413UL & 3), sizeof (unsigned long));
  b76[0] = p71->a[0];
  b76[2] = p70->a[1];
  g_n[0]->next = p71;
  struct node s77 = { 0 };
  s77.val = (b76[0] * x0);
  s77.next = ((struct node *) vp72);
  if (d > 0)
  {
    r8 (d - 1, (p70->next ? p70->next->val : x1), (unsigned long) ((uintptr_t) p70 != 0), &g_n[1], (struct pair) { p71, p71 });
  }
  g_acc ^= acc;
}

static inline struct node *r9 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 413809727UL;
  if (d == 0)
    return n0;
  n0->slot = (g_n[1]->other ? g_n[1]->other : g_n[1]);
  g_up = &g_n[2]->a[2];
  n0->a[(n0->val + 93UL) & 3] = (unsigned long) ((uintptr_t) n0 != 0);
  acc += f2 ((n0->slot ? ((struct node *) n0->slot)->val : x0));
  struct node *arr81[4] = { g_n[0], (930998284UL & 1 ? g_n[0] : g_n[3]), g_n[3], g_n[0] };
  if (d > 0)
  {
    r8 (d - 1, x1, list_sum (n0), &n0, (struct pair) { n0, arr81[x1 & 3] });
  }
  return (g_n[1]->next ? g_n[1]->next : g_n[1]);
}

unsigned long f10 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 3739227346UL;
  struct node *p86 = pr.a;
  struct node *p87 = gc_alloc (sizeof (struct node));
  p87->val = ((n1->a[3] ? g_n[0]->val : x1) << (x0 & 63));
  struct node **v88 = gc_alloc (4 * sizeof (struct node *));
  v88[2] = n1;
  v88[3] = n1;
  { struct node *volatile vol = n0; acc += vol->val; }
  g_up = &(n1->other ? n1->other : n0)->a[1];
  printf ("f10.1 %lu\n", acc);
  acc += ((p87->val * 0x217d88ba1cc77570UL) | g_n[3]->val);
  for (unsigned long i89 = 0; i89 < 7; i89++)
  {
    struct node *p90 = gc_alloc (sizeof (struct node));
    p90->val = ((p90->next ? p90->next->val : x0) ? (unsigned long) (p87 == p86) : g_n[0]->val);
    p90->a[1] = g_n[1]->val;
    p90->next = n1;
    p90->next = p87;
    p87 = p90;
  }
  acc = mix (acc, 2UL);
  v88[*g_up & 3] = g_n[n1->val & 3];
  struct node *p91 = gc_alloc (sizeof (struct node));
  p91->val = (deep_sum (n1, 2) - (x0 ^ p87->val));
  p91->a[0] = (n0->val % (3UL | 1));
  return acc ^ p87->val;
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
  unsigned long acc = 5UL;
  struct node *p92 = gc_alloc (64);
  p92->val = (p92->slot ? ((struct node *) p92->slot)->val : list_sum (p92));
  p92->a[3] = p92->a[0];
  if (0UL % 3 == 0)
  {
    acc += (list_len (p92) ? 0xdaaebfe26ca3587UL : (p92->val ^ 415527694UL));
    struct node *p93 = gc_alloc (sizeof (struct node));
    p93->next = p92;
  }
  gc_free (p92);
  p92->slot = g_n[0];
  unsigned long u94 = (0UL - 70UL);
  r5 (p92->a[p92->a[1] & 3] % 4);
  acc = mix (acc, u94);
  acc += g_cb[(p92->val & u94) & 3] ((u94 & 1 ? g_n[2] : g_n[3]), (16UL * g_n[1]->val));
  acc = mix (acc, p92->a[1]);
  struct node *p95 = gc_alloc (sizeof (struct node));
  p95->val = deep_sum (p95, 2);
  p95->next = (p92->next ? p92->next : p95);
  struct node s96 = { 0 };
  s96.val = s96.val;
  s96.other = p95;
  struct node *p97 = gc_alloc (sizeof (struct node));
  p97->val = list_len ((s96.next ? s96.next : p97));
  for (unsigned long i98 = 0; i98 < 1; i98++)
  {
    struct node *p99 = gc_alloc (sizeof (struct node));
    struct node **v100 = gc_alloc (4 * sizeof (struct node *));
    v100[1] = p97;
  }
  u94 = f2 ((p95->next ? p95->next->val : p97->a[0]));
  p95->slot = g_n[1];
  printf ("main.2 %lu\n", acc);
  struct node s101 = { 0 };
  s101.val = (u94 ^ p92->val);
  s101.next = g_n[3];
  struct node *p102 = r4 ((u94 - g_n[0]->val) % 4, (p92->next ? p92->next->val : u94));
  printf ("main.r4 %lu\n", acc);
  struct node *p103 = f6 ((1UL & 1 ? g_n[0] : g_n[2]), (g_n[3]->other ? g_n[3]->other : g_n[2]));
  printf ("main.f6 %lu\n", acc);
  acc += f7 (p95, p95, (g_n[2]->val / (u94 | 1)));
  printf ("main.f7 %lu\n", acc);
  r8 ((u94 ? u94 : 2UL) % 4, (u94 * p97->a[1]), (g_n[2]->val * 1005451037UL), &p95->other, (struct pair) { g_n[g_n[1]->val & 3], p97 });
  printf ("main.r8 %lu\n", acc);
  p97 = r9 (0UL % 4, p95, (62UL % (g_n[0]->val | 1)), s101.a[0]);
  printf ("main.r9 %lu\n", acc);
  u94 = f10 (g_n[2], (p95->val & 1 ? g_n[1] : g_n[2]), u94, (u94 ^ u94), (struct pair) { p97, g_n[g_n[1]->val & 3] });
  printf ("main.f10 %lu\n", acc);
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

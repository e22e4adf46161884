/* FAIL (-O0 build-failed, -O2 build-failed) with gcc-12. Reproduce: testsuite/fuzz/check.sh --gcc 12 --levels "-O0 -O2" testsuite/fuzz/failures/seed-0049.c */
/* gcc-escape fuzz program, seed 49: testsuite/fuzz/gen 49 */
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

static void r0 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
struct node *r1 (unsigned long d, struct node *n0);
static struct node *r2 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out);
static unsigned long r3 (unsigned long d, struct node *n0, struct node *n1, struct node *n2);
static void r4 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, struct node **out);
static unsigned long f5 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1);
void r6 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1, struct pair pr);
static struct node *r7 (unsigned long d, struct pair pr);
static unsigned long r8 (unsigned long d, struct node *n0, struct node *n1, struct node **out);
static struct node *r9 (unsigned long d, unsigned long x0);
unsigned long f10 (struct node *n0);
void f11 (unsigned long x0, unsigned long x1);
struct node *f12 (struct node *n0);
static void f13 (struct node *n0, unsigned long x0);

static void r0 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 3665729153UL;
  if (d == 0)
    return;
  struct node *p5 = NEW (struct node);
  p5->val = (0x6795ffdf2fff0519UL / (*g_up | 1));
  p5->a[1] = (x1 << (x1 & 63));
  struct node *p6 = gc_alloc (64 + ((x0 * p5->a[1]) & 7));
  p6->val = deep_sum (p5, 1);
  acc += ((n0->next ? n0->next->val : 3311591123UL) | (n1->a[3] - x0));
  gc_free (p6);
  acc += n0->a[1];
  p6->other = p5;
  n1->val += list_sum (n1);
  n0->slot = (g_n[1]->val & 1 ? p5 : p6);
  struct node *w7 = p5;
  for (unsigned long i8 = 0; i8 < 3; i8++)
  {
    w7 = gc_alloc (sizeof (struct node));
    w7->val = i8 * (g_n[3]->val - g_n[0]->val);
    acc += w7->val + list_sum (w7);
  }
  struct node *arr9[4] = { n1, n1, g_n[g_n[1]->val & 3], w7 };
  { unsigned long *q = &w7->a[2]; *q ^= (p6->a[3] ^ g_n[0]->val); }
  if (d > 0)
  {
    struct node *p10 = r1 (d - 1, p5);
  }
  g_acc ^= acc;
}

__attribute__ ((noinline)) struct node *r1 (unsigned long d, struct node *n0)
{
  unsigned long acc = 0x36a6dca26af185b5UL;
  if (d == 0)
    return n0;
  struct node *arr12[4] = { (g_n[3]->val & 1 ? n0 : n0), n0, n0, g_n[70UL & 3] };
  g_n[0]->next = (n0->next ? n0->next : g_n[3]);
  n0->next = n0;
  { unsigned long *q = &n0->a[1]; *q ^= deep_sum (n0, 1); }
  g_acc += n0->a[list_sum (n0) & 3];
  for (unsigned long i13 = 0; i13 < 7; i13++)
  {
    struct node *p14 = gc_alloc (sizeof (struct node));
    p14->a[3] = (i13 >> (g_n[2]->val & 63));
    p14->next = g_n[2];
    p14->next = n0;
    n0->slot = (i13 & 1 ? p14 : n0);
    n0 = p14;
  }
  if (((n0->slot ? ((struct node *) n0->slot)->val : 0x241c435774e29a0UL) & 4127523496UL) % 2 == 0)
  {
    for (unsigned long i15 = 0; i15 < 3; i15++)
    {
      if (((i15 % (g_n[3]->val | 1)) ? i15 : g_n[0]->val) % 4 == 1)
      {
        acc += ((i15 << (i15 & 63)) | g_acc);
        void *vp16 = n0;
      }
      else
      {
        n0->val += g_n[2]->val;
        void *vp17 = arr12[n0->val & 3];
      }
    }
  }
  if (d > 0)
  {
    r0 (d - 1, g_n[g_n[1]->val & 3], (0x2f984d3c5a435635UL & 1 ? n0 : g_n[2]), (unsigned long) (n0 == n0), (2UL / (0x4d4880c94e7f2cb1UL | 1)));
  }
  return (2359058939UL & 1 ? n0 : n0);
}

static __attribute__ ((noinline)) struct node *r2 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, unsigned long x1, struct node **out)
{
  unsigned long acc = 82UL;
  if (d == 0)
    return n0;
  struct node *p22 = NEW (struct node);
  p22->val = (n0->next ? n0->next : n0)->a[x1 & 3];
  p22->next = (*out ? *out : n0);
  gc_free (p22);
  struct node *p23 = gc_alloc (sizeof (struct node));
  p23->a[2] = g_n[3]->val;
  acc += (*out ? *out : p22)->a[(unsigned long) (p22 == p22) & 3];
  gc_free (p23);
  if (x0 % 2 == 0)
  {
    struct node *p24 = gc_alloc (sizeof (struct node));
    p24->val = (x0 << (p24->val & 63));
  }
  else
  {
    n1 = r1 ((0x2f9eca2245d5bdd4UL - x0) % 4, (p22->next ? p22->next : n0));
    struct node *w25 = g_n[0];
    for (unsigned long i26 = 0; i26 < 2; i26++)
    {
      w25 = gc_alloc (sizeof (struct node));
      w25->val = i26 * (x0 / (n1->val | 1));
      acc += w25->val + list_sum (w25);
    }
  }
  acc += cb_read ((n0->val & 1 ? p22 : p22), (g_n[2]->val | g_n[3]->val));
  gc_free (n1);
  acc += (unsigned long) ((uintptr_t) (n1->next ? n1->next : p22) != 0);
  for (unsigned long i27 = 0; i27 < 3; i27++)
  {
    struct node *p28 = gc_alloc (sizeof (struct node));
    p28->val = x1;
    p28->next = p22;
    p22 = p28;
  }
  acc += (unsigned long) ((uintptr_t) p23 != 0);
  struct node *p29 = gc_alloc (64);
  p29->val = (x1 << (x0 & 63));
  p29->next = p29;
  if ((p29->a[0] + x1) % 5 == 1) return p22;
  g_n[0]->next = p29;
  { unsigned long *q = &n0->a[0]; *q ^= p22->val; }
  g_n[3] = g_n[1];
  if (d > 0)
  {
    struct node *p30 = r2 (d - 1, p22, (p29->next ? p29->next : p22), (p23->val << (973925545UL & 63)), (g_n[3]->val ? 0UL : p29->val), &p22);
  }
  return p29;
}

static inline unsigned long r3 (unsigned long d, struct node *n0, struct node *n1, struct node *n2)
{
  unsigned long acc = 650256457UL;
  if (d == 0)
    return acc;
  struct node *p34 = gc_alloc (64);
  p34->a[1] = (unsigned long) (n2 == g_n[0]);
  printf ("r3.0 %lu\n", acc);
  struct node *p35 = r1 (2252449165UL % 4, n1);
  if (n1->val % 3 == 0)
  {
    gc_free (p34);
  }
  struct node *p36 = gc_calloc (1, sizeof (struct node));
  p36->val = (deep_sum (p34, 2) - n0->a[p35->a[3] & 3]);
  p36->a[3] = (unsigned long) (n1 == n2);
  p36->next = p35;
  g_n[3] = (p35->other ? p35->other : n1);
  { unsigned long *q = &n1->a[0]; *q ^= *g_up; }
  { unsigned long *q = &p34->a[2]; *q ^= 89UL; }
  acc += 19UL;
  struct node *arr37[4] = { n0, g_n[n1->a[1] & 3], n0, n0 };
  acc = mix (acc, (0x718f155530ec888cUL | 0x47fc07a2b0a3e23UL));
  unsigned long *b38 = gc_alloc (96 + (0x21ba09fd243872c9UL & 7));
  b38[0] = p34->val;
  b38[3] = deep_sum (n2, 0);
  p34->val += (n2->next ? n2->next->val : b38[0]);
  p36->val += (p35->a[3] ? b38[2] : n1->a[2]);
  acc += (unsigned long) ((uintptr_t) n0 != 0);
  struct node *p39 = gc_alloc (64);
  p39->val = p35->a[1UL & 3];
  if (d > 0)
  {
    r4 (d - 1, (n0->other ? n0->other : n1), g_n[1], b38[b38[3] & 3], &p34->other);
  }
  return acc ^ p36->a[1];
}

static void r4 (unsigned long d, struct node *n0, struct node *n1, unsigned long x0, struct node **out)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return;
  g_acc += n0->a[3];
  acc += (unsigned long) ((uintptr_t) n0 != 0);
  n1 = n1;
  struct node *w43 = n1;
  for (unsigned long i44 = 0; i44 < 5; i44++)
  {
    w43 = gc_alloc (sizeof (struct node));
    w43->val = i44 * i44;
    acc += w43->val + list_sum (w43);
  }
  if (g_acc % 2 == 1)
  {
    n1->next = (n1->other ? n1->other : n1);
  }
  gc_free (n0);
  n1->other = (n1->next ? n1->next : n1);
  struct node *p45 = r1 (x0 % 4, (*out ? *out : n1));
  acc += *out ? (*out)->val : g_n[1]->val;
  struct node s46 = { 0 };
  s46.val = (p45->slot ? ((struct node *) p45->slot)->val : x0);
  s46.next = p45;
  if (d > 0)
  {
    acc += r3 (d - 1, (p45->a[0] & 1 ? p45 : p45), p45, g_n[2]);
  }
  g_acc ^= acc;
}

static unsigned long f5 (struct node *n0, struct node *n1, unsigned long x0, unsigned long x1)
{
  unsigned long acc = 115001702UL;
  struct node *p51 = gc_alloc (64 + x0 % 16);
  p51->val = (unsigned long) ((uintptr_t) p51 != 0);
  struct node *p52 = gc_alloc (64);
  p52->val = (n0->other ? n0->other : p51)->a[2214580006UL & 3];
  p52->next = (p51->other ? p51->other : p52);
  { unsigned long *q = &n0->a[3]; *q ^= (p52->slot ? ((struct node *) p52->slot)->val : x1); }
  unsigned long *b53 = gc_alloc (64);
  b53[0] = p51->a[3];
  b53[1] = 2UL;
  b53[2] = (x0 - 2098145194UL);
  unsigned long st54 = 0;
  for (struct node *q = (n0->next ? n0->next : p52); q && st54 < 8; q = q->next, st54++)
    acc += q->val * (st54 + 1);
  p51->slot = n1;
  p52->other = n1;
  return acc ^ x1;
}

void r6 (unsigned long d, struct node *n0, unsigned long x0, unsigned long x1, struct pair pr)
{
  unsigned long acc = 596876910UL;
  if (d == 0)
    return;
  struct node *p58 = pr.b;
  struct node *p59 = gc_calloc (1, sizeof (struct node));
  p59->val = p59->a[2];
  p59->a[3] = (2UL % (x0 | 1));
  acc += g_cb[list_len (p59) & 3] (n0, 15UL);
  acc = mix (acc, (1294286358UL ? g_n[1]->val : p58->val));
  n0->slot = p58;
  struct node *p60 = gc_alloc (sizeof (struct node));
  p60->val = x1;
  p60->a[3] = p60->a[x1 & 3];
  g_h.p = p58;
  struct node s61 = { 0 };
  s61.val = (p59->val << (x0 & 63));
  g_up = &g_n[p58->a[1] & 3]->a[0];
  { unsigned long *q = &n0->a[0]; *q ^= p60->a[g_n[3]->val & 3]; }
  acc += f5 (p58, (0x13211c1301a6ab5aUL & 1 ? p58 : p58), g_acc, (x1 ^ n0->val));
  struct node *p62 = gc_alloc (sizeof (struct node));
  p62->val = (g_n[2]->val ^ (3195748625UL / (x1 | 1)));
  p62->a[3] = 75UL;
  p62->next = n0;
  acc = mix (acc, x0);
  struct node *p63 = r1 ((p62->a[1] + 0x2d4a0c973da99621UL) % 4, g_n[2]);
  unsigned long *b64 = gc_alloc (32 + (deep_sum (p59, 0) & 7));
  struct node s65 = { 0 };
  s65.val = x0;
  s65.other = g_n[p62->a[0] & 3];
  if (b64[(p59->next ? p59->next->val : p62->a[1]) & 3] % 3 == 0)
  {
    g_list = n0;
    acc += f5 (p62, g_n[3], p59->val, (p60->a[1] | p60->val));
  }
  else
  {
    struct node *p66 = gc_calloc (1, sizeof (struct node));
    p66->val = list_sum (p62);
    p66->a[0] = b64[b64[1] & 3];
    p66->next = (0UL & 1 ? p63 : p59);
  }
  if (d > 0)
  {
    struct node *p67 = r7 (d - 1, (struct pair) { p58, g_n[b64[2] & 3] });
  }
  g_acc ^= acc;
}

static __attribute__ ((noinline)) struct node *r7 (unsigned long d, struct pair pr)
{
  unsigned long acc = 0x3e41121d000d7ac2UL;
  if (d == 0)
    return g_n[1];
  struct node *p68 = pr.a;
  struct node *p69 = gc_alloc (sizeof (struct node));
  p69->val = (2UL % (p69->a[2] | 1));
  if ((97UL * 3UL) % 6 == 1) return (50UL & 1 ? p68 : p68);
  unsigned long *b70 = gc_alloc (96 + (deep_sum (p68, 0) & 7));
  b70[0] = (0x114b088a1ab02c21UL / (1UL | 1));
  b70[1] = list_len (p68);
  b70[2] = (unsigned long) ((uintptr_t) p68 != 0);
  g_list = p68;
  g_acc += 3UL;
  if (p68 != p68)
    memcpy (p68, p68, sizeof (struct node));
  struct node *arr71[4] = { p69, p69, p69, p68 };
  p69->slot = p68;
  if (d > 0)
  {
    r6 (d - 1, p68, (unsigned long) (p68 == p68), deep_sum (p69, 2), (struct pair) { p68, (p68->a[2] & 1 ? p68 : p68) });
  }
  return g_n[b70[0] & 3];
}

static unsigned long r8 (unsigned long d, struct node *n0, struct node *n1, struct node **out)
{
  unsigned long acc = 120117588UL;
  if (d == 0)
    return acc;
  struct node *p74 = gc_alloc (64);
  p74->val = (0UL ^ g_n[3]->val);
  p74->next = p74;
  g_list->other = p74;
  gc_free (n0);
  void *vp75 = n1;
  void *vp76 = n0;
  struct node *p77 = gc_alloc (sizeof (struct node));
  p77->val = (unsigned long) ((*out ? *out : p74) == (p77->other ? p77->other : p74));
  printf ("r8.1 %lu\n", acc);
  n0 = r1 (2UL % 4, (*out ? *out : p77));
  n1 = r1 ((4UL ? 2544586866UL : n1->a[3]) % 4, p74);
  p74->val += (unsigned long) ((uintptr_t) p77 != 0);
  acc += (unsigned long) ((uintptr_t) p74 != 0);
  acc += *out ? (*out)->val : p74->a[0];
  struct node *arr78[4] = { p74, p74, (p74->next ? p74->next : p74), p74 };
  g_n[3] = (p74->other ? p74->other : p74);
  { struct node *volatile vol = p74; acc += vol->val; }
  gc_free (p77);
  acc += list_len ((p77->other ? p77->other : p74));
  if (d > 0)
  {
    acc += r8 (d - 1, (p74->a[2] & 1 ? n1 : p74), (n1->other ? n1->other : n1), &g_n[2]);
  }
  return acc ^ (g_n[2]->a[3] - 0x4ff70fd900de435dUL);
}

static inline struct node *r9 (unsigned long d, unsigned long x0)
{
  unsigned long acc = 1UL;
  if (d == 0)
    return g_n[1];
  struct node *p80 = gc_alloc (sizeof (struct node));
  p80->val = list_sum (p80);
  unsigned long *b81 = gc_alloc (96 + x0 % 16);
  b81[0] = list_sum (p80);
  b81[1] = g_acc;
  b81[3] = (b81[1] ^ x0);
  p80->val += p80->a[x0 & 3];
  struct node *p82 = gc_alloc (64 + x0 % 16);
  p82->val = (0x42ee16507b1aa82UL % (p82->val | 1));
  p82->next = g_n[b81[2] & 3];
  p80 = (b81[1] & 1 ? p80 : p80);
  for (unsigned long i83 = 0; i83 < 5; i83++)
  {
    struct node *p84 = gc_calloc (1, sizeof (struct node));
  }
  x0 = f5 ((p80->other ? p80->other : p82), p80, (b81[2] | p80->a[1]), (4018034887UL - p82->a[3]));
  p82->next = p82;
  struct node *p85 = gc_alloc (64 + x0 % 16);
  p85->val = (b81[b81[3] & 3] - (p80->slot ? ((struct node *) p80->slot)->val : 2UL));
  p85->a[3] = (p82->val >> (p80->val & 63));
  if (((x0 | x0) << (b81[1] & 63)) % 2 == 1)
  {
    struct node *w86 = p82;
    for (unsigned long i87 = 0; i87 < 2; i87++)
    {
      w86 = gc_alloc (sizeof (struct node));
      w86->val = i87 * (i87 ? b81[0] : w86->a[0]);
      acc += w86->val + list_sum (w86);
    }
    struct node *p88 = gc_calloc (1, sizeof (struct node));
    p88->val = p85->a[3];
  }
  if (d > 0)
  {
    struct node *p89 = r9 (d - 1, (p85->a[2] & b81[0]));
  }
  return p80;
}

__attribute__ ((noinline)) unsigned long f10 (struct node *n0)
{
  unsigned long acc = 1UL;
  { unsigned long *q = &n0->a[3]; *q ^= (3UL * g_n[1]->a[1]); }
  __asm__ volatile ("" : : "r" (n0) : "memory");
  n0->a[(1UL | n0->a[2]) & 3] = (n0->next ? n0->next->val : *g_up);
  struct node *w91 = n0;
  for (unsigned long i92 = 0; i92 < 5; i92++)
  {
    w91 = gc_alloc (sizeof (struct node));
    w91->val = i92 * list_len (n0);
    acc += w91->val + list_sum (w91);
  }
  g_h.pr.a = (w91->other ? w91->other : n0);
  struct node *p93 = gc_alloc (sizeof (struct node));
  p93->val = (w91->a[0x113f3d6e0ed61f9eUL & 3] + (n0->slot ? ((struct node *) n0->slot)->val : w91->val));
  acc += g_cb[(g_n[1]->val ^ p93->a[0]) & 3] (g_n[1], (w91->a[1] - n0->a[1]));
  acc += (n0->a[3615235077UL & 3] & g_n[1]->val);
  acc += apply (cb_keep, (76UL & 1 ? g_n[3] : g_n[2]), (g_n[0]->val % (w91->val | 1)));
  return acc ^ 3709786576UL;
}

void f11 (unsigned long x0, unsigned long x1)
{
  unsigned long acc = 1154061315UL;
  struct node *p96 = gc_alloc (sizeof (struct node));
  p96->val = p96->a[p96->val & 3];
  p96->next = p96;
  unsigned long st97 = 0;
  for (struct node *q = p96; q && st97 < 8; q = q->next, st97++)
    acc += q->val * (st97 + 1);
  r0 (p96->val % 4, p96, (st97 & 1 ? p96 : p96), g_acc, (x0 & x0));
  struct node *w98 = p96;
  for (unsigned long i99 = 0; i99 < 5; i99++)
  {
    w98 = gc_alloc (sizeof (struct node));
    w98->val = i99 * (g_n[2]->val ? i99 : p96->val);
    acc += w98->val + list_sum (w98);
  }
  for (unsigned long i100 = 0; i100 < 1; i100++)
  {
    struct node *p101 = gc_alloc (sizeof (struct node));
    p101->val = (g_n[2]->val ^ (32UL / (0x6de7294e716b287dUL | 1)));
    p101->next = p96;
    p101->next = w98;
    g_up = &p96->a[2];
    w98 = p101;
  }
  if ((w98->slot ? ((struct node *) w98->slot)->val : x1) % 2 == 0)
  {
  }
  else
  {
    p96->slot = p96;
    r0 (x1 % 4, w98, (w98->other ? w98->other : w98), p96->a[1], w98->a[x1 & 3]);
  }
  unsigned long u102 = g_acc;
  p96->val += g_n[1]->val;
  struct node *p103 = gc_calloc (1, sizeof (struct node));
  p103->val = ((w98->next ? w98->next : g_n[1])->next ? (w98->next ? w98->next : g_n[1])->next->val : g_n[3]->val);
  if (list_len (p103) % 5 == 1) return;
  unsigned long st104 = 0;
  for (struct node *q = (p96->next ? p96->next : p103); q && st104 < 8; q = q->next, st104++)
    acc += q->val * (st104 + 1);
  for (unsigned long i105 = 0; i105 < 3; i105++)
  {
    acc = mix (acc, st104);
    if (list_sum (w98) % 3 == 1)
    {
      struct node *p106 = r1 ((x0 * st97) % 4, g_n[3]);
    }
  }
  g_acc ^= acc;
}

struct node *f12 (struct node *n0)
{
  unsigned long acc = 75UL;
  struct node *p108 = gc_alloc (64 + ((3800989045UL | n0->a[3]) & 7));
  p108->a[3] = (p108->val ? 2UL : 0x5551f06466e9fc36UL);
  acc += 3UL;
  struct node s109 = { 0 };
  s109.val = (p108->slot ? ((struct node *) p108->slot)->val : 1UL);
  s109.next = (s109.next ? s109.next : n0);
  s109.other = (p108->next ? p108->next : n0);
  acc += ((n0->slot ? ((struct node *) n0->slot)->val : n0->a[2]) >> (g_n[2]->val & 63));
  acc += f10 (n0);
  if (list_len (n0) % 2 == 0)
  {
    for (unsigned long i110 = 0; i110 < 5; i110++)
    {
      struct node *p111 = gc_alloc (64);
      p111->val = ((n0->a[1] & 0x2542ba5e428ea264UL) | (i110 - i110));
      unsigned long st112 = 0;
      for (struct node *q = p108; q && st112 < 8; q = q->next, st112++)
        acc += q->val * (st112 + 1);
      n0->val += n0->val;
      p111->a[list_sum (&s109) & 3] = deep_sum (p108, 1);
    }
  }
  else
  {
    g_h.p = (n0->other ? n0->other : n0);
    p108->a[(n0->a[0] - n0->val) & 3] = (n0->val % (*g_up | 1));
    p108->a[(p108->a[3] % (p108->a[2] | 1)) & 3] = (90UL + 0x1c5788c4763d51a6UL);
  }
  struct node *arr113[4] = { p108, n0, p108, (n0->next ? n0->next : p108) };
  acc += f10 (n0);
  arr113[p108->a[1] & 3] = p108;
  acc += f5 (n0, (n0->next ? n0->next : n0), p108->a[p108->val & 3], *g_up);
  return (n0->next ? n0->next : n0);
}

static void f13 (struct node *n0, unsigned long x0)
{
  unsigned long acc = 16UL;
  struct node *p116 = gc_alloc (sizeof (struct node));
  p116->val = (list_sum (n0) % (p116->a[0] | 1));
  if (g_n[0]->val % 7 == 1) return;
  { unsigned long *q = &n0->a[0]; *q ^= deep_sum (n0, 1); }
  struct node *p117 = gc_alloc (sizeof (struct node));
  p117->val = list_len (n0);
  p117->next = p117;
  unsigned long u118 = p116->a[list_len (p116) & 3];
  struct node *w119 = n0;
  for (unsigned long i120 = 0; i120 < 1; i120++)
  {
    w119 = gc_alloc (sizeof (struct node));
    w119->val = i120 * (x0 / (2UL | 1));
    acc += w119->val + list_sum (w119);
  }
  { unsigned long *q = &w119->a[3]; *q ^= (2UL - u118); }
  n0 = r1 ((u118 << (p117->a[1] & 63)) % 4, p117);
  acc += g_cb[(w119->next ? w119->next->val : u118) & 3] (p117, (p116->a[1] - 2UL));
  n0->val += g_n[2]->val;
  { unsigned long *q = &n0->a[1]; *q ^= 3063810384UL; }
  if (list_len (n0) % 2 == 1)
  {
    p116->next = (w119->other ? w119->other : p116);
    for (unsigned long i121 = 0; i121 < 3; i121++)
    {
      struct node *p122 = gc_alloc (sizeof (struct node));
      p122->val = p116->a[2];
    }
  }
  w119->val += ((u118 ? p117->val : g_n[3]->val) ^ g_n[3]->val);
  unsigned long *b123 = gc_alloc (32);
  b123[0] = (x0 >> (u118 & 63));
  b123[1] = (b123[3] ? 1UL : b123[1]);
  b123[3] = list_len (p117);
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
  unsigned long acc = 49UL;
  struct node *p124 = gc_alloc (64);
  p124->val = p124->val;
  p124->next = p124;
  printf ("main.2 %lu\n", acc);
  acc = mix (acc, (unsigned long) (g_n[2] == p124));
  acc += (list_len (p124) + (p124->a[0] | 699939345UL));
  g_h.p = g_n[1];
  for (unsigned long i125 = 0; i125 < 3; i125++)
  {
    struct node *p126 = gc_alloc (sizeof (struct node));
    p126->val = *g_up;
    f13 (p124, (1UL * i125));
    for (unsigned long i127 = 0; i127 < 3; i127++)
    {
      struct node *p128 = gc_alloc (sizeof (struct node));
      p128->val = list_sum (g_n[2]);
      p128->a[1] = (g_n[3]->next ? g_n[3]->next->val : 0x6ce4f69972205cd9UL);
      p128->next = p126;
      p128->next = p124;
      p124 = p128;
    }
    printf ("main.3 %lu\n", acc);
    struct node **v129 = gc_alloc (4 * sizeof (struct node *));
    v129[0] = p126;
    v129[3] = (p124->other ? p124->other : p124);
  }
  acc += (0x6ef86f17361e710cUL / (p124->val | 1));
  acc += r8 (p124->a[3UL & 3] % 4, p124, p124, &p124->other);
  struct node *w130 = p124;
  for (unsigned long i131 = 0; i131 < 1; i131++)
  {
    w130 = gc_alloc (sizeof (struct node));
    w130->val = i131 * g_n[3]->val;
    acc += w130->val + list_sum (w130);
  }
  struct node *p132 = gc_alloc (sizeof (struct node));
  p132->val = (p132->next ? p132->next->val : (p124->a[0] * 2657061040UL));
  p132->a[1] = 2595371907UL;
  for (unsigned long i133 = 0; i133 < 3; i133++)
  {
    void *vp134 = w130;
    struct node *p135 = r9 (((struct node *) vp134)->val % 4, g_n[2]->val);
  }
  g_acc += 0x515b858d477a9344UL;
  void *vp136 = g_n[3];
  struct node *p137 = r2 ((83UL + 0x578e351841f3cc65UL) % 4, p132, w130, 1733014195UL, p124->a[3971727244UL & 3], &p132->other);
  printf ("main.r2 %lu\n", acc);
  acc += r3 ((0UL + 85UL) % 4, p132, p132, (p132->val & 1 ? p132 : p132));
  printf ("main.r3 %lu\n", acc);
  r4 ((24UL - 0x36fb8c3d3c0dcacfUL) % 4, w130, p132, w130->a[p124->val & 3], &w130);
  printf ("main.r4 %lu\n", acc);
  r6 (g_n[2]->val % 4, p132, w130->a[2], p132->a[p132->a[0] & 3], (struct pair) { (1737200913UL & 1 ? p132 : p132), g_n[2] });
  printf ("main.r6 %lu\n", acc);
  struct node *p138 = r7 ((0x19097e0d2b8698bbUL * 0UL) % 4, (struct pair) { g_n[878216274UL & 3], (p132->other ? p132->other : p132) });
  printf ("main.r7 %lu\n", acc);
  f11 (g_n[0]->val, 0x1c2813ee3a44ba52UL);
  printf ("main.f11 %lu\n", acc);
  p124 = f12 ((g_n[2]->val & 1 ? p132 : p132));
  printf ("main.f12 %lu\n", acc);
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

/* Out parameters (SPEC section 4, rule 2, "store through pointer").  A
   callee that writes a pointer into the caller's local variable through
   a pointer parameter (lookup (k, &q), a struct filled in by the callee,
   posix_memalign) makes that variable hold a pointer the caller did not
   assign itself: it may point anywhere but local storage.  A store of an
   allocation through it must send the allocation to the heap; tracking
   the store into "what q was seen to hold" (nothing) loses it.  main
   reads each allocation after its function returned.

   Allocator calls: attach 1 + attach_holder 1 + attach_aligned 1 = 3.  */
/* { dg-do run } */

#include <stdlib.h>
#include "alloc.h"

struct node { struct node *child; int v; };
struct holder { struct node *n; int k; };

static struct node table[4];
static struct node *g_aligned;

__attribute__ ((noinline)) static void
lookup (int k, struct node **out)
{
  *out = &table[k & 3];
}

__attribute__ ((noinline)) static void
attach (int k)
{
  struct node *q;
  lookup (k, &q);
  q->child = test_alloc (sizeof *q->child);
  q->child->v = 40 + k;
}

__attribute__ ((noinline)) static void
fill (int k, struct holder *h)
{
  h->n = &table[k & 3];
  h->k = k;
}

__attribute__ ((noinline)) static void
attach_holder (int k)
{
  struct holder h;
  fill (k, &h);
  h.n->child = test_alloc (sizeof *h.n->child);
  h.n->child->v = 50 + h.k;
}

__attribute__ ((noinline)) static void
attach_aligned (int k)
{
  struct node *q;
  if (posix_memalign ((void **) &q, 16, sizeof *q))
    abort ();
  q->child = test_alloc (sizeof *q->child);
  q->child->v = 60 + k;
  g_aligned = q;
}

int
main (void)
{
  attach (1);
  attach_holder (2);
  attach_aligned (3);
  test_clobber_stack (1);
  printf ("attach=%d\n", table[1].child->v);
  printf ("attach_holder=%d\n", table[2].child->v);
  printf ("attach_aligned=%d\n", g_aligned->child->v);
  test_print_calls ();
  return 0;
}

/* { dg-output "attach=41\n" } */
/* { dg-output "attach_holder=52\n" } */
/* { dg-output "attach_aligned=63\n" } */
/* { dg-output "calls=3\n" } */

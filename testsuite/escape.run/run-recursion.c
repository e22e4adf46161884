/* Recursion (SPEC section 4, rule 4: a strongly connected component at
   a time).  chain() allocates a node per activation and passes it down; the
   callee reads its caller's node, which lives in a frame that is still
   active, so each is converted.  linked() also links each node to its
   caller's (n->up = up) and walks the whole chain at the bottom: the
   stores are into this function's own allocation, which does not
   escape, so these nodes are converted too (the recursive call is not in
   tail position: combine() runs after it, so GCC cannot turn it into a
   loop).  build() returns its node: it escapes, once per activation.
   ping()/pong() are mutually recursive; the scratch each allocates is
   only read, so it is converted.  pick() returns its parameter through
   its partner pass(): within one component a flow into another member's
   result counts as a heap leak, so the caller's site escapes.

   build()'s outermost call, from outside the component, gets its node in
   the caller's frame (SPEC 4 rule 6; members of the component place
   nothing in each other's frames, so the three inner nodes allocate);
   at -O3 GCC 12 and later inline the recursion into the caller and it
   is decided there.

   Allocator calls: chain 0 + linked 0 + build 3 + ping/pong 0 + use_pick 1
   = 4 (at -O3: 1).  */
/* { dg-do run } */

#include "alloc.h"

struct node { struct node *up; int v; };

__attribute__ ((noinline)) static int
combine (int r, const struct node *n)
{
  return r + n->v;
}

__attribute__ ((noinline)) static int
chain (int depth, const struct node *up)
{
  struct node *n = test_alloc (sizeof *n);
  n->v = depth * 10 + (up ? up->v / 10 : 9);
  if (depth == 0)
    return n->v;
  int r = chain (depth - 1, n);
  return combine (r, n);
}

__attribute__ ((noinline)) static int
linked (int depth, struct node *up)
{
  struct node *n = test_alloc (sizeof *n);
  n->up = up;
  n->v = depth;
  if (depth == 0)
    {
      int s = 0;
      for (struct node *q = n; q; q = q->up)
	s = s * 10 + q->v;
      return s;
    }
  int r = linked (depth - 1, n);
  return combine (r, n);
}

__attribute__ ((noinline)) static struct node *
build (int depth)
{
  if (depth == 0)
    return NULL;
  struct node *n = test_alloc (sizeof *n);
  n->v = depth;
  n->up = build (depth - 1);
  return n;
}

static int pong (int k, const struct node *seen);

__attribute__ ((noinline)) static int
ping (int k, const struct node *seen)
{
  struct node *n = test_alloc (sizeof *n);
  n->v = k + (seen ? seen->v : 0);
  if (k <= 0)
    return n->v;
  int r = pong (k - 1, n);
  return combine (r, n);
}

__attribute__ ((noinline)) static int
pong (int k, const struct node *seen)
{
  struct node *n = test_alloc (sizeof *n);
  n->v = 2 * seen->v;
  int r = ping (k - 1, n);
  return combine (r, n);
}

static struct node *pass (int k, struct node *p);

__attribute__ ((noinline)) static struct node *
pick (int k, struct node *p)
{
  if (k <= 0)
    return p;
  return pass (k - 1, p);
}

__attribute__ ((noinline)) static struct node *
pass (int k, struct node *p)
{
  struct node *r = pick (k, p);
  return r;
}

__attribute__ ((noinline)) static int
use_pick (void)
{
  struct node *n = test_alloc (sizeof *n);
  n->v = 77;
  return pick (3, n)->v;
}

int
main (void)
{
  printf ("chain=%d\n", chain (4, NULL));
  int s = 0;
  for (struct node *q = build (4); q; q = q->up)
    s = s * 10 + q->v;
  printf ("build=%d\n", s);
  printf ("linked=%d\n", linked (4, NULL));
  printf ("ping=%d\n", ping (5, NULL));
  printf ("pick=%d\n", use_pick ());
  test_print_calls ();
  return 0;
}

/* { dg-output "chain=119\n" } */
/* { dg-output "build=4321\n" } */
/* { dg-output "linked=1244\n" } */
/* { dg-output "ping=188\n" } */
/* { dg-output "pick=77\n" } */
/* { dg-output "calls=4\n" { target level -O0 -O2 } } */
/* GCC 12 and later inline the recursion into main at -O3; GCC 11 does not.  */
/* { dg-output "calls=(1|4)\n" { target level -O3 } } */

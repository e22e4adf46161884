/* Constructors returning their allocation (SPEC section 4, rules 2 and
   4).  A noinline constructor returns its site: it escapes (return), one
   call per construction, and so does the child it links into the object
   it returns.  An always_inline constructor is inlined before the pass
   (at -O0 too), so its site is decided in the caller, where it does not
   escape: converted, as Go decides an inlined constructor in its caller.
   A C-style init function on the caller's allocation only writes through
   its parameter, which does not escape: the caller's site is converted.

   A noinline constructor's site that only escapes by being returned is
   placed in its caller's frame where the caller's result does not escape
   (SPEC 4 rule 6): make_pair's caller keeps the pair, and make_pt's
   result for the child in it, only locally.

   Allocator calls: make_pt 3 + make_pair 0 + 0 + 0 = 3.  */
/* { dg-do run } */

#include "alloc.h"

struct pt { int x, y; };
struct pair { struct pt *a; struct pt *b; };

__attribute__ ((noinline)) static struct pt *
make_pt (int x, int y)
{
  struct pt *p = test_alloc (sizeof *p);
  p->x = x;
  p->y = y;
  return p;
}

__attribute__ ((noinline)) static struct pair *
make_pair (int x)
{
  struct pair *r = test_alloc (sizeof *r);
  r->a = test_alloc (sizeof *r->a);
  r->a->x = x;
  return r;
}

static inline __attribute__ ((always_inline)) struct pt *
new_pt (int x, int y)
{
  struct pt *p = test_alloc (sizeof *p);
  p->x = x;
  p->y = y;
  return p;
}

__attribute__ ((noinline)) static void
init_pt (struct pt *p, int x)
{
  p->x = x;
  p->y = -x;
}

__attribute__ ((noinline)) static int
use_inlined (int k)
{
  struct pt *a = new_pt (k, 2 * k);
  struct pt *b = new_pt (a->y, 5);
  return a->x * 100 + b->x * 10 + b->y;
}

__attribute__ ((noinline)) static int
use_init (int k)
{
  struct pt *p = test_alloc (sizeof *p);
  init_pt (p, k);
  return p->x - p->y;
}

int
main (void)
{
  struct pt *q[3];
  for (int i = 0; i < 3; i++)
    q[i] = make_pt (i, i * i);
  struct pair *pr = make_pair (9);
  printf ("pts=%d,%d %d,%d %d,%d\n", q[0]->x, q[0]->y, q[1]->x, q[1]->y,
	  q[2]->x, q[2]->y);
  printf ("pair=%d %d\n", pr->a->x, pr->b == NULL);
  printf ("inlined=%d\n", use_inlined (3));
  printf ("init=%d\n", use_init (21));
  test_print_calls ();
  return 0;
}

/* { dg-output "pts=0,0 1,1 2,4\n" } */
/* { dg-output "pair=9 1\n" } */
/* { dg-output "inlined=365\n" } */
/* { dg-output "init=42\n" } */
/* { dg-output "calls=3\n" } */

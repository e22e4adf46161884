/* A local declared inside a loop body lives one iteration (SPEC section
   4, rule 2, loop-carried; rule 3: decided on data flow).  With
   -fexceptions its end of scope is also on the exception path, which
   leaves the loop: that is still the end of its life, not a use, so an
   allocation stored in it is not loop-carried and is converted.  Two
   shapes: a variable with __attribute__ ((cleanup)), and a variable whose
   address is passed to a function that may throw.  The helpers are
   noinline so that the variables stay in memory at -O2 too.

   No site escapes: calls=0.  */
/* { dg-do run } */
/* { dg-options "-fexceptions" } */

#include "alloc.h"

struct buf { int n; int v[7]; };

static int reported;

__attribute__ ((noinline)) static void
report (struct buf **pp)
{
  reported += (*pp)->n;
}

__attribute__ ((noinline)) static int
cleanup_in_loop (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      __attribute__ ((cleanup (report))) struct buf *b
	= test_alloc (sizeof *b);
      b->n += i + 1000;
      s += b->v[i % 7];
    }
  return s;
}

__attribute__ ((noinline)) static int
address_in_loop (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      struct buf *b = test_alloc (sizeof *b);
      b->n = i + 1;
      report (&b);
      s += b->n;
    }
  return s;
}

int
main (void)
{
  printf ("cleanup=%d\n", cleanup_in_loop (3));
  printf ("address=%d\n", address_in_loop (4));
  printf ("reported=%d\n", reported);
  test_print_calls ();
  return 0;
}

/* { dg-output "cleanup=0\n" } */
/* { dg-output "address=10\n" } */
/* { dg-output "reported=3013\n" } */
/* { dg-output "calls=0\n" } */

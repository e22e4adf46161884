/* Caller frames and tail calls in recursion (SPEC 4 rule 6, 6): each
   activation places a constructor's point in its frame and passes it
   down in a tail call; the bottom reads the whole chain through up
   pointers after a test_clobber_stack call.  None of these calls may
   become a sibling call (it would reuse the frame holding the point).

     a_side/b_side   mutual recursion: 8 points, all in their callers'
                     frames: 0 calls
     self            self-recursion: at -O0 the same (0 calls); past -O0
                     GCC's tail recursion pass turns it into a loop first,
                     where the point is carried to the next iteration
                     (loop-carried, SPEC 4 last paragraph): 4 calls  */
/* { dg-do run } */

#include "alloc.h"

#define NOINLINE __attribute__ ((noinline))
struct pt {
  long x, y;
};
NOINLINE static struct pt *
pt_new (long x, const struct pt *up)
{
  struct pt *p = test_alloc (sizeof *p);
  p->x = x + (up ? up->x : 0);
  return p;
}
static long b_side (int n, const struct pt *up);
NOINLINE static long
a_side (int n, const struct pt *up)
{
  if (n == 0)
    {
      test_clobber_stack (n);
      return up->x;
    }
  struct pt *p = pt_new (n, up);
  return b_side (n - 1, p);
}
NOINLINE static long
b_side (int n, const struct pt *up)
{
  struct pt *p = pt_new (n * 10, up);
  return a_side (n, p);
}
NOINLINE static long
self (int n, const struct pt *up)
{
  if (n == 0)
    {
      test_clobber_stack (n);
      return up->x;
    }
  struct pt *p = pt_new (n, up);
  return self (n - 1, p);
}
int
main (void)
{
  struct pt base = { 1, 0 };
  printf ("ab=%ld self=%ld\n", a_side (4, &base), self (4, &base));
  test_print_calls ();
  return 0;
}

/* { dg-output "ab=71 self=11\n" } */
/* { dg-output "calls=0\n" { target level -O0 } } */
/* { dg-output "calls=4\n" { target level -O2 -O3 } } */

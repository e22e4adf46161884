/* A gc_free deallocator whose result is used (SPEC section 3: "a call
   whose argument may point to a stack-converted site is deleted").
   release() returns a status, and scratch() tests it: the call has a
   result, so the plugin cannot simply delete it, and it must not let it
   run on converted storage either (free of a stack address, which
   AddressSanitizer reports).  The site must then stay on the heap, as a
   site passed to a gc_free it cannot delete: calls=1, release runs once.
   (Deleting the call and giving its result a value would convert the
   site instead: calls=0, released=0; either is sound.)  */
/* { dg-do run } */

#include "alloc.h"

static int released;
/* The status release returns.  Volatile: GCC 14 and later propagate a
   constant return value across functions (IPA return-value ranges), so a
   plain `return 0` would fold the test in scratch, leave the call's
   result unused, and make this a test of run-free.c instead.  */
static volatile int release_status;

GC_FREE __attribute__ ((noinline)) static int
release (void *p)
{
  released++;
  free (p);
  return release_status;
}

__attribute__ ((noinline)) static int
scratch (int k)
{
  int *p = test_alloc (4 * sizeof *p);
  p[1] = k;
  int r = p[1] + p[2];
  if (release (p) != 0)
    return -1;
  return r;
}

int
main (void)
{
  printf ("scratch=%d\n", scratch (6));
  printf ("released=%d\n", released);
  test_print_calls ();
  return 0;
}

/* { dg-output "scratch=6\n" } */
/* { dg-output "released=1\n" } */
/* { dg-output "calls=1\n" } */

/* free() and realloc() on an allocation (SPEC section 4, rule 2: a
   known function "never keeps a pointer", but these two end or move the
   object they are given; like GC_realloc they must count as unknown).
   test_alloc returns calloc memory, so the plain program may hand it to
   free and realloc.  GCC's own argument flags say neither lets the
   pointer escape; the plugin must still not put such a site on the
   stack, or the program frees (or reallocates) a stack address, which
   AddressSanitizer reports.  Both sites stay on the heap: calls=2.  */
/* { dg-do run } */

#include <stdlib.h>
#include "alloc.h"

__attribute__ ((noinline)) static int
with_free (int k)
{
  int *p = test_alloc (4 * sizeof *p);
  p[1] = k;
  int r = p[1] + p[2];
  free (p);
  return r;
}

__attribute__ ((noinline)) static int
with_realloc (int k)
{
  int *p = test_alloc (4 * sizeof *p);
  p[3] = k;
  p = realloc (p, 64 * sizeof *p);
  if (!p)
    return -1;
  p[63] = 1;
  int r = p[3] + p[63];
  free (p);
  return r;
}

int
main (void)
{
  printf ("free=%d\n", with_free (5));
  printf ("realloc=%d\n", with_realloc (7));
  test_print_calls ();
  return 0;
}

/* { dg-output "free=5\n" } */
/* { dg-output "realloc=8\n" } */
/* { dg-output "calls=2\n" } */

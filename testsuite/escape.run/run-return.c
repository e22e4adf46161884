/* A returned allocation outlives its function, and the caller reads it
   after the return: the function keeps calling the allocator for every
   caller whose result escapes, but main only reads what make returns, so
   the storage goes into main's frame (SPEC 4 rule 6), where the reads
   after the return are safe (AddressSanitizer would report a stack use
   after return had it been make's own).  calls=0.  */
/* { dg-do run } */

#include "alloc.h"

__attribute__ ((noinline)) static int *
make (int a)
{
  int *p = test_alloc (sizeof *p);
  *p = a;
  return p;
}

__attribute__ ((noinline)) static int *
pass_through (int *p)
{
  return p;
}

int
main (void)
{
  int *q = make (4);
  int *r = pass_through (make (5));
  if (*q != 4 || *r != 5)
    return 1;
  test_print_calls ();
  return 0;
}

/* { dg-output "calls=0\n" } */

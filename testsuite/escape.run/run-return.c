/* A returned allocation outlives its function: it stays on the heap, and
   the caller reads it after the return (AddressSanitizer would report a
   stack use after return if it had been converted).  calls=2.  */
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

/* { dg-output "calls=2\n" } */

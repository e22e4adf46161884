/* gc_free on converted storage is deleted (SPEC section 3): test_free
   would free a stack address, which AddressSanitizer reports.  The site
   that escapes keeps its free.  */
/* { dg-do run } */

#include "alloc.h"

static int *saved;

__attribute__ ((noinline)) static int
scratch (int a)
{
  int *p = test_alloc (sizeof *p);
  *p = a;
  int r = *p * 3;
  test_free (p);
  return r;
}

__attribute__ ((noinline)) static void
save (int a)
{
  saved = test_alloc (sizeof *saved);
  *saved = a;
}

int
main (void)
{
  int r = scratch (2);
  save (9);
  if (r != 6 || *saved != 9)
    return 1;
  test_free (saved);
  test_print_calls ();
  printf ("frees=%d\n", test_free_calls);
  return 0;
}

/* { dg-output "calls=1\nfrees=1\n" } */

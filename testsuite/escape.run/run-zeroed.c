/* Converted storage is zero-filled each time the allocation executes, as
   the allocator's is (SPEC section 6): a site in a loop whose pointer
   lives one iteration is converted and still reads zeros every time.  */
/* { dg-do run } */

#include "alloc.h"

__attribute__ ((noinline)) static int
sum_fresh (int rounds)
{
  int sum = 0;
  for (int i = 0; i < rounds; i++)
    {
      int *p = test_alloc (4 * sizeof *p);
      for (int j = 0; j < 4; j++)
	if (p[j] != 0)
	  return -1;
      for (int j = 0; j < 4; j++)
	p[j] = i + 7;
      sum += p[0] + p[3];
    }
  return sum;
}

int
main (void)
{
  int s = sum_fresh (3);
  if (s != 2 * (7 + 8 + 9))
    return 1;
  test_print_calls ();
  return 0;
}

/* { dg-output "calls=0\n" } */

/* Buffers reused per iteration (SPEC section 6: zero-filled each time
   the statement executes).  A buffer allocated in a loop body and dead
   at the end of the iteration is converted; it must read as zeros at
   the start of every iteration although the previous one dirtied every
   byte, also when the iteration leaves early with continue or break.  A
   buffer allocated once before the loop and reused by every iteration
   is converted too, and is zeroed once only.  Known functions (memset,
   snprintf, strlen, strcmp) do not make a buffer escape.  No site here
   escapes: calls=0.  */
/* { dg-do run } */

#include <string.h>
#include "alloc.h"

#define N 24

static int
all_zero (const unsigned char *p, int n)
{
  for (int i = 0; i < n; i++)
    if (p[i])
      return 0;
  return 1;
}

__attribute__ ((noinline)) static int
per_iteration (int rounds)
{
  int bad = 0, sum = 0;
  for (int i = 0; i < rounds; i++)
    {
      unsigned char *b = test_alloc (N);
      if (!all_zero (b, N))
	bad++;
      memset (b, 0xa5, N);
      b[i % N] = (unsigned char) i;
      sum += b[i % N] + b[(i + 1) % N];
      if (i % 3 == 1)
	continue;
      if (i == 100)
	break;
      b[0] = 0xff;
    }
  return bad ? -bad : sum;
}

__attribute__ ((noinline)) static int
once_outside (int rounds)
{
  int *acc = test_alloc (8 * sizeof *acc);
  if (!all_zero ((const unsigned char *) acc, 8 * sizeof *acc))
    return -1;
  for (int i = 0; i < rounds; i++)
    acc[i % 8] += i;
  int s = 0;
  for (int i = 0; i < 8; i++)
    s = s * 3 + acc[i];
  return s;
}

__attribute__ ((noinline)) static int
strings (int rounds)
{
  int total = 0;
  for (int i = 0; i < rounds; i++)
    {
      char *line = test_alloc (32);
      if (line[0] || line[31])
	return -1;
      snprintf (line, 32, "line %d of %d", i, rounds);
      total += (int) strlen (line);
      if (strcmp (line, "line 2 of 5") == 0)
	total += 100;
      memset (line, 'x', 32);
    }
  return total;
}

int
main (void)
{
  printf ("per_iteration=%d\n", per_iteration (7));
  printf ("once_outside=%d\n", once_outside (11));
  printf ("strings=%d\n", strings (5));
  test_print_calls ();
  return 0;
}

/* { dg-output "per_iteration=1176\n" } */
/* { dg-output "once_outside=28123\n" } */
/* { dg-output "strings=155\n" } */
/* { dg-output "calls=0\n" } */

/* gc_realloc (SPEC 3, 6) in the function of the site: a string builder
   whose first buffer (16 bytes, constant) is converted; a reallocation
   that receives it moves it to the heap: test_realloc (NULL, n), one
   allocator call, the 16 bytes copied; later ones grow the heap block
   as before.  Built never, once, several times.  And a small-buffer
   site (rule 7) reallocated: from the buffer (64 bytes copied, the rest
   of the asked size zero) or, above 64 bytes, from its heap block.
   test_realloc is realloc: given converted storage it would be a bad
   free under AddressSanitizer.

   Allocator calls (test_alloc): build 0 + grow_small (80) 1 = 1.
   test_realloc calls: build (0) 0, (20) 1, (100) 3; grow_small 2 = 6.  */
/* { dg-do run } */

#include <string.h>
#include "alloc.h"

__attribute__ ((noinline)) static int
build (int k)
{
  size_t cap = 16, len = 0;
  char *buf = test_alloc (cap);
  for (int i = 0; i < k; i++)
    {
      if (len + 1 >= cap)
	{
	  cap *= 2;
	  buf = test_realloc (buf, cap);
	}
      buf[len++] = 'a' + i % 26;
      buf[len] = 0;
    }
  test_clobber_stack (k);
  return (int) strlen (buf) * 1000 + (k ? buf[k - 1] : 0);
}

__attribute__ ((noinline)) static int
grow_small (size_t n)
{
  char *p = test_alloc (n);
  memset (p, 'x', n);
  char *q = test_realloc (p, 200);
  memset (q + n, 0, 200 - n);
  q[199] = 0;
  test_clobber_stack ((int) n);
  return (int) strlen (q);
}

int
main (void)
{
  printf ("build=%d %d %d\n", build (0), build (20), build (100));
  printf ("grow_small=%d %d\n", grow_small (10), grow_small (80));
  test_print_calls ();
  printf ("reallocs=%d\n", test_realloc_calls);
  return 0;
}

/* { dg-output "build=0 20116 100118\n" } */
/* { dg-output "grow_small=10 80\n" } */
/* { dg-output "calls=1\n" } */
/* { dg-output "reallocs=6\n" } */

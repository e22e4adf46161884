/* max-frame (SPEC sections 2, 4 rule 1, and 6): sites convert in source
   order while they fit in what is left of max-frame, here 100 bytes per
   function; alignment padding does not count.  In five(): 40 (40), 40
   (80), 40 does not fit (too large), 16 (96), 8 does not fit, 4 (100:
   exactly full).  A site in a loop is one slot however often it runs:
   in looped() the 64-byte site in the loop fits and the 48-byte one
   after it does not, and it runs once.  Every site is used, so none is
   removed as dead.

   Allocator calls: five 2 (40 and 8) + looped 1 = 3.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-max-frame=100" } */

#include <string.h>
#include "alloc.h"

__attribute__ ((noinline)) static int
sum (const unsigned char *p, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

__attribute__ ((noinline)) static int
five (int k)
{
  unsigned char *a = test_alloc (40);
  unsigned char *b = test_alloc (40);
  unsigned char *c = test_alloc (40);
  unsigned char *d = test_alloc (16);
  unsigned char *e = test_alloc (8);
  unsigned char *f = test_alloc (4);
  memset (a, 1, 40);
  memset (b, k, 40);
  c[39] = 3;
  d[15] = 4;
  e[7] = 5;
  f[3] = 6;
  return sum (a, 40) + sum (b, 40) + sum (c, 40) + sum (d, 16)
	 + sum (e, 8) + sum (f, 4);
}

__attribute__ ((noinline)) static int
looped (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      unsigned char *a = test_alloc (64);
      a[i % 64] = (unsigned char) i;
      s += sum (a, 64);
    }
  unsigned char *b = test_alloc (48);
  b[0] = 100;
  return s + sum (b, 48);
}

int
main (void)
{
  printf ("five=%d\n", five (2));
  printf ("looped=%d\n", looped (10));
  test_print_calls ();
  return 0;
}

/* { dg-output "five=138\n" } */
/* { dg-output "looped=145\n" } */
/* { dg-output "calls=3\n" } */

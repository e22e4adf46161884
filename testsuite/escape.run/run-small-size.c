/* small-size=16 with max-frame=40 (SPEC 2, 4 rule 7): the buffer is 16
   bytes, sizes up to 16 use it; it counts 16 bytes against max-frame:
   in frame(), a 16-byte constant site and two small-buffer sites take
   48 > 40 bytes, so the last one in source order stays on the heap
   ("too large").

   Allocator calls: sixteen (16) 0 + sixteen (17) 1 + frame 2 (its
   17-byte small-buffer site, its heap site) = 3.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-small-size=16 -fplugin-arg-escape-max-frame=40" } */

#include <string.h>
#include "alloc.h"

__attribute__ ((noinline)) static int
sum (const unsigned char *p, size_t n)
{
  int s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  return s;
}

__attribute__ ((noipa)) static int
sixteen (size_t n)
{
  unsigned char *p = test_alloc (n);
  memset (p, 1, n);
  return sum (p, n);
}

__attribute__ ((noipa)) static int
frame (size_t n, size_t m)
{
  unsigned char *a = test_alloc (16);
  unsigned char *b = test_alloc (n);
  unsigned char *c = test_alloc (m);
  memset (a, 1, 16);
  memset (b, 1, n);
  memset (c, 1, m);
  return sum (a, 16) + sum (b, n) + sum (c, m);
}

int
main (void)
{
  printf ("sixteen=%d %d\n", sixteen (16), sixteen (17));
  printf ("frame=%d\n", frame (17, 2));
  test_print_calls ();
  return 0;
}

/* { dg-output "sixteen=16 17\n" } */
/* { dg-output "frame=35\n" } */
/* { dg-output "calls=3\n" } */

/* max-stack (SPEC sections 2, 4 rule 1, and 6), default 65536 bytes: a
   site exactly at max-stack fits and is converted; one byte more is too
   large and stays on the heap, once per execution.  The same holds for a
   calloc-style size (256 x 256 fits, 257 x 256 does not).  A function
   that converts a 65536-byte site has filled the default max-frame
   (65536 too): a second small site in it does not fit.  The big
   converted buffers are zero-filled each time (run twice, dirtied in
   between).

   Allocator calls: exact 0 + over 2 + calloc_exact 0 + calloc_over 1 +
   full_frame 2 (the 8-byte site, run twice) = 5.  */
/* { dg-do run } */

#include <string.h>
#include "alloc.h"

__attribute__ ((noinline)) static long
check (unsigned char *p, size_t n, int mark)
{
  long s = 0;
  for (size_t i = 0; i < n; i += 4096)
    s += p[i];
  s += p[n - 1];
  memset (p, mark, n);
  return s;
}

__attribute__ ((noinline)) static long
exact (int mark)
{
  unsigned char *p = test_alloc (65536);
  return check (p, 65536, mark);
}

__attribute__ ((noinline)) static long
over (int mark)
{
  unsigned char *p = test_alloc (65537);
  return check (p, 65537, mark);
}

__attribute__ ((noinline)) static long
calloc_exact (int mark)
{
  unsigned char *p = test_alloc2 (256, 256);
  return check (p, 65536, mark);
}

__attribute__ ((noinline)) static long
calloc_over (int mark)
{
  unsigned char *p = test_alloc2 (257, 256);
  return check (p, 257 * 256, mark);
}

__attribute__ ((noinline)) static long
full_frame (int mark)
{
  unsigned char *p = test_alloc (65536);
  long *q = test_alloc (sizeof *q);
  *q = check (p, 65536, mark);
  return *q;
}

int
main (void)
{
  printf ("exact=%ld %ld\n", exact (1), exact (2));
  printf ("over=%ld %ld\n", over (1), over (2));
  printf ("calloc_exact=%ld\n", calloc_exact (3));
  printf ("calloc_over=%ld\n", calloc_over (3));
  printf ("full_frame=%ld %ld\n", full_frame (4), full_frame (5));
  test_print_calls ();
  return 0;
}

/* { dg-output "exact=0 0\n" } */
/* { dg-output "over=0 0\n" } */
/* { dg-output "calloc_exact=0\n" } */
/* { dg-output "calloc_over=0\n" } */
/* { dg-output "full_frame=0 0\n" } */
/* { dg-output "calls=5\n" } */

/* Small buffers (SPEC 4 rule 7, SPEC 6): a site of non-constant size
   that does not escape otherwise uses a zero-filled small-size-byte
   stack buffer (64) when the size fits at run time, the allocator when
   it does not.  Sizes below, at and above 64 bytes, zero, calloc-style
   products (and a product whose factors each fit but not the product,
   and one with a huge factor times zero), a signed size, a buffer reused
   in a loop (zero-filled again each iteration), a small-buffer site
   under -fexceptions with a cleanup (EH edges out of the call at -O0),
   and one freed with the gc_free test_free (the call is deleted, on
   both arms: the collector reclaims a heap block, SPEC 3 gc_free).  Every function writes each byte
   it asked for and checks the rest read zero; AddressSanitizer checks
   the bounds of the heap blocks, detect_stack_use_after_return the
   stack buffers.

   Allocator calls: fill 4 (65, 100, 1000, 4096) + product 3 (9 * 8,
   65 * 1, 8 * 100) + sized 1 (65) + loop 2 (71, 81) + with_cleanup 1
   (200) + freed 1 (100) = 12; test_free calls 0.  */
/* { dg-do run } */
/* { dg-options "-fexceptions" } */

#include <string.h>
#include "alloc.h"

__attribute__ ((noinline)) static int
check_zero (const unsigned char *p, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (p[i])
      return 0;
  return 1;
}

__attribute__ ((noinline)) static int
sum (const unsigned char *p, size_t n)
{
  int s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  return s;
}

__attribute__ ((noinline)) static int
fill (size_t n)
{
  unsigned char *p = test_alloc (n);
  if (!check_zero (p, n))
    return -1;
  memset (p, 1, n);
  test_clobber_stack ((int) n);
  return sum (p, n);
}

__attribute__ ((noinline)) static int
product (size_t a, size_t b)
{
  unsigned char *p = test_alloc2 (a, b);
  if (!check_zero (p, a * b))
    return -1;
  memset (p, 2, a * b);
  return sum (p, a * b) / 2;
}

__attribute__ ((noinline)) static int
sized (int n)
{
  unsigned char *p = test_alloc (n);
  if (!check_zero (p, n))
    return -1;
  p[n - 1] = 7;
  return sum (p, n);
}

__attribute__ ((noinline)) static int
loop (int k)
{
  int s = 0;
  for (int i = 0; i < k; i++)
    {
      size_t n = 10 * (size_t) i;
      unsigned char *p = test_alloc (n + 1);
      s += check_zero (p, n + 1);
      memset (p, 3, n + 1);
      s += sum (p, n + 1);
    }
  return s;
}

static int cleaned;

__attribute__ ((noinline)) static void
done (unsigned char **pp)
{
  cleaned += (*pp)[0];
}

__attribute__ ((noinline)) static int
with_cleanup (size_t n)
{
  unsigned char *p __attribute__ ((cleanup (done))) = test_alloc (n);
  p[0] = 5;
  return sum (p, n);
}

__attribute__ ((noinline)) static int
freed (size_t n)
{
  unsigned char *p = test_alloc (n);
  memset (p, 1, n);
  int s = sum (p, n);
  test_free (p);
  return s;
}

int
main (void)
{
  printf ("fill=%d %d %d %d %d %d %d %d\n", fill (0), fill (1), fill (63),
	  fill (64), fill (65), fill (100), fill (1000), fill (4096));
  test_print_calls ();
  printf ("product=%d %d %d %d %d %d\n", product (8, 8), product (9, 8),
	  product (65, 1), product (1, 64), product ((size_t) 1 << 40, 0),
	  product (8, 100));
  test_print_calls ();
  printf ("sized=%d %d %d\n", sized (1), sized (64), sized (65));
  printf ("loop=%d\n", loop (9));
  printf ("cleanup=%d %d ", with_cleanup (10), with_cleanup (200));
  printf ("%d\n", cleaned);
  printf ("freed=%d %d\n", freed (30), freed (100));
  test_print_calls ();
  printf ("frees=%d\n", test_free_calls);
  return 0;
}

/* GCC 16 at -O3 clones the callees for their constant sizes (ipa-cp):
   then the sizes are constants and the sites convert outright (SPEC 4,
   last paragraph).  */
/* { dg-output "fill=0 1 63 64 65 100 1000 4096\n" } */
/* { dg-output "calls=4\n" { target level -O0 -O2 } } */
/* { dg-output "calls=(0|4)\n" { target level -O3 } } */
/* { dg-output "product=64 72 65 64 0 800\n" } */
/* { dg-output "calls=7\n" { target level -O0 -O2 } } */
/* { dg-output "calls=(3|7)\n" { target level -O3 } } */
/* { dg-output "sized=7 7 7\n" } */
/* { dg-output "loop=1116\n" } */
/* { dg-output "cleanup=5 5 10\n" } */
/* { dg-output "freed=30 100\n" } */
/* { dg-output "calls=12\n" { target level -O0 -O2 } } */
/* { dg-output "calls=(7|12)\n" { target level -O3 } } */
/* { dg-output "frees=0\n" } */

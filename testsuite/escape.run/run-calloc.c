/* Allocation sizes (SPEC sections 3 and 4 rule 1): gc_alloc(S, N) is
   calloc-style, argument S times argument N; gc_alloc(S) names the size
   argument; plain gc_alloc takes the function's alloc_size, with one or
   two arguments.  Each converted buffer must be exactly as large as the
   product: every function writes its last byte and checks the rest is
   zero (a buffer sized from one factor only would be a stack buffer
   overflow under AddressSanitizer).  A count that is not a compile-time
   constant gets a small-size buffer (rule 7): 3 ints fit in 64 bytes,
   100 do not and call the allocator; a zero count converts.

   Allocator calls: products 0 + positions 0 + attr_sizes 0 + zero 0 +
   dynamic 1 (100 * 4 bytes) = 1.  */
/* { dg-do run } */

#include "alloc.h"

GC_ALLOC_SIZE (2) __attribute__ ((noinline, unused, returns_nonnull))
static void *
tagged_alloc (int tag, size_t n)
{
  test_alloc_calls++;
  void *p = calloc (1, n + tag * 0 + 1);
  if (!p)
    abort ();
  return p;
}

GC_ALLOC __attribute__ ((noinline, alloc_size (2), returns_nonnull))
static void *
sized_alloc (int tag, size_t n)
{
  test_alloc_calls++;
  void *p = calloc (1, n + tag * 0 + 1);
  if (!p)
    abort ();
  return p;
}

GC_ALLOC __attribute__ ((noinline, alloc_size (2, 3), returns_nonnull))
static void *
array_alloc (int tag, size_t n, size_t size)
{
  test_alloc_calls++;
  void *p = calloc (n + 1, size + tag * 0);
  if (!p)
    abort ();
  return p;
}

__attribute__ ((noinline)) static int
check (unsigned char *p, int n)
{
  for (int i = 0; i < n; i++)
    if (p[i])
      return -1000 - i;
  p[n - 1] = 1;
  p[0] += 1;
  return p[0] + p[n - 1];
}

struct rec { long a; char b[5]; };

__attribute__ ((noinline)) static int
products (void)
{
  int s = 0;
  struct rec *r = test_alloc2 (3, sizeof *r);
  s += check ((unsigned char *) r, 3 * sizeof *r);
  unsigned char *q = test_alloc2 (sizeof (int), 7);
  s += check (q, 7 * sizeof (int));
  return s;
}

__attribute__ ((noinline)) static int
positions (void)
{
  unsigned char *p = tagged_alloc (9, 37);
  return check (p, 37);
}

__attribute__ ((noinline)) static int
attr_sizes (void)
{
  unsigned char *p = sized_alloc (5, 19);
  unsigned char *q = array_alloc (5, 6, 11);
  return check (p, 19) + check (q, 66);
}

__attribute__ ((noinline)) static int
zero (void)
{
  unsigned char *p = test_alloc2 (0, 16);
  unsigned char *q = test_alloc (0);
  return (p != q) + (p != NULL);
}

__attribute__ ((noinline)) static int
dynamic (int n)
{
  int *v = test_alloc2 (n, sizeof *v);
  for (int i = 0; i < n; i++)
    v[i] = i;
  return v[n - 1];
}

int
main (void)
{
  printf ("products=%d\n", products ());
  printf ("positions=%d\n", positions ());
  printf ("attr_sizes=%d\n", attr_sizes ());
  printf ("zero=%d\n", zero ());
  printf ("dynamic=%d %d\n", dynamic (3), dynamic (100));
  test_print_calls ();
  return 0;
}

/* { dg-output "products=4\n" } */
/* { dg-output "positions=2\n" } */
/* { dg-output "attr_sizes=4\n" } */
/* { dg-output "zero=2\n" } */
/* { dg-output "dynamic=2 99\n" } */
/* { dg-output "calls=1
" { target level -O0 -O2 } } */
/* GCC 16 at -O3 propagates the dynamic sizes into the calls: constant, the 400 bytes convert too (SPEC 4, last paragraph).  */
/* { dg-output "calls=(0|1)
" { target level -O3 } } */

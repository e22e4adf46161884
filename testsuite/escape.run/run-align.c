/* Alignment (SPEC section 6): converted storage is aligned like the
   allocator's result, __BIGGEST_ALIGNMENT__ unless the allocator says
   more with assume_aligned or alloc_align.  Odd-sized sites side by side
   must each start on that boundary; a 16-byte vector stored into one is
   an aligned access.  No pointer is converted to an integer (that would
   make the site escape): the offset from a local array aligned to 256
   bytes is a pointer subtraction (SPEC section 4: "comparing or
   subtracting two pointers is not a conversion"), and its remainder
   modulo the alignment is the address's.

   Allocator calls: none of these escapes: calls=0 (the aligned
   allocators count into test_alloc_calls too).  */
/* { dg-do run } */

#include <stdlib.h>
#include "alloc.h"

GC_ALLOC __attribute__ ((noinline, assume_aligned (64), returns_nonnull))
static void *
alloc64 (size_t n)
{
  test_alloc_calls++;
  void *p = aligned_alloc (64, (n + 63) / 64 * 64);
  if (!p)
    abort ();
  return __builtin_memset (p, 0, (n + 63) / 64 * 64);
}

GC_ALLOC_SIZE (1) __attribute__ ((noinline, alloc_align (2), returns_nonnull))
static void *
alloc_al (size_t n, size_t al)
{
  test_alloc_calls++;
  void *p = aligned_alloc (al, (n + al - 1) / al * al);
  if (!p)
    abort ();
  return __builtin_memset (p, 0, (n + al - 1) / al * al);
}

typedef int v4si __attribute__ ((vector_size (16)));

/* 0 if OFFSET (from a 256-byte aligned base) is a multiple of AL, else
   the misalignment + 1.  */
__attribute__ ((noinline)) static int
misaligned (long offset, long al)
{
  long m = ((offset % al) + al) % al;
  return m ? (int) m + 1 : 0;
}

#define CHECK(p, al)							\
  (bad += misaligned ((const char *) (p) - base, (al)))

__attribute__ ((noinline)) static int
biggest (int k)
{
  char base[1] __attribute__ ((aligned (256)));
  int bad = 0;
  char *a = test_alloc (1);
  char *b = test_alloc (3);
  char *c = test_alloc (17);
  char *d = test_alloc (33);
  v4si *v = test_alloc (sizeof *v);
  a[0] = (char) k;
  b[2] = a[0];
  c[16] = b[2];
  d[32] = c[16];
  *v = (v4si) { k, d[32], 3, 4 };
  CHECK (a, __BIGGEST_ALIGNMENT__);
  CHECK (b, __BIGGEST_ALIGNMENT__);
  CHECK (c, __BIGGEST_ALIGNMENT__);
  CHECK (d, __BIGGEST_ALIGNMENT__);
  CHECK (v, __BIGGEST_ALIGNMENT__);
  return bad * 1000 + (*v)[0] + (*v)[1] + (*v)[3];
}

__attribute__ ((noinline)) static int
assumed (int k)
{
  char base[1] __attribute__ ((aligned (256)));
  int bad = 0;
  char *a = test_alloc (5);
  char *b = alloc64 (5);
  char *c = alloc64 (70);
  a[4] = (char) k;
  b[4] = a[4];
  c[69] = b[4];
  CHECK (b, 64);
  CHECK (c, 64);
  return bad * 1000 + c[69];
}

__attribute__ ((noinline)) static int
by_argument (int k)
{
  char base[1] __attribute__ ((aligned (256)));
  int bad = 0;
  char *a = test_alloc (7);
  char *b = alloc_al (9, 128);
  char *c = alloc_al (3, 32);
  a[6] = (char) k;
  b[8] = a[6];
  c[2] = b[8];
  CHECK (b, 128);
  CHECK (c, 32);
  return bad * 1000 + c[2];
}

int
main (void)
{
  printf ("biggest=%d\n", biggest (5));
  printf ("assumed=%d\n", assumed (6));
  printf ("by_argument=%d\n", by_argument (7));
  test_print_calls ();
  return 0;
}

/* { dg-output "biggest=14\n" } */
/* { dg-output "assumed=6\n" } */
/* { dg-output "by_argument=7\n" } */
/* { dg-output "calls=0\n" } */

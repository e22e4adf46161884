/* An allocator that is handed a pointer does more than allocate: a
   realloc-like one copies from it, and stack storage would not.  Such a
   call stays on the heap (SPEC section 6: "Nothing else changes"; the
   reason is `unmodelled').  A string literal or a null pointer is only
   information (GC_debug_malloc's file name): that call still converts.
   grow () copies a's first word into a new block; the block it gets back
   must hold it.  a itself is only read by resize, so it converts; so
   does the debug-style site in tagged ().  Only resize's call stays
   (resizes=1), and test_alloc, called only by converted sites, is never
   reached (calls=0).  */
/* { dg-do run } */

#include <string.h>
#include "alloc.h"

static int resizes;

GC_ALLOC_SIZE (2) __attribute__ ((noinline))
static void *
resize (const void *old, size_t n)
{
  void *p = calloc (1, n);
  if (!p)
    abort ();
  if (old)
    memcpy (p, old, sizeof (long));
  resizes++;
  return p;
}

GC_ALLOC_SIZE (1) __attribute__ ((noinline))
static void *
debug_alloc (size_t n, const char *file, int line)
{
  void *p = test_alloc (n);
  if (!file || line < 0)
    abort ();
  return p;
}

__attribute__ ((noinline)) static long
grow (long k)
{
  long *a = test_alloc (2 * sizeof (long));
  a[0] = k;
  long *b = resize (a, 4 * sizeof (long));
  return b[0] + b[3];
}

__attribute__ ((noinline)) static long
tagged (long k)
{
  long *c = debug_alloc (sizeof (long), __FILE__, __LINE__);
  *c = k;
  return *c;
}

int
main (void)
{
  printf ("grow=%ld\n", grow (41));
  printf ("tagged=%ld\n", tagged (7));
  printf ("resizes=%d\n", resizes);
  test_print_calls ();
  return 0;
}

/* { dg-output "grow=41\n" } */
/* { dg-output "tagged=7\n" } */
/* { dg-output "resizes=1\n" } */
/* { dg-output "calls=0\n" } */

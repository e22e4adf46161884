/* A gc_free deallocator with a body in the translation unit (SPEC
   section 3: "a call whose argument may point to a stack-converted site
   is deleted").  release() is small and static: at -O2 GCC's early
   inliner inlines it into its callers before the escape pass runs, and
   the call to release disappears; what is left is its body's free(),
   which must not receive converted storage.  Either the gc_free call
   stays a call (never inlined, like a gc_alloc allocator) and is
   deleted, or the site is not converted.  With the call kept and
   deleted: the site is converted at -O0 and -O2, no allocator call, no
   free() call.  AddressSanitizer reports a free of a stack address if
   the inlined free() gets the converted buffer.  */
/* { dg-do run } */

#include "alloc.h"

static int released;

GC_FREE static void
release (void *p)
{
  released++;
  free (p);
}

__attribute__ ((noinline)) static int
scratch (int k)
{
  int *p = test_alloc (4 * sizeof *p);
  p[1] = k;
  int r = p[1] + p[2];
  release (p);
  return r;
}

int
main (void)
{
  printf ("scratch=%d\n", scratch (6));
  printf ("released=%d\n", released);
  test_print_calls ();
  return 0;
}

/* { dg-output "scratch=6\n" } */
/* { dg-output "released=0\n" } */
/* { dg-output "calls=0\n" } */

/* An allocator declared always_inline (a static inline wrapper in a
   header, say GC_NEW around GC_malloc, both annotated).  SPEC section 4,
   rule 4: calls to a gc_alloc function are never inlined, so that every
   call stays a site; section 2: annotated code builds with and without
   the plugin.  Marking this allocator uninlinable turns GCC's
   always_inline into "error: inlining failed in call to
   'always_inline'": the plain build works, the plugin's does not.  The
   plugin must build it.  Either way it resolves the conflict, the site
   does not escape: kept a call, the wrapper's site converts; inlined,
   the inner test_alloc site converts.  calls=0.  */
/* { dg-do run } */

#include "alloc.h"

GC_ALLOC_SIZE (1) static inline __attribute__ ((always_inline)) void *
new_zeroed (size_t n)
{
  return test_alloc (n);
}

__attribute__ ((noinline)) static int
scratch (int x)
{
  int *p = new_zeroed (4 * sizeof *p);
  p[1] = x;
  return p[1] + p[2];
}

int
main (void)
{
  printf ("scratch=%d\n", scratch (3));
  test_print_calls ();
  return 0;
}

/* { dg-output "scratch=3\n" } */
/* { dg-output "calls=0\n" } */

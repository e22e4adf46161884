/* warn with -Werror: an escaping site fails the build.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-warn -Werror" } */
/* { dg-final { compiler-exit-status nonzero } } */

#include <stddef.h>

void *gc_alloc (size_t) __attribute__ ((gc_alloc));

int *cache;

void
warn_escape (void)
{
  cache = gc_alloc (16);  /* { dg-error "gc_alloc\\(16\\) escapes to heap: assign to global" } */
}

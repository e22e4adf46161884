/* warn with -Werror: nothing escapes, the build succeeds silently.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-warn -Werror" } */
/* { dg-final { compiler-exit-status zero } } */

#include <stddef.h>

void *gc_alloc (size_t) __attribute__ ((gc_alloc));
void use (void *) __attribute__ ((noescape));

int
no_escape (void)
{
  int *p = gc_alloc (16);
  use (p);
  return p[0];
}

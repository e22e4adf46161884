/* no-transform: the same notes (escape.run/run-no-transform.c checks
   that nothing changes).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-no-transform" } */

#include <stddef.h>

void *gc_alloc (size_t) __attribute__ ((gc_alloc));
void use (void *) __attribute__ ((noescape));

int *cache;

void
no_transform (void)
{
  int *p = gc_alloc (16);  /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  int *q = gc_alloc (16);  /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  cache = p;
  use (q);
}

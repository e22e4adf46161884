/* warn with m: escaping sites are warnings, the others stay notes.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-warn -fplugin-arg-escape-m" } */

#include <stddef.h>

void *gc_alloc (size_t) __attribute__ ((gc_alloc));
void use (void *) __attribute__ ((noescape));

int *cache;

void
warn_escape (void)
{
  int *p = gc_alloc (16);  /* { dg-warning "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  int *q = gc_alloc (16);  /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  cache = p;
  use (q);
}

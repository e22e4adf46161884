/* warn: an escaping site is a warning: (without m, nothing else).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-warn" } */

#include <stddef.h>

void *gc_alloc (size_t) __attribute__ ((gc_alloc));
void use (void *) __attribute__ ((noescape));

int *cache;

void
warn_escape (void)
{
  int *p = gc_alloc (16);  /* { dg-warning "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  int *q = gc_alloc (16);
  cache = p;
  use (q);
}

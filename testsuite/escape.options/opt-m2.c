/* m=2: each escape is followed by its flow, one note per step, each at
   its own location.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2" } */

#include <stddef.h>

void *gc_alloc (size_t) __attribute__ ((gc_alloc));
void use (void *) __attribute__ ((noescape));

int *cache;

void
flow (void)
{
  int *p = gc_alloc (16);  /* { dg-message "gc_alloc\\(16\\) escapes to heap" } */
  /* { dg-message "  flow: p = &\\{storage for gc_alloc\\(16\\)\\}" "" { target *-*-* } .-1 } */
  int *q = gc_alloc (8);  /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  p[1] = 2;
  use (q);
  cache = p;  /* { dg-message "  flow: \\{heap\\} = p: assign to global 'cache'" } */
}

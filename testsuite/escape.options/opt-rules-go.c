/* rules=go: Go's foo62, every store through a pointer sends the stored
   value to the heap, even into a non-escaping allocation.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-rules=go" } */

#include <stddef.h>

void *gc_alloc (size_t) __attribute__ ((gc_alloc));
void use (void *) __attribute__ ((noescape));

struct node { int *p; };

void
store_into_site (void)
{
  struct node *n = gc_alloc (sizeof *n);  /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  int *x = gc_alloc (16);  /* { dg-message "gc_alloc\\(16\\) escapes to heap: store through pointer" } */
  n->p = x;
  use (n);
}

/* rules=c (the default) tracks a store into a non-escaping allocation;
   rules=go (opt-rules-go.c) sends the stored value to the heap.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-rules=c" } */

#include <stddef.h>

void *gc_alloc (size_t) __attribute__ ((gc_alloc));
void use (void *) __attribute__ ((noescape));

struct node { int *p; };

void
store_into_site (void)
{
  struct node *n = gc_alloc (sizeof *n);  /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  int *x = gc_alloc (16);  /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  n->p = x;
  use (n);
}

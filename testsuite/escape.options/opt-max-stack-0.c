/* max-stack=0: nothing goes on the stack.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-max-stack=0" } */

#include <stddef.h>

void *gc_alloc (size_t) __attribute__ ((gc_alloc));
void use (void *) __attribute__ ((noescape));

void
max_stack_0 (void)
{
  char *a = gc_alloc (1);  /* { dg-message "gc_alloc\\(1\\) escapes to heap: too large" } */
  use (a);
}

/* max-stack=BYTES: a site of exactly BYTES fits, one more is too large.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-max-stack=16" } */

#include <stddef.h>

void *gc_alloc (size_t) __attribute__ ((gc_alloc));
void use (void *) __attribute__ ((noescape));

void
max_stack (void)
{
  char *a = gc_alloc (16);  /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  char *b = gc_alloc (17);  /* { dg-message "gc_alloc\\(17\\) escapes to heap: too large" } */
  use (a);
  use (b);
}

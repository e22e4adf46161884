/* max-frame=BYTES: sites convert in source order while they fit in one
   function's budget; the budget is per function.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-max-frame=32" } */

#include <stddef.h>

void *gc_alloc (size_t) __attribute__ ((gc_alloc));
void use (void *) __attribute__ ((noescape));

void
frame_1 (void)
{
  char *a = gc_alloc (16);  /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  char *b = gc_alloc (16);  /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  char *c = gc_alloc (8);  /* { dg-message "gc_alloc\\(8\\) escapes to heap: too large" } */
  use (a);
  use (b);
  use (c);
}

void
frame_2 (void)
{
  char *a = gc_alloc (24);  /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  char *b = gc_alloc (16);  /* { dg-message "gc_alloc\\(16\\) escapes to heap: too large" } */
  char *c = gc_alloc (8);  /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  use (a);
  use (b);
  use (c);
}

/* max-stack=BYTES: the largest allocation put on the stack.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-max-stack=100" } */

void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

void
ms_fits (void)
{
  char *s = gc_alloc (100); /* { dg-message "gc_alloc\\(100\\) does not escape" } */
  use (s);
}

void
ms_too_large (void)
{
  char *s = gc_alloc (101); /* { dg-message "gc_alloc\\(101\\) escapes to heap: too large" } */
  use (s);
}

void
ms_too_large_above_default_frame (void)
{
  char *s = gc_alloc (4096); /* { dg-message "gc_alloc\\(4096\\) escapes to heap: too large" } */
  use (s);
}

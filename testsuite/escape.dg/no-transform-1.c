/* no-transform: analyse and report, change nothing.  The notes are the
   same as without it.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-no-transform" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

int *gp;

void
nt_stack (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  use (p);
}

void
nt_global (void)
{
  gp = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
}

NOINLINE int *nt_param (int *q) /* { dg-message "leaking param: q to result level=0" } */
{
  return q;
}

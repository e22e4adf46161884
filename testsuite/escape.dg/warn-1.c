/* warn: a site that escapes is a warning (with the note's text) instead of
   a note; everything else is as with m.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-warn" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

int *gp;

int *
w_return (void)
{
  int *p = gc_alloc (16); /* { dg-warning "gc_alloc\\(16\\) escapes to heap: return" } */
  return p;
}

void
w_global (void)
{
  gp = gc_alloc (8); /* { dg-warning "gc_alloc\\(8\\) escapes to heap: assign to global" } */
}

void
w_stack (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  use (p);
}

NOINLINE void
w_nonconst (unsigned long n)
{
  char *s = gc_alloc (n); /* { dg-message "gc_alloc\\(n\\) does not escape: on the stack up to 64 bytes" } */
  use (s);
}

/* Parameters are still notes.  */
NOINLINE void w_param (int *q) /* { dg-message "leaking param: q" } */
{
  gp = q;
}

NOINLINE void w_param2 (int *r) /* { dg-message "r does not escape" } */
{
  use (r);
}

/* warn without m: only the warnings.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-warn" } */

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
w_stack (void)
{
  int *p = gc_alloc (16);
  use (p);
}

NOINLINE void w_param (int *q)
{
  gp = q;
}

void
w_call (void)
{
  int *p = gc_alloc (32); /* { dg-warning "gc_alloc\\(32\\) escapes to heap: call argument" } */
  w_param (p);
}

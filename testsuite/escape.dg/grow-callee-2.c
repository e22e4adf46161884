/* Under -fsplit-stack the stack is a chain of segments the C library does
   not know, so the run-time test of SPEC 6 cannot be made: a callee's
   gc_free on a parameter makes it leak, as without the test, and the
   caller's site stays on the heap (x86-64: -fsplit-stack is there on
   every GCC this project supports).  */
/* { dg-do compile } */
/* { dg-options "-fsplit-stack -fplugin-arg-escape-m" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void gc_free (void *) __attribute__((gc_free));

NOINLINE void
release (void *p) /* { dg-message "leaking param: p" } */
{
  gc_free (p);
}

void
drop (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call argument" } */
  release (p);
}

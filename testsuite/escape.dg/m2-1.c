/* m=2: each "escapes to heap" and each "leaking param" is followed by the
   path that made it so, one note per step, each at its own location, from
   the allocation to the escape point (SPEC 5).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

int *gp;

void
m2_global (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap" } */
  /* { dg-message "flow: p = &\\{storage for gc_alloc\\(16\\)\\}" "step 1" { target *-*-* } .-1 } */
  gp = p; /* { dg-message "flow: \\{heap\\} = p: assign to global" } */
}

NOINLINE void m2_keep (int *q) /* { dg-message "leaking param: q" } */
{
  gp = q; /* { dg-message "flow: \\{heap\\} = q: assign to global" } */
}

void
m2_call (void)
{
  int *c = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) escapes to heap" } */
  /* { dg-message "flow: c = &\\{storage for gc_alloc\\(8\\)\\}" "step 1" { target *-*-* } .-1 } */
  m2_keep (c); /* { dg-message "flow: \\{heap\\} = c: call argument" } */
}

/* No path for what does not escape.  */
void
m2_stack (void)
{
  int *s = gc_alloc (4); /* { dg-message "gc_alloc\\(4\\) does not escape" } */
  use (s);
}

NOINLINE void m2_noleak (int *t) /* { dg-message "t does not escape" } */
{
  use (t);
}

/* noescape, noescape(I, ...): Go's //go:noescape.  Neither the pointer nor
   anything reachable from it escapes or is returned; trusted on bodyless
   functions only.  On a function with a body the analysis decides, and a
   contradiction is a warning.
   Go: test/escape2.go F1-F4, G (//go:noescape on bodyless functions).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

struct node { int *p; struct node *next; int x; };

void ne_all (int *, int *) __attribute__((noescape));
void ne_second (int *, int *) __attribute__((noescape (2)));
int *ne_ret (int *) __attribute__((noescape));
void ne_node (struct node *) __attribute__((noescape));

int *gp;

void
ne_both (void)
{
  int *a = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  int *b = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  ne_all (a, b);
}

/* Only the listed argument.  */
void
ne_listed (void)
{
  int *a = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call to unknown function" } */
  int *b = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  ne_second (a, b);
}

/* Not returned either.  */
void
ne_not_returned (void)
{
  int *a = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  gp = ne_ret (a);
}

/* Nothing reachable from the argument escapes.  */
void
ne_reachable (void)
{
  struct node *n = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  n->p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  n->next = 0;
  ne_node (n);
}

NOINLINE void ne_param (int *q) /* { dg-message "q does not escape" } */
{
  ne_all (q, 0);
}

/* On a function with a body, the analysis decides.  */
__attribute__((noescape, noinline)) void ne_body_ok (int *r) /* { dg-message "r does not escape" } */
{
  use (r);
}

__attribute__((noescape, noinline)) void ne_body_leaks (int *t) /* { dg-message "leaking param: t" } */
{ /* { dg-warning "noescape" "contradicted" { target *-*-* } .-1 } */
  gp = t;
}

void
ne_body_callers (void)
{
  int *a = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  int *b = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: call argument" } */
  ne_body_ok (a);
  ne_body_leaks (b);
}

/* Pointers passed to a function whose body is not visible, that is
   neither noescape nor known, escape ("call to unknown function").
   Go: test/escape2.go foo119, F2/F4 (bodyless functions without
   //go:noescape: "leaking param: x").  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

struct pair { int *a; int *b; };

void ext (int *);
int *ext_ret (int *);
void ext_pair (struct pair *);
void ext_pair_val (struct pair);
void ext_pp (int **);

long gl;

void
uc_direct (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call to unknown function" } */
  ext (p);
}

/* What an unknown function returns is not known to be its argument, but
   the argument is gone anyway.  */
void
uc_returned (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call to unknown function" } */
  use (ext_ret (p));
}

/* Inside a local struct passed by address.  */
void
uc_in_struct_ptr (void)
{
  struct pair pr;
  pr.a = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call to unknown function" } */
  pr.b = 0;
  ext_pair (&pr);
}

/* Inside a struct passed by value.  */
void
uc_in_struct_val (void)
{
  struct pair pr;
  pr.a = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call to unknown function" } */
  pr.b = 0;
  ext_pair_val (pr);
}

/* What a site passed to an unknown function holds goes with it.  */
void
uc_content (void)
{
  int **box = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) escapes to heap: call to unknown function" } */
  *box = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap" } */
  ext_pp (box);
}

/* strtol stores a pointer derived from its argument through endptr: not
   in the table of known functions (SPEC 4).  */
void
uc_strtol (void)
{
  char *s = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: call to unknown function" } */
  gl = strtol (s, 0, 10);
}

NOINLINE void uc_param (int *q) /* { dg-message "leaking param: q" } */
{
  ext (q);
}

/* An unknown call that is not given the site.  */
void
uc_unrelated (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  int *r = ext_ret (0);
  use (r);
  use (p);
}

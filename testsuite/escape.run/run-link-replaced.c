/* What the linker may put in place of a function seen here.  A weak
   alias (sink, of sink_impl, which keeps nothing) is replaced by
   other/link-replaced.c's strong sink, which keeps its argument: the
   plugin must not apply sink_impl's summary to calls of sink.  A program
   may also define a function named like a C library one that it does
   not use (access, not reserved by ISO C): only a declaration from a
   system header, or a GCC builtin, is the C library's.  main reads both
   kept nodes after their functions returned.  Both sites escape; the one
   passed only to sink_impl stays on the stack: calls=2.  */
/* { dg-do run } */
/* { dg-additional-sources "other/link-replaced.c" } */

#include "alloc.h"

struct node { long v; };
struct table { struct node *last; };

extern struct node *kept;
struct table tab;

__attribute__ ((noinline)) long
sink_impl (struct node *p)
{
  return p->v;
}

long sink (struct node *) __attribute__ ((weak, alias ("sink_impl")));

__attribute__ ((noinline)) static long
weak_alias (long k)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = k;
  return sink (p);
}

__attribute__ ((noinline)) static long
direct (long k)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = k;
  return sink_impl (p);
}

void access (struct table *, struct node *);

__attribute__ ((noinline)) static void
own_access (long k)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = k;
  access (&tab, p);
}

int
main (void)
{
  weak_alias (1);
  test_clobber_stack (1);
  printf ("weak_alias=%ld\n", kept ? kept->v : -1);
  printf ("direct=%ld\n", direct (2));
  own_access (3);
  test_clobber_stack (3);
  printf ("own_access=%ld\n", tab.last->v);
  test_print_calls ();
  return 0;
}

/* { dg-output "weak_alias=1\n" } */
/* { dg-output "direct=2\n" } */
/* { dg-output "own_access=3\n" } */
/* { dg-output "calls=2\n" } */

/* A local declared inside a loop body lives one iteration (SPEC section
   4, rule 2, loop-carried): an allocation stored in it is converted.
   Here the local is a struct whose address is taken (so it is in memory,
   not an SSA name, at -O0 and -O2), and a pointer variable whose
   address is taken.  Under -fsanitize=address (as run.exp builds every
   run test) GCC marks the end of such a local's scope with
   .ASAN_MARK (POISON, ...) where it otherwise has a clobber: that too is
   the end of its life.

   No site escapes: calls=0.  */
/* { dg-do run } */

#include "alloc.h"

struct node { struct node *next; int v; };
struct slot { struct node *n; int used; };

__attribute__ ((noinline)) static int
use_slot (const struct slot *s)
{
  return s->n->v * 10 + s->used;
}

__attribute__ ((noinline)) static int
use_ptr (struct node *const *pp)
{
  return (*pp)->v;
}

__attribute__ ((noinline)) static int
body_struct (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      struct slot sl;
      sl.n = test_alloc (sizeof *sl.n);
      sl.n->v = i;
      sl.used = 1;
      s += use_slot (&sl);
    }
  return s;
}

__attribute__ ((noinline)) static int
body_pointer (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      struct node *p = test_alloc (sizeof *p);
      p->v = i + 1;
      s += use_ptr (&p);
    }
  return s;
}

int
main (void)
{
  printf ("body_struct=%d\n", body_struct (4));
  printf ("body_pointer=%d\n", body_pointer (5));
  test_print_calls ();
  return 0;
}

/* { dg-output "body_struct=64\n" } */
/* { dg-output "body_pointer=15\n" } */
/* { dg-output "calls=0\n" } */

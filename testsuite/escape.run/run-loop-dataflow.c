/* Loop-carried is decided on data flow (SPEC section 4, rules 2 and 3).
   A pointer kept in a variable declared outside the loop, overwritten
   before every read and never read after the loop, is not loop-carried
   (Go's syntactic rule says it is: foo80): converted.  The same variable
   read after the loop, or overwritten only on some iterations and read
   on the others, holds a value across the back edge: the site escapes
   on every execution.  A pointer read after a loop that it leaves from
   the middle (break) is not held at the end of any iteration: converted.
   Locals declared in the loop body are in run-loop-local-scope.c.

   Allocator calls: overwritten 0 + read_after 5 + sometimes 6 +
   last_of_while 0 = 11.  */
/* { dg-do run } */

#include "alloc.h"

struct node { struct node *next; int v; };

__attribute__ ((noinline)) static int
overwritten (int n)
{
  struct node *p;
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      p = test_alloc (sizeof *p);
      p->v = i;
      s += p->v;
    }
  return s;
}

__attribute__ ((noinline)) static int
read_after (int n)
{
  struct node *p = NULL;
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      p = test_alloc (sizeof *p);
      p->v = i;
      s += p->v;
    }
  return s * 100 + (p ? p->v : -1);
}

__attribute__ ((noinline)) static int
sometimes (int n)
{
  struct node *p = NULL;
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      if (i % 2 == 0)
	{
	  p = test_alloc (sizeof *p);
	  p->v = i;
	}
      s = s * 3 + p->v;
    }
  return s;
}

static volatile int stop_at = 3;

__attribute__ ((noinline)) static int
last_of_while (void)
{
  struct node *p;
  int i = 0;
  while (1)
    {
      p = test_alloc (sizeof *p);
      p->v = i * 7;
      if (i++ == stop_at)
	break;
    }
  return p->v;
}

int
main (void)
{
  printf ("overwritten=%d\n", overwritten (5));
  printf ("read_after=%d\n", read_after (5));
  printf ("sometimes=%d\n", sometimes (12));
  printf ("last_of_while=%d\n", last_of_while ());
  test_print_calls ();
  return 0;
}

/* { dg-output "overwritten=10\n" } */
/* { dg-output "read_after=1004\n" } */
/* { dg-output "sometimes=66424\n" } */
/* { dg-output "last_of_while=21\n" } */
/* { dg-output "calls=11\n" } */

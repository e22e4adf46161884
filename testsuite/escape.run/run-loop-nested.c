/* Nested loops (SPEC section 4, rule 2, loop-carried: one stack slot per
   site cannot hold two live objects).  An allocation of the inner loop
   stored into an allocation of the outer iteration outlives the inner
   iteration: it escapes, once per inner iteration.  The outer allocation
   lives one outer iteration: converted.  An outer allocation that the
   inner loop only reads is converted.  An inner allocation carried from
   one inner iteration to the next escapes; one that the next outer
   iteration reads escapes too.

   Allocator calls: inner_into_outer 3*4 = 12 + outer_read_by_inner 0 +
   carried_inner 3*4 = 12 + carried_outer 3 = 27.  */
/* { dg-do run } */

#include "alloc.h"

struct node { struct node *next; int v; };
struct bag { struct node *items; int n; };

__attribute__ ((noinline)) static int
inner_into_outer (int no, int ni)
{
  int s = 0;
  for (int o = 0; o < no; o++)
    {
      struct bag *b = test_alloc (sizeof *b);
      for (int i = 0; i < ni; i++)
	{
	  struct node *p = test_alloc (sizeof *p);
	  p->v = o * 10 + i;
	  p->next = b->items;
	  b->items = p;
	  b->n++;
	}
      for (struct node *q = b->items; q; q = q->next)
	s += q->v;
      s += b->n * 1000;
    }
  return s;
}

__attribute__ ((noinline)) static int
outer_read_by_inner (int no, int ni)
{
  int s = 0;
  for (int o = 0; o < no; o++)
    {
      struct node *w = test_alloc (sizeof *w);
      w->v = o + 1;
      for (int i = 0; i < ni; i++)
	s += w->v * i;
    }
  return s;
}

__attribute__ ((noinline)) static int
carried_inner (int no, int ni)
{
  int s = 0;
  for (int o = 0; o < no; o++)
    {
      struct node *prev = NULL;
      for (int i = 0; i < ni; i++)
	{
	  struct node *p = test_alloc (sizeof *p);
	  p->v = i + o;
	  if (prev)
	    s += prev->v;
	  prev = p;
	}
    }
  return s;
}

__attribute__ ((noinline)) static int
carried_outer (int no, int ni)
{
  int s = 0;
  struct node *last = NULL;
  for (int o = 0; o < no; o++)
    {
      if (last)
	s += last->v * 100;
      for (int i = 0; i < ni; i++)
	s += i;
      struct node *p = test_alloc (sizeof *p);
      p->v = o + 5;
      last = p;
    }
  return s;
}

int
main (void)
{
  printf ("inner_into_outer=%d\n", inner_into_outer (3, 4));
  printf ("outer_read_by_inner=%d\n", outer_read_by_inner (3, 4));
  printf ("carried_inner=%d\n", carried_inner (3, 4));
  printf ("carried_outer=%d\n", carried_outer (3, 4));
  test_print_calls ();
  return 0;
}

/* { dg-output "inner_into_outer=12138\n" } */
/* { dg-output "outer_read_by_inner=36\n" } */
/* { dg-output "carried_inner=18\n" } */
/* { dg-output "carried_outer=1118\n" } */
/* { dg-output "calls=27\n" } */

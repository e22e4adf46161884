/* Recursion: a list built by a recursive function, each node allocated
   one frame deeper and returned up; the whole list dies when `use'
   returns.  The node made at depth use+1 dies one frame up (level 1),
   the next at level 2, the rest later.  And a recursive function whose
   every level makes a temporary that dies with it.  */
#include <gc.h>
#include <stdio.h>

struct node { struct node *next; long v; };

__attribute__ ((noinline)) struct node *
build (int n)
{
  if (n == 0)
    return NULL;
  struct node *p = GC_malloc (sizeof *p); /* oracle: 1=10 2=10 later=30 caller-frame */
  p->v = n;
  p->next = build (n - 1);
  return p;
}

__attribute__ ((noinline)) long
use (void)
{
  long s = 0;
  for (struct node *p = build (5); p; p = p->next)
    s += p->v;
  return s;
}

__attribute__ ((noinline)) long
depth_sum (int n)
{
  if (n == 0)
    return 0;
  long *t = GC_malloc (sizeof *t); /* oracle: 0=60 stack */
  *t = n;
  return *t + depth_sum (n - 1);
}

int
main (void)
{
  GC_INIT ();
  long s = 0;
  for (int i = 0; i < 10; i++)
    s += use () + depth_sum (6);
  printf ("%ld\n", s);
  return 0;
}

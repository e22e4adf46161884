/* Caller frames and recursion (SPEC 4 rules 4 and 6): members of one
   component place nothing in each other's frames; a recursive
   constructor's outermost call, from outside, may get its storage in the
   caller's frame.

     f   each activation links its node into the list its recursive call
         returned (store through pointer): 5 calls, a list 0 4 3 2 1
     g   only the innermost activation allocates, and every level returns
         that node: main's call of g (5) is placed, but its slot version
         does not reach the site; the inner calls are within the
         component and allocate: 1 call
     h   every activation allocates and returns its own node, reading the
         inner one: main's outermost node is in main's frame, the five
         inner ones allocate: 5 calls

   calls=11 (12 without the plugin; fewer at -O3, where GCC inlines the
   recursion into itself).  */
/* { dg-do run } */

#include "alloc.h"

#define NOINLINE __attribute__ ((noinline))
struct node {
  struct node *next;
  long v;
};

/* Each activation links its node into the list its recursive call
   returned.  */
NOINLINE static struct node *
f (int n, struct node *tail)
{
  struct node *x = test_alloc (sizeof *x);
  x->v = n;
  if (n > 0)
    {
      struct node *r = f (n - 1, tail);
      x->next = r->next;
      r->next = x;
      return r;
    }
  return x;
}

/* Only the innermost activation allocates; every level returns it.  */
NOINLINE static struct node *
g (int n)
{
  if (n == 0)
    return test_alloc (sizeof (struct node));
  struct node *r = g (n - 1);
  r->v += n;
  return r;
}

/* Every activation allocates and returns its own node.  */
NOINLINE static struct node *
h (int n)
{
  struct node *x = test_alloc (sizeof *x);
  x->v = n;
  if (n > 0)
    {
      struct node *r = h (n - 1);
      x->v += r->v;
    }
  return x;
}
int
main (void)
{
  struct node *l = f (4, 0);
  test_clobber_stack (1);
  long s = 0;
  int k = 0;
  for (struct node *q = l; q && k < 20; q = q->next, k++)
    s = s * 10 + q->v;
  printf ("f=%ld k=%d\n", s, k);
  struct node *m = g (5);
  test_clobber_stack (2);
  printf ("g=%ld\n", m->v);
  struct node *o = h (5);
  test_clobber_stack (3);
  printf ("h=%ld\n", o->v);
  test_print_calls ();
  return 0;
}

/* { dg-output "f=4321 k=5\n" } */
/* { dg-output "g=15\n" } */
/* { dg-output "h=15\n" } */
/* { dg-output "calls=11\n" { target level -O0 -O2 } } */
/* { dg-output "calls=(7|11)\n" { target level -O3 } } */

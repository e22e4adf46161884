/* small-size=0 (SPEC 2): no small buffers; a site of non-constant size
   escapes ("non-constant size") and calls the allocator every time, and
   so does what it holds (the size rule is an edge to the heap).  By
   default (run-small.c) off (4) would make no allocator call.

   Allocator calls: off (4) 2 + off (100) 2 = 4.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-small-size=0" } */

#include <string.h>
#include "alloc.h"

struct node { int v; struct node *next; };

__attribute__ ((noinline)) static int
first (struct node **v)
{
  return v[0]->v;
}

__attribute__ ((noinline)) static int
off (size_t n)
{
  struct node **v = test_alloc (n * sizeof *v);
  v[0] = test_alloc (sizeof (struct node));
  v[0]->v = (int) n;
  test_clobber_stack ((int) n);
  return first (v);
}

int
main (void)
{
  printf ("off=%d %d\n", off (4), off (100));
  test_print_calls ();
  return 0;
}

/* { dg-output "off=4 100\n" } */
/* { dg-output "calls=4\n" } */

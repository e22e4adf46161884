/* Early returns (SPEC section 4, rule 2: "return").  find() allocates a
   scratch record and may leave before or after using it: it is never
   returned, so it is converted on every path.  maybe_keep() returns its
   allocation on one path and drops it on the other: returned on any path
   means escaped, so both executions reach the allocator.  A goto-cleanup
   function frees its converted buffer with the gc_free test_free on
   every exit: the frees are deleted (SPEC section 6), none reaches
   test_free.  An early return from inside a loop leaves a converted
   per-iteration buffer behind safely.

   maybe_keep's returned allocation is placed in its caller's frame (SPEC
   4 rule 6): the caller only reads it.

   Allocator calls: find 0 + maybe_keep 0 + cleanup 0 + loop_exit 0 = 0.  */
/* { dg-do run } */

#include "alloc.h"

struct rec { int key; int val; int hits; };

__attribute__ ((noinline)) static int
find (int key)
{
  struct rec *r = test_alloc (sizeof *r);
  if (key < 0)
    return -1;
  r->key = key;
  r->val = key * 3;
  if (key == 7)
    return r->val + r->hits;
  r->hits++;
  return r->val * 10 + r->hits;
}

__attribute__ ((noinline)) static struct rec *
maybe_keep (int key)
{
  struct rec *r = test_alloc (sizeof *r);
  r->key = key;
  if (key & 1)
    return r;
  return NULL;
}

__attribute__ ((noinline)) static int
cleanup (int mode)
{
  int result = -1;
  int *buf = test_alloc (16 * sizeof *buf);
  if (mode == 0)
    goto out;
  for (int i = 0; i < 16; i++)
    buf[i] = i * mode;
  if (mode == 1)
    {
      result = buf[15];
      goto out;
    }
  result = buf[3] + buf[4];
out:
  test_free (buf);
  return result;
}

__attribute__ ((noinline)) static int
loop_exit (int stop)
{
  for (int i = 0; i < 10; i++)
    {
      int *b = test_alloc (4 * sizeof *b);
      b[i % 4] = i;
      if (b[0] + b[1] + b[2] + b[3] != i)
	return -100;
      if (i == stop)
	return b[i % 4] * 2;
    }
  return -1;
}

int
main (void)
{
  printf ("find=%d %d %d\n", find (-1), find (7), find (4));
  struct rec *a = maybe_keep (3);
  struct rec *b = maybe_keep (4);
  printf ("keep=%d %d\n", a ? a->key : -1, b ? b->key : -1);
  printf ("cleanup=%d %d %d\n", cleanup (0), cleanup (1), cleanup (2));
  printf ("loop_exit=%d %d\n", loop_exit (5), loop_exit (99));
  test_print_calls ();
  printf ("frees=%d\n", test_free_calls);
  return 0;
}

/* { dg-output "find=-1 21 121\n" } */
/* { dg-output "keep=3 -1\n" } */
/* { dg-output "cleanup=-1 15 14\n" } */
/* { dg-output "loop_exit=10 -1\n" } */
/* { dg-output "calls=0\n" } */
/* { dg-output "frees=0\n" } */

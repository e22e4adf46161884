/* no-transform: analyse, change nothing: every call reaches the
   allocator (compare run-basic.c, where two of three do not).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-no-transform" } */

#include "alloc.h"

struct pt { int x, y; };
static struct pt *keep;

__attribute__ ((noinline)) static int
local_only (int a)
{
  struct pt *p = test_alloc (sizeof *p);
  p->x = a;
  p->y = a * 2;
  return p->x + p->y;
}

__attribute__ ((noinline)) static void
to_global (int a)
{
  struct pt *p = test_alloc (sizeof *p);
  p->x = a;
  keep = p;
}

int
main (void)
{
  int s = local_only (1) + local_only (2);
  to_global (5);
  if (s != 9 || keep->x != 5)
    return 1;
  test_print_calls ();
  return 0;
}

/* { dg-output "calls=3\n" } */

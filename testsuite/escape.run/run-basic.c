/* Sites that do not escape run from the stack (no allocator call), the
   one stored in a global reaches the allocator: calls=1.  */
/* { dg-do run } */

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

__attribute__ ((noinline)) static long
calloc_style (long a)
{
  long *v = test_alloc2 (3, sizeof *v);
  v[0] = a;
  v[2] = a + v[1];
  return v[0] + v[2];
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
  long t = calloc_style (5);
  to_global (5);
  if (s != 9 || t != 10 || keep->x != 5 || keep->y != 0)
    return 1;
  test_print_calls ();
  return 0;
}

/* { dg-output "calls=1\n" } */

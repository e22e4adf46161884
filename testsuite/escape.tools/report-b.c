/* report-b.c -- another unit of the report= build (tools.exp).  */
#include "report-lib.h"

int a_kept (int);
int a_local (int);

int
b_sum (int n)
{
  int *q = rt_pair (n, 3);
  return q[0] + q[1];
}

int
main (void)
{
  int *r = rt_alloc (8 * sizeof *r);
  rt_sink = r;
  return b_sum (1) + a_local (2) + a_kept (3) - 16;
}

/* report-a.c -- one unit of the report= build (tools.exp).  */
#include "report-lib.h"

int *rt_sink;

int
a_kept (int n)
{
  rt_sink = rt_pair (n, 1);		/* inlined copy kept */
  int *v = rt_alloc (n);		/* non-constant size */
  v[0] = n;
  return v[0];
}

int
a_local (int n)
{
  int *q = rt_pair (n, 2);		/* inlined copy converted */
  int *w = rt_alloc (4 * sizeof *w);
  w[0] = q[1];
  return w[0] + q[0];
}

int
a_param (int *p, int **out)
{
  *out = p;
  return 0;
}

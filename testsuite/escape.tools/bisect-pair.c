/* escape-bisect on a failure that needs two conversions together: the
   test command (bisect-cmd.sh pair) fails only when the sites of lines
   PAIR_A and PAIR_B both convert.  */
#include "escape.h"

GC_ALLOC_SIZE (1) void *pa_alloc (unsigned long n);

int
pa_use (int k)
{
  int *a = pa_alloc (16);
  int *b = pa_alloc (16);
  int *c = pa_alloc (16);
  int *d = pa_alloc (16);
  int *e = pa_alloc (16);	/* PAIR_A */
  int *f = pa_alloc (16);
  int *g = pa_alloc (16);
  int *h = pa_alloc (16);	/* PAIR_B */
  a[0] = b[0] = c[0] = d[0] = e[0] = f[0] = g[0] = h[0] = k;
  return a[0] + b[0] + c[0] + d[0] + e[0] + f[0] + g[0] + h[0];
}

/* report-lib.h -- shared by report-a.c and report-b.c: rt_pair is
   inlined into callers in both units, so its site is one source position
   seen with several decisions.  */
#include "escape.h"

GC_ALLOC_SIZE (1) void *rt_alloc (unsigned long n);
extern int *rt_sink;

static inline int *
rt_pair (int a, int b)
{
  int *p = rt_alloc (2 * sizeof *p);
  p[0] = a;
  p[1] = b;
  return p;
}

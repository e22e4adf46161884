/* report-c.c -- the allocator of the report= build (no sites).  */
#include <stdlib.h>

void *
rt_alloc (unsigned long n)
{
  return calloc (1, n ? n : 1);
}

/* report-c.c -- the allocator of the report= build (no sites).  Its
   definition carries gc_alloc from report-lib.h, so that under -flto the
   link (which sees this declaration) still knows it.  */
#include <stdlib.h>
#include "report-lib.h"

void *
rt_alloc (unsigned long n)
{
  return calloc (1, n ? n : 1);
}

/* GCC 13 and later write diagnostics as SARIF with
   -fdiagnostics-format=sarif-file: the -m notes must land in the file
   (options.exp compiles this with and without it and compares).  */

#include <stddef.h>

void *gc_alloc (size_t) __attribute__ ((gc_alloc));

int *cache;

int
sarif_notes (int k)
{
  int *p = gc_alloc (16);
  int *q = gc_alloc (32);
  cache = p;
  q[0] = k;
  return q[0];
}

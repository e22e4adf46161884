/* -flto with the plugin on the compile and the link lines: this unit
   holds the allocator and the code that allocates; lto-main.c calls it.
   Driven by options.exp: the link must succeed and the program print
   "sum=6 calls=0" (the site does not escape).  */

#include <stdlib.h>
#include "escape.h"

int lto_calls;
int lto_sum (int n);

GC_ALLOC __attribute__ ((noinline)) void *lto_alloc (size_t n);

void *
lto_alloc (size_t n)
{
  void *p = calloc (1, n);
  lto_calls++;
  if (!p)
    abort ();
  return p;
}

static int
one (int k)
{
  int *p = (int *) lto_alloc (sizeof *p);
  *p = k;
  return *p;
}

int
lto_sum (int n)
{
  int s = 0;
  int k;
  for (k = 1; k <= n; k++)
    s += one (k);
  return s;
}

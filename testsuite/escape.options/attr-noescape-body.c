/* noescape on a function with a body: the analysis decides, and a
   parameter that leaks contradicts it (a warning).  */
/* { dg-do compile } */

#include <stddef.h>

void *gc_alloc (size_t) __attribute__ ((gc_alloc));

int *keep;

__attribute__ ((noescape)) void
liar (int *p)  /* { dg-warning "'noescape' contradicted: parameter 'p' leaks to the heap" } */
{
  keep = p;
}

__attribute__ ((noescape)) int
honest (int *p)
{
  return *p;
}

int
user (void)
{
  int *p = gc_alloc (sizeof *p);
  return honest (p);
}

/* alloc=NAME,NAME: functions declared without gc_alloc are allocators;
   others are not.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-alloc=GC_malloc,GC_malloc_atomic" } */

#include <stddef.h>

void *GC_malloc (size_t);
void *GC_malloc_atomic (size_t);
void *not_listed (size_t);
int GC_count (size_t);		/* listed names must return a pointer */
void use (void *) __attribute__ ((noescape));

char *cache;

int
alloc_by_option (void)
{
  int *p = GC_malloc (16);  /* { dg-message "GC_malloc\\(16\\) does not escape" } */
  char *s = GC_malloc_atomic (8);  /* { dg-message "GC_malloc_atomic\\(8\\) escapes to heap: assign to global" } */
  int *q = not_listed (16);
  use (p);
  use (q);
  cache = s;
  return p[0] + q[0] + GC_count (4);
}

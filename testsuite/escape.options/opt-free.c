/* free=NAME: passing a pointer to it is not an escape (and the call on
   converted storage is deleted: escape.run/run-free.c).  GC_release is
   not listed: a void * parameter of a bodyless function.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-alloc=GC_malloc -fplugin-arg-escape-free=GC_free" } */

#include <stddef.h>

void *GC_malloc (size_t);
void GC_free (void *);
void GC_release (void *);

int
free_by_option (void)
{
  int *p = GC_malloc (16);  /* { dg-message "GC_malloc\\(16\\) does not escape" } */
  int *q = GC_malloc (16);  /* { dg-message "GC_malloc\\(16\\) escapes to heap: interface conversion" } */
  int r = p[0] + q[0];
  GC_free (p);
  GC_release (q);
  return r;
}

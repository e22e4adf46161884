/* noheap: each site of the function that is not stack-converted is a
   warning: with its reason, without any option; the others say nothing.  */
/* { dg-do compile } */

#include <stddef.h>

void *gc_alloc (size_t) __attribute__ ((gc_alloc));

int *keep;

__attribute__ ((noheap)) int
hot (int n)
{
  int *p = gc_alloc (16);
  int *q = gc_alloc (16);  /* { dg-warning "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  char *r = gc_alloc (n);  /* { dg-warning "gc_alloc\\(n\\) escapes to heap: assign to global" } */
  keep = q;
  keep = (int *) r;
  return p[0] + r[0];
}

int
cold (void)
{
  int *q = gc_alloc (16);
  keep = q;
  return 0;
}

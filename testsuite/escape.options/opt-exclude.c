/* exclude=FILE:LINE: the sites of those lines stay on the heap, noted
   "excluded"; what an excluded object points to escapes with it (the
   node at line 25 is stored in the excluded one at line 24), other
   sites still convert.  FILE is a path suffix at a component boundary:
   "escape.options/opt-exclude.c" matches however the test is compiled,
   "clude.c" (line 26) matches nothing.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-exclude=escape.options/opt-exclude.c:24,opt-exclude.c:31,clude.c:26" } */

#include <stddef.h>

void *gc_alloc (size_t) __attribute__ ((gc_alloc));
void use (void *) __attribute__ ((noescape));

struct node
{
  struct node *next;
  int v;
};

int
excluded (int k)
{
  struct node *a = gc_alloc (sizeof *a);  /* { dg-message "gc_alloc\\(16\\) escapes to heap: excluded" } */
  struct node *b = gc_alloc (sizeof *b);  /* { dg-message "gc_alloc\\(16\\) escapes to heap: excluded" } */
  struct node *c = gc_alloc (sizeof *c);  /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  a->next = b;
  b->v = k;
  c->v = k;
  use (a);
  int *d = gc_alloc (sizeof *d);  /* { dg-message "gc_alloc\\(4\\) escapes to heap: excluded" } */
  *d = a->next->v + c->v;
  return *d;
}

/* memset, bzero and explicit_bzero write a byte value, never a pointer
   (SPEC 4 rule 2, known functions): memory they fill does not afterwards
   hold "anything", so what is stored through a pointer kept in it stays
   tracked.  The common shape: an object zeroed after its allocation,
   then given buffers.  memset still returns its argument.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <string.h>
#include <strings.h>

void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void *g;

struct vec { char **slot; int n; };

int
zeroed_then_filled (void)
{
  struct vec *v = gc_alloc (sizeof *v); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  bzero (v, sizeof *v);
  v->slot = gc_alloc (4 * sizeof (char *)); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  char *c = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  c[0] = 'x';
  v->slot[0] = c;
  return v->slot[0][0];
}

int
memset_then_filled (void)
{
  struct vec *v = gc_alloc (sizeof *v); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  memset (v, 0, sizeof *v);
  v->slot = gc_alloc (4 * sizeof (char *)); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  char *c = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  c[0] = 'y';
  v->slot[1] = c;
  return v->slot[1][0];
}

void
memset_result_kept (void)
{
  char *b = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: interface conversion" } */
  g = memset (b, 0, 16);
}

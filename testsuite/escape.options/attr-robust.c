/* Odd declarations, and calls that do not fit them: no crash; a size the
   plugin cannot know is "?" (non-constant); a negative constant size is
   too large; an allocator with no integer argument 1 is refused.  */
/* { dg-do compile } */
/* Unprototyped declarations (f ()) are the point here: -std=gnu17, since
   GCC 15's default, C23, reads f () as f (void).  */
/* { dg-options "-fplugin-arg-escape-m -O2 -std=gnu17" } */

#include <stddef.h>

void *z0 (void) __attribute__ ((gc_alloc));		/* { dg-warning "argument 1 of 'z0' is not an integer size" } */
void *va (size_t, ...) __attribute__ ((gc_alloc));
void *kr () __attribute__ ((gc_alloc (3)));		/* unprototyped */
void *kr2 () __attribute__ ((gc_alloc));
void *sz2 (size_t, size_t) __attribute__ ((gc_alloc, alloc_size (1, 2)));
void *neg (int) __attribute__ ((gc_alloc));
void *huge (size_t) __attribute__ ((gc_alloc));
void fr () __attribute__ ((gc_free));
void use (void *) __attribute__ ((noescape));

int
odd_calls (void)
{
  char *a = z0 ();  /* not a site: the attribute was dropped */
  char *b = va (8, 1, 2, 3);  /* { dg-message "va\\(8\\) does not escape" } */
  char *c = kr (1);  /* { dg-message "kr\\(\\?\\) escapes to heap: non-constant size" } */
  char *d = kr2 ();  /* { dg-message "kr2\\(\\?\\) escapes to heap: non-constant size" } */
  char *e = sz2 (2, 8);  /* { dg-message "sz2\\(16\\) does not escape" } */
  char *g = neg (-1);  /* { dg-message "neg\\(-1\\) escapes to heap: too large" } */
  char *h = huge ((size_t) -1);  /* { dg-message "huge\\(18446744073709551615\\) escapes to heap: too large" } */
  kr2 (1.5);  /* { dg-message "kr2\\(\\?\\) escapes to heap: non-constant size" } */
  va (4);  /* { dg-message "va\\(4\\) does not escape" } */
  fr ();
  fr (1, 2);
  use (a);
  use (b);
  use (c);
  use (d);
  use (e);
  use (g);
  use (h);
  return 0;
}

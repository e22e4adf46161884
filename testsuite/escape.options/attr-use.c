/* The attributes, used: gc_alloc's size forms (argument 1, S, S times N,
   alloc_size), noescape trusted on bodyless functions (all or listed
   arguments), and an unknown bodyless callee.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stddef.h>

void *a0 (size_t) __attribute__ ((gc_alloc));
void *a1 (int, size_t) __attribute__ ((gc_alloc (2)));
void *a2 (size_t, size_t) __attribute__ ((gc_alloc (1, 2)));
void *a3 (int, size_t) __attribute__ ((alloc_size (2), gc_alloc));
void look (void *, void *) __attribute__ ((noescape));
void look2 (void *, void *) __attribute__ ((noescape (2)));
void take (int *);

int
sizes (void)
{
  char *a = a0 (16);  /* { dg-message "a0\\(16\\) does not escape" } */
  char *b = a1 (5, 8);  /* { dg-message "a1\\(8\\) does not escape" } */
  char *c = a2 (3, 4);  /* { dg-message "a2\\(12\\) does not escape" } */
  char *d = a3 (0, 24);  /* { dg-message "a3\\(24\\) does not escape" } */
  look (a, b);
  look (c, d);
  return a[0] + b[0] + c[0] + d[0];
}

void
calls (void)
{
  int *x = a0 (4);  /* { dg-message "a0\\(4\\) escapes to heap: interface conversion" } */
  int *y = a0 (4);  /* { dg-message "a0\\(4\\) does not escape" } */
  int *z = a0 (4);  /* { dg-message "a0\\(4\\) escapes to heap: call to unknown function" } */
  look2 (x, y);
  take (z);
}

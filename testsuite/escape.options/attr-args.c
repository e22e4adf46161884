/* Too many attribute arguments: SPEC section 3 makes every misuse a
   -Wattributes warning with the attribute ignored, like the plugin's
   other checks (not GCC's generic "wrong number of arguments" error).  */
/* { dg-do compile } */

#include <stddef.h>

void *f1 (size_t, size_t, size_t) __attribute__ ((gc_alloc (1, 2, 3)));  /* { dg-warning "'gc_alloc' attribute takes at most two arguments .-Wattributes." } */
void f2 (void *) __attribute__ ((gc_free (1)));  /* { dg-warning "'gc_free' attribute takes no arguments .-Wattributes." } */
void f3 (void) __attribute__ ((noheap (1)));  /* { dg-warning "'noheap' attribute takes no arguments .-Wattributes." } */
int f4 (void) __attribute__ ((noheap ("x")));  /* { dg-warning "'noheap' attribute takes no arguments .-Wattributes." } */

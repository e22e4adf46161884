/* A pointer printed as text with "%p" and read back with sscanf (handle
   strings, as in Tcl's "file0x..." names).  snprintf is in the table of
   known functions because it keeps no pointer, but "%p" converts the
   pointer itself into characters: like a conversion to an integer (SPEC
   section 4, rule 2: "the collector may not see it, and nor can we"),
   the allocation must stay on the heap.  main reads the object through
   the parsed pointer after the function returned.  (A collector cannot
   see such a pointer either; with this counting allocator the plain
   program is well defined.)

   Allocator calls: to_text 1.  */
/* { dg-do run } */

#include "alloc.h"

struct obj { int v[4]; };

static char text[64];

__attribute__ ((noinline)) static void
to_text (int k)
{
  struct obj *p = test_alloc (sizeof *p);
  p->v[0] = k;
  snprintf (text, sizeof text, "%p", (void *) p);
}

int
main (void)
{
  to_text (5);
  test_clobber_stack (1);
  void *q;
  if (sscanf (text, "%p", &q) != 1)
    return 1;
  printf ("parsed=%d\n", ((struct obj *) q)->v[0]);
  test_print_calls ();
  return 0;
}

/* { dg-output "parsed=5\n" } */
/* { dg-output "calls=1\n" } */

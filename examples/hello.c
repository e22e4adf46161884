/* hello.c -- the first example: two allocation sites, one stays local,
   one escapes.

     gcc-12 -O2 -fplugin=escape.so -fplugin-arg-escape-m -I../include \
	 hello.c -lgc
*/
#include <stdio.h>
#include "escape.h"	/* before gc.h: see README.md */
#include <gc.h>

/* Tell the plugin that GC_malloc is an allocator, without editing gc.h.
   With the plugin absent, GC_ALLOC expands to nothing.  */
GC_ALLOC void *GC_malloc (size_t);

struct point
{
  long x, y;
};

static struct point *origin;	/* kept for the whole run */

long norm2 (const struct point *p);

/* Only reads through p: "p does not escape".  */
long
norm2 (const struct point *p)
{
  return p->x * p->x + p->y * p->y;
}

/* The point lives only during this call: it goes on the stack.  */
static long
dist2 (long x, long y)
{
  struct point *p = GC_MALLOC (sizeof *p);
  p->x = x - origin->x;
  p->y = y - origin->y;
  return norm2 (p);
}

/* This one is stored in a global: it must stay on the heap.  */
static void
set_origin (long x, long y)
{
  struct point *p = GC_MALLOC (sizeof *p);
  p->x = x;
  p->y = y;
  origin = p;
}

int
main (void)
{
  long sum = 0;
  GC_INIT ();
  set_origin (1, 2);
  for (long i = 0; i < 1000; i++)
    sum += dist2 (i % 7, i % 5);
  printf ("origin = (%ld, %ld), sum = %ld\n", origin->x, origin->y, sum);
  return 0;
}

/* caller-frames=0: returned sites stay on the heap for every caller, as
   in Go, and calls get no note of their own; caller-frames=1 is the
   default (escape.dg/caller-frames-1.c).  A caller's block counts
   against its max-frame like its own sites (opt-caller-frames-frame.c).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-caller-frames=0" } */

void *gc_alloc (unsigned long) __attribute__ ((gc_alloc));

struct pt { long x, y; };

__attribute__ ((noinline)) struct pt *
pt_new (long x)
{
  struct pt *p = gc_alloc (sizeof *p); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return$" } */
  p->x = x;
  return p;
}

long
use_local (long a)
{
  return pt_new (a)->x;
}

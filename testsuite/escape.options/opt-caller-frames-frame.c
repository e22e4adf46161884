/* A block in a caller's frame (SPEC 4 rule 6) counts against that
   caller's max-frame, in source order with its own sites.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-max-frame=24" } */

void *gc_alloc (unsigned long) __attribute__ ((gc_alloc));
void use (void *) __attribute__ ((noescape));

struct pt { long x, y; };

__attribute__ ((noinline)) struct pt *
pt_new (long x)
{
  struct pt *p = gc_alloc (sizeof *p); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 1 of 2 calls" } */
  p->x = x;
  return p;
}

long
two (long a)
{
  struct pt *p = pt_new (a); /* { dg-message "pt_new\\(\\) result does not escape: 16 bytes in this frame" } */
  struct pt *q = pt_new (a + 1); /* { dg-message "pt_new\\(\\) result escapes to heap: too large" } */
  return p->x + q->x;
}

/* Caller frames with warn (SPEC 2, 5): a returnable site escapes from its
   own function, so it is a warning, with the whole note text, even when
   every call places it (F itself still allocates for other callers,
   other units and function pointers).  The notes at the calls stay
   notes: the site they are about is already the warning.  Without m the
   warnings alone.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-warn" } */

#define NOINLINE __attribute__ ((noinline))
void *gc_alloc (unsigned long) __attribute__ ((gc_alloc));
struct pt { long x, y; };
struct pt *kept;

NOINLINE struct pt *
pt_new (long x)
{
  struct pt *p = gc_alloc (sizeof *p); /* { dg-warning "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 2 of 3 calls" } */
  p->x = x;
  return p;
}

NOINLINE char *
buf_new (void)
{
  return gc_alloc (64); /* { dg-warning "gc_alloc\\(64\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
}

NOINLINE struct pt *
wrap (long x)
{
  return pt_new (x + 1); /* { dg-message "pt_new\\(\\) result escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
}

long
use_local (long a)
{
  return wrap (a)->x + buf_new ()[3]; /* { dg-message "wrap\\(\\) result does not escape: 16 bytes in this frame" } */
  /* { dg-message "buf_new\\(\\) result does not escape: 64 bytes in this frame" "" { target *-*-* } .-1 } */
}

long
use_direct (long a)
{
  return pt_new (a)->y; /* { dg-message "pt_new\\(\\) result does not escape: 16 bytes in this frame" } */
}

void
keep (long a)
{
  kept = pt_new (a); /* { dg-message "pt_new\\(\\) result escapes to heap: assign to global" } */
}

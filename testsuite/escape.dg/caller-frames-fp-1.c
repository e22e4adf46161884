/* Caller frames and calls through function pointers (SPEC 4 rules 2 and
   6): a call through a pointer keeps calling the constructor, which
   allocates, and gets no note; one GCC resolves to a direct call before
   the pass (a const pointer, past -O0) is a call of the constructor like
   any other (SPEC 4, last paragraph: an indirect call resolved to a
   direct one).  The callers' bodies differ, so that GCC's identical code
   folding does not merge them.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__ ((noinline))
void *gc_alloc (unsigned long) __attribute__ ((gc_alloc));
struct pt { long x, y; };

NOINLINE struct pt *
pt_new (long x)
{
  struct pt *p = gc_alloc (sizeof *p); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" "" { target level -O0 } } */
  /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 2 of 2 calls" "" { target level -O2 -O3 } .-1 } */
  p->x = x;
  p->y = -x;
  return p;
}

static struct pt *(*const known) (long) = pt_new;
struct pt *(*volatile unknown) (long) = pt_new;
struct pt *(*plain_fp) (long) = pt_new;

long
via_known (long a)
{
  return known (a)->x; /* { dg-message "pt_new\\(\\) result does not escape: 16 bytes in this frame" "" { target level -O2 -O3 } } */
}

long
via_unknown (long a)
{
  return unknown (a)->y; /* { dg-bogus "result" } */
}

long
via_plain (long a)
{
  return plain_fp (a)->x * 2; /* { dg-bogus "result" } */
}

long
direct (long a)
{
  return pt_new (a)->x * 3; /* { dg-message "pt_new\\(\\) result does not escape: 16 bytes in this frame" } */
}

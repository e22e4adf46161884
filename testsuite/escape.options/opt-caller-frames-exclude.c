/* exclude= and caller frames (SPEC 8, 4 rule 6): an excluded returnable
   site stays on the heap for every caller too ("excluded"); the header
   of the same constructor, on another line, still moves to its callers,
   also through a wrapper, without the buffer (16 bytes).  An excluded
   object's contents escape with it (opt-exclude.c), so the buffer is
   the one excluded here.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-exclude=opt-caller-frames-exclude.c:20" } */

void *gc_alloc (unsigned long) __attribute__ ((gc_alloc));

struct pt { long x, y; };
struct str { char *buf; long len; };

/* The buffer is excluded, the header is not.  */
__attribute__ ((noinline)) struct str *
str_new (long n)
{
  struct str *s = gc_alloc (sizeof *s); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  s->buf = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: excluded" } */
  s->len = n;
  return s;
}

__attribute__ ((noinline)) struct str *
wrap (long n)
{
  return str_new (n + 1); /* { dg-message "str_new\\(\\) result escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
}

long
use (long n)
{
  struct str *s = wrap (n); /* { dg-message "wrap\\(\\) result does not escape: 16 bytes in this frame" } */
  return s->len + s->buf[0];
}

/* Caller frames and small buffers (SPEC 4 rules 6 and 7), small-size=0
   turns small buffers off: the buffer of non-constant size is not
   returnable (non-constant size), the header alone moves to the caller
   (16 bytes).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-small-size=0" } */

#define NOINLINE __attribute__ ((noinline))
void *gc_alloc (unsigned long) __attribute__ ((gc_alloc));
struct str { char *buf; long len; };

NOINLINE struct str *
str_var (unsigned long n)
{
  struct str *s = gc_alloc (sizeof *s); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  s->buf = gc_alloc (n); /* { dg-message "gc_alloc\\(n\\) escapes to heap: non-constant size" } */
  s->len = n;
  return s;
}

long
use_var (unsigned long n)
{
  struct str *s = str_var (n); /* { dg-message "str_var\\(\\) result does not escape: 16 bytes in this frame" } */
  s->buf[0] = 1;
  return s->len + s->buf[0];
}

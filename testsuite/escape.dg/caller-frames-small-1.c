/* Caller frames and small buffers (SPEC 4 rules 6 and 7), small-size=32:
   a returnable buffer of non-constant size is a 32-byte small buffer in
   the caller's block (16 + 32 bytes; SPEC 4 rule 7).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-small-size=32" } */

#define NOINLINE __attribute__ ((noinline))
void *gc_alloc (unsigned long) __attribute__ ((gc_alloc));
struct str { char *buf; long len; };

NOINLINE struct str *
str_var (unsigned long n)
{
  struct str *s = gc_alloc (sizeof *s); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  s->buf = gc_alloc (n); /* { dg-message "gc_alloc\\(n\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  s->len = n;
  return s;
}

long
use_var (unsigned long n)
{
  struct str *s = str_var (n); /* { dg-message "str_var\\(\\) result does not escape: 48 bytes in this frame" } */
  s->buf[0] = 1;
  return s->len + s->buf[0];
}

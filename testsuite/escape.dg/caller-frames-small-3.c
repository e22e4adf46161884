/* Caller frames and small buffers (SPEC 4 rules 6 and 7), max-frame=70:
   the block of header and small buffer (16 + 64 bytes) counts 80 bytes,
   the small buffer's small-size (SPEC 4 rule 7), and does not fit: the
   call is too large and no call places the sites.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-max-frame=70" } */

#define NOINLINE __attribute__ ((noinline))
void *gc_alloc (unsigned long) __attribute__ ((gc_alloc));
struct str { char *buf; long len; };

NOINLINE struct str *
str_var (unsigned long n)
{
  struct str *s = gc_alloc (sizeof *s); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return$" } */
  s->buf = gc_alloc (n); /* { dg-message "gc_alloc\\(n\\) escapes to heap: return$" } */
  s->len = n;
  return s;
}

long
use_var (unsigned long n)
{
  struct str *s = str_var (n); /* { dg-message "str_var\\(\\) result escapes to heap: too large" } */
  s->buf[0] = 1;
  return s->len + s->buf[0];
}

/* Caller frames for a variadic constructor (SPEC 4 rule 6), and the
   printf family's destination: only the arguments after the format may
   be printed as pointers (%p), so a format the plugin cannot read makes
   those escape (here the `...' of str_printf, and so `word'), not the
   buffer written into (vsnprintf (s->ptr, ...)).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdarg.h>
#include <stdio.h>

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));

struct str { char *ptr; int len; };

NOINLINE struct str *
str_printf (const char *fmt, ...) /* { dg-message "fmt does not escape" } */
{
  va_list ap;
  struct str *s = gc_alloc (sizeof *s); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 2 of 3 calls" } */
  s->ptr = gc_alloc (64); /* { dg-message "gc_alloc\\(64\\) escapes to heap: return; in the caller's frame at 2 of 3 calls" } */
  va_start (ap, fmt);
  s->len = vsnprintf (s->ptr, 64, fmt, ap);
  va_end (ap);
  return s;
}

struct str *kept;

int
user (int a, const char *word) /* { dg-message "leaking param: word" } */
{
  struct str *s = str_printf ("%d %s", a, word); /* { dg-message "str_printf\\(\\) result does not escape: 80 bytes in this frame" } */
  struct str *t = str_printf ("plain"); /* { dg-message "str_printf\\(\\) result does not escape: 80 bytes in this frame" } */
  kept = str_printf ("%d", a); /* { dg-message "str_printf\\(\\) result escapes to heap: assign to global" } */
  return s->len + t->len;
}

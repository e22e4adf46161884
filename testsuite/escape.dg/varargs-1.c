/* A variadic function's `...' is one more parameter (SPEC 4 rule 2,
   call argument): the arguments after the named ones flow into it,
   va_start points a va_list at it, va_arg reads it, va_copy copies the
   va_list, and a va_list handed on is a pointer to it.  So a variadic
   constructor or logger that only reads its arguments (Strnew_m_charp
   (p, q, NULL), a sum) leaves them on the stack, and one that keeps an
   argument makes exactly that argument escape.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdarg.h>

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void append (char *d, const char *s) __attribute__((noescape));
void *keep;
struct str { char *ptr; int len; };

NOINLINE int
sum_lens (int n, ...)
{
  va_list ap;
  int t = 0;
  va_start (ap, n);
  for (int i = 0; i < n; i++)
    t += va_arg (ap, struct str *)->len;
  va_end (ap);
  return t;
}

NOINLINE void
keep_last (int n, ...)
{
  va_list ap;
  va_start (ap, n);
  for (int i = 0; i < n; i++)
    keep = va_arg (ap, void *);
  va_end (ap);
}

NOINLINE char *
join (const char *p, ...) /* { dg-message "p does not escape" } */
{
  va_list ap;
  char *r = gc_alloc (64); /* { dg-message "gc_alloc\\(64\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  va_start (ap, p);
  while (p)
    {
      append (r, p);
      p = va_arg (ap, const char *);
    }
  va_end (ap);
  return r;
}

/* A va_list handed on, and copied first.  */
NOINLINE int
vsum (int n, va_list ap) /* { dg-message "ap does not escape" } */
{
  int t = 0;
  for (int i = 0; i < n; i++)
    t += va_arg (ap, struct str *)->len;
  return t;
}

NOINLINE int
sum_copy (int n, ...)
{
  va_list ap, aq;
  va_start (ap, n);
  va_copy (aq, ap);
  int t = vsum (n, aq);
  va_end (aq);
  va_end (ap);
  return t;
}

NOINLINE void
vkeep (va_list ap) /* { dg-message "leaking param content: ap" } */
{
  keep = va_arg (ap, void *);
}

NOINLINE void
keep_via (int n, ...)
{
  va_list ap;
  va_start (ap, n);
  vkeep (ap);
  va_end (ap);
}

int
user (void)
{
  struct str *a = gc_alloc (sizeof *a); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  struct str *b = gc_alloc (sizeof *b); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  a->len = 1;
  b->len = 2;
  int t = sum_lens (2, a, b) + sum_copy (2, a, b);
  char *s = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  s[0] = 0;
  char *j = join ("x", s, (char *) 0); /* { dg-message "join\\(\\) result does not escape: 64 bytes in this frame" } */
  return t + j[0];
}

void
user_keeps (void)
{
  struct str *c = gc_alloc (sizeof *c); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call argument" } */
  keep_last (1, c);
  struct str *d = gc_alloc (sizeof *d); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call argument" } */
  keep_via (1, d);
}

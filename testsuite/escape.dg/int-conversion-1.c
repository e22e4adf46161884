/* A pointer converted to an integer (uintptr_t, hashing, tagging), passed
   to inline asm or kept in volatile storage escapes ("unmodelled");
   comparing two pointers, comparing with NULL and subtracting two pointers
   are no conversions.
   Go: test/escape_unsafe.go (uintptr arithmetic), escape2.go foo115.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdint.h>
#include <string.h>

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

uintptr_t gu;
int gi;
long gl;

void
ic_cast (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: unmodelled" } */
  gu = (uintptr_t) p;
}

/* Hashing a pointer.  */
void
ic_hash (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: unmodelled" } */
  use (p);
  gi = (int) (((uintptr_t) p >> 4) & 255);
}

/* Tagging a pointer.  */
void
ic_tag (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: unmodelled" } */
  int *t = (int *) ((uintptr_t) p | 1);
  use (t);
}

/* An alignment check is a conversion too.  */
void
ic_align (void)
{
  char *s = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: unmodelled" } */
  use (s);
  if (((uintptr_t) s & 7) == 0)
    gi++;
}

void
ic_compare (void)
{
  int *a = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  int *b = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  use (a);
  use (b);
  gi = a == b;
  gi += a < b;
}

void
ic_null (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  use (p);
  gi = p != 0;
}

void
ic_subtract (void)
{
  char *s = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  use (s);
  char *e = strchr (s, 'x');
  gl = e - s;
}

void
ic_asm (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: unmodelled" } */
  __asm__ volatile ("" : : "r" (p));
}

void
ic_volatile (void)
{
  int *volatile vp;
  vp = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: unmodelled" } */
  use (vp);
}

/* A parameter converted to an integer leaks.  */
NOINLINE void ic_param (int *q) /* { dg-message "leaking param: q" } */
{
  gu = (uintptr_t) q;
}

NOINLINE int ic_param_compare (int *c, int *d) /* { dg-message "c does not escape" } */
{ /* { dg-message "d does not escape" "" { target *-*-* } .-1 } */
  return c < d;
}

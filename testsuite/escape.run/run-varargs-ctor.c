/* Caller frames for variadic constructors (SPEC 4 rule 6): the slot
   version of a variadic function takes the slot as its last named
   parameter, so that the variadic arguments follow it in registers and
   on the stack as before (va_start finds them after it).  A formatting
   constructor called with no variadic argument, with ints, a double and
   a string past the registers; one with seven named int parameters (the
   slot goes on the stack) and an int and a double after them.

   Allocator calls: 0 (3 without the plugin).  */
/* { dg-do run } */

#include <stdarg.h>
#include <stdio.h>
#include "alloc.h"

#define NOINLINE __attribute__ ((noinline))

struct str { char *ptr; int len; };

NOINLINE static struct str *
str_printf (const char *fmt, ...)
{
  va_list ap;
  struct str *s = test_alloc (sizeof *s);
  s->ptr = test_alloc (96);
  va_start (ap, fmt);
  s->len = vsnprintf (s->ptr, 96, fmt, ap);
  va_end (ap);
  return s;
}

NOINLINE static struct str *
many_new (int a, int b, int c, int d, int e, int f, int g, ...)
{
  va_list ap;
  struct str *s = test_alloc (sizeof *s);
  va_start (ap, g);
  int i = va_arg (ap, int);
  double x = va_arg (ap, double);
  va_end (ap);
  s->len = a + b + c + d + e + f + g + i * 100 + (int) (x * 1000);
  return s;
}

NOINLINE static int
user (int a)
{
  struct str *s = str_printf ("%d %d %d %d %d %d %d %.2f %s", a, 2, 3, 4, 5,
			      6, 7, 2.5, "end");
  struct str *t = many_new (1, 2, 3, 4, 5, 6, 7, 9, 1.5);
  struct str *u = str_printf ("plain");
  printf ("[%s] %d %d [%s] %d\n", s->ptr, s->len, t->len, u->ptr, u->len);
  return s->len;
}

int
main (void)
{
  user (1);
  test_clobber_stack (1);
  test_print_calls ();
  return 0;
}

/* { dg-output "\\\[1 2 3 4 5 6 7 2.50 end\\\] 22 2428 \\\[plain\\\] 5\n" } */
/* { dg-output "calls=0\n" } */

/* Caller frames (SPEC 4 rule 6, 6) and calling conventions: the slot
   version of a constructor takes one more argument, and nothing else may
   change.

     use_va      a variadic constructor (whatever the plugin decides, its
                 arguments must arrive: the count is not pinned)
     use_many    eleven parameters, two doubles and a struct by value
                 (arguments on the stack): placed, 0 calls
     use_grow    a constructor passing its site to a callee that either
                 returns it (n = 8: the caller's storage comes back) or
                 reallocates it (n = 100: one test_realloc, the bytes
                 kept); the caller frees the result: a real free only
                 for the grown block; through a wrapper, 0 test_alloc
                 calls

   calls=0 realloc=1 free=1 after use_many and use_grow (2, 1, 2 without
   the plugin).  */
/* { dg-do run } */

#include <stdarg.h>
#include <string.h>
#include "alloc.h"

#define NOINLINE __attribute__ ((noinline))

struct pt { long x, y; };
struct big { long a[6]; };

NOINLINE static struct pt *
pt_va (int n, ...)
{
  va_list ap;
  va_start (ap, n);
  struct pt *p = test_alloc (sizeof *p);
  for (int i = 0; i < n; i++)
    p->x += va_arg (ap, long);
  va_end (ap);
  p->y = n;
  return p;
}

NOINLINE static struct pt *
pt_many (long a, long b, long c, long d, long e, long f, long g, long h,
	 double x1, double x2, struct big bg)
{
  struct pt *p = test_alloc (sizeof *p);
  p->x = a + b + c + d + e + f + g + h + (long) (x1 * x2) + bg.a[5];
  p->y = bg.a[0];
  return p;
}

NOINLINE static struct big
mk_big (long k)
{
  struct big b;
  for (int i = 0; i < 6; i++)
    b.a[i] = k + i;
  return b;
}

NOINLINE static long
use_va (void)
{
  struct pt *p = pt_va (4, 1L, 2L, 3L, 4L);
  test_clobber_stack (1);
  return p->x * 10 + p->y;
}

NOINLINE static long
use_many (void)
{
  struct pt *p = pt_many (1, 2, 3, 4, 5, 6, 7, 8, 1.5, 4.0, mk_big (100));
  test_clobber_stack (2);
  return p->x * 1000 + p->y;
}

NOINLINE static char *
grow (char *b, size_t n)
{
  if (n > 16)
    {
      b = test_realloc (b, n);
      memset (b + 16, 'g', n - 16);
    }
  return b;
}

NOINLINE static char *
mk (size_t n)
{
  char *p = test_alloc (16);
  memset (p, 'm', 16);
  p = grow (p, n);
  return p;
}

NOINLINE static char *
mk2 (size_t n)
{
  char *p = mk (n);
  p[0] = 'X';
  return p;
}

NOINLINE static long
use_grow (size_t n)
{
  char *p = mk2 (n);
  test_clobber_stack ((int) n);
  long r = p[0] + p[15] + p[n - 1];
  test_free (p);
  return r;
}

int
main (void)
{
  printf ("va=%ld\n", use_va ());
  int before = test_alloc_calls;
  long m = use_many ();
  long a = use_grow (8);
  long b = use_grow (100);
  printf ("many=%ld grow=%ld,%ld\n", m, a, b);
  printf ("calls=%d realloc=%d free=%d\n", test_alloc_calls - before,
	  test_realloc_calls, test_free_calls);
  return 0;
}

/* { dg-output "va=104\n" } */
/* { dg-output "many=147100 grow=306,300\n" } */
/* { dg-output "calls=0 realloc=1 free=1\n" } */

/* Variadic functions (SPEC 4 rule 2, call argument): arguments after the
   named ones are one more parameter.  A variadic string builder that
   only reads them (join), a sum through a copied va_list handed on
   (sum_copy), and one that keeps an argument (keep_via, through a
   va_list handed to vkeep): the kept one must be on the heap, and main
   reads it after its function returned.

   Allocator calls per build: join's result 1 (main reads it after
   build returned: it is kept in a global), a and b 0, h 0, the kept k
   1: 2; three builds: 6.  */
/* { dg-do run } */

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "alloc.h"

#define NOINLINE __attribute__ ((noinline))

struct str { char *ptr; int len; };
static void *kept[3];
static char *joined[3];

NOINLINE static char *
join (const char *p, ...)
{
  va_list ap;
  char *r = test_alloc (64);
  va_start (ap, p);
  while (p)
    {
      strcat (r, p);
      p = va_arg (ap, const char *);
    }
  va_end (ap);
  return r;
}

NOINLINE static int
vsum (int n, va_list ap)
{
  int t = 0;
  for (int i = 0; i < n; i++)
    t += va_arg (ap, struct str *)->len;
  return t;
}

NOINLINE static int
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

NOINLINE static void
vkeep (int i, va_list ap)
{
  kept[i] = va_arg (ap, void *);
}

NOINLINE static void
keep_via (int i, ...)
{
  va_list ap;
  va_start (ap, i);
  vkeep (i, ap);
  va_end (ap);
}

NOINLINE static int
build (int i)
{
  char *a = test_alloc (8);
  char *b = test_alloc (8);
  strcpy (a, "ab");
  strcpy (b, i == 1 ? "cd" : "c");
  joined[i] = join (a, b, (char *) 0);
  struct str *h = test_alloc (sizeof *h);
  h->len = i + 10;
  struct str *k = test_alloc (sizeof *k);
  k->len = i + 20;
  keep_via (i, k);
  return sum_copy (2, h, k);
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 3; i++)
    t += build (i);
  test_clobber_stack (1);
  printf ("t=%d joined=%s,%s,%s kept=%d,%d,%d\n", t, joined[0], joined[1],
	  joined[2], ((struct str *) kept[0])->len,
	  ((struct str *) kept[1])->len, ((struct str *) kept[2])->len);
  test_print_calls ();
  return 0;
}

/* { dg-output "t=96 joined=abc,abcd,abc kept=20,21,22\n" } */
/* { dg-output "calls=6\n" } */

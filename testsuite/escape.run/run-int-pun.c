/* A pointer converted to an integer escapes (SPEC section 4, rule 2:
   "converted to an integer ... the collector may not see it, and nor can
   we").  That holds whatever the spelling of the conversion: a cast, a
   union member read as uintptr_t, or memcpy of the pointer's bytes into
   a uintptr_t (at -O0 GCC keeps the union and the uintptr_t in memory).
   Each function here keeps the address as an integer in a global and
   main reads the object through it after the function has returned: had
   the site been converted, AddressSanitizer reports a stack use after
   return.  All three escape, once each: calls=3.  */
/* { dg-do run } */

#include <stdint.h>
#include <string.h>
#include "alloc.h"

struct obj { int v[4]; };

static uintptr_t kept_cast, kept_union, kept_memcpy;

__attribute__ ((noinline)) static int
via_cast (int k)
{
  struct obj *p = test_alloc (sizeof *p);
  p->v[0] = k;
  kept_cast = (uintptr_t) p;
  return p->v[0];
}

__attribute__ ((noinline)) static int
via_union (int k)
{
  struct obj *p = test_alloc (sizeof *p);
  p->v[0] = k;
  union { struct obj *p; uintptr_t u; } x;
  x.p = p;
  kept_union = x.u;
  return p->v[0];
}

__attribute__ ((noinline)) static int
via_memcpy (int k)
{
  struct obj *p = test_alloc (sizeof *p);
  p->v[0] = k;
  uintptr_t u;
  memcpy (&u, &p, sizeof u);
  kept_memcpy = u;
  return p->v[0];
}

int
main (void)
{
  int a = via_cast (11);
  test_clobber_stack (1);
  printf ("cast=%d %d\n", a, ((struct obj *) kept_cast)->v[0]);
  int b = via_union (22);
  test_clobber_stack (2);
  printf ("union=%d %d\n", b, ((struct obj *) kept_union)->v[0]);
  int c = via_memcpy (33);
  test_clobber_stack (3);
  printf ("memcpy=%d %d\n", c, ((struct obj *) kept_memcpy)->v[0]);
  test_print_calls ();
  return 0;
}

/* { dg-output "cast=11 11\n" } */
/* { dg-output "union=22 22\n" } */
/* { dg-output "memcpy=33 33\n" } */
/* { dg-output "calls=3\n" } */

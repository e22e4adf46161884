/* Caller frames (SPEC 4 rule 6, 6) with GNU C constructs around the
   caller: a cleanup attribute freeing the placed point at scope exit
   (through a callee: the run-time test, no real free), a nested function
   that places its point in its own frame and writes the enclosing
   function's variable, a statement expression.  calls=0 free=0 (3 and 1
   without the plugin).  */
/* { dg-do run } */

#include "alloc.h"

#define NOINLINE __attribute__ ((noinline))

struct pt { long x, y; };

NOINLINE static struct pt *
pt_new (long x)
{
  struct pt *p = test_alloc (sizeof *p);
  p->x = x;
  p->y = 2 * x;
  return p;
}

static void
freep (struct pt **pp)
{
  test_free (*pp);
}

NOINLINE static long
cleanup_use (long a)
{
  struct pt *p __attribute__ ((cleanup (freep))) = pt_new (a);
  test_clobber_stack (1);
  return p->x + p->y;
}

NOINLINE static long
nested (long a)
{
  long acc = 0;
  NOINLINE long inner (long k)
  {
    struct pt *p = pt_new (k + a);
    test_clobber_stack ((int) k);
    acc += p->x;
    return p->y;
  }
  long r = inner (1) + inner (2);
  return r + acc;
}

NOINLINE static long
stmt_expr (long a)
{
  long v = ({ struct pt *p = pt_new (a); test_clobber_stack (2); p->x * 10; });
  return v;
}

int
main (void)
{
  long c = cleanup_use (4);
  long n = nested (10);
  long s = stmt_expr (7);
  printf ("cleanup=%ld nested=%ld se=%ld\n", c, n, s);
  printf ("calls=%d free=%d\n", test_alloc_calls, test_free_calls);
  return 0;
}

/* { dg-output "cleanup=12 nested=69 se=70\n" } */
/* { dg-output "calls=0 free=0\n" } */

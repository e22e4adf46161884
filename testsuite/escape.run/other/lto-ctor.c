/* The constructor unit of run-lto-one.c and run-lto-partitions.c: small
   constructors that return what they allocate.  Compiled on its own they
   can only return their sites (`return'); under -flto the IPA inliner
   puts them into callers in the other unit, and each copy is decided
   there.  */

#include <stdlib.h>
#include "lto-ctor.h"

int lto_alloc_calls;

void *
lto_alloc (size_t n)
{
  void *p = calloc (1, n);
  lto_alloc_calls++;
  if (!p)
    abort ();
  return p;
}

struct pt *
pt_new (long x, long y)
{
  struct pt *p = lto_alloc (sizeof *p);
  p->x = x;
  p->y = y;
  return p;
}

struct pair *
pair_new (long x, long y)
{
  struct pair *q = lto_alloc (sizeof *q);
  q->a = pt_new (x, y);
  q->b = pt_new (y, x);
  q->tag = x ^ y;
  return q;
}

long
pt_sum (const struct pt *p)
{
  return p->x + p->y;
}

/* Not inlined: callers see its body only through its summary, which
   exists only when both are in one LTRANS partition.  */
__attribute__ ((noinline)) long
pt_far (const struct pt *p)
{
  return p->x * p->y;
}

/* Returning through a struct (SPEC section 4, rule 2, "return").  A
   small struct returned by value that holds the allocation, a large one
   returned through the hidden result slot (the callee writes the
   caller's memory directly), and a struct written through an out
   parameter all carry the pointer out of the function: it escapes, once
   per call.  A struct returned by value that only holds values computed
   from the allocation carries no pointer: converted.

   The structs returned by value, small or through the hidden result
   slot, carry the allocation to a caller that only reads it: caller
   frames (SPEC 4 rule 6) place it there.  The out parameter is a store
   through a pointer: heap.

   Allocator calls: small 0 + large 0 + out_param 1 + values_only 0 = 1.  */
/* { dg-do run } */

#include "alloc.h"

struct obj { int v[4]; };
struct small { struct obj *p; int n; };
struct large { int pad[32]; struct obj *p; int n; };
struct sums { int a, b; };

__attribute__ ((noinline)) static struct small
small (int k)
{
  struct small s;
  s.p = test_alloc (sizeof *s.p);
  s.p->v[0] = k;
  s.n = 1;
  return s;
}

__attribute__ ((noinline)) static struct large
large (int k)
{
  struct large l = { { 0 }, NULL, 0 };
  l.p = test_alloc (sizeof *l.p);
  l.p->v[1] = k;
  l.n = 2;
  return l;
}

__attribute__ ((noinline)) static void
out_param (struct small *out, int k)
{
  struct small s;
  s.p = test_alloc (sizeof *s.p);
  s.p->v[2] = k;
  s.n = 3;
  *out = s;
}

__attribute__ ((noinline)) static struct sums
values_only (int k)
{
  struct obj *o = test_alloc (sizeof *o);
  o->v[0] = k;
  o->v[3] = k * 2;
  struct sums r = { o->v[0] + o->v[1], o->v[3] };
  return r;
}

int
main (void)
{
  struct small a = small (4), b = small (5);
  struct large c = large (6);
  struct small d;
  out_param (&d, 7);
  struct sums e = values_only (8);
  printf ("small=%d %d %d\n", a.p->v[0], b.p->v[0], a.n);
  printf ("large=%d %d\n", c.p->v[1], c.n);
  printf ("out_param=%d %d\n", d.p->v[2], d.n);
  printf ("values_only=%d %d\n", e.a, e.b);
  test_print_calls ();
  return 0;
}

/* { dg-output "small=4 5 1\n" } */
/* { dg-output "large=6 2\n" } */
/* { dg-output "out_param=7 3\n" } */
/* { dg-output "values_only=8 16\n" } */
/* { dg-output "calls=1\n" } */

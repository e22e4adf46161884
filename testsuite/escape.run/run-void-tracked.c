/* void=tracked (SPEC 2, 4): a Scheme-like interpreter whose value type
   is void *.  Cons cells and the cells they hold, stored only in void *
   fields of cells and of a local environment array, are converted; a
   list published to a global stays on the heap with everything it
   holds, and main reads it after its function returned.

   Allocator calls: local_list 0 (three cells), env 0, publish 3 (three
   cells, all reached from the global) = 3.  Without void=tracked every
   cell stored in a void * field would escape (run-interface.c).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-void=tracked" } */

#include "alloc.h"

typedef void *SCM;
struct pair { SCM car, cdr; long tag; };

static SCM root;

/* Stores into the cells are written in the allocating function: a
   store through a parameter's pointer leaks what is stored, void * or
   not.  */
#define cons_into(c, a, d, t) \
  ((c)->car = (a), (c)->cdr = (d), (c)->tag = (t), (SCM) (c))

__attribute__ ((noinline)) static long
sum (SCM l)
{
  long s = 0;
  for (struct pair *p = l; p; p = p->cdr)
    s += p->tag + (p->car ? ((struct pair *) p->car)->tag : 0);
  return s;
}

__attribute__ ((noinline)) static long
local_list (long k)
{
  struct pair *c = test_alloc (sizeof *c);
  struct pair *b = test_alloc (sizeof *b);
  struct pair *a = test_alloc (sizeof *a);
  cons_into (c, 0, 0, k);
  cons_into (b, c, c, 10);
  cons_into (a, 0, b, 100);
  test_clobber_stack ((int) k);
  return sum (a);
}

__attribute__ ((noinline)) static long
read_env (SCM *env)
{
  return ((struct pair *) env[0])->tag + ((struct pair *) env[1])->tag;
}

__attribute__ ((noinline)) static long
env (long k)
{
  SCM slots[2];
  struct pair *x = test_alloc (sizeof *x);
  struct pair *y = test_alloc (sizeof *y);
  x->tag = k;
  y->tag = 2 * k;
  slots[0] = x;
  slots[1] = y;
  return read_env (slots);
}

__attribute__ ((noinline)) static void
publish (long k)
{
  struct pair *c = test_alloc (sizeof *c);
  struct pair *b = test_alloc (sizeof *b);
  struct pair *a = test_alloc (sizeof *a);
  cons_into (c, 0, 0, k);
  cons_into (b, c, 0, 20);
  cons_into (a, 0, b, 200);
  root = a;
}

int
main (void)
{
  printf ("local_list=%ld\n", local_list (1));
  printf ("env=%ld\n", env (3));
  publish (4);
  test_clobber_stack (5);
  printf ("publish=%ld\n", sum (root));
  test_print_calls ();
  return 0;
}

/* { dg-output "local_list=112\n" } */
/* { dg-output "env=9\n" } */
/* { dg-output "publish=224\n" } */
/* { dg-output "calls=3\n" } */

/* Caller frames (SPEC 4 rule 6) at run time: returned objects whose
   callers keep them only locally live in those callers' frames; every
   caller reads them after the constructor returned, and a test_clobber_stack
   call in between overwrites the dead part of the stack, so storage left
   in the constructor's own frame would read junk and AddressSanitizer
   (detect_stack_use_after_return=1) would report it.

     one level          use_local: 0 calls
     two pieces         use_str: struct and buffer, 0 calls
     two frames up      use_wrap through wrap: 0 calls
     in a loop          loop_dies: 10 iterations, 0 calls
     kept in a global   keep: 1 call
     returned and held  ret_and_hold: 2 calls (held from a global)
     loop-carried       loop_carried: 5 calls
     freed by the caller  use_free: the gc_free is deleted, 0 calls
     recursion          list_sum (3): the outermost node placed, 3 calls

   calls=11 frees=0 (fewer at -O3, where GCC inlines more).  */
/* { dg-do run } */

#include "alloc.h"

#define NOINLINE __attribute__ ((noinline))

struct pt { long x, y; };
struct str { char *buf; long len; };
struct node { struct node *next; long v; };

struct pt *kept;
struct pt **held;

NOINLINE static struct pt *
pt_new (long x)
{
  struct pt *p = test_alloc (sizeof *p);
  p->x = x;
  p->y = x + 1;
  return p;
}

NOINLINE static struct str *
str_new (long n)
{
  struct str *s = test_alloc (sizeof *s);
  s->buf = test_alloc (32);
  s->len = n;
  for (int i = 0; i < 31; i++)
    s->buf[i] = (char) ('a' + i % 26);
  return s;
}

NOINLINE static struct pt *
wrap (long a)
{
  return pt_new (a + 1);
}

NOINLINE static struct node *
list_build (long n)
{
  struct node *l = test_alloc (sizeof *l);
  l->v = n;
  l->next = n > 0 ? list_build (n - 1) : 0;
  return l;
}

/* Returned, and also held by an object stored in a global: not
   returnable, whichever root the solver reached it from first.  */
NOINLINE static struct pt *
ret_and_hold (long a)
{
  struct pt *p = test_alloc (sizeof *p);
  struct pt **h = test_alloc (sizeof *h);
  p->x = a;
  p->y = a + 1;
  *h = p;
  held = h;
  return p;
}

NOINLINE static long
use_held (long a)
{
  struct pt *p = ret_and_hold (a);
  return p->x;
}

NOINLINE static long
use_local (long a)
{
  struct pt *p = pt_new (a);
  test_clobber_stack ((int) a);
  return p->x + p->y;
}

NOINLINE static long
use_str (long n)
{
  struct str *s = str_new (n);
  test_clobber_stack ((int) n);
  return s->len + s->buf[3] + s->buf[30];
}

NOINLINE static long
use_wrap (long a)
{
  struct pt *p = wrap (a);
  test_clobber_stack ((int) a);
  return p->x * p->y;
}

NOINLINE static long
loop_dies (int n)
{
  long s = 0;
  for (int i = 0; i < n; i++)
    {
      struct pt *p = pt_new (i);
      test_clobber_stack (i);
      s += p->y;
    }
  return s;
}

NOINLINE static void
keep (long a)
{
  kept = pt_new (a);
}

NOINLINE static long
loop_carried (int n)
{
  struct pt *last = 0;
  long s = 0;
  for (int i = 0; i < n; i++)
    {
      struct pt *p = pt_new (i);
      if (last)
	s += last->x;
      last = p;
    }
  return s + (last ? last->y : 0);
}

NOINLINE static long
use_free (long a)
{
  struct pt *p = pt_new (a);
  test_clobber_stack ((int) a);
  long r = p->x;
  test_free (p);
  return r;
}

NOINLINE static long
list_sum (long n)
{
  long s = 0;
  struct node *l = list_build (n);
  test_clobber_stack ((int) n);
  for (; l; l = l->next)
    s += l->v;
  return s;
}

int
main (void)
{
  long r = use_local (3) + use_str (4) + use_wrap (5) + loop_dies (10)
	   + loop_carried (5) + use_free (6) + list_sum (3);
  keep (7);
  if (kept->x != 7 || kept->y != 8)
    return 1;
  r += use_held (8);
  test_clobber_stack (8);
  if ((*held)->x != 8 || (*held)->y != 9)
    return 1;
  printf ("r=%ld\n", r);
  test_print_calls ();
  printf ("frees=%d\n", test_free_calls);
  return 0;
}

/* { dg-output "r=340\n" } */
/* At -O3 GCC 12 and later inline list_build's recursion into itself and
   more of the nodes move up with the outermost one; GCC 11 does not.  */
/* { dg-output "calls=11\n" { target level -O0 -O2 } } */
/* { dg-output "calls=(8|11)\n" { target level -O3 } } */
/* { dg-output "frees=0\n" } */

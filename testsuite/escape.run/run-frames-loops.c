/* Caller frames in loops at run time (the program of
   escape.dg/caller-frames-loop-1.c): per-iteration storage must be
   zero-filled again each iteration and must not be shared by two live
   results.  pt_new checks the zero fill; the sums check the values.

     foo80 (6)          0 calls
     after (6)          6 calls (loop-carried)
     nested (4)         0 calls: the outer point stays valid through the
                        inner loop, which reuses its own block
     nested_keep (4)    16 calls (loop-carried)
     with_continue (7)  0 calls

   calls=22.  */
/* { dg-do run } */

#include "alloc.h"

#define NOINLINE __attribute__ ((noinline))

struct pt { long x, y; };

NOINLINE static struct pt *
pt_new (long x)
{
  struct pt *p = test_alloc (sizeof *p);
  if (p->x != 0 || p->y != 0)
    abort ();
  p->x = x;
  p->y = x * 10;
  return p;
}

NOINLINE static long
foo80 (int n)
{
  struct pt *p;
  long s = 0;
  for (int i = 0; i < n; i++)
    {
      p = pt_new (i);
      test_clobber_stack (i);
      s += p->x;
    }
  return s;
}

NOINLINE static long
after (int n)
{
  struct pt *p = 0;
  long s = 0;
  for (int i = 0; i < n; i++)
    {
      p = pt_new (i);
      s += p->x;
    }
  test_clobber_stack (n);
  return s + (p ? p->y : 0);
}

NOINLINE static long
nested (int n)
{
  long s = 0;
  for (int i = 0; i < n; i++)
    {
      struct pt *o = pt_new (i + 100);
      for (int j = 0; j < n; j++)
	{
	  struct pt *q = pt_new (j);
	  test_clobber_stack (j);
	  s += q->x + o->x;
	}
      s += o->y;
    }
  return s;
}

NOINLINE static long
nested_keep (int n)
{
  long s = 0;
  for (int i = 0; i < n; i++)
    {
      struct pt *last = 0;
      for (int j = 0; j < n; j++)
	{
	  struct pt *q = pt_new (j + i);
	  if (last)
	    s += last->x * 10 + q->x;
	  last = q;
	}
    }
  return s;
}

NOINLINE static long
with_continue (int n)
{
  long s = 0;
  int i = 0;
  while (i < n)
    {
      struct pt *q = pt_new (i);
      if (q->x % 2)
	{
	  i++;
	  continue;
	}
      s += q->x + q->y;
      i++;
    }
  return s;
}

int
main (void)
{
  long a = foo80 (6);
  long b = after (6);
  long c = nested (4);
  long d = nested_keep (4);
  long e = with_continue (7);
  printf ("%ld %ld %ld %ld %ld\n", a, b, c, d, e);
  test_print_calls ();
  return 0;
}

/* { dg-output "15 65 5708 342 132\n" } */
/* { dg-output "calls=22\n" } */

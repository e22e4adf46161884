/* Caller frames (SPEC 4 rule 6) with frees and reallocations (SPEC 3 and
   6): a gc_free of converted storage does nothing, a gc_realloc of it
   copies the bytes into a fresh heap block; on a heap block both do
   what they did.

     free_both      frees the placed header and buffer in the caller:
                    both frees deleted (no test_free call)
     grow_here      reallocates the placed buffer in the caller: one
                    test_realloc call, the 8 bytes kept, then frees the
                    grown heap block (one test_free call) and the placed
                    header (none)
     grow_wrapped   the builder comes through a wrapper and is grown by a
                    callee, in a loop whose result dies in the iteration:
                    4 iterations, each one test_realloc and one test_free
                    (the grown buffer)
     reset          frees one placed point and returns another to main
     drop           a callee frees what it is given: on a placed point
                    nothing, on a kept (heap) point a real free

   test_alloc calls: 1 (the kept point).  test_realloc: 1 + 4 = 5.
   test_free: 1 + 4 + 1 = 6.  */
/* { dg-do run } */

#include <string.h>
#include "alloc.h"

#define NOINLINE __attribute__ ((noinline))

struct pt { long x, y; };
struct str { char *buf; long len; long cap; };

struct pt *kept;

NOINLINE static struct pt *
pt_new (long x)
{
  struct pt *p = test_alloc (sizeof *p);
  p->x = x;
  p->y = -x;
  return p;
}

NOINLINE static struct str *
str_new (void)
{
  struct str *s = test_alloc (sizeof *s);
  s->buf = test_alloc (8);
  s->cap = 8;
  memcpy (s->buf, "abcdefg", 8);
  s->len = 7;
  return s;
}

NOINLINE static struct str *
str_wrap (void)
{
  struct str *s = str_new ();
  s->buf[0] = 'W';
  return s;
}

NOINLINE static void
str_grow (struct str *s, long cap)
{
  s->buf = test_realloc (s->buf, cap);
  memset (s->buf + s->cap, 'z', cap - s->cap);
  s->cap = cap;
}

NOINLINE static void
str_free (struct str *s)
{
  test_free (s->buf);
  test_free (s);
}

NOINLINE static long
free_both (void)
{
  struct str *s = str_new ();
  test_clobber_stack (1);
  long r = s->len + s->buf[1];
  test_free (s->buf);
  test_free (s);
  return r;
}

NOINLINE static long
grow_here (void)
{
  struct str *s = str_new ();
  s->buf = test_realloc (s->buf, 100);
  test_clobber_stack (2);
  if (memcmp (s->buf, "abcdefg", 8) != 0)
    return -1;
  s->buf[99] = 'q';
  long r = s->buf[6] + s->buf[99];
  test_free (s->buf);
  test_free (s);
  return r;
}

NOINLINE static long
grow_wrapped (int n)
{
  long r = 0;
  for (int i = 0; i < n; i++)
    {
      struct str *s = str_wrap ();
      str_grow (s, 16 + i);
      test_clobber_stack (i);
      r += s->buf[0] + s->buf[15 + i] + s->buf[3];
      str_free (s);
    }
  return r;
}

NOINLINE static struct pt *
reset (long a)
{
  struct pt *p = pt_new (a);
  long x = p->x;
  test_free (p);
  return pt_new (x + 1);
}

NOINLINE static void
drop (struct pt *p)
{
  test_free (p);
}

NOINLINE static long
drop_placed (long a)
{
  struct pt *p = pt_new (a);
  long r = p->x - p->y;
  drop (p);
  return r;
}

int
main (void)
{
  printf ("free_both=%ld\n", free_both ());
  printf ("grow_here=%ld\n", grow_here ());
  printf ("grow_wrapped=%ld\n", grow_wrapped (4));
  struct pt *p = reset (5);
  test_clobber_stack (5);
  printf ("reset=%ld,%ld\n", p->x, p->y);
  printf ("drop=%ld\n", drop_placed (3));
  kept = pt_new (4);
  drop (kept);
  printf ("calls=%d realloc=%d free=%d\n", test_alloc_calls,
	  test_realloc_calls, test_free_calls);
  return 0;
}

/* { dg-output "free_both=105\n" } */
/* { dg-output "grow_here=216\n" } */
/* { dg-output "grow_wrapped=1236\n" } */
/* { dg-output "reset=6,-6\n" } */
/* { dg-output "drop=6\n" } */
/* { dg-output "calls=1 realloc=5 free=6\n" } */

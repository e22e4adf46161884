/* Caller frames (SPEC 4 rule 6): the ways a constructor's result can
   travel back to its caller, and storage split between frames.  Each
   reader runs after a test_clobber_stack call, under AddressSanitizer
   with detect_stack_use_after_return=1: storage in a frame that is gone
   would be reported.

     one_of_two         two points, one dies in the wrapper (its frame),
                        one is returned (main's frame)
     via_id             returned through an identity function (leaks its
                        parameter to its result)
     via_memcpy         copied into another pointer variable by memcpy
     via_array          picked from a local array of two results (both
                        move up: 32 bytes)
     via_holder         held by the wrapper's own converted object, which
                        dies there, while the held point moves up
     via_local_holder   the same with a local struct
     use_var            a small buffer (SPEC 4 rule 7) in the caller's
                        block, freed by a callee: size 10 fits (no
                        allocation, no free), size 100 does not (one call,
                        one real free)
     lvl3               three levels, each with a temporary of its own
                        that dies in its frame, the result in main's

   calls=1 free=1 (19 and 4 without the plugin).  */
/* { dg-do run } */

#include <string.h>
#include "alloc.h"

#define NOINLINE __attribute__ ((noinline))
struct pt {
  long x, y;
};
struct holder {
  struct pt *first;
  struct pt *last;
};
struct str {
  char *buf;
  long len;
};
NOINLINE static struct pt *
pt_new (long x)
{
  struct pt *p = test_alloc (sizeof *p);
  p->x = x;
  p->y = x + 1;
  return p;
}
NOINLINE static struct pt *
id (struct pt *p)
{
  return p;
}
/* One point dies in the wrapper, the other is returned.  */
NOINLINE static struct pt *
one_of_two (long a)
{
  struct pt *t = pt_new (a);
  struct pt *b = pt_new (a + 1);
  b->x += t->x;
  test_clobber_stack (1);
  return b;
}
/* Returned through an identity function.  */
NOINLINE static struct pt *
via_id (long a)
{
  return id (pt_new (a));
}
/* Copied to another pointer by memcpy.  */
NOINLINE static struct pt *
via_memcpy (long a)
{
  struct pt *p = pt_new (a);
  struct pt *q;
  memcpy (&q, &p, sizeof p);
  return q;
}
/* Picked from a local array.  */
NOINLINE static struct pt *
via_array (long a)
{
  struct pt *arr[2];
  arr[0] = pt_new (a);
  arr[1] = pt_new (a + 1);
  return arr[a & 1];
}
/* Held by the wrapper's own object, or a local struct, that dies there.  */
NOINLINE static struct pt *
via_holder (long a)
{
  struct holder *h = test_alloc (sizeof *h);
  h->first = pt_new (a);
  h->last = pt_new (a + 1);
  return h->last;
}
NOINLINE static struct pt *
via_local_holder (long a)
{
  struct holder h;
  h.first = pt_new (a);
  h.last = pt_new (a + 10);
  struct holder *hp = &h;
  return hp->last;
}
/* A small buffer in the caller's block, freed by a callee.  */
NOINLINE static struct str *
str_var (size_t n)
{
  struct str *s = test_alloc (sizeof *s);
  s->buf = test_alloc (n);
  memset (s->buf, 'v', n);
  s->len = n;
  return s;
}
NOINLINE static void
str_free (struct str *s)
{
  test_free (s->buf);
  test_free (s);
}
NOINLINE static long
use_var (size_t n)
{
  struct str *s = str_var (n);
  long r = s->len + s->buf[n - 1];
  str_free (s);
  return r;
}
/* Three levels, each with a temporary of its own that dies in its frame;
   the result moves up all three.  */
NOINLINE static struct pt *
lvl1 (long a)
{
  struct pt *tmp = pt_new (100);
  struct pt *r = pt_new (a);
  r->y = tmp->x;
  return r;
}
NOINLINE static struct pt *
lvl2 (long a)
{
  struct pt *tmp = lvl1 (200);
  struct pt *r = lvl1 (a);
  r->x += tmp->y;
  test_clobber_stack (2);
  return r;
}
NOINLINE static struct pt *
lvl3 (long a)
{
  struct pt *r = lvl2 (a);
  test_clobber_stack (3);
  return id (r);
}

int
main (void)
{
  struct pt *p;
  p = one_of_two (3);
  test_clobber_stack (4);
  printf ("one_of_two=%ld\n", p->x);
  p = via_id (5);
  test_clobber_stack (5);
  printf ("via_id=%ld\n", p->x);
  p = via_memcpy (6);
  test_clobber_stack (6);
  printf ("via_memcpy=%ld\n", p->x);
  p = via_array (7);
  test_clobber_stack (7);
  printf ("via_array=%ld\n", p->x);
  p = via_holder (8);
  test_clobber_stack (8);
  printf ("via_holder=%ld\n", p->x);
  p = via_local_holder (9);
  test_clobber_stack (9);
  printf ("via_local_holder=%ld\n", p->x);
  printf ("var=%ld %ld\n", use_var (10), use_var (100));
  p = lvl3 (11);
  test_clobber_stack (10);
  printf ("lvl3=%ld,%ld\n", p->x, p->y);
  printf ("calls=%d free=%d\n", test_alloc_calls, test_free_calls);
  return 0;
}

/* { dg-output "one_of_two=7\n" } */
/* { dg-output "via_id=5\n" } */
/* { dg-output "via_memcpy=6\n" } */
/* { dg-output "via_array=8\n" } */
/* { dg-output "via_holder=9\n" } */
/* { dg-output "via_local_holder=19\n" } */
/* { dg-output "var=128 218\n" } */
/* { dg-output "lvl3=111,100\n" } */
/* { dg-output "calls=1 free=1\n" } */

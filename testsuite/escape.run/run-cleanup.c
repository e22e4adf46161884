/* -fexceptions with __attribute__ ((cleanup)) (SPEC sections 4 and 6).
   The cleanup function receives the address of the variable that holds
   the allocation.  report() only reads through it: the site is converted,
   and the cleanup still sees the converted storage on every exit: early
   return, normal return, and the forced unwind of pthread_exit (the
   frame is still there while its cleanups run).  release() passes *pp to
   the gc_free test_free: a gc_free on a parameter's object is tested at
   run time (SPEC 6), so the caller's site is converted too and the call
   does nothing on its stack storage (test_free on it would be an
   AddressSanitizer report).

   The cleanups are noinline: inlined (at -O3), release's test_free would
   be on the caller's own allocation and be deleted, a legitimate change
   of verdict (SPEC section 4, "a function inlined").  A cleanup variable
   in a loop is in run-loop-local-eh.c.

   Allocator calls: with_release 0 + with_report 0 + worker 0 = 0;
   test_free calls 0.  */
/* { dg-do run } */
/* { dg-options "-fexceptions -pthread" } */

#include <pthread.h>
#include "alloc.h"

struct buf { int n; int v[7]; };

static int reported;
static int released_n;

__attribute__ ((noinline)) static void
report (struct buf **pp)
{
  reported += (*pp)->n;
}

__attribute__ ((noinline)) static void
release (struct buf **pp)
{
  released_n += (*pp)->n;
  test_free (*pp);
}

__attribute__ ((noinline)) static int
with_release (int k)
{
  __attribute__ ((cleanup (release))) struct buf *b = test_alloc (sizeof *b);
  b->n = k;
  if (k > 5)
    return -k;
  return k * 2;
}

__attribute__ ((noinline)) static int
with_report (int k)
{
  __attribute__ ((cleanup (report))) struct buf *b = test_alloc (sizeof *b);
  if (b->n != 0)
    return -100;
  b->n = k;
  if (k == 1)
    return 10;
  b->n += 100;
  return 20;
}

__attribute__ ((noinline)) static void
leave_thread (struct buf *b)
{
  b->n += 5;
  pthread_exit (NULL);
}

static void *
worker (void *arg)
{
  (void) arg;
  __attribute__ ((cleanup (report))) struct buf *b = test_alloc (sizeof *b);
  b->n = 70000;
  leave_thread (b);
  return NULL;
}

int
main (void)
{
  printf ("release=%d %d\n", with_release (3), with_release (9));
  printf ("released=%d\n", released_n);
  printf ("report=%d %d\n", with_report (1), with_report (2));
  printf ("reported=%d\n", reported);
  reported = 0;
  pthread_t t;
  if (pthread_create (&t, NULL, worker, NULL) || pthread_join (t, NULL))
    return 1;
  printf ("thread reported=%d\n", reported);
  test_print_calls ();
  printf ("frees=%d\n", test_free_calls);
  return 0;
}

/* { dg-output "release=6 -9\n" } */
/* { dg-output "released=12\n" } */
/* { dg-output "report=10 20\n" } */
/* { dg-output "reported=103\n" } */
/* { dg-output "thread reported=70005\n" } */
/* { dg-output "calls=0\n" } */
/* { dg-output "frees=0\n" } */

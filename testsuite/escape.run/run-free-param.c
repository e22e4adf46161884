/* gc_free (SPEC sections 3 and 6).  A converted site's gc_free call is
   deleted: scratch() frees its buffer with test_free, which never runs
   (test_free on stack storage would be an AddressSanitizer report), also
   when the freed pointer is derived from the site or chosen between two
   converted sites.  A gc_free on a parameter cannot be deleted (the
   callee does not know what its caller passed): release() keeps its call
   behind the run-time test of SPEC 6, which skips it on the caller's
   stack storage and makes it on a heap block.  So the callers' sites are
   converted, and use_release_heap(), whose object also escapes to a
   global, frees a heap block through the same release().
   drop_member() frees what a parameter points to: the member's site is
   converted too.

   Allocator calls: scratch 0 + pick 0 + use_release 0 + use_drop 0
   + use_release_heap 1 = 1; test_free calls: use_release_heap 1.  */
/* { dg-do run } */

#include "alloc.h"

struct rec { int v[4]; };
struct holder { struct rec *member; int tag; };

__attribute__ ((noinline)) static int
scratch (int k)
{
  struct rec *r = test_alloc (sizeof *r);
  r->v[0] = k;
  r->v[3] = k * 2;
  int s = r->v[0] + r->v[3];
  test_free (&r->v[0]);
  return s;
}

__attribute__ ((noinline)) static int
pick (int k)
{
  struct rec *a = test_alloc (sizeof *a);
  struct rec *b = test_alloc (sizeof *b);
  a->v[1] = 10;
  b->v[1] = 20;
  struct rec *c = (k & 1) ? a : b;
  int s = c->v[1] + k;
  test_free (c);
  return s;
}

__attribute__ ((noinline)) static void
release (struct rec *r)
{
  test_free (r);
}

__attribute__ ((noinline)) static int
use_release (int k)
{
  struct rec *r = test_alloc (sizeof *r);
  r->v[2] = k;
  int s = r->v[2] * 5;
  release (r);
  return s;
}

__attribute__ ((noinline)) static void
drop_member (struct holder *h)
{
  test_free (h->member);
  h->member = NULL;
}

__attribute__ ((noinline)) static int
use_drop (int k)
{
  struct holder *h = test_alloc (sizeof *h);
  h->member = test_alloc (sizeof *h->member);
  h->member->v[0] = k;
  h->tag = h->member->v[0] + 1;
  drop_member (h);
  return h->tag + (h->member == NULL);
}

struct rec *keep;

__attribute__ ((noinline)) static int
use_release_heap (int k)
{
  struct rec *r = test_alloc (sizeof *r);
  r->v[1] = k;
  keep = r;
  int s = keep->v[1] + 1;
  release (r);
  return s;
}

int
main (void)
{
  printf ("scratch=%d\n", scratch (4));
  printf ("pick=%d %d\n", pick (1), pick (2));
  printf ("release=%d %d\n", use_release (1), use_release (2));
  printf ("drop=%d\n", use_drop (8));
  printf ("heap=%d\n", use_release_heap (6));
  test_print_calls ();
  printf ("frees=%d\n", test_free_calls);
  return 0;
}

/* { dg-output "scratch=12\n" } */
/* { dg-output "pick=11 22\n" } */
/* { dg-output "release=5 10\n" } */
/* { dg-output "drop=10\n" } */
/* { dg-output "heap=7\n" } */
/* { dg-output "calls=1\n" } */
/* { dg-output "frees=1\n" } */

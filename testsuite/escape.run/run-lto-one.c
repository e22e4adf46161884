/* -flto=auto -flto-partition=one: the whole program is one LTRANS unit.  The
   constructors live in other/lto-ctor.c; here they are called for local
   temporaries, for a value kept in a global, and in a loop.  Past -O0 the
   IPA inliner inlines them across the units and the sites are decided in
   each caller (SPEC 2 and 4 rule 4): the temporaries go on the stack, the
   kept one stays on the heap, and the notes come from the link, at the
   constructor's lines with the "inlined from" context (options.exp checks
   that context).  Past -O0 ipa-sra turns pt_far's pointer into its two fields
   (pt_far.isra gets no parameter note).  */
/* { dg-do run } */
/* { dg-additional-options "-flto=auto -flto-partition=one -fplugin-arg-escape-m" } */
/* { dg-additional-sources "other/lto-ctor.c" } */

#include <stdio.h>
#include "other/lto-ctor.h"

struct pt *kept;

__attribute__ ((noinline)) static long
temp_point (long k)
{
  struct pt *p = pt_new (k, 2 * k);
  return pt_sum (p);
}

__attribute__ ((noinline)) static long
temp_pair (long k)
{
  struct pair *q = pair_new (k, k + 1);
  return pt_sum (q->a) + pt_sum (q->b) + q->tag;
}

/* pt_far is not inlined: its summary (p does not escape) reaches this
   call because both are in the one partition.  */
__attribute__ ((noinline)) static long
far_point (long k)
{
  struct pt *p = pt_new (k, 3);
  return pt_far (p);
}

__attribute__ ((noinline)) static void
keep_point (long k)
{
  kept = pt_new (k, k);
}

int
main (void)
{
  long s = 0;
  for (long i = 0; i < 10; i++)
    s += temp_point (i) + temp_pair (i) + far_point (i);
  keep_point (7);
  if (s != 135 + 200 + 36 + 135 || kept->x != 7 || kept->y != 7)
    {
      printf ("wrong: s=%ld\n", s);
      return 1;
    }
  printf ("calls=%d\n", lto_alloc_calls);
  return 0;
}

/* At -O0 nothing is inlined: each constructor returns its site, and the
   callers, which see every body in the one partition, keep the storage
   in their frames (SPEC 4 rule 6): pair_new's own pt_new calls pass it
   on to pair_new's caller; only keep_point's escapes.  */
/* { dg-message "pt_new\\(\\) result escapes to heap: return; in the caller's frame at 1 of 1 calls" "a" { target level -O0 } lto-ctor.c:35 } */
/* { dg-message "pt_new\\(\\) result escapes to heap: return; in the caller's frame at 1 of 1 calls" "b" { target level -O0 } lto-ctor.c:36 } */
/* { dg-message "pt_new\\(\\) result does not escape: 16 bytes in this frame" "" { target level -O0 } 22 } */
/* { dg-message "pair_new\\(\\) result does not escape: 64 bytes in this frame" "" { target level -O0 } 29 } */
/* { dg-message "pt_new\\(\\) result does not escape: 16 bytes in this frame" "" { target level -O0 } 38 } */
/* { dg-message "pt_new\\(\\) result escapes to heap: assign to global" "" { target level -O0 } 45 } */
/* { dg-message "lto_alloc\\(16\\) escapes to heap: return; in the caller's frame at 4 of 5 calls" "" { target level -O0 } lto-ctor.c:25 } */
/* { dg-message "lto_alloc\\(24\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" "" { target level -O0 } lto-ctor.c:34 } */
/* { dg-message "p does not escape" "" { target level -O0 } lto-ctor.c:42 } */
/* { dg-message "p does not escape" "pt_far" { target level -O0 } lto-ctor.c:50 } */
/* Past -O0 every copy is decided where it was inlined: four temporaries
   of pt_new (temp_point, far_point, two through pair_new), pair_new's own in
   temp_pair, and the kept one.  No offline copy is left.  */
/* { dg-message "lto_alloc\\(16\\) does not escape" "temp_point" { target level -O2 -O3 } lto-ctor.c:25 } */
/* { dg-message "lto_alloc\\(16\\) does not escape" "pair_new a" { target level -O2 -O3 } lto-ctor.c:25 } */
/* { dg-message "lto_alloc\\(16\\) does not escape" "pair_new b" { target level -O2 -O3 } lto-ctor.c:25 } */
/* { dg-message "lto_alloc\\(16\\) does not escape" "far_point" { target level -O2 -O3 } lto-ctor.c:25 } */
/* { dg-message "lto_alloc\\(16\\) escapes to heap: assign to global" "keep_point" { target level -O2 -O3 } lto-ctor.c:25 } */
/* { dg-message "lto_alloc\\(24\\) does not escape" "temp_pair" { target level -O2 -O3 } lto-ctor.c:34 } */
/* { dg-output "calls=1\n" { target level -O0 } } */
/* { dg-output "calls=1\n" { target level -O2 -O3 } } */

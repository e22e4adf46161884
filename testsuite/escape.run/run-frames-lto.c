/* Caller frames across translation units (SPEC 2, 4 rule 6): the
   constructors are in other/frames-ctor.c, noinline, so that GCC's IPA
   inliner does not decide for the rule at any level.  Under -flto=auto
   -flto-partition=one the whole program is one LTRANS unit and the
   callers here get the storage of those other-unit constructors in their
   frames, also through fpt_wrap (a constructor of that unit returning
   another's result); the notes come from the link step.

     temp_pt     a point that dies here: 0 calls
     temp_wrap   through the wrapper: 0 calls
     temp_str    header and buffer: 0 calls
     loop_dies   10 iterations: 0 calls
     keep_pt     kept in a global: 1 call

   calls=1 (without -flto every construction allocates: run-frames-tu.c).  */
/* { dg-do run } */
/* { dg-additional-options "-flto=auto -flto-partition=one -fplugin-arg-escape-m" } */
/* { dg-additional-sources "other/frames-ctor.c" } */

#include <stdio.h>
#include "other/frames-ctor.h"

struct fpt *kept;

__attribute__ ((noinline)) static long
temp_pt (long k)
{
  struct fpt *p = fpt_new (k);
  fr_clobber ((int) k);
  return p->x + p->y;
}

__attribute__ ((noinline)) static long
temp_wrap (long k)
{
  struct fpt *p = fpt_wrap (k);
  fr_clobber ((int) k);
  return p->x * 100 + p->y;
}

__attribute__ ((noinline)) static long
temp_str (long k)
{
  struct fstr *s = fstr_new (k);
  fr_clobber ((int) k);
  return s->len + s->buf[0] + s->buf[30] + s->buf[31];
}

__attribute__ ((noinline)) static long
loop_dies (int n)
{
  long s = 0;
  for (int i = 0; i < n; i++)
    {
      struct fpt *p = fpt_new (i);
      fr_clobber (i);
      s += p->y;
    }
  return s;
}

__attribute__ ((noinline)) static void
keep_pt (long k)
{
  kept = fpt_new (k);
}

int
main (void)
{
  long a = temp_pt (2);
  long b = temp_wrap (3);
  long c = temp_str (4);
  long d = loop_dies (10);
  keep_pt (5);
  fr_clobber (5);
  printf ("pt=%ld wrap=%ld str=%ld loop=%ld kept=%ld,%ld\n", a, b, c, d,
	  kept->x, kept->y);
  printf ("calls=%d\n", fr_alloc_calls);
  return 0;
}

/* { dg-output "pt=8 wrap=413 str=218 loop=135 kept=5,15\n" } */
/* { dg-output "calls=1\n" } */
/* The same notes at every level (the constructors are noinline).  */
/* { dg-message "fr_alloc\\(16\\) escapes to heap: return; in the caller's frame at 3 of 4 calls" "fpt_new" { target *-*-* } frames-ctor.c:24 } */
/* { dg-message "fpt_new\\(\\) result escapes to heap: return; in the caller's frame at 1 of 1 calls" "fpt_wrap" { target *-*-* } frames-ctor.c:33 } */
/* { dg-message "fr_alloc\\(16\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" "fstr_new" { target *-*-* } frames-ctor.c:41 } */
/* { dg-message "fr_alloc\\(32\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" "fstr_new buf" { target *-*-* } frames-ctor.c:42 } */
/* { dg-message "fpt_new\\(\\) result does not escape: 16 bytes in this frame" "" { target *-*-* } 28 } */
/* { dg-message "fpt_wrap\\(\\) result does not escape: 16 bytes in this frame" "" { target *-*-* } 36 } */
/* { dg-message "fstr_new\\(\\) result does not escape: 48 bytes in this frame" "" { target *-*-* } 44 } */
/* { dg-message "fpt_new\\(\\) result does not escape: 16 bytes in this frame" "" { target *-*-* } 55 } */
/* { dg-message "fpt_new\\(\\) result escapes to heap: assign to global" "" { target *-*-* } 65 } */

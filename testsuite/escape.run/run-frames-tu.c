/* Caller frames across translation units without -flto (SPEC 4 rule 6:
   calls from other translation units keep calling F, which still
   allocates): the program of run-frames-lto.c, compiled unit by unit.
   other/frames-ctor.c sees no caller of its constructors but fpt_wrap's
   call of fpt_new, whose result fpt_wrap only returns: nothing is placed
   and every construction allocates.  The same output.

   calls: temp_pt 1 + temp_wrap 1 + temp_str 2 + loop_dies 10 + keep_pt 1
   = 15.  */
/* { dg-do run } */
/* { dg-additional-options "-fplugin-arg-escape-m" } */
/* { dg-additional-sources "other/frames-ctor.c" } */

/* The program of run-frames-lto.c (its directives are not read from here).  */
#include "run-frames-lto.c"

/* { dg-message "fr_alloc\\(16\\) escapes to heap: return$" "fpt_new" { target *-*-* } frames-ctor.c:24 } */
/* { dg-message "fpt_new\\(\\) result escapes to heap: return$" "fpt_wrap" { target *-*-* } frames-ctor.c:33 } */
/* { dg-message "fr_alloc\\(16\\) escapes to heap: return$" "fstr_new" { target *-*-* } frames-ctor.c:41 } */
/* { dg-message "fr_alloc\\(32\\) escapes to heap: return$" "fstr_new buf" { target *-*-* } frames-ctor.c:42 } */
/* { dg-bogus "result" "" { target *-*-* } 0 } */
/* { dg-output "pt=8 wrap=413 str=218 loop=135 kept=5,15\n" } */
/* { dg-output "calls=15\n" } */

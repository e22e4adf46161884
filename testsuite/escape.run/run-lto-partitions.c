/* -flto -flto-partition=max: every function in an LTRANS unit of its
   own, so a call into another partition is a call to a function whose
   body this unit does not have (SPEC 2): it has no summary of ours, only
   what GCC's IPA passes computed at WPA (ipa-modref's flags, which
   know that pt_far keeps nothing).  Inlining is decided at WPA, so every
   inlined copy is in its caller's unit and decided there as with one
   partition; the notes and the counts are those of run-lto-one.c, from
   separate LTRANS units.  Past -O0 ipa-sra turns pt_far's pointer into
   its two fields (pt_far.isra gets no parameter note).  */
/* { dg-do run } */
/* { dg-additional-options "-flto=auto -flto-partition=max -fplugin-arg-escape-m -fplugin-arg-escape-caller-frames=0" } */
/* { dg-additional-sources "other/lto-ctor.c" } */

/* The program of run-lto-one.c (its directives are not read from here).  */
#include "run-lto-one.c"

/* At -O0 each constructor returns its site.  */
/* { dg-message "lto_alloc\\(16\\) escapes to heap: return" "" { target level -O0 } lto-ctor.c:25 } */
/* { dg-message "lto_alloc\\(24\\) escapes to heap: return" "" { target level -O0 } lto-ctor.c:34 } */
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
/* { dg-output "calls=51\n" { target level -O0 } } */
/* { dg-output "calls=1\n" { target level -O2 -O3 } } */

/* caller-frames=0 (SPEC 2, 4 rule 6) on the program of caller-frames-2.c:
   every returnable site is plain "escapes to heap: return" (no "in the
   caller's frame"), and no call gets a note, however many wrappers the
   result goes through.  The other verdicts do not change.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-caller-frames=0" } */

/* The program of caller-frames-2.c (its directives are not read from here).  */
#include "caller-frames-2.c"

/* { dg-message "gc_alloc\\(16\\) escapes to heap: return$" "pt_new" { target *-*-* } caller-frames-2.c:36 } */
/* { dg-message "gc_alloc\\(16\\) escapes to heap: return$" "str_half" { target *-*-* } caller-frames-2.c:114 } */
/* { dg-message "gc_alloc\\(32\\) escapes to heap: assign to global$" "str_half buf" { target *-*-* } caller-frames-2.c:115 } */
/* { dg-message "gc_alloc\\(16\\) escapes to heap: return$" "str_var" { target *-*-* } caller-frames-2.c:132 } */
/* { dg-message "gc_alloc\\(n\\) escapes to heap: return$" "str_var buf" { target *-*-* } caller-frames-2.c:133 } */
/* { dg-message "gc_alloc\\(16\\) escapes to heap: return$" "node_new" { target *-*-* } caller-frames-2.c:150 } */
/* { dg-message "gc_alloc\\(16\\) escapes to heap: return$" "mk_a" { target *-*-* } caller-frames-2.c:177 } */
/* { dg-message "gc_alloc\\(16\\) escapes to heap: return$" "mk_b" { target *-*-* } caller-frames-2.c:186 } */
/* { dg-bogus "result|caller's frame" "" { target *-*-* } 0 } */

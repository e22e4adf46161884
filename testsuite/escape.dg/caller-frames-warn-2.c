/* warn without m (SPEC 2, 5): the program of caller-frames-warn-1.c
   prints the two warnings of its returnable sites and nothing else: the
   call notes need m.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-warn" } */

/* The program of caller-frames-warn-1.c (its directives are not read from here).  */
#include "caller-frames-warn-1.c"

/* { dg-warning "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 2 of 3 calls" "" { target *-*-* } caller-frames-warn-1.c:18 } */
/* { dg-warning "gc_alloc\\(64\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" "" { target *-*-* } caller-frames-warn-1.c:26 } */

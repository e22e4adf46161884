/* rules=go (SPEC section 2): Go's rules to the letter, every store
   through a pointer sends the stored value to the heap, even into an
   allocation that does not escape (Go's foo62).  Stores into a local
   array or struct variable are not through a pointer and stay tracked.
   The code is run-store-local.c's.

   Allocator calls: tree 2 (the children) + in_array 0 + in_struct 0 +
   via_local_ptr 1 (p->a) + via_maybe_param 2 (run twice) +
   container_escapes 2 = 7.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-rules=go" } */

#include "alloc.h"
#include "run-store-local.h"

/* { dg-output "tree=121\n" } */
/* { dg-output "in_array=10\n" } */
/* { dg-output "in_struct=30\n" } */
/* { dg-output "via_local_ptr=7 8\n" } */
/* { dg-output "via_maybe_param=5 50\n" } */
/* { dg-output "container=4\n" } */
/* { dg-output "calls=7\n" } */

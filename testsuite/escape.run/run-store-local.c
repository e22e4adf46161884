/* Stores into local storage are tracked (SPEC section 4, rule 2, "store
   through pointer", default rules=c): a small tree whose nodes are all
   allocated here, allocations held in a local array or a local struct,
   and a store through a pointer that can only point to local variables
   are all converted: the stored value escapes only if the storage does.
   A store through a pointer that may point to a parameter's object goes
   to the heap (Go's conservative rule); so does everything stored into
   an allocation that itself escapes.  run-rules-go.c runs the same code
   under rules=go.

   Allocator calls: tree 0 + in_array 0 + in_struct 0 + via_local_ptr 0
   + via_maybe_param 2 (run twice) + container_escapes 2 = 4.  */
/* { dg-do run } */

#include "alloc.h"
#include "run-store-local.h"

/* { dg-output "tree=121\n" } */
/* { dg-output "in_array=10\n" } */
/* { dg-output "in_struct=30\n" } */
/* { dg-output "via_local_ptr=7 8\n" } */
/* { dg-output "via_maybe_param=5 50\n" } */
/* { dg-output "container=4\n" } */
/* { dg-output "calls=4\n" } */

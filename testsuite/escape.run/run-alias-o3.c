/* run-alias.c at -O3 (the level that adds the most aggressive
   optimizations after the rewrite: vectorization, more inlining, loop
   distribution): the converted program still behaves as the original.

   No site escapes: calls=0.  */
/* { dg-do run } */
/* { dg-options "-O3" } */

#include "run-alias.c"

/* { dg-output "zero_each_time=400\n" } */
/* { dg-output "derived=87 87\n" } */
/* { dg-output "store_call_store=403503\n" } */
/* { dg-output "through_link=677\n" } */
/* { dg-output "chosen=10012 212\n" } */
/* { dg-output "running=5642\n" } */
/* { dg-output "calls=0\n" } */

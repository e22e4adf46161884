/* caller-frames=0 (SPEC 2, 4 rule 6): the program of run-frames-levels.c,
   every returned object on the heap again: one allocator call per
   construction, the same output.  With the rule on it makes 13 calls.

   calls: use_w3 1 + use_look 1 + ret_up 1 + keep_w3 1 + use_unknown 1
   + use_half 2 + use_var (10) 2 + use_var (100) 2 + use_fp 3
   + loop_sum 20 + loop_list 6 = 40.  */
/* { dg-do run } */
/* { dg-additional-options "-fplugin-arg-escape-caller-frames=0" } */

/* The program of run-frames-levels.c (its directives are not read from here).  */
#include "run-frames-levels.c"

/* { dg-output "w3=102030\n" } */
/* { dg-output "look=-1\n" } */
/* { dg-output "up=7,8\n" } */
/* { dg-output "kept=103,40\n" } */
/* { dg-output "unknown=10,9\n" } */
/* { dg-output "half=107 h\n" } */
/* { dg-output "var=246,336\n" } */
/* { dg-output "fp=15\n" } */
/* { dg-output "loop=210\n" } */
/* { dg-output "list=6\n" } */
/* { dg-output "calls=40\n" } */

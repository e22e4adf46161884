/* no-transform (SPEC 2) and caller frames: the program of
   run-frames-levels.c analysed with the rule on but changed in nothing,
   so every construction still allocates: calls=40, as with
   caller-frames=0 (run-frames-off.c; 13 with the rewrite).  */
/* { dg-do run } */
/* { dg-additional-options "-fplugin-arg-escape-no-transform" } */

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

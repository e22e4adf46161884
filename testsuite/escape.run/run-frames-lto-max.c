/* Caller frames under -flto=auto -flto-partition=max (SPEC 2: with other
   partitionings a call into another partition is a call to an unknown
   function; SPEC 4 rule 6): the program of run-frames-lto.c with every
   function in an LTRANS unit of its own.  No caller sees a constructor's
   body, so nothing is placed and every construction allocates, as
   without -flto; the program links and behaves the same.

   calls=15 (run-frames-tu.c).  */
/* { dg-do run } */
/* { dg-additional-options "-flto=auto -flto-partition=max" } */
/* { dg-additional-sources "other/frames-ctor.c" } */

/* The program of run-frames-lto.c (its directives are not read from here).  */
#include "run-frames-lto.c"

/* { dg-output "pt=8 wrap=413 str=218 loop=135 kept=5,15\n" } */
/* { dg-output "calls=15\n" } */

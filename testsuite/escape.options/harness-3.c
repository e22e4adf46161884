/* Self-test of lib/escape-dg.exp: line 0 matches diagnostics without a
   line (the driver's "cc1: error:"), dg-final compiler-exit-status, and
   the plugin's option error.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-no-such-option" } */
/* { dg-error "unknown option '-fplugin-arg-escape-no-such-option'" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin" "" { target *-*-* } 0 } */
/* { dg-final { compiler-exit-status nonzero } } */

int harness_3;

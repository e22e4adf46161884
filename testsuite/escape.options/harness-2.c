/* Self-test of lib/escape-dg.exp: directives on other lines than their
   diagnostics, with overlapping patterns, and dg-additional-options.
   GCC reports 'y' before 'x': a first-come matching would give the
   general pattern the 'y' line and leave the specific one nothing; the
   maximal matching gives each directive a line.  */
/* { dg-do compile } */
/* { dg-options "-Wall" } */
/* { dg-additional-options "-Wshift-count-overflow" } */

int
f (void)
{
  /* { dg-warning "unused variable" "general first" { target *-*-* } .+2 } */
  /* { dg-warning "unused variable 'y'" "specific second" { target *-*-* } .+1 } */
  int x, y;
  return 1 << 40;  /* { dg-warning "shift count" } */
}

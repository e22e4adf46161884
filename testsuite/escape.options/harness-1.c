/* Self-test of the directives of lib/escape-dg.exp on GCC's own
   diagnostics: the kind is checked, relative lines, dg-line (before and
   after its use), one directive per line of output, dg-bogus.  */
/* { dg-do compile } */
/* { dg-options "-Wall -Wshift-count-overflow" } */

int conflict (int);  /* { dg-line prev } */
long conflict (int);  /* { dg-error "conflicting types for 'conflict'" } */
/* { dg-message "previous declaration of 'conflict'" "" { target *-*-* } prev } */

int
two_on_one_line (void)
{
  int a = 1 << 40, b = 1 << 40;  /* { dg-warning "left shift count >= width of type" } */
  /* { dg-warning "left shift count >= width of type" "second" { target *-*-* } .-1 } */
  int unused_one;  /* { dg-warning "unused variable 'unused_one'" } */
  /* { dg-warning "unused variable 'unused_two'" "named line" { target *-*-* } later } */
  int unused_two;  /* { dg-line later } */
  return a + b;  /* { dg-bogus "unused" } */
}

void
notes_need_note (void)
{
  /* { dg-warning "warning: unused variable 'c'" "explicit kind" { target *-*-* } .+1 } */
  int c;
}

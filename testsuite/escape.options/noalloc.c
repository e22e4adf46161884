/* No allocation site and no pointer parameter: every good option compiles
   this silently (SPEC section 7: no note about such code), every bad one
   fails on it.  Driven by options.exp.  */

static int counter;

int
bump (int by)
{
  counter += by;
  return counter;
}

int
main (void)
{
  return bump (1) == 1 ? 0 : 1;
}

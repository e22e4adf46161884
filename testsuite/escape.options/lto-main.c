/* -flto with the plugin: the main unit; see lto-lib.c.  It prints the sum
   and how many calls reached the allocator: the one site in lto-lib.c
   does not escape, so with the plugin none does (calls=0), converted
   when lto-lib.c was compiled, before the LTO link.  */

#include <stdio.h>

extern int lto_calls;
int lto_sum (int n);

int
main (void)
{
  int s = lto_sum (3);
  printf ("sum=%d calls=%d\n", s, lto_calls);
  return s == 6 ? 0 : 1;
}

/* escape-bisect's culprit: one site of many is handed to stash(), whose
   declaration says noescape although its body (bisect-stash.c, another
   unit) keeps the pointer in a global.  The plugin trusts the
   declaration and converts the site; reading the object through the
   global after its frame is gone is a stack use after return, which
   AddressSanitizer reports (detect_stack_use_after_return=1).  Every
   other site converts correctly.  Built with -DNOTHING_WRONG the call is
   to an honest declaration and the program is clean.  */

#include "../escape.run/alloc.h"

#ifdef NOTHING_WRONG
void stash (int *p);
#else
void stash (int *p NOESCAPE);		/* wrong: stash keeps p */
#endif
int stashed_value (void);

__attribute__ ((noinline)) static int
sum_squares (int n)
{
  int *v = test_alloc (8 * sizeof *v);
  for (int i = 0; i < 8; i++)
    v[i] = i * n;
  int s = 0;
  for (int i = 0; i < 8; i++)
    s += v[i] * v[i];
  return s;
}

__attribute__ ((noinline)) static int
pair (int a, int b)
{
  int *p = test_alloc (2 * sizeof *p);
  int *q = test_alloc (2 * sizeof *q);
  p[0] = a, p[1] = b;
  q[0] = p[1], q[1] = p[0];
  return q[0] - q[1];
}

__attribute__ ((noinline)) static int
remember (int x)
{
  int *cell = test_alloc (4 * sizeof *cell);
  cell[0] = x;
  stash (cell);
  return cell[0];
}

__attribute__ ((noinline)) static long
fill (long k)
{
  long *a = test_alloc (16 * sizeof *a);
  long *b = test_alloc (16 * sizeof *b);
  for (int i = 0; i < 16; i++)
    a[i] = k + i, b[i] = a[i] * 2;
  return a[15] + b[15];
}

__attribute__ ((noinline)) static int
text (void)
{
  char *s = test_alloc (32);
  snprintf (s, 32, "%d", 12345);
  return s[0] + s[4];
}

int
main (void)
{
  long t = sum_squares (3) + pair (7, 2) + remember (41) + fill (5) + text ();
  test_clobber_stack (1);
  printf ("t=%ld stashed=%d\n", t, stashed_value ());
  return 0;
}

/* Caller frames and small buffers at run time (SPEC 4 rules 6 and 7, 6):
   a constructor's buffer of non-constant size is a 64-byte small buffer
   in its caller's block; a size that fits uses it (zero-filled each
   time), a larger one calls the allocator.  In a loop whose result dies
   in the iteration the sizes 1..80 alternate between the two, each
   buffer checked for zeros and filled to its end.

     sizes 1, 63, 64   0 calls
     size 65           1 call
     loop 1..80        16 calls (65..80)

   calls=17.  */
/* { dg-do run } */

#include <string.h>
#include "alloc.h"

#define NOINLINE __attribute__ ((noinline))

struct str { char *buf; size_t len; };

NOINLINE static struct str *
str_var (size_t n)
{
  struct str *s = test_alloc (sizeof *s);
  s->buf = test_alloc (n);
  for (size_t i = 0; i < n; i++)
    if (s->buf[i] != 0)
      abort ();
  memset (s->buf, 'a' + (int) (n % 26), n);
  s->len = n;
  return s;
}

NOINLINE static long
use_var (size_t n)
{
  struct str *s = str_var (n);
  test_clobber_stack ((int) n);
  return (long) s->len * 1000 + s->buf[0] + s->buf[n - 1];
}

NOINLINE static long
loop_var (int n)
{
  long r = 0;
  for (int i = 1; i <= n; i++)
    {
      struct str *s = str_var ((size_t) i);
      test_clobber_stack (i);
      r += s->buf[i - 1] + (long) s->len;
    }
  return r;
}

int
main (void)
{
  long a = use_var (1);
  long b = use_var (63);
  long c = use_var (64);
  long d = use_var (65);
  printf ("%ld %ld %ld %ld\n", a, b, c, d);
  printf ("loop=%ld\n", loop_var (80));
  test_print_calls ();
  return 0;
}

/* { dg-output "1196 63216 64218 65220\n" } */
/* { dg-output "loop=11978\n" } */
/* GCC 16 at -O3 clones str_var for each constant size (ipa-cp), and a
   clone's constant size 65 fits its caller's frame where the small
   buffer (64) did not: one allocation fewer.  */
/* { dg-output "calls=1\[67\]\n" } */

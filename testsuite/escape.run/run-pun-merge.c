/* Pointer bits read from a union, merged many times, then converted back
   into a pointer kept in a global (issue 11): the site escapes however
   many PHIs the bits go through.  main reads each object through the
   global after its function has returned: had a site been converted,
   AddressSanitizer reports a stack use after return.  Four functions,
   each allocating once and called once: calls=4.  */
/* { dg-do run } */

#include <string.h>
#include "alloc.h"

typedef union { int *p; unsigned long u; } pun;
static void *kept_nine, *kept_forty, *kept_loop, *kept_switch;

__attribute__ ((noinline)) static unsigned long
h (int i)
{
  return (unsigned long) i * 8 + 8;
}

__attribute__ ((noinline)) static void
touch (void *p)
{
  *(volatile char *) p;
}

#define M(i) if (c & (1ul << (i))) u = h (i);

__attribute__ ((noinline)) static void
nine (int c)
{
  pun x;
  x.p = test_alloc (16);
  x.p[0] = 9;
  touch (&x);
  unsigned long u = x.u;
  M (0) M (1) M (2) M (3) M (4) M (5) M (6) M (7) M (8)
  kept_nine = (void *) u;
}

__attribute__ ((noinline)) static void
forty (unsigned long c)
{
  pun x;
  x.p = test_alloc (24);
  x.p[0] = 40;
  touch (&x);
  unsigned long u = x.u;
  M (0) M (1) M (2) M (3) M (4) M (5) M (6) M (7) M (8) M (9)
  M (10) M (11) M (12) M (13) M (14) M (15) M (16) M (17) M (18) M (19)
  M (20) M (21) M (22) M (23) M (24) M (25) M (26) M (27) M (28) M (29)
  M (30) M (31) M (32) M (33) M (34) M (35) M (36) M (37) M (38) M (39)
  kept_forty = (void *) u;
}

__attribute__ ((noinline)) static void
looped (int n, int c)
{
  pun x;
  x.p = test_alloc (32);
  x.p[0] = 32;
  touch (&x);
  unsigned long u = x.u, v = 0;
  for (int i = 0; i < n; i++)
    {
      unsigned long t = u;
      u = v;
      v = t;
      M (1) M (2) M (3) M (4) M (5) M (6) M (7) M (8) M (9) M (10)
    }
  kept_loop = (void *) (n & 1 ? v : u);
}

__attribute__ ((noinline)) static void
switched (int n, int c)
{
  pun x;
  x.p = test_alloc (40);
  x.p[0] = 41;
  touch (&x);
  unsigned long u = x.u;
  for (int i = 0; i < n; i++)
    switch ((c >> i) & 15)
      {
      case 0: break;
      case 1: u = h (1); break;
      case 2: if (c & 64) u = h (2); break;
      case 3: u = h (3); break;
      case 4: if (c & 128) u = h (4); break;
      case 5: u = h (5); break;
      case 6: u = h (6); break;
      case 7: if (c & 256) u = h (7); break;
      case 8: u = h (8); break;
      case 9: u = h (9); break;
      default: u += 0; break;
      }
  kept_switch = (void *) u;
}

int
main (void)
{
  nine (0);
  test_clobber_stack (1);
  forty (0);
  test_clobber_stack (2);
  looped (4, 0);
  test_clobber_stack (3);
  switched (3, 0);
  test_clobber_stack (4);
  printf ("%d %d %d %d\n", ((int *) kept_nine)[0], ((int *) kept_forty)[0],
	  ((int *) kept_loop)[0], ((int *) kept_switch)[0]);
  test_print_calls ();
  return 0;
}

/* { dg-output "9 40 32 41\n" } */
/* { dg-output "calls=4\n" } */

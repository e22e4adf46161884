/* VLAs and alloca next to converted sites (SPEC section 6: a converted
   site is a fixed-size local array; the frame grows by its size only).
   A VLA whose scope is the loop body is saved and restored around every
   iteration, alloca grows the frame each iteration, and converted
   per-iteration buffers sit between them: each keeps its contents and
   reads zeros when it is allocated.  A site whose size is a VLA's size
   is not constant: it gets a small-size buffer (rule 7), used for 3, 10
   and 1 ints (at most 64 bytes), not for 20 (80 bytes).

   Allocator calls: mixed 0 + grow 0 + vla_sized 1 = 1.  */
/* { dg-do run } */

#include <alloca.h>
#include <string.h>
#include "alloc.h"

struct rec { int a[6]; };

__attribute__ ((noinline)) static int
fill (int *v, int n, int k)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      v[i] = k + i;
      s += v[i];
    }
  return s;
}

__attribute__ ((noinline)) static int
mixed (int n)
{
  int total = 0;
  struct rec *before = test_alloc (sizeof *before);
  before->a[0] = 1000;
  for (int i = 1; i <= n; i++)
    {
      int vla[i * 3];
      struct rec *r = test_alloc (sizeof *r);
      for (int j = 0; j < 6; j++)
	if (r->a[j])
	  return -1;
      total += fill (vla, i * 3, i);
      total += fill (r->a, 6, vla[i * 3 - 1]);
      int vla2[i];
      memset (vla2, 0x7f, sizeof vla2);
      total += r->a[5] - vla[0];
    }
  return total + before->a[0];
}

__attribute__ ((noinline)) static int
grow (int n)
{
  int total = 0;
  int *keep[8];
  for (int i = 0; i < n && i < 8; i++)
    {
      int *a = alloca ((i + 1) * sizeof *a);
      int *b = test_alloc (4 * sizeof *b);
      keep[i] = a;
      a[i] = i + 1;
      b[i % 4] += a[i];
      total += b[0] + b[1] + b[2] + b[3];
    }
  for (int i = 0; i < n && i < 8; i++)
    total += keep[i][i];
  return total;
}

__attribute__ ((noinline)) static int
vla_sized (int n)
{
  int (*m)[n] = test_alloc (sizeof (int[n]));
  for (int i = 0; i < n; i++)
    (*m)[i] = i;
  return (*m)[n - 1];
}

int
main (void)
{
  printf ("mixed=%d\n", mixed (5));
  printf ("grow=%d\n", grow (6));
  printf ("vla_sized=%d %d %d %d\n", vla_sized (3), vla_sized (10), vla_sized (1),
	  vla_sized (20));
  test_print_calls ();
  return 0;
}

/* { dg-output "mixed=1860\n" } */
/* { dg-output "grow=42\n" } */
/* { dg-output "vla_sized=2 9 0 19\n" } */
/* { dg-output "calls=1\n" } */

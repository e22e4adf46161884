/* Tail calls (SPEC section 6: nothing else changes).  produce() ends
   with a call that receives the address of its converted buffer: that
   call must not become a tail call (a sibling call reuses the frame, and
   the callee reads the buffer after the jump).  Without the plugin GCC
   makes it a tail call at -O2, the buffer being on the heap.  The same
   through a struct holding the pointer, and through mutual recursion
   that passes each buffer down (not self-recursion: GCC's early tail
   recursion pass would turn that into a loop before the escape pass,
   where the buffer is loop-carried, a legitimate change of verdict at
   -O2).  A tail call that does not receive the buffer may stay one.
   The callees are noinline so the calls stay calls.

   No site escapes: calls=0.  */
/* { dg-do run } */

#include <string.h>
#include "alloc.h"

struct rec { int a; int b; int v[8]; };
struct ref { struct rec *r; int k; };

__attribute__ ((noinline)) static int
consume (const struct rec *r)
{
  int s = r->a * 100 + r->b;
  for (int i = 0; i < 8; i++)
    s += r->v[i];
  return s;
}

__attribute__ ((noinline)) static int
produce (int x)
{
  struct rec *r = test_alloc (sizeof *r);
  r->a = x;
  r->b = x * 2;
  r->v[7] = 1;
  return consume (r);
}

__attribute__ ((noinline)) static int
consume_ref (const struct ref *f)
{
  return f->r->a * 10 + f->k;
}

__attribute__ ((noinline)) static int
produce_ref (int x)
{
  struct rec *r = test_alloc (sizeof *r);
  struct ref *f = test_alloc (sizeof *f);
  r->a = x;
  f->r = r;
  f->k = 3;
  return consume_ref (f);
}

static int down_b (int n, struct rec *acc);

__attribute__ ((noinline)) static int
down_a (int n, struct rec *acc)
{
  acc->a += n;
  if (n == 0)
    return consume (acc);
  struct rec *r = test_alloc (sizeof *r);
  memcpy (r, acc, sizeof *r);
  r->v[n % 8] += n;
  return down_b (n - 1, r);
}

__attribute__ ((noinline)) static int
down_b (int n, struct rec *acc)
{
  acc->b += n;
  struct rec *r = test_alloc (sizeof *r);
  memcpy (r, acc, sizeof *r);
  r->v[(n + 1) % 8] += 1;
  return down_a (n, r);
}

__attribute__ ((noinline)) static int
plain_tail (int x)
{
  return x * 3 + 1;
}

__attribute__ ((noinline)) static int
unrelated_tail (int x)
{
  int *p = test_alloc (4 * sizeof *p);
  p[2] = x;
  int y = p[2] + p[3];
  return plain_tail (y);
}

int
main (void)
{
  printf ("produce=%d\n", produce (4));
  printf ("produce_ref=%d\n", produce_ref (5));
  struct rec top;
  memset (&top, 0, sizeof top);
  printf ("down=%d\n", down_a (6, &top));
  printf ("unrelated=%d\n", unrelated_tail (7));
  test_print_calls ();
  return 0;
}

/* { dg-output "produce=409\n" } */
/* { dg-output "produce_ref=53\n" } */
/* { dg-output "down=2142\n" } */
/* { dg-output "unrelated=22\n" } */
/* { dg-output "calls=0\n" } */

/* Inlining and converted storage (SPEC sections 4 rule 4, and 6).
   scratch_sum() converts its buffer; whether GCC inlines it into the
   loop of its caller before the pass (early inliner) or after it (IPA
   inliner), every call must still see a zero-filled buffer.  cons() is
   always_inline, inlined before the pass at -O0 too: its node is decided
   in the caller's loop, where it is carried to the next iteration, so it
   escapes once per iteration.  cons_ni() is noinline and returns its
   node: it escapes, once per call.  A static helper called once, that
   GCC may inline at -O2, keeps a buffer local either way.

   Allocator calls: scratch_sum 0 + cons 4 + cons_ni 3 + once 0 = 7.  */
/* { dg-do run } */

#include "alloc.h"

struct node { struct node *next; int v; };

static int
scratch_sum (int k)
{
  int *p = test_alloc (4 * sizeof *p);
  p[k % 4] += k + 1;
  p[(k + 1) % 4] += 1;
  return p[0] + p[1] + p[2] + p[3];
}

__attribute__ ((noinline)) static int
loop_scratch (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += scratch_sum (i);
  return s;
}

static inline __attribute__ ((always_inline)) struct node *
cons (int v, struct node *next)
{
  struct node *n = test_alloc (sizeof *n);
  n->v = v;
  n->next = next;
  return n;
}

__attribute__ ((noinline)) static struct node *
cons_ni (int v, struct node *next)
{
  struct node *n = test_alloc (sizeof *n);
  n->v = v;
  n->next = next;
  return n;
}

static int
walk (const struct node *l)
{
  int s = 0;
  for (; l; l = l->next)
    s = s * 10 + l->v;
  return s;
}

__attribute__ ((noinline)) static int
build_inline (int n)
{
  struct node *head = NULL;
  for (int i = 0; i < n; i++)
    head = cons (i + 1, head);
  return walk (head);
}

__attribute__ ((noinline)) static int
build_call (int n)
{
  struct node *head = NULL;
  for (int i = 0; i < n; i++)
    head = cons_ni (i + 5, head);
  return walk (head);
}

static int
once (int k)
{
  struct node *a = test_alloc (sizeof *a);
  struct node *b = test_alloc (sizeof *b);
  a->v = k;
  a->next = b;
  b->v = k + 1;
  return walk (a);
}

int
main (void)
{
  printf ("loop_scratch=%d\n", loop_scratch (9));
  printf ("build_inline=%d\n", build_inline (4));
  printf ("build_call=%d\n", build_call (3));
  printf ("once=%d\n", once (3));
  test_print_calls ();
  return 0;
}

/* { dg-output "loop_scratch=54\n" } */
/* { dg-output "build_inline=4321\n" } */
/* { dg-output "build_call=765\n" } */
/* { dg-output "once=34\n" } */
/* { dg-output "calls=7\n" } */

/* setjmp (SPEC section 4, rule 2: setjmp-family calls are unmodelled;
   and the loop rule).  In collect(), a node allocated after setjmp runs
   again each time longjmp returns there: the abnormal edges make a loop,
   and the node is linked into a context that lives across it, so it is
   loop-carried and stays on the heap, once per execution (3).  The
   context itself is allocated before setjmp, once: converted, and its
   contents survive the longjmps.  A jmp_buf inside an allocation is
   passed to setjmp and to longjmp: it escapes, once.  A converted scratch
   buffer in a function that longjmps out of a callee is fine.

   Allocator calls: collect 3 + in_site 1 + scratch 0 = 4.  */
/* { dg-do run } */

#include <setjmp.h>
#include "alloc.h"

struct node { struct node *next; int v; };
struct ctx { struct node *head; int n; };
struct jctx { jmp_buf jb; int v; };

static jmp_buf jb;

__attribute__ ((noinline)) static void
bounce (int n)
{
  if (n < 3)
    longjmp (jb, n + 1);
}

__attribute__ ((noinline)) static int
collect (void)
{
  struct ctx *c = test_alloc (sizeof *c);
  setjmp (jb);
  struct node *p = test_alloc (sizeof *p);
  p->v = c->n;
  p->next = c->head;
  c->head = p;
  c->n++;
  bounce (c->n);
  int s = 0, k = 0;
  for (struct node *q = c->head; q; q = q->next)
    {
      s = s * 10 + q->v;
      k++;
    }
  return s * 100 + k;
}

__attribute__ ((noinline)) static void
jump_back (struct jctx *j)
{
  j->v += 10;
  longjmp (j->jb, 1);
}

__attribute__ ((noinline)) static int
in_site (void)
{
  struct jctx *j = test_alloc (sizeof *j);
  j->v = 1;
  if (setjmp (j->jb) == 0)
    jump_back (j);
  return j->v;
}

static jmp_buf jb2;

__attribute__ ((noinline)) static void
fail_deep (int *buf, int n)
{
  buf[n] = n;
  if (n == 3)
    longjmp (jb2, 1);
}

__attribute__ ((noinline)) static int
scratch (void)
{
  int *buf = test_alloc (8 * sizeof *buf);
  if (setjmp (jb2))
    return -1;
  for (int i = 0; i < 8; i++)
    fail_deep (buf, i);
  return buf[7];
}

int
main (void)
{
  printf ("collect=%d\n", collect ());
  printf ("in_site=%d\n", in_site ());
  printf ("scratch=%d\n", scratch ());
  test_print_calls ();
  return 0;
}

/* { dg-output "collect=21003\n" } */
/* { dg-output "in_site=11\n" } */
/* { dg-output "scratch=-1\n" } */
/* { dg-output "calls=4\n" } */

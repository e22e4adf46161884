/* Loops written with goto (SPEC section 4, rule 2, loop-carried).  A
   backward goto makes a loop like any other: a node carried to the next
   round escapes once per round, a scratch buffer that lives one round is
   converted.  A loop with two entries (irreducible) escapes on every
   execution whatever the data flow.  So does a scratch buffer in a loop
   closed by a computed goto (GCC's labels as values): GCC's loop
   discovery finds it irreducible, and that is treated as unknown.

   Allocator calls: goto_list 5 + goto_scratch 0 + irreducible 3 (the
   first block runs once, the second twice) + computed 3 = 11.  */
/* { dg-do run } */

#include "alloc.h"

struct node { struct node *next; int v; };

__attribute__ ((noinline)) static int
goto_list (int n)
{
  struct node *head = NULL;
  int i = 0;
again:
  {
    struct node *p = test_alloc (sizeof *p);
    p->v = i;
    p->next = head;
    head = p;
  }
  if (++i < n)
    goto again;
  int s = 0;
  for (struct node *q = head; q; q = q->next)
    s = s * 10 + q->v;
  return s;
}

__attribute__ ((noinline)) static int
goto_scratch (int n)
{
  int i = 0, s = 0;
top:
  {
    int *b = test_alloc (4 * sizeof *b);
    if (b[0] | b[1] | b[2] | b[3])
      return -1;
    b[i % 4] = i + 1;
    s += b[0] + b[1] + b[2] + b[3];
  }
  if (++i < n)
    goto top;
  return s;
}

static volatile int entry = 1;

__attribute__ ((noinline)) static int
irreducible (int n)
{
  int i = 0, s = 0;
  if (entry)
    goto second;
first:
  {
    int *b = test_alloc (2 * sizeof *b);
    b[0] = i;
    s += b[0] + b[1];
  }
second:
  {
    int *c = test_alloc (2 * sizeof *c);
    c[1] = i * 2;
    s += c[0] + c[1];
  }
  if (++i < n)
    goto first;
  return s;
}

__attribute__ ((noinline)) static int
computed (int n)
{
  static void *const targets[2] = { &&body, &&done };
  int i = 0, s = 0;
body:
  {
    int *b = test_alloc (2 * sizeof *b);
    b[1] = i;
    s += b[0] + b[1];
  }
  i++;
  goto *targets[i >= n];
done:
  return s;
}

int
main (void)
{
  printf ("goto_list=%d\n", goto_list (5));
  printf ("goto_scratch=%d\n", goto_scratch (6));
  printf ("irreducible=%d\n", irreducible (2));
  printf ("computed=%d\n", computed (3));
  test_print_calls ();
  return 0;
}

/* { dg-output "goto_list=43210\n" } */
/* { dg-output "goto_scratch=21\n" } */
/* { dg-output "irreducible=3\n" } */
/* { dg-output "computed=3\n" } */
/* { dg-output "calls=11\n" } */

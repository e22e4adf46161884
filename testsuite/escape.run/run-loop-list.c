/* Linked lists built in loops (SPEC section 4, rule 2, loop-carried).
   A node prepended to a list that the next iteration reads is carried
   around the back edge: it stays on the heap, one allocator call per
   iteration.  So is a node appended through a tail pointer, and a node
   pushed onto a stack kept in a local struct in memory.  A list head
   allocated once before the loop is not in the loop: it is converted.
   A scratch node that lives one iteration is converted.

   Allocator calls: build_prepend 4 + build_append 5 (the dummy head is
   converted) + build_stack 3 + scratch 0 = 12.  */
/* { dg-do run } */

#include "alloc.h"

struct node { struct node *next; int v; };
struct stack { struct node *top; int n; };

__attribute__ ((noinline)) static int
build_prepend (int n)
{
  struct node *head = NULL;
  for (int i = 0; i < n; i++)
    {
      struct node *p = test_alloc (sizeof *p);
      p->v = i;
      p->next = head;
      head = p;
    }
  int s = 0;
  for (struct node *q = head; q; q = q->next)
    s = s * 10 + q->v;
  return s;
}

__attribute__ ((noinline)) static int
build_append (int n)
{
  struct node *first = test_alloc (sizeof *first);
  struct node *tail = first;
  for (int i = 0; i < n; i++)
    {
      struct node *p = test_alloc (sizeof *p);
      p->v = i + 1;
      tail->next = p;
      tail = p;
    }
  int s = 0;
  for (struct node *q = first->next; q; q = q->next)
    s = s * 10 + q->v;
  return s;
}

__attribute__ ((noinline)) static int
stack_sum (const struct stack *st)
{
  int s = 0;
  for (struct node *q = st->top; q; q = q->next)
    s = s * 10 + q->v;
  return s * 10 + st->n;
}

__attribute__ ((noinline)) static int
build_stack (int n)
{
  struct stack st = { NULL, 0 };
  for (int i = 0; i < n; i++)
    {
      struct node *p = test_alloc (sizeof *p);
      p->v = 7 - i;
      p->next = st.top;
      st.top = p;
      st.n++;
    }
  return stack_sum (&st);
}

__attribute__ ((noinline)) static int
scratch (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      struct node *t = test_alloc (sizeof *t);
      if (t->next != NULL || t->v != 0)
	return -1;
      t->v = i * i;
      t->next = t;
      s += t->next->v;
    }
  return s;
}

int
main (void)
{
  printf ("prepend=%d\n", build_prepend (4));
  printf ("append=%d\n", build_append (5));
  printf ("stack=%d\n", build_stack (3));
  printf ("scratch=%d\n", scratch (6));
  test_print_calls ();
  return 0;
}

/* { dg-output "prepend=3210\n" } */
/* { dg-output "append=12345\n" } */
/* { dg-output "stack=5673\n" } */
/* { dg-output "scratch=55\n" } */
/* { dg-output "calls=12\n" } */

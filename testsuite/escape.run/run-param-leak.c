/* Parameter summaries applied by callers (SPEC section 4, rules 2 and
   4).  Each callee is noinline, so that the caller applies its summary
   at -O0 and -O2 alike.
     first_of(l)   returns l->head: leaks l's content to the result
                   (level 1): the caller's node escapes when it stores
                   the result in a global, the list itself does not.
     publish(l)    stores l->head in a global: leaking param content;
                   the node escapes, the list does not.
     set_head(l,n) stores n through l: n leaks to the heap (store through
                   a parameter's pointer), l does not escape.
     deep(pl)      returns (*pl)->head: content at level 2.
     identity(p)   returns p: leaks to result level 0; the caller keeps
                   the result local, so nothing escapes.
     sum_list(l)   only reads: nothing escapes.
   main reads every escaped node after its function returned.

   Allocator calls: via_first_of 1 + via_publish 1 + via_set_head 1 +
   via_deep 1 + via_identity 0 + via_sum 0 = 4.  */
/* { dg-do run } */

#include "alloc.h"

struct node { struct node *next; int v; };
struct list { struct node *head; int n; };

static struct node *g_first, *g_pub, *g_deep;

__attribute__ ((noinline)) static struct node *
first_of (struct list *l)
{
  return l->head;
}

__attribute__ ((noinline)) static void
publish (struct list *l)
{
  g_pub = l->head;
}

__attribute__ ((noinline)) static void
set_head (struct list *l, struct node *n)
{
  l->head = n;
  l->n++;
}

__attribute__ ((noinline)) static struct node *
deep (struct list **pl)
{
  return (*pl)->head;
}

__attribute__ ((noinline)) static struct list *
identity (struct list *p)
{
  return p;
}

__attribute__ ((noinline)) static int
sum_list (const struct list *l)
{
  int s = 0;
  for (const struct node *q = l->head; q; q = q->next)
    s += q->v;
  return s * 10 + l->n;
}

__attribute__ ((noinline)) static int
via_first_of (int v)
{
  struct list *l = test_alloc (sizeof *l);
  l->head = test_alloc (sizeof *l->head);
  l->head->v = v;
  g_first = first_of (l);
  return l->head->v;
}

__attribute__ ((noinline)) static void
via_publish (int v)
{
  struct list *l = test_alloc (sizeof *l);
  l->head = test_alloc (sizeof *l->head);
  l->head->v = v;
  publish (l);
}

__attribute__ ((noinline)) static int
via_set_head (int v)
{
  struct list *l = test_alloc (sizeof *l);
  struct node *n = test_alloc (sizeof *n);
  n->v = v;
  set_head (l, n);
  return l->head->v * 10 + l->n;
}

__attribute__ ((noinline)) static void
via_deep (int v)
{
  struct list *l = test_alloc (sizeof *l);
  struct list **pl = test_alloc (sizeof *pl);
  l->head = test_alloc (sizeof *l->head);
  l->head->v = v;
  *pl = l;
  g_deep = deep (pl);
}

__attribute__ ((noinline)) static int
via_identity (int v)
{
  struct list *l = test_alloc (sizeof *l);
  l->n = v;
  return identity (l)->n;
}

__attribute__ ((noinline)) static int
via_sum (void)
{
  struct list *l = test_alloc (sizeof *l);
  struct node *a = test_alloc (sizeof *a);
  struct node *b = test_alloc (sizeof *b);
  a->v = 1;
  b->v = 2;
  a->next = b;
  l->head = a;
  l->n = 2;
  return sum_list (l);
}

int
main (void)
{
  int r = via_first_of (1);
  via_publish (2);
  int h = via_set_head (3);
  via_deep (4);
  printf ("first_of=%d %d\n", r, g_first->v);
  printf ("publish=%d\n", g_pub->v);
  printf ("set_head=%d\n", h);
  printf ("deep=%d\n", g_deep->v);
  printf ("identity=%d\n", via_identity (5));
  printf ("sum=%d\n", via_sum ());
  test_print_calls ();
  return 0;
}

/* { dg-output "first_of=1 1\n" } */
/* { dg-output "publish=2\n" } */
/* { dg-output "set_head=31\n" } */
/* { dg-output "deep=4\n" } */
/* { dg-output "identity=5\n" } */
/* { dg-output "sum=32\n" } */
/* { dg-output "calls=4\n" } */

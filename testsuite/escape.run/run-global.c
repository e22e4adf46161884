/* Assign to global (SPEC section 4, rule 2).  A site stored in a global,
   in a static local, in a field of a global struct, in a global array
   slot, or in memory reached from a global (a heap node the global list
   holds) escapes: main reads each one after its function has returned.
   A global only read, or a site merely compared with a global, changes
   nothing: that site is converted.

   Allocator calls: to_global 1 + to_static 2 + to_field 1 + to_slot 3 +
   to_reached 2 (the reached node and the one stored into it) + compare 0
   = 9.  */
/* { dg-do run } */

#include "alloc.h"

struct node { struct node *next; int v; };
struct registry { struct node *last; int n; };

static struct node *g_node;
static struct registry reg;
static struct node *slots[4];
static struct node *g_list;

__attribute__ ((noinline)) static void
to_global (int v)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = v;
  g_node = p;
}

__attribute__ ((noinline)) static struct node *
to_static (int v)
{
  static struct node *prev;
  struct node *p = test_alloc (sizeof *p);
  p->v = v;
  struct node *old = prev;
  prev = p;
  return old;
}

__attribute__ ((noinline)) static void
to_field (int v)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = v;
  reg.last = p;
  reg.n++;
}

__attribute__ ((noinline)) static void
to_slot (int i)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = i * 11;
  slots[i & 3] = p;
}

__attribute__ ((noinline)) static void
to_reached (int v)
{
  struct node *head = test_alloc (sizeof *head);
  g_list = head;
  struct node *p = test_alloc (sizeof *p);
  p->v = v;
  g_list->next = p;
}

__attribute__ ((noinline)) static int
compare (void)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = g_node ? g_node->v : -1;
  return (p == g_node) * 1000 + p->v;
}

int
main (void)
{
  to_global (5);
  to_static (1);
  struct node *first = to_static (2);
  to_field (3);
  for (int i = 0; i < 3; i++)
    to_slot (i);
  to_reached (9);
  printf ("global=%d\n", g_node->v);
  printf ("static=%d\n", first->v);
  printf ("field=%d %d\n", reg.last->v, reg.n);
  printf ("slots=%d %d %d\n", slots[0]->v, slots[1]->v, slots[2]->v);
  printf ("reached=%d\n", g_list->next->v);
  printf ("compare=%d\n", compare ());
  test_print_calls ();
  return 0;
}

/* { dg-output "global=5\n" } */
/* { dg-output "static=1\n" } */
/* { dg-output "field=3 1\n" } */
/* { dg-output "slots=0 11 22\n" } */
/* { dg-output "reached=9\n" } */
/* { dg-output "compare=5\n" } */
/* { dg-output "calls=9\n" } */

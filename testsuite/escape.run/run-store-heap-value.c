/* Stores into an allocation of this function are tracked (SPEC section
   4, rule 2, "store through pointer": C's way of writing &T{f: v}): the
   stored value escapes only if that storage does.  That holds whatever
   else the storage holds: a pointer to memory that is not ours (a
   parameter's object, a string literal) stored into a converted node
   does not make the node's pointer "point to the heap", so a later store
   of another local allocation through it stays tracked.

   link_up: n->up = up (a parameter): n does not escape.
   named:   r->name = "literal"; r->child = c: neither r nor c escapes.
   adopt:   r->name = parent->name; r->child = c: neither escapes.
   No site escapes: calls=0.  */
/* { dg-do run } */

#include <string.h>
#include "alloc.h"

struct node { struct node *up; int v; };
struct rec { const char *name; struct rec *child; int v; };

__attribute__ ((noinline)) static int
link_up (const struct node *up)
{
  struct node *n = test_alloc (sizeof *n);
  n->up = (struct node *) up;
  n->v = 1;
  return n->v + n->up->v;
}

__attribute__ ((noinline)) static int
read_rec (const struct rec *r)
{
  return (int) strlen (r->name) * 100 + r->child->v * 10 + r->v;
}

__attribute__ ((noinline)) static int
named (int k)
{
  struct rec *c = test_alloc (sizeof *c);
  c->v = k;
  struct rec *r = test_alloc (sizeof *r);
  r->name = "parent";
  r->child = c;
  return read_rec (r);
}

__attribute__ ((noinline)) static int
adopt (const struct rec *parent, int k)
{
  struct rec *c = test_alloc (sizeof *c);
  c->v = k;
  struct rec *r = test_alloc (sizeof *r);
  r->name = parent->name;
  r->child = c;
  r->v = parent->v;
  return read_rec (r);
}

int
main (void)
{
  struct node top = { NULL, 41 };
  printf ("link_up=%d\n", link_up (&top));
  printf ("named=%d\n", named (7));
  struct rec p = { "p", NULL, 5 };
  printf ("adopt=%d\n", adopt (&p, 3));
  test_print_calls ();
  return 0;
}

/* { dg-output "link_up=42\n" } */
/* { dg-output "named=670\n" } */
/* { dg-output "adopt=135\n" } */
/* { dg-output "calls=0\n" } */

/* Pointers passed through a pipe (the self-pipe pattern of event loops
   and worker threads).  write() sends the bytes of a pointer: like a
   conversion to an integer, the object must stay on the heap (SPEC
   section 4, rule 2: "converted to an integer ... the collector may not
   see it, and nor can we"); the table of known functions may say that
   write() keeps no pointer, but what it copies out is the pointer
   itself.  read() writes a pointer that came from anywhere into a local
   variable: a store through it may reach any memory, so an allocation
   stored there escapes ("store through pointer").  main reads both
   objects after the functions that allocated them returned.

   Allocator calls: send_node 1 + adopt 1 = 2.  */
/* { dg-do run } */

#include <unistd.h>
#include "alloc.h"

struct node { struct node *child; int v; };

static int pfd[2];
static struct node root;

__attribute__ ((noinline)) static void
send_node (int v)
{
  struct node *n = test_alloc (sizeof *n);
  n->v = v;
  if (write (pfd[1], &n, sizeof n) != sizeof n)
    abort ();
}

__attribute__ ((noinline)) static void
adopt (void)
{
  struct node *q;
  if (read (pfd[0], &q, sizeof q) != sizeof q)
    abort ();
  q->child = test_alloc (sizeof *q->child);
  q->child->v = 99;
}

int
main (void)
{
  if (pipe (pfd))
    return 1;
  send_node (7);
  test_clobber_stack (1);
  struct node *got;
  if (read (pfd[0], &got, sizeof got) != sizeof got)
    return 1;
  printf ("sent=%d\n", got->v);
  struct node *r = &root;
  if (write (pfd[1], &r, sizeof r) != sizeof r)
    return 1;
  adopt ();
  test_clobber_stack (2);
  printf ("adopted=%d\n", root.child->v);
  test_print_calls ();
  return 0;
}

/* { dg-output "sent=7\n" } */
/* { dg-output "adopted=99\n" } */
/* { dg-output "calls=2\n" } */

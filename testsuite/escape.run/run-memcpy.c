/* Known functions pass on what they return and what they copy (SPEC
   section 4, rule 2).  memcpy and memmove copy the pointers stored in
   the source into the destination: a pointer copied into a global
   escapes, the allocation that merely held it does not.  memcpy returns
   its destination, strchr a pointer into its argument: stored in a
   global, the allocation escapes.  A struct assignment from an
   allocation into a global copies the pointers it holds the same way.
   Copying between two allocations of this function keeps both local.
   main reads everything that escaped after its function returned.

   Allocator calls: copy_out 1 + move_out 1 + returned_dst 1 +
   returned_inner 1 + struct_assign 1 + local_copy 0 = 5.  */
/* { dg-do run } */

#include <string.h>
#include "alloc.h"

struct obj { int v[4]; };
struct holder { struct obj *p; int n; };

static struct holder g_copy, g_move, g_assign;
static struct obj *g_dst;
static char *g_inner;

__attribute__ ((noinline)) static void
copy_out (int k)
{
  struct holder *h = test_alloc (sizeof *h);
  h->p = test_alloc (sizeof *h->p);
  h->p->v[0] = k;
  h->n = 1;
  memcpy (&g_copy, h, sizeof *h);
}

__attribute__ ((noinline)) static void
move_out (int k)
{
  struct holder *h = test_alloc (sizeof *h);
  h->p = test_alloc (sizeof *h->p);
  h->p->v[1] = k;
  memmove (&g_move, h, sizeof *h);
}

__attribute__ ((noinline)) static void
returned_dst (int k)
{
  struct obj src = { { k, k, k, k } };
  struct obj *d = test_alloc (sizeof *d);
  g_dst = memcpy (d, &src, sizeof src);
}

__attribute__ ((noinline)) static void
returned_inner (void)
{
  char *s = test_alloc (16);
  strcpy (s, "key=value");
  g_inner = strchr (s, '=');
}

__attribute__ ((noinline)) static void
struct_assign (int k)
{
  struct holder *h = test_alloc (sizeof *h);
  h->p = test_alloc (sizeof *h->p);
  h->p->v[2] = k;
  g_assign = *h;
}

__attribute__ ((noinline)) static int
local_copy (int k)
{
  struct holder *a = test_alloc (sizeof *a);
  struct holder *b = test_alloc (sizeof *b);
  a->p = test_alloc (sizeof *a->p);
  a->p->v[3] = k;
  memcpy (b, a, sizeof *a);
  return b->p->v[3];
}

int
main (void)
{
  copy_out (1);
  move_out (2);
  returned_dst (3);
  returned_inner ();
  struct_assign (4);
  printf ("copy_out=%d %d\n", g_copy.p->v[0], g_copy.n);
  printf ("move_out=%d\n", g_move.p->v[1]);
  printf ("returned_dst=%d\n", g_dst->v[3]);
  printf ("returned_inner=%s\n", g_inner);
  printf ("struct_assign=%d\n", g_assign.p->v[2]);
  printf ("local_copy=%d\n", local_copy (5));
  test_print_calls ();
  return 0;
}

/* { dg-output "copy_out=1 1\n" } */
/* { dg-output "move_out=2\n" } */
/* { dg-output "returned_dst=3\n" } */
/* { dg-output "returned_inner==value\n" } */
/* { dg-output "struct_assign=4\n" } */
/* { dg-output "local_copy=5\n" } */
/* { dg-output "calls=5\n" } */

/* Caller frames (SPEC 4 rule 6): shapes where placing storage wrongly
   would share one slot between live objects or leave it in a dead frame.
   Every reader runs after a test_clobber_stack call, under
   AddressSanitizer with detect_stack_use_after_return=1.

     two_calls          four calls in one frame (two direct, two through
                        a wrapper): four distinct blocks; 0 calls
     use_pair           a constructor holding two constructor results,
                        called twice: 48 bytes per call; 0 calls
     use_list3          a wrapper linking node_new results in its loop:
                        loop-carried there, nothing moves up; 3 calls
     use_loop_ctor      a constructor whose site is in its own loop and
                        linked: 3 calls
     use_last_of        a constructor's site in its loop, the last one
                        returned: 3 calls
     use_out            results stored through out parameters (store
                        through pointer): 2 calls
     use_box            a result returned inside a struct by value, one
                        and two levels: 0 calls
     use_box_ctor       a site returned inside a struct by value: 0 calls
     keep_first         results kept across iterations in a converted
                        object, a local array and a local struct
     keep_arr           (loop-carried): 4 + 4 + 4 calls
     keep_local_struct
     use_id             a result through an identity function: 0 calls
     use_maybe          a constructor returning its site or its
                        parameter: 0 calls
     rec                a recursive caller placing its point in its frame
                        and passing it down: 0 calls

   calls=3+3+3+2+4+4+4=23 (46 without the plugin).  */
/* { dg-do run } */

#include <string.h>
#include "alloc.h"

#define NOINLINE __attribute__ ((noinline))
struct pt {
  long x, y;
};
struct box {
  struct pt *p;
  long k;
};
struct holder {
  struct pt *first;
  struct pt *last;
};
struct pair {
  struct pt *a, *b;
};
struct node {
  struct node *next;
  long v;
};

NOINLINE static struct pt *
pt_new (long x)
{
  struct pt *p = test_alloc (sizeof *p);
  p->x = x;
  p->y = -x;
  return p;
}
NOINLINE static struct pt *
wrap (long x)
{
  return pt_new (x);
}

/* Four calls in one frame: four blocks.  */
NOINLINE static long
two_calls (void)
{
  struct pt *a = pt_new (1);
  struct pt *b = pt_new (2);
  struct pt *c = wrap (3);
  struct pt *d = wrap (4);
  test_clobber_stack (1);
  return a->x * 1000 + b->x * 100 + c->x * 10 + d->x;
}

/* A constructor holding two constructor results.  */
NOINLINE static struct pair *
pair_new (long x)
{
  struct pair *p = test_alloc (sizeof *p);
  p->a = pt_new (x);
  p->b = pt_new (x + 1);
  return p;
}
NOINLINE static long
use_pair (void)
{
  struct pair *p = pair_new (5);
  struct pair *q = pair_new (7);
  test_clobber_stack (2);
  return p->a->x * 1000 + p->b->x * 100 + q->a->x * 10 + q->b->x;
}

/* A wrapper linking constructor results in its own loop.  */
NOINLINE static struct node *
node_new (long v)
{
  struct node *n = test_alloc (sizeof *n);
  n->v = v;
  return n;
}
NOINLINE static struct node *
list3 (void)
{
  struct node *h = 0;
  for (int i = 0; i < 3; i++)
    {
      struct node *n = node_new (i + 1);
      n->next = h;
      h = n;
    }
  return h;
}
NOINLINE static long
use_list3 (void)
{
  struct node *h = list3 ();
  test_clobber_stack (3);
  long s = 0;
  for (; h; h = h->next)
    s = s * 10 + h->v;
  return s;
}

/* Sites in loops of their constructors.  */
NOINLINE static struct node *
loop_ctor (int n)
{
  struct node *h = 0;
  for (int i = 0; i < n; i++)
    {
      struct node *x = test_alloc (sizeof *x);
      x->v = i + 1;
      x->next = h;
      h = x;
    }
  return h;
}
NOINLINE static long
use_loop_ctor (void)
{
  struct node *h = loop_ctor (3);
  test_clobber_stack (4);
  long s = 0;
  for (; h; h = h->next)
    s = s * 10 + h->v;
  return s;
}
NOINLINE static struct pt *
last_of (int n)
{
  struct pt *p = 0;
  for (int i = 0; i < n; i++)
    {
      p = test_alloc (sizeof *p);
      p->x = i;
    }
  return p;
}
NOINLINE static long
use_last_of (void)
{
  struct pt *p = last_of (3);
  test_clobber_stack (5);
  return p->x;
}

/* Results stored through out parameters.  */
NOINLINE static void
make_into (struct holder *h)
{
  h->first = pt_new (11);
}
NOINLINE static void
make_out (struct pt **o)
{
  *o = wrap (12);
}
NOINLINE static long
use_out (void)
{
  struct holder h;
  struct pt *o;
  make_into (&h);
  make_out (&o);
  test_clobber_stack (6);
  return h.first->x * 100 + o->x;
}

/* A result returned inside a struct by value, one and two levels.  */
NOINLINE static struct box
mk_box (long k)
{
  struct box b;
  b.p = pt_new (k);
  b.k = k;
  return b;
}
NOINLINE static struct box
mk_box2 (long k)
{
  struct box b = mk_box (k + 1);
  b.k++;
  return b;
}
NOINLINE static long
use_box (void)
{
  struct box b = mk_box (21);
  struct box c = mk_box2 (30);
  test_clobber_stack (7);
  return b.p->x * 1000 + c.p->x * 10 + c.k;
}
/* A site returned inside a struct by value.  */
NOINLINE static struct box
box_ctor (long k)
{
  struct box b;
  b.p = test_alloc (sizeof *b.p);
  b.p->x = k;
  b.k = k;
  return b;
}
NOINLINE static long
use_box_ctor (void)
{
  struct box b = box_ctor (40);
  struct box c = box_ctor (41);
  test_clobber_stack (8);
  return b.p->x * 100 + c.p->x;
}

/* Results kept across iterations in memory.  */
NOINLINE static long
keep_first (void)
{
  struct holder *h = test_alloc (sizeof *h);
  for (int i = 0; i < 4; i++)
    {
      struct pt *p = pt_new (i + 1);
      if (i == 0)
        h->first = p;
      h->last = p;
    }
  return h->first->x * 10 + h->last->x;
}
NOINLINE static long
keep_arr (void)
{
  struct pt *arr[4];
  for (int i = 0; i < 4; i++)
    arr[i] = wrap (i + 1);
  long s = 0;
  for (int i = 0; i < 4; i++)
    s = s * 10 + arr[i]->x;
  return s;
}
NOINLINE static long
keep_local_struct (void)
{
  struct holder h = { 0, 0 };
  for (int i = 0; i < 4; i++)
    {
      struct pt *p = pt_new (i + 5);
      if (i == 1)
        h.first = p;
    }
  return h.first->x;
}

/* Through an identity function.  */
NOINLINE static struct pt *
id (struct pt *p)
{
  return p;
}
NOINLINE static long
use_id (void)
{
  struct pt *p = id (pt_new (50));
  struct pt *q = id (wrap (51));
  test_clobber_stack (9);
  return p->x * 100 + q->x;
}

/* conditional result */
NOINLINE static struct pt *
maybe (long k, struct pt *dflt)
{
  if (k > 0)
    return pt_new (k);
  return dflt;
}
NOINLINE static long
use_maybe (void)
{
  struct pt d = { 7, 7 };
  struct pt *a = maybe (3, &d);
  struct pt *b = maybe (-1, &d);
  test_clobber_stack (10);
  return a->x * 10 + b->x;
}

/* recursion passing placed result down */
NOINLINE static long
rec (int n, struct pt *up)
{
  struct pt *p = pt_new (n);
  long s = up ? up->x : 0;
  if (n > 0)
    s += rec (n - 1, p);
  test_clobber_stack (n);
  return s + p->x;
}

int
main (void)
{
  printf ("two=%ld\n", two_calls ());
  printf ("pair=%ld\n", use_pair ());
  printf ("list3=%ld\n", use_list3 ());
  printf ("loop_ctor=%ld\n", use_loop_ctor ());
  printf ("last_of=%ld\n", use_last_of ());
  printf ("out=%ld\n", use_out ());
  printf ("box=%ld\n", use_box ());
  printf ("box_ctor=%ld\n", use_box_ctor ());
  printf ("keep_first=%ld\n", keep_first ());
  printf ("keep_arr=%ld\n", keep_arr ());
  printf ("keep_local_struct=%ld\n", keep_local_struct ());
  printf ("id=%ld\n", use_id ());
  printf ("maybe=%ld\n", use_maybe ());
  printf ("rec=%ld\n", rec (4, 0));
  test_print_calls ();
  return 0;
}

/* { dg-output "two=1234\n" } */
/* { dg-output "pair=5678\n" } */
/* { dg-output "list3=321\n" } */
/* { dg-output "loop_ctor=321\n" } */
/* { dg-output "last_of=2\n" } */
/* { dg-output "out=1112\n" } */
/* { dg-output "box=21342\n" } */
/* { dg-output "box_ctor=4041\n" } */
/* { dg-output "keep_first=14\n" } */
/* { dg-output "keep_arr=1234\n" } */
/* { dg-output "keep_local_struct=6\n" } */
/* { dg-output "id=5051\n" } */
/* { dg-output "maybe=37\n" } */
/* { dg-output "rec=20\n" } */
/* { dg-output "calls=23\n" } */

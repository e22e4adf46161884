/* Points-to information after the rewrite (SPEC section 6: a converted
   program behaves exactly as the original at every optimization level).
   Before the pass, GCC's early alias analysis saw each site as the
   result of an unknown call; after it, the pointer is the address of a
   local array.  Stale points-to sets could let GCC drop the zero-fill as
   a dead store, or move or drop a store across an access through
   another pointer to the same storage.  Each function mixes the
   zero-filled reads, stores through derived pointers and copies, calls
   that read the storage between stores, and a pointer chosen between
   two converted sites.  run-alias-o3.c runs the same at -O3.  (GCC
   recomputes points-to in its main alias pass before DSE and FRE run, so
   a plugin that kept the stale sets still passes these today; the test
   guards the zero-fill and store order whatever the passes in between.)

   No site escapes: calls=0.  */
/* { dg-do run } */

#include <string.h>
#include "alloc.h"

struct rec { int a; int b; int v[6]; struct rec *link; };

static volatile int vone = 1;

__attribute__ ((noinline)) static int
peek (const struct rec *r)
{
  return r->a * 100 + r->b * 10 + r->v[vone];
}

/* The zero-fill is read field by field after stores to other fields;
   each iteration dirties what the next must read as zero.  */
__attribute__ ((noinline)) static int
zero_each_time (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      struct rec *r = test_alloc (sizeof *r);
      r->a = i + 1;
      s += r->b + r->v[i % 6] + (r->link != NULL);
      r->b = 50;
      r->v[i % 6] = 60;
      r->link = r;
      s += r->link->b;
    }
  return s;
}

/* Stores through a derived pointer, read back through the original.  */
__attribute__ ((noinline)) static int
derived (int k)
{
  struct rec *r = test_alloc (sizeof *r);
  int *q = &r->v[k];
  *q = 7;
  int *q2 = (int *) ((char *) r + __builtin_offsetof (struct rec, b));
  *q2 = r->v[k] + 1;
  return r->b * 10 + r->v[k] + r->a;
}

/* A store that a call reads, followed by another store to the same
   field: the first store is not dead.  */
__attribute__ ((noinline)) static int
store_call_store (int k)
{
  struct rec *r = test_alloc (sizeof *r);
  r->a = k;
  r->v[1] = 3;
  int x = peek (r);
  r->a = k + 1;
  int y = peek (r);
  r->a = 0;
  return x * 1000 + y + r->a;
}

/* Memory reached through a second converted site.  */
__attribute__ ((noinline)) static int
through_link (int k)
{
  struct rec *r = test_alloc (sizeof *r);
  struct rec *h = test_alloc (sizeof *h);
  h->link = r;
  h->link->a = k;
  r->b = h->link->a + 1;
  memcpy (h->v, r, sizeof h->v);
  return h->v[0] * 100 + h->v[1] * 10 + h->link->b;
}

/* A pointer that may be either of two converted sites.  */
__attribute__ ((noinline)) static int
chosen (int k)
{
  struct rec *r = test_alloc (sizeof *r);
  struct rec *s = test_alloc (sizeof *s);
  struct rec *t = (k & vone) ? r : s;
  t->a = 9;
  r->b = r->a + 1;
  s->b = s->a + 2;
  t->v[2] = t->b;
  return r->a * 1000 + r->b * 100 + s->a * 10 + s->b + t->v[2];
}

/* A loop that reads what the previous iteration stored, in one buffer.  */
__attribute__ ((noinline)) static int
running (int n)
{
  int *v = test_alloc (32 * sizeof *v);
  v[0] = 1;
  for (int i = 1; i < n && i < 32; i++)
    v[i] = v[i - 1] + v[(i + 7) % 32] + i;
  int s = 0;
  for (int i = 0; i < 32; i++)
    s += v[i];
  return s;
}

int
main (void)
{
  printf ("zero_each_time=%d\n", zero_each_time (8));
  printf ("derived=%d %d\n", derived (0), derived (5));
  printf ("store_call_store=%d\n", store_call_store (4));
  printf ("through_link=%d\n", through_link (6));
  printf ("chosen=%d %d\n", chosen (1), chosen (2));
  printf ("running=%d\n", running (32));
  test_print_calls ();
  return 0;
}

/* { dg-output "zero_each_time=400\n" } */
/* { dg-output "derived=87 87\n" } */
/* { dg-output "store_call_store=403503\n" } */
/* { dg-output "through_link=677\n" } */
/* { dg-output "chosen=10012 212\n" } */
/* { dg-output "running=5642\n" } */
/* { dg-output "calls=0\n" } */

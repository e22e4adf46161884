/* Type erasure (SPEC section 4, rule 2, "interface conversion"): a site
   stored into a void * field or array element escapes, even of a local
   struct or array, as Go's values converted to interfaces do; and so
   does one passed to a void * parameter of a function without a visible
   body that is neither noescape nor known (pthread_setspecific, which
   really keeps it: main reads it back after the function returned).  A
   local void * variable is only a copy: tracked, converted.  A void *
   parameter of a known function (memset) or of a function whose body is
   here and does not keep it does not make the site escape.  The local
   struct and array are read by noinline functions, so that GCC keeps
   them in memory at -O2 (a scalarised local struct is a legitimate
   change of verdict, SPEC section 4).

   Allocator calls: void_field 1 + void_elem 1 + tls_key 1 + copy 0 +
   known 0 + visible 0 = 3.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */

#include <pthread.h>
#include <string.h>
#include "alloc.h"

struct box { void *any; int tag; };
struct obj { int v[4]; };

static pthread_key_t key;

__attribute__ ((noinline)) static int
read_box (const struct box *b)
{
  return ((const struct obj *) b->any)->v[0] + b->tag;
}

__attribute__ ((noinline)) static int
read_slots (void *const *slots)
{
  return ((const struct obj *) slots[0])->v[1] + (slots[1] != NULL);
}

__attribute__ ((noinline)) static int
void_field (int k)
{
  struct box b;
  struct obj *o = test_alloc (sizeof *o);
  o->v[0] = k;
  b.any = o;
  b.tag = 1;
  return read_box (&b);
}

__attribute__ ((noinline)) static int
void_elem (int k)
{
  void *slots[2];
  struct obj *o = test_alloc (sizeof *o);
  o->v[1] = k;
  slots[0] = o;
  slots[1] = NULL;
  return read_slots (slots);
}

__attribute__ ((noinline)) static void
tls_key (int k)
{
  struct obj *o = test_alloc (sizeof *o);
  o->v[2] = k;
  pthread_setspecific (key, o);
}

__attribute__ ((noinline)) static int
copy (int k)
{
  struct obj *o = test_alloc (sizeof *o);
  void *v = o;
  struct obj *back = v;
  back->v[3] = k;
  return o->v[3];
}

__attribute__ ((noinline)) static int
known (int k)
{
  struct obj *o = test_alloc (sizeof *o);
  memset ((void *) o, k, sizeof *o);
  return o->v[0] & 0xff;
}

__attribute__ ((noinline)) static int
first_int (const void *p)
{
  return *(const int *) p;
}

__attribute__ ((noinline)) static int
visible (int k)
{
  struct obj *o = test_alloc (sizeof *o);
  o->v[0] = k;
  return first_int (o);
}

int
main (void)
{
  if (pthread_key_create (&key, NULL))
    return 1;
  printf ("void_field=%d\n", void_field (4));
  printf ("void_elem=%d\n", void_elem (5));
  tls_key (6);
  printf ("tls_key=%d\n", ((struct obj *) pthread_getspecific (key))->v[2]);
  printf ("copy=%d\n", copy (7));
  printf ("known=%d\n", known (8));
  printf ("visible=%d\n", visible (9));
  test_print_calls ();
  return 0;
}

/* { dg-output "void_field=5\n" } */
/* { dg-output "void_elem=5\n" } */
/* { dg-output "tls_key=6\n" } */
/* { dg-output "copy=7\n" } */
/* { dg-output "known=8\n" } */
/* { dg-output "visible=9\n" } */
/* { dg-output "calls=3\n" } */

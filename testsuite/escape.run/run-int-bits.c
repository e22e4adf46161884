/* Pointer bits that travel as integers escape wherever the analysis
   stops following them (SPEC section 4, rule 2: "converted to an integer
   ... Unknown means escape").  GCC folds a 16-byte memcpy into one
   uint128_t load and store; the plugin follows such a copy, but each
   function below then takes the pointer back out of the integer in a way
   that is not a plain copy: a BIT_FIELD_REF or a shift of the uint128_t,
   a vector element, a tag bit or-ed into a union's integer member, a
   memcpy into a uintptr_t that is then tagged, punned bits stored into an
   integer field or, through a pointer, into an array of integers, or
   passed as an integer argument.  Each keeps the
   address where main reads it after the function returned: had a site
   been converted, AddressSanitizer reports a stack use after return.
   The control, copy_struct, copies a struct of pointers and keeps
   nothing: its site stays on the stack.  Ten sites escape, and the array of integers stays on the stack;
   two of the ten escape only by being returned to main, which keeps
   their pointers only in its own frame: caller frames (SPEC 4 rule 6)
   place them in main's frame, where main's reads after the return are
   safe.  calls=8.  */
/* { dg-do run } */

#include <stdint.h>
#include <string.h>
#include "alloc.h"

struct node { struct node *next; long v; };
struct pair { struct node *a, *b; };
struct words { uintptr_t a, b; };
typedef long v2di __attribute__ ((vector_size (16)));

static struct node *g;
static uintptr_t g_bits;
static struct words g_words;

__attribute__ ((noinline)) static struct node *
memcpy_struct (long k)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = k;
  struct pair x = { 0, p }, y;
  memcpy (&y, &x, sizeof y);
  return y.b;
}

__attribute__ ((noinline)) static void
int128_shift (long k)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = k;
  struct pair x = { 0, p };
  unsigned __int128 w;
  memcpy (&w, &x, sizeof w);
  g = (struct node *) (uintptr_t) (w >> 64);
}

__attribute__ ((noinline)) static void
vector_element (long k)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = k;
  struct pair x = { p, 0 };
  v2di v;
  memcpy (&v, &x, sizeof v);
  g = (struct node *) v[0];
}

__attribute__ ((noinline)) static void
vector_build (long k)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = k;
  union { struct node *p; long l; } x;
  x.p = p;
  v2di v = { x.l, 0 };
  g = (struct node *) v[0];
}

__attribute__ ((noinline)) static void
union_tag (long k)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = k;
  union { struct node *p; uintptr_t u; } x;
  x.p = p;
  g_bits = x.u | 1;
}

__attribute__ ((noinline)) static void
memcpy_tag (long k)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = k;
  uintptr_t u;
  memcpy (&u, &p, sizeof u);
  g_bits = u ^ 3;
}

__attribute__ ((noinline)) static void
into_int_field (long k)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = k;
  union { struct node *p; uintptr_t u; } x;
  x.p = p;
  struct words w;
  w.a = 0;
  w.b = x.u;
  g_words = w;
}

__attribute__ ((noinline)) static void
through_pointer (long k)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = k;
  union { struct node *p; uintptr_t u; } x;
  x.p = p;
  uintptr_t *w = test_alloc (4 * sizeof *w);
  w[1] = x.u;
  g = (struct node *) w[1];
}

__attribute__ ((noinline)) static void
keep_bits (uintptr_t u)
{
  g_bits = u;
}

__attribute__ ((noinline)) static void
int_argument (long k)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = k;
  union { struct node *p; uintptr_t u; } x;
  x.p = p;
  keep_bits (x.u);
}

__attribute__ ((noinline)) static struct node *
memmove_array (long k)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = k;
  struct node *src[2] = { p, 0 }, *dst[2];
  memmove (dst, src, sizeof dst);
  return dst[0];
}

__attribute__ ((noinline)) static long
copy_struct (long k)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = k;
  struct pair x = { 0, p }, y;
  memcpy (&y, &x, sizeof y);
  return y.b->v;
}

int
main (void)
{
  struct node *n = memcpy_struct (1);
  test_clobber_stack (1);
  printf ("memcpy_struct=%ld\n", n->v);
  int128_shift (2);
  test_clobber_stack (2);
  printf ("int128_shift=%ld\n", g->v);
  vector_element (3);
  test_clobber_stack (3);
  printf ("vector_element=%ld\n", g->v);
  vector_build (10);
  test_clobber_stack (10);
  printf ("vector_build=%ld\n", g->v);
  union_tag (4);
  test_clobber_stack (4);
  printf ("union_tag=%ld\n", ((struct node *) (g_bits & ~(uintptr_t) 1))->v);
  memcpy_tag (5);
  test_clobber_stack (5);
  printf ("memcpy_tag=%ld\n", ((struct node *) (g_bits ^ 3))->v);
  into_int_field (6);
  test_clobber_stack (6);
  printf ("into_int_field=%ld\n", ((struct node *) g_words.b)->v);
  through_pointer (11);
  test_clobber_stack (11);
  printf ("through_pointer=%ld\n", g->v);
  int_argument (7);
  test_clobber_stack (7);
  printf ("int_argument=%ld\n", ((struct node *) g_bits)->v);
  n = memmove_array (8);
  test_clobber_stack (8);
  printf ("memmove_array=%ld\n", n->v);
  printf ("copy_struct=%ld\n", copy_struct (9));
  test_print_calls ();
  return 0;
}

/* { dg-output "memcpy_struct=1\n" } */
/* { dg-output "int128_shift=2\n" } */
/* { dg-output "vector_element=3\n" } */
/* { dg-output "vector_build=10\n" } */
/* { dg-output "union_tag=4\n" } */
/* { dg-output "memcpy_tag=5\n" } */
/* { dg-output "into_int_field=6\n" } */
/* { dg-output "through_pointer=11\n" } */
/* { dg-output "int_argument=7\n" } */
/* { dg-output "memmove_array=8\n" } */
/* { dg-output "copy_struct=9\n" } */
/* { dg-output "calls=8\n" } */

/* Pointer bits read through type punning (a union's integer member, a
   memcpy into an integer, GCC's folded 16-byte memcpy) are followed while
   they are only copied; arithmetic on them, an integer argument, or a
   store into integer storage is a conversion: "unmodelled".  A struct of
   pointers copied by memcpy and read back as pointers is only a copy.
   A call GCC redirected to a local alias (-fPIC
   -fno-semantic-interposition) is named after the allocator itself.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fPIC -fno-semantic-interposition" } */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct node { struct node *next; long v; };
struct pair { struct node *a, *b; };
struct words { uintptr_t a, b; };

__attribute__((gc_alloc, noinline)) void *
gc_alloc (unsigned long n)
{
  return calloc (1, n);
}

uintptr_t g_bits;
struct words g_words;
void keep (uintptr_t);

void
union_tag (void)
{
  struct node *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: unmodelled" } */
  union { struct node *p; uintptr_t u; } x;
  x.p = p;
  g_bits = x.u | 1;
}

void
memcpy_hash (void)
{
  struct node *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: unmodelled" } */
  uintptr_t u;
  memcpy (&u, &p, sizeof u);
  g_bits = (u >> 4) * 31;
}

void
int_argument (void)
{
  struct node *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: unmodelled" } */
  union { struct node *p; uintptr_t u; } x;
  x.p = p;
  keep (x.u);
}

void
into_int_field (void)
{
  struct node *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: unmodelled" } */
  union { struct node *p; uintptr_t u; } x;
  x.p = p;
  struct words w = { 0, x.u };
  g_words = w;
}

long
copy_struct (void)
{
  struct node *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  struct pair x = { 0, p }, y;
  memcpy (&y, &x, sizeof y);
  return y.b->v;
}

/* The size rules are edges to the heap before the solve (Go's
   HeapAllocReason): what a site of non-constant size (small-size=0) or
   of a too large size holds escapes with it, "non-constant size" or "too
   large" at the held site too, as in Go.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-small-size=0" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

struct node { int *p; struct node *next; };

NOINLINE void
s2_nonconst_holds (unsigned long n)
{
  struct node **v = gc_alloc (n * sizeof *v); /* { dg-message "gc_alloc\\(\\?\\) escapes to heap: non-constant size" } */
  v[0] = gc_alloc (sizeof (struct node)); /* { dg-message "gc_alloc\\(16\\) escapes to heap: non-constant size" } */
  use (v);
}

void
s2_too_large_holds (void)
{
  struct node **v = gc_alloc (100000); /* { dg-message "gc_alloc\\(100000\\) escapes to heap: too large" } */
  v[0] = gc_alloc (sizeof (struct node)); /* { dg-message "gc_alloc\\(16\\) escapes to heap: too large" } */
  use (v);
}

/* Not what merely points to it.  */
void
s2_points_to (unsigned long n)
{
  struct node *h = gc_alloc (sizeof *h); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  h->p = gc_alloc (n); /* { dg-message "gc_alloc\\(n\\) escapes to heap: non-constant size" } */
  use (h);
}

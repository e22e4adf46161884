/* rules=go: Go's rules to the letter.  Every store through a pointer sends
   the stored value to the heap, even into a site that does not escape;
   stores into local struct and array variables are still tracked (Go's
   struct and array values).  Compare store-local-1.c.
   Go: test/escape2.go foo62 ("s.a counts as an assignment to a
   track-losing dereference"), foo61a, foo72; escape_indir.go constptr0,
   constptr9.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-rules=go" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

struct node { int *p; struct node *next; int x; };

/* constptr0.  */
void
go_site (void)
{
  struct node *n = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: store through pointer" } */
  n->p = x;
  use (n);
}

/* foo62.  */
NOINLINE void go_param (int *v) /* { dg-message "leaking param: v" } */
{
  struct node *n = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  n->p = v;
  use (n);
}

void
go_param_caller (void)
{
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call argument" } */
  go_param (x);
}

/* constptr9.  */
void
go_chain (void)
{
  struct node *a = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  struct node *b = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: store through pointer" } */
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: store through pointer" } */
  b->p = x;
  a->next = b;
  use (a);
}

/* foo61a: a struct value.  */
void
go_local_struct (void)
{
  struct node s;
  s.p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  s.next = 0;
  s.x = 0;
  use (&s);
}

/* foo72: an array value.  */
void
go_local_array (void)
{
  int *arr[2];
  arr[0] = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  arr[1] = 0;
  use (arr);
}

/* A pointer that can only point to sites of this function: still a store
   through a pointer for Go.  */
void
go_ptr_to_sites (int k)
{
  struct node *a = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  struct node *b = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  struct node *pn = k ? a : b;
  pn->p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: store through pointer" } */
  use (a);
  use (b);
}

/* What does not involve a store through a pointer is the same as with
   rules=c.  */
NOINLINE int *go_id (int *w) /* { dg-message "leaking param: w to result level=0" } */
{
  return w;
}

void
go_plain (void)
{
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  use (go_id (x));
}

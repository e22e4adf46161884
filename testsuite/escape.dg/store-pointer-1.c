/* Stores through a pointer that may point anywhere but local storage send
   the stored value to the heap ("store through pointer"); the pointer
   stored through does not escape.
   Go: test/escape2.go foo6, foo16, (*Foo).foo42; escape_param.go param2,
   param4, caller2a, caller4a, (*Indir).param12; escape_indir.go foo, foo1.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));
int **get_slot (void);

struct node { int *p; struct node *next; int x; };

NOINLINE void put (int **out) /* { dg-message "out does not escape" } */
{
  *out = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: store through pointer" } */
}

/* foo42, param12: r.p = &i.  */
NOINLINE void put_field (struct node *n) /* { dg-message "n does not escape" } */
{
  n->p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: store through pointer" } */
}

NOINLINE void put_next (struct node *m) /* { dg-message "m does not escape" } */
{
  m->next->p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: store through pointer" } */
}

NOINLINE void put_index (int **arr, int i) /* { dg-message "arr does not escape" } */
{
  arr[i] = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: store through pointer" } */
}

/* foo17: **xxx = ... (a pointer loaded through the parameter).  */
NOINLINE void put_deep (int ***t) /* { dg-message "t does not escape" } */
{
  **t = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: store through pointer" } */
}

/* escape_indir.go foo: y := p; *y = &i.  */
NOINLINE void put_copy (int **q) /* { dg-message "q does not escape" } */
{
  int **y = q;
  *y = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: store through pointer" } */
}

/* A pointer returned by an unknown function.  */
void
put_unknown_slot (void)
{
  int **slot = get_slot ();
  *slot = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: store through pointer" } */
}

/* A pointer loaded from a site may point anywhere: the site holds a
   parameter.  */
NOINLINE void put_via_site (struct node *r) /* { dg-message "r does not escape" } */
{
  struct node *n = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  n->next = r;
  n->next->p = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) escapes to heap: store through pointer" } */
  use (n);
}

/* param2.  */
NOINLINE void store_param (int **dst, int *v) /* { dg-message "dst does not escape" } */
{ /* { dg-message "leaking param: v" "" { target *-*-* } .-1 } */
  *dst = v;
}

/* param4.  */
NOINLINE void store_param_field (struct node *a, int *b) /* { dg-message "a does not escape" } */
{ /* { dg-message "leaking param: b" "" { target *-*-* } .-1 } */
  a->p = b;
}

/* caller2a: the destination is local here, but the summary of store_param
   is all the caller sees.  BAD: x need not escape.  */
void
caller_store_local (void)
{
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call argument" } */
  int *slot;
  store_param (&slot, x);
  use (slot);
}

/* caller4a.  BAD: x need not escape.  */
void
caller_store_field (void)
{
  struct node *n = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call argument" } */
  store_param_field (n, x);
  use (n);
}

/* Storing a value read through the pointer is no escape.  */
NOINLINE void store_int (int *c) /* { dg-message "c does not escape" } */
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  *p = 5;
  *c = *p;
  use (p);
}

/* rules=c (the default): stores into local structs and arrays, and through
   pointers that can only point to local variables or to sites of this
   function, are tracked like Go's composite-literal elements (&T{f: v}): the
   stored value escapes only if that storage does.
   Go: test/escape2.go foo60, foo60a, foo61, foo61a, foo62 (C's way of writing
   &T{f: v}), foo72, ptrlitNoescape, ptrlitNoEscape2, ptrlitEscape;
   escape_field.go field0, field3, field13, field15; escape_indir.go
   constptr0, constptr01, constptr02, constptr9.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

struct node { int *p; struct node *next; int x; };

int *gp;
struct node *gnp;
struct node gnode;

/* foo62, constptr0 (both BAD in Go: Go loses track at the store).  */
void
sl_site (void)
{
  struct node *n = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  n->p = x;
  use (n);
}

/* foo62 with its parameter.  */
NOINLINE void sl_param (int *v) /* { dg-message "v does not escape" } */
{
  struct node *n = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  n->p = v;
  use (n);
}

/* ptrlitEscape, field15.  */
void
sl_site_global (void)
{
  struct node *n = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) escapes to heap: assign to global" } */
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap" } */
  n->p = x;
  gnp = n;
}

/* ptrlitNoEscape2, field13: only what is read out of the site escapes.  */
void
sl_content_global (void)
{
  struct node *n = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  n->p = x;
  use (n);
  gp = n->p;
}

/* constptr02.  */
int *
sl_content_return (void)
{
  struct node *n = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return" } */
  n->p = x;
  use (n);
  return n->p;
}

/* constptr01.  */
struct node *
sl_return (void)
{
  struct node *n = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) escapes to heap: return" } */
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap" } */
  n->p = x;
  return n;
}

/* constptr9: sites stored into sites.  */
void
sl_chain (void)
{
  struct node *a = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  struct node *b = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  b->p = x;
  a->next = b;
  use (a);
}

/* foo61a.  */
void
sl_local_struct (void)
{
  struct node s;
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  s.p = x;
  s.next = 0;
  s.x = 0;
  use (&s);
}

/* foo61a with the parameter.  */
NOINLINE void sl_param_local (int *w) /* { dg-message "w does not escape" } */
{
  struct node s;
  s.p = w;
  s.next = 0;
  s.x = 0;
  use (&s);
}

/* foo61: what is read back from the struct flows on.  */
NOINLINE int *sl_param_local_ret (int *t) /* { dg-message "leaking param: t to result level=0" } */
{
  struct node s;
  s.p = t;
  s.next = 0;
  s.x = 0;
  use (&s);
  return s.p;
}

/* foo72.  */
void
sl_local_array (void)
{
  int *arr[2];
  arr[0] = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  arr[1] = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  use (arr);
}

/* foo60: element-insensitive.  BAD: only arr[1] is returned.  */
int *
sl_local_array_ret (void)
{
  int *arr[2];
  arr[0] = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return" } */
  arr[1] = 0;
  use (arr);
  return arr[1];
}

/* escape_field.go field1: field-insensitive.  BAD: only s.next is read.  */
void
sl_local_struct_other_field (void)
{
  struct node s;
  s.p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  s.next = 0;
  s.x = 0;
  use (&s);
  gnp = s.next;
}

/* field3: a local struct copied to a global.  */
void
sl_local_struct_copy (void)
{
  struct node s;
  s.p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  s.next = 0;
  s.x = 0;
  gnode = s;
}

/* A pointer that can only point to local variables.  */
void
sl_ptr_to_local (int k)
{
  struct node a, b;
  struct node *pn = k ? &a : &b;
  pn->p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  use (&a);
  use (&b);
}

/* A pointer that can only point to sites of this function.  */
void
sl_ptr_to_sites (int k)
{
  struct node *a = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  struct node *b = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  struct node *pn = k ? a : b;
  pn->p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  use (a);
  use (b);
}

/* An element address of a local array.  */
void
sl_local_elem_ptr (int i)
{
  int *arr[4];
  int **slot = &arr[i & 3];
  *slot = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  use (arr);
}

/* constptr4/constptr5: *p = *p1 copies what p1 holds.  */
struct node *
sl_copy_return (void)
{
  struct node *a = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  struct node *b = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: return" } */
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap" } */
  a->p = x;
  a->next = 0;
  a->x = 0;
  use (a);
  *b = *a;
  return b;
}

void
sl_copy_global (void)
{
  struct node *a = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  a->p = x;
  a->next = 0;
  a->x = 0;
  use (a);
  gnode = *a;
}

/* constptr6 (BAD in Go: "leaking param content: p"): copying what a
   parameter points to into a site that does not escape.  */
NOINLINE void sl_copy_param (struct node *src) /* { dg-message "src does not escape" } */
{
  struct node *c = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  *c = *src;
  use (c);
}

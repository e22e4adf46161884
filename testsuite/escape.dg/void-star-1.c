/* Type erasure, C's interface conversion: a pointer stored into a void *
   field or array element (of any storage, local included), or passed to a
   void * parameter of a function with no visible body that is neither
   noescape nor known, escapes ("interface conversion").  A local void *
   variable is only a copy.
   Go: test/escape_iface.go efaceEscape0 (the pointer-shaped value stored
   directly), escape2.go foo63-foo66; escape5.go f29000/g29000.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));
void take (void *);

struct box { void *v; int tag; };
struct tbox { int *p; int tag; };

/* Into a void * field of a local struct.  */
void
vs_field_local (void)
{
  struct box b;
  b.v = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: interface conversion" } */
  b.tag = 0;
  use (&b);
}

/* Into an element of a local void * array.  */
void
vs_array_local (void)
{
  void *arr[2];
  arr[0] = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: interface conversion" } */
  arr[1] = 0;
  use (arr);
}

/* Into a void * field of a site that does not escape.  */
void
vs_field_site (void)
{
  struct box *bp = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  bp->v = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: interface conversion" } */
  use (bp);
}

/* Into an element of a site that is an array of void *.  */
void
vs_array_site (void)
{
  void **slots = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  slots[1] = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) escapes to heap: interface conversion" } */
  use (slots);
}

/* A local void * variable is a copy.  */
void
vs_local_copy (void)
{
  void *v = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  int *ip = v;
  *ip = 1;
  use (ip);
}

/* A void * value stored into an int * field is no conversion.  */
void
vs_local_copy_store (void)
{
  struct tbox *tb = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  void *v = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  tb->p = v;
  use (tb);
}

/* Passed to a void * parameter of a function without a body.  */
void
vs_bodyless (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: interface conversion" } */
  take (p);
}

/* foo63/foo65: a void * parameter of a function with a body is
   analysed.  */
NOINLINE void vs_with_body (void *v) /* { dg-message "v does not escape" } */
{
  use (v);
}

void
vs_body_caller (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  vs_with_body (p);
}

/* A parameter stored into a void * field leaks.  */
NOINLINE void vs_param_field (void *w) /* { dg-message "leaking param: w" } */
{
  struct box b;
  b.v = w;
  b.tag = 1;
  use (&b);
}

void
vs_param_field_caller (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call argument" } */
  vs_param_field (p);
}

/* A void * parameter of a noescape function.  */
void
vs_noescape (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  use (p);
}

/* void=tracked (SPEC 2, 4): a void * field, array element or parameter
   is an ordinary pointer slot, for code bases whose universal value type
   is void * (a Scheme's SCM).  The cases of void-star-1.c, where the
   default void=interface says "interface conversion": here each is
   decided as for an int * slot.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-void=tracked" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));
void take (void *);

typedef void *SCM;
struct box { void *v; int tag; };
struct pair { SCM car, cdr; };
SCM global_root;

/* Into a void * field of a local struct.  */
void
vt_field_local (void)
{
  struct box b;
  b.v = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  b.tag = 0;
  use (&b);
}

/* Into an element of a local void * array.  */
void
vt_array_local (void)
{
  void *arr[2];
  arr[0] = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  arr[1] = 0;
  use (arr);
}

/* A cons cell holding cons cells, all void *: none escapes.  */
void
vt_cons (void)
{
  struct pair *a = gc_alloc (sizeof *a); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  struct pair *d = gc_alloc (sizeof *d); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  a->car = 0;
  a->cdr = d;
  use (a);
}

/* What a cell holds escapes with the cell.  */
void
vt_cons_global (void)
{
  struct pair *a = gc_alloc (sizeof *a); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  struct pair *d = gc_alloc (sizeof *d); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  a->cdr = d;
  global_root = a;
}

/* Into an element of a site that is an array of void *.  */
void
vt_array_site (void)
{
  void **slots = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  slots[1] = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  use (slots);
}

/* Passed to a void * parameter of a function without a body: still a
   call to an unknown function, not an interface conversion.  */
void
vt_bodyless (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call to unknown function" } */
  take (p);
}

/* A parameter stored into a void * field of a local does not leak.  */
NOINLINE void vt_param_field (void *w) /* { dg-message "w does not escape" } */
{
  struct box b;
  b.v = w;
  b.tag = 1;
  use (&b);
}

void
vt_param_field_caller (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  vt_param_field (p);
}

/* Stored into a void * field of what a parameter points to: leaks, as
   through any pointer field.  */
NOINLINE void vt_param_store (struct box *bx, void *w) /* { dg-message "bx does not escape" } */
/* { dg-message "leaking param: w" "" { target *-*-* } .-1 } */
{
  bx->v = w;
}

void
vt_param_store_caller (struct box *bx) /* { dg-message "bx does not escape" } */
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call argument" } */
  vt_param_store (bx, p);
}

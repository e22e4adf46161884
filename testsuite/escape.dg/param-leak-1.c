/* Parameters that leak to the heap ("leaking param: p"), and callers whose
   sites flow into them ("call argument").
   Go: test/escape2.go foo2, foo3b, foo6, foo16, foo31/fooleak, foo32/foonoleak,
   foo44, foo47, foo119; escape_param.go param2, param5.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));
void ext (int *);

struct node { int *p; struct node *next; int x; };
struct self { struct self *me; int x; };

int *gp;
const char *gcs;
struct node gnode;

/* foo2: gxx = yy.  */
NOINLINE void leak_global (int *a) /* { dg-message "leaking param: a" } */
{
  gp = a;
}

/* A pointer derived from the parameter leaks the parameter.  */
NOINLINE void leak_derived (int *b) /* { dg-message "leaking param: b" } */
{
  gp = b + 1;
}

NOINLINE void leak_field_addr (struct node *n) /* { dg-message "leaking param: n" } */
{
  gp = &n->x;
}

/* foo44: F.xx = yy.  */
NOINLINE void leak_gfield (int *c) /* { dg-message "leaking param: c" } */
{
  gnode.p = c;
}

/* foo6: *xx = yy: the destination only mutates, the stored value leaks.  */
NOINLINE void leak_store (int **out, int *v) /* { dg-message "out does not escape" } */
{ /* { dg-message "leaking param: v" "" { target *-*-* } .-1 } */
  *out = v;
}

/* foo3b, foo47: a pointer stored into what it points to.  */
NOINLINE void leak_self (struct self *t) /* { dg-message "leaking param: t" } */
{
  t->me = t;
}

/* Through a callee's summary.  */
NOINLINE void leak_via_callee (int *d) /* { dg-message "leaking param: d" } */
{
  leak_global (d);
  use (d);
}

/* foo119: to a function without a body.  */
NOINLINE void leak_unknown (int *e) /* { dg-message "leaking param: e" } */
{
  ext (e);
}

NOINLINE void leak_one_of_two (int *f, int *g) /* { dg-message "leaking param: f" } */
{ /* { dg-message "g does not escape" "" { target *-*-* } .-1 } */
  gp = f;
  use (g);
}

/* Leaking on one path is leaking.  */
NOINLINE void leak_cond (int *h, int k) /* { dg-message "leaking param: h" } */
{
  if (k)
    gp = h;
}

NOINLINE void leak_string (const char *str) /* { dg-message "leaking param: str" } */
{
  gcs = str;
}

/* An array parameter is a pointer parameter.  */
NOINLINE void leak_array (int arr[4]) /* { dg-message "leaking param: arr" } */
{
  gp = &arr[2];
}

/* foonoleak.  */
NOINLINE void no_leak (int *m) /* { dg-message "m does not escape" } */
{
  use (m);
  *m = 1;
}

/* foo31.  */
void
call_leak (void)
{
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call argument" } */
  leak_global (x);
}

/* param2/caller2a: the callee's summary is all the caller sees.  */
void
call_leak_store (int **o) /* { dg-message "o does not escape" } */
{
  int *y = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) escapes to heap: call argument" } */
  leak_store (o, y);
}

void
call_leak_two (void)
{
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call argument" } */
  int *y = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  leak_one_of_two (x, y);
}

void
call_leak_self (void)
{
  struct self *s = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call argument" } */
  leak_self (s);
}

/* foo32.  */
void
call_no_leak (void)
{
  int *z = gc_alloc (4); /* { dg-message "gc_alloc\\(4\\) does not escape" } */
  no_leak (z);
}

/* Parameters that leak to the result ("leaking param: p to result
   level=N"), and callers that decide what happens to the result.
   Go: test/escape2.go foo9, (*Bar).Leak, (*Bar).AlsoNoLeak, indaddr2;
   escape5.go leaktoret, noleak, leaktosink, f1-f6; escape_param.go param0,
   caller0a, caller0b; escape_calls.go f.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

struct node { int *p; struct node *next; int x; };

int *gp;
char *gcs;
int **gpp;
int gi;

/* param0, leaktoret.  */
NOINLINE int *id (int *a) /* { dg-message "leaking param: a to result level=0" } */
{
  return a;
}

/* (*Bar).Leak: return &b.i.  */
NOINLINE int *field_addr (struct node *m) /* { dg-message "leaking param: m to result level=0" } */
{
  return &m->x;
}

/* (*Bar).AlsoNoLeak: return b.ii.  */
NOINLINE int *field (struct node *n) /* { dg-message "leaking param: n to result level=1" } */
{
  return n->p;
}

NOINLINE char *skip (char *s) /* { dg-message "leaking param: s to result level=0" } */
{
  return s + 1;
}

/* foo9: both parameters flow to the result.  */
NOINLINE int *pick (int *d, int *e, int k) /* { dg-message "leaking param: d to result level=0" } */
{ /* { dg-message "leaking param: e to result level=0" "" { target *-*-* } .-1 } */
  return k ? d : e;
}

/* leaktosink: the heap flow is at the same level, so no result note.  */
NOINLINE int *sink_and_return (int *f) /* { dg-message "leaking param: f" } */
{
  gp = f;
  return f;
}

/* Content to the heap (level 1) and the pointer itself to the result
   (level 0): two notes.  */
NOINLINE int **content_and_self (int **g) /* { dg-message "leaking param content: g" } */
{ /* { dg-message "leaking param: g to result level=0" "" { target *-*-* } .-1 } */
  gp = *g;
  return g;
}

/* Content to the heap and content to the result, both level 1: only the
   heap note.  */
NOINLINE int *content_twice (int **h) /* { dg-message "leaking param content: h" } */
{
  gp = *h;
  return *h;
}

/* noleak.  */
NOINLINE int noleak (int *q) /* { dg-message "q does not escape" } */
{
  return *q;
}

/* f2, caller0a: the result is not kept.  */
void
res_use (void)
{
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  use (id (x));
}

int *
res_return (void)
{
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return" } */
  return id (x);
}

/* f3, caller0b.  */
void
res_global (void)
{
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  gp = id (x);
}

/* f5.  */
void
res_nested_use (void)
{
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  use (id (id (x)));
}

/* f6.  */
void
res_nested_global (void)
{
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  gp = id (id (x));
}

void
res_skip (void)
{
  char *s = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: assign to global" } */
  gcs = skip (s);
}

void
res_field_addr (void)
{
  struct node *n = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) escapes to heap: assign to global" } */
  gp = field_addr (n);
}

void
res_pick_use (void)
{
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  int *y = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  use (pick (x, y, gi));
}

void
res_pick_global (void)
{
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  int *y = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: assign to global" } */
  gp = pick (x, y, gi);
}

/* The heap flow in the callee decides, whatever the caller does with the
   result.  */
void
res_sink (void)
{
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call argument" } */
  use (sink_and_return (x));
}

void
res_noleak (void)
{
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  gi = noleak (x);
}

/* Level 0 to the result: the box itself goes to the global, and what it
   holds with it; level 1 to the heap: what it holds.  */
void
res_content_and_self (void)
{
  int **box = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) escapes to heap: assign to global" } */
  *box = gc_alloc (4); /* { dg-message "gc_alloc\\(4\\) escapes to heap" } */
  gpp = content_and_self (box);
}

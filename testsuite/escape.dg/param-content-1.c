/* Parameters whose pointees leak ("leaking param content: p"): the heap
   flow is one or more dereferences away from the parameter.
   Go: test/escape2.go foo13, foo14, foo46; escape_param.go param6, param7;
   escape_field.go field6/field6a; escape_array.go fum.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

struct node { int *p; struct node *next; int x; };

int *gp;
int gi;

/* foo13 (sink = *i in param6).  */
NOINLINE void content1 (int **a) /* { dg-message "leaking param content: a" } */
{
  gp = *a;
}

/* foo46.  */
NOINLINE void content_field (struct node *n) /* { dg-message "leaking param content: n" } */
{
  gp = n->p;
}

/* param7: two dereferences are still "content".  */
NOINLINE void content2 (int ***b) /* { dg-message "leaking param content: b" } */
{
  gp = **b;
}

NOINLINE void content_next (struct node *m) /* { dg-message "leaking param content: m" } */
{
  gp = m->next->p;
}

/* foo13: *xxx = *yyy.  */
NOINLINE void content_copy (int **dst, int **src) /* { dg-message "dst does not escape" } */
{ /* { dg-message "leaking param content: src" "" { target *-*-* } .-1 } */
  *dst = *src;
}

/* foo14: **xxx = **yyy copies an int.  */
NOINLINE int read_only (int **c) /* { dg-message "c does not escape" } */
{
  return **c;
}

/* Through a callee's summary.  */
NOINLINE void content_via_callee (int **d) /* { dg-message "leaking param content: d" } */
{
  content1 (d);
}

/* The site that is passed stays; what it holds leaks.  */
void
call_content1 (void)
{
  int **box = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call argument" } */
  *box = x;
  content1 (box);
}

/* field6a.  */
void
call_content_field (void)
{
  struct node *n = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  n->p = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: call argument" } */
  n->next = 0;
  content_field (n);
}

/* The address of a local variable that holds the site.  */
void
call_content_local (void)
{
  int *y = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call argument" } */
  content1 (&y);
}

/* Two levels: only what is two dereferences away from the argument leaks;
   the middle site stays.  */
void
call_content2 (void)
{
  /* At -O0 mid lives in memory and content2 (no modref summary there)
     may write through &mid, so *mid = x is a store through a pointer that
     may point anywhere: the same verdict, reached by another step.  */
  int *x = gc_alloc (4); /* { dg-message "gc_alloc\\(4\\) escapes to heap: (call argument|store through pointer)" } */
  int **mid = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  *mid = x;
  content2 (&mid);
}

void
call_read_only (void)
{
  int **box = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  *box = gc_alloc (4); /* { dg-message "gc_alloc\\(4\\) does not escape" } */
  gi = read_only (box);
}

void
call_content_copy (int **o) /* { dg-message "o does not escape" } */
{
  int **box = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  *box = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call argument" } */
  content_copy (o, box);
}

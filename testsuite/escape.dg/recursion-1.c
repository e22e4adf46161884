/* Recursion: a strongly connected component of the call graph is analysed
   at once.  Within one component, a flow into another member's result is a
   heap leak, as in Go; a function's own result is its own result, even
   when it calls itself.
   Go: test/escape5.go leakrecursive1/leakrecursive2; escape_calls.go walk;
   ir/scc.go.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

struct node { int *p; struct node *next; int x; };

int *gp;
int gi;

/* A function's own result, through itself.  */
NOINLINE int *self_ret (int *p, int n) /* { dg-message "leaking param: p to result level=0" } */
{
  if (n <= 0)
    return p;
  int *r = self_ret (p, n - 1);
  use (r);
  return r;
}

void
self_ret_caller (void)
{
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  use (self_ret (x, 3));
}

/* leakrecursive1/2: the parameters flow into the other member's result,
   which counts as the heap.  BAD: nothing escapes here.  */
int *pong (int *b, int n);

NOINLINE int *ping (int *a, int n) /* { dg-message "leaking param: a" } */
{
  if (n <= 0)
    return a;
  return pong (a, n - 1);
}

NOINLINE int *pong (int *b, int n) /* { dg-message "leaking param: b" } */
{
  return ping (b, n - 1);
}

void
ping_caller (void)
{
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call argument" } */
  use (ping (x, 3));
}

/* A component that only reads.  */
int sum_b (int *q, int n);

NOINLINE int sum_a (int *c, int n) /* { dg-message "c does not escape" } */
{
  if (n <= 0)
    return *c;
  return *c + sum_b (c, n - 1);
}

NOINLINE int sum_b (int *q, int n) /* { dg-message "q does not escape" } */
{
  return sum_a (q, n - 1) * 2;
}

void
sum_caller (void)
{
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  gi = sum_a (x, 5);
}

/* A component where one member stores to a global.  */
void odd_keep (int *e, int n);

NOINLINE void even_keep (int *d, int n) /* { dg-message "leaking param: d" } */
{
  if (n)
    odd_keep (d, n - 1);
  use (d);
}

NOINLINE void odd_keep (int *e, int n) /* { dg-message "leaking param: e" } */
{
  if (n)
    even_keep (e, n - 1);
  else
    gp = e;
}

void
keep_caller (void)
{
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call argument" } */
  even_keep (x, 4);
}

/* A site passed down the recursion.  */
NOINLINE int rec_site (int *f, int n) /* { dg-message "f does not escape" } */
{
  if (n <= 0)
    return *f;
  int *g = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  *g = *f + 1;
  int r = rec_site (g, n - 1);
  use (g);
  return r;
}

/* Walking a list recursively.  */
NOINLINE int depth (struct node *l) /* { dg-message "l does not escape" } */
{
  if (!l)
    return 0;
  int d = depth (l->next);
  use (l);
  return d + 1;
}

/* Building a list recursively: each node is returned.  */
NOINLINE struct node *
build (int n)
{
  if (n <= 0)
    return 0;
  struct node *nd = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) escapes to heap: return" } */
  nd->next = build (n - 1);
  nd->x = n;
  return nd;
}

/* escape_calls.go walk: *np = n->next through a recursive call.  Go
   says "leaking param content: np"; here the store writes back into
   np's memory what it read there (n->next, reached from *np), which
   adds no flow in any caller (docs/rules.md, write-backs).  */
NOINLINE void walk (struct node **np) /* { dg-message "np does not escape" } */
{
  struct node *n = *np;
  if (n == 0)
    return;
  walk (&n->next);
  *np = n->next;
  use (n);
}

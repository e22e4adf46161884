/* GCC's early inlining has happened before the analysis (at -O0 only for
   always_inline): a site inside an inlined constructor is decided in each
   caller, as in Go, and noted once per inlined copy at its line in the
   inlined body.  Calls to a gc_alloc function are never inlined.
   Go: test/escape4.go (inlined bodies analysed in the caller).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

struct node { int *p; struct node *next; int x; };

int *gp;

static inline __attribute__((always_inline)) struct node *
new_node (void)
{
  struct node *n = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) escapes to heap: return" } */
  /* { dg-message "gc_alloc\\(24\\) does not escape" "local copy" { target *-*-* } .-1 } */
  /* { dg-message "gc_alloc\\(24\\) escapes to heap: assign to global" "global copy" { target *-*-* } .-2 } */
  n->x = 1;
  return n;
}

struct node *
inl_return (void)
{
  return new_node ();
}

int
inl_local (void)
{
  struct node *n = new_node ();
  use (n);
  return n->x;
}

void
inl_global (void)
{
  struct node *n = new_node ();
  gp = &n->x;
}

/* An allocator with a body is still a site, never inlined.  */
__attribute__((gc_alloc)) void *
my_alloc (unsigned long sz)
{
  /* Both non-constant and returned: SPEC does not say which reason.  */
  return gc_alloc (sz); /* { dg-message "gc_alloc\\(sz\\) escapes to heap" } */
}

void
inl_my_alloc (void)
{
  int *p = my_alloc (16); /* { dg-message "my_alloc\\(16\\) does not escape" } */
  use (p);
}

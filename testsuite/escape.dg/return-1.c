/* Sites that are returned escape ("return"), whatever the caller does;
   parameters that are returned leak to the result instead.
   Go: test/escape2.go foo3, foo78, foo116, NewBar, NewBarp, NewBarp2,
   foo138/foo139, f; escape_struct_return.go A.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

struct node { int *p; struct node *next; int x; };
struct pair { int *a; int *b; };

int gi;

/* NewBar.  */
NOINLINE int *
ret_direct (void)
{
  return gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
}

/* foo3.  */
NOINLINE int *
ret_var (int n)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  *p = n;
  return p;
}

/* foo138: an interior pointer keeps the whole site alive.  */
NOINLINE char *
ret_interior (void)
{
  char *s = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: return" } */
  use (s);
  return s + 8;
}

NOINLINE int *
ret_field_addr (void)
{
  struct node *n = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) escapes to heap: return" } */
  use (n);
  return &n->x;
}

NOINLINE long *
ret_cast (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return" } */
  use (p);
  return (long *) p;
}

/* foo116: both arms.  */
NOINLINE int *
ret_branch (int k)
{
  int *a = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return" } */
  int *b = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: return" } */
  use (a);
  use (b);
  if (k)
    return a;
  return b;
}

/* Only the site that is returned.  */
NOINLINE int *
ret_one (int k)
{
  int *a = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return" } */
  int *b = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  use (a);
  use (b);
  return k ? a : 0;
}

/* escape_struct_return.go A: a struct returned by value.  */
NOINLINE struct pair
ret_struct (void)
{
  struct pair r;
  r.a = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return" } */
  r.b = 0;
  return r;
}

/* A returned parameter leaks to the result; a returned site escapes.  */
NOINLINE int *ret_param_or_site (int *q, int k) /* { dg-message "leaking param: q to result level=0" } */
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return" } */
  use (p);
  return k ? q : p;
}

/* NewBarp: a parameter stored into a site that escapes is on the heap.  */
NOINLINE struct node *new_node (int *v) /* { dg-message "leaking param: v" } */
{
  struct node *n = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) escapes to heap: return" } */
  n->p = v;
  n->next = 0;
  return n;
}

/* NewBarp2: only a value read through the parameter is stored.  */
NOINLINE struct node *new_node2 (int *w) /* { dg-message "w does not escape" } */
{
  struct node *n = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) escapes to heap: return" } */
  n->x = *w;
  return n;
}

/* A site that is returned escapes from its function; a caller that
   drops the result, or only reads through it, keeps the storage in its
   own frame (SPEC 4 rule 6), and the site's note says so.  */
void
drop_result (void)
{
  ret_direct (); /* { dg-message "ret_direct\\(\\) result does not escape: 16 bytes in this frame" } */
  gi = *ret_var (3); /* { dg-message "ret_var\\(\\) result does not escape: 16 bytes in this frame" } */
}

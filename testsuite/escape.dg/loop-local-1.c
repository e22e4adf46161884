/* Sites in loops that are not carried around the back edge stay on the
   stack: decided on data flow, not on where a variable is declared (SPEC 4,
   rule 3).  A local declared inside the loop body lives one iteration.
   Go: test/escape2.go foo81; foo80 (escapes in Go: "Really just escapes its
   scope but we don't distinguish"; here it does not); foo145-foo149 (the
   for init statement is not in the loop).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

struct node { int *p; struct node *next; int x; };

/* foo81.  */
void
ll_local (int n)
{
  for (int i = 0; i < n; i++)
    {
      int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
      *p = i;
      use (p);
    }
}

/* foo80: declared outside the loop, overwritten before every read, never
   read after the loop.  */
void
ll_outer_var (int n)
{
  int *z;
  for (int i = 0; i < n; i++)
    {
      z = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
      *z = i;
      use (z);
    }
}

/* The same, with two sites merging into the variable.  */
void
ll_outer_var_merge (int n)
{
  int *z;
  for (int i = 0; i < n; i++)
    {
      if (i & 1)
	z = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
      else
	z = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
      use (z);
    }
}

/* The variable is read after the loop, but only after being
   overwritten.  */
void
ll_overwritten_after (int n)
{
  int *z;
  for (int i = 0; i < n; i++)
    {
      z = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
      use (z);
    }
  z = 0;
  use (z);
}

/* A local array declared inside the loop body lives one iteration.  */
void
ll_local_array (int n)
{
  for (int i = 0; i < n; i++)
    {
      int *arr[2];
      arr[0] = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
      arr[1] = 0;
      use (arr);
    }
}

/* A site stored into a site of the same iteration.  */
void
ll_site_in_iteration (int n)
{
  for (int i = 0; i < n; i++)
    {
      struct node *nd = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
      int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
      nd->p = x;
      use (nd);
    }
}

/* Allocated before the loop, used in it.  */
void
ll_before_loop (int n)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  for (int i = 0; i < n; i++)
    *p += i;
  use (p);
}

/* foo145: the for init statement runs once, before the loop.  */
void
ll_for_init (int n)
{
  int *p;
  for (p = gc_alloc (16); *p < n; (*p)++) /* { dg-message "gc_alloc\\(16\\) does not escape" } */
    use (p);
}

/* Passed to a callee that does not keep it, in every iteration.  */
NOINLINE int peek (int *q) /* { dg-message "q does not escape" } */
{
  return *q;
}

int
ll_callee (int n)
{
  int sum = 0;
  for (int i = 0; i < n; i++)
    {
      int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
      *p = i;
      sum += peek (p);
    }
  return sum;
}

/* A pointer into a site allocated before the loop moves around the back
   edge; the site itself is not allocated in the loop.  */
int
ll_iterate (void)
{
  char *s = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  int c = 0;
  use (s);
  for (char *q = s; *q; q++)
    c++;
  return c;
}

/* A site allocated inside a loop and carried around its back edge (held at
   the end of an iteration by a variable that is read later, in the next
   iteration or after the loop), or stored into memory that lives longer
   than one iteration, escapes ("loop-carried"): one stack slot per site
   cannot hold two live objects.
   Go: test/escape2.go foo72a, foo72b, foo80 (the variant that reads after
   the loop); solve.go outlives.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

struct node { int *p; struct node *next; int x; };

NOINLINE int count (struct node *l) /* { dg-message "l does not escape" } */
{
  int c = 0;
  for (; l; l = l->next)
    c++;
  return c;
}

/* Read after the loop.  */
void
lc_after (int n)
{
  int *last = 0;
  for (int i = 0; i < n; i++)
    {
      last = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: loop-carried" } */
      *last = i;
    }
  use (last);
}

/* Read in the next iteration.  */
int
lc_next_iteration (int n)
{
  int *prev = 0;
  int sum = 0;
  for (int i = 0; i < n; i++)
    {
      int *cur = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: loop-carried" } */
      *cur = i;
      if (prev)
	sum += *prev;
      prev = cur;
    }
  return sum;
}

/* A comparison in the next iteration is a read too (a converted site would
   compare equal to its previous self).  */
int
lc_compare (int n)
{
  int *prev = 0;
  int same = 0;
  for (int i = 0; i < n; i++)
    {
      int *cur = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: loop-carried" } */
      use (cur);
      if (cur == prev)
	same++;
      prev = cur;
    }
  return same;
}

/* Building a list.  */
int
lc_list (int n)
{
  struct node *head = 0;
  for (int i = 0; i < n; i++)
    {
      struct node *nd = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) escapes to heap: loop-carried" } */
      nd->x = i;
      nd->next = head;
      head = nd;
    }
  return count (head);
}

/* foo72a: stored into a local array declared outside the loop.  */
void
lc_array (void)
{
  int *arr[4];
  for (int i = 0; i < 4; i++)
    arr[i] = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: loop-carried" } */
  use (arr);
}

/* Stored into a site allocated before the loop.  */
void
lc_into_outer_site (int n)
{
  struct node *hd = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  for (int i = 0; i < n; i++)
    {
      int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: loop-carried" } */
      *x = i;
      hd->p = x;
    }
  use (hd);
}

/* Carried around the inner loop, read after it.  */
void
lc_inner (int n)
{
  for (int i = 0; i < n; i++)
    {
      int *last = 0;
      for (int j = 0; j < n; j++)
	last = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: loop-carried" } */
      use (last);
    }
}

/* while loop, held in a variable read at the top of the next iteration.  */
int
lc_while (int n)
{
  int *p = 0;
  int sum = 0;
  while (n-- > 0)
    {
      if (p)
	sum += *p;
      p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: loop-carried" } */
      *p = n;
    }
  return sum;
}

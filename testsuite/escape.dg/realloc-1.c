/* gc_realloc (SPEC 3): the result is a new block holding the old
   block's contents (no note of its own: it stays on the heap); the old
   block does not escape by being passed, the reallocation moves
   converted storage to the heap.  An old block that may be a caller's
   (a parameter's object) is tested at run time, as for gc_free.
   realloc= names reallocators without the attribute.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-realloc=my_resize" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void *gc_realloc (void *, unsigned long) __attribute__((gc_realloc));
void *gc_resize (int, unsigned long, void *) __attribute__((gc_realloc (3, 2)));
void *my_resize (void *, unsigned long);
void use (void *) __attribute__((noescape));

struct node { int *p; struct node *next; };
int *keep;

/* Grown in a loop: the first buffer converts.  */
NOINLINE void
re_builder (int k)
{
  unsigned long cap = 16;
  char *buf = gc_alloc (cap); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  for (int i = 0; i < k; i++)
    {
      if (i + 1 >= (int) cap)
	buf = gc_realloc (buf, cap *= 2);
      buf[i] = 1;
    }
  use (buf);
}

/* The reallocated block is returned: the old one still converts.  */
NOINLINE char *
re_return (void)
{
  char *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  p[0] = 1;
  return gc_realloc (p, 32);
}

/* What the old block holds escapes with the new one.  */
NOINLINE struct node *
re_contents (void)
{
  struct node *n = gc_alloc (sizeof *n); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  n->p = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) escapes to heap: return" } */
  return gc_realloc (n, 64);
}

/* Argument positions of gc_realloc(P, S), and realloc=.  */
NOINLINE void
re_positions (unsigned long n)
{
  char *a = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  char *b = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  a = gc_resize (7, n, a);
  b = my_resize (b, n);
  use (a);
  use (b);
}

/* A small-buffer site reallocated.  */
NOINLINE void
re_small (unsigned long n)
{
  char *s = gc_alloc (n); /* { dg-message "gc_alloc\\(n\\) does not escape: on the stack up to 64 bytes" } */
  s = gc_realloc (s, 2 * n);
  use (s);
}

/* A parameter's object reallocated: it may be a caller's converted
   storage.  The call is tested at run time (SPEC 6) and moves such
   storage to the heap: P does not escape by being passed, but what it
   holds is copied into the new block, which is returned: P's content
   leaks.  The caller's site is converted.  */
NOINLINE char *
re_param (char *p, unsigned long n) /* { dg-message "leaking param content: p" } */
{
  return gc_realloc (p, n);
}

void
re_param_caller (void)
{
  char *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  use (re_param (p, 32));
}

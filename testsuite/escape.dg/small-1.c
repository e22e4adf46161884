/* Non-constant sizes (SPEC 4 rule 7, Go 1.25's small buffers): a site
   whose size is not a constant but which does not escape otherwise gets
   a zero-filled small-size-byte stack buffer (64 by default), used when
   the size fits at run time; a larger size calls the allocator.  A site
   that escapes otherwise prints that reason.
   Go: test/escape_slice.go / escape_make.go, make([]T, n) "does not
   escape" since Go 1.25 (walk/builtin.go, a 32-byte buffer).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void *gc_calloc (unsigned long, unsigned long) __attribute__((gc_alloc (1, 2)));
void *gc_int (int) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));
void take (char *);

struct node { int *p; struct node *next; };
char *keep;

NOINLINE void
sm_param (unsigned long n)
{
  char *s = gc_alloc (n); /* { dg-message "gc_alloc\\(n\\) does not escape: on the stack up to 64 bytes" } */
  use (s);
}

/* A signed size: a negative one converts to a huge size_t, the heap.  */
NOINLINE void
sm_signed (int len)
{
  char *s = gc_int (len); /* { dg-message "gc_int\\(len\\) does not escape: on the stack up to 64 bytes" } */
  use (s);
}

/* calloc-style, a non-constant factor: the product is tested.  */
NOINLINE void
sm_calloc (unsigned long cnt)
{
  int *a = gc_calloc (cnt, 8); /* { dg-message "gc_calloc\\(\\?\\) does not escape: on the stack up to 64 bytes" } */
  use (a);
}

NOINLINE void
sm_calloc_both (unsigned long cnt, unsigned long sz)
{
  int *a = gc_calloc (cnt, sz); /* { dg-message "gc_calloc\\(\\?\\) does not escape: on the stack up to 64 bytes" } */
  use (a);
}

/* The other reasons still hold.  */
NOINLINE char *
sm_return (unsigned long n)
{
  return gc_alloc (n); /* { dg-message "gc_alloc\\(n\\) escapes to heap: return" } */
}

NOINLINE void
sm_global (unsigned long n)
{
  keep = gc_alloc (n); /* { dg-message "gc_alloc\\(n\\) escapes to heap: assign to global" } */
}

NOINLINE void
sm_unknown (unsigned long n)
{
  char *s = gc_alloc (n); /* { dg-message "gc_alloc\\(n\\) escapes to heap: call to unknown function" } */
  take (s);
}

/* What a small-buffer site holds is tracked as for any site.  */
NOINLINE void
sm_holds (unsigned long n)
{
  struct node **v = gc_alloc (n * sizeof *v); /* { dg-message "gc_alloc\\(\\?\\) does not escape: on the stack up to 64 bytes" } */
  v[0] = gc_alloc (sizeof (struct node)); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  use (v);
}

/* In a loop, one per iteration: the buffer is reused.  */
NOINLINE void
sm_loop (unsigned long n, int k)
{
  for (int i = 0; i < k; i++)
    {
      char *s = gc_alloc (n + i); /* { dg-message "gc_alloc\\(\\?\\) does not escape: on the stack up to 64 bytes" } */
      use (s);
    }
}

/* Carried from one iteration into the next: loop-carried.  */
NOINLINE void
sm_loop_carried (unsigned long n, int k)
{
  char *prev = 0;
  for (int i = 0; i < k; i++)
    {
      char *s = gc_alloc (n + i); /* { dg-message "gc_alloc\\(\\?\\) escapes to heap: loop-carried" } */
      if (prev)
	s[0] = prev[0];
      use (s);
      prev = s;
    }
}

/* A constant too large still is.  */
void
sm_too_large (void)
{
  char *s = gc_alloc (65537); /* { dg-message "gc_alloc\\(65537\\) escapes to heap: too large" } */
  use (s);
}

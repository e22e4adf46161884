/* The solver's work limit (param-work=1): every site of the component
   escapes (unmodelled).  With the default limit (cap-off.c) each site is
   converted.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-dump -fplugin-arg-escape-param-work=1" } */
/* { dg-final { scan-escape-dump "^escape: work limit 1 reached; every site of this component escapes" } } */

void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void touch (void *) __attribute__((noescape));
typedef union { int *p; unsigned long u; } pun;

void
size_chain (void)
{
  int n = 16;
  char *p = gc_alloc ((unsigned long) n); /* { dg-message "gc_alloc\\(16\\) escapes to heap: unmodelled" } */
  touch (p);
}

int
loop_bits (int n)
{
  pun x, y;
  x.p = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) escapes to heap: unmodelled" } */
  unsigned long v = x.u, w = 0;
  for (int i = 0; i < n; i++)
    {
      unsigned long t = v;
      v = w;
      w = t;
    }
  y.u = n & 1 ? w : v;
  return *y.p;
}

struct s { int *p; };

void
stored (void)
{
  struct s *o = gc_alloc (sizeof *o); /* { dg-message "gc_alloc\\(8\\) escapes to heap: unmodelled" } */
  o->p = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) escapes to heap: unmodelled" } */
  touch (o);
}

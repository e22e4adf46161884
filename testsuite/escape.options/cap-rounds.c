/* The rounds of store resolution (param-rounds=1): the store o->p = ...
   needs a second round to settle, so every site of its component
   escapes (unmodelled): what gc_free and calls that write through their
   arguments may reach has not settled either.  A component without a
   store through a pointer needs no round.  With the default (cap-off.c)
   each site is converted.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-dump -fplugin-arg-escape-param-rounds=1" } */
/* { dg-final { scan-escape-dump "^escape: store resolution did not settle in 1 rounds; every site of this component escapes" } } */

void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void touch (void *) __attribute__((noescape));
typedef union { int *p; unsigned long u; } pun;

void
size_chain (void)
{
  int n = 16;
  char *p = gc_alloc ((unsigned long) n); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  touch (p);
}

int
loop_bits (int n)
{
  pun x, y;
  x.p = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
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

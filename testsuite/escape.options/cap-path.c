/* The length of an -m=2 explanation (param-path=1): the explanation is
   cut after one step and the dump says so; verdicts do not depend on it
   (the same as cap-off.c).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2 -fplugin-arg-escape-dump -fplugin-arg-escape-param-path=1" } */
/* { dg-final { scan-escape-dump "^escape: explanation cut at 1 steps \\(path limit\\)" } } */

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
  struct s *o = gc_alloc (sizeof *o); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  o->p = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  touch (o);
}

void *gp;

void
leaked (int c)
{
  int *p = gc_alloc (4); /* { dg-message "gc_alloc\\(4\\) escapes to heap: interface conversion" } */
  /* { dg-message "flow: p = &\\{storage for gc_alloc\\(4\\)\\}" "one step, then cut" { target *-*-* } .-1 } */
  int *q = c ? p : 0;
  gp = q;
}

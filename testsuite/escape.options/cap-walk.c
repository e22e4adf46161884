/* The walk limit (param-walk=1): every walk of more than one SSA name is
   cut and answers the safe way.  The size chase answers "not a constant":
   a small buffer (rule 7), whose run-time test is exact whatever the
   chase found; the pointer bits of x.u, copied round a loop, are
   taken to be a pointer's and escape (unmodelled).  With the default
   limit (cap-off.c) both sites are converted.  The store's sites do not
   need a walk of two names.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-dump -fplugin-arg-escape-param-walk=1" } */
/* { dg-final { scan-escape-dump "^escape: walk limit 1 reached \\(pointer bits of " } } */

void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void touch (void *) __attribute__((noescape));
typedef union { int *p; unsigned long u; } pun;

void
size_chain (void)
{
  int n = 16;
  char *p = gc_alloc ((unsigned long) n); /* { dg-message "gc_alloc\\(\\?\\) does not escape: on the stack up to 64 bytes" } */
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
  struct s *o = gc_alloc (sizeof *o); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  o->p = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  touch (o);
}

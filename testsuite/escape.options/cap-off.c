/* The inputs of the cap tests (cap-*.c) with every cap at its default:
   each site is converted.  Each cap test forces one cap small and checks
   that every verdict it touches moves to the heap and that the dump
   names the cap (docs/design.md, Caps).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

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

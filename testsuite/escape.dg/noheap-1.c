/* noheap: every site of the function must be stack-converted; each one
   that is not is a warning with its reason, without the warn option.  With
   m, the other decisions are notes as usual.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

int *gp;

__attribute__((noheap)) int *
nh_mixed (int n)
{
  int *p = gc_alloc (16); /* { dg-warning "gc_alloc\\(16\\) escapes to heap: return" } */
  int *q = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  *p = n;
  use (q);
  return p;
}

/* Not noheap: a note.  */
int *
nh_plain (void)
{
  return gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return" } */
}

/* A non-constant size gets a small buffer (rule 7): no warning, though
   a size over small-size still calls the allocator at run time.  */
__attribute__((noheap)) void
nh_nonconst (unsigned long n)
{
  char *s = gc_alloc (n); /* { dg-message "gc_alloc\\(n\\) does not escape: on the stack up to 64 bytes" } */
  use (s);
}

/* Returned, it escapes for that reason.  */
__attribute__((noheap)) char *
nh_nonconst_return (unsigned long n)
{
  return gc_alloc (n); /* { dg-warning "gc_alloc\\(n\\) escapes to heap: return" } */
}

__attribute__((noheap)) void
nh_too_large (void)
{
  char *s = gc_alloc (100000); /* { dg-warning "gc_alloc\\(100000\\) escapes to heap: too large" } */
  use (s);
}

__attribute__((noheap)) void
nh_global (void)
{
  gp = gc_alloc (8); /* { dg-warning "gc_alloc\\(8\\) escapes to heap: assign to global" } */
}

__attribute__((noheap)) void
nh_clean (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  use (p);
}

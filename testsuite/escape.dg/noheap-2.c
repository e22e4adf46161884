/* noheap without m: the warnings only.  */
/* { dg-do compile } */
/* { dg-options "" } */

void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

int *gp;

__attribute__((noheap)) int *
nh_mixed (int n)
{
  int *p = gc_alloc (16); /* { dg-warning "gc_alloc\\(16\\) escapes to heap: return" } */
  int *q = gc_alloc (32);
  *p = n;
  use (q);
  return p;
}

/* Not noheap: silent.  */
int *
nh_plain (void)
{
  return gc_alloc (16);
}

__attribute__((noheap)) void
nh_global (void)
{
  gp = gc_alloc (8); /* { dg-warning "gc_alloc\\(8\\) escapes to heap: assign to global" } */
}

/* Parameters are not reported.  */
void
nh_param (int *r)
{
  gp = r;
}

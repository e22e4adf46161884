/* alloc=NAME[,NAME...]: functions treated as if declared gc_alloc, for
   headers that cannot be edited; the size is their argument 1.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-alloc=GC_malloc,GC_malloc_atomic" } */

void *GC_malloc (unsigned long);
void *GC_malloc_atomic (unsigned long);
void *GC_other (unsigned long);
void use (void *) __attribute__((noescape));

struct node { int *p; struct node *next; int x; };

struct node *gnp;

void
ao_stack (void)
{
  struct node *n = GC_malloc (24); /* { dg-message "GC_malloc\\(24\\) does not escape" } */
  n->p = GC_malloc_atomic (16); /* { dg-message "GC_malloc_atomic\\(16\\) does not escape" } */
  use (n);
}

struct node *
ao_return (void)
{
  struct node *n = GC_malloc (24); /* { dg-message "GC_malloc\\(24\\) escapes to heap: return" } */
  return n;
}

void
ao_global (void)
{
  gnp = GC_malloc (24); /* { dg-message "GC_malloc\\(24\\) escapes to heap: assign to global" } */
}

/* Not listed: not a site (and its result is an unknown pointer).  */
void
ao_not_listed (void)
{
  struct node *n = GC_other (24);
  use (n);
}

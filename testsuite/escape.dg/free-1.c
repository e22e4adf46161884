/* gc_free and free=NAME: passing a pointer to a deallocator is not an
   escape (the call is deleted when its argument may point to a converted
   site).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-free=my_release" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void gc_free (void *) __attribute__((gc_free));
void my_release (void *);
void use (void *) __attribute__((noescape));
void ext (int *);

int *gp;

void
fr_free (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  use (p);
  gc_free (p);
}

/* free=my_release.  */
void
fr_option (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  use (p);
  my_release (p);
}

/* A parameter given to the deallocator: the call cannot be deleted (other
   callers may pass heap objects), but it is tested at run time (SPEC 6):
   on a caller's converted storage it does nothing.  So the parameter does
   not escape (SPEC 3: passing to gc_free "is not an escape"), and the
   caller's site is converted (run-free-param.c runs it).  */
NOINLINE void fr_param (int *q) /* { dg-message "q does not escape" } */
{
  gc_free (q);
}

void
fr_param_caller (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  use (p);
  fr_param (p);
}

/* Freeing does not undo an escape.  */
void
fr_after_escape (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  gp = p;
  gc_free (p);
}

void
fr_one_path (int k)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call to unknown function" } */
  if (k)
    gc_free (p);
  else
    ext (p);
}

/* A site freed in the loop it was allocated in.  */
void
fr_loop (int n)
{
  for (int i = 0; i < n; i++)
    {
      int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
      *p = i;
      use (p);
      gc_free (p);
    }
}

/* The C library's free and realloc are not gc_free: what they are given
   must stay on the heap, and neither has a body here.  */
void free (void *);
void *realloc (void *, unsigned long);

void
fr_libc_free (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call to unknown function" } */
  free (p);
}

void *
fr_libc_realloc (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call to unknown function" } */
  int *q = realloc (p, 32);
  return q;
}

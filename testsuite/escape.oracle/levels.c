/* Objects that die at known levels: 0 (their own frame), 1 (the caller),
   2 (one further), later, never.  oracle.exp checks each annotated site's
   histogram: the listed buckets exactly, every other bucket 0.  */
#include <gc.h>
#include <stdio.h>

struct node { struct node *next; long v; };
static struct node *kept;

#define N 40

__attribute__ ((noinline)) long
own (long i)
{
  struct node *p = GC_malloc (sizeof *p); /* oracle: 0=40 stack */
  p->v = i;
  return p->v;
}

__attribute__ ((noinline)) struct node *
make (long i)
{
  struct node *p = GC_malloc (sizeof *p); /* oracle: 1=40 2=40 later=40 caller-frame */
  p->v = i;
  return p;
}

__attribute__ ((noinline)) long
caller (long i)
{
  return make (i)->v;
}

__attribute__ ((noinline)) struct node *
pass_up (long i)
{
  struct node *p = make (i);
  p->v++;
  return p;
}

__attribute__ ((noinline)) long
two_up (long i)
{
  struct node *p = pass_up (i);
  return p->v;
}

__attribute__ ((noinline)) struct node *
pass_up2 (long i)
{
  return pass_up (i);
}

__attribute__ ((noinline)) long
three_up (long i)
{
  return pass_up2 (i)->v;
}

__attribute__ ((noinline)) void
keep (long i)
{
  struct node *p = GC_malloc (sizeof *p); /* oracle: never=40 heap */
  p->v = i;
  p->next = kept;
  kept = p;
}

/* Atomic (pointer-free) storage, returned and dropped by the caller.  */
__attribute__ ((noinline)) char *
digits (long i)
{
  char *s = GC_malloc_atomic (24); /* oracle: 1=40 caller-frame */
  snprintf (s, 24, "%ld", i);
  return s;
}

__attribute__ ((noinline)) long
count_digits (long i)
{
  long n = 0;
  for (char *s = digits (i); *s; s++)
    n++;
  return n;
}

int
main (void)
{
  GC_INIT ();
  long sum = 0;
  for (long i = 0; i < N; i++)
    {
      sum += own (i);
      sum += caller (i);
      sum += two_up (i);
      sum += three_up (i);
      sum += count_digits (i);
      keep (i);
    }
  long k = 0;
  for (struct node *p = kept; p; p = p->next)
    k += p->v;
  printf ("%ld %ld\n", sum, k);
  return 0;
}

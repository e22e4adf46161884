/* Threads (SPEC section 4, rule 2: pthread_create keeps what it is
   given: unknown, so it escapes).  Each worker's argument is allocated
   by main and handed to pthread_create: it stays on the heap, once per
   thread (4).  Inside the workers, which run at the same time, a scratch
   buffer per iteration and an accumulator per call never leave the
   thread's own frame: converted, on each thread's own stack, with no
   allocator call from a worker.  A pointer published in a _Thread_local
   variable is a global: that site escapes, once (from main).

   Allocator calls: 4 + 0 + 1 = 5.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */

#include <pthread.h>
#include "alloc.h"

#define NT 4

struct job { int id; int rounds; long result; };
struct acc { long sum; long sq; };

static pthread_barrier_t start;

__attribute__ ((noinline)) static long
work (int id, int rounds)
{
  struct acc *a = test_alloc (sizeof *a);
  for (int r = 0; r < rounds; r++)
    {
      int *scratch = test_alloc (16 * sizeof *scratch);
      for (int i = 0; i < 16; i++)
	{
	  if (scratch[i] != 0)
	    return -1;
	  scratch[i] = id * 1000 + r + i;
	}
      for (int i = 0; i < 16; i++)
	a->sum += scratch[i];
      a->sq += (long) scratch[15] * scratch[0];
    }
  return a->sum + a->sq % 1000;
}

static void *
worker (void *arg)
{
  struct job *j = arg;
  pthread_barrier_wait (&start);
  j->result = work (j->id, j->rounds);
  return NULL;
}

static _Thread_local int *tls_ptr;

__attribute__ ((noinline)) static void
publish (int v)
{
  int *p = test_alloc (sizeof *p);
  *p = v;
  tls_ptr = p;
}

int
main (void)
{
  pthread_t t[NT];
  struct job *jobs[NT];
  pthread_barrier_init (&start, NULL, NT);
  for (int i = 0; i < NT; i++)
    {
      jobs[i] = test_alloc (sizeof *jobs[i]);
      jobs[i]->id = i + 1;
      jobs[i]->rounds = 50 + i;
      if (pthread_create (&t[i], NULL, worker, jobs[i]))
	return 1;
    }
  for (int i = 0; i < NT; i++)
    if (pthread_join (t[i], NULL))
      return 1;
  for (int i = 0; i < NT; i++)
    printf ("job %d: %ld\n", jobs[i]->id, jobs[i]->result);
  publish (31);
  printf ("tls=%d\n", *tls_ptr);
  test_print_calls ();
  return 0;
}

/* { dg-output "job 1: 826400\n" } */
/* { dg-output "job 2: 1658570\n" } */
/* { dg-output "job 3: 2523872\n" } */
/* { dg-output "job 4: 3421308\n" } */
/* { dg-output "tls=31\n" } */
/* { dg-output "calls=5\n" } */

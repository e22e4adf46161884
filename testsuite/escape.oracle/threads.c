/* Threads: each has its own frame depth.  Workers make objects that die
   in their own frame, one frame up, and one handed to main through a
   global (it outlives its thread: later), plus one kept to the end
   (never).  */
#define GC_THREADS
#include <gc.h>
#include <pthread.h>
#include <stdio.h>

#define THREADS 4
#define ROUNDS 25

struct node { struct node *next; long v; };
static struct node *handed[THREADS];
static struct node *kept[THREADS];

__attribute__ ((noinline)) long
own (long i)
{
  struct node *p = GC_malloc (sizeof *p); /* oracle: 0=100 stack */
  p->v = i;
  return p->v;
}

__attribute__ ((noinline)) struct node *
make (long i)
{
  struct node *p = GC_malloc (sizeof *p); /* oracle: 1=100 caller-frame */
  p->v = i;
  return p;
}

__attribute__ ((noinline)) long
caller (long i)
{
  return make (i)->v;
}

__attribute__ ((noinline)) void *
worker (void *arg)
{
  long id = (long) arg, s = 0;
  for (long i = 0; i < ROUNDS; i++)
    s += own (i) + caller (i);
  struct node *h = GC_malloc (sizeof *h); /* oracle: later=4 heap */
  h->v = s;
  handed[id] = h;
  struct node *k = GC_malloc (sizeof *k); /* oracle: never=4 heap */
  k->v = id;
  kept[id] = k;
  return NULL;
}

__attribute__ ((noinline)) long
collect (void)
{
  long s = 0;
  for (int i = 0; i < THREADS; i++)
    {
      s += handed[i]->v;
      handed[i] = NULL;
    }
  return s;
}

int
main (void)
{
  GC_INIT ();
  pthread_t t[THREADS];
  for (long i = 0; i < THREADS; i++)
    pthread_create (&t[i], NULL, worker, (void *) i);
  for (int i = 0; i < THREADS; i++)
    pthread_join (t[i], NULL);
  long s = collect ();
  GC_gcollect ();
  printf ("%ld %ld\n", s, kept[0]->v + kept[3]->v);
  return 0;
}

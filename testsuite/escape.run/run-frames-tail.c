/* Caller frames (SPEC 4 rule 6) with tail calls, setjmp and threads
   (SPEC 6: nothing else changes).

     tail_use      places pt_new's point in its frame and ends with a call
                   that receives it: that call must not become a sibling
                   call (which would free the frame the callee reads);
                   GCC makes it one at -O2 without the plugin
     tail_ref      the same through a local struct holding the pointer
     tail_wrap     a wrapper's tail call returning the constructor's
                   result (it passes its caller's storage on), and its
                   caller's tail call consuming that result
     before_jmp    a point placed before setjmp, read after two longjmps
                   back to it; 0 calls
     after_jmp     a context from a constructor, placed before setjmp;
                   points made after setjmp and linked into it, which
                   lives across the longjmps: loop-carried, 3 calls
     threads       4 threads, each 200 wrapped constructions that die in
                   their iteration, in each thread's own frame: 0 calls;
                   the jobs handed to pthread_create: 4 calls

   calls=3+4=7.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */

#include <pthread.h>
#include <setjmp.h>
#include "alloc.h"

#define NOINLINE __attribute__ ((noinline))
#define NT 4

struct pt { long x, y; long pad[6]; };
struct ref { struct pt *p; long k; };
struct ctx { struct pt *head[4]; int n; };
struct job { long id; long result; };

NOINLINE static struct pt *
pt_new (long x)
{
  struct pt *p = test_alloc (sizeof *p);
  for (int i = 0; i < 6; i++)
    if (p->pad[i] != 0)
      abort ();
  p->x = x;
  p->y = x * 2;
  p->pad[5] = x + 3;
  return p;
}

NOINLINE static long
consume (const struct pt *p)
{
  test_clobber_stack ((int) p->x);
  return p->x * 100 + p->y + p->pad[5];
}

NOINLINE static long
consume_ref (const struct ref *r)
{
  test_clobber_stack ((int) r->k);
  return r->p->x * 10 + r->k;
}

NOINLINE static long
tail_use (long a)
{
  struct pt *p = pt_new (a);
  return consume (p);
}

NOINLINE static long
tail_ref (long a)
{
  struct ref r = { pt_new (a), 7 };
  return consume_ref (&r);
}

NOINLINE static struct pt *
wrap (long a)
{
  return pt_new (a + 1);
}

NOINLINE static long
tail_wrap (long a)
{
  return consume (wrap (a));
}

static jmp_buf jb;

NOINLINE static void
bounce (int n)
{
  if (n < 3)
    longjmp (jb, n + 1);
}

NOINLINE static long
before_jmp (long a)
{
  struct pt *p = pt_new (a);
  volatile int k = setjmp (jb);
  p->y += k;
  bounce (k);
  test_clobber_stack (k);
  return p->x * 100 + p->y;
}

NOINLINE static struct ctx *
ctx_new (void)
{
  struct ctx *c = test_alloc (sizeof *c);
  return c;
}

NOINLINE static long
after_jmp (void)
{
  struct ctx *c = ctx_new ();
  int k = setjmp (jb);
  struct pt *p = pt_new (k);
  c->head[c->n++ & 3] = p;
  bounce (c->n);
  test_clobber_stack (k);
  long s = 0;
  for (int i = 0; i < c->n; i++)
    s = s * 10 + c->head[i]->x;
  return s;
}

static void *
worker (void *arg)
{
  struct job *j = arg;
  long s = 0;
  for (int i = 0; i < 200; i++)
    {
      struct pt *p = wrap (j->id * 1000 + i);
      if (i % 50 == 0)
	test_clobber_stack (i);
      s += p->x - p->y + p->pad[5];
    }
  j->result = s;
  return NULL;
}

int
main (void)
{
  printf ("tail_use=%ld\n", tail_use (3));
  printf ("tail_ref=%ld\n", tail_ref (4));
  printf ("tail_wrap=%ld\n", tail_wrap (5));
  printf ("before_jmp=%ld\n", before_jmp (6));
  printf ("after_jmp=%ld\n", after_jmp ());

  pthread_t t[NT];
  struct job *jobs[NT];
  for (int i = 0; i < NT; i++)
    {
      jobs[i] = test_alloc (sizeof *jobs[i]);
      jobs[i]->id = i;
      if (pthread_create (&t[i], NULL, worker, jobs[i]) != 0)
	return 2;
    }
  long s = 0;
  for (int i = 0; i < NT; i++)
    {
      pthread_join (t[i], NULL);
      s += jobs[i]->result;
    }
  printf ("threads=%ld\n", s);
  test_print_calls ();
  return 0;
}

/* { dg-output "tail_use=312\n" } */
/* { dg-output "tail_ref=47\n" } */
/* { dg-output "tail_wrap=621\n" } */
/* { dg-output "before_jmp=618\n" } */
/* { dg-output "after_jmp=23\n" } */
/* { dg-output "threads=2400\n" } */
/* { dg-output "calls=7\n" } */

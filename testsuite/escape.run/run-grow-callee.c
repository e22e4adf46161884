/* Frees and reallocations in callees (SPEC 6): the run-time test.

   A string builder as GC-backed C code writes them: str_new() returns a
   header and its buffer (caller frames, SPEC 4 rule 6: both go into the
   caller's frame), str_grow() reallocates the buffer through the
   header's field, str_free() frees both.  The callees cannot know whether
   they are given stack storage or heap blocks: the rewrite tests each
   gc_free and gc_realloc call at run time.  On stack storage a free does
   nothing and a reallocation moves the bytes to a fresh heap block (one
   test_realloc (NULL, N) call, as Go 1.26 moves a stack slice that
   outgrows its buffer); on a heap block both do what they did.

   build(0) never grows, build(4) grows once (16 -> 42 bytes), build(20)
   three times (42 -> 92 -> 192).  use_heap()'s builder is also kept in a
   global: it stays on the heap and the same callees free and grow it.
   Four threads build strings at the same time: each thread's storage is
   tested against its own stack.  small() reallocates a small buffer
   (SPEC 4 rule 7) of 10, 64 and 65 bytes in a callee.

   Allocator calls: build 0 + use_heap 2 + small 1 (65 bytes) = 3.
   test_realloc calls: build 0 + 1 + 3, use_heap 1, threads 4 x (25 x 1
   + 25 x 3), small 3 = 408.  test_free calls: build 0 + 1 + 1 (the grown
   buffers; the headers are on the stack), use_heap 2, threads 4 x 50,
   small 3 = 207.  Without the plugin: 411 allocations, 408
   reallocations, 411 frees.  The counters are atomic (alloc.h).  */
/* { dg-do run } */
/* { dg-options "-pthread" } */

#include <pthread.h>
#include <string.h>
#include "alloc.h"

struct str { char *ptr; int len; int cap; };

__attribute__ ((noinline)) static struct str *
str_new (void)
{
  struct str *s = test_alloc (sizeof *s);
  s->ptr = test_alloc (16);
  s->cap = 16;
  return s;
}

__attribute__ ((noinline)) static void
str_grow (struct str *s, int need)
{
  if (need <= s->cap)
    return;
  s->cap = need * 2;
  s->ptr = test_realloc (s->ptr, s->cap);
}

__attribute__ ((noinline)) static void
str_cat (struct str *s, const char *t)
{
  int n = strlen (t);
  str_grow (s, s->len + n + 1);
  memcpy (s->ptr + s->len, t, n + 1);
  s->len += n;
}

__attribute__ ((noinline)) static void
str_free (struct str *s)
{
  test_free (s->ptr);
  test_free (s);
}

/* 6 per "abcde": its length and its a's.  */
__attribute__ ((noinline)) static int
build (int times)
{
  struct str *s = str_new ();
  for (int i = 0; i < times; i++)
    str_cat (s, "abcde");
  test_clobber_stack (times);
  int r = s->len;
  for (int i = 0; i < s->len; i++)
    r += s->ptr[i] == 'a';
  str_free (s);
  return r;
}

struct str *kept;

__attribute__ ((noinline)) static int
use_heap (void)
{
  struct str *g = str_new ();
  kept = g;
  for (int i = 0; i < 4; i++)
    str_cat (g, "abcde");
  int r = kept->len;
  for (int i = 0; i < kept->len; i++)
    r += kept->ptr[i] == 'a';
  str_free (g);
  return r;
}

static void *
worker (void *arg)
{
  long sum = 0;
  for (int i = 0; i < 50; i++)
    sum += build (i % 2 ? 4 : 20);
  *(long *) arg = sum;
  return NULL;
}

__attribute__ ((noinline)) static char *
grow_buf (char *b, size_t n)
{
  return test_realloc (b, n);
}

__attribute__ ((noinline)) static int
small (int n)
{
  char *b = test_alloc (n);
  memset (b, 'x', n);
  b = grow_buf (b, n + 100);
  int r = 0;
  for (int i = 0; i < n; i++)
    r += b[i] == 'x';
  test_free (b);
  return r;
}

/* Read at run time: a constant argument would let ipa-cp clone small()
   for it (GCC 16 at -O3), and a constant size converts outright.  */
static volatile int sizes[3] = { 10, 64, 65 };

int
main (void)
{
  printf ("build=%d %d %d\n", build (0), build (4), build (20));
  printf ("heap=%d\n", use_heap ());
  pthread_t t[4];
  long sums[4];
  for (int i = 0; i < 4; i++)
    pthread_create (&t[i], NULL, worker, &sums[i]);
  for (int i = 0; i < 4; i++)
    pthread_join (t[i], NULL);
  printf ("threads=%ld %ld %ld %ld\n", sums[0], sums[1], sums[2], sums[3]);
  printf ("small=%d %d %d\n", small (sizes[0]), small (sizes[1]),
	  small (sizes[2]));
  test_print_calls ();
  printf ("reallocs=%d\n", test_realloc_calls);
  printf ("frees=%d\n", test_free_calls);
  return 0;
}

/* { dg-output "build=0 24 120\n" } */
/* { dg-output "heap=24\n" } */
/* { dg-output "threads=3600 3600 3600 3600\n" } */
/* { dg-output "small=10 64 65\n" } */
/* { dg-output "calls=3\n" } */
/* { dg-output "reallocs=408\n" } */
/* { dg-output "frees=207\n" } */

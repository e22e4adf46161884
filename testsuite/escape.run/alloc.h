/* alloc.h -- a counting test allocator for the run tests.

   test_alloc (N) is a gc_alloc allocator: N zeroed bytes from calloc, and
   test_alloc_calls counts the calls that reached it (atomically: some
   tests allocate in several threads), so a test can check
   how many sites stayed on the heap:

     #include "alloc.h"
     int main (void) { ...; test_print_calls (); return 0; }
     // { dg-output "calls=2\n" }

   test_alloc2 (N, SIZE) is the calloc-style gc_alloc(1, 2) allocator.
   test_free is a gc_free deallocator: the plugin deletes its calls on
   stack-converted storage, so a call that reaches it on such storage is a
   bug that AddressSanitizer reports (free of a stack address).

   The attributes come from include/escape.h: without the plugin they
   vanish and every call reaches the allocator.  The functions are static
   (one test, one translation unit), noinline and unused-safe.  */

#ifndef ESCAPE_TEST_ALLOC_H
#define ESCAPE_TEST_ALLOC_H

#include <stdio.h>
#include <stdlib.h>
#include "escape.h"

static int test_alloc_calls;
static int test_free_calls;

GC_ALLOC_SIZE (1) __attribute__ ((noinline, unused, returns_nonnull))
static void *
test_alloc (size_t n)
{
  void *p = calloc (1, n ? n : 1);
  __atomic_fetch_add (&test_alloc_calls, 1, __ATOMIC_RELAXED);
  if (!p)
    abort ();
  return p;
}

GC_ALLOC_SIZE2 (1, 2) __attribute__ ((noinline, unused, returns_nonnull))
static void *
test_alloc2 (size_t n, size_t size)
{
  void *p = calloc (n ? n : 1, size ? size : 1);
  __atomic_fetch_add (&test_alloc_calls, 1, __ATOMIC_RELAXED);
  if (!p)
    abort ();
  return p;
}

GC_FREE __attribute__ ((noinline, unused))
static void
test_free (void *p)
{
  __atomic_fetch_add (&test_free_calls, 1, __ATOMIC_RELAXED);
  free (p);
}

/* test_realloc (P, N) is a gc_realloc reallocator over realloc; the
   plugin never hands it converted storage (ASan would report a bad
   free), and test_realloc_calls counts its calls.  */
static int test_realloc_calls;

GC_REALLOC __attribute__ ((noinline, unused, returns_nonnull))
static void *
test_realloc (void *p, size_t n)
{
  void *q = realloc (p, n ? n : 1);
  __atomic_fetch_add (&test_realloc_calls, 1, __ATOMIC_RELAXED);
  if (!q)
    abort ();
  return q;
}

/* Overwrite the stack where a converted buffer of the caller's callee
   would have been: a pointer to it kept past the callee's return then
   reads junk, and AddressSanitizer (detect_stack_use_after_return=1)
   reports it.  */
__attribute__ ((noinline, unused)) static int
test_clobber_stack (int n)
{
  volatile char junk[1024];
  for (int i = 0; i < 1024; i++)
    junk[i] = (char) (n + i);
  return junk[n & 1023];
}

/* Print "calls=N" (allocator calls so far) for dg-output.  */
__attribute__ ((unused)) static void
test_print_calls (void)
{
  printf ("calls=%d\n", test_alloc_calls);
  fflush (stdout);
}

#endif /* ESCAPE_TEST_ALLOC_H */

/* leaks-test.c -- unit test of plugin/esc-leaks.h, the parameter leak
   summary (Go's `leaks': per sink, minimum derefs + 1, 0 for no flow).

   Plain C, no GCC headers: `make unit' builds and runs it.  Prints one
   line per check ("ok" or "FAIL") and exits non-zero if any failed.  */

#include <stdio.h>
#include "esc-leaks.h"

static int failures;
static int checks;

static void
check (int cond, const char *what, int got, int want)
{
  checks++;
  if (cond)
    printf ("ok   %s\n", what);
  else
    {
      printf ("FAIL %s: got %d, want %d\n", what, got, want);
      failures++;
    }
}

/* The derefs of L at SINK must be WANT (-1: no flow).  */
static void
expect (esc_leaks l, int sink, int want, const char *what)
{
  int got = esc_leaks_get (l, sink);
  check (got == want, what, got, want);
}

static void
test_unknown_none (void)
{
  esc_leaks u = esc_leaks_unknown ();
  esc_leaks n = esc_leaks_none ();
  expect (u, ESC_LEAK_HEAP, 0, "unknown leaks to the heap at derefs 0");
  expect (u, ESC_LEAK_RESULT, -1, "unknown has no result flow");
  check (!esc_leaks_empty (u), "unknown is not empty", esc_leaks_empty (u), 0);
  expect (n, ESC_LEAK_HEAP, -1, "none has no heap flow");
  expect (n, ESC_LEAK_RESULT, -1, "none has no result flow");
  check (esc_leaks_empty (n), "none is empty", esc_leaks_empty (n), 1);
}

static void
test_add_minimum (void)
{
  esc_leaks l = esc_leaks_none ();
  esc_leaks_add (&l, ESC_LEAK_RESULT, 3);
  expect (l, ESC_LEAK_RESULT, 3, "add to an empty sink records the derefs");
  esc_leaks_add (&l, ESC_LEAK_RESULT, 5);
  expect (l, ESC_LEAK_RESULT, 3, "add of more derefs keeps the minimum");
  esc_leaks_add (&l, ESC_LEAK_RESULT, 1);
  expect (l, ESC_LEAK_RESULT, 1, "add of fewer derefs lowers it");
  esc_leaks_add (&l, ESC_LEAK_RESULT, 0);
  expect (l, ESC_LEAK_RESULT, 0, "add of derefs 0 lowers it to 0");
  expect (l, ESC_LEAK_HEAP, -1, "add to one sink leaves the other alone");
  check (!esc_leaks_empty (l), "a summary with a flow is not empty",
	 esc_leaks_empty (l), 0);
}

static void
test_negative (void)
{
  esc_leaks l = esc_leaks_none ();
  esc_leaks_add (&l, ESC_LEAK_HEAP, -1);
  expect (l, ESC_LEAK_HEAP, 0, "negative derefs (an address) clamp to 0");
  l = esc_leaks_none ();
  esc_leaks_add (&l, ESC_LEAK_RESULT, -1000);
  expect (l, ESC_LEAK_RESULT, 0, "very negative derefs clamp to 0");
  esc_leaks_add (&l, ESC_LEAK_RESULT, 2);
  expect (l, ESC_LEAK_RESULT, 0, "after a clamp, more derefs keep 0");
}

static void
test_saturation (void)
{
  esc_leaks l = esc_leaks_none ();
  esc_leaks_add (&l, ESC_LEAK_HEAP, 254);
  expect (l, ESC_LEAK_HEAP, 254, "derefs 254 is stored exactly");
  l = esc_leaks_none ();
  esc_leaks_add (&l, ESC_LEAK_HEAP, 255);
  expect (l, ESC_LEAK_HEAP, 254, "derefs 255 saturates at 254");
  l = esc_leaks_none ();
  esc_leaks_add (&l, ESC_LEAK_HEAP, 100000);
  expect (l, ESC_LEAK_HEAP, 254, "huge derefs saturate, never wrap to no flow");
  check (l.s[ESC_LEAK_HEAP] == 255, "the saturated byte is 255",
	 l.s[ESC_LEAK_HEAP], 255);
  esc_leaks_add (&l, ESC_LEAK_HEAP, 7);
  expect (l, ESC_LEAK_HEAP, 7, "a saturated sink still takes a smaller flow");
}

static void
test_optimize (void)
{
  esc_leaks l = esc_leaks_none ();
  esc_leaks_add (&l, ESC_LEAK_HEAP, 1);
  esc_leaks_add (&l, ESC_LEAK_RESULT, 1);
  esc_leaks_optimize (&l);
  expect (l, ESC_LEAK_RESULT, -1, "optimize drops a result flow at the heap level");
  expect (l, ESC_LEAK_HEAP, 1, "optimize keeps the heap flow");

  l = esc_leaks_none ();
  esc_leaks_add (&l, ESC_LEAK_HEAP, 1);
  esc_leaks_add (&l, ESC_LEAK_RESULT, 3);
  esc_leaks_optimize (&l);
  expect (l, ESC_LEAK_RESULT, -1, "optimize drops a result flow above the heap level");

  l = esc_leaks_none ();
  esc_leaks_add (&l, ESC_LEAK_HEAP, 2);
  esc_leaks_add (&l, ESC_LEAK_RESULT, 0);
  esc_leaks_optimize (&l);
  expect (l, ESC_LEAK_RESULT, 0, "optimize keeps a result flow below the heap level");
  expect (l, ESC_LEAK_HEAP, 2, "... and the heap flow");

  l = esc_leaks_none ();
  esc_leaks_add (&l, ESC_LEAK_RESULT, 4);
  esc_leaks_optimize (&l);
  expect (l, ESC_LEAK_RESULT, 4, "optimize keeps a result flow with no heap flow");

  l = esc_leaks_unknown ();
  esc_leaks_add (&l, ESC_LEAK_RESULT, 0);
  esc_leaks_optimize (&l);
  expect (l, ESC_LEAK_RESULT, -1, "optimize of unknown plus result 0 drops the result");
}

int
main (void)
{
  test_unknown_none ();
  test_add_minimum ();
  test_negative ();
  test_saturation ();
  test_optimize ();
  printf ("leaks-test: %d checks, %d failed\n", checks, failures);
  return failures != 0;
}

/* The run-time stack test (SPEC 6) on stacks the C library does not
   know: a makecontext coroutine on a static array, and a signal handler
   on a sigaltstack.  Converted storage there (a constructor's result in
   the caller's frame, and a site of the function itself) is outside the
   thread's stack range, so the test cannot tell it from a heap block: a
   gc_free in a callee is then skipped, never handed to the allocator
   (it was "free(): invalid size" and an abort; under AddressSanitizer,
   "attempting free on address which was not malloc()-ed").  free=0:
   every free was of converted storage.  */
/* { dg-do run } */

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
#include "alloc.h"

#define NOINLINE __attribute__ ((noinline))

struct pt { long x, y; };
static volatile long result;
static int mode;

NOINLINE static struct pt *
pt_new (long x)
{
  struct pt *p = test_alloc (sizeof *p);
  p->x = x;
  return p;
}

NOINLINE static void
drop (struct pt *p)
{
  test_free (p);
}

/* Not instrumented: its frame (where the storage is) is then on the
   coroutine's or the handler's stack itself, not on AddressSanitizer's
   fake stack, which the test would recognise.  */
NOINLINE __attribute__ ((no_sanitize_address)) static void
body (void)
{
  if (mode == 0)
    {
      struct pt *p = pt_new (5);
      result += p->x;
      drop (p);
    }
  else
    {
      struct pt *p = test_alloc (sizeof *p);
      p->x = 6;
      result += p->x;
      drop (p);
    }
}

static ucontext_t main_ctx, co_ctx;
static char co_stack[1 << 16] __attribute__ ((aligned (16)));
static char alt_stack[1 << 16] __attribute__ ((aligned (16)));

static void
handler (int sig)
{
  (void) sig;
  mode = 0;
  body ();
  mode = 1;
  body ();
}

int
main (void)
{
  for (mode = 0; mode < 2; mode++)
    {
      getcontext (&co_ctx);
      co_ctx.uc_stack.ss_sp = co_stack;
      co_ctx.uc_stack.ss_size = sizeof co_stack;
      co_ctx.uc_link = &main_ctx;
      makecontext (&co_ctx, body, 0);
      swapcontext (&main_ctx, &co_ctx);
    }
  stack_t ss;
  memset (&ss, 0, sizeof ss);
  ss.ss_sp = alt_stack;
  ss.ss_size = sizeof alt_stack;
  sigaltstack (&ss, 0);
  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sa.sa_flags = SA_ONSTACK;
  sigaction (SIGUSR1, &sa, 0);
  raise (SIGUSR1);
  printf ("result=%ld free=%d\n", result, test_free_calls);
  return 0;
}

/* { dg-output "result=22 free=0\n" } */

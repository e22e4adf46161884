/* longjmp leaves frames without their exit hooks: the runtime notices
   them by the stack pointer.  `inner' (two frames below `catcher')
   allocates a temporary and an object it hands to `catcher', then jumps
   back.  The temporary died with the frames the jump left; they count as
   returning together, so it is put at the level of the outermost of them
   (1: errs towards "escapes").  The handed object dies when `catcher'
   returns: level 2.  */
#include <gc.h>
#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;

__attribute__ ((noinline)) void
inner (long i, long **out)
{
  long *tmp = GC_malloc (sizeof *tmp); /* oracle: 1=30 stack */
  *tmp = i;
  long *h = GC_malloc (sizeof *h); /* oracle: 2=30 heap */
  *h = *tmp + 1;
  *out = h;
  longjmp (env, 1);
}

__attribute__ ((noinline)) void
middle (long i, long **out)
{
  inner (i, out);
}

__attribute__ ((noinline)) long
catcher (long i)
{
  long *volatile got = NULL;
  long *slot;
  if (setjmp (env) == 0)
    middle (i, &slot);
  got = slot;
  return *got;
}

int
main (void)
{
  GC_INIT ();
  long s = 0;
  for (long i = 0; i < 30; i++)
    s += catcher (i);
  printf ("%ld\n", s);
  return 0;
}

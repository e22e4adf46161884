/* gcstats.c -- count the allocator calls a program really makes.

   Linked into every example with
     -Wl,--wrap=GC_malloc,--wrap=GC_malloc_atomic,
      --wrap=GC_debug_malloc,--wrap=GC_debug_malloc_atomic
   the linker sends each call the program makes to GC_malloc to
   __wrap_GC_malloc below, which counts it and calls the real one.  A site
   the plugin put on the stack makes no call, so the difference between a
   build with and without the plugin is the number of allocations it
   removed.  Calls made inside libgc itself (GC_strdup, ...) are not
   counted.

   At exit one line goes to stderr (stdout stays the program's own output):
     [gcstats] allocs=N bytes=B collections=C time_ms=T
   allocs and bytes are the calls counted here and the bytes they asked
   for; collections is GC_get_gc_no (); time_ms the wall time from start
   to exit.  GCSTATS=0 in the environment silences it.

   This file is compiled without the plugin: it is measurement, not part
   of the program.  */

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <gc.h>

void *__real_GC_malloc (size_t);
void *__real_GC_malloc_atomic (size_t);
void *__real_GC_debug_malloc (size_t, const char *, int);
void *__real_GC_debug_malloc_atomic (size_t, const char *, int);

void *__wrap_GC_malloc (size_t);
void *__wrap_GC_malloc_atomic (size_t);
void *__wrap_GC_debug_malloc (size_t, const char *, int);
void *__wrap_GC_debug_malloc_atomic (size_t, const char *, int);

static unsigned long gcstats_calls, gcstats_bytes;
static struct timespec gcstats_t0;

void *
__wrap_GC_malloc (size_t n)
{
  gcstats_calls++;
  gcstats_bytes += n;
  return __real_GC_malloc (n);
}

void *
__wrap_GC_malloc_atomic (size_t n)
{
  gcstats_calls++;
  gcstats_bytes += n;
  return __real_GC_malloc_atomic (n);
}

void *
__wrap_GC_debug_malloc (size_t n, const char *file, int line)
{
  gcstats_calls++;
  gcstats_bytes += n;
  return __real_GC_debug_malloc (n, file, line);
}

void *
__wrap_GC_debug_malloc_atomic (size_t n, const char *file, int line)
{
  gcstats_calls++;
  gcstats_bytes += n;
  return __real_GC_debug_malloc_atomic (n, file, line);
}

__attribute__ ((constructor)) static void
gcstats_start (void)
{
  clock_gettime (CLOCK_MONOTONIC, &gcstats_t0);
}

__attribute__ ((destructor)) static void
gcstats_report (void)
{
  const char *e = getenv ("GCSTATS");
  if (e && e[0] == '0')
    return;
  struct timespec t1;
  clock_gettime (CLOCK_MONOTONIC, &t1);
  double ms = (t1.tv_sec - gcstats_t0.tv_sec) * 1e3
	      + (t1.tv_nsec - gcstats_t0.tv_nsec) / 1e6;
  fprintf (stderr, "[gcstats] allocs=%lu bytes=%lu collections=%lu time_ms=%.3f\n",
	   gcstats_calls, gcstats_bytes, (unsigned long) GC_get_gc_no (), ms);
}

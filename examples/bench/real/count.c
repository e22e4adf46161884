/* count.c -- an LD_PRELOAD shim that counts a program's calls into Boehm
   GC's allocation functions (examples/bench/real/run.sh).

     gcc -O2 -shared -fPIC -o count.so count.c -ldl
     GC_COUNT_FILE=counts.txt LD_PRELOAD=$PWD/count.so ./program args

   Each wrapper adds one to its counter and forwards to the next definition
   (dlsym (RTLD_NEXT), libgc's).  At exit, a process that made at least one
   counted call appends one line to $GC_COUNT_FILE:

     PID COMMAND TOTAL NAME=COUNT NAME=COUNT ...

   (only the names called), with one write (2) in O_APPEND mode, so every
   process of a test suite can share the file.  Without GC_COUNT_FILE
   nothing is written.

   What is counted: calls that reach the dynamic libgc from outside it
   (the program, its other shared libraries).  Calls libgc makes to its own
   exported functions through its PLT (GC_malloc tail-calls GC_malloc_kind)
   are forwarded but not counted: they arrive while this thread is inside
   another wrapper.  So are allocations made by code libgc calls back while
   it allocates (a finalizer run by GC_malloc), rare and the same in every
   build.  A statically linked collector is not seen.  A site the plugin converts makes no call, so the
   difference between a build without the plugin and one with it is the
   allocations it removed.

   All these functions take at most four integer-class arguments (sizes,
   pointers, descriptors, the debug file name and line), so one wrapper
   shape that passes six words on serves every name on x86-64 and the
   other ABIs that pass the first integer arguments in registers.  Counters
   are atomic: the collector's own tests are multi-threaded.  */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef uintptr_t word;
typedef void *(*alloc_fn) (word, word, word, word, word, word);

/* Each counted name: X (NAME).  */
#define COUNTED_NAMES \
  X (GC_malloc) \
  X (GC_malloc_atomic) \
  X (GC_malloc_uncollectable) \
  X (GC_malloc_atomic_uncollectable) \
  X (GC_malloc_ignore_off_page) \
  X (GC_malloc_atomic_ignore_off_page) \
  X (GC_malloc_stubborn) \
  X (GC_malloc_many) \
  X (GC_malloc_kind) \
  X (GC_generic_malloc) \
  X (GC_generic_malloc_ignore_off_page) \
  X (GC_generic_malloc_uncollectable) \
  X (GC_malloc_explicitly_typed) \
  X (GC_malloc_explicitly_typed_ignore_off_page) \
  X (GC_calloc_explicitly_typed) \
  X (GC_finalized_malloc) \
  X (GC_gcj_malloc) \
  X (GC_realloc) \
  X (GC_strdup) \
  X (GC_strndup) \
  X (GC_memalign) \
  X (GC_debug_malloc) \
  X (GC_debug_malloc_atomic) \
  X (GC_debug_malloc_uncollectable) \
  X (GC_debug_malloc_atomic_uncollectable) \
  X (GC_debug_malloc_ignore_off_page) \
  X (GC_debug_malloc_atomic_ignore_off_page) \
  X (GC_debug_malloc_stubborn) \
  X (GC_debug_realloc) \
  X (GC_debug_strdup) \
  X (GC_debug_strndup) \
  X (GC_debug_gcj_malloc)

enum
{
#define X(NAME) IDX_##NAME,
  COUNTED_NAMES
#undef X
  N_COUNTED
};

static const char *const names[N_COUNTED] = {
#define X(NAME) #NAME,
  COUNTED_NAMES
#undef X
};

static unsigned long counts[N_COUNTED];
static alloc_fn next[N_COUNTED];

/* How many wrappers this thread is inside: a call made while inside one
   is libgc calling its own exported functions (GC_malloc tail-calls
   GC_malloc_kind through its PLT) and is not the program's.  */
static __thread int depth;

/* The next definition of names[I], found once; a program that calls a
   name libgc does not define gets a clear message, not a jump to 0.  */
static alloc_fn
next_fn (int i)
{
  alloc_fn f = __atomic_load_n (&next[i], __ATOMIC_ACQUIRE);
  if (f)
    return f;
  f = (alloc_fn) dlsym (RTLD_NEXT, names[i]);
  if (!f)
    {
      fprintf (stderr, "count.so: %s not found after the shim\n", names[i]);
      abort ();
    }
  __atomic_store_n (&next[i], f, __ATOMIC_RELEASE);
  return f;
}

#define X(NAME) \
  void *NAME (word a, word b, word c, word d, word e, word f) \
  { \
    alloc_fn fn = next_fn (IDX_##NAME); \
    if (depth == 0) \
      __atomic_fetch_add (&counts[IDX_##NAME], 1, __ATOMIC_RELAXED); \
    depth++; \
    void *r = fn (a, b, c, d, e, f); \
    depth--; \
    return r; \
  }
COUNTED_NAMES
#undef X

/* GC_posix_memalign returns an int: its own wrapper.  */
static unsigned long posix_memalign_count;

int
GC_posix_memalign (void **p, size_t align, size_t size)
{
  static int (*fn) (void **, size_t, size_t);
  if (!fn)
    fn = (int (*) (void **, size_t, size_t)) dlsym (RTLD_NEXT,
						    "GC_posix_memalign");
  if (!fn)
    {
      fputs ("count.so: GC_posix_memalign not found after the shim\n",
	     stderr);
      abort ();
    }
  if (depth == 0)
    __atomic_fetch_add (&posix_memalign_count, 1, __ATOMIC_RELAXED);
  depth++;
  int r = fn (p, align, size);
  depth--;
  return r;
}

/* Append NAME=N to BUF at *LEN (capacity CAP) when N is not zero.  */
static void
put_count (char *buf, size_t cap, size_t *len, const char *name,
	   unsigned long n)
{
  if (n == 0 || *len >= cap)
    return;
  int w = snprintf (buf + *len, cap - *len, " %s=%lu", name, n);
  if (w > 0)
    *len += (size_t) w;
}

__attribute__ ((destructor)) static void
write_counts (void)
{
  const char *file = getenv ("GC_COUNT_FILE");
  if (!file || !*file)
    return;
  unsigned long total = posix_memalign_count;
  for (int i = 0; i < N_COUNTED; i++)
    total += counts[i];
  if (total == 0)
    return;

  char comm[64] = "?";
  int cfd = open ("/proc/self/comm", O_RDONLY);
  if (cfd >= 0)
    {
      ssize_t n = read (cfd, comm, sizeof comm - 1);
      close (cfd);
      if (n > 0)
	{
	  comm[n] = 0;
	  comm[strcspn (comm, "\n ")] = 0;
	}
    }

  char buf[4096];
  size_t len = 0;
  int w = snprintf (buf, sizeof buf, "%ld %s %lu", (long) getpid (), comm,
		    total);
  if (w > 0)
    len = (size_t) w;
  for (int i = 0; i < N_COUNTED; i++)
    put_count (buf, sizeof buf, &len, names[i], counts[i]);
  put_count (buf, sizeof buf, &len, "GC_posix_memalign",
	     posix_memalign_count);
  if (len >= sizeof buf - 1)
    len = sizeof buf - 2;
  buf[len++] = '\n';

  int fd = open (file, O_WRONLY | O_CREAT | O_APPEND, 0644);
  if (fd < 0)
    return;
  if (write (fd, buf, len) != (ssize_t) len)
    fputs ("count.so: short write to GC_COUNT_FILE\n", stderr);
  close (fd);
}

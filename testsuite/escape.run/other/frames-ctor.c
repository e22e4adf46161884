/* The constructor unit of run-frames-lto*.c: noinline constructors that
   return what they allocate (a point, the point through a wrapper, a
   header with its buffer).  */

#include <stdlib.h>
#include <string.h>
#include "frames-ctor.h"

int fr_alloc_calls;

void *
fr_alloc (size_t n)
{
  void *p = calloc (1, n);
  fr_alloc_calls++;
  if (!p)
    abort ();
  return p;
}

struct fpt *
fpt_new (long x)
{
  struct fpt *p = fr_alloc (sizeof *p);
  p->x = x;
  p->y = x * 3;
  return p;
}

struct fpt *
fpt_wrap (long x)
{
  struct fpt *p = fpt_new (x + 1);
  p->y += 1;
  return p;
}

struct fstr *
fstr_new (long n)
{
  struct fstr *s = fr_alloc (sizeof *s);
  s->buf = fr_alloc (32);
  memset (s->buf, 'k', 31);
  s->len = n;
  return s;
}

/* Overwrite the dead stack below the caller (alloc.h's
   test_clobber_stack).  */
void
fr_clobber (int n)
{
  volatile char junk[1024];
  for (int i = 0; i < 1024; i++)
    junk[i] = (char) (n + i);
}

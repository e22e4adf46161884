/* The string unit of run-grow-lto.c: a constructor that returns a header
   and its buffer, a concatenation that reallocates the buffer through
   the header's field, a destructor that frees both.  Compiled on its own
   every site stays on the heap (`return'); under -flto the callers in
   the other unit place both pieces in their frames and these callees
   test their gc_realloc and gc_free calls at run time (SPEC 6).  */

#include <stdlib.h>
#include <string.h>
#include "grow-str.h"

int grow_alloc_calls, grow_realloc_calls, grow_free_calls;

void *
grow_alloc (size_t n)
{
  void *p = calloc (1, n);
  grow_alloc_calls++;
  if (!p)
    abort ();
  return p;
}

void *
grow_realloc (void *p, size_t n)
{
  void *q = realloc (p, n);
  grow_realloc_calls++;
  if (!q)
    abort ();
  return q;
}

void
grow_free (void *p)
{
  grow_free_calls++;
  free (p);
}

struct gstr *
gstr_new (void)
{
  struct gstr *s = grow_alloc (sizeof *s);
  s->ptr = grow_alloc (16);
  s->cap = 16;
  return s;
}

void
gstr_cat (struct gstr *s, const char *t)
{
  int n = strlen (t);
  if (s->len + n + 1 > s->cap)
    {
      s->cap = (s->len + n + 1) * 2;
      s->ptr = grow_realloc (s->ptr, s->cap);
    }
  memcpy (s->ptr + s->len, t, n + 1);
  s->len += n;
}

void
gstr_free (struct gstr *s)
{
  grow_free (s->ptr);
  grow_free (s);
}

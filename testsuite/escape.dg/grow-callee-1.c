/* Frees and reallocations in callees (SPEC 3 and 6): a gc_free or
   gc_realloc that may be given a caller's memory is tested at run time,
   so the parameter does not escape by it, and a caller's site or
   constructor result stays on the stack.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <setjmp.h>
#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void *gc_realloc (void *, unsigned long) __attribute__((gc_realloc));
void gc_free (void *) __attribute__((gc_free));
void use (void *) __attribute__((noescape));

struct str { char *ptr; int len; int cap; };
struct str *keep;
jmp_buf env;

/* The header (level 0) and its buffer (level 1) go to the caller.  */
NOINLINE struct str *
str_new (void)
{
  struct str *s = gc_alloc (sizeof *s); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 1 of 2 calls" } */
  s->ptr = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 1 of 2 calls" } */
  s->cap = 16;
  return s;
}

/* The old buffer's bytes go into the new block, stored in *S: S's
   content (level 2) leaks, S and its buffer do not.  */
NOINLINE void
str_grow (struct str *s, int need) /* { dg-message "leaking param content: s" } */
{
  if (need > s->cap)
    {
      s->cap = need * 2;
      s->ptr = gc_realloc (s->ptr, s->cap);
    }
}

/* A wrapper: both frees are tested.  */
NOINLINE void
str_free (struct str *s) /* { dg-message "s does not escape" } */
{
  gc_free (s->ptr);
  gc_free (s);
}

int
temp (int n)
{
  struct str *s = str_new (); /* { dg-message "str_new\\(\\) result does not escape: 64 bytes in this frame" } */
  str_grow (s, n);
  int r = s->cap + s->ptr[0];
  str_free (s);
  return r;
}

int
kept (int n)
{
  struct str *s = str_new (); /* { dg-message "str_new\\(\\) result escapes to heap: assign to global" } */
  keep = s;
  str_grow (s, n);
  return s->cap;
}

/* A site freed by a callee.  */
int
freed (void)
{
  int *p = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  use (p);
  str_free ((struct str *) p);
  return 0;
}

/* With setjmp in the function the call may make an abnormal edge: it is
   not tested, its parameter leaks as before.  */
NOINLINE void
free_after_setjmp (void *p) /* { dg-message "leaking param: p" } */
{
  if (setjmp (env))
    return;
  gc_free (p);
}

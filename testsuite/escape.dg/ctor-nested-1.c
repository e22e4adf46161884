/* Caller frames (SPEC 4 rule 6): a constructor that returns another
   constructor's result on one path keeps the levels of both, so that a
   callee leaking the bytes of the buffer (level 2, by a reallocation)
   does not make the header or the buffer escape in the caller.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void *gc_realloc (void *, unsigned long) __attribute__((gc_realloc));
void use (void *) __attribute__((noescape));

struct str { char *ptr; int len; int cap; };

NOINLINE struct str *
str_new (void)
{
  struct str *s = gc_alloc (sizeof *s); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  s->ptr = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  s->cap = 32;
  return s;
}

NOINLINE struct str *
str_from (int n)
{
  if (n <= 0)
    return str_new (); /* { dg-message "str_new\\(\\) result escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  struct str *s = gc_alloc (sizeof *s); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  s->ptr = gc_alloc (64); /* { dg-message "gc_alloc\\(64\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  s->cap = 64;
  return s;
}

NOINLINE void
str_grow (struct str *s) /* { dg-message "leaking param content: s" } */
{
  s->cap *= 2;
  s->ptr = gc_realloc (s->ptr, s->cap);
}

int
user (int n)
{
  struct str *s = str_from (n); /* { dg-message "str_from\\(\\) result does not escape: \[0-9\]+ bytes in this frame" } */
  str_grow (s);
  use (s->ptr);
  return s->len;
}

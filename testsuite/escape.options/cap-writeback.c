/* The write-back test's bound (param-writeback=2): the cursor store
   *s = p needs more locations than that to be seen as a write-back, so
   it goes to the heap as any store through a parameter does, s's
   content leaks, and the caller's buffer escapes.  With the default
   (escape.dg/writeback-1.c) s does not escape.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-dump -fplugin-arg-escape-param-writeback=2" } */
/* { dg-final { scan-escape-dump "^escape: write-back test limit 2 reached at \[^ \]*cap-writeback.c:19; the store goes to the heap" } } */

void *gc_alloc (unsigned long) __attribute__((gc_alloc));

__attribute__((noinline)) int
skip_word (char **s) /* { dg-message "leaking param content: s" } */
{
  char *p = *s;
  while (*p && *p != ' ')
    p++;
  int n = p - *s;
  *s = p;
  return n;
}

int
user (void)
{
  char *buf = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: call argument" } */
  buf[0] = 'a';
  char *p = buf;
  return skip_word (&p);
}

/* Loops made of backward gotos are loops; forward gotos are not.  As for
   other loops, what counts is whether a pointer is carried around the back
   edge, not where the label is.
   Go: test/escape2.go foo122 (forward goto: does not escape), foo123
   (backward goto: escapes in Go by the label rule; here the pointer is
   overwritten before every read, so it does not); escape_goto.go f1 (BAD
   in Go: the looping label is before the allocation).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

int gi;

/* foo123.  */
void
gl_back_no_carry (int n)
{
  int i = 0;
  int *p;
again:
  p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  *p = i;
  use (p);
  if (++i < n)
    goto again;
}

/* Carried to the next round.  */
int
gl_back_carry (int n)
{
  int i = 0, sum = 0;
  int *prev = 0;
  int *cur;
again:
  cur = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: loop-carried" } */
  *cur = i;
  if (prev)
    sum += *prev;
  prev = cur;
  if (++i < n)
    goto again;
  return sum;
}

/* foo122.  */
void
gl_forward (int n)
{
  int *p;
  if (n)
    goto skip;
  gi = 1;
skip:
  p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  use (p);
}

/* escape_goto.go f1: the loop ends before the allocation.  */
void
gl_loop_before (int n)
{
  int *p;
loop:
  if (n-- > 0)
    goto loop;
  p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  use (p);
}

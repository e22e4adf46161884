/* Caller frames in loops (SPEC 4 rules 2, 3 and 6): a call in a loop gets
   storage per iteration only when its result dies in the iteration,
   decided on data flow: a variable declared outside the loop, overwritten
   before every read and never read after it, does not carry the result
   (Go's foo80 says it does); read after the loop, it does.  In nested
   loops the outer result lives through the inner iterations (one block
   per outer iteration); an inner result kept for the next inner
   iteration is loop-carried.  A continue leaves the result dead.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__ ((noinline))
void *gc_alloc (unsigned long) __attribute__ ((gc_alloc));
struct pt { long x, y; };

NOINLINE struct pt *
pt_new (long x)
{
  struct pt *p = gc_alloc (sizeof *p); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 4 of 6 calls" } */
  p->x = x;
  return p;
}

long
foo80 (int n)
{
  struct pt *p;
  long s = 0;
  for (int i = 0; i < n; i++)
    {
      p = pt_new (i); /* { dg-message "pt_new\\(\\) result does not escape: 16 bytes in this frame" } */
      s += p->x;
    }
  return s;
}

long
after (int n)
{
  struct pt *p = 0;
  long s = 0;
  for (int i = 0; i < n; i++)
    {
      p = pt_new (i); /* { dg-message "pt_new\\(\\) result escapes to heap: loop-carried" } */
      s += p->x;
    }
  return s + (p ? p->y : 0);
}

long
nested (int n)
{
  long s = 0;
  for (int i = 0; i < n; i++)
    {
      struct pt *o = pt_new (i); /* { dg-message "pt_new\\(\\) result does not escape: 16 bytes in this frame" } */
      for (int j = 0; j < n; j++)
	{
	  struct pt *q = pt_new (j); /* { dg-message "pt_new\\(\\) result does not escape: 16 bytes in this frame" } */
	  s += q->x + o->x;
	}
    }
  return s;
}

long
nested_keep (int n)
{
  long s = 0;
  for (int i = 0; i < n; i++)
    {
      struct pt *last = 0;
      for (int j = 0; j < n; j++)
	{
	  struct pt *q = pt_new (j); /* { dg-message "pt_new\\(\\) result escapes to heap: loop-carried" } */
	  if (last)
	    s += last->x;
	  last = q;
	}
    }
  return s;
}

long
with_continue (int n)
{
  long s = 0;
  int i = 0;
  while (i < n)
    {
      struct pt *q = pt_new (i); /* { dg-message "pt_new\\(\\) result does not escape: 16 bytes in this frame" } */
      if (q->x % 2)
	{
	  i++;
	  continue;
	}
      s += q->x;
      i++;
    }
  return s;
}

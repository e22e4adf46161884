/* Caller frames (SPEC 4 rule 6): a site whose only way out of its
   function is the function's result is placed in the frame of each
   caller whose result does not escape, through the callee's slot
   version; a caller that only returns it passes it on.  The notes: at
   the site, where its callers put it; at each call, whether the result
   escapes the caller.  Constructors are noinline so that GCC's inliners
   do not decide for the rule.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__ ((noinline))

void *gc_alloc (unsigned long) __attribute__ ((gc_alloc));
void unknown (void *);	/* a void * parameter, no body: interface conversion */

struct pt { long x, y; };
struct str { char *buf; long len; };

struct pt *kept;
struct str *kept_str;

/* Level 0: the result is the site.  */
NOINLINE struct pt *
pt_new (long x)
{
  struct pt *p = gc_alloc (sizeof *p); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 3 of 6 calls" } */
  p->x = x;
  p->y = x + 1;
  return p;
}

/* Level 1: the buffer is stored in the returned struct.  */
NOINLINE struct str *
str_new (long n)
{
  struct str *s = gc_alloc (sizeof *s); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 1 of 2 calls" } */
  s->buf = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: return; in the caller's frame at 1 of 2 calls" } */
  s->len = n;
  return s;
}

/* Too large for the stack: not returnable, the calls get no note.  */
NOINLINE char *
big_new (void)
{
  return gc_alloc (100000); /* { dg-message "gc_alloc\\(100000\\) escapes to heap: too large" } */
}

/* Kept locally: in this frame.  */
long
use_local (long a)
{
  struct pt *p = pt_new (a); /* { dg-message "pt_new\\(\\) result does not escape: 16 bytes in this frame" } */
  return p->x + p->y;
}

/* Both pieces in this frame: 16 bytes, aligned, and 32.  */
long
use_str (long n)
{
  struct str *s = str_new (n); /* { dg-message "str_new\\(\\) result does not escape: 48 bytes in this frame" } */
  s->buf[0] = 'a';
  return s->len + s->buf[0];
}

/* Stored in a global.  */
void
keep (long a)
{
  kept = pt_new (a); /* { dg-message "pt_new\\(\\) result escapes to heap: assign to global" } */
}

/* The buffer, reached through the struct, stored in a global: the
   whole block escapes.  */
void
keep_buf (long n)
{
  struct str *s = str_new (n); /* { dg-message "str_new\\(\\) result escapes to heap: assign to global" } */
  kept_str = (struct str *) s->buf;
}

/* Passed to a function whose body is not here.  */
void
pass_unknown (long a)
{
  unknown (pt_new (a)); /* { dg-message "pt_new\\(\\) result escapes to heap: interface conversion" } */
}

/* Returned: the site is returnable here in turn, and use_wrap gets the
   storage two frames up.  */
NOINLINE struct pt *
wrap (long a)
{
  return pt_new (a + 1); /* { dg-message "pt_new\\(\\) result escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
}

long
use_wrap (long a)
{
  return wrap (a)->x; /* { dg-message "wrap\\(\\) result does not escape: 16 bytes in this frame" } */
}

/* In a loop, dead at the end of each iteration: fresh storage per
   iteration.  */
long
loop_dies (int n)
{
  long s = 0;
  for (int i = 0; i < n; i++)
    s += pt_new (i)->y; /* { dg-message "pt_new\\(\\) result does not escape: 16 bytes in this frame" } */
  return s;
}

/* In a loop, held across iterations: one slot cannot hold two.  */
long
loop_carried (int n)
{
  struct pt *last = 0;
  for (int i = 0; i < n; i++)
    {
      struct pt *p = pt_new (i); /* { dg-message "pt_new\\(\\) result escapes to heap: loop-carried" } */
      if (last && last->x > p->x)
	return 1;
      last = p;
    }
  return last ? last->x : 0;
}

/* Recursion: the recursive call is within the component and allocates;
   the outermost call, from outside, gets its node in the caller's
   frame.  */
struct node { struct node *next; long v; };

NOINLINE struct node *
list_build (long n)
{
  struct node *l = gc_alloc (sizeof *l); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  l->v = n;
  l->next = n > 0 ? list_build (n - 1) : 0;
  return l;
}

long
list_sum (long n)
{
  long s = 0;
  for (struct node *l = list_build (n); l; l = l->next) /* { dg-message "list_build\\(\\) result does not escape: 16 bytes in this frame" } */
    s += l->v;
  return s;
}

long
use_big (void)
{
  return big_new ()[7];
}

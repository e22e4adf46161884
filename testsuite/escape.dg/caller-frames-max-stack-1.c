/* Caller frames (SPEC 4 rule 6) and max-stack (rule 1): the block a
   call places in the caller's frame (all of the callee's returnable
   storage) is one storage there, and over max-stack it is too large,
   even when each of its sites fits (docs/rules.md, section 6).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-max-stack=32768" } */

#define NOINLINE __attribute__ ((noinline))
void *gc_alloc (unsigned long) __attribute__ ((gc_alloc));

NOINLINE char **
two_big (void)
{
  char **h = gc_alloc (2 * sizeof (char *)); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return$" } */
  h[0] = gc_alloc (20000); /* { dg-message "gc_alloc\\(20000\\) escapes to heap: return$" } */
  h[1] = gc_alloc (20000); /* { dg-message "gc_alloc\\(20000\\) escapes to heap: return$" } */
  return h;
}

NOINLINE char **
two_small (void)
{
  char **h = gc_alloc (2 * sizeof (char *)); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  h[0] = gc_alloc (16000); /* { dg-message "gc_alloc\\(16000\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  h[1] = gc_alloc (16000); /* { dg-message "gc_alloc\\(16000\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  return h;
}

long
use_big (void)
{
  char **h = two_big (); /* { dg-message "two_big\\(\\) result escapes to heap: too large" } */
  return h[0][1] + h[1][2];
}

long
use_small (void)
{
  char **h = two_small (); /* { dg-message "two_small\\(\\) result does not escape: 32016 bytes in this frame" } */
  return h[0][1] + h[1][2];
}

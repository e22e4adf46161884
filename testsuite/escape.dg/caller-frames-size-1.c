/* Caller frames and the size limits (SPEC 2, 4 rules 1 and 6): a
   returnable site exactly at max-stack moves to its caller; one byte more
   is too large in its own function and no call gets a note.  The block
   counts against max-frame in the frame it ends up in, in source order
   with that frame's own sites: a wrapper that passes the block on does
   not pay for it (its own 30000-byte site and the 20000 passed on would
   not fit in 40000; the block is in c_w's frame, next to c_w's own 20000
   bytes: 40000 exactly), two blocks filling
   max-frame exactly fit, and a block after a 30000-byte site of the
   caller's own is too large.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-max-stack=32768 -fplugin-arg-escape-max-frame=40000" } */

#define NOINLINE __attribute__ ((noinline))
void *gc_alloc (unsigned long) __attribute__ ((gc_alloc));
void look (const void *) __attribute__ ((noescape));

NOINLINE char *
at_max (void)
{
  return gc_alloc (32768); /* { dg-message "gc_alloc\\(32768\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
}

NOINLINE char *
over_max (void)
{
  return gc_alloc (32769); /* { dg-message "gc_alloc\\(32769\\) escapes to heap: too large" } */
}

/* Four calls: w (placed in c_w's frame), c_two twice, c_own_first (no
   room left).  */
NOINLINE char *
mid (void)
{
  return gc_alloc (20000); /* { dg-message "gc_alloc\\(20000\\) escapes to heap: return; in the caller's frame at 3 of 4 calls" } */
}

NOINLINE char *
w (void)
{
  char *own = gc_alloc (30000); /* { dg-message "gc_alloc\\(30000\\) does not escape" } */
  look (own);
  return mid (); /* { dg-message "mid\\(\\) result escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
}

long
c_at (void)
{
  return at_max ()[1]; /* { dg-message "at_max\\(\\) result does not escape: 32768 bytes in this frame" } */
}

long
c_over (void)
{
  return over_max ()[1]; /* { dg-bogus "result" } */
}

long
c_w (void)
{
  char *own = gc_alloc (20000); /* { dg-message "gc_alloc\\(20000\\) does not escape" } */
  look (own);
  return w ()[2]; /* { dg-message "w\\(\\) result does not escape: 20000 bytes in this frame" } */
}

long
c_two (void)
{
  char *a = mid (); /* { dg-message "mid\\(\\) result does not escape: 20000 bytes in this frame" } */
  char *b = mid (); /* { dg-message "mid\\(\\) result does not escape: 20000 bytes in this frame" } */
  return a[0] + b[0];
}

long
c_own_first (void)
{
  char *o = gc_alloc (30000); /* { dg-message "gc_alloc\\(30000\\) does not escape" } */
  look (o);
  return mid ()[0]; /* { dg-message "mid\\(\\) result escapes to heap: too large" } */
}

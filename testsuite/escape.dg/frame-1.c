/* max-frame=BYTES: the most bytes the rewrite may add to one function's
   frame; sites convert in source order while they fit, the others are
   "too large".  Sites that escape take no room.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-max-frame=64" } */

void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

char *gcs;

void
fr_third_does_not_fit (void)
{
  char *a = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  char *b = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  char *c = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: too large" } */
  use (a);
  use (b);
  use (c);
}

/* The budget is per function.  */
void
fr_own_budget (void)
{
  char *a = gc_alloc (64); /* { dg-message "gc_alloc\\(64\\) does not escape" } */
  use (a);
}

void
fr_escaping_takes_no_room (void)
{
  char *a = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: assign to global" } */
  char *b = gc_alloc (64); /* { dg-message "gc_alloc\\(64\\) does not escape" } */
  gcs = a;
  use (b);
}

void
fr_single_too_large (void)
{
  char *a = gc_alloc (65); /* { dg-message "gc_alloc\\(65\\) escapes to heap: too large" } */
  use (a);
}

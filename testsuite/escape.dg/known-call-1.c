/* Known functions do not capture their pointer arguments: GCC's own
   per-argument flags (memcpy, memset, strlen, strchr, memcmp, strcpy ...)
   and the plugin's table of standard C functions (printf family, puts,
   fputs, fwrite, strcmp ...).  A known function still passes on what it
   returns (memcpy and strcpy return their first argument, strchr a pointer
   into its argument) and what it copies (memcpy copies the bytes).
   Functions taking a callback are not known.  (SPEC 4, rule 2.)  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

char *gcs;
int gi;
long gl;

void
kc_memset (void)
{
  char *s = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  memset (s, 1, 16);
  use (s);
}

void
kc_strlen (void)
{
  char *s = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  gl = strlen (s);
}

void
kc_memcpy (void)
{
  char *d = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  char *s = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  memcpy (d, s, 16);
  use (d);
}

/* memcpy returns its first argument.  */
void
kc_memcpy_ret (void)
{
  char *d = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  char *s = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  gcs = memcpy (d, s, 16);
}

void
kc_strcpy_ret (void)
{
  char *d = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  char *s = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  use (s);
  gcs = strcpy (d, s);
}

/* strchr returns a pointer into its argument.  */
void
kc_strchr_global (void)
{
  char *s = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: assign to global" } */
  use (s);
  gcs = strchr (s, 'a');
}

void
kc_strchr_local (void)
{
  char *s = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  use (s);
  use (strchr (s, 'a'));
}

void
kc_memcmp (void)
{
  char *a = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  char *b = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  use (a);
  use (b);
  gi = memcmp (a, b, 16);
}

void
kc_strcmp (void)
{
  char *a = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  char *b = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  use (a);
  use (b);
  gi = strcmp (a, b);
}

void
kc_printf (void)
{
  char *s = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  use (s);
  printf ("%s\n", s);
}

void
kc_fprintf (void)
{
  char *s = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  use (s);
  fprintf (stderr, "%s %d\n", s, 1);
}

void
kc_puts (void)
{
  char *s = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  use (s);
  puts (s);
}

void
kc_fputs (void)
{
  char *s = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  use (s);
  fputs (s, stdout);
}

void
kc_fwrite (void)
{
  char *s = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  use (s);
  fwrite (s, 1, 32, stdout);
}

/* memcpy copies the pointers a site holds into the destination (the size
   is not constant, so that GCC keeps the call).  */
NOINLINE void kc_copy_ptrs (int **out, unsigned long n) /* { dg-message "out does not escape" } */
{
  int **src = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  src[0] = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) escapes to heap: store through pointer" } */
  src[1] = 0;
  memcpy (out, src, n * sizeof (int *));
}

/* ... and nothing escapes when the destination is local.  */
void
kc_copy_ptrs_local (unsigned long n)
{
  int **src = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  int **dst = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  src[0] = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  src[1] = 0;
  memcpy (dst, src, (n & 1) * sizeof (int *));
  use (dst);
}

/* qsort takes a callback that gets pointers into the data: not known.
   (SPEC does not say which of the two reasons a void * parameter of an
   unknown function gives.)  */
NOINLINE int cmp_int (const void *ca, const void *cb) /* { dg-message "ca does not escape" } */
{ /* { dg-message "cb does not escape" "" { target *-*-* } .-1 } */
  return *(const int *) ca - *(const int *) cb;
}

void
kc_qsort (void)
{
  int *arr = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: (call to unknown function|interface conversion)" } */
  qsort (arr, 4, sizeof (int), cmp_int);
}

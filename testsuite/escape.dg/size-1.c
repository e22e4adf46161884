/* Sizes: a site goes on the stack only if its size is a compile-time
   constant at most max-stack (default 65536) ("non-constant size", "too
   large").  The size prints in bytes; gc_alloc(S, N) is calloc-style and
   prints the product; a non-constant size prints as the size variable's
   name, or "?".  With small-size=0 (this test) a non-constant size
   escapes; by default it gets a small buffer (small-1.c).
   Go: test/escape5.go f10, escape_array.go doesNew1/doesNew2/doesMakeSlice
   (65537 elements escape), nonconstArray (pre-1.25 "non-constant size");
   ir/cfg.go MaxImplicitStackVarSize.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-small-size=0" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void *gc_calloc (unsigned long, unsigned long) __attribute__((gc_alloc (1, 2)));
void *gc_kind (int, unsigned long) __attribute__((gc_alloc (2)));
void *gc_sized (int, unsigned long) __attribute__((gc_alloc, alloc_size (2)));
void use (void *) __attribute__((noescape));

struct node { int *p; struct node *next; int x; };

void
sz_const (void)
{
  char *s = gc_alloc (64); /* { dg-message "gc_alloc\\(64\\) does not escape" } */
  use (s);
}

/* Folded by the front end.  */
void
sz_sizeof (void)
{
  struct node *n = gc_alloc (sizeof (struct node)); /* { dg-message "gc_alloc\\(24\\) does not escape" } */
  use (n);
}

void
sz_enum (void)
{
  enum { N = 10 };
  int *a = gc_alloc (N * sizeof (int)); /* { dg-message "gc_alloc\\(40\\) does not escape" } */
  use (a);
}

/* A parameter.  */
NOINLINE void
sz_param (unsigned long n)
{
  char *s = gc_alloc (n); /* { dg-message "gc_alloc\\(n\\) escapes to heap: non-constant size" } */
  use (s);
}

/* A named local variable.  */
NOINLINE void
sz_local (unsigned long m)
{
  unsigned long len = m + 1;
  char *s = gc_alloc (len); /* { dg-message "gc_alloc\\(len\\) escapes to heap: non-constant size" } */
  use (s);
}

/* An expression: a GCC temporary.  */
NOINLINE void
sz_expr (unsigned long k)
{
  char *s = gc_alloc (k * 4); /* { dg-message "gc_alloc\\(\\?\\) escapes to heap: non-constant size" } */
  use (s);
}

/* Exactly max-stack fits.  */
void
sz_max (void)
{
  char *s = gc_alloc (65536); /* { dg-message "gc_alloc\\(65536\\) does not escape" } */
  use (s);
}

/* escape_array.go doesNew1: one more byte does not.  */
void
sz_too_large (void)
{
  char *s = gc_alloc (65537); /* { dg-message "gc_alloc\\(65537\\) escapes to heap: too large" } */
  use (s);
}

/* escape5.go f10.  */
void
sz_huge (void)
{
  char *s = gc_alloc (1ul << 30); /* { dg-message "gc_alloc\\(1073741824\\) escapes to heap: too large" } */
  use (s);
}

/* calloc-style: the product.  */
void
sz_calloc (void)
{
  int *a = gc_calloc (4, 8); /* { dg-message "gc_calloc\\(32\\) does not escape" } */
  use (a);
}

NOINLINE void
sz_calloc_nonconst (unsigned long cnt)
{
  int *a = gc_calloc (cnt, 8); /* { dg-message "gc_calloc\\(\\?\\) escapes to heap: non-constant size" } */
  use (a);
}

void
sz_calloc_large (void)
{
  int *a = gc_calloc (1000, 100); /* { dg-message "gc_calloc\\(100000\\) escapes to heap: too large" } */
  use (a);
}

/* A product that overflows prints exactly, in bytes; it is too large.  */
void
sz_calloc_overflow (void)
{
  int *a = gc_calloc (0x8000000000000001ul, 16); /* { dg-message "gc_calloc\\(147573952589676412944\\) escapes to heap: too large" } */
  use (a);
}

void *gc_calloc_int (int, int) __attribute__((gc_alloc (1, 2)));

/* A negative constant factor: the signed product.  */
void
sz_calloc_negative (void)
{
  int *a = gc_calloc_int (-1, 16); /* { dg-message "gc_calloc_int\\(-16\\) escapes to heap: too large" } */
  use (a);
}

/* gc_alloc(S): the size is argument S.  */
void
sz_kind (void)
{
  int *a = gc_kind (3, 24); /* { dg-message "gc_kind\\(24\\) does not escape" } */
  use (a);
}

/* gc_alloc with no argument uses alloc_size.  */
void
sz_alloc_size (void)
{
  int *a = gc_sized (3, 40); /* { dg-message "gc_sized\\(40\\) does not escape" } */
  use (a);
}

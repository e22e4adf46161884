/* A hand-written byte copy (a memcpy replacement, common in freestanding
   code) copies the pointers held in its source one char at a time.  The
   pointer's bytes go through char-typed values, but they are still the
   pointer: copied into a global, the allocation they point to escapes
   (SPEC section 4, rule 2: what a copy copies flows into the
   destination; memcpy itself is in run-memcpy.c).  The holder whose
   bytes are copied does not escape: its address is not copied.  main
   reads the object through the global after the function returned.

   Allocator calls: keep 1 (the held object; the holder converts).  */
/* { dg-do run } */

#include <stddef.h>
#include "alloc.h"

struct obj { int v[4]; };
struct holder { struct obj *p; int n; };

static struct holder g;

__attribute__ ((noinline)) static void *
copy_bytes (void *dst, const void *src, size_t n)
{
  unsigned char *d = dst;
  const unsigned char *s = src;
  while (n--)
    *d++ = *s++;
  return dst;
}

__attribute__ ((noinline)) static void
keep (int k)
{
  struct holder *h = test_alloc (sizeof *h);
  h->p = test_alloc (sizeof *h->p);
  h->p->v[0] = k;
  h->n = 1;
  copy_bytes (&g, h, sizeof *h);
}

int
main (void)
{
  keep (5);
  test_clobber_stack (1);
  printf ("kept=%d %d\n", g.p->v[0], g.n);
  test_print_calls ();
  return 0;
}

/* { dg-output "kept=5 1\n" } */
/* { dg-output "calls=1\n" } */

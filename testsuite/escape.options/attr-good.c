/* Every attribute of SPEC section 3, used correctly, in every accepted
   form: no diagnostic at all.  */
/* { dg-do compile } */
/* { dg-options "-Wall -Wextra" } */

#include <stddef.h>

struct holder { void *p; int n; };
enum { SIZE_ARG = 2 };

void *a1 (size_t) __attribute__ ((gc_alloc));
void *a2 (size_t, int) __attribute__ ((gc_alloc (1)));
void *a3 (size_t, size_t) __attribute__ ((gc_alloc (1, 2)));
void *a4 (int, size_t) __attribute__ ((gc_alloc (2), alloc_size (2)));
void *a5 (size_t) __attribute__ ((alloc_size (1), gc_alloc));
__attribute__ ((gc_alloc)) void *a6 (size_t);
void *a7 (unsigned char) __attribute__ ((gc_alloc (1)));
char *a8 (size_t) __attribute__ ((gc_alloc));
struct holder *a9 (size_t) __attribute__ ((__gc_alloc__));
void *a10 (int, size_t) __attribute__ ((gc_alloc (SIZE_ARG)));
void *a11 (size_t) __attribute__ ((gc_alloc ((1))));
void *a12 (size_t, long) __attribute__ ((gc_alloc (2, 1)));
void *a13 (size_t) __attribute__ ((gc_alloc, malloc, assume_aligned (32)));
void *a1 (size_t);		/* a compatible redeclaration */

void f1 (void *) __attribute__ ((gc_free));
void f2 (int, void *) __attribute__ ((gc_free));
__attribute__ ((__gc_free__)) void f3 (const char *);

void n1 (void *, void *) __attribute__ ((noescape));
void n2 (void *, int, void *) __attribute__ ((noescape (1, 3)));
void n3 (struct holder) __attribute__ ((noescape (1)));
void n4 (const char *, ...) __attribute__ ((noescape (1), format (printf, 1, 2)));
void n5 (void *p __attribute__ ((noescape)), void *q);

int h1 (void) __attribute__ ((noheap));
int h1 (void) { return 0; }
__attribute__ ((noheap)) int h2 (int x) { return x + 1; }
__attribute__ ((__noheap__)) static int h3 (int x) { return x * 2; }
int use_h3 (int x) { return h3 (x); }

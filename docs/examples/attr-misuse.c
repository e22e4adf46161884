/* Misused attributes: a -Wattributes warning, and the attribute is ignored. */
#include <stddef.h>

// flags: -Wall

extern size_t k;

int counter __attribute__((gc_alloc));                     /* not a function */
__attribute__((gc_alloc)) int new_id(size_t n);            /* result not a pointer */
__attribute__((gc_alloc(1, 2, 3))) void *alloc(size_t n);  /* at most two arguments */
__attribute__((gc_alloc(3))) void *alloc3(size_t n);       /* no argument 3 */
__attribute__((gc_alloc(0))) void *alloc0(size_t n);       /* 1-based */
__attribute__((gc_alloc(1))) void *by_name(const char *s); /* argument 1 not an integer */
__attribute__((gc_alloc(k))) void *alloc_k(size_t n);      /* not a constant */
__attribute__((gc_alloc)) void *intern(const char *s);     /* no size argument */
__attribute__((gc_free)) void release(int handle);         /* no pointer parameter */
__attribute__((gc_free(1))) void drop(void *p);            /* takes no arguments */
__attribute__((noescape)) int square(int x);               /* no pointer parameter */
__attribute__((noescape(2))) int len(const char *s, int n);/* argument 2 not a pointer */
int show(__attribute__((noescape(1))) const char *s);      /* no arguments on a parameter */
int twice(__attribute__((noescape)) int x);                /* parameter not a pointer */
__attribute__((noheap(1))) int hot(void);                  /* takes no arguments */
int cold(void) { int x __attribute__((noheap)) = 0; return x; } /* not a function */

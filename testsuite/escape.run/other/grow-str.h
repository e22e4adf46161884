/* The interface between run-grow-lto.c and other/grow-str.c: a string
   builder defined in one translation unit and used from another, over
   an allocator, reallocator and deallocator that count their calls.  */

#ifndef GROW_STR_H
#define GROW_STR_H

#include <stddef.h>
#include "escape.h"

struct gstr { char *ptr; int len; int cap; };

extern int grow_alloc_calls, grow_realloc_calls, grow_free_calls;

GC_ALLOC void *grow_alloc (size_t n);
GC_REALLOC void *grow_realloc (void *p, size_t n);
GC_FREE void grow_free (void *p);
struct gstr *gstr_new (void);
void gstr_cat (struct gstr *s, const char *t);
void gstr_free (struct gstr *s);

#endif

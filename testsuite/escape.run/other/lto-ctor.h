/* The interface between run-lto-*.c and other/lto-ctor.c: constructors
   defined in one translation unit and called from another, and the
   allocator, which counts its calls across both units.  */

#ifndef LTO_CTOR_H
#define LTO_CTOR_H

#include <stddef.h>
#include "escape.h"

struct pt { long x, y; };
struct pair { struct pt *a, *b; long tag; };

extern int lto_alloc_calls;

GC_ALLOC void *lto_alloc (size_t n);
struct pt *pt_new (long x, long y);
struct pair *pair_new (long x, long y);
long pt_sum (const struct pt *p);
long pt_far (const struct pt *p);

#endif

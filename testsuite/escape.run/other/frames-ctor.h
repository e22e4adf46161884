/* The interface between run-frames-lto*.c and other/frames-ctor.c:
   noinline constructors defined in one translation unit and called from
   another, so that their calls stay calls at every level and the caller
   frames rule (SPEC 4 rule 6) decides them, across the units only under
   -flto.  The allocator counts its calls across both units.  */

#ifndef FRAMES_CTOR_H
#define FRAMES_CTOR_H

#include <stddef.h>
#include "escape.h"

struct fpt { long x, y; };
struct fstr { char *buf; long len; };

extern int fr_alloc_calls;

GC_ALLOC void *fr_alloc (size_t n);
__attribute__ ((noinline)) struct fpt *fpt_new (long x);
__attribute__ ((noinline)) struct fpt *fpt_wrap (long x);
__attribute__ ((noinline)) struct fstr *fstr_new (long n);
__attribute__ ((noinline)) void fr_clobber (int n);

#endif

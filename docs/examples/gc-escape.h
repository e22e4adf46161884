/* gc-escape.h -- force-included with -include: Boehm GC's allocators
   become allocation sites without editing gc.h or any source file.
   Without the plugin, __GC_ESCAPE__ is undefined and this is empty.  */
#ifdef __GC_ESCAPE__
#include <stddef.h>
__attribute__((gc_alloc)) void *GC_malloc(size_t);
__attribute__((gc_alloc)) void *GC_malloc_atomic(size_t);
__attribute__((gc_alloc(1))) void *GC_debug_malloc(size_t, const char *, int);
__attribute__((gc_alloc(1))) void *GC_debug_malloc_atomic(size_t, const char *, int);
__attribute__((gc_free)) void GC_free(void *);
__attribute__((gc_free)) void GC_debug_free(void *);
#endif

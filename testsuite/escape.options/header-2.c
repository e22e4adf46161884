/* include/escape.h really expands to the attributes when the plugin is
   loaded: each misuse below gets a -Wattributes warning with the plugin
   (options.exp counts 6) and nothing without it.  */

#include <stddef.h>
#include "escape.h"

GC_ALLOC int not_a_pointer (size_t n);
GC_ALLOC_SIZE (2) void *out_of_range (size_t n);
GC_ALLOC_SIZE2 (1, 0) void *index_zero (size_t n, size_t m);
GC_FREE void no_pointer_param (int x);
NOESCAPE_ARGS (1) void int_param (int x, void *p);
NOHEAP int not_a_function;

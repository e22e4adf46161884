/* include/escape.h: code annotated with every macro compiles warning-free
   (-Wall -Wextra -pedantic, C89 to C11, and as C++11) with and without
   the plugin.  Driven by options.exp.  */

#include <stddef.h>
#include "escape.h"

GC_ALLOC void *gc_new (size_t size);
GC_ALLOC_SIZE (1) void *gc_new_sized (size_t size, int kind);
GC_ALLOC_SIZE2 (1, 2) void *gc_new_array (size_t n, size_t size);
void *gc_new_after (size_t size) GC_ALLOC;
GC_FREE void gc_release (void *p);
NOESCAPE size_t measure (const void *p, const void *q);
#ifdef NOESCAPE_ARGS
NOESCAPE_ARGS (1) size_t hash_bytes (const void *p, size_t n);
NOESCAPE_ARGS (1, 3) void copy_out (const void *src, void **keep, const void *extra);
#endif
NOHEAP int hot_path (int x);
int annotated_user (void);

NOHEAP int
hot_path (int x)
{
  int *p = (int *) gc_new (4 * sizeof *p);
  p[0] = x;
  p[1] = (int) measure (p, p + 1);
  return p[0] + p[1];
}

int
annotated_user (void)
{
  char *a = (char *) gc_new_sized (8, 0);
  long *b = (long *) gc_new_array (2, sizeof *b);
  char *c = (char *) gc_new_after (1);
  int r = a[0] + (int) b[1] + c[0];
  gc_release (c);
  return r + hot_path (r);
}

/* gc_alloc: which argument is the size. */
#include <stddef.h>

__attribute__((gc_alloc)) void *gc_new(size_t size);                   /* argument 1 */
__attribute__((gc_alloc, alloc_size(2))) void *gc_tagged(int tag, size_t size);
__attribute__((gc_alloc(2))) void *gc_typed(const char *type, size_t size);
__attribute__((gc_alloc(1, 2))) void *gc_array(size_t n, size_t size);  /* n * size */

int total(const void *a, const void *b, const void *c, const void *d)
    __attribute__((noescape));

int use(size_t n)
{
    void *a = gc_new(24);
    void *b = gc_tagged(7, 40);
    void *c = gc_typed("point", 16);
    void *d = gc_array(n, 8);
    return total(a, b, c, d);
}

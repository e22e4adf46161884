/* gc_realloc: the old block does not escape by being passed. */
#include <stddef.h>
#include <string.h>

__attribute__((gc_alloc)) void *GC_malloc_atomic(size_t size);
__attribute__((gc_realloc)) void *GC_realloc(void *old, size_t size);
int emit(const char *s, size_t n) __attribute__((noescape));

int join(const char *const *words, int count)
{
    size_t cap = 32, len = 0;
    char *buf = GC_malloc_atomic(cap);          /* the first buffer */
    for (int i = 0; i < count; i++) {
        size_t n = strlen(words[i]);
        while (len + n + 1 > cap)
            buf = GC_realloc(buf, cap *= 2);    /* moves it to the heap */
        memcpy(buf + len, words[i], n + 1);
        len += n;
    }
    return emit(buf, len);
}

__attribute__((noinline)) char *grow(char *s, size_t n)
{
    return GC_realloc(s, n);                    /* tested at run time */
}

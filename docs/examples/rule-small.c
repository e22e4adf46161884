/* Rule 7: a non-constant size gets a small stack buffer. */
#include <stddef.h>
#include <string.h>

// flags.off: -fplugin-arg-escape-small-size=0
// flags.big: -fplugin-arg-escape-small-size=256

__attribute__((gc_alloc)) void *GC_malloc_atomic(size_t size);
int emit(const char *s, size_t n) __attribute__((noescape));
char *saved;

int word(const char *s)
{
    size_t len = strlen(s);
    char *w = GC_malloc_atomic(len);           /* stack when len <= 64 */
    memcpy(w, s, len);
    return emit(w, len);
}

int joined(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    char *j = GC_malloc_atomic(n + m + 1);     /* the same, for n + m + 1 */
    memcpy(j, a, n);
    memcpy(j + n, b, m + 1);
    return emit(j, n + m);
}

void keep(size_t n)
{
    saved = GC_malloc_atomic(n);               /* escapes anyway */
}

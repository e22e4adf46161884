/* Growth and frees in callees: tested at run time. */
#include <stddef.h>
#include <string.h>

__attribute__((gc_alloc)) void *GC_malloc(size_t size);
__attribute__((gc_realloc)) void *GC_realloc(void *old, size_t size);
__attribute__((gc_free)) void GC_free(void *p);
int emit(const char *s, size_t n) __attribute__((noescape));

typedef struct { char *ptr; size_t len, cap; } Str;

__attribute__((noinline)) Str *str_new(void)
{
    Str *s = GC_malloc(sizeof *s);
    s->ptr = GC_malloc(32);
    s->cap = 32;
    return s;
}

__attribute__((noinline)) void str_cat(Str *s, const char *t)
{
    size_t n = strlen(t);
    if (s->len + n + 1 > s->cap)                /* grows: moves stack */
        s->ptr = GC_realloc(s->ptr, s->cap = 2 * (s->len + n + 1));
    memcpy(s->ptr + s->len, t, n + 1);
    s->len += n;
}

__attribute__((noinline)) void str_free(Str *s)
{
    GC_free(s->ptr);                            /* skipped on the stack */
    GC_free(s);
}

int greet(const char *name)
{
    Str *s = str_new();                         /* in greet's frame */
    str_cat(s, "hello, ");
    str_cat(s, name);
    int r = emit(s->ptr, s->len);
    str_free(s);
    return r;
}

/* Rule 6, caller frames: a returned allocation in the caller's frame. */
#include <stddef.h>

__attribute__((gc_alloc)) void *GC_malloc(size_t size);

struct str { char *buf; size_t len; };

struct str *kept;

__attribute__((noinline)) struct str *str_new(size_t len)
{
    struct str *s = GC_malloc(sizeof *s);  /* returned: escapes here */
    s->buf = GC_malloc(64);                /* held by what is returned */
    s->len = len;
    return s;
}

__attribute__((noinline)) struct str *str_dup(const char *t)
{
    struct str *s = str_new(8);            /* only returned: passed on */
    s->buf[0] = t[0];
    return s;
}

int first(const char *t)
{
    struct str *s = str_dup(t);            /* dies here: in this frame */
    return s->buf[0];
}

void keep(void)
{
    kept = str_new(4);                     /* kept: str_new allocates */
}

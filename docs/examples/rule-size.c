/* Rule 1: a constant size, at most max-stack, within max-frame. */
#include <stddef.h>

// flags.frame: -fplugin-arg-escape-max-frame=131072

__attribute__((gc_alloc)) void *GC_malloc(size_t size);
__attribute__((gc_alloc(1, 2))) void *GC_calloc(size_t n, size_t size);
int consume(const char *a, const char *b, const char *c) __attribute__((noescape));

struct point { double x, y; };

double constant(void)
{
    struct point *p = GC_malloc(sizeof *p);        /* 16 bytes */
    p->x = 3;
    return p->x + p->y;
}

double product(void)
{
    double *t = GC_calloc(8, sizeof(double));      /* 8 * 8 = 64 bytes */
    t[1] = 2;
    return t[1];
}

int folded(void)
{
    int n = 4;
    int *v = GC_malloc(n * sizeof *v);             /* constant after folding */
    v[0] = 1;
    return v[0];
}

int variable(size_t len)
{
    char *buf = GC_malloc(len);                    /* not a constant */
    buf[0] = 1;
    return buf[0];
}

int huge(void)
{
    char *buf = GC_malloc(1 << 20);                /* 1 MiB > max-stack */
    buf[0] = 1;
    return buf[0];
}

int frame(void)
{
    char *a = GC_malloc(24 * 1024);                /* the frame grows to 24 KiB */
    char *b = GC_malloc(24 * 1024);                /* 48 KiB */
    char *c = GC_malloc(24 * 1024);                /* 72 KiB > max-frame */
    return consume(a, b, c);
}

/* start.c -- first notes. */

// flags.m2: -fplugin-arg-escape-m=2
// flags.werror: -fplugin-arg-escape-warn -Werror
#include <stddef.h>
#include <stdio.h>

__attribute__((gc_alloc)) void *GC_malloc(size_t size);

struct point { long x, y; };

static struct point *origin;

long dist2(long x, long y)
{
    struct point *p = GC_malloc(sizeof *p);     /* lives during this call */
    p->x = x - origin->x;
    p->y = y - origin->y;
    return p->x * p->x + p->y * p->y;
}

void set_origin(long x, long y)
{
    struct point *p = GC_malloc(sizeof *p);     /* kept in a global */
    p->x = x;
    p->y = y;
    origin = p;
}

void show(const struct point *p)
{
    printf("(%ld, %ld)\n", p->x, p->y);
}

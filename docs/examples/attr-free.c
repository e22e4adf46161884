/* gc_free: passing a pointer to it is not an escape. */
#include <stddef.h>

__attribute__((gc_alloc)) void *GC_malloc(size_t size);
__attribute__((gc_free)) void GC_free(void *p);

struct node { struct node *next; int value; };

int scratch(int v)
{
    struct node *n = GC_malloc(sizeof *n);
    n->value = v * 2;
    int r = n->value;
    GC_free(n);                       /* deleted: n is on the stack */
    return r;
}

__attribute__((noinline)) void release(struct node *p)
{
    GC_free(p);                       /* tested at run time */
}

void drop(void)
{
    struct node *n = GC_malloc(sizeof *n);
    release(n);
}

/* A site in an inlined function is decided in each caller. */
#include <stddef.h>

__attribute__((gc_alloc)) void *GC_malloc(size_t size);

struct node { struct node *next; int value; };

static inline struct node *make(int v)
{
    struct node *n = GC_malloc(sizeof *n);
    n->value = v;
    return n;
}

int use(int v)
{
    struct node *n = make(v);          /* only used here */
    return n->value + 1;
}

struct node *keep(int v)
{
    return make(v);                    /* returned again */
}

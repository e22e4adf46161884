/* Rule 2, return: an allocation escapes, a parameter leaks to the result. */
#include <stddef.h>

__attribute__((gc_alloc)) void *GC_malloc(size_t size);

struct node { struct node *next; int value; };

struct node *make(int v)
{
    struct node *n = GC_malloc(sizeof *n);
    n->value = v;
    return n;                         /* the allocation escapes */
}

__attribute__((noinline)) struct node *self(struct node *p)
{
    return p;                         /* level=0: p itself */
}

__attribute__((noinline)) struct node *next(struct node *p)
{
    return p->next;                   /* level=1: what p points to */
}

int caller(void)
{
    struct node *a = GC_malloc(sizeof *a);
    struct node *b = self(a);         /* b is a: still this function's */
    b->value = 7;
    return a->value + (next(a) != NULL);
}

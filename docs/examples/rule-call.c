/* Rule 2, call argument: a callee in this file is applied by its summary. */
#include <stddef.h>

__attribute__((gc_alloc)) void *GC_malloc(size_t size);

struct node { struct node *next; int value; };

struct node *registry;

__attribute__((noinline)) void keep(struct node *p)
{
    registry = p;
}

__attribute__((noinline)) int sum(const struct node *p)
{
    int s = 0;
    for (; p; p = p->next)
        s += p->value;
    return s;
}

__attribute__((noinline)) struct node *either(struct node *p, struct node *q)
{
    return p ? p : q;
}

int caller(void)
{
    struct node *a = GC_malloc(sizeof *a);
    struct node *b = GC_malloc(sizeof *b);
    struct node *c = GC_malloc(sizeof *c);
    keep(a);                          /* keep: leaking param */
    return sum(either(b, c));         /* to result, then does not escape */
}

/* Rule 4: callees first, a recursive component at a time. */
#include <stddef.h>

__attribute__((gc_alloc)) void *GC_malloc(size_t size);

struct node { struct node *next; int value; };

/* Self-recursive: its own result stays its own result. */
struct node *last(struct node *p)
{
    return p->next ? last(p->next) : p;
}

/* Mutually recursive: one component, analysed together. */
struct node *inner(struct node *q, int depth);

__attribute__((noinline)) struct node *outer(struct node *p, int depth)
{
    if (depth > 0)
        inner(NULL, depth);
    return p;                         /* p reaches outer's result... */
}

__attribute__((noinline)) struct node *inner(struct node *q, int depth)
{
    return outer(q, depth - 1);       /* ...which flows into inner's result */
}

int use(int depth)
{
    struct node *a = GC_malloc(sizeof *a);
    struct node *b = GC_malloc(sizeof *b);
    return last(a)->value + outer(b, depth)->value;
}

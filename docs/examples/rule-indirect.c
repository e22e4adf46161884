/* Rule 2, indirect call: a call through a function pointer. */
#include <stddef.h>

__attribute__((gc_alloc)) void *GC_malloc(size_t size);

struct node { struct node *next; int value; };

typedef int (*visit_fn)(struct node *);

int apply(visit_fn f)
{
    struct node *n = GC_malloc(sizeof *n);
    return f(n);                      /* the callee is unknown */
}

static int get(struct node *n)
{
    return n->value;
}

int resolved(void)
{
    visit_fn f = get;                 /* at -O1 and up, GCC calls get directly */
    struct node *n = GC_malloc(sizeof *n);
    return f(n);
}

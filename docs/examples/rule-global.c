/* Rule 2, assign to global: globals and statics outlive every call. */
#include <stddef.h>

__attribute__((gc_alloc)) void *GC_malloc(size_t size);

struct node { struct node *next; int value; };

struct node *last;                    /* a global */
static struct node *free_list;        /* a file-scope static */
struct node *table[16];               /* a global array */

void remember(int v)
{
    struct node *n = GC_malloc(sizeof *n);
    n->value = v;
    last = n;
}

void recycle(void)
{
    struct node *n = GC_malloc(sizeof *n);
    n->next = free_list;
    free_list = n;
}

void insert(int v)
{
    struct node *n = GC_malloc(sizeof *n);
    n->value = v;
    table[v & 15]->next = n;          /* into memory reached from a global */
}

int count(void)
{
    static int calls;
    struct node *n = GC_malloc(sizeof *n);
    n->value = ++calls;               /* only an int goes to the static */
    return n->value;
}

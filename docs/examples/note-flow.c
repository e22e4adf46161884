/* -m=2: each escape explained, one step per note. */
#include <stddef.h>

// flags: -fplugin-arg-escape-m=2

__attribute__((gc_alloc)) void *GC_malloc(size_t size);

struct node { struct node *next; int value; };
struct list { struct node *head; int len; };

struct list *all;

__attribute__((noinline)) void add(struct list *l, struct node *n)
{
    n->next = l->head;
    l->head = n;
    l->len++;
}

void record(int v)
{
    struct node *n = GC_malloc(sizeof *n);
    n->value = v;
    add(all, n);
}

struct node *fresh(int v)
{
    struct node *n = GC_malloc(sizeof *n);
    n->value = v;
    return n;
}

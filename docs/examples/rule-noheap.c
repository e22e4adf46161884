/* noheap and warn: an escaping site becomes a warning. */
#include <stddef.h>

// flags.warn: -fplugin-arg-escape-warn

__attribute__((gc_alloc)) void *GC_malloc(size_t size);

struct node { struct node *next; int value; };

struct node *cache;

__attribute__((noheap)) int hot(int v)
{
    struct node *tmp = GC_malloc(sizeof *tmp);
    struct node *kept = GC_malloc(sizeof *kept);
    tmp->value = v;
    kept->value = v;
    cache = kept;
    return tmp->value;
}

void cold(int v)
{
    struct node *n = GC_malloc(sizeof *n);
    n->value = v;
    cache = n;
}

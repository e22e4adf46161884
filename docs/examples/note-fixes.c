/* Fixes for common escapes: each site below does not escape. */
#include <stddef.h>
#include <string.h>

__attribute__((gc_alloc)) void *GC_malloc(size_t size);

struct node { struct node *next; int value; };

/* call to unknown function -> declare what the body (elsewhere) does */
void log_node(const struct node *n) __attribute__((noescape));
/* interface conversion -> the same, on a void * parameter */
size_t hash_bytes(const void *p, size_t n) __attribute__((noescape(1)));
int total(const struct node *l) __attribute__((noescape));

/* return / store through pointer -> let the caller provide the storage */
__attribute__((noinline)) void init_node(struct node *out, int v)
{
    out->value = v;
    out->next = NULL;
}

int caller_allocates(int v)
{
    struct node *n = GC_malloc(sizeof *n);
    init_node(n, v);
    log_node(n);
    return (int)hash_bytes(n, sizeof *n);
}

/* loop-carried -> allocate once, outside the loop, and reuse */
int reuse(int count)
{
    int sum = 0;
    struct node *tmp = GC_malloc(sizeof *tmp);
    for (int i = 0; i < count; i++) {
        memset(tmp, 0, sizeof *tmp);
        tmp->value = i;
        sum += total(tmp);
    }
    return sum;
}

/* non-constant size -> a constant bound when the size has one */
int bounded(const char *s)
{
    size_t len = strlen(s);
    if (len >= 256)
        return -1;
    char *copy = GC_malloc(256);
    memcpy(copy, s, len + 1);
    return copy[0];
}

/* unmodelled (pointer to integer) -> hash the contents, not the address */
size_t key(int v)
{
    struct node *n = GC_malloc(sizeof *n);
    n->value = v;
    return (size_t)n->value * 2654435761u;
}

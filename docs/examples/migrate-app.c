/* An unchanged Boehm GC program (needs libgc-dev for gc.h). */
#define GC_THREADS
#include <gc.h>
#include <string.h>

// flags: -include gc-escape.h
// flags.debug: -include gc-escape.h -DGC_DEBUG
// flags.options: -fplugin-arg-escape-alloc=GC_malloc,GC_malloc_atomic -fplugin-arg-escape-free=GC_free

struct node { struct node *next; int value; };

static struct node *registry;

int scratch(int v)
{
    struct node *n = GC_NEW(struct node);
    n->value = v;
    return n->value * 2;
}

size_t label(const char *s)
{
    char *buf = GC_MALLOC_ATOMIC(32);
    strncpy(buf, s, 31);
    return strlen(buf);
}

void enlist(int v)
{
    struct node *n = GC_MALLOC(sizeof *n);
    n->value = v;
    n->next = registry;
    registry = n;
}

void done(void)
{
    struct node *n = GC_MALLOC(sizeof *n);
    n->value = 1;
    GC_FREE(n);
}

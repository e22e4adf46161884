/* include/escape.h: the attributes, or nothing without the plugin. */
#include <stddef.h>
#include "escape.h"

// flags: -I../../include -Wall -Wextra

GC_ALLOC void *gc_new(size_t size);
GC_ALLOC_SIZE2(1, 2) void *gc_array(size_t n, size_t size);
GC_FREE void gc_release(void *p);
NOESCAPE int checksum(const void *p);
NOESCAPE_ARGS(1) size_t hash_into(const void *p, void *out);

struct item { struct item *next; int key; };

static struct item *cache;

NOHEAP int lookup(int key)
{
    struct item *probe = gc_new(sizeof *probe);
    int *keys = gc_array(4, sizeof *keys);
    probe->key = key;
    keys[0] = key;
    int r = checksum(probe) + checksum(keys);
    gc_release(keys);
    return r;
}

void insert(int key)
{
    struct item *it = gc_new(sizeof *it);
    it->key = key;
    it->next = cache;
    cache = it;
}

/* Rule 5: noescape, trusted on declarations without a body. */
#include <stddef.h>

__attribute__((gc_alloc)) void *GC_malloc(size_t size);

struct node { struct node *next; int value; };

int checksum(const struct node *n) __attribute__((noescape));
int compare(const struct node *a, struct node *b) __attribute__((noescape(1)));
int visit(__attribute__((noescape)) struct node *n, struct node *other);

int use(void)
{
    struct node *a = GC_malloc(sizeof *a);
    struct node *b = GC_malloc(sizeof *b);
    struct node *c = GC_malloc(sizeof *c);
    struct node *d = GC_malloc(sizeof *d);
    return checksum(a) + compare(a, b) + visit(c, d);
}

struct node *saved;

/* With a body, the analysis decides; a leak contradicts the promise. */
__attribute__((noescape)) int stash(struct node *n)
{
    saved = n;
    return 0;
}

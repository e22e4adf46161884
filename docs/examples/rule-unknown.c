/* Rule 2, call to unknown function: no body, no promise. */
#include <stddef.h>

__attribute__((gc_alloc)) void *GC_malloc(size_t size);

struct node { struct node *next; int value; };

void consume(struct node *n);                  /* defined in another file */
int weight(const struct node *n) __attribute__((pure));

void hand_off(void)
{
    struct node *n = GC_malloc(sizeof *n);
    consume(n);                                /* may keep n */
}

int ask(void)
{
    struct node *n = GC_malloc(sizeof *n);
    return weight(n);                          /* pure: GCC says it keeps nothing */
}

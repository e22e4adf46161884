/* Rule 2, store through pointer: the caller's memory may be anywhere;
   memory of this function is tracked (rules=c, the default).  */
#include <stddef.h>

// flags.go: -fplugin-arg-escape-rules=go

__attribute__((gc_alloc)) void *GC_malloc(size_t size);

struct node { struct node *next; int value; };

void push(struct node **list, int v)
{
    struct node *n = GC_malloc(sizeof *n);
    n->value = v;
    n->next = *list;
    *list = n;                        /* into the caller's memory */
}

int pair(int a, int b)
{
    struct node *second = GC_malloc(sizeof *second);
    struct node *first = GC_malloc(sizeof *first);
    second->value = b;
    first->value = a;
    first->next = second;             /* into a site of this function */
    return first->value + first->next->value;
}

int slots(void)
{
    struct node *s[2];                /* a local array */
    s[0] = GC_malloc(sizeof(struct node));
    s[1] = GC_malloc(sizeof(struct node));
    s[0]->next = s[1];                /* into a site of this function */
    return s[0]->next == s[1];
}

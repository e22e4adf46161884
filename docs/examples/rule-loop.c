/* Rule 2, loop-carried: one stack slot per site holds one object. */
#include <stddef.h>

__attribute__((gc_alloc)) void *GC_malloc(size_t size);

struct node { struct node *next; int value; };

int total(const struct node *l) __attribute__((noescape));

int build(int n)                      /* carried into the next iteration */
{
    struct node *list = NULL;
    for (int i = 0; i < n; i++) {
        struct node *c = GC_malloc(sizeof *c);
        c->value = i;
        c->next = list;
        list = c;
    }
    return total(list);
}

int keep_last(int n)                  /* carried out of the loop */
{
    struct node *keep = NULL;
    for (int i = 0; i < n; i++) {
        keep = GC_malloc(sizeof *keep);
        keep->value = i;
    }
    return keep ? total(keep) : 0;
}

int slots(void)                       /* stored in memory that outlives an iteration */
{
    struct node *v[4];
    for (int i = 0; i < 4; i++) {
        v[i] = GC_malloc(sizeof *v[i]);
        v[i]->value = i;
    }
    return total(v[0]) + total(v[3]);
}

int per_iteration(int n)              /* declared in the body: one iteration */
{
    int sum = 0;
    for (int i = 0; i < n; i++) {
        struct node *c = GC_malloc(sizeof *c);
        c->value = i;
        sum += total(c);
    }
    return sum;
}

int scratch(int n)                    /* declared outside, but never carried */
{
    int sum = 0;
    struct node *tmp;
    for (int i = 0; i < n; i++) {
        tmp = GC_malloc(sizeof *tmp);
        tmp->value = i;
        sum += total(tmp);
    }
    return sum;
}

int nested(int n)                     /* the inner object dies first */
{
    int sum = 0;
    for (int i = 0; i < n; i++) {
        struct node *outer = GC_malloc(sizeof *outer);
        for (int j = 0; j < n; j++) {
            struct node *inner = GC_malloc(sizeof *inner);
            inner->next = outer;
            sum += total(inner);
        }
    }
    return sum;
}

/* The four parameter notes. */
#include <stddef.h>

struct node { struct node *next; int value; };
struct span { char *start; size_t len; };      /* passed by value, holds a pointer */

struct node *saved;

int length(const struct node *l)               /* only read */
{
    int n = 0;
    for (; l; l = l->next)
        n++;
    return n;
}

void save(struct node *n)                      /* stored in a global */
{
    saved = n;
}

void save_next(struct node *n)                 /* what it points to is stored */
{
    saved = n->next;
}

struct node *pass(struct node *n)              /* returned */
{
    return n;
}

char *start(struct span s)                     /* a struct holding a pointer */
{
    return s.start;
}

int apply(int (*f)(int), int x)                /* function pointers: no note */
{
    return f(x);
}

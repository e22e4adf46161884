/* Rule 2, interface conversion: a pointer put in a void * slot. */
#include <stddef.h>

// flags.tracked: -fplugin-arg-escape-void=tracked

__attribute__((gc_alloc)) void *GC_malloc(size_t size);

struct node { struct node *next; int value; };
struct box { void *any; int tag; };            /* a type-erased slot */

int inspect(const struct box *b) __attribute__((noescape));
void set_user_data(void *data);                /* no body, void * parameter */

int boxed(void)
{
    struct node *n = GC_malloc(sizeof *n);
    struct box b = { n, 1 };                   /* into a void * field */
    return inspect(&b);
}

void attach(void)
{
    struct node *n = GC_malloc(sizeof *n);
    set_user_data(n);                          /* into a void * parameter */
}

int copy_only(void)
{
    struct node *n = GC_malloc(sizeof *n);
    void *v = n;                               /* a local void *: a copy */
    return ((struct node *)v)->value;
}

/* Rule 3: field-insensitive, as Go: a struct is one location. */
#include <stddef.h>

__attribute__((gc_alloc)) void *GC_malloc(size_t size);

struct node { struct node *next; int value; };
struct pair { struct node *left, *right; };

struct node *saved;

__attribute__((noinline)) void save_right(struct pair *p)
{
    saved = p->right;                           /* reads one field */
}

void split(void)
{
    struct pair *p = GC_malloc(sizeof *p);
    p->left = GC_malloc(sizeof(struct node));   /* never saved, yet escapes */
    p->right = GC_malloc(sizeof(struct node));
    save_right(p);
}

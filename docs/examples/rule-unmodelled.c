/* Rule 2, unmodelled: what the analysis cannot follow escapes. */
#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>

__attribute__((gc_alloc)) void *GC_malloc(size_t size);

struct node { struct node *next; int value; };
struct handler { jmp_buf env; int code; };

void run(struct handler *h) __attribute__((noescape));

uintptr_t hash(void)
{
    struct node *n = GC_malloc(sizeof *n);
    return (uintptr_t)n * 2654435761u;         /* a pointer made an integer */
}

ptrdiff_t distance(void)
{
    char *s = GC_malloc(32);
    char *e = s + 10;
    return (e - s) + (e > s);                  /* subtract, compare: no escape */
}

void fence(void)
{
    struct node *n = GC_malloc(sizeof *n);
    __asm__ volatile("" : : "r"(n) : "memory"); /* inline asm */
}

int guarded(void)
{
    struct handler *h = GC_malloc(sizeof *h);
    if (setjmp(h->env))                         /* a setjmp-family call */
        return h->code;
    run(h);
    return 0;
}

int through_volatile(void)
{
    struct node *n = GC_malloc(sizeof *n);
    struct node *volatile v = n;                /* volatile storage */
    return v->value;
}

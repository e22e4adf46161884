/* Rule 2, call argument: a variadic function's `...' is one more
   parameter, summarised like the others.  */
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

__attribute__((gc_alloc)) void *GC_malloc(size_t size);

void *last;

__attribute__((noinline)) char *concat(const char *p, ...)
{
    va_list ap;
    char *r = GC_malloc(256);
    va_start(ap, p);
    for (; p; p = va_arg(ap, const char *))
        strcat(r, p);                 /* reads the arguments */
    va_end(ap);
    return r;
}

__attribute__((noinline)) void remember(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    while (n--)
        last = va_arg(ap, void *);    /* keeps them */
    va_end(ap);
}

size_t caller(void)
{
    char *word = GC_malloc(16);
    strcpy(word, "hello");
    size_t n = strlen(concat(word, ", ", word, NULL));
    char *kept = GC_malloc(16);
    remember(1, kept);
    return n;
}

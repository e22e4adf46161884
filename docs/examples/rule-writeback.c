/* Rule 2, write-backs: a store through a parameter of what was read
   through it adds no flow (rules=c, the default).  */
#include <stddef.h>

__attribute__((gc_alloc)) void *GC_malloc(size_t size);

/* A cursor advanced through a char **, as parsers do (noinline: as if
   in another file).  */
__attribute__((noinline)) int skip_space(char **s)
{
    char *p = *s;
    while (*p == ' ')
        p++;
    *s = p;                           /* read from *s: a write-back */
    return *p;
}

int first_word(void)
{
    char *line = GC_malloc(64);
    line[0] = 'a';
    char *p = line;
    return skip_space(&p);
}

/* Rule 2, known functions: GCC's flags and the plugin's table. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((gc_alloc)) void *GC_malloc(size_t size);

size_t greet(const char *who)
{
    char *buf = GC_malloc(64);
    memset(buf, 0, 64);                        /* GCC's flags */
    snprintf(buf, 64, "hello, %s", who);       /* the plugin's table */
    puts(buf);                                 /* the plugin's table */
    return strlen(buf);                        /* GCC's flags */
}

char *after_key(void)
{
    char *s = GC_malloc(16);
    strcpy(s, "key=value");
    return strchr(s, '=');                     /* a pointer into s is returned */
}

static int cmp(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

int smallest(void)
{
    int *v = GC_malloc(4 * sizeof *v);
    v[0] = 3;
    v[1] = 1;
    qsort(v, 4, sizeof *v, cmp);               /* a callback sees v */
    return v[0];
}

long parse(void)
{
    char *s = GC_malloc(8);
    char *end;
    strcpy(s, "42");
    return strtol(s, &end, 10);                /* end points into s */
}

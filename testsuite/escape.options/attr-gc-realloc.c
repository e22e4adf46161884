/* gc_realloc misused: each is a -Wattributes warning, never a crash.  */
/* { dg-do compile } */

int v1 __attribute__ ((gc_realloc));  /* { dg-warning "'gc_realloc' attribute only applies to functions .-Wattributes." } */
int f1 (void *, unsigned long) __attribute__ ((gc_realloc));  /* { dg-warning "'gc_realloc' attribute ignored on a function returning 'int' .-Wattributes." } */
void *f2 (unsigned long, void *) __attribute__ ((gc_realloc));  /* { dg-warning "'gc_realloc' attribute ignored: 'f2' does not take a pointer and an integer size at 1 and 2 .-Wattributes." } */
void *f3 (void *, unsigned long) __attribute__ ((gc_realloc (1)));  /* { dg-warning "'gc_realloc' attribute takes no or two arguments .-Wattributes." } */
void *f4 (void *, unsigned long) __attribute__ ((gc_realloc (2, 1)));  /* { dg-warning "'gc_realloc' attribute argument 1 value '2' refers to parameter type 'long unsigned int' .-Wattributes." } */
void *f5 (void *, unsigned long) __attribute__ ((gc_realloc (1, 3)));  /* { dg-warning "'gc_realloc' attribute argument 1 value '3' exceeds the number of function parameters 2 .-Wattributes." } */
void *f6 (void *) __attribute__ ((gc_realloc));  /* { dg-warning "'gc_realloc' attribute ignored: 'f6' does not take a pointer and an integer size at 1 and 2 .-Wattributes." } */
void *good (void *, unsigned long) __attribute__ ((gc_realloc));
void *good2 (int, unsigned long, void *) __attribute__ ((gc_realloc (3, 2)));

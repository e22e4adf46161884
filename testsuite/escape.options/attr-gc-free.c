/* gc_free misused: each is a -Wattributes warning, never a crash.  */
/* { dg-do compile } */

int v1 __attribute__ ((gc_free));  /* { dg-warning "'gc_free' attribute only applies to functions .-Wattributes." } */
void f1 (int) __attribute__ ((gc_free));  /* { dg-warning "'gc_free' attribute ignored on a function without pointer parameters .-Wattributes." } */
void f2 (void) __attribute__ ((gc_free));  /* { dg-warning "'gc_free' attribute ignored on a function without pointer parameters .-Wattributes." } */
typedef void free_t (void *) __attribute__ ((gc_free));  /* { dg-warning "'gc_free' attribute only applies to functions .-Wattributes." } */
struct s1 { void (*release) (void *) __attribute__ ((gc_free)); };  /* { dg-warning "'gc_free' attribute only applies to functions .-Wattributes." } */
struct __attribute__ ((gc_free)) s2 { int x; };  /* { dg-warning "'gc_free' attribute does not apply to types .-Wattributes." } */

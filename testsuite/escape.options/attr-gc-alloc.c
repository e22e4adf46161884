/* gc_alloc misused: each is a -Wattributes warning and the attribute is
   ignored.  Never an error, never a crash.  */
/* { dg-do compile } */

#include <stddef.h>

int n_global;
struct big { int x[4]; };

int v1 __attribute__ ((gc_alloc));  /* { dg-warning "'gc_alloc' attribute only applies to functions .-Wattributes." } */
int f1 (size_t) __attribute__ ((gc_alloc));  /* { dg-warning "'gc_alloc' attribute ignored on a function returning 'int' .-Wattributes." } */
struct big f2 (size_t) __attribute__ ((gc_alloc));  /* { dg-warning "'gc_alloc' attribute ignored on a function returning 'struct big' .-Wattributes." } */
void f3 (size_t) __attribute__ ((gc_alloc));  /* { dg-warning "'gc_alloc' attribute ignored on a function returning 'void' .-Wattributes." } */
void *f4 (size_t) __attribute__ ((gc_alloc (0)));  /* { dg-warning "'gc_alloc' attribute argument 1 value '0' does not refer to a function parameter .-Wattributes." } */
void *f5 (size_t) __attribute__ ((gc_alloc (-1)));  /* { dg-warning "'gc_alloc' attribute argument 1 value '-1' does not refer to a function parameter .-Wattributes." } */
void *f6 (size_t) __attribute__ ((gc_alloc (2)));  /* { dg-warning "'gc_alloc' attribute argument 1 value '2' exceeds the number of function parameters 1 .-Wattributes." } */
void *f7 (size_t, size_t) __attribute__ ((gc_alloc (1, 3)));  /* { dg-warning "'gc_alloc' attribute argument 2 value '3' exceeds the number of function parameters 2 .-Wattributes." } */
void *f8 (size_t, size_t) __attribute__ ((gc_alloc (1, 0)));  /* { dg-warning "'gc_alloc' attribute argument 2 value '0' does not refer to a function parameter .-Wattributes." } */
void *f9 (size_t) __attribute__ ((gc_alloc (0x7fffffffffffffff)));  /* { dg-warning "'gc_alloc' attribute argument 1 value '9223372036854775807' exceeds the number of function parameters 1 .-Wattributes." } */
void *f10 (size_t) __attribute__ ((gc_alloc (n_global)));  /* { dg-warning "'gc_alloc' attribute argument 1 is not an integer constant .-Wattributes." } */
void *f11 (size_t) __attribute__ ((gc_alloc (n_global + 1)));  /* { dg-warning "'gc_alloc' attribute argument 1 is not an integer constant .-Wattributes." } */
void *f12 (size_t) __attribute__ ((gc_alloc ("1")));  /* { dg-warning "'gc_alloc' attribute argument 1 is not an integer constant .-Wattributes." } */
void *f13 (size_t) __attribute__ ((gc_alloc (1.0)));  /* { dg-warning "'gc_alloc' attribute argument 1 is not an integer constant .-Wattributes." } */
void *f14 (void *) __attribute__ ((gc_alloc (1)));  /* { dg-warning "'gc_alloc' attribute argument 1 value '1' refers to parameter type 'void \\*' .-Wattributes." } */
void *f15 (double) __attribute__ ((gc_alloc (1)));  /* { dg-warning "'gc_alloc' attribute argument 1 value '1' refers to parameter type 'double' .-Wattributes." } */
void *f16 (size_t, ...) __attribute__ ((gc_alloc (2)));  /* { dg-warning "'gc_alloc' attribute argument 1 value '2' exceeds the number of function parameters 1 .-Wattributes." } */
typedef void *alloc_t __attribute__ ((gc_alloc));  /* { dg-warning "'gc_alloc' attribute only applies to functions .-Wattributes." } */
void *(*fp) (size_t) __attribute__ ((gc_alloc));  /* { dg-warning "'gc_alloc' attribute only applies to functions .-Wattributes." } */
struct s1 { void *p __attribute__ ((gc_alloc)); };  /* { dg-warning "'gc_alloc' attribute only applies to functions .-Wattributes." } */
struct __attribute__ ((gc_alloc)) s2 { int x; };  /* { dg-warning "'gc_alloc' attribute does not apply to types .-Wattributes." } */
void f17 (void *p __attribute__ ((gc_alloc)));  /* { dg-warning "'gc_alloc' attribute only applies to functions .-Wattributes." } */

void
f18 (void)
{
  int local __attribute__ ((gc_alloc)) = 0;  /* { dg-warning "'gc_alloc' attribute only applies to functions .-Wattributes." } */
  (void) local;
}

/* The ignored attribute leaves a usable function behind.  */
int
use (void)
{
  return f1 (4) + (f4 (4) != 0);
}

/* noescape misused: each is a -Wattributes warning, never a crash.  */
/* { dg-do compile } */

int n_global;

int v1 __attribute__ ((noescape));  /* { dg-warning "'noescape' attribute only applies to functions .-Wattributes." } */
void f1 (int, void *) __attribute__ ((noescape (1)));  /* { dg-warning "'noescape' attribute argument 1 value '1' refers to parameter type 'int' .-Wattributes." } */
void f2 (void *, int) __attribute__ ((noescape (1, 2)));  /* { dg-warning "'noescape' attribute argument 2 value '2' refers to parameter type 'int' .-Wattributes." } */
void f3 (void *) __attribute__ ((noescape (0)));  /* { dg-warning "'noescape' attribute argument 1 value '0' does not refer to a function parameter .-Wattributes." } */
void f4 (void *) __attribute__ ((noescape (3)));  /* { dg-warning "'noescape' attribute argument 1 value '3' exceeds the number of function parameters 1 .-Wattributes." } */
void f5 (void *, void *) __attribute__ ((noescape (1, 2, 3)));  /* { dg-warning "'noescape' attribute argument 3 value '3' exceeds the number of function parameters 2 .-Wattributes." } */
void f6 (void *) __attribute__ ((noescape ("p")));  /* { dg-warning "'noescape' attribute argument 1 is not an integer constant .-Wattributes." } */
void f7 (void *) __attribute__ ((noescape (n_global)));  /* { dg-warning "'noescape' attribute argument 1 is not an integer constant .-Wattributes." } */
void f8 (void *, ...) __attribute__ ((noescape (2)));  /* { dg-warning "'noescape' attribute argument 1 value '2' exceeds the number of function parameters 1 .-Wattributes." } */
void f9 (double) __attribute__ ((noescape (1)));  /* { dg-warning "'noescape' attribute argument 1 value '1' refers to parameter type 'double' .-Wattributes." } */
void f10 (int x __attribute__ ((noescape)));  /* { dg-warning "'noescape' attribute ignored on a parameter of type 'int' .-Wattributes." } */
void f11 (void *p __attribute__ ((noescape (1))));  /* { dg-warning "'noescape' attribute on a parameter takes no arguments .-Wattributes." } */
struct s1 { void *p __attribute__ ((noescape)); };  /* { dg-warning "'noescape' attribute only applies to functions .-Wattributes." } */
typedef void *ptr_t __attribute__ ((noescape));  /* { dg-warning "'noescape' attribute only applies to functions .-Wattributes." } */

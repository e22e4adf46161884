/* noheap misused: each is a -Wattributes warning, never a crash.  */
/* { dg-do compile } */

int v1 __attribute__ ((noheap));  /* { dg-warning "'noheap' attribute only applies to functions .-Wattributes." } */
typedef int fn_t (void) __attribute__ ((noheap));  /* { dg-warning "'noheap' attribute only applies to functions .-Wattributes." } */
struct s1 { int (*fp) (void) __attribute__ ((noheap)); };  /* { dg-warning "'noheap' attribute only applies to functions .-Wattributes." } */
enum __attribute__ ((noheap)) e1 { E1 };  /* { dg-warning "'noheap' attribute does not apply to types .-Wattributes." } */
void f1 (int x __attribute__ ((noheap)));  /* { dg-warning "'noheap' attribute only applies to functions .-Wattributes." } */

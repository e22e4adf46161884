/* Caller frames (SPEC 4 rule 6) at run time, the shapes run-caller-frames.c
   does not have.  Every caller reads its objects after the constructor
   returned and after a test_clobber_stack call has overwritten the dead
   part of the stack, so storage left in a callee's frame would read junk
   and AddressSanitizer (detect_stack_use_after_return=1) would report it.

     three wrappers      use_w3: pt_new -> w1 -> w2 -> w3, each wrapper
                         changes the point; 0 calls
     noescape callee     use_look: the result passed to a noescape
                         function; 0 calls
     returned up         ret_up returns w1's result to main, which only
                         reads it: main's frame; 0 calls
     kept in a global    keep_w3: 1 call (w3's chain keeps allocating)
     unknown function    use_unknown: an unknown function reads it; 1 call
     half returnable     use_half: the header in this frame, the buffer
                         (also kept in a global) on the heap; 1 call
     small buffer        use_var (10): header and buffer in this frame,
                         use_var (100): the buffer too large for the
                         small buffer (64 bytes); 1 call
     function pointer    use_fp: through a pointer pt_new still allocates;
                         3 calls
     loop, dies          loop_sum: 20 iterations; 0 calls
     loop, linked        loop_list: a list of 6 linked by the caller; 6
                         calls
     three of five       pt_new's five direct calls, three placed

   calls=0+0+0+1+1+1+0+1+3+0+6 = 13.  */
/* { dg-do run } */

#include <string.h>
#include "alloc.h"

#define NOINLINE __attribute__ ((noinline))

struct pt { long x, y; };
struct str { char *buf; long len; };
struct node { struct node *next; struct pt *p; };

struct pt *kept;
char *buf_kept;
long unknown_sum;

NOINLINE static struct pt *
pt_new (long x)
{
  struct pt *p = test_alloc (sizeof *p);
  if (p->x != 0 || p->y != 0)
    abort ();
  p->x = x;
  p->y = x + 1;
  return p;
}

NOINLINE static struct pt *
w1 (long a)
{
  return pt_new (a);
}

NOINLINE static struct pt *
w2 (long a)
{
  struct pt *p = w1 (a);
  test_clobber_stack ((int) a);
  p->y *= 10;
  return p;
}

NOINLINE static struct pt *
w3 (long a)
{
  struct pt *p = w2 (a + 1);
  p->x += 100;
  return p;
}

/* Reads its argument, keeps nothing; its body is not visible to the
   analysis as far as the attribute goes.  */
NOINLINE NOESCAPE static long
look (const struct pt *p)
{
  return p->x - p->y;
}

/* A function the analysis cannot see through: called through a
   volatile pointer.  */
static void
unknown_impl (struct pt *p)
{
  unknown_sum += p->x;
}
static void (*volatile unknown) (struct pt *) = unknown_impl;

struct pt *(*volatile ctor_fp) (long) = pt_new;

NOINLINE static struct str *
str_half (long n)
{
  struct str *s = test_alloc (sizeof *s);
  s->buf = test_alloc (32);
  buf_kept = s->buf;
  s->len = n;
  return s;
}

NOINLINE static struct str *
str_var (size_t n)
{
  struct str *s = test_alloc (sizeof *s);
  s->buf = test_alloc (n);
  for (size_t i = 0; i < n; i++)
    if (s->buf[i] != 0)
      abort ();
  memset (s->buf, 'v', n);
  s->len = (long) n;
  return s;
}

NOINLINE static struct node *
node_new (struct pt *p)
{
  struct node *n = test_alloc (sizeof *n);
  n->p = p;
  return n;
}

NOINLINE static long
use_w3 (long a)
{
  struct pt *p = w3 (a);
  test_clobber_stack ((int) a);
  return p->x * 1000 + p->y;
}

NOINLINE static long
use_look (long a)
{
  struct pt *p = pt_new (a);
  test_clobber_stack ((int) a);
  return look (p);
}

NOINLINE static struct pt *
ret_up (long a)
{
  return w1 (a);
}

NOINLINE static void
keep_w3 (long a)
{
  kept = w3 (a);
}

NOINLINE static long
use_unknown (long a)
{
  struct pt *p = pt_new (a);
  unknown (p);
  return p->y;
}

NOINLINE static long
use_half (long n)
{
  struct str *s = str_half (n);
  test_clobber_stack ((int) n);
  s->buf[0] = 'h';
  return s->len + s->buf[0];
}

NOINLINE static long
use_var (size_t n)
{
  struct str *s = str_var (n);
  test_clobber_stack ((int) n);
  return s->len + s->buf[0] + s->buf[n - 1];
}

NOINLINE static long
use_fp (long a)
{
  long s = 0;
  for (int i = 0; i < 3; i++)
    {
      struct pt *p = ctor_fp (a + i);
      test_clobber_stack (i);
      s += p->x;
    }
  return s;
}

NOINLINE static long
loop_sum (int n)
{
  long s = 0;
  for (int i = 0; i < n; i++)
    {
      struct pt *p = pt_new (i);
      test_clobber_stack (i);
      s += p->y;
    }
  return s;
}

NOINLINE static long
loop_list (int n)
{
  struct node *head = 0;
  for (int i = 0; i < n; i++)
    {
      struct node *nd = node_new (0);
      nd->next = head;
      head = nd;
    }
  test_clobber_stack (n);
  long k = 0;
  for (struct node *q = head; q; q = q->next)
    k += q->p == 0;
  return k;
}

int
main (void)
{
  printf ("w3=%ld\n", use_w3 (1));
  printf ("look=%ld\n", use_look (5));
  struct pt *up = ret_up (7);
  test_clobber_stack (7);
  printf ("up=%ld,%ld\n", up->x, up->y);
  keep_w3 (2);
  test_clobber_stack (2);
  printf ("kept=%ld,%ld\n", kept->x, kept->y);
  long u = use_unknown (9);
  printf ("unknown=%ld,%ld\n", u, unknown_sum);
  long h = use_half (3);
  printf ("half=%ld %c\n", h, buf_kept[0]);
  long v10 = use_var (10);
  printf ("var=%ld,%ld\n", v10, use_var (100));
  printf ("fp=%ld\n", use_fp (4));
  printf ("loop=%ld\n", loop_sum (20));
  printf ("list=%ld\n", loop_list (6));
  test_print_calls ();
  return 0;
}

/* { dg-output "w3=102030\n" } */
/* { dg-output "look=-1\n" } */
/* { dg-output "up=7,8\n" } */
/* { dg-output "kept=103,40\n" } */
/* { dg-output "unknown=10,9\n" } */
/* { dg-output "half=107 h\n" } */
/* { dg-output "var=246,336\n" } */
/* { dg-output "fp=15\n" } */
/* { dg-output "loop=210\n" } */
/* { dg-output "list=6\n" } */
/* GCC 16 at -O3 clones str_var for each constant size (ipa-cp): the
   clone for 100 has a constant size that fits its caller's frame, where
   the small buffer (64) did not: one allocation fewer.  */
/* { dg-output "calls=1\[23\]\n" } */

/* Pointers that leave a function in a form the analysis cannot follow
   escape (SPEC section 4, rule 2: "converted to an integer ... passed to
   inline asm ... Unknown means escape").  Each function below hands a
   site's address on in such a form, and main reads the site after the
   function returned; had a site been converted, AddressSanitizer reports
   a stack use after return (and the clobbered stack a wrong value):

   - int_param: the pointer reaches a callee's integer parameter through a
     cast function type GCC turns into a direct call;
   - old_style: the same through a call to an unprototyped function;
   - asm_memory: an asm memory operand ("m" (*p)) is the operand's
     address, which the asm stores;
   - byte_args: the pointer's bytes, read through an unsigned char *, are
     passed to a callee one int at a time;
   - byte_xor: the bytes, xor-ed, are stored into a global;
   - raw_bytes: a callee reads the bytes of the object its void *
     parameter points to and stores them, xor-ed;
   - text_bytes: the same through a char * parameter, which the callee
     reads as text.

   The control, text_only, passes a string buffer to the char * callee:
   it keeps nothing, and its site stays on the stack.  Seven sites escape:
   calls=7.  */
/* Unprototyped declarations (f ()) are the point here: -std=gnu17, since
   GCC 15's default, C23, reads f () as f (void).  */
/* { dg-do run } */
/* { dg-additional-options "-std=gnu17" } */

#include <stdint.h>
#include <string.h>
#include "alloc.h"

struct node { long v; };

static struct node *g;
static unsigned char g_bytes[sizeof (void *)];
static long g_sum;

__attribute__ ((noinline)) static void
keep_bits (uintptr_t x)
{
  g = (struct node *) x;
}

__attribute__ ((noinline)) static long
int_param (long k)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = k;
  void (*keep) (struct node *) = (void (*) (struct node *)) keep_bits;
  keep (p);
  return p->v;
}

void keep_old ();

__attribute__ ((noinline)) static long
old_style (long k)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = k;
  keep_old (p);
  return p->v;
}

__attribute__ ((noinline)) void
keep_old (x)
     long x;
{
  g = (struct node *) x;
}

__attribute__ ((noinline)) static long
asm_memory (long k)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = k;
#if defined (__x86_64__)
  __asm__ volatile ("leaq %1, %%rax\n\tmovq %%rax, %0"
		    : "=m" (g) : "m" (*p) : "rax", "memory");
#else
  g = p;
#endif
  return p->v;
}

__attribute__ ((noinline)) static void
put_byte (int i, int c)
{
  g_bytes[i] = (unsigned char) c;
}

__attribute__ ((noinline)) static long
byte_args (long k)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = k;
  struct node *q = p;
  const unsigned char *b = (const unsigned char *) &q;
  for (unsigned i = 0; i < sizeof q; i++)
    put_byte (i, b[i]);
  return p->v;
}

__attribute__ ((noinline)) static long
byte_xor (long k)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = k;
  struct node *q = p;
  const unsigned char *b = (const unsigned char *) &q;
  for (unsigned i = 0; i < sizeof q; i++)
    g_bytes[i] = (unsigned char) (b[i] ^ 0x5a);
  return p->v;
}

__attribute__ ((noinline)) static void
store_raw (const void *obj, unsigned n)
{
  const unsigned char *b = obj;
  for (unsigned i = 0; i < n; i++)
    g_bytes[i] = (unsigned char) (b[i] ^ 0x5a);
}

__attribute__ ((noinline)) static long
raw_bytes (long k)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = k;
  struct node *q = p;
  store_raw (&q, sizeof q);
  return p->v;
}

__attribute__ ((noinline)) static void
store_text (const char *s, unsigned n)
{
  for (unsigned i = 0; i < n; i++)
    g_bytes[i] = (unsigned char) (s[i] ^ 0x5a);
}

__attribute__ ((noinline)) static long
text_bytes (long k)
{
  struct node *p = test_alloc (sizeof *p);
  p->v = k;
  struct node *q = p;
  store_text ((const char *) &q, sizeof q);
  return p->v;
}

__attribute__ ((noinline)) static long
sum_text (const char *s)
{
  long n = 0;
  for (; *s; s++)
    n = n * 10 + (*s - '0');
  return n;
}

__attribute__ ((noinline)) static long
text_only (void)
{
  char *s = test_alloc (4);
  s[0] = '4', s[1] = '2';
  return sum_text (s);
}

static struct node *
from_bytes (int xored)
{
  unsigned char t[sizeof (void *)];
  for (unsigned i = 0; i < sizeof t; i++)
    t[i] = g_bytes[i] ^ (xored ? 0x5a : 0);
  struct node *r;
  memcpy (&r, t, sizeof r);
  return r;
}

int
main (void)
{
  int_param (1);
  test_clobber_stack (1);
  printf ("int_param=%ld\n", g->v);
  old_style (2);
  test_clobber_stack (2);
  printf ("old_style=%ld\n", g->v);
  asm_memory (3);
  test_clobber_stack (3);
  printf ("asm_memory=%ld\n", g->v);
  byte_args (4);
  test_clobber_stack (4);
  printf ("byte_args=%ld\n", from_bytes (0)->v);
  byte_xor (5);
  test_clobber_stack (5);
  printf ("byte_xor=%ld\n", from_bytes (1)->v);
  raw_bytes (6);
  test_clobber_stack (6);
  printf ("raw_bytes=%ld\n", from_bytes (1)->v);
  text_bytes (7);
  test_clobber_stack (7);
  printf ("text_bytes=%ld\n", from_bytes (1)->v);
  printf ("text_only=%ld\n", text_only ());
  test_print_calls ();
  return 0;
}

/* { dg-output "int_param=1\n" } */
/* { dg-output "old_style=2\n" } */
/* { dg-output "asm_memory=3\n" } */
/* { dg-output "byte_args=4\n" } */
/* { dg-output "byte_xor=5\n" } */
/* { dg-output "raw_bytes=6\n" } */
/* { dg-output "text_bytes=7\n" } */
/* { dg-output "text_only=42\n" } */
/* { dg-output "calls=7\n" } */

/* Pointers handed on in a form the analysis cannot follow escape: to an
   integer parameter (a cast function type, an old-style call), as an asm
   memory operand, as bytes read through an unsigned char * (passed to a
   call, or changed before they are stored), and as an object whose bytes
   a callee reads through void * or char *.  A callee named like a C
   library function, but not declared by a system header, is not the C
   library's; a weak alias may be replaced at link time.  Text read
   through a char * is only text.  */
/* { dg-do compile } */
/* Unprototyped declarations (f ()) are the point here: -std=gnu17, since
   GCC 15's default, C23, reads f () as f (void).  */
/* { dg-options "-fplugin-arg-escape-m -Wno-old-style-definition -std=gnu17" } */

#include <stdint.h>

struct node { long v; };
void *gc_alloc (unsigned long) __attribute__((gc_alloc));

struct node *g;
unsigned char g_bytes[sizeof (void *)];

__attribute__((noinline)) void
keep_bits (uintptr_t x)
{
  g = (struct node *) x;
}

long
int_param (void)
{
  /* At -O0 GCC leaves the call indirect.  */
  struct node *p = gc_alloc (sizeof *p); /* { dg-message "gc_alloc\\(8\\) escapes to heap: (unmodelled|indirect call)" } */
  void (*keep) (struct node *) = (void (*) (struct node *)) keep_bits;
  keep (p);
  return p->v;
}

void keep_old ();

long
old_style (void)
{
  struct node *p = gc_alloc (sizeof *p); /* { dg-message "gc_alloc\\(8\\) escapes to heap: unmodelled" } */
  keep_old (p);
  return p->v;
}

__attribute__((noinline)) void
keep_old (x)
     long x;
{
  g = (struct node *) x;
}

long
asm_memory (void)
{
  struct node *p = gc_alloc (sizeof *p); /* { dg-message "gc_alloc\\(8\\) escapes to heap: unmodelled" } */
  __asm__ volatile ("" : : "m" (*p) : "memory");
  return p->v;
}

void put_byte (int, int);

long
byte_args (void)
{
  struct node *p = gc_alloc (sizeof *p); /* { dg-message "gc_alloc\\(8\\) escapes to heap: unmodelled" } */
  struct node *q = p;
  const unsigned char *b = (const unsigned char *) &q;
  for (unsigned i = 0; i < sizeof q; i++)
    put_byte (i, b[i]);
  return p->v;
}

long
byte_xor (void)
{
  struct node *p = gc_alloc (sizeof *p); /* { dg-message "gc_alloc\\(8\\) escapes to heap: unmodelled" } */
  struct node *q = p;
  const unsigned char *b = (const unsigned char *) &q;
  for (unsigned i = 0; i < sizeof q; i++)
    g_bytes[i] = (unsigned char) (b[i] ^ 0x5a);
  return p->v;
}

__attribute__((noinline)) void
store_raw (const void *obj, unsigned n) /* { dg-message "leaking param content: obj" } */
{
  const unsigned char *b = obj;
  for (unsigned i = 0; i < n; i++)
    g_bytes[i] = (unsigned char) (b[i] ^ 0x5a);
}

long
raw_bytes (void)
{
  struct node *p = gc_alloc (sizeof *p); /* { dg-message "gc_alloc\\(8\\) escapes to heap: call argument" } */
  struct node *q = p;
  store_raw (&q, sizeof q);
  return p->v;
}

__attribute__((noinline)) void
store_text (const char *s, unsigned n) /* { dg-message "s does not escape" } */
{
  for (unsigned i = 0; i < n; i++)
    g_bytes[i] = (unsigned char) (s[i] ^ 0x5a);
}

long
text_bytes (void)
{
  struct node *p = gc_alloc (sizeof *p); /* { dg-message "gc_alloc\\(8\\) escapes to heap: unmodelled" } */
  struct node *q = p;
  store_text ((const char *) &q, sizeof q);
  return p->v;
}

long
text_only (void)
{
  char *s = gc_alloc (4); /* { dg-message "gc_alloc\\(4\\) does not escape" } */
  s[0] = '7';
  store_text (s, 4);
  return s[1];
}

/* Not <unistd.h>'s access: this program's own, defined elsewhere.  */
struct table { struct node *last; };
void access (struct table *, struct node *);

long
own_access (struct table *t) /* { dg-message "leaking param: t" } */
{
  struct node *p = gc_alloc (sizeof *p); /* { dg-message "gc_alloc\\(8\\) escapes to heap: call to unknown function" } */
  access (t, p);
  return p->v;
}

/* The weak alias may be replaced at link time by another unit's sink,
   which may keep p; sink_impl itself keeps nothing.  */
__attribute__((noinline)) long
sink_impl (struct node *p) /* { dg-message "p does not escape" } */
{
  return p->v;
}
long sink (struct node *) __attribute__((weak, alias ("sink_impl")));

long
weak_alias (void)
{
  struct node *p = gc_alloc (sizeof *p); /* { dg-message "gc_alloc\\(8\\) escapes to heap: call to unknown function" } */
  return sink (p) + sink_impl (p);
}

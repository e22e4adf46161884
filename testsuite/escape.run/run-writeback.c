/* Write-backs through a parameter (SPEC 4 rule 2): a callee that stores
   into its parameter's memory only what it read there makes nothing of
   the caller's escape (a cursor advanced through a `char **', a list
   unlinked in place), but the caller's pointer may point elsewhere
   afterwards: descend (&cur) moves cur from a local object into a
   long-lived one, and what is then stored through cur must be on the
   heap.  main reads it after attach returned.

   Allocator calls: count_words 0 (its buffer is on the stack), unlink 0,
   attach: outer 0 and fresh 1, main's long-lived box 1: 2.  */
/* { dg-do run } */

#include <stdio.h>
#include <string.h>
#include "alloc.h"

#define NOINLINE __attribute__ ((noinline))

struct box { struct box *in; int v; };
static struct box *longlived;

NOINLINE static int
skip_word (char **s)
{
  char *p = *s;
  while (*p == ' ')
    p++;
  char *start = p;
  while (*p && *p != ' ')
    p++;
  *s = p;
  return p > start;
}

NOINLINE static int
count_words (const char *text)
{
  char *buf = test_alloc (32);
  strncpy (buf, text, 31);
  char *p = buf;
  int n = 0;
  while (skip_word (&p))
    n++;
  return n;
}

NOINLINE static void
unlink_next (struct box *l)
{
  if (l->in)
    l->in = l->in->in;
}

NOINLINE static int
unlink_chain (void)
{
  struct box *a = test_alloc (sizeof *a);
  struct box *b = test_alloc (sizeof *b);
  struct box *c = test_alloc (sizeof *c);
  a->in = b;
  b->in = c;
  c->v = 7;
  unlink_next (a);
  return a->in->v;
}

NOINLINE static void
descend (struct box **s)
{
  struct box *p = *s;
  *s = p->in;
}

NOINLINE static void
attach (int v)
{
  struct box *outer = test_alloc (sizeof *outer);
  outer->in = longlived;
  struct box *cur = outer;
  descend (&cur);
  struct box *fresh = test_alloc (sizeof *fresh);
  fresh->v = v;
  cur->in = fresh;
}

int
main (void)
{
  longlived = test_alloc (sizeof *longlived);
  int words = count_words ("  one two  three ");
  int unlinked = unlink_chain ();
  attach (42);
  test_clobber_stack (1);
  printf ("words=%d unlinked=%d attached=%d\n", words, unlinked,
	  longlived->in->v);
  test_print_calls ();
  return 0;
}

/* { dg-output "words=3 unlinked=7 attached=42\n" } */
/* { dg-output "calls=2\n" } */

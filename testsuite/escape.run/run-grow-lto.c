/* Frees and reallocations in callees of another unit (SPEC 6), under
   -flto=auto -flto-partition=one: the string builder of
   other/grow-str.c, used here.  word() builds a temporary string, grown
   (16 -> 42 bytes) when it gets 4 parts or more; its header and first
   buffer are placed in word()'s frame (caller frames, or the sites
   themselves once the IPA inliner has put the constructor here), the
   grown buffer is a heap block that gstr_free() frees; gstr_free() does
   nothing on the stack storage.  kept() keeps its string in a global: it
   stays on the heap and is freed by the same callee.

   Allocator calls: word 0, kept 2 = 2; reallocations: word (4) 1, word
   (6) 1, kept 1 = 3; frees: word 1 + 1 (the grown buffers), kept 2 = 4.
   Without the plugin: 8 allocations, 3 reallocations, 8 frees.  */
/* { dg-do run } */
/* { dg-additional-options "-flto=auto -flto-partition=one" } */
/* { dg-additional-sources "other/grow-str.c" } */

#include <stdio.h>
#include "other/grow-str.h"

struct gstr *global;

__attribute__ ((noinline)) static int
word (int parts)
{
  struct gstr *s = gstr_new ();
  for (int i = 0; i < parts; i++)
    gstr_cat (s, "abcde");
  int r = s->len;
  for (int i = 0; i < s->len; i++)
    r += s->ptr[i] == 'a';
  gstr_free (s);
  return r;
}

__attribute__ ((noinline)) static int
kept (void)
{
  struct gstr *s = gstr_new ();
  global = s;
  for (int i = 0; i < 4; i++)
    gstr_cat (s, "abcde");
  int r = global->len;
  gstr_free (s);
  return r;
}

int
main (void)
{
  printf ("word=%d %d %d\n", word (0), word (4), word (6));
  printf ("kept=%d\n", kept ());
  printf ("calls=%d reallocs=%d frees=%d\n", grow_alloc_calls,
	  grow_realloc_calls, grow_free_calls);
  return 0;
}

/* { dg-output "word=0 24 36\n" } */
/* { dg-output "kept=20\n" } */
/* { dg-output "calls=2 reallocs=3 frees=4\n" } */

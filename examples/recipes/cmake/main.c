/* main.c -- recipe example: an unedited Boehm GC program; the build
   system loads the plugin and names the allocators.  */
#include <stdio.h>
#include <gc.h>
#include "words.h"

static const char *const text[] = {
  "The quick brown fox jumps over the lazy dog.",
  "Escape analysis puts short-lived objects on the stack.",
  "A conservative collector scans the stack, so they stay visible.",
};

int
main (void)
{
  GC_INIT ();
  /* Handed to a function in another file: the plugin cannot see its body,
     so this one stays on the heap ("call to unknown function").  */
  struct counts *c = GC_MALLOC (sizeof *c);
  for (int i = 0; i < 1000; i++)
    for (unsigned j = 0; j < sizeof text / sizeof text[0]; j++)
      count_words (text[j], c);
  printf ("%d words, %ld letters, longest %d\n", c->words, c->letters,
	  c->longest);
  return 0;
}

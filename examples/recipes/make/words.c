/* words.c -- counts words through a temporary copy of each one.  The copy
   never outlives the loop iteration: with the plugin it goes on the stack
   ("GC_malloc_atomic(64) does not escape").  */
#include <ctype.h>
#include <string.h>
#include <gc.h>
#include "words.h"

void
count_words (const char *text, struct counts *out)
{
  const char *p = text;
  for (;;)
    {
      while (*p && !isalpha ((unsigned char) *p))
	p++;
      const char *s = p;
      while (isalpha ((unsigned char) *p))
	p++;
      if (p == s)
	break;
      char *w = GC_MALLOC_ATOMIC (64);
      size_t n = (size_t) (p - s) < 63 ? (size_t) (p - s) : 63;
      memcpy (w, s, n);
      w[n] = '\0';
      int len = (int) strlen (w);
      out->words++;
      out->letters += len;
      if (len > out->longest)
	out->longest = len;
    }
}

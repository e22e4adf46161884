/* words.h -- a tiny word counter (recipe example).  */
#ifndef WORDS_H
#define WORDS_H

struct counts
{
  int words, longest;
  long letters;
};

void count_words (const char *text, struct counts *out);

#endif

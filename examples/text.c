/* text.c -- a text-processing workload in the style of w3m's Str.c, on the
   Boehm collector.

   A generator writes paragraphs of HTML-ish markup; each is stripped of
   tags and entities, word-wrapped into a page, and its words counted in a
   hash table.  As in w3m, strings are small Str objects made by
   constructor functions (Strnew, Strnew_charp, Strdup, Sprintf) and most
   are dropped at once: the temporaries of strip_markup, count_words and
   fill_paragraph never outlive their call.  Some do outlive it: the
   paragraph a generator returns, the keys the word table keeps, the page.

     usage: text [PARAGRAPHS]     (default 200)
*/
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "escape.h"	/* before gc.h: see the note on GC_FREE below */
#include <gc.h>

/* The annotation: gc.h's allocators are gc_alloc (GC_DEBUG builds call
   the debug variants), and GC_free is a deallocator.  These
   redeclarations are all this file adds for the plugin; without them,
   build with -fplugin-arg-escape-alloc=GC_malloc,GC_malloc_atomic.  */
GC_ALLOC void *GC_malloc (size_t);
GC_ALLOC void *GC_malloc_atomic (size_t);
GC_ALLOC void *GC_debug_malloc (size_t, GC_EXTRA_PARAMS);
GC_ALLOC void *GC_debug_malloc_atomic (size_t, GC_EXTRA_PARAMS);

/* escape.h's GC_FREE has the name of gc.h's GC_FREE(p) macro, and gc.h's
   definition must win (this file calls GC_FREE (p)); so the deallocator
   is marked with the attribute itself.  */
#ifdef __GC_ESCAPE__
# define STR_DEALLOCATOR __attribute__ ((__gc_free__))
#else
# define STR_DEALLOCATOR
#endif
STR_DEALLOCATOR void GC_free (void *);
STR_DEALLOCATOR void GC_debug_free (void *);

/* ---- Str: w3m's growable string ------------------------------------ */

typedef struct _Str
{
  char *ptr;
  int length;
  int area_size;
} *Str;

#define INITIAL_STR_SIZE 32

/* The constructors are inlined into their callers, so that each
   allocation below is decided in the caller that made the string: a
   constructor that stays a call returns its allocation, which escapes.
   GCC's early inliner, which runs before the plugin, takes at -O2 only
   functions that grow their caller by at most 6 instructions (--param
   early-inlining-insns=6); Strnew would grow it by 8, hence
   always_inline.  */
#define STR_CONSTRUCTOR static inline __attribute__ ((always_inline))

STR_CONSTRUCTOR Str
Strnew (void)
{
  Str x = GC_MALLOC (sizeof (struct _Str));
  x->ptr = GC_MALLOC_ATOMIC (INITIAL_STR_SIZE);
  x->ptr[0] = '\0';
  x->area_size = INITIAL_STR_SIZE;
  x->length = 0;
  return x;
}

STR_CONSTRUCTOR Str
Strnew_charp_n (const char *p, int n)
{
  Str x = GC_MALLOC (sizeof (struct _Str));
  x->ptr = GC_MALLOC_ATOMIC (n + 1);
  memcpy (x->ptr, p, n);
  x->ptr[n] = '\0';
  x->area_size = n + 1;
  x->length = n;
  return x;
}

STR_CONSTRUCTOR Str
Strdup (Str s)
{
  return Strnew_charp_n (s->ptr, s->length);
}

/* Grow X's buffer, freeing the old one at once as w3m does.  */
static void
Strgrow (Str x)
{
  char *old = x->ptr;
  int newlen = x->area_size * 2;
  x->ptr = GC_MALLOC_ATOMIC (newlen);
  x->area_size = newlen;
  memcpy (x->ptr, old, x->length + 1);
  GC_FREE (old);
}

static void
Strcat_charp_n (Str x, const char *y, int n)
{
  int newlen = x->length + n + 1;
  if (x->area_size < newlen)
    {
      char *old = x->ptr;
      newlen += newlen / 2;
      x->ptr = GC_MALLOC_ATOMIC (newlen);
      x->area_size = newlen;
      memcpy (x->ptr, old, x->length);
      GC_FREE (old);
    }
  memcpy (x->ptr + x->length, y, n);
  x->length += n;
  x->ptr[x->length] = '\0';
}

static inline void
Strcat_charp (Str x, const char *y)
{
  Strcat_charp_n (x, y, (int) strlen (y));
}

static inline void
Strcat (Str x, Str y)
{
  Strcat_charp_n (x, y->ptr, y->length);
}

static inline void
Strcat_char (Str x, char c)
{
  if (x->length + 1 >= x->area_size)
    Strgrow (x);
  x->ptr[x->length++] = c;
  x->ptr[x->length] = '\0';
}

static void
Strclear (Str x)
{
  x->length = 0;
  x->ptr[0] = '\0';
}

static void
Strlower (Str x)
{
  for (int i = 0; i < x->length; i++)
    x->ptr[i] = (char) tolower ((unsigned char) x->ptr[i]);
}

static void
Strremovetrailingspaces (Str s)
{
  while (s->length > 0 && s->ptr[s->length - 1] == ' ')
    s->length--;
  s->ptr[s->length] = '\0';
}

/* A scratch buffer that stays local, a result that escapes.  */
static Str
Sprintf (const char *fmt, ...)
{
  char *tmp = GC_MALLOC_ATOMIC (256);
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (tmp, 256, fmt, ap);
  va_end (ap);
  if (n > 255)
    n = 255;
  return Strnew_charp_n (tmp, n);
}

static const char *
html_quote_char (int c)
{
  switch (c)
    {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    }
  return NULL;
}

/* w3m's html_quote: the copy is made only when needed, inside the loop,
   and carried to the next iteration.  */
static char *
html_quote (const char *str)
{
  Str tmp = NULL;
  const char *p, *q;
  for (p = str; *p; p++)
    {
      q = html_quote_char (*p);
      if (q)
	{
	  if (tmp == NULL)
	    tmp = Strnew_charp_n (str, (int) (p - str));
	  Strcat_charp (tmp, q);
	}
      else if (tmp)
	Strcat_char (tmp, *p);
    }
  if (tmp)
    return tmp->ptr;
  return (char *) str;
}

/* ---- the word table -------------------------------------------------- */

typedef struct word
{
  struct word *next;
  Str key;
  int count;
} Word;

typedef struct
{
  Word **bucket;
  int nbucket;
  int nword;
} WordTable;

static WordTable *
wordtable_new (int nbucket)
{
  WordTable *t = GC_MALLOC (sizeof *t);
  t->bucket = GC_MALLOC (nbucket * sizeof (Word *));
  t->nbucket = nbucket;
  return t;
}

static unsigned
hash_bytes (const char *p, int n)
{
  unsigned h = 2166136261u;
  for (int i = 0; i < n; i++)
    h = (h ^ (unsigned char) p[i]) * 16777619u;
  return h;
}

/* Count W, copying it when it is new: the table keeps the copy, never W.  */
static void
word_count (WordTable *t, Str w)
{
  unsigned h = hash_bytes (w->ptr, w->length) % (unsigned) t->nbucket;
  for (Word *e = t->bucket[h]; e; e = e->next)
    if (e->key->length == w->length
	&& memcmp (e->key->ptr, w->ptr, w->length) == 0)
      {
	e->count++;
	return;
      }
  Word *e = GC_MALLOC (sizeof *e);
  e->key = Strdup (w);
  e->count = 1;
  e->next = t->bucket[h];
  t->bucket[h] = e;
  t->nword++;
}

/* ---- the input: generated markup ------------------------------------- */

static const char *const vocab[] = {
  "the", "collector", "scans", "the", "stack", "and", "marks", "every",
  "object", "it", "can", "reach", "from", "roots", "a", "string", "builder",
  "allocates", "small", "objects", "that", "die", "young", "escape",
  "analysis", "proves", "which", "ones", "never", "leave", "their",
  "function", "AT&T", "Boehm", "Demers", "Weiser", "w3m", "pager",
  "browser", "table", "<tag>", "heap", "of", "to", "is", "in",
  "Supercalifragilisticexpialidocious-antidisestablishmentarianism",
};
#define NVOCAB ((int) (sizeof vocab / sizeof vocab[0]))

static unsigned long long seed = 42;

static unsigned
rnd (unsigned n)
{
  seed = seed * 6364136223846793005ull + 1442695040888963407ull;
  return (unsigned) (seed >> 33) % n;
}

/* One paragraph of marked-up input.  It is returned: it escapes.  */
static Str
make_paragraph (int k)
{
  Str s = Strnew ();
  Strcat_charp (s, "<p>");
  int n = 8 + (int) rnd (40);
  for (int i = 0; i < n; i++)
    {
      const char *w = vocab[rnd (NVOCAB)];
      const char *q = html_quote (w);
      if (i)
	Strcat_char (s, ' ');
      switch (rnd (12))
	{
	case 0:
	  Strcat_charp (s, "<b>");
	  Strcat_charp (s, q);
	  Strcat_charp (s, "</b>");
	  break;
	case 1:
	  Strcat_charp (s, q);
	  Strcat_charp (s, " &amp;");
	  break;
	case 2:
	  {
	    Str num = Sprintf ("%d", (k * 7 + i) % 1000);
	    Strcat (s, num);
	    break;
	  }
	case 3:
	  Strcat_charp (s, "<a href=\"#s");
	  Strcat_charp (s, q);
	  Strcat_charp (s, "\">");
	  Strcat_charp (s, q);
	  Strcat_charp (s, "</a>");
	  break;
	default:
	  Strcat_charp (s, q);
	}
    }
  Strcat_charp (s, ".</p>");
  return s;
}

/* ---- the processing -------------------------------------------------- */

typedef struct
{
  WordTable *words;
  Str page;
  long lines, chars;
  unsigned checksum;
  int printed;
} Doc;

static char
decode_entity (Str ent)
{
  if (strcmp (ent->ptr, "amp") == 0)
    return '&';
  if (strcmp (ent->ptr, "lt") == 0)
    return '<';
  if (strcmp (ent->ptr, "gt") == 0)
    return '>';
  if (strcmp (ent->ptr, "quot") == 0)
    return '"';
  return '?';
}

static void
emit_line (Doc *doc, Str line)
{
  Strremovetrailingspaces (line);
  Strcat (doc->page, line);
  Strcat_char (doc->page, '\n');
  doc->lines++;
}

/* Flush the page: the first one is printed, every one is checksummed.  */
static void
flush_page (Doc *doc)
{
  if (!doc->printed)
    {
      fputs (doc->page->ptr, stdout);
      doc->printed = 1;
    }
  doc->checksum = doc->checksum * 31
		  + hash_bytes (doc->page->ptr, doc->page->length);
  Strclear (doc->page);
}

/* Remove tags, decode entities: "<b>x</b> &amp;" becomes "x &".  */
static void
strip_markup (Str out, const char *p)
{
  while (*p)
    {
      if (*p == '<')
	{
	  while (*p && *p != '>')
	    p++;
	  if (*p)
	    p++;
	  continue;
	}
      if (*p == '&')
	{
	  Str ent = Strnew ();		/* temporary: stays local */
	  for (p++; *p && *p != ';'; p++)
	    Strcat_char (ent, *p);
	  if (*p)
	    p++;
	  Strcat_char (out, decode_entity (ent));
	  continue;
	}
      Strcat_char (out, *p++);
    }
}

/* Word-wrap TEXT to WIDTH columns into the page.  */
static void
fill_paragraph (Doc *doc, Str text, int width)
{
  Str line = Strnew ();			/* the line being filled */
  const char *p = text->ptr;
  for (;;)
    {
      while (*p == ' ')
	p++;
      if (!*p)
	break;
      const char *start = p;
      while (*p && *p != ' ')
	p++;
      int n = (int) (p - start);
      if (line->length && line->length + 1 + n > width)
	{
	  emit_line (doc, line);
	  Strclear (line);
	}
      if (line->length)
	Strcat_char (line, ' ');
      Strcat_charp_n (line, start, n);
    }
  if (line->length)
    emit_line (doc, line);
}

/* Count the words of TEXT: each word is a temporary Str.  */
static void
count_words (WordTable *t, Str text)
{
  const char *p = text->ptr;
  for (;;)
    {
      while (*p && !isalnum ((unsigned char) *p))
	p++;
      if (!*p)
	break;
      const char *start = p;
      while (isalnum ((unsigned char) *p) || *p == '-' || *p == '&')
	p++;
      Str w = Strnew ();		/* temporary key: stays local */
      Strcat_charp_n (w, start, (int) (p - start));
      Strlower (w);
      word_count (t, w);
    }
}

static void
process_paragraph (Doc *doc, Str raw)
{
  Str text = Strnew ();
  strip_markup (text, raw->ptr);
  fill_paragraph (doc, text, 64);
  count_words (doc->words, text);
  doc->chars += text->length;
  Strcat_char (doc->page, '\n');
  if (doc->page->length > 4096)
    flush_page (doc);
}


/* ---- the report ------------------------------------------------------ */

static int
by_count (const void *a, const void *b)
{
  const Word *x = *(const Word *const *) a, *y = *(const Word *const *) b;
  if (x->count != y->count)
    return y->count - x->count;
  return strcmp (x->key->ptr, y->key->ptr);
}

static void
report (Doc *doc)
{
  WordTable *t = doc->words;
  Word **v = GC_MALLOC (t->nword * sizeof *v);
  int n = 0;
  for (int b = 0; b < t->nbucket; b++)
    for (Word *e = t->bucket[b]; e; e = e->next)
      v[n++] = e;
  qsort (v, n, sizeof *v, by_count);
  printf ("-- %ld lines, %ld characters, %d distinct words, page checksum %08x\n",
	  doc->lines, doc->chars, t->nword, doc->checksum);
  for (int i = 0; i < n && i < 12; i++)
    {
      Str l = Sprintf ("%3d. %-24.24s %7d\n", i + 1,
		       html_quote (v[i]->key->ptr), v[i]->count);
      fputs (l->ptr, stdout);
    }
}

int
main (int argc, char **argv)
{
  int n = argc > 1 ? atoi (argv[1]) : 200;
  GC_INIT ();
  Doc *doc = GC_MALLOC (sizeof *doc);
  doc->words = wordtable_new (1021);
  doc->page = Strnew ();
  for (int k = 0; k < n; k++)
    {
      Str raw = make_paragraph (k);
      process_paragraph (doc, raw);
    }
  flush_page (doc);
  report (doc);
  return 0;
}

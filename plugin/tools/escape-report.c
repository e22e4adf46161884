/* escape-report -- merge the report=DIR files of a build (SPEC section 8).

     escape-report [--top N] [--root DIR] [--json] [--html OUT]
		   [--link-prefix URL] [--oracle FILE]... REPORT-DIR...

   Reads every *.jsonl file under each REPORT-DIR (files whose names start
   with '.' are a compile's temporary files and are skipped), one JSON
   object per line as the plugin writes them.  A site is counted once per
   source position (file, line, column), however many units saw it or
   callers inlined it; each of its decisions is kept.  A position is
   "kept" (with its most frequent reason) when any of its decisions kept
   it on the heap, else "caller-frame" or "small-buffer" when any decision
   was that, else "converted".

   Prints, by default, a table per directory and per file (sites,
   converted, caller frames, small buffers, kept, kept by reason), the
   sites kept per reason and the top sites per reason.  --json prints the
   same as one JSON object; --html OUT also writes a self-contained page
   (inline SVG charts, a sortable table, no network).

   --oracle FILE joins a run of escape-oracle (its --json FILE) to the
   build's decisions: per site, the allocations made at run time, how many
   frames up the sampled ones died (levels 0, 1, 2, later, never), and the
   plugin's decision and reason, the busiest sites first; then what the
   plugin removed next to the ceiling (the allocations at level 0, at
   levels <= 1, <= 2).  The sites kept on the heap at the top of that list
   are where a rule or an annotation pays most.  Several runs (several
   --oracle options, or runs concatenated into one FILE, as a test suite's
   would be) add up: their summaries, and their sites by position and
   function.  A returnable site (SPEC 4 rule 6) that callers place in
   their frames shows as "caller-frame (P of C calls): return", from its
   report line's "caller_frames" (or, for reports without it, from the
   oracle's markers); with --html the page has the join too.

   A line that is not a report object is an error naming the file and the
   line; the other lines and files are still read, and the exit status is
   1.  Exit status 2: a directory cannot be read or OUT cannot be written.  */

#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ---- small utilities ----------------------------------------------- */

static void *
xmalloc (size_t n)
{
  void *p = malloc (n ? n : 1);
  if (!p)
    {
      fprintf (stderr, "escape-report: out of memory\n");
      exit (2);
    }
  return p;
}

static void *
xrealloc (void *p, size_t n)
{
  p = realloc (p, n ? n : 1);
  if (!p)
    {
      fprintf (stderr, "escape-report: out of memory\n");
      exit (2);
    }
  return p;
}

static char *
xstrdup (const char *s)
{
  size_t n = strlen (s) + 1;
  return memcpy (xmalloc (n), s, n);
}

static unsigned long
hash_str (const char *s)
{
  unsigned long h = 5381;
  while (*s)
    h = h * 33 + (unsigned char) *s++;
  return h;
}

/* The decisions and the reasons, interned.  */
enum decision { D_STACK, D_CALLER, D_SMALL, D_HEAP, D_MAX };
static const char *const decision_name[D_MAX] = {
  "stack", "caller-frame", "small-buffer", "heap"
};
static const char *const status_name[D_MAX] = {
  "converted", "caller-frame", "small-buffer", "kept"
};

#define MAX_REASONS 64
static char *reasons[MAX_REASONS];
static int nreasons;

static int
reason_id (const char *r)
{
  for (int i = 0; i < nreasons; i++)
    if (strcmp (reasons[i], r) == 0)
      return i;
  if (nreasons == MAX_REASONS)
    return MAX_REASONS - 1;
  reasons[nreasons] = xstrdup (r);
  return nreasons++;
}

/* ---- a minimal JSON reader --------------------------------------------- */

/* The fields of one report line that matter here.  */
struct entry
{
  char kind[16];
  char *file;
  long line, column;
  char *function;
  char *callee;
  char *hash;
  long long size;
  int has_size;
  char *size_text;
  char *decision;
  char *reason;
  char *note;
  char *name;
  /* A returnable site (SPEC 4 rule 6) kept in its own function:
     "caller_frames":{"placed":P,"calls":C}.  */
  int has_frames;
  unsigned long frames[2];
};

struct parser
{
  const char *p;
  const char *err;
};

static void
skip_ws (struct parser *ps)
{
  while (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\r' || *ps->p == '\n')
    ps->p++;
}

/* A JSON string into a fresh buffer (NULL on error).  */
static char *
parse_string (struct parser *ps)
{
  if (*ps->p != '"')
    {
      ps->err = "expected a string";
      return NULL;
    }
  ps->p++;
  size_t cap = 32, n = 0;
  char *out = xmalloc (cap);
  for (;;)
    {
      unsigned char c = *ps->p;
      if (c == 0 || c == '\n')
	{
	  ps->err = "unterminated string";
	  free (out);
	  return NULL;
	}
      ps->p++;
      if (c == '"')
	break;
      if (n + 8 > cap)
	out = xrealloc (out, cap *= 2);
      if (c != '\\')
	{
	  out[n++] = c;
	  continue;
	}
      c = *ps->p++;
      switch (c)
	{
	case '"': case '\\': case '/': out[n++] = c; break;
	case 'b': out[n++] = '\b'; break;
	case 'f': out[n++] = '\f'; break;
	case 'n': out[n++] = '\n'; break;
	case 'r': out[n++] = '\r'; break;
	case 't': out[n++] = '\t'; break;
	case 'u':
	  {
	    unsigned v = 0;
	    for (int i = 0; i < 4; i++)
	      {
		int d = *ps->p++;
		if (!isxdigit (d))
		  {
		    ps->err = "bad \\u escape";
		    free (out);
		    return NULL;
		  }
		v = v * 16 + (isdigit (d) ? d - '0' : (tolower (d) - 'a' + 10));
	      }
	    /* UTF-8; surrogates are kept as they come.  */
	    if (v < 0x80)
	      out[n++] = v;
	    else if (v < 0x800)
	      {
		out[n++] = 0xc0 | (v >> 6);
		out[n++] = 0x80 | (v & 0x3f);
	      }
	    else
	      {
		out[n++] = 0xe0 | (v >> 12);
		out[n++] = 0x80 | ((v >> 6) & 0x3f);
		out[n++] = 0x80 | (v & 0x3f);
	      }
	    break;
	  }
	default:
	  ps->err = "bad escape in string";
	  free (out);
	  return NULL;
	}
    }
  out[n] = 0;
  return out;
}

static int parse_value (struct parser *ps, int depth);

/* Skip any JSON value; 0 on error.  */
static int
parse_value (struct parser *ps, int depth)
{
  skip_ws (ps);
  if (depth > 32)
    {
      ps->err = "nested too deeply";
      return 0;
    }
  char c = *ps->p;
  if (c == '"')
    {
      char *s = parse_string (ps);
      free (s);
      return s != NULL;
    }
  if (c == '{' || c == '[')
    {
      char close = c == '{' ? '}' : ']';
      ps->p++;
      skip_ws (ps);
      if (*ps->p == close)
	{
	  ps->p++;
	  return 1;
	}
      for (;;)
	{
	  skip_ws (ps);
	  if (c == '{')
	    {
	      char *k = parse_string (ps);
	      if (!k)
		return 0;
	      free (k);
	      skip_ws (ps);
	      if (*ps->p++ != ':')
		{
		  ps->err = "expected ':'";
		  return 0;
		}
	    }
	  if (!parse_value (ps, depth + 1))
	    return 0;
	  skip_ws (ps);
	  if (*ps->p == ',')
	    {
	      ps->p++;
	      continue;
	    }
	  if (*ps->p == close)
	    {
	      ps->p++;
	      return 1;
	    }
	  ps->err = c == '{' ? "expected ',' or '}'" : "expected ',' or ']'";
	  return 0;
	}
    }
  if (c == '-' || isdigit ((unsigned char) c))
    {
      char *e;
      strtod (ps->p, &e);
      if (e == ps->p)
	{
	  ps->err = "bad number";
	  return 0;
	}
      ps->p = e;
      return 1;
    }
  static const char *const words[] = { "true", "false", "null" };
  for (int i = 0; i < 3; i++)
    if (strncmp (ps->p, words[i], strlen (words[i])) == 0)
      {
	ps->p += strlen (words[i]);
	return 1;
      }
  ps->err = "expected a value";
  return 0;
}

/* Parse an object of counts {"NAME":N,...} into V, V[I] for the key
   NAMES[I] (other keys are skipped); WHAT names it in errors.  */
static int
parse_counts (struct parser *ps, const char *const *names, int n,
	      unsigned long *v, const char *what)
{
  static char err[64];
  skip_ws (ps);
  if (*ps->p != '{')
    {
      snprintf (err, sizeof err, "\"%s\" is not an object", what);
      ps->err = err;
      return 0;
    }
  ps->p++;
  skip_ws (ps);
  while (*ps->p != '}')
    {
      char *k = parse_string (ps);
      if (!k)
	return 0;
      skip_ws (ps);
      if (*ps->p++ != ':')
	{
	  free (k);
	  ps->err = "expected ':'";
	  return 0;
	}
      skip_ws (ps);
      char *end;
      unsigned long x = strtoul (ps->p, &end, 10);
      if (end == ps->p || *ps->p == '-')
	{
	  free (k);
	  snprintf (err, sizeof err, "a count in \"%s\" is not a number", what);
	  ps->err = err;
	  return 0;
	}
      ps->p = end;
      for (int b = 0; b < n; b++)
	if (!strcmp (k, names[b]))
	  v[b] = x;
      free (k);
      skip_ws (ps);
      if (*ps->p == ',')
	{
	  ps->p++;
	  skip_ws (ps);
	}
      else if (*ps->p != '}')
	{
	  ps->err = "expected ',' or '}'";
	  return 0;
	}
    }
  ps->p++;
  return 1;
}

static const char *const frames_name[2] = { "placed", "calls" };

static void
entry_free (struct entry *e)
{
  free (e->file);
  free (e->function);
  free (e->callee);
  free (e->hash);
  free (e->size_text);
  free (e->decision);
  free (e->reason);
  free (e->note);
  free (e->name);
  memset (e, 0, sizeof *e);
}

/* Parse one report line into E; NULL, or the reason it is not one.  */
static const char *
parse_entry (const char *line, struct entry *e)
{
  struct parser ps = { line, NULL };
  memset (e, 0, sizeof *e);
  skip_ws (&ps);
  if (*ps.p != '{')
    return "not a JSON object";
  ps.p++;
  skip_ws (&ps);
  int have_line = 0;
  while (*ps.p != '}')
    {
      skip_ws (&ps);
      char *k = parse_string (&ps);
      if (!k)
	return ps.err;
      skip_ws (&ps);
      if (*ps.p++ != ':')
	{
	  free (k);
	  return "expected ':'";
	}
      skip_ws (&ps);
      char **dst = NULL;
      if (!strcmp (k, "file")) dst = &e->file;
      else if (!strcmp (k, "function")) dst = &e->function;
      else if (!strcmp (k, "callee")) dst = &e->callee;
      else if (!strcmp (k, "hash")) dst = &e->hash;
      else if (!strcmp (k, "size_text")) dst = &e->size_text;
      else if (!strcmp (k, "decision")) dst = &e->decision;
      else if (!strcmp (k, "reason")) dst = &e->reason;
      else if (!strcmp (k, "note")) dst = &e->note;
      else if (!strcmp (k, "name")) dst = &e->name;
      if (!strcmp (k, "kind") && *ps.p == '"')
	{
	  char *s = parse_string (&ps);
	  if (!s)
	    {
	      free (k);
	      return ps.err;
	    }
	  snprintf (e->kind, sizeof e->kind, "%s", s);
	  free (s);
	}
      else if (dst && *ps.p == '"')
	{
	  free (*dst);
	  *dst = parse_string (&ps);
	  if (!*dst)
	    {
	      free (k);
	      return ps.err;
	    }
	}
      else if ((!strcmp (k, "line") || !strcmp (k, "column")
		|| !strcmp (k, "size"))
	       && (*ps.p == '-' || isdigit ((unsigned char) *ps.p)))
	{
	  char *end;
	  long long v = strtoll (ps.p, &end, 10);
	  ps.p = end;
	  if (!strcmp (k, "line"))
	    e->line = v, have_line = 1;
	  else if (!strcmp (k, "column"))
	    e->column = v;
	  else
	    e->size = v, e->has_size = 1;
	}
      else if (!strcmp (k, "caller_frames") && *ps.p == '{')
	{
	  if (!parse_counts (&ps, frames_name, 2, e->frames, k))
	    {
	      free (k);
	      return ps.err;
	    }
	  e->has_frames = 1;
	}
      else if (!parse_value (&ps, 1))
	{
	  free (k);
	  return ps.err;
	}
      free (k);
      skip_ws (&ps);
      if (*ps.p == ',')
	{
	  ps.p++;
	  skip_ws (&ps);
	  continue;
	}
      if (*ps.p != '}')
	return "expected ',' or '}'";
    }
  ps.p++;
  skip_ws (&ps);
  if (*ps.p)
    return "text after the object";
  if (!e->kind[0])
    return "no \"kind\"";
  if (!e->file || !have_line)
    return "no \"file\" or \"line\"";
  if (!e->decision)
    return "no \"decision\"";
  return NULL;
}

/* ---- the merged sites -------------------------------------------------- */

struct site
{
  char *file;
  long line, column;
  char *function, *callee, *hash, *size;
  int count[D_MAX];		/* decisions, by kind */
  int *by_reason;		/* heap decisions per reason id */
  int nby;
  char *note_kept, *note_conv;
  /* A returnable site kept in its function: of its function's calls
     (summed over its decisions), those that place it in their frame.  */
  int has_frames;
  unsigned long frames[2];
  int status;			/* enum decision, after merging */
  int reason;			/* its reason id, when kept */
  struct site *next;		/* hash chain */
};

#define NBUCKETS 65536
static struct site *buckets[NBUCKETS];
static struct site **sites;
static size_t nsites, capsites;
static long params[3];		/* stack, heap, result */
static long entries, lines_bad, files_read;

static struct site *
site_get (struct entry *e)
{
  char key[64];
  snprintf (key, sizeof key, ":%ld:%ld", e->line, e->column);
  unsigned long h = (hash_str (e->file) * 31 + hash_str (key)) % NBUCKETS;
  for (struct site *s = buckets[h]; s; s = s->next)
    if (s->line == e->line && s->column == e->column
	&& strcmp (s->file, e->file) == 0)
      return s;
  struct site *s = xmalloc (sizeof *s);
  memset (s, 0, sizeof *s);
  s->file = xstrdup (e->file);
  s->line = e->line;
  s->column = e->column;
  s->function = xstrdup (e->function ? e->function : "?");
  s->callee = xstrdup (e->callee ? e->callee : "?");
  s->hash = xstrdup (e->hash ? e->hash : "");
  if (e->has_size)
    {
      char b[32];
      snprintf (b, sizeof b, "%lld", e->size);
      s->size = xstrdup (b);
    }
  else
    s->size = xstrdup (e->size_text ? e->size_text : "?");
  s->next = buckets[h];
  buckets[h] = s;
  if (nsites == capsites)
    sites = xrealloc (sites, (capsites = capsites ? 2 * capsites : 256)
			     * sizeof *sites);
  sites[nsites++] = s;
  return s;
}

static int
decision_id (const char *d)
{
  for (int i = 0; i < D_MAX; i++)
    if (strcmp (d, decision_name[i]) == 0)
      return i;
  return -1;
}

static const char *
add_entry (struct entry *e)
{
  if (strcmp (e->kind, "param") == 0)
    {
      if (!strcmp (e->decision, "stack"))
	params[0]++;
      else if (!strcmp (e->decision, "heap"))
	params[1]++;
      else
	params[2]++;
      return NULL;
    }
  /* A "call" (SPEC 4 rule 6) is a position too: its callee's storage
     placed in this frame (caller-frame) or not (heap).  */
  if (strcmp (e->kind, "site") != 0 && strcmp (e->kind, "call") != 0)
    return NULL;
  int d = decision_id (e->decision);
  if (d < 0)
    return "unknown \"decision\"";
  struct site *s = site_get (e);
  s->count[d]++;
  if (e->has_frames)
    {
      s->has_frames = 1;
      s->frames[0] += e->frames[0];
      s->frames[1] += e->frames[1];
    }
  if (d == D_HEAP)
    {
      int r = reason_id (e->reason ? e->reason : "unmodelled");
      if (r >= s->nby)
	{
	  s->by_reason = xrealloc (s->by_reason, (r + 1) * sizeof (int));
	  memset (s->by_reason + s->nby, 0, (r + 1 - s->nby) * sizeof (int));
	  s->nby = r + 1;
	}
      s->by_reason[r]++;
      if (!s->note_kept && e->note)
	s->note_kept = xstrdup (e->note);
    }
  else if (!s->note_conv && e->note)
    s->note_conv = xstrdup (e->note);
  return NULL;
}

/* Hand each non-empty line of F (named PATH) to FN; a line FN refuses
   is an error naming PATH and the line.  Returns the lines taken.  */
static long
for_each_line (FILE *f, const char *path, const char *(*fn) (const char *))
{
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  long no = 0, taken = 0;
  while ((n = getline (&line, &cap, f)) >= 0)
    {
      no++;
      if (n > 0 && line[n - 1] == '\n')
	line[--n] = 0;
      if (n == 0)
	continue;
      const char *err = fn (line);
      if (err)
	{
	  fprintf (stderr, "escape-report: %s:%ld: error: corrupt line (%s)\n",
		   path, no, err);
	  lines_bad++;
	}
      else
	taken++;
    }
  free (line);
  return taken;
}

static const char *
report_line (const char *line)
{
  struct entry e;
  const char *err = parse_entry (line, &e);
  if (!err)
    err = add_entry (&e);
  entry_free (&e);
  return err;
}

/* Read one report file; errors name it and the line.  */
static void
read_file (const char *path)
{
  FILE *f = fopen (path, "r");
  if (!f)
    {
      fprintf (stderr, "escape-report: %s: %s\n", path, strerror (errno));
      lines_bad++;
      return;
    }
  files_read++;
  entries += for_each_line (f, path, report_line);
  fclose (f);
}

static int
str_cmp (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* Every *.jsonl under DIR, in name order (so the output is stable).  */
static int
read_dir (const char *dir)
{
  DIR *d = opendir (dir);
  if (!d)
    {
      fprintf (stderr, "escape-report: %s: %s\n", dir, strerror (errno));
      return 0;
    }
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *de;
  while ((de = readdir (d)))
    {
      if (de->d_name[0] == '.')
	continue;
      if (n == cap)
	names = xrealloc (names, (cap = cap ? 2 * cap : 64) * sizeof *names);
      names[n++] = xstrdup (de->d_name);
    }
  closedir (d);
  qsort (names, n, sizeof *names, str_cmp);
  for (size_t i = 0; i < n; i++)
    {
      char *p;
      if (asprintf (&p, "%s/%s", dir, names[i]) < 0)
	exit (2);
      struct stat st;
      size_t k = strlen (names[i]);
      if (stat (p, &st) == 0 && S_ISDIR (st.st_mode))
	read_dir (p);
      else if (k > 6 && strcmp (names[i] + k - 6, ".jsonl") == 0)
	read_file (p);
      free (p);
      free (names[i]);
    }
  free (names);
  return 1;
}

/* ---- merging and tables ---------------------------------------------- */

static void
merge_site (struct site *s)
{
  s->reason = -1;
  if (s->count[D_HEAP])
    {
      s->status = D_HEAP;
      int best = -1;
      for (int r = 0; r < s->nby; r++)
	if (s->by_reason[r] && (best < 0 || s->by_reason[r] > s->by_reason[best]))
	  best = r;
      s->reason = best;
    }
  else if (s->count[D_CALLER])
    s->status = D_CALLER;
  else if (s->count[D_SMALL])
    s->status = D_SMALL;
  else
    s->status = D_STACK;
}

static int
site_instances (const struct site *s)
{
  return s->count[0] + s->count[1] + s->count[2] + s->count[3];
}

/* A row of a table: a file or a directory.  */
struct row
{
  char *name;
  long n[D_MAX];
  long total;
  long by_reason[MAX_REASONS];
};

static struct row *
row_get (struct row **rows, size_t *nrows, const char *name)
{
  for (size_t i = 0; i < *nrows; i++)
    if (strcmp ((*rows)[i].name, name) == 0)
      return &(*rows)[i];
  *rows = xrealloc (*rows, (*nrows + 1) * sizeof **rows);
  struct row *r = &(*rows)[(*nrows)++];
  memset (r, 0, sizeof *r);
  r->name = xstrdup (name);
  return r;
}

static const char *root;	/* shown paths are relative to it */
static size_t root_len;

static const char *
rel (const char *file)
{
  if (root_len && strncmp (file, root, root_len) == 0 && file[root_len] == '/')
    return file + root_len + 1;
  return file;
}

static char *
dir_of (const char *file)
{
  const char *r = rel (file);
  const char *slash = strrchr (r, '/');
  if (!slash)
    return xstrdup (".");
  if (slash == r)
    return xstrdup ("/");
  char *d = xmalloc (slash - r + 1);
  memcpy (d, r, slash - r);
  d[slash - r] = 0;
  return d;
}

/* The longest directory that holds every file.  */
static void
find_root (void)
{
  if (root || !nsites)
    {
      root_len = root ? strlen (root) : 0;
      while (root_len > 1 && root[root_len - 1] == '/')
	root_len--;
      return;
    }
  char *r = dir_of (sites[0]->file);
  for (size_t i = 1; i < nsites; i++)
    {
      const char *f = sites[i]->file;
      size_t k = 0;
      while (r[k] && r[k] == f[k])
	k++;
      if (r[k] || f[k] != '/')
	{
	  while (k > 0 && r[k - 1] != '/')
	    k--;
	  if (k > 0)
	    k--;
	  r[k] = 0;
	}
    }
  root = r;
  root_len = strlen (r);
}

static void order_reasons (void);
static struct row *files, *dirs;
static size_t nfiles, ndirs;
static struct row totals;

static int
row_cmp (const void *a, const void *b)
{
  const struct row *x = a, *y = b;
  if (x->total != y->total)
    return x->total > y->total ? -1 : 1;
  return strcmp (x->name, y->name);
}

static int
site_cmp_pos (const void *a, const void *b)
{
  const struct site *x = *(struct site *const *) a;
  const struct site *y = *(struct site *const *) b;
  int c = strcmp (x->file, y->file);
  if (c)
    return c;
  if (x->line != y->line)
    return x->line < y->line ? -1 : 1;
  return x->column < y->column ? -1 : x->column > y->column;
}

static void
tabulate (void)
{
  qsort (sites, nsites, sizeof *sites, site_cmp_pos);
  find_root ();
  for (size_t i = 0; i < nsites; i++)
    {
      struct site *s = sites[i];
      merge_site (s);
      char *d = dir_of (s->file);
      struct row *rs[3] = { row_get (&files, &nfiles, rel (s->file)),
			    row_get (&dirs, &ndirs, d), &totals };
      free (d);
      for (int k = 0; k < 3; k++)
	{
	  rs[k]->n[s->status]++;
	  rs[k]->total++;
	  if (s->status == D_HEAP && s->reason >= 0)
	    rs[k]->by_reason[s->reason]++;
	}
    }
  qsort (files, nfiles, sizeof *files, row_cmp);
  qsort (dirs, ndirs, sizeof *dirs, row_cmp);
  order_reasons ();
}

static int top_n = 5;

/* Reason ids, most sites kept first (then by name).  */
static int rorder[MAX_REASONS];

static int
reason_cmp (const void *a, const void *b)
{
  int x = *(const int *) a, y = *(const int *) b;
  if (totals.by_reason[x] != totals.by_reason[y])
    return totals.by_reason[x] > totals.by_reason[y] ? -1 : 1;
  return strcmp (reasons[x], reasons[y]);
}

static void
order_reasons (void)
{
  for (int i = 0; i < nreasons; i++)
    rorder[i] = i;
  qsort (rorder, nreasons, sizeof *rorder, reason_cmp);
}

static void
print_rows (const char *what, struct row *rows, size_t n)
{
  printf ("\nBy %s:\n  %6s %9s %12s %12s %6s  %s\n", what, "sites",
	  "converted", "caller-frame", "small-buffer", "kept", what);
  for (size_t i = 0; i < n; i++)
    {
      struct row *r = &rows[i];
      printf ("  %6ld %9ld %12ld %12ld %6ld  %s", r->total, r->n[D_STACK],
	      r->n[D_CALLER], r->n[D_SMALL], r->n[D_HEAP], r->name);
      const char *sep = "  (kept: ";
      for (int i = 0; i < nreasons; i++)
	if (r->by_reason[rorder[i]])
	  {
	    int k = rorder[i];
	    printf ("%s%s %ld", sep, reasons[k], r->by_reason[k]);
	    sep = ", ";
	  }
      printf ("%s\n", *sep == ',' ? ")" : "");
    }
}

/* Sites kept for reason R, most decisions first.  */
static size_t
sites_for_reason (int r, struct site ***out)
{
  struct site **v = xmalloc ((nsites + 1) * sizeof *v);
  size_t n = 0;
  for (size_t i = 0; i < nsites; i++)
    if (sites[i]->status == D_HEAP && sites[i]->reason == r)
      v[n++] = sites[i];
  /* Stable insertion sort by instances (position order already).  */
  for (size_t i = 1; i < n; i++)
    {
      struct site *x = v[i];
      size_t j = i;
      while (j > 0 && site_instances (v[j - 1]) < site_instances (x))
	{
	  v[j] = v[j - 1];
	  j--;
	}
      v[j] = x;
    }
  *out = v;
  return n;
}

static void
print_text (void)
{
  printf ("escape-report: %ld files, %ld decisions; %zu sites: %ld converted, "
	  "%ld in caller frames, %ld small buffers, %ld kept; %ld parameters "
	  "(%ld do not escape, %ld leak to the heap, %ld to the result)\n",
	  files_read, entries, nsites, totals.n[D_STACK], totals.n[D_CALLER],
	  totals.n[D_SMALL], totals.n[D_HEAP], params[0] + params[1] + params[2],
	  params[0], params[1], params[2]);
  if (root_len)
    printf ("paths relative to %.*s\n", (int) root_len, root);
  if (!nsites)
    return;
  print_rows ("directory", dirs, ndirs);
  print_rows ("file", files, nfiles);
  printf ("\nKept, by reason:\n");
  for (int i = 0, r; i < nreasons && (r = rorder[i], 1); i++)
    if (totals.by_reason[r])
      printf ("  %6ld  %s\n", totals.by_reason[r], reasons[r]);
  printf ("\nTop sites per reason:\n");
  for (int i = 0, r; i < nreasons && (r = rorder[i], 1); i++)
    {
      if (!totals.by_reason[r])
	continue;
      struct site **v;
      size_t n = sites_for_reason (r, &v);
      printf ("  %s:\n", reasons[r]);
      for (size_t i = 0; i < n && i < (size_t) top_n; i++)
	printf ("    %s:%ld:%ld  %s  in %s  (%d decision%s)\n", rel (v[i]->file),
		v[i]->line, v[i]->column,
		v[i]->note_kept ? v[i]->note_kept : v[i]->callee,
		v[i]->function, site_instances (v[i]),
		site_instances (v[i]) == 1 ? "" : "s");
      free (v);
    }
}

/* ---- the join with escape-oracle (--oracle FILE) ------------------- */

#define ORC_LEVELS 5
static const char *const orc_level_name[ORC_LEVELS] = {
  "0", "1", "2", "later", "never"
};

/* A site of the runs: one per position and function, its counts added
   up over every run read.  */
struct orc_site
{
  char *file;
  long line, column;
  char *function, *decision, *reason, *detail;
  unsigned long allocs, sampled, lv[ORC_LEVELS];
  struct site *site;		/* the report's, when the position matches */
  long next;			/* hash chain, an index into orc (-1: none) */
};

static struct orc_site *orc;
static size_t norc, caporc;
#define ORC_BUCKETS 4096
static long orc_buckets[ORC_BUCKETS];	/* index + 1; 0: empty */
/* The runs' summaries, added up: several runs (one file per run, or
   runs concatenated into one file) are one bigger run.  */
static unsigned long orc_allocs, orc_sampled, orc_lv[ORC_LEVELS], orc_runs;
static int orc_files;		/* --oracle FILE options read */

static void
orc_free (struct orc_site *o)
{
  free (o->file), free (o->function), free (o->decision), free (o->reason);
  free (o->detail);
}

/* Add site O (a parsed line) to its position's entry, or make one.  */
static void
orc_add (struct orc_site *o)
{
  char key[64];
  snprintf (key, sizeof key, ":%ld:%ld:", o->line, o->column);
  unsigned long h = (hash_str (o->file) * 31 + hash_str (key) * 7
		     + hash_str (o->function ? o->function : "")) % ORC_BUCKETS;
  for (long i = orc_buckets[h] - 1; i >= 0; i = orc[i].next)
    {
      struct orc_site *x = &orc[i];
      if (x->line == o->line && x->column == o->column
	  && !strcmp (x->file, o->file)
	  && !strcmp (x->function ? x->function : "",
		      o->function ? o->function : ""))
	{
	  x->allocs += o->allocs;
	  x->sampled += o->sampled;
	  for (int b = 0; b < ORC_LEVELS; b++)
	    x->lv[b] += o->lv[b];
	  /* The decision the first run's build made stays.  */
	  orc_free (o);
	  return;
	}
    }
  if (norc == caporc)
    orc = xrealloc (orc, (caporc = caporc ? 2 * caporc : 256) * sizeof *orc);
  o->next = orc_buckets[h] - 1;
  orc[norc] = *o;
  orc_buckets[h] = (long) ++norc;
}

/* One line of escape-oracle --json: the run ("oracle") or a site
   ("oracle-site").  NULL, or what is wrong with it.  */
static const char *
parse_oracle_line (const char *line)
{
  struct parser ps = { line, NULL };
  struct orc_site o;
  memset (&o, 0, sizeof o);
  char kind[16] = "";
  int have_line = 0;
  skip_ws (&ps);
  if (*ps.p++ != '{')
    return "not a JSON object";
  skip_ws (&ps);
  while (*ps.p != '}')
    {
      char *k = parse_string (&ps);
      if (!k)
	goto bad;
      skip_ws (&ps);
      if (*ps.p++ != ':')
	{
	  free (k);
	  ps.err = "expected ':'";
	  goto bad;
	}
      skip_ws (&ps);
      char **dst = NULL;
      if (!strcmp (k, "file")) dst = &o.file;
      else if (!strcmp (k, "function")) dst = &o.function;
      else if (!strcmp (k, "decision")) dst = &o.decision;
      else if (!strcmp (k, "reason")) dst = &o.reason;
      else if (!strcmp (k, "detail")) dst = &o.detail;
      int ok = 1;
      if (!strcmp (k, "kind") && *ps.p == '"')
	{
	  char *v = parse_string (&ps);
	  ok = v != NULL;
	  if (v)
	    snprintf (kind, sizeof kind, "%s", v);
	  free (v);
	}
      else if (dst && *ps.p == '"')
	{
	  free (*dst);
	  ok = (*dst = parse_string (&ps)) != NULL;
	}
      else if (!strcmp (k, "levels"))
	ok = parse_counts (&ps, orc_level_name, ORC_LEVELS, o.lv, k);
      else if (isdigit ((unsigned char) *ps.p)
	       && (!strcmp (k, "line") || !strcmp (k, "column")
		   || !strcmp (k, "allocations") || !strcmp (k, "sampled")))
	{
	  char *end;
	  unsigned long v = strtoul (ps.p, &end, 10);
	  ps.p = end;
	  if (!strcmp (k, "line"))
	    o.line = (long) v, have_line = 1;
	  else if (!strcmp (k, "column"))
	    o.column = (long) v;
	  else if (!strcmp (k, "allocations"))
	    o.allocs = v;
	  else
	    o.sampled = v;
	}
      else
	ok = parse_value (&ps, 1);
      free (k);
      if (!ok)
	goto bad;
      skip_ws (&ps);
      if (*ps.p == ',')
	{
	  ps.p++;
	  skip_ws (&ps);
	}
      else if (*ps.p != '}')
	{
	  ps.err = "expected ',' or '}'";
	  goto bad;
	}
    }
  if (!strcmp (kind, "oracle"))
    {
      orc_allocs += o.allocs;
      orc_sampled += o.sampled;
      for (int b = 0; b < ORC_LEVELS; b++)
	orc_lv[b] += o.lv[b];
      orc_runs++;
      orc_free (&o);
      return NULL;
    }
  if (strcmp (kind, "oracle-site"))
    {
      ps.err = "not an escape-oracle line (\"kind\" is not \"oracle\" or "
	       "\"oracle-site\")";
      goto bad;
    }
  if (!o.file || !have_line)
    {
      ps.err = "no \"file\" or \"line\"";
      goto bad;
    }
  orc_add (&o);
  return NULL;
 bad:
  orc_free (&o);
  return ps.err ? ps.err : "corrupt";
}

/* Read one escape-oracle --json file: one run, or several concatenated
   (each with its summary line).  A file with no summary is an error, and
   its sites are still counted.  */
static int
read_oracle (const char *path)
{
  FILE *f = fopen (path, "r");
  if (!f)
    {
      fprintf (stderr, "escape-report: %s: %s\n", path, strerror (errno));
      return 0;
    }
  orc_files++;
  unsigned long runs = orc_runs;
  for_each_line (f, path, parse_oracle_line);
  fclose (f);
  if (orc_runs == runs)
    {
      fprintf (stderr, "escape-report: %s: no run summary (\"kind\":\"oracle\"); "
	       "is it escape-oracle --json output?\n", path);
      lines_bad++;
    }
  return 1;
}

/* Does path A name the same file as B: equal, or one a suffix of the
   other at a '/' (a build that compiled "src/a.c" from its top and an
   oracle that recorded "a.c" from src/)?  */
static int
same_file (const char *a, const char *b)
{
  size_t la = strlen (a), lb = strlen (b);
  if (la == lb)
    return !strcmp (a, b);
  const char *l = la > lb ? a : b, *s = la > lb ? b : a;
  size_t ll = la > lb ? la : lb, ls = la > lb ? lb : la;
  return !strcmp (l + ll - ls, s) && l[ll - ls - 1] == '/';
}

static int
orc_cmp (const void *pa, const void *pb)
{
  const struct orc_site *a = pa, *b = pb;
  if (a->allocs != b->allocs)
    return a->allocs < b->allocs ? 1 : -1;
  int c = strcmp (a->file, b->file);
  if (c)
    return c;
  if (a->line != b->line)
    return (a->line > b->line) - (a->line < b->line);
  return (a->column > b->column) - (a->column < b->column);
}

/* Match every oracle site to a report site (same position).  The hash
   chains are no longer needed: the sort reorders the sites.  */
static void
join_oracle (void)
{
  for (size_t i = 0; i < norc; i++)
    for (size_t j = 0; j < nsites && !orc[i].site; j++)
      if (sites[j]->line == orc[i].line && sites[j]->column == orc[i].column
	  && same_file (sites[j]->file, orc[i].file))
	orc[i].site = sites[j];
  qsort (orc, norc, sizeof *orc, orc_cmp);
}

/* The decision to show for oracle site O: the build's, else the one the
   oracle's markers carry, else "?"; *REASON its reason ("" for none),
   *DETAIL for a caller-frame one where its function's calls put it
   ("2 of 3 calls"; "" otherwise, pointing into a static buffer).

   A returnable site (SPEC 4 rule 6) is kept on the heap in its own
   function ("heap", reason "return") and placed in the frames of some of
   its function's callers: that is "caller-frame", as the oracle's own
   table says.  The report says so in "caller_frames"; a report written
   before it had that field has only "return", and then the oracle's
   markers, written by the build that ran, say where it went.  */
static const char *
orc_decision (const struct orc_site *o, const char **reason,
	      const char **detail)
{
  static char buf[64];
  *reason = "";
  *detail = "";
  if (o->site)
    {
      const struct site *s = o->site;
      if (s->status == D_HEAP)
	*reason = reasons[s->reason];
      if (s->status == D_HEAP && s->has_frames && s->frames[0])
	{
	  snprintf (buf, sizeof buf, "%lu of %lu calls", s->frames[0],
		    s->frames[1]);
	  *detail = buf;
	  return "caller-frame";
	}
      if (s->status == D_HEAP && !s->has_frames && !strcmp (*reason, "return")
	  && o->decision && !strcmp (o->decision, "caller-frame"))
	{
	  *detail = o->detail ? o->detail : "";
	  return "caller-frame";
	}
      return decision_name[s->status];
    }
  if (o->decision)
    {
      *reason = o->reason ? o->reason : "";
      if (!strcmp (o->decision, "caller-frame"))
	*detail = o->detail ? o->detail : "";
      return o->decision;
    }
  return "?";
}

static double
pct (unsigned long a, unsigned long b)
{
  return b ? 100.0 * a / b : 0.0;
}

/* The allocations of the runs by the decision at their sites: kept on the
   heap, in callers' frames (at some of the calls), converted, unknown.  */
static void
orc_by_decision (unsigned long *kept, unsigned long *frames,
		 unsigned long *conv, unsigned long *unmatched)
{
  *kept = *frames = *conv = *unmatched = 0;
  for (size_t i = 0; i < norc; i++)
    {
      const char *r, *dt, *d = orc_decision (&orc[i], &r, &dt);
      if (!orc[i].site)
	*unmatched += orc[i].allocs;
      if (!strcmp (d, "heap"))
	*kept += orc[i].allocs;
      else if (!strcmp (d, "caller-frame"))
	*frames += orc[i].allocs;
      else if (strcmp (d, "?"))
	*conv += orc[i].allocs;
    }
}

static void
print_oracle (void)
{
  unsigned long kept, frames, conv, unmatched;
  orc_by_decision (&kept, &frames, &conv, &unmatched);
  unsigned long s = 0;
  for (int b = 0; b < ORC_LEVELS; b++)
    s += orc_lv[b];
  if (orc_runs > 1)
    printf ("\nAt run time (escape-oracle, %lu runs): ", orc_runs);
  else
    printf ("\nAt run time (escape-oracle): ");
  printf ("%lu allocations at %zu sites, %lu sampled\n", orc_allocs, norc,
	  orc_sampled);
  printf ("  the ceiling: %.1f%% die at level 0 (in their own frame), %.1f%% "
	  "at level <= 1, %.1f%% at level <= 2; %.1f%% later, %.1f%% never\n",
	  pct (orc_lv[0], s), pct (orc_lv[0] + orc_lv[1], s),
	  pct (orc_lv[0] + orc_lv[1] + orc_lv[2], s), pct (orc_lv[3], s),
	  pct (orc_lv[4], s));
  printf ("  made at sites the plugin keeps on the heap: %lu (%.1f%%); ",
	  kept, pct (kept, orc_allocs));
  if (frames)
    printf ("at returnable sites its callers place in their frames (at some "
	    "or all of the calls): %lu (%.1f%%); ", frames,
	    pct (frames, orc_allocs));
  printf ("at sites it converts (a no-transform build still makes them): %lu "
	  "(%.1f%%)\n", conv, pct (conv, orc_allocs));
  if (unmatched)
    printf ("  %lu allocations at sites the reports do not have (another "
	    "build, or code built without the plugin)\n", unmatched);
  printf ("\nBusiest sites (allocations; of the sampled ones, the share "
	  "dead at level 0 / 1 / 2 / later / never; decision):\n");
  for (size_t i = 0; i < norc && i < (size_t) top_n; i++)
    {
      struct orc_site *o = &orc[i];
      unsigned long t = 0;
      for (int b = 0; b < ORC_LEVELS; b++)
	t += o->lv[b];
      const char *r, *dt, *d = orc_decision (o, &r, &dt);
      printf ("  %8lu  %s:%ld:%ld  %s  %3.0f/%3.0f/%3.0f/%3.0f/%3.0f  %s%s%s%s"
	      "%s%s\n",
	      o->allocs, rel (o->file), o->line, o->column,
	      o->function ? o->function : "?", pct (o->lv[0], t),
	      pct (o->lv[1], t), pct (o->lv[2], t), pct (o->lv[3], t),
	      pct (o->lv[4], t), d, *dt ? " (" : "", dt, *dt ? ")" : "",
	      *r ? ": " : "", r);
    }
}

/* ---- JSON and HTML output ------------------------------------------- */

static void
put_json_str (FILE *o, const char *s)
{
  fputc ('"', o);
  for (; s && *s; s++)
    {
      unsigned char c = *s;
      if (c == '"' || c == '\\')
	fprintf (o, "\\%c", c);
      else if (c < 0x20)
	fprintf (o, "\\u%04x", c);
      else
	fputc (c, o);
    }
  fputc ('"', o);
}

static void
put_json_row (FILE *o, const struct row *r, const char *key)
{
  fprintf (o, "{");
  if (key)
    {
      put_json_str (o, key);
      fprintf (o, ":");
      put_json_str (o, r->name);
      fprintf (o, ",");
    }
  fprintf (o, "\"sites\":%ld,\"converted\":%ld,\"caller_frame\":%ld,"
	   "\"small_buffer\":%ld,\"kept\":%ld,\"kept_by_reason\":{",
	   r->total, r->n[D_STACK], r->n[D_CALLER], r->n[D_SMALL], r->n[D_HEAP]);
  int first = 1;
  for (int k = 0; k < nreasons; k++)
    if (r->by_reason[k])
      {
	fprintf (o, "%s", first ? "" : ",");
	first = 0;
	put_json_str (o, reasons[k]);
	fprintf (o, ":%ld", r->by_reason[k]);
      }
  fprintf (o, "}}");
}

static void
print_json (void)
{
  FILE *o = stdout;
  fprintf (o, "{\"files_read\":%ld,\"decisions\":%ld,\"corrupt_lines\":%ld,"
	   "\"root\":", files_read, entries, lines_bad);
  put_json_str (o, root_len ? root : "");
  fprintf (o, ",\"totals\":");
  put_json_row (o, &totals, NULL);
  fprintf (o, ",\"params\":{\"stack\":%ld,\"heap\":%ld,\"result\":%ld}",
	   params[0], params[1], params[2]);
  fprintf (o, ",\"directories\":[");
  for (size_t i = 0; i < ndirs; i++)
    {
      fprintf (o, "%s", i ? "," : "");
      put_json_row (o, &dirs[i], "directory");
    }
  fprintf (o, "],\"files\":[");
  for (size_t i = 0; i < nfiles; i++)
    {
      fprintf (o, "%s", i ? "," : "");
      put_json_row (o, &files[i], "file");
    }
  fprintf (o, "],\"sites\":[");
  for (size_t i = 0; i < nsites; i++)
    {
      struct site *s = sites[i];
      fprintf (o, "%s{\"file\":", i ? "," : "");
      put_json_str (o, s->file);
      fprintf (o, ",\"line\":%ld,\"column\":%ld,\"function\":", s->line,
	       s->column);
      put_json_str (o, s->function);
      fprintf (o, ",\"callee\":");
      put_json_str (o, s->callee);
      fprintf (o, ",\"size\":");
      put_json_str (o, s->size);
      fprintf (o, ",\"hash\":");
      put_json_str (o, s->hash);
      fprintf (o, ",\"status\":\"%s\",\"reason\":", status_name[s->status]);
      if (s->reason >= 0)
	put_json_str (o, reasons[s->reason]);
      else
	fprintf (o, "null");
      fprintf (o, ",\"decisions\":{");
      int first = 1;
      for (int d = 0; d < D_MAX; d++)
	if (s->count[d])
	  {
	    fprintf (o, "%s\"%s\":%d", first ? "" : ",", decision_name[d],
		     s->count[d]);
	    first = 0;
	  }
      fprintf (o, "}");
      if (s->has_frames)
	fprintf (o, ",\"caller_frames\":{\"placed\":%lu,\"calls\":%lu}",
		 s->frames[0], s->frames[1]);
      fprintf (o, ",\"note\":");
      put_json_str (o, s->note_kept ? s->note_kept : s->note_conv);
      fprintf (o, "}");
    }
  fprintf (o, "]");
  if (orc_files)
    {
      /* The join (--oracle): the runs' levels, added up, then each site
	 (its allocations by decision, as the text says them).  */
      unsigned long kept, frames, conv, unmatched;
      orc_by_decision (&kept, &frames, &conv, &unmatched);
      fprintf (o, ",\"oracle\":{\"allocations\":%lu,\"sampled\":%lu,"
	       "\"levels\":{", orc_allocs, orc_sampled);
      for (int b = 0; b < ORC_LEVELS; b++)
	fprintf (o, "%s\"%s\":%lu", b ? "," : "", orc_level_name[b], orc_lv[b]);
      fprintf (o, "},\"runs\":%lu,\"by_decision\":{\"heap\":%lu,"
	       "\"caller-frame\":%lu,\"converted\":%lu,\"unmatched\":%lu},"
	       "\"sites\":[", orc_runs, kept, frames, conv, unmatched);
      for (size_t i = 0; i < norc; i++)
	{
	  const char *r, *dt, *d = orc_decision (&orc[i], &r, &dt);
	  fprintf (o, "%s{\"file\":", i ? "," : "");
	  put_json_str (o, rel (orc[i].file));
	  fprintf (o, ",\"line\":%ld,\"column\":%ld,\"allocations\":%lu,"
		   "\"levels\":{", orc[i].line, orc[i].column, orc[i].allocs);
	  for (int b = 0; b < ORC_LEVELS; b++)
	    fprintf (o, "%s\"%s\":%lu", b ? "," : "", orc_level_name[b],
		     orc[i].lv[b]);
	  fprintf (o, "},\"decision\":");
	  put_json_str (o, d);
	  fprintf (o, ",\"reason\":");
	  put_json_str (o, r);
	  if (*dt)
	    {
	      fprintf (o, ",\"detail\":");
	      put_json_str (o, dt);
	    }
	  fprintf (o, "}");
	}
      fprintf (o, "]}");
    }
  fprintf (o, "}\n");
}

static void
put_html (FILE *o, const char *s)
{
  for (; s && *s; s++)
    switch (*s)
      {
      case '<': fputs ("&lt;", o); break;
      case '>': fputs ("&gt;", o); break;
      case '&': fputs ("&amp;", o); break;
      case '"': fputs ("&quot;", o); break;
      default: fputc (*s, o);
      }
}

static const char *link_prefix;

/* The href of FILE:LINE.  */
static void
put_link (FILE *o, const char *file, long line)
{
  if (link_prefix)
    {
      put_html (o, link_prefix);
      put_html (o, rel (file));
    }
  else
    {
      fputs ("file://", o);
      put_html (o, file);
    }
  fprintf (o, "#L%ld", line);
}

static const char *const colour[D_MAX] = {
  "#2e7d32", "#1565c0", "#00838f", "#c62828"
};

/* One horizontal bar chart: LABELS[i] with stacked values V[i][D_MAX].  */
static void
svg_chart (FILE *o, const char *id, const char *title, size_t n,
	   const char *const *labels, long (*v)[D_MAX])
{
  long max = 1;
  for (size_t i = 0; i < n; i++)
    {
      long t = 0;
      for (int d = 0; d < D_MAX; d++)
	t += v[i][d];
      if (t > max)
	max = t;
    }
  int lw = 260, bw = 460, rh = 22, top = 30;
  fprintf (o, "<h2>%s</h2>\n<svg id=\"%s\" xmlns=\"http://www.w3.org/2000/svg\" "
	   "width=\"%d\" height=\"%zu\" role=\"img\">\n", title, id,
	   lw + bw + 80, top + n * rh + 10);
  int x = lw;
  for (int d = 0; d < D_MAX; d++)
    {
      fprintf (o, "<rect x=\"%d\" y=\"6\" width=\"12\" height=\"12\" "
	       "fill=\"%s\"/><text x=\"%d\" y=\"16\" font-size=\"12\">%s</text>\n",
	       x, colour[d], x + 16, status_name[d]);
      x += 110;
    }
  for (size_t i = 0; i < n; i++)
    {
      size_t y = top + i * rh;
      fprintf (o, "<g class=\"bar\"><text x=\"%d\" y=\"%zu\" font-size=\"12\" "
	       "text-anchor=\"end\">", lw - 6, y + 14);
      put_html (o, labels[i]);
      fprintf (o, "</text>");
      double px = lw;
      long t = 0;
      for (int d = 0; d < D_MAX; d++)
	{
	  if (!v[i][d])
	    continue;
	  double w = (double) v[i][d] * bw / max;
	  fprintf (o, "<rect class=\"%s\" x=\"%.1f\" y=\"%zu\" width=\"%.1f\" "
		   "height=\"16\" fill=\"%s\"><title>%s: %ld</title></rect>",
		   status_name[d], px, y + 2, w, colour[d], status_name[d],
		   v[i][d]);
	  px += w;
	  t += v[i][d];
	}
      fprintf (o, "<text x=\"%.1f\" y=\"%zu\" font-size=\"12\">%ld</text></g>\n",
	       px + 4, y + 14, t);
    }
  fprintf (o, "</svg>\n");
}

/* The join (--oracle): the runs' summary and every site of the runs,
   as print_oracle says them.  */
static void
html_oracle (FILE *o)
{
  unsigned long kept, frames, conv, unmatched, s = 0;
  orc_by_decision (&kept, &frames, &conv, &unmatched);
  for (int b = 0; b < ORC_LEVELS; b++)
    s += orc_lv[b];
  fprintf (o, "<h2>At run time (escape-oracle)</h2>\n<p id=\"oracle-summary\">"
	   "%lu run%s, %lu allocations at %zu sites, %lu sampled. The ceiling: "
	   "%.1f%% die at level 0 (in their own frame), %.1f%% at level &lt;= 1, "
	   "%.1f%% at level &lt;= 2. Made at sites kept on the heap: %lu "
	   "(%.1f%%); at returnable sites placed in callers' frames: %lu "
	   "(%.1f%%); at converted sites: %lu (%.1f%%).</p>\n",
	   orc_runs, orc_runs == 1 ? "" : "s", orc_allocs, norc, orc_sampled,
	   pct (orc_lv[0], s), pct (orc_lv[0] + orc_lv[1], s),
	   pct (orc_lv[0] + orc_lv[1] + orc_lv[2], s), kept,
	   pct (kept, orc_allocs), frames, pct (frames, orc_allocs), conv,
	   pct (conv, orc_allocs));
  fprintf (o, "<table id=\"oracle\" class=\"sortable\"><thead><tr>"
	   "<th>site</th><th>function</th><th>allocations</th>");
  for (int b = 0; b < ORC_LEVELS; b++)
    fprintf (o, "<th>%% at %s</th>", orc_level_name[b]);
  fprintf (o, "<th>decision</th><th>reason</th></tr></thead><tbody>\n");
  for (size_t i = 0; i < norc; i++)
    {
      struct orc_site *x = &orc[i];
      unsigned long t = 0;
      for (int b = 0; b < ORC_LEVELS; b++)
	t += x->lv[b];
      const char *r, *dt, *d = orc_decision (x, &r, &dt);
      fprintf (o, "<tr class=\"orc-%s\"><td data-k=\"", d);
      put_html (o, rel (x->file));
      fprintf (o, ":%09ld:%06ld\"><a href=\"", x->line, x->column);
      put_link (o, x->file, x->line);
      fprintf (o, "\">");
      put_html (o, rel (x->file));
      fprintf (o, ":%ld:%ld</a></td><td>", x->line, x->column);
      put_html (o, x->function ? x->function : "?");
      fprintf (o, "</td><td class=\"n\">%lu</td>", x->allocs);
      for (int b = 0; b < ORC_LEVELS; b++)
	fprintf (o, "<td class=\"n\">%.0f</td>", pct (x->lv[b], t));
      fprintf (o, "<td class=\"st\">");
      put_html (o, d);
      if (*dt)
	{
	  fprintf (o, " (");
	  put_html (o, dt);
	  fprintf (o, ")");
	}
      fprintf (o, "</td><td>");
      put_html (o, r);
      fprintf (o, "</td></tr>\n");
    }
  fprintf (o, "</tbody></table>\n");
}

static int
write_html (const char *out)
{
  FILE *o = fopen (out, "w");
  if (!o)
    {
      fprintf (stderr, "escape-report: %s: %s\n", out, strerror (errno));
      return 0;
    }
  fprintf (o, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
	   "<title>gcc-escape report</title>\n<style>\n"
	   "body{font-family:sans-serif;margin:1.5em;color:#222}"
	   "table{border-collapse:collapse;margin:.5em 0 1.5em}"
	   "th,td{border:1px solid #ccc;padding:2px 8px;font-size:13px}"
	   "th{background:#eee;cursor:pointer;user-select:none}"
	   "td.n{text-align:right}"
	   "tr.kept td.st{color:#c62828}tr.converted td.st{color:#2e7d32}"
	   "code{font-size:12px}\n</style></head><body>\n"
	   "<h1>gcc-escape: allocation sites of the build</h1>\n");
  fprintf (o, "<p id=\"summary\">%ld report files, %zu sites: "
	   "<b>%ld converted</b>, %ld in caller frames, %ld small buffers, "
	   "<b>%ld kept on the heap</b>; %ld parameters.",
	   files_read, nsites, totals.n[D_STACK], totals.n[D_CALLER],
	   totals.n[D_SMALL], totals.n[D_HEAP],
	   params[0] + params[1] + params[2]);
  if (root_len)
    {
      fprintf (o, " Paths relative to <code>");
      put_html (o, root);
      fprintf (o, "</code>.");
    }
  fprintf (o, "</p>\n");

  /* Chart 1: converted, then kept per reason.  */
  {
    size_t n = 0;
    const char **labels = xmalloc ((nreasons + 3) * sizeof *labels);
    long (*v)[D_MAX] = xmalloc ((nreasons + 3) * sizeof *v);
    memset (v, 0, (nreasons + 3) * sizeof *v);
    for (int d = 0; d < D_HEAP; d++)
      if (totals.n[d] || d == D_STACK)
	{
	  labels[n] = status_name[d];
	  v[n++][d] = totals.n[d];
	}
    for (int i = 0, r; i < nreasons && (r = rorder[i], 1); i++)
      if (totals.by_reason[r])
	{
	  labels[n] = reasons[r];
	  v[n++][D_HEAP] = totals.by_reason[r];
	}
    svg_chart (o, "by-reason", "Converted and kept, per reason", n, labels, v);
    free (labels);
    free (v);
  }
  /* Chart 2: per file (the 40 with most sites).  */
  {
    size_t n = nfiles < 40 ? nfiles : 40;
    const char **labels = xmalloc ((n + 1) * sizeof *labels);
    long (*v)[D_MAX] = xmalloc ((n + 1) * sizeof *v);
    for (size_t i = 0; i < n; i++)
      {
	labels[i] = files[i].name;
	memcpy (v[i], files[i].n, sizeof v[i]);
      }
    svg_chart (o, "by-file", nfiles > n ? "Converted and kept, per file "
	       "(the 40 files with most sites)" : "Converted and kept, per file",
	       n, labels, v);
    free (labels);
    free (v);
  }

  /* The sites, sortable.  */
  fprintf (o, "<h2>Sites</h2>\n<p>Click a column to sort.</p>\n"
	   "<table id=\"sites\" class=\"sortable\"><thead><tr>"
	   "<th>site</th><th>function</th><th>allocator</th><th>size</th>"
	   "<th>status</th><th>reason</th><th>decisions</th><th>hash</th>"
	   "</tr></thead><tbody>\n");
  for (size_t i = 0; i < nsites; i++)
    {
      struct site *s = sites[i];
      fprintf (o, "<tr class=\"%s\"><td data-k=\"", status_name[s->status]);
      put_html (o, rel (s->file));
      fprintf (o, ":%09ld:%06ld\"><a href=\"", s->line, s->column);
      put_link (o, s->file, s->line);
      fprintf (o, "\">");
      put_html (o, rel (s->file));
      fprintf (o, ":%ld:%ld</a></td><td>", s->line, s->column);
      put_html (o, s->function);
      fprintf (o, "</td><td>");
      put_html (o, s->callee);
      fprintf (o, "</td><td class=\"n\">");
      put_html (o, s->size);
      fprintf (o, "</td><td class=\"st\">%s</td><td>", status_name[s->status]);
      if (s->reason >= 0)
	put_html (o, reasons[s->reason]);
      if (s->status == D_HEAP && s->has_frames && s->frames[0])
	fprintf (o, "; in the caller's frame at %lu of %lu calls",
		 s->frames[0], s->frames[1]);
      fprintf (o, "</td><td class=\"n\" data-k=\"%09d\">", site_instances (s));
      const char *sep = "";
      for (int d = 0; d < D_MAX; d++)
	if (s->count[d])
	  {
	    fprintf (o, "%s%s %d", sep, decision_name[d], s->count[d]);
	    sep = ", ";
	  }
      fprintf (o, "</td><td><code>%s</code></td></tr>\n", s->hash);
    }
  fprintf (o, "</tbody></table>\n");

  if (orc_files)
    html_oracle (o);

  /* The files.  */
  fprintf (o, "<h2>Files</h2>\n<table id=\"files\" class=\"sortable\"><thead><tr>"
	   "<th>file</th><th>sites</th><th>converted</th><th>caller-frame</th>"
	   "<th>small-buffer</th><th>kept</th></tr></thead><tbody>\n");
  for (size_t i = 0; i < nfiles; i++)
    {
      fprintf (o, "<tr><td>");
      put_html (o, files[i].name);
      fprintf (o, "</td><td class=\"n\">%ld</td><td class=\"n\">%ld</td>"
	       "<td class=\"n\">%ld</td><td class=\"n\">%ld</td>"
	       "<td class=\"n\">%ld</td></tr>\n", files[i].total,
	       files[i].n[D_STACK], files[i].n[D_CALLER], files[i].n[D_SMALL],
	       files[i].n[D_HEAP]);
    }
  fprintf (o, "</tbody></table>\n");

  /* Sorting: numbers as numbers, data-k when a cell has one.  */
  fprintf (o, "<script>\n"
	   "document.querySelectorAll('table.sortable').forEach(function(t){\n"
	   " t.querySelectorAll('th').forEach(function(th,i){\n"
	   "  th.addEventListener('click',function(){\n"
	   "   var b=t.tBodies[0],rows=Array.prototype.slice.call(b.rows);\n"
	   "   var up=th.getAttribute('data-dir')!=='up';\n"
	   "   t.querySelectorAll('th').forEach(function(h){h.removeAttribute('data-dir');});\n"
	   "   th.setAttribute('data-dir',up?'up':'down');\n"
	   "   function key(r){var c=r.cells[i];var k=c.getAttribute('data-k');"
	   "return k!==null?k:c.textContent;}\n"
	   "   rows.sort(function(x,y){var a=key(x),c=key(y);"
	   "var na=parseFloat(a),nc=parseFloat(c);"
	   "var r=(!isNaN(na)&&!isNaN(nc)&&String(na)===a&&String(nc)===c)?na-nc:"
	   "(a<c?-1:a>c?1:0);return up?r:-r;});\n"
	   "   rows.forEach(function(r){b.appendChild(r);});\n"
	   "  });\n });\n});\n"
	   /* page.html#sort=N (or N- for descending) opens with the sites
	      sorted by column N.  */
	   "(function(){var m=/^#sort=([0-9]+)(-?)$/.exec(location.hash);\n"
	   " if(!m)return;var h=document.querySelectorAll('#sites th')[+m[1]];\n"
	   " if(h){h.click();if(m[2])h.click();}})();\n"
	   "</script>\n</body></html>\n");
  int ok = !ferror (o);
  if (fclose (o) != 0)
    ok = 0;
  if (!ok)
    fprintf (stderr, "escape-report: %s: write error\n", out);
  return ok;
}

static void
usage (void)
{
  fprintf (stderr, "usage: escape-report [--top N] [--root DIR] [--json] "
	   "[--html OUT] [--link-prefix URL] [--oracle FILE]... "
	   "REPORT-DIR...\n");
  exit (2);
}

int
main (int argc, char **argv)
{
  int json = 0;
  const char *html = NULL;
  int ndirs_arg = 0, noracle_arg = 0;
  char **dirs_arg = xmalloc (argc * sizeof *dirs_arg);
  char **oracle_arg = xmalloc (argc * sizeof *oracle_arg);
  for (int i = 1; i < argc; i++)
    {
      const char *a = argv[i];
      if (!strcmp (a, "--json"))
	json = 1;
      else if (!strcmp (a, "--html") && i + 1 < argc)
	html = argv[++i];
      else if (!strcmp (a, "--root") && i + 1 < argc)
	root = argv[++i];
      else if (!strcmp (a, "--oracle") && i + 1 < argc)
	oracle_arg[noracle_arg++] = argv[++i];
      else if (!strcmp (a, "--link-prefix") && i + 1 < argc)
	link_prefix = argv[++i];
      else if (!strcmp (a, "--top") && i + 1 < argc)
	{
	  char *e;
	  top_n = (int) strtol (argv[++i], &e, 10);
	  if (*e || top_n < 0)
	    usage ();
	}
      else if (!strcmp (a, "--help") || !strcmp (a, "-h"))
	usage ();
      else if (a[0] == '-' && a[1])
	usage ();
      else
	dirs_arg[ndirs_arg++] = argv[i];
    }
  if (!ndirs_arg)
    usage ();
  int status = 0;
  for (int i = 0; i < ndirs_arg; i++)
    if (!read_dir (dirs_arg[i]))
      status = 2;
  tabulate ();
  for (int i = 0; i < noracle_arg; i++)
    if (!read_oracle (oracle_arg[i]))
      status = 2;
  if (noracle_arg)
    join_oracle ();
  if (json)
    print_json ();
  else
    {
      print_text ();
      if (noracle_arg)
	print_oracle ();
    }
  if (!files_read && !status)
    fprintf (stderr, "escape-report: no report files (*.jsonl) found\n");
  if (html && !write_html (html))
    status = 2;
  if (lines_bad && !status)
    {
      fprintf (stderr, "escape-report: %ld corrupt line%s or unreadable "
	       "file%s\n", lines_bad, lines_bad == 1 ? "" : "s",
	       lines_bad == 1 ? "" : "s");
      status = 1;
    }
  return status;
}

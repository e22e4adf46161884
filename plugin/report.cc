/* report.cc -- what a whole build needs from each compile (SPEC section 8):
   stable site hashes, exclude= and bisect= (which sites may convert), and
   report=DIR (one JSON Lines file of decisions per translation unit).

   Nothing here re-decides.  Lowering asks esc_site_forced whether a site
   is kept on the heap by exclude= or bisect=; the answer enters the graph
   like any other forced reason (the site's storage flows to the heap, so
   what it points to escapes with it).  notes.cc calls esc_report_site and
   esc_report_param with the decision and the text of its note; the lines
   are buffered and written when the compilation finishes, to a temporary
   file renamed into place, so a killed compile leaves no file at all.

   Nothing here assumes a front end: locations, blocks and decl names only,
   so the same code runs in cc1 and in lto1 (each LTRANS unit writes its
   own file).

   The site hash is FNV-1a (64 bits) of the absolute source file name, the
   line, the column and the name of the function the site is written in
   (for an inlined site: the inlined function), as Go's bisect hashes a
   position.  It is the same in every unit that sees the site, and across
   rebuilds of the same tree.

   A bisect PATTERN is Go's (golang.org/x/tools/cmd/bisect):

       [!] ( y | n | [+|-]SUFFIX ([+|-]SUFFIX)... )

   SUFFIX a string of 0 and 1 written most significant bit first, matched
   against the low bits of the hash; a site is enabled (may convert) when
   the last term whose suffix matches is a + term (the first term is + when
   it has no sign); y enables every site, n none; ! inverts the answer.
   A site that is not enabled escapes: "excluded by bisect".  With
   GC_ESCAPE_BISECT_LOG=FILE in the environment, each compile appends one
   line per site to FILE ("HASH converted|kept FILE:LINE:COL NOTE"), which
   is how escape-bisect learns which sites a pattern converted.  */

#include "esc.h"
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

static const char *esc_rep_plugin;
static const char *esc_bisect_log;	/* GC_ESCAPE_BISECT_LOG */

/* One line of the report, with the key that makes identical decisions
   at identical locations (the notes' de-duplication) one line.  */
struct esc_rep_line
{
  unsigned long long key;
  unsigned order;
  char *text;
};
static vec<esc_rep_line> esc_rep_lines;
static vec<char *> esc_bisect_lines;

/* The line of a returnable site (SPEC 4 rule 6) kept on the heap in its
   own function: how many of its function's calls place its storage in
   their frame is known only once every caller is decided, so
   esc_report_returnables rewrites it then, from HEAD (the line up to its
   note) and NOTE, as notes.cc does the note.  */
struct esc_rep_late
{
  unsigned index;		/* in esc_rep_lines */
  esc_slots *slots;
  char *head;
  char *note;
};
static vec<esc_rep_late> esc_rep_lates;

/* ---- hashing ---------------------------------------------------------- */

static unsigned long long
esc_fnv (unsigned long long h, const void *p, size_t n)
{
  const unsigned char *c = (const unsigned char *) p;
  for (size_t i = 0; i < n; i++)
    {
      h ^= c[i];
      h *= 0x100000001b3ULL;
    }
  return h;
}

static unsigned long long
esc_fnv_str (unsigned long long h, const char *s)
{
  return esc_fnv (h, s, strlen (s) + 1);
}

#define ESC_FNV_INIT 0xcbf29ce484222325ULL

/* FILE as an absolute name, "." and ".." removed lexically.  Returns a
   string that lives as long as the compilation (cached per input).  */
static const char *
esc_abs_file (const char *file)
{
  static hash_map<nofree_string_hash, const char *> *cache;
  if (!file || !*file)
    return "?";
  if (!cache)
    cache = new hash_map<nofree_string_hash, const char *>;
  if (const char **c = cache->get (file))
    return *c;
  char *buf;
  if (file[0] == '/')
    buf = xstrdup (file);
  else
    {
      char *cwd = getcwd (NULL, 0);
      buf = concat (cwd ? cwd : ".", "/", file, NULL);
      free (cwd);
    }
  /* Normalise in place: components separated by '/'.  */
  char *out = buf;
  char *p = buf;
  while (*p)
    {
      while (*p == '/')
	p++;
      char *e = p;
      while (*e && *e != '/')
	e++;
      size_t n = e - p;
      if (n == 0 || (n == 1 && p[0] == '.'))
	;
      else if (n == 2 && p[0] == '.' && p[1] == '.')
	{
	  while (out > buf && *--out != '/')
	    ;
	}
      else
	{
	  *out++ = '/';
	  memmove (out, p, n);
	  out += n;
	}
      p = e;
    }
  if (out == buf)
    *out++ = '/';
  *out = 0;
  const char *r = ggc_strdup (buf);
  free (buf);
  cache->put (ggc_strdup (file), r);
  return r;
}

/* The name of function DECL as written: a clone (f.part.0, f.constprop.1)
   is named by the function it was made from.  */
static const char *
esc_fn_source_name (tree decl)
{
  if (!decl)
    return "?";
  while (DECL_ABSTRACT_ORIGIN (decl) && DECL_ABSTRACT_ORIGIN (decl) != decl
	 && TREE_CODE (DECL_ABSTRACT_ORIGIN (decl)) == FUNCTION_DECL)
    decl = DECL_ABSTRACT_ORIGIN (decl);
  if (!DECL_NAME (decl))
    return "?";
  const char *n = IDENTIFIER_POINTER (DECL_NAME (decl));
  const char *dot = strchr (n, '.');
  if (dot && dot != n)
    return ggc_alloc_string (n, dot - n);
  return n;
}

/* The function LOC is written in: the innermost inlined function of its
   block, else FNDECL.  */
static tree
esc_loc_function (location_t loc, tree fndecl)
{
  tree blk = LOCATION_BLOCK (loc);
  for (; blk && TREE_CODE (blk) == BLOCK; blk = BLOCK_SUPERCONTEXT (blk))
    if (inlined_function_outer_scope_p (blk))
      {
	tree o = block_ultimate_origin (blk);
	if (o && TREE_CODE (o) == FUNCTION_DECL)
	  return o;
      }
  return fndecl;
}

static unsigned long long
esc_hash_position (const char *file, int line, int col, const char *fn)
{
  unsigned long long h = ESC_FNV_INIT;
  char buf[64];
  h = esc_fnv_str (h, file);
  snprintf (buf, sizeof buf, "%d:%d", line, col);
  h = esc_fnv_str (h, buf);
  return esc_fnv_str (h, fn);
}

/* The stable hash of the site at call CALL in function FNDECL.  */
static unsigned long long
esc_call_hash (gcall *call, tree fndecl)
{
  location_t loc = esc_user_location (gimple_location (call));
  expanded_location e = expand_location (loc);
  return esc_hash_position (esc_abs_file (e.file), e.line, e.column,
			    esc_fn_source_name (esc_loc_function (loc,
								  fndecl)));
}

unsigned long long
esc_site_hash (esc_site *s)
{
  return esc_call_hash (s->call, s->fn->decl);
}

/* ---- exclude= ------------------------------------------------------- */

/* Add the FILE:LINE entries of the comma-separated list V (or of the
   file @PATH, one entry a line, blank lines and # comments skipped).  */
bool
esc_parse_excludes (const char *v, vec<esc_exclude> *out)
{
  if (!v || !*v)
    return false;
  char *text;
  char sep = ',';
  if (v[0] == '@')
    {
      FILE *f = fopen (v + 1, "r");
      if (!f)
	return false;
      size_t cap = 4096, n = 0;
      text = XNEWVEC (char, cap);
      int c;
      while ((c = getc (f)) != EOF)
	{
	  if (n + 2 > cap)
	    text = XRESIZEVEC (char, text, cap *= 2);
	  text[n++] = c;
	}
      text[n] = 0;
      fclose (f);
      sep = '\n';
    }
  else
    text = xstrdup (v);
  bool ok = true, any = false;
  char *p = text;
  while (ok && *p)
    {
      char *e = strchr (p, sep);
      if (e)
	*e = 0;
      /* Trim; in a file, skip blank lines and comments.  */
      char *a = p, *z = p + strlen (p);
      if (sep == '\n')
	{
	  while (*a == ' ' || *a == '\t')
	    a++;
	  while (z > a && (z[-1] == ' ' || z[-1] == '\t' || z[-1] == '\r'))
	    *--z = 0;
	}
      if (sep == '\n' && (*a == 0 || *a == '#'))
	;
      else
	{
	  char *colon = strrchr (a, ':');
	  if (!colon || colon == a || !colon[1])
	    ok = false;
	  else
	    {
	      long line = 0;
	      for (char *d = colon + 1; *d && ok; d++)
		if (!ISDIGIT (*d) || (line = line * 10 + (*d - '0')) > INT_MAX)
		  ok = false;
	      if (ok && line <= 0)
		ok = false;
	      if (ok)
		{
		  esc_exclude x;
		  x.file = xstrndup (a, colon - a);
		  x.line = (int) line;
		  out->safe_push (x);
		  any = true;
		}
	    }
	}
      if (!e)
	break;
      p = e + 1;
      /* A list may not end in a comma.  */
      if (sep == ',' && !*p)
	ok = false;
    }
  free (text);
  return ok && (any || sep == '\n');
}

/* Does FILE end with the path SUFFIX, at a component boundary?  */
static bool
esc_path_suffix_p (const char *file, const char *suffix)
{
  size_t n = strlen (file), k = strlen (suffix);
  while (k > 2 && suffix[0] == '.' && suffix[1] == '/')
    suffix += 2, k -= 2;
  if (k > n || strcmp (file + n - k, suffix) != 0)
    return false;
  return k == n || file[n - k - 1] == '/' || suffix[0] == '/';
}

static bool
esc_excluded_p (location_t loc)
{
  if (esc_opts.excludes.is_empty ())
    return false;
  expanded_location e = expand_location (esc_user_location (loc));
  if (!e.file)
    return false;
  for (const esc_exclude &x : esc_opts.excludes)
    if (x.line == e.line && esc_path_suffix_p (e.file, x.file))
      return true;
  return false;
}

/* ---- bisect= -------------------------------------------------------- */

/* Does PATTERN enable the site of hash H?  *VALID is false when PATTERN
   is malformed.  */
static bool
esc_bisect_match (const char *pat, unsigned long long h, bool *valid)
{
  *valid = true;
  bool neg = false;
  if (*pat == '!')
    neg = true, pat++;
  bool r;
  if (strcmp (pat, "y") == 0)
    r = true;
  else if (strcmp (pat, "n") == 0)
    r = false;
  else
    {
      r = false;
      const char *p = pat;
      if (!*p)
	*valid = false;
      while (*p && *valid)
	{
	  bool plus = true;
	  if (*p == '+' || *p == '-')
	    plus = *p++ == '+';
	  else if (p != pat)
	    *valid = false;
	  unsigned long long v = 0;
	  int n = 0;
	  while (*p == '0' || *p == '1')
	    {
	      v = (v << 1) | (unsigned) (*p++ - '0');
	      n++;
	    }
	  if (n == 0 || n > 64 || (*p && *p != '+' && *p != '-'))
	    *valid = false;
	  unsigned long long mask = n >= 64 ? ~0ULL : (1ULL << n) - 1;
	  if ((h & mask) == v)
	    r = plus;
	}
    }
  return neg ? !r : r;
}

bool
esc_bisect_valid (const char *pattern)
{
  bool valid;
  esc_bisect_match (pattern, 0, &valid);
  return valid;
}

/* Why the site at CALL in FNDECL must stay on the heap before any
   analysis: exclude= or bisect=; ESC_R_NONE if neither.  */
enum esc_reason
esc_site_forced (gcall *call, tree fndecl)
{
  if (esc_excluded_p (gimple_location (call)))
    return ESC_R_EXCLUDED;
  bool valid;
  if (esc_opts.bisect
      && !esc_bisect_match (esc_opts.bisect, esc_call_hash (call, fndecl),
			    &valid))
    return ESC_R_BISECT;
  return ESC_R_NONE;
}

/* ---- report= -------------------------------------------------------- */

bool
esc_report_wanted (void)
{
  return esc_opts.report_dir || esc_bisect_log;
}

static void
esc_json_str (obstack *o, const char *s)
{
  obstack_1grow (o, '"');
  for (const unsigned char *c = (const unsigned char *) (s ? s : ""); *c;
       c++)
    {
      if (*c == '"' || *c == '\\')
	{
	  obstack_1grow (o, '\\');
	  obstack_1grow (o, *c);
	}
      else if (*c < 0x20)
	{
	  char buf[8];
	  snprintf (buf, sizeof buf, "\\u%04x", *c);
	  obstack_grow (o, buf, strlen (buf));
	}
      else
	obstack_1grow (o, *c);
    }
  obstack_1grow (o, '"');
}

static void
esc_json_key (obstack *o, const char *k, bool first = false)
{
  if (!first)
    obstack_1grow (o, ',');
  esc_json_str (o, k);
  obstack_1grow (o, ':');
}

static void
esc_json_int (obstack *o, const char *k, long long v)
{
  char buf[32];
  esc_json_key (o, k);
  snprintf (buf, sizeof buf, "%lld", v);
  obstack_grow (o, buf, strlen (buf));
}

static void
esc_json_kv (obstack *o, const char *k, const char *v)
{
  esc_json_key (o, k);
  if (v)
    esc_json_str (o, v);
  else
    obstack_grow (o, "null", 4);
}

/* The common fields of an entry at LOC in FNDECL: kind, file, line,
   column, function, inlined_from, hash.  */
static void
esc_json_position (obstack *o, const char *kind, location_t loc, tree fndecl,
		   unsigned long long *hash)
{
  loc = esc_user_location (loc);
  expanded_location e = expand_location (loc);
  tree origin = esc_loc_function (loc, fndecl);
  const char *file = esc_abs_file (e.file);
  const char *fn = esc_fn_source_name (origin);
  obstack_1grow (o, '{');
  esc_json_key (o, "kind", true);
  esc_json_str (o, kind);
  esc_json_kv (o, "file", file);
  esc_json_int (o, "line", e.line);
  esc_json_int (o, "column", e.column);
  esc_json_kv (o, "function", fn);
  /* The calls it was inlined through, innermost first: each names the
     function the call is in and where.  */
  esc_json_key (o, "inlined_from");
  obstack_1grow (o, '[');
  bool first = true;
  tree blk = LOCATION_BLOCK (loc);
  for (; blk && TREE_CODE (blk) == BLOCK; blk = BLOCK_SUPERCONTEXT (blk))
    if (inlined_function_outer_scope_p (blk))
      {
	location_t cl = esc_user_location (BLOCK_SOURCE_LOCATION (blk));
	expanded_location ce = expand_location (cl);
	tree caller = fndecl;
	for (tree up = BLOCK_SUPERCONTEXT (blk);
	     up && TREE_CODE (up) == BLOCK; up = BLOCK_SUPERCONTEXT (up))
	  if (inlined_function_outer_scope_p (up))
	    {
	      tree u = block_ultimate_origin (up);
	      if (u && TREE_CODE (u) == FUNCTION_DECL)
		caller = u;
	      break;
	    }
	if (!first)
	  obstack_1grow (o, ',');
	first = false;
	obstack_1grow (o, '{');
	esc_json_key (o, "function", true);
	esc_json_str (o, esc_fn_source_name (caller));
	esc_json_kv (o, "file", esc_abs_file (ce.file));
	esc_json_int (o, "line", ce.line);
	esc_json_int (o, "column", ce.column);
	obstack_1grow (o, '}');
      }
  obstack_1grow (o, ']');
  unsigned long long h = esc_hash_position (file, e.line, e.column, fn);
  char buf[24];
  snprintf (buf, sizeof buf, "%016llx", h);
  esc_json_kv (o, "hash", buf);
  if (hash)
    *hash = h;
}

static void
esc_rep_push (obstack *o, location_t loc, const char *note)
{
  obstack_1grow (o, '}');
  obstack_1grow (o, '\n');
  obstack_1grow (o, 0);
  esc_rep_line l;
  l.text = xstrdup ((char *) obstack_finish (o));
  l.key = esc_fnv_str (esc_fnv (ESC_FNV_INIT, &loc, sizeof loc), note);
  l.order = esc_rep_lines.length ();
  esc_rep_lines.safe_push (l);
}

void
esc_report_site (esc_site *s, const char *note)
{
  if (!esc_report_wanted ())
    return;
  location_t loc = gimple_location (s->call);
  if (esc_bisect_log && !s->block)
    {
      expanded_location e = expand_location (esc_user_location (loc));
      char *line = xasprintf ("%016llx %s %s:%d:%d %s\n", esc_site_hash (s),
			      s->convert ? "converted" : "kept",
			      e.file ? e.file : "?", e.line, e.column, note);
      esc_bisect_lines.safe_push (line);
    }
  if (!esc_opts.report_dir)
    return;
  obstack o;
  obstack_init (&o);
  /* A call of a function with returnable sites (SPEC 4 rule 6) is a
     "call": caller-frame when its storage is placed in this frame.  */
  esc_json_position (&o, s->block ? "call" : "site", loc, s->fn->decl, NULL);
  esc_json_kv (&o, "callee", esc_callee_name (s->callee));
  esc_json_key (&o, "size");
  if (s->const_size && !s->overflow)
    {
      char buf[32];
      snprintf (buf, sizeof buf, HOST_WIDE_INT_PRINT_UNSIGNED, s->size);
      obstack_grow (&o, buf, strlen (buf));
    }
  else
    obstack_grow (&o, "null", 4);
  if (!s->const_size || s->overflow)
    esc_json_kv (&o, "size_text", s->size_text ? s->size_text : "?");
  /* decision: stack or heap for a site, caller-frame or heap for a call;
     small-buffer (SPEC section 4 rule 7) has the same fields.  */
  esc_json_kv (&o, "decision", !s->convert ? "heap"
	       : s->block ? "caller-frame" : "stack");
  esc_json_kv (&o, "reason", s->convert ? NULL
	       : esc_reason_text[s->reason ? s->reason : ESC_R_UNMODELLED]);
  if (esc_opts.no_transform)
    esc_json_key (&o, "transformed"), obstack_grow (&o, "false", 5);
  if (s->returnable && !s->convert)
    {
      esc_rep_late late;
      late.index = esc_rep_lines.length ();
      late.slots = s->returnable;
      late.head = xstrndup ((const char *) obstack_base (&o),
			    obstack_object_size (&o));
      late.note = xstrdup (note);
      esc_rep_lates.safe_push (late);
    }
  esc_json_kv (&o, "note", note);
  esc_rep_push (&o, loc, note);
  obstack_free (&o, NULL);
}

/* Every caller decided: each returnable site's line gets
   "caller_frames":{"placed":P,"calls":C} (P of its function's C calls
   place its storage in their frame) and, when P > 0, the note as -m
   prints it ("...; in the caller's frame at P of C calls").  */
void
esc_report_returnables (void)
{
  for (esc_rep_late &l : esc_rep_lates)
    {
      obstack o;
      obstack_init (&o);
      obstack_grow (&o, l.head, strlen (l.head));
      char buf[64];
      snprintf (buf, sizeof buf, "{\"placed\":%d,\"calls\":%d}",
		l.slots->placed, l.slots->calls);
      esc_json_key (&o, "caller_frames");
      obstack_grow (&o, buf, strlen (buf));
      char *note = l.slots->placed
		   ? xasprintf ("%s; in the caller's frame at %d of %d calls",
				l.note, l.slots->placed, l.slots->calls)
		   : xstrdup (l.note);
      esc_json_kv (&o, "note", note);
      free (note);
      obstack_1grow (&o, '}');
      obstack_1grow (&o, '\n');
      obstack_1grow (&o, 0);
      free (esc_rep_lines[l.index].text);
      esc_rep_lines[l.index].text = xstrdup ((char *) obstack_finish (&o));
      obstack_free (&o, NULL);
      free (l.head);
      free (l.note);
    }
  esc_rep_lates.truncate (0);
}

/* Parameter PARM of F: DECISION "stack" (does not escape), "heap"
   (leaking param, leaking param content) or "result" (to result).  */
void
esc_report_param (esc_fn *f, tree parm, const char *decision,
		  const char *reason, const char *note)
{
  if (!esc_opts.report_dir)
    return;
  location_t loc = DECL_SOURCE_LOCATION (parm);
  obstack o;
  obstack_init (&o);
  esc_json_position (&o, "param", loc, f->decl, NULL);
  esc_json_kv (&o, "name", DECL_NAME (parm)
			   ? IDENTIFIER_POINTER (DECL_NAME (parm)) : "?");
  esc_json_kv (&o, "decision", decision);
  esc_json_kv (&o, "reason", reason);
  esc_json_kv (&o, "note", note);
  esc_rep_push (&o, loc, note);
  obstack_free (&o, NULL);
}

static int
esc_rep_key_cmp (const void *pa, const void *pb)
{
  const esc_rep_line *a = (const esc_rep_line *) pa;
  const esc_rep_line *b = (const esc_rep_line *) pb;
  if (a->key != b->key)
    return a->key < b->key ? -1 : 1;
  return a->order < b->order ? -1 : a->order > b->order;
}

static int
esc_rep_order_cmp (const void *pa, const void *pb)
{
  const esc_rep_line *a = (const esc_rep_line *) pa;
  const esc_rep_line *b = (const esc_rep_line *) pb;
  return a->order < b->order ? -1 : a->order > b->order;
}

/* The part of the report file's name that tells this compile from
   another of the same source: FNV of the working directory and of the
   command line, less the temporary files the driver names afresh each
   time (so a rebuild replaces its own file).  */
static unsigned long long
esc_compile_hash (void)
{
  unsigned long long h = ESC_FNV_INIT;
  char *cwd = getcwd (NULL, 0);
  h = esc_fnv_str (h, cwd ? cwd : "");
  free (cwd);
  h = esc_fnv_str (h, main_input_filename ? main_input_filename : "");
  h = esc_fnv_str (h, dump_base_name ? dump_base_name : "");
  const char *tmp = getenv ("TMPDIR");
  FILE *f = fopen ("/proc/self/cmdline", "r");
  if (!f)
    {
      /* No command line to read: the process tells compiles apart.  */
      long pid = (long) getpid ();
      return esc_fnv (h, &pid, sizeof pid);
    }
  auto_vec<char> arg;
  int c;
  while ((c = getc (f)) != EOF)
    {
      if (c)
	{
	  arg.safe_push ((char) c);
	  continue;
	}
      arg.safe_push (0);
      const char *a = arg.address ();
      bool temp = strncmp (a, "/tmp/", 5) == 0
		  || (tmp && *tmp && strncmp (a, tmp, strlen (tmp)) == 0);
      if (!temp)
	h = esc_fnv_str (h, a);
      arg.truncate (0);
    }
  fclose (f);
  return h;
}

/* The unit's name: the main input's base name, [A-Za-z0-9._-] only.  */
static char *
esc_unit_name (void)
{
  const char *src = in_lto_p && dump_base_name ? dump_base_name
		    : main_input_filename ? main_input_filename : "unit";
  char *n = xstrdup (lbasename (src));
  for (char *p = n; *p; p++)
    if (!(ISALNUM (*p) || *p == '.' || *p == '_' || *p == '-'))
      *p = '_';
  if (!*n)
    {
      free (n);
      n = xstrdup ("unit");
    }
  return n;
}

static bool
esc_write_all (int fd, const char *p, size_t n)
{
  while (n)
    {
      ssize_t w = write (fd, p, n);
      if (w < 0)
	{
	  if (errno == EINTR)
	    continue;
	  return false;
	}
      p += w;
      n -= w;
    }
  return true;
}

static void
esc_report_write (void)
{
  /* Identical decisions at identical locations: one line.  */
  esc_rep_lines.qsort (esc_rep_key_cmp);
  unsigned j = 0;
  for (unsigned i = 0; i < esc_rep_lines.length (); i++)
    {
      if (j && esc_rep_lines[j - 1].key == esc_rep_lines[i].key
	  && strcmp (esc_rep_lines[j - 1].text, esc_rep_lines[i].text) == 0)
	{
	  free (esc_rep_lines[i].text);
	  continue;
	}
      esc_rep_lines[j++] = esc_rep_lines[i];
    }
  esc_rep_lines.truncate (j);
  esc_rep_lines.qsort (esc_rep_order_cmp);

  char *unit = esc_unit_name ();
  char *final = xasprintf ("%s/%s.%016llx.jsonl", esc_opts.report_dir, unit,
			   esc_compile_hash ());
  char *tmp = xasprintf ("%s/.%s.%ld.tmp", esc_opts.report_dir, unit,
			 (long) getpid ());
  int fd = open (tmp, O_WRONLY | O_CREAT | O_TRUNC, 0666);
  bool ok = fd >= 0;
  for (unsigned i = 0; ok && i < esc_rep_lines.length (); i++)
    ok = esc_write_all (fd, esc_rep_lines[i].text,
			strlen (esc_rep_lines[i].text));
  if (fd >= 0 && close (fd) != 0)
    ok = false;
  if (ok && rename (tmp, final) != 0)
    ok = false;
  if (!ok)
    {
      error ("%<-fplugin-arg-%s-report=%s%>: cannot write %qs: %m",
	     esc_rep_plugin, esc_opts.report_dir, final);
      unlink (tmp);
    }
  free (tmp);
  free (final);
  free (unit);
}

static void
esc_bisect_log_write (void)
{
  if (esc_bisect_lines.is_empty ())
    return;
  size_t n = 0;
  for (char *l : esc_bisect_lines)
    n += strlen (l);
  char *all = XNEWVEC (char, n + 1), *p = all;
  for (char *l : esc_bisect_lines)
    {
      size_t k = strlen (l);
      memcpy (p, l, k);
      p += k;
      free (l);
    }
  esc_bisect_lines.release ();
  int fd = open (esc_bisect_log, O_WRONLY | O_CREAT | O_APPEND, 0666);
  /* One write: lines of compiles running side by side do not mix.  */
  if (fd < 0 || !esc_write_all (fd, all, n) || close (fd) != 0)
    error ("cannot append to %qs (%<GC_ESCAPE_BISECT_LOG%>): %m",
	   esc_bisect_log);
  free (all);
}

static void
esc_report_finish (void *, void *)
{
  /* A compile that failed wrote nothing: its decisions are not a build's.  */
  if (seen_error ())
    return;
  /* WPA only partitions; the LTRANS units that follow report.  */
  if (flag_wpa)
    return;
  if (esc_opts.report_dir)
    esc_report_write ();
  if (esc_bisect_log)
    esc_bisect_log_write ();
}

/* mkdir -p DIR.  */
static bool
esc_mkdirs (const char *dir)
{
  char *d = xstrdup (dir);
  bool ok = true;
  for (char *p = d + 1; ok; p++)
    if (*p == '/' || *p == 0)
      {
	char c = *p;
	*p = 0;
	if (mkdir (d, 0777) != 0 && errno != EEXIST)
	  ok = false;
	*p = c;
	if (!c)
	  break;
      }
  struct stat st;
  if (ok && (stat (d, &st) != 0 || !S_ISDIR (st.st_mode)))
    ok = false;
  free (d);
  return ok;
}

/* After the options: GC_ESCAPE_BISECT, the report directory, the
   callback that writes.  False after an error.  */
bool
esc_report_init (const char *plugin_name)
{
  esc_rep_plugin = plugin_name;
  const char *env = getenv ("GC_ESCAPE_BISECT");
  if (env && *env)
    {
      if (!esc_bisect_valid (env))
	{
	  error ("invalid bisect pattern %qs in the environment variable "
		 "%<GC_ESCAPE_BISECT%>", env);
	  return false;
	}
      esc_opts.bisect = env;
    }
  if (esc_opts.bisect)
    {
      const char *log = getenv ("GC_ESCAPE_BISECT_LOG");
      if (log && *log)
	esc_bisect_log = log;
    }
  if (esc_opts.report_dir && !esc_mkdirs (esc_opts.report_dir))
    {
      error ("%<-fplugin-arg-%s-report=%s%>: cannot create the directory: %m",
	     plugin_name, esc_opts.report_dir);
      return false;
    }
  if (esc_report_wanted ())
    register_callback (plugin_name, PLUGIN_FINISH, esc_report_finish, NULL);
  return true;
}

/* options.cc -- -fplugin-arg-escape-KEY[=VALUE], parsed strictly.

   Every key of SPEC section 2 is known here; an unknown key or a malformed
   value is a GCC error naming the option, and the compilation fails.  */

#include "esc.h"

esc_options esc_opts;

static bool
esc_parse_size (const char *v, unsigned HOST_WIDE_INT *out)
{
  if (!v || !*v)
    return false;
  unsigned HOST_WIDE_INT n = 0;
  for (const char *p = v; *p; p++)
    {
      if (!ISDIGIT (*p))
	return false;
      unsigned HOST_WIDE_INT d = *p - '0';
      if (n > (HOST_WIDE_INT_M1U - d) / 10)
	return false;
      n = n * 10 + d;
    }
  *out = n;
  return true;
}

/* Split a comma-separated list of identifiers into NAMES.  */
static bool
esc_parse_names (const char *v, vec<const char *> *names)
{
  if (!v || !*v)
    return false;
  const char *p = v;
  while (*p)
    {
      const char *e = strchr (p, ',');
      size_t n = e ? (size_t) (e - p) : strlen (p);
      if (n == 0)
	return false;
      for (size_t i = 0; i < n; i++)
	if (!(ISALNUM (p[i]) || p[i] == '_' || p[i] == '$' || p[i] == '.'))
	  return false;
      if (ISDIGIT (p[0]))
	return false;
      names->safe_push (xstrndup (p, n));
      p += n;
      if (*p == ',')
	{
	  p++;
	  if (!*p)
	    return false;
	}
    }
  return true;
}

/* param-NAME=N, a debugging aid: set the cap NAME (docs/design.md,
   Caps) to N, so that a test can reach it on a small input.  */
static const struct { const char *name; unsigned long max; } esc_params[] = {
  { "walk", UINT_MAX }, { "work", ULONG_MAX }, { "rounds", UINT_MAX },
  { "path", UINT_MAX }, { "writeback", UINT_MAX }, { NULL, 0 }
};

static bool
esc_param_known (const char *name)
{
  for (int i = 0; esc_params[i].name; i++)
    if (strcmp (esc_params[i].name, name) == 0)
      return true;
  return false;
}

static bool
esc_parse_param (const char *name, const char *v)
{
  unsigned HOST_WIDE_INT n;
  for (int i = 0; esc_params[i].name; i++)
    if (strcmp (esc_params[i].name, name) == 0)
      {
	if (!esc_parse_size (v, &n) || n > esc_params[i].max)
	  return false;
	switch (i)
	  {
	  case 0: esc_cap_walk = n; break;
	  case 1: esc_cap_work = n; break;
	  case 2: esc_cap_rounds = n; break;
	  case 3: esc_cap_path = n; break;
	  default: esc_cap_writeback = n; break;
	  }
	return true;
      }
  return false;
}

bool
esc_parse_options (struct plugin_name_args *info)
{
  const char *name = esc_plugin_name;
  bool ok = true;
  esc_opts.m = 0;
  esc_opts.max_stack = 65536;
  esc_opts.max_frame = 65536;
  esc_opts.alloc_names = vNULL;
  esc_opts.free_names = vNULL;
  esc_opts.caller_frames = true;
  esc_opts.excludes = vNULL;
  esc_opts.realloc_names = vNULL;
  esc_opts.small_size = 64;

  for (int i = 0; i < info->argc; i++)
    {
      const char *k = info->argv[i].key;
      const char *v = info->argv[i].value;
      bool bad_value = false;
      if (strcmp (k, "m") == 0)
	{
	  if (!v || strcmp (v, "1") == 0)
	    esc_opts.m = 1;
	  else if (strcmp (v, "2") == 0)
	    esc_opts.m = 2;
	  else
	    bad_value = true;
	}
      else if (strcmp (k, "warn") == 0)
	{
	  if (v)
	    bad_value = true;
	  esc_opts.warn = true;
	}
      else if (strcmp (k, "no-transform") == 0)
	{
	  if (v)
	    bad_value = true;
	  esc_opts.no_transform = true;
	}
      else if (strcmp (k, "oracle") == 0)
	{
	  if (v)
	    bad_value = true;
	  esc_opts.oracle = true;
	}
      else if (strcmp (k, "dump") == 0)
	{
	  if (v && strcmp (v, "details") != 0)
	    bad_value = true;
	  esc_opts.dump = v ? 2 : 1;
	}
      else if (strcmp (k, "max-stack") == 0)
	bad_value = !esc_parse_size (v, &esc_opts.max_stack);
      else if (strcmp (k, "max-frame") == 0)
	bad_value = !esc_parse_size (v, &esc_opts.max_frame);
      else if (strcmp (k, "alloc") == 0)
	bad_value = !esc_parse_names (v, &esc_opts.alloc_names);
      else if (strcmp (k, "free") == 0)
	bad_value = !esc_parse_names (v, &esc_opts.free_names);
      else if (strcmp (k, "caller-frames") == 0)
	{
	  if (v && strcmp (v, "0") == 0)
	    esc_opts.caller_frames = false;
	  else if (v && strcmp (v, "1") == 0)
	    esc_opts.caller_frames = true;
	  else
	    bad_value = true;
	}
      else if (strncmp (k, "param-", 6) == 0 && esc_param_known (k + 6))
	bad_value = !esc_parse_param (k + 6, v);
      else if (strcmp (k, "exclude") == 0)
	bad_value = !esc_parse_excludes (v, &esc_opts.excludes);
      else if (strcmp (k, "bisect") == 0)
	{
	  bad_value = !v || !esc_bisect_valid (v);
	  esc_opts.bisect = v;
	}
      else if (strcmp (k, "report") == 0)
	{
	  bad_value = !v || !*v;
	  esc_opts.report_dir = v;
	}
      else if (strcmp (k, "realloc") == 0)
	bad_value = !esc_parse_names (v, &esc_opts.realloc_names);
      else if (strcmp (k, "small-size") == 0)
	bad_value = !esc_parse_size (v, &esc_opts.small_size);
      else if (strcmp (k, "void") == 0)
	{
	  if (v && strcmp (v, "tracked") == 0)
	    esc_opts.void_tracked = true;
	  else if (v && strcmp (v, "interface") == 0)
	    esc_opts.void_tracked = false;
	  else
	    bad_value = true;
	}
      else if (strcmp (k, "rules") == 0)
	{
	  if (v && strcmp (v, "go") == 0)
	    esc_opts.rules_go = true;
	  else if (v && strcmp (v, "c") == 0)
	    esc_opts.rules_go = false;
	  else
	    bad_value = true;
	}
      else
	{
	  error ("unknown option %<-fplugin-arg-%s-%s%>", name, k);
	  ok = false;
	  continue;
	}
      if (bad_value)
	{
	  if (v)
	    error ("invalid value %qs in %<-fplugin-arg-%s-%s=%s%>", v, name,
		   k, v);
	  else
	    error ("missing value for %<-fplugin-arg-%s-%s%>", name, k);
	  ok = false;
	}
    }
  return ok;
}

/* Is FNDECL one of NAMES?  The source name and the assembler name are
   both tried, so that alloc=GC_malloc matches however it was declared.  */
bool
esc_name_listed (tree fndecl, const vec<const char *> &names)
{
  if (names.is_empty () || !fndecl || !DECL_NAME (fndecl))
    return false;
  const char *n = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  const char *an = NULL;
  if (DECL_ASSEMBLER_NAME_SET_P (fndecl))
    an = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (fndecl));
  for (const char *s : names)
    if (strcmp (s, n) == 0 || (an && strcmp (s, an) == 0))
      return true;
  return false;
}

/* notes.cc -- the -m notes of SPEC section 5.

   Decisions are collected while the batches are analysed and emitted at
   the end of the pass, sorted by source location and de-duplicated (the
   analyzer's pending diagnostics, done with plain structs): once per site
   and parameter, in source order.  Sites in inlined bodies keep their
   own locations, so GCC prints its "inlined from" context for them.  */

#include "esc.h"

struct esc_pstep
{
  location_t loc;
  char *text;
};

struct esc_pending
{
  location_t loc;
  tree fn;
  bool warn;
  char *text;
  esc_slots *returnable;	/* a returnable site: callers may place it */
  vec<esc_pstep> path;
  unsigned order;
};

static vec<esc_pending> esc_pend;

/* The name of allocator CALLEE as the source spells it: a call that
   GCC redirected to a local alias (gc_alloc.localalias, with -fPIC
   -fno-semantic-interposition) names the function it aliases.  */
const char *
esc_callee_name (tree callee)
{
  if (cgraph_node *n = cgraph_node::get (callee))
    if (n->alias)
      callee = n->ultimate_alias_target ()->decl;
  return IDENTIFIER_POINTER (DECL_NAME (callee));
}

/* NAME as the source spells it: a GCC clone's suffix (.constprop.0,
   .isra.0, .part.0) dropped.  */
static void
esc_source_name (pretty_printer *pp, const char *name)
{
  const char *dot = strchr (name, '.');
  if (dot && dot != name)
    pp_append_text (pp, name, dot);
  else
    pp_string (pp, name);
}

void
esc_format_site (esc_site *s, pretty_printer *pp)
{
  if (s->block)
    {
      /* A call of a function with returnable sites.  */
      esc_source_name (pp, esc_callee_name (s->callee));
      pp_string (pp, "() result");
      return;
    }
  pp_string (pp, esc_callee_name (s->callee));
  pp_character (pp, '(');
  if (s->const_size && !s->overflow)
    pp_unsigned_wide_integer (pp, s->size);
  else if (s->size_text)
    pp_string (pp, s->size_text);
  else
    pp_character (pp, '?');
  pp_character (pp, ')');
}

static void
esc_format_steps (esc_batch *b, const vec<esc_step> &steps,
		  location_t fallback, vec<esc_pstep> *out)
{
  for (const esc_step &st : steps)
    {
      pretty_printer pp;
      pp_string (&pp, "  flow: ");
      esc_loc_name (b, st.dst, &pp);
      pp_string (&pp, " = ");
      if (st.derefs < 0)
	pp_character (&pp, '&');
      for (int i = 0; i < st.derefs && i < 8; i++)
	pp_character (&pp, '*');
      esc_loc_name (b, st.src, &pp);
      if (st.why != ESC_R_NONE)
	{
	  pp_string (&pp, ": ");
	  pp_string (&pp, esc_reason_text[st.why]);
	  if (st.detail && DECL_P (st.detail) && DECL_NAME (st.detail))
	    {
	      pp_string (&pp, " '");
	      pp_string (&pp, IDENTIFIER_POINTER (DECL_NAME (st.detail)));
	      pp_character (&pp, '\'');
	    }
	}
      esc_pstep ps;
      ps.loc = st.where != UNKNOWN_LOCATION ? st.where : fallback;
      ps.text = xstrdup (pp_formatted_text (&pp));
      out->safe_push (ps);
    }
}

/* A site written through a macro (GC_MALLOC (n) from gc.h) is reported
   where the macro is used, not inside the header that defines it; the
   inlining context (the location's block) is kept.  */
location_t
esc_user_location (location_t loc)
{
  if (loc == UNKNOWN_LOCATION || !linemap_location_from_macro_expansion_p
				     (line_table, loc))
    return loc;
  tree block = LOCATION_BLOCK (loc);
  location_t r = linemap_resolve_location (line_table, loc,
					   LRK_MACRO_EXPANSION_POINT, NULL);
  if (block)
    r = set_block (r, block);
  return r;
}

static void
esc_pend_push (location_t loc, tree fn, bool warn, const char *text,
	       vec<esc_pstep> path)
{
  esc_pending p;
  loc = esc_user_location (loc);
  for (esc_pstep &s : path)
    s.loc = esc_user_location (s.loc);
  p.loc = loc;
  p.fn = fn;
  p.warn = warn;
  p.text = xstrdup (text);
  p.path = path;
  p.order = esc_pend.length ();
  p.returnable = NULL;
  esc_pend.safe_push (p);
}

void
esc_note_site (esc_batch *b, esc_site *s)
{
  bool escapes = !s->convert;
  /* A call block is no allocation of its function (noheap, warn): it
     only says where the callee's storage goes.  */
  bool warn = escapes && !s->block
	      && (esc_opts.warn || esc_is_noheap_fn (s->fn->decl));
  if (s->block && !escapes)
    esc_slots_placed (s->slots);
  if (!warn && !esc_opts.m && !esc_report_wanted ())
    return;
  pretty_printer pp;
  esc_format_site (s, &pp);
  if (escapes)
    {
      pp_string (&pp, " escapes to heap: ");
      pp_string (&pp, esc_reason_text[s->reason ? s->reason
				       : ESC_R_UNMODELLED]);
    }
  else
    pp_string (&pp, " does not escape");
  if (s->block && !escapes)
    pp_printf (&pp, ": " HOST_WIDE_INT_PRINT_UNSIGNED " bytes in this frame",
	       s->size);
  if (!escapes && s->small)
    {
      pp_string (&pp, ": on the stack up to ");
      pp_unsigned_wide_integer (&pp, esc_opts.small_size);
      pp_string (&pp, " bytes");
    }
  esc_report_site (s, pp_formatted_text (&pp));
  if (!warn && !esc_opts.m)
    return;
  vec<esc_pstep> path = vNULL;
  if (escapes && esc_opts.m >= 2)
    esc_format_steps (b, s->path, gimple_location (s->call), &path);
  esc_pend_push (gimple_location (s->call), s->fn->decl, warn,
		 pp_formatted_text (&pp), path);
  esc_pend.last ().returnable = s->returnable;
}

/* Parameters that get notes: pointers (function pointers excepted) and
   structs passed by value that hold pointers, of functions whose body is
   here; clones made by GCC (.part, .constprop) get none of their own.  */
static bool
esc_param_noted_p (tree p)
{
  tree t = TREE_TYPE (p);
  if (!DECL_NAME (p))
    return false;
  if (POINTER_TYPE_P (t))
    return TREE_CODE (TREE_TYPE (t)) != FUNCTION_TYPE;
  return AGGREGATE_TYPE_P (t) && esc_type_has_pointers (t);
}

void
esc_note_params (esc_batch *b, esc_fn *f)
{
  if (DECL_ARTIFICIAL (f->decl) || f->node->clone_of
      || (DECL_NAME (f->decl)
	  && strchr (IDENTIFIER_POINTER (DECL_NAME (f->decl)), '.')))
    return;
  unsigned i = 0;
  for (tree p = DECL_ARGUMENTS (f->decl); p; p = DECL_CHAIN (p), i++)
    {
      int pl = esc_param_loc (f, i);
      if (pl < 0 || !esc_param_noted_p (p))
	continue;
      esc_loc *l = b->locs[pl];
      esc_leaks lk = l->leaks;
      esc_leaks_optimize (&lk);
      const char *name = IDENTIFIER_POINTER (DECL_NAME (p));
      location_t loc = DECL_SOURCE_LOCATION (p);
      int h = esc_leaks_get (lk, ESC_LEAK_HEAP);
      int r = esc_leaks_get (lk, ESC_LEAK_RESULT);
      char buf[512];
      if (h >= 0)
	{
	  vec<esc_pstep> path = vNULL;
	  if (esc_opts.m >= 2)
	    esc_format_steps (b, l->path, loc, &path);
	  snprintf (buf, sizeof buf, h == 0 ? "leaking param: %s"
		    : "leaking param content: %s", name);
	  esc_report_param (f, p, "heap", h == 0 ? "leaking param"
			    : "leaking param content", buf);
	  if (esc_opts.m)
	    esc_pend_push (loc, f->decl, false, buf, path);
	}
      if (r >= 0)
	{
	  snprintf (buf, sizeof buf, "leaking param: %s to result level=%d",
		    name, r);
	  esc_report_param (f, p, "result", "return", buf);
	  if (esc_opts.m)
	    esc_pend_push (loc, f->decl, false, buf, vNULL);
	}
      if (h < 0 && r < 0)
	{
	  snprintf (buf, sizeof buf, "%s does not escape", name);
	  esc_report_param (f, p, "stack", NULL, buf);
	  if (esc_opts.m)
	    esc_pend_push (loc, f->decl, false, buf, vNULL);
	}
    }
}

/* noescape on a function with a body: the analysis decides; a parameter
   that does leak contradicts the declaration.  */
void
esc_check_noescape (esc_batch *b, esc_fn *f)
{
  unsigned i = 0;
  for (tree p = DECL_ARGUMENTS (f->decl); p; p = DECL_CHAIN (p), i++)
    {
      int pl = esc_param_loc (f, i);
      if (pl < 0 || !esc_noescape_arg_p (f->decl, NULL_TREE, i))
	continue;
      esc_leaks lk = b->locs[pl]->leaks;
      if (esc_leaks_empty (lk))
	continue;
      const char *name = DECL_NAME (p) ? IDENTIFIER_POINTER (DECL_NAME (p))
			 : "?";
      char buf[512];
      snprintf (buf, sizeof buf, "'noescape' contradicted: parameter '%s' "
		"leaks to the %s", name,
		esc_leaks_get (lk, ESC_LEAK_HEAP) >= 0 ? "heap" : "result");
      esc_pend_push (DECL_SOURCE_LOCATION (p), f->decl, true, buf, vNULL);
    }
}

/* Source order of A and B within a file: by line, then column; 0 when
   both are the same.  */
int
esc_line_order (location_t a, location_t b)
{
  expanded_location ea = expand_location (a);
  expanded_location eb = expand_location (b);
  if (ea.line != eb.line)
    return ea.line < eb.line ? -1 : 1;
  if (ea.column != eb.column)
    return ea.column < eb.column ? -1 : 1;
  return 0;
}

static int
esc_pending_cmp (const void *pa, const void *pb)
{
  const esc_pending *a = (const esc_pending *) pa;
  const esc_pending *b = (const esc_pending *) pb;
  const char *fa = LOCATION_FILE (a->loc), *fb = LOCATION_FILE (b->loc);
  if (int c = strcmp (fa ? fa : "", fb ? fb : ""))
    return c;
  if (int c = esc_line_order (a->loc, b->loc))
    return c;
  return a->order < b->order ? -1 : a->order > b->order;
}

void
esc_emit_notes (void)
{
  esc_pend.qsort (esc_pending_cmp);
  for (unsigned i = 0; i < esc_pend.length (); i++)
    {
      esc_pending &p = esc_pend[i];
      /* An identical decision at an identical location (including the
	 inlining context) was already printed.  */
      bool dup = false;
      for (unsigned j = i; j-- > 0;)
	{
	  esc_pending &q = esc_pend[j];
	  if (expand_location (q.loc).line != expand_location (p.loc).line)
	    break;
	  if (q.loc == p.loc && q.warn == p.warn && strcmp (q.text, p.text) == 0)
	    dup = true;
	}
      if (!dup)
	{
	  function *fun = DECL_STRUCT_FUNCTION (p.fn);
	  if (fun)
	    push_cfun (fun);
	  {
	    auto_diagnostic_group d;
	    bool shown;
	    /* A returnable site: where its callers put it, known only now
	       that every caller has been decided.  */
	    char *text = p.returnable && p.returnable->placed
			 ? xasprintf ("%s; in the caller's frame at %d of %d "
				      "calls", p.text, p.returnable->placed,
				      p.returnable->calls)
			 : xstrdup (p.text);
	    if (p.warn)
	      shown = warning_at (p.loc, 0, "%s", text);
	    else
	      {
		inform (p.loc, "%s", text);
		shown = true;
	      }
	    free (text);
	    if (shown)
	      for (esc_pstep &s : p.path)
		inform (s.loc, "%s", s.text);
	  }
	  if (fun)
	    pop_cfun ();
	}
      for (esc_pstep &s : p.path)
	free (s.text);
      p.path.release ();
      free (p.text);
    }
  esc_pend.release ();
}

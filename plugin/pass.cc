/* pass.cc -- the escape pass: the whole translation unit, callees first,
   one strongly connected component of the call graph at a time (Go's
   VisitFuncsBottomUp + Batch; GCC's ipa_reduced_postorder).  */

#include "esc.h"

const char *const esc_reason_text[ESC_R_MAX] = {
  "",
  "assign to global",
  "store through pointer",
  "return",
  "call argument",
  "call to unknown function",
  "indirect call",
  "interface conversion",
  "loop-carried",
  "unmodelled",
  "non-constant size",
  "too large",
  "excluded",
  "excluded by bisect",
};

/* Computed summaries of functions already analysed, by decl.  */
struct esc_summary
{
  vec<esc_leaks> params;	/* a variadic function's `...' last */
};
static hash_map<tree, esc_summary *> *esc_summaries;

/* The summary of parameter ARGNO of FNDECL; HAVE is false when there is
   none (not analysed yet, no body, interposable): the caller then treats
   the argument as leaking to the heap.  */
esc_leaks
esc_summary_for (tree fndecl, unsigned argno, bool *have)
{
  *have = false;
  if (!esc_summaries || !fndecl)
    return esc_leaks_unknown ();
  esc_summary **s = esc_summaries->get (fndecl);
  if (s && stdarg_p (TREE_TYPE (fndecl)) && argno >= (*s)->params.length ())
    argno = (*s)->params.length () - 1;
  if (!s || argno >= (*s)->params.length ())
    return esc_leaks_unknown ();
  *have = true;
  return (*s)->params[argno];
}

/* Does this translation unit mention an allocator at all?  If not, the
   pass changes nothing and reports only parameters (under -m).  */
static bool
esc_unit_has_allocators (void)
{
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    if (esc_is_alloc_fn (node->decl))
      return true;
  return false;
}

/* Does a function with a body here carry noescape?  The analysis must
   then run to check it, even without allocators.  */
static bool
esc_unit_has_noescape_bodies (void)
{
  cgraph_node *node;
  FOR_EACH_FUNCTION_WITH_GIMPLE_BODY (node)
    {
      if (lookup_attribute ("noescape", DECL_ATTRIBUTES (node->decl)))
	return true;
      for (tree p = DECL_ARGUMENTS (node->decl); p; p = DECL_CHAIN (p))
	if (lookup_attribute ("noescape", DECL_ATTRIBUTES (p))
	    || lookup_attribute ("noescape", TYPE_ATTRIBUTES (TREE_TYPE (p))))
	  return true;
    }
  return false;
}

static bool
esc_analysable (cgraph_node *n)
{
  if (!n->has_gimple_body_p () || n->inlined_to || n->in_other_partition)
    return false;
  function *fn = DECL_STRUCT_FUNCTION (n->decl);
  return fn && fn->cfg && gimple_in_ssa_p (fn);
}

static void esc_run_batch (vec<cgraph_node *> &members, bool have_allocs);

static unsigned int
esc_execute (void)
{
  if (!esc_summaries)
    esc_summaries = new hash_map<tree, esc_summary *>;
  struct timespec t0, t1;
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &t0);
  bool have_allocs = esc_unit_has_allocators ();
  if (!have_allocs && esc_opts.m == 0 && !esc_opts.report_dir
      && !esc_unit_has_noescape_bodies ())
    return 0;

  /* Take every body with its IPA transforms applied, as ipa-pta does:
     inlining, ipa-cp and ipa-sra clones (materialized here), splitting.
     Under -flto this also reads the bodies of this LTRANS unit.  The call
     graph is final afterwards: inline clones are gone into their callers,
     other clones are ordinary nodes.  */
  cgraph_node *node;
  FOR_EACH_DEFINED_FUNCTION (node)
    if (node->has_gimple_body_p () && !node->in_other_partition
	&& !node->inlined_to)
      node->get_body ();

  /* Converted storage carries its size word when a reallocation of
     this unit may be tested at run time (stacktest.cc): when the unit
     calls a reallocator at all.  */
  esc_stack_test_reset ();
  esc_size_words = false;
  if (esc_stack_test_available ())
    FOR_EACH_DEFINED_FUNCTION (node)
      {
	for (cgraph_edge *e = node->callees; e && !esc_size_words;
	     e = e->next_callee)
	  esc_size_words = esc_is_realloc_fn (e->callee->decl);
	if (esc_size_words)
	  break;
      }

  cgraph_node **order = XCNEWVEC (cgraph_node *, symtab->cgraph_count);
  int n = ipa_reduced_postorder (order, true, NULL);
  /* order[0] first: callees' components before their callers'.  */
  for (int i = 0; i < n; i++)
    {
      vec<cgraph_node *> scc = ipa_get_nodes_in_cycle (order[i]);
      vec<cgraph_node *> members = vNULL;
      for (cgraph_node *m : scc)
	if (esc_analysable (m))
	  members.safe_push (m);
      scc.release ();
      if (!members.is_empty ())
	esc_run_batch (members, have_allocs);
      members.release ();
    }
  ipa_free_postorder_info ();
  free (order);
  esc_report_returnables ();
  esc_emit_notes ();
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &t1);
  if (dump_file)
    fprintf (dump_file, "escape: pass time %.3f ms (CPU)\n",
	     (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6);
  return 0;
}

/* Record the summary of every member's parameters.  */
static void
esc_store_summaries (esc_batch *b)
{
  for (esc_fn *f : b->fns)
    {
      esc_summary *s = new esc_summary;
      s->params = vNULL;
      for (int l : f->params)
	{
	  if (l < 0)
	    s->params.safe_push (esc_leaks_none ());
	  else
	    {
	      esc_leaks lk = b->locs[l]->leaks;
	      esc_leaks_optimize (&lk);
	      s->params.safe_push (lk);
	    }
	}
      /* An interposable body may be replaced at link time: its summary
	 must not be trusted by callers.  */
      enum availability avail;
      f->node->ultimate_alias_target (&avail);
      if (avail <= AVAIL_INTERPOSABLE)
	{
	  delete s;
	  continue;
	}
      esc_summaries->put (f->decl, s);
    }
}

/* The dump's summary of a component: each parameter's leak summary and
   each site's decision with its reason.  */
static void
esc_dump_decisions (esc_batch *b)
{
  for (esc_fn *f : b->fns)
    {
      /* Every parameter, and a variadic function's `...' last.  */
      for (unsigned i = 0; i < f->params.length (); i++)
	{
	  int pl = f->params[i];
	  if (pl < 0)
	    continue;
	  tree p = b->locs[pl]->t;
	  esc_leaks lk = b->locs[pl]->leaks;
	  esc_leaks_optimize (&lk);
	  fprintf (dump_file, "summary %s param %u %s: heap=%d result=%d\n",
		   f->node->dump_name (), i,
		   !p ? "..." : DECL_NAME (p) ? IDENTIFIER_POINTER (DECL_NAME (p))
		   : "?",
		   esc_leaks_get (lk, ESC_LEAK_HEAP),
		   esc_leaks_get (lk, ESC_LEAK_RESULT));
	}
    }
  for (esc_site &s : b->sites)
    {
      pretty_printer pp;
      esc_format_site (&s, &pp);
      expanded_location e = expand_location (gimple_location (s.call));
      fprintf (dump_file, "site %s:%d:%d %s in %s: %s%s%s hash=%016llx\n",
	       e.file ? e.file : "?", e.line, e.column, pp_formatted_text (&pp),
	       s.fn->node->dump_name (),
	       s.convert ? (esc_opts.no_transform ? "stack (not transformed)"
			    : "stack") : "heap",
	       s.convert ? "" : ": ",
	       s.convert ? "" : esc_reason_text[s.reason ? s.reason
						: ESC_R_UNMODELLED],
	       esc_site_hash (&s));
    }
}

static void
esc_run_batch (vec<cgraph_node *> &members, bool have_allocs)
{
  esc_batch b;
  memset (&b, 0, sizeof b);
  b.map = new hash_map<tree, int>;
  b.heap = esc_new_loc (&b, ESC_LK_HEAP, NULL_TREE, NULL);
  b.locs[b.heap]->escapes = true;
  /* The heap's contents point into the heap: a pointer loaded from
     unknown memory may point anywhere non-local.  */
  esc_flow (&b, esc_hole_addr (esc_hole_to (b.heap, UNKNOWN_LOCATION)),
	    b.heap);

  for (cgraph_node *m : members)
    {
      esc_fn *f = XCNEW (esc_fn);
      f->node = m;
      f->decl = m->decl;
      f->fun = DECL_STRUCT_FUNCTION (m->decl);
      f->result = esc_new_loc (&b, ESC_LK_RESULT, NULL_TREE, f);
      b.fns.safe_push (f);
    }
  for (esc_fn *f : b.fns)
    {
      push_cfun (f->fun);
      esc_lower_params (&b, f);
      pop_cfun ();
    }
  for (esc_fn *f : b.fns)
    {
      push_cfun (f->fun);
      esc_lower_function (&b, f);
      pop_cfun ();
    }
  esc_solve (&b);

  if (dump_file && (dump_flags & TDF_DETAILS))
    {
      fprintf (dump_file, "\nbatch:");
      for (esc_fn *f : b.fns)
	fprintf (dump_file, " %s", f->node->dump_name ());
      fprintf (dump_file, "\n");
      for (unsigned i = 0; i < b.locs.length (); i++)
	{
	  esc_loc *l = b.locs[i];
	  pretty_printer pp;
	  esc_loc_name (&b, i, &pp);
	  fprintf (dump_file, "  loc %u %s%s", i, pp_formatted_text (&pp),
		   l->escapes ? " escapes" : "");
	  if (l->escapes && l->reason)
	    fprintf (dump_file, " (%s)", esc_reason_text[l->reason]);
	  fprintf (dump_file, "\n");
	  for (esc_edge &e : l->edges)
	    {
	      pretty_printer ps;
	      esc_loc_name (&b, e.src, &ps);
	      fprintf (dump_file, "      <- %s derefs=%d%s%s\n",
		       pp_formatted_text (&ps), e.derefs, e.why ? " " : "",
		       esc_reason_text[e.why]);
	    }
	}
    }

  esc_store_summaries (&b);

  for (esc_fn *f : b.fns)
    {
      push_cfun (f->fun);
      if (have_allocs)
	{
	  esc_rewrite_function (&b, f);
	  esc_record_slots (&b, f);
	}
      if (esc_opts.oracle)
	esc_oracle_mark_sites (&b, f);
      if (esc_opts.m || esc_report_wanted ())
	esc_note_params (&b, f);
      if (f->created_loops)
	loop_optimizer_finalize ();
      pop_cfun ();
      esc_check_noescape (&b, f);
    }
  if (dump_file)
    esc_dump_decisions (&b);
  for (esc_site &s : b.sites)
    esc_note_site (&b, &s);
  esc_batch_free (&b);
}

const pass_data esc_pass_data = {
  SIMPLE_IPA_PASS,
  "escape",
  OPTGROUP_NONE,
  TV_PLUGIN_RUN,		/* -ftime-report: "plugin execution" */
  PROP_ssa | PROP_cfg,
  0,
  0,
  0,
  0,
};

class esc_pass : public simple_ipa_opt_pass
{
public:
  esc_pass (gcc::context *ctxt) : simple_ipa_opt_pass (esc_pass_data, ctxt)
  {}
  /* Inserted before both instances of pta (plugin.cc): clonable.  */
  opt_pass *clone () final override { return new esc_pass (m_ctxt); }
  /* On in the late IPA list only: after the IPA inliner in a normal
     compile (the instance in the OpenACC pipeline of the small IPA list
     runs before it and stays off), and in each LTRANS unit under -flto
     (WPA has no bodies; a compile that only streams LTO never reaches the
     late IPA list).  Off after errors: the IL may be incomplete.  */
  bool gate (function *) final override
  {
    if (seen_error () || flag_wpa)
      return false;
    return in_lto_p || symtab->state >= IPA_SSA_AFTER_INLINING;
  }
  unsigned int execute (function *) final override { return esc_execute (); }
};

opt_pass *
esc_make_pass (gcc::context *ctxt)
{
  return new esc_pass (ctxt);
}

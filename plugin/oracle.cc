/* oracle.cc -- the oracle option: instrument a build for escape-oracle
   (plugin/tools/oracle-rt.c), which measures at run time how many frames
   up each allocation dies.

   -fplugin-arg-escape-oracle does three things, none of which changes a
   decision of the analysis:

   - turns on -finstrument-functions (the runtime's frame depth) and
     off -foptimize-sibling-calls (an exit hook must be a real call);
   - before each allocation site that stays a call, a marker
       __cyg_profile_func_enter (0, "FILE\tLINE\tCOLUMN\tFUNCTION\tCALLEE\t
				     DECISION\tREASON\tDETAIL")
     naming the site as the notes and the report do, with the plugin's
     decision (with no-transform: what it would have done): stack, heap,
     or caller-frame with DETAIL "P of C calls" for a returnable site
     placed in its callers' frames at P of the C calls;
   - after every call that may run instrumented code, a check
       __cyg_profile_func_exit (0, 0)
     so that the runtime looks at the callee's objects right after the
     return, before the caller has dropped or kept them.

   The two hooks are the ones -finstrument-functions calls anyway, with a
   null function (never a real event): glibc defines both as no-ops, so
   an oracle build links and runs unchanged without the runtime, and
   escape-oracle's preloaded runtime reads them.  */

#include "esc.h"

/* A site written through a macro is named where the macro is used
   (as notes.cc does).  */
static location_t
esc_oracle_location (location_t loc)
{
  if (loc == UNKNOWN_LOCATION
      || !linemap_location_from_macro_expansion_p (line_table, loc))
    return loc;
  return linemap_resolve_location (line_table, loc,
				   LRK_MACRO_EXPANSION_POINT, NULL);
}

/* A marker whose decision is known only once the callers are analysed:
   a returnable site (SPEC 4 rule 6) is in a caller's frame at some of
   its function's calls.  esc_oracle_execute rewrites its text.  */
struct esc_oracle_late
{
  gcall *mark;
  esc_slots *slots;
  char *head;			/* FILE\tLINE\tCOLUMN\tFUNCTION\tCALLEE */
};
static vec<esc_oracle_late> esc_oracle_lates;

static tree
esc_oracle_text (const char *head, const char *decision, const char *reason,
		 const char *detail)
{
  char *text = xasprintf ("%s\t%s\t%s\t%s", head, decision, reason, detail);
  tree str = build_string_literal (strlen (text) + 1, text);
  free (text);
  return str;
}

/* Before each site of F that is still a call, the marker naming it.  */
void
esc_oracle_mark_sites (esc_batch *b, esc_fn *f)
{
  tree enter = builtin_decl_implicit (BUILT_IN_PROFILE_FUNC_ENTER);
  if (!enter)
    return;
  bool changed = false;
  for (esc_site &s : b->sites)
    {
      /* A converted site is no call any more; a returnable one (SPEC 4
	 rule 6) is copied into its slot version, where it is none
	 either, and a marker left there would name the next allocation.  */
      if (s.fn != f
	  || ((s.convert || s.returnable) && !esc_opts.no_transform))
	continue;
      expanded_location e
	= expand_location (esc_oracle_location (gimple_location (s.call)));
      const char *fname = DECL_NAME (f->decl)
			  ? IDENTIFIER_POINTER (DECL_NAME (f->decl)) : "?";
      const char *decision = s.convert ? "stack" : "heap";
      const char *reason = s.convert ? ""
			   : esc_reason_text[s.reason ? s.reason
					     : ESC_R_UNMODELLED];
      char *head = xasprintf ("%s\t%d\t%d\t%s\t%s", e.file ? e.file : "?",
			      e.line, e.column, fname,
			      esc_callee_name (s.callee));
      tree str = esc_oracle_text (head, decision, reason, "");
      gcall *mark = gimple_build_call (enter, 2, null_pointer_node, str);
      if (s.returnable)
	{
	  esc_oracle_late late = { mark, s.returnable, head };
	  esc_oracle_lates.safe_push (late);
	}
      else
	free (head);
      gimple_set_location (mark, gimple_location (s.call));
      gimple_stmt_iterator gsi = gsi_for_stmt (s.call);
      gsi_insert_before (&gsi, mark, GSI_SAME_STMT);
      changed = true;
    }
  if (changed)
    {
      mark_virtual_operands_for_renaming (cfun);
      update_ssa (TODO_update_ssa_only_virtuals);
      cgraph_edge::rebuild_edges ();
    }
}

/* Does a check after CALL pay?  Not after the hooks themselves, GCC's
   builtins and internal functions (none runs program code), nor after
   calls that do not return normally or end their block.  */
static bool
esc_oracle_check_after_p (gimple *stmt)
{
  gcall *call = dyn_cast <gcall *> (stmt);
  if (!call || gimple_call_internal_p (call))
    return false;
  if (gimple_call_flags (call) & (ECF_NORETURN | ECF_RETURNS_TWICE))
    return false;
  if (stmt_ends_bb_p (call))
    return false;
  tree fn = gimple_call_fndecl (call);
  if (fn && fndecl_built_in_p (fn, BUILT_IN_PROFILE_FUNC_EXIT))
    {
      /* The exit hook of a callee the IPA inliner put here: its
	 "return" is where the check goes.  Not the function's own.  */
      tree a = gimple_call_arg (call, 0);
      return (TREE_CODE (a) == ADDR_EXPR
	      && TREE_OPERAND (a, 0) != current_function_decl);
    }
  return !(fn && fndecl_built_in_p (fn));
}

/* After every call of every function with a body, the check.  */
static unsigned int
esc_oracle_execute (void)
{
  for (esc_oracle_late &l : esc_oracle_lates)
    {
      if (l.slots->placed > 0)
	{
	  char detail[64];
	  snprintf (detail, sizeof detail, "%d of %d calls", l.slots->placed,
		    l.slots->calls);
	  gimple_call_set_arg (l.mark, 1,
			       esc_oracle_text (l.head, "caller-frame",
						esc_reason_text[ESC_R_RETURN],
						detail));
	}
      free (l.head);
    }
  esc_oracle_lates.release ();
  tree exit_fn = builtin_decl_implicit (BUILT_IN_PROFILE_FUNC_EXIT);
  if (!exit_fn)
    return 0;
  cgraph_node *node;
  FOR_EACH_DEFINED_FUNCTION (node)
    {
      if (!node->has_gimple_body_p () || node->in_other_partition
	  || node->inlined_to
	  || DECL_NO_INSTRUMENT_FUNCTION_ENTRY_EXIT (node->decl))
	continue;
      /* Late IPA: the body with its IPA transforms, as the escape pass
	 takes it.  */
      node->get_body ();
      function *fun = DECL_STRUCT_FUNCTION (node->decl);
      if (!fun || !fun->cfg)
	continue;
      push_cfun (fun);
      bool changed = false;
      basic_block bb;
      FOR_EACH_BB_FN (bb, fun)
	for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	     gsi_next (&gsi))
	  if (esc_oracle_check_after_p (gsi_stmt (gsi)))
	    {
	      gcall *chk = gimple_build_call (exit_fn, 2, null_pointer_node,
					      null_pointer_node);
	      gimple_set_location (chk, gimple_location (gsi_stmt (gsi)));
	      gsi_insert_after (&gsi, chk, GSI_NEW_STMT);
	      changed = true;
	    }
      if (changed)
	{
	  if (gimple_in_ssa_p (fun))
	    {
	      mark_virtual_operands_for_renaming (fun);
	      update_ssa (TODO_update_ssa_only_virtuals);
	    }
	  cgraph_edge::rebuild_edges ();
	}
      pop_cfun ();
    }
  return 0;
}

const pass_data esc_oracle_pass_data = {
  SIMPLE_IPA_PASS,
  "escape-oracle",
  OPTGROUP_NONE,
  TV_PLUGIN_RUN,
  PROP_cfg,
  0,
  0,
  0,
  0,
};

class esc_oracle_pass : public simple_ipa_opt_pass
{
public:
  esc_oracle_pass (gcc::context *ctxt)
    : simple_ipa_opt_pass (esc_oracle_pass_data, ctxt)
  {}
  /* Beside each instance of the escape pass, on where it is on.  */
  opt_pass *clone () final override { return new esc_oracle_pass (m_ctxt); }
  bool gate (function *) final override
  {
    if (seen_error () || flag_wpa)
      return false;
    return in_lto_p || symtab->state >= IPA_SSA_AFTER_INLINING;
  }
  unsigned int execute (function *) final override
  {
    return esc_oracle_execute ();
  }
};

/* From plugin_init, with the oracle option: instrument every function
   (the front end reads the flag as it gimplifies each one), and add the
   check pass right after each instance of the escape pass (plugin.cc:
   before pta, in the late IPA list), whose markers are in place by
   then.  */
void
esc_oracle_init (void)
{
  flag_instrument_function_entry_exit = 1;
  /* GCC turns the exit hook of a void function into a jump once the
     frame is popped; the runtime then cannot tell from the stack
     pointer which frame left.  */
  flag_optimize_sibling_calls = 0;
  struct register_pass_info info;
  info.pass = new esc_oracle_pass (g);
  info.reference_pass_name = "escape";
  info.ref_pass_instance_number = 0;
  info.pos_op = PASS_POS_INSERT_AFTER;
  register_callback (esc_plugin_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &info);
}

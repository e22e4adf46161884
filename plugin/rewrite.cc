/* rewrite.cc -- the decision per site, and the transform that applies it.

   esc_decide turns the solver's verdict and the size rules of SPEC
   section 4.1 into each site's final decision, in source order so that
   max-frame admits the earliest sites.  esc_rewrite_function applies the
   decisions and never re-decides.  The transform follows GCC's own
   alloca folding (tree-ssa-ccp.cc, fold_builtin_alloca_with_align):

       p_1 = GC_malloc (16);
   becomes
       GC_malloc_L12 = {};          zero-filled each time it executes
       p_1 = &GC_malloc_L12;

   with GC_malloc_L12 a fresh local char[16], aligned like the
   allocator's result.  */

#include "esc.h"

static int
esc_site_cmp (const void *pa, const void *pb)
{
  const esc_site *a = *(const esc_site *const *) pa;
  const esc_site *b = *(const esc_site *const *) pb;
  expanded_location ea = expand_location (gimple_location (a->call));
  expanded_location eb = expand_location (gimple_location (b->call));
  if (ea.line != eb.line)
    return ea.line < eb.line ? -1 : 1;
  if (ea.column != eb.column)
    return ea.column < eb.column ? -1 : 1;
  return gimple_uid (a->call) < gimple_uid (b->call) ? -1
	 : gimple_uid (a->call) > gimple_uid (b->call);
}

static void
esc_forced (esc_batch *b, esc_site *s, enum esc_reason why)
{
  s->convert = false;
  s->reason = why;
  if (esc_opts.m >= 2)
    {
      s->path.truncate (0);
      esc_step st = { b->heap, s->loc, -1, why, gimple_location (s->call),
		      NULL_TREE };
      s->path.safe_push (st);
    }
}

void
esc_decide (esc_batch *b, esc_fn *f)
{
  auto_vec<esc_site *> order;
  for (esc_site &s : b->sites)
    if (s.fn == f)
      order.safe_push (&s);
  order.qsort (esc_site_cmp);
  f->frame = 0;
  for (esc_site *s : order)
    {
      esc_loc *l = b->locs[s->loc];
      if (!s->const_size)
	esc_forced (b, s, ESC_R_NONCONST);
      else if (s->overflow || s->size > esc_opts.max_stack)
	esc_forced (b, s, ESC_R_TOO_LARGE);
      else if (l->escapes)
	s->convert = false;
      else if (s->size > esc_opts.max_frame - MIN (f->frame,
						   esc_opts.max_frame))
	esc_forced (b, s, ESC_R_TOO_LARGE);
      else
	{
	  s->convert = true;
	  f->frame += s->size;
	}
    }
}

/* Replace allocation call S->call by a zeroed local array.  Returns true
   if the CFG changed (dead EH edges).  */
static bool
esc_rewrite_site (esc_site *s, bool *need_vops)
{
  gcall *call = s->call;
  location_t loc = gimple_location (call);
  tree lhs = gimple_call_lhs (call);
  unsigned HOST_WIDE_INT n = s->size ? s->size : 1;

  tree atype = build_array_type_nelts (char_type_node, n);
  char name[96];
  const char *cn = esc_callee_name (s->callee);
  snprintf (name, sizeof name, "%.64s_L%d", cn, LOCATION_LINE (loc));
  tree var = create_tmp_var (atype, name);
  SET_DECL_ALIGN (var, esc_alloc_align (s->callee, call));
  DECL_USER_ALIGN (var) = 1;
  TREE_ADDRESSABLE (var) = 1;
  DECL_SOURCE_LOCATION (var) = loc;

  bool could_throw = stmt_could_throw_p (cfun, call);
  gassign *init = gimple_build_assign (var, build_constructor (atype, NULL));
  gimple_set_location (init, loc);
  if (gimple_vdef (call))
    gimple_move_vops (init, call);
  else
    *need_vops = true;

  if (cgraph_edge *e = cgraph_node::get (current_function_decl)->get_edge (call))
    cgraph_edge::remove (e);

  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  gsi_insert_before (&gsi, init, GSI_SAME_STMT);
  basic_block bb = gimple_bb (call);
  if (lhs)
    {
      tree addr = build_fold_addr_expr_with_type (var, TREE_TYPE (lhs));
      gassign *asg = gimple_build_assign (lhs, addr);
      gimple_set_location (asg, loc);
      if (TREE_CODE (lhs) != SSA_NAME)
	*need_vops = true;
      gsi_replace (&gsi, asg, true);
    }
  else
    {
      unlink_stmt_vdef (call);
      gsi_remove (&gsi, true);
    }
  if (could_throw)
    return gimple_purge_dead_eh_edges (bb);
  return false;
}

/* Delete gc_free call CALL.  */
static bool
esc_delete_free (gcall *call, bool *)
{
  if (gimple_call_lhs (call))
    return false;
  basic_block bb = gimple_bb (call);
  bool could_throw = stmt_could_throw_p (cfun, call);
  if (cgraph_edge *e = cgraph_node::get (current_function_decl)->get_edge (call))
    cgraph_edge::remove (e);
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  unlink_stmt_vdef (call);
  gsi_remove (&gsi, true);
  release_defs (call);
  if (could_throw)
    return gimple_purge_dead_eh_edges (bb);
  return false;
}

unsigned
esc_rewrite_function (esc_batch *b, esc_fn *f)
{
  esc_decide (b, f);
  unsigned converted = 0;
  if (esc_opts.no_transform)
    return 0;
  bool cfg_changed = false, need_vops = false;
  for (esc_site &s : b->sites)
    if (s.fn == f && s.convert)
      {
	if (!s.block)
	  cfg_changed |= esc_rewrite_site (&s, &need_vops);
	else if (!esc_rewrite_call_block (&s, &cfg_changed))
	  {
	    /* No slot version: the call stays, and allocates.  */
	    s.convert = false;
	    s.reason = ESC_R_UNMODELLED;
	    continue;
	  }
	converted++;
      }
  if (!converted)
    return 0;
  for (gcall *call : f->frees)
    {
      bool may = false;
      for (unsigned i = 0; i < gimple_call_num_args (call); i++)
	if (esc_may_point_to_converted (b, gimple_call_arg (call, i)))
	  may = true;
      if (may)
	cfg_changed |= esc_delete_free (call, &need_vops);
    }

  /* Points-to information computed by early alias analysis does not know
     the new arrays: a stale set could let GCC delete the zero-fill or
     move a store across an aliasing access.  Forget it; the main alias
     pass computes it again.  */
  unsigned i;
  tree name;
  FOR_EACH_SSA_NAME (i, name, cfun)
    if (POINTER_TYPE_P (TREE_TYPE (name)))
      SSA_NAME_PTR_INFO (name) = NULL;
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (gcall *c = dyn_cast <gcall *> (gsi_stmt (gsi)))
	{
	  pt_solution_reset (gimple_call_use_set (c));
	  pt_solution_reset (gimple_call_clobber_set (c));
	}
  pt_solution_reset (&cfun->gimple_df->escaped);

  if (need_vops)
    mark_virtual_operands_for_renaming (cfun);
  if (need_ssa_update_p (cfun))
    update_ssa (TODO_update_ssa_only_virtuals);
  if (cfg_changed)
    cleanup_tree_cfg ();
  cgraph_edge::rebuild_edges ();
  if (dump_file)
    fprintf (dump_file, "escape: %s: %u sites converted, %lu bytes added to "
	     "the frame\n", f->node->dump_name (), converted,
	     (unsigned long) f->frame);
  return converted;
}

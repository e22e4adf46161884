/* frames.cc -- caller frames (SPEC 4 rule 6): storage for returned
   allocations in the caller's frame.

   A site of F whose only way out of F is F's result (the solver's reason
   is `return', so no heap root reached it first), that runs at most once
   per call of F (not in a loop, not in an irreducible region), has a
   constant size within max-stack and is not handed to a gc_free in F, is
   *returnable*.  F's returnable sites are the pieces of one block; F's
   summary records them (esc_record_slots).

   In a caller C (analysed later: callees first), a call of F is an
   allocation of that block, an esc_site with `block' set: its storage is
   a location of C, the call's result points to it, and what the block
   holds may point to itself (a struct and the buffer stored in it) and
   to the heap.  C's own analysis decides it with C's sites, by the same
   rules (size, max-frame, loops).  Where it does not escape C, the call
   becomes a call of F's slot version with the address of a local array
   of C; where C only returns it, it is a piece of C's block in turn, and
   C's slot version passes its own slot on.  Members of one component
   place nothing in each other's frames (their calls are not blocks).

   The slot version of F is a clone made with GCC's own machinery
   (create_version_clone_with_body, with one extra pointer parameter:
   IPA_PARAM_OP_NEW, as omp-simd-clone does in the same late IPA list).
   There, piece I (its statement marked with uid I + 1 in F before the
   copy, which gimple_copy keeps) becomes

       t = slot + OFFSET;  MEM <char[SIZE]> [t] = {};  p = t;

   or, for a block piece, a call of the callee's slot version with t.  F
   itself stays for every other caller.  */

#include "esc.h"

static hash_map<tree, esc_slots *> *esc_slot_map;

/* The slots of the function CALL calls, when the call can be a block:
   a direct call (its result used or not) of a function analysed before this
   component (so not a member), whose body is not interposable, with as
   many arguments as parameters.  */
esc_slots *
esc_call_slots (esc_batch *, gcall *call)
{
  if (!esc_opts.caller_frames || !esc_slot_map
      || gimple_call_chain (call) || gimple_call_internal_p (call))
    return NULL;
  tree fndecl = gimple_call_fndecl (call);
  cgraph_node *cn = fndecl ? cgraph_node::get (fndecl) : NULL;
  if (!cn)
    return NULL;
  enum availability avail;
  cgraph_node *t = cn->ultimate_alias_target (&avail);
  if (avail <= AVAIL_INTERPOSABLE)
    return NULL;
  esc_slots **sl = esc_slot_map->get (t->decl);
  if (!sl || (*sl)->version_failed)
    return NULL;
  /* As many arguments as parameters, or more for a variadic one (its
     slot version takes the slot after the named ones).  */
  int named = list_length (DECL_ARGUMENTS (t->decl));
  int nargs = gimple_call_num_args (call);
  if (nargs < named
      || (nargs > named && !stdarg_p (TREE_TYPE (t->decl))))
    return NULL;
  return *sl;
}

/* The call CALL of a function with slots SL, whose result flows to K.  */
void
esc_lower_call_block (esc_batch *b, gcall *call, esc_slots *sl, esc_hole k)
{
  location_t where = gimple_location (call);
  esc_site s;
  memset (&s, 0, sizeof s);
  s.block = true;
  s.slots = sl;
  s.call = call;
  s.fn = b->cur;
  s.callee = sl->node->decl;
  s.const_size = true;
  s.size = sl->size;
  s.size_text = "";
  s.path = vNULL;
  esc_site_storage (b, &s);
  /* The block is one storage in this frame: over max-stack it is too
     large, as a site of this function would be (SPEC 4 rule 1).  */
  if (s.size > esc_opts.max_stack)
    esc_flow (b, esc_hole_addr (esc_hole_heap (b, ESC_R_TOO_LARGE, where)),
	      s.loc);
  s.levels = -1;
  if (sl->nlevels >= 1)
    {
      /* Level I's pieces may point to the levels REACH[I] says, and to
	 whatever F stored in them (the heap: F's heap sites, what its
	 parameters held).  Levels 1 and deeper are locations of their
	 own, in the same loop as the call.  */
      s.levels = b->locs.length ();
      for (unsigned i = 1; i < sl->nlevels; i++)
	{
	  int l = esc_new_loc (b, ESC_LK_SITE, NULL_TREE, b->cur);
	  b->locs[l]->stmt = call;
	  if (s.irreducible)
	    esc_flow_heap_addr (b, l, ESC_R_LOOP, where);
	}
      for (unsigned i = 0; i < sl->nlevels; i++)
	{
	  int li = i ? s.levels + i - 1 : s.loc;
	  for (unsigned j = 0; j < sl->nlevels; j++)
	    if (sl->reach[i] & (1 << j))
	      esc_flow (b, esc_hole_addr (esc_hole_to (li, where)),
			j ? s.levels + j - 1 : s.loc);
	  esc_flow (b, esc_hole_addr (esc_hole_to (li, where)), b->heap);
	}
    }
  else
    {
      /* The pieces may point to each other, and to whatever F stored in
	 them.  */
      esc_flow (b, esc_hole_addr (esc_hole_to (s.loc, where)), s.loc);
      esc_flow (b, esc_hole_addr (esc_hole_to (s.loc, where)), b->heap);
    }
  b->sites.safe_push (s);
  esc_flow (b, esc_hole_addr (k), s.loc);
  sl->calls++;
}

/* The levels of SL's pieces CAND: level 0 is what F's result points
   to, level I + 1 what level I's pieces point to.  A piece that is a
   block (a constructor's result F returns) brings the locations of its
   own levels, each placed where it is reached; a block of one location
   holds its own address, so it reaches its own level.  Left at 0 (one
   location) when a location is not reached that way, or when there are
   more than ESC_SLOT_LEVELS (the dump says so).  */
static void
esc_slot_levels (esc_batch *b, esc_fn *f, esc_slots *sl,
		 vec<esc_site *> &cand)
{
  sl->nlevels = 0;
  memset (sl->reach, 0, sizeof sl->reach);
  auto_vec<int> level;
  level.safe_grow_cleared (b->locs.length ());
  auto_bitmap all;
  for (esc_site *s : cand)
    {
      bitmap_set_bit (all, s->loc);
      if (s->block && s->levels >= 0)
	for (unsigned i = 1; i < s->slots->nlevels; i++)
	  bitmap_set_bit (all, s->levels + i - 1);
    }
  bitmap_iterator bi;
  unsigned t;
  EXECUTE_IF_SET_IN_BITMAP (all, 0, t, bi)
    level[t] = -1;
  auto_bitmap front;
  if (!esc_points_to_set (b, f->result, front))
    return;
  bitmap_and_into (front, all);
  unsigned n = 0;
  unsigned char reach[ESC_SLOT_LEVELS] = { 0 };
  while (!bitmap_empty_p (front))
    {
      if (n == ESC_SLOT_LEVELS)
	{
	  /* The cap: one location for the whole block, which holds its
	     own address (what escapes from one level escapes from all).  */
	  if (dump_file)
	    fprintf (dump_file, "escape: %s: more than %d levels of "
		     "returnable sites (cap): the block is one location\n",
		     f->node->dump_name (), ESC_SLOT_LEVELS);
	  return;
	}
      EXECUTE_IF_SET_IN_BITMAP (front, 0, t, bi)
	level[t] = n;
      auto_bitmap next;
      EXECUTE_IF_SET_IN_BITMAP (front, 0, t, bi)
	{
	  auto_bitmap to;
	  if (!esc_points_to_set (b, t, to))
	    return;
	  bitmap_and_into (to, all);
	  bitmap_iterator bj;
	  unsigned u;
	  EXECUTE_IF_SET_IN_BITMAP (to, 0, u, bj)
	    if (level[u] < 0)
	      bitmap_set_bit (next, u);
	}
      bitmap_copy (front, next);
      n++;
    }
  EXECUTE_IF_SET_IN_BITMAP (all, 0, t, bi)
    if (level[t] < 0)
      return;
  /* What each level may point to, now that every location has one.  */
  EXECUTE_IF_SET_IN_BITMAP (all, 0, t, bi)
    {
      auto_bitmap to;
      if (!esc_points_to_set (b, t, to))
	return;
      bitmap_and_into (to, all);
      bitmap_iterator bj;
      unsigned u;
      EXECUTE_IF_SET_IN_BITMAP (to, 0, u, bj)
	reach[level[t]] |= 1 << level[u];
    }
  sl->nlevels = n;
  memcpy (sl->reach, reach, sizeof reach);
}

/* Can site S, of non-constant size, be a piece: a small-size buffer in
   the caller's block, used when the size at run time fits?  */
static bool
esc_small_piece_p (esc_site *s)
{
  return !s->block && esc_opts.small_size
	 && esc_opts.small_size <= esc_opts.max_stack
	 && esc_small_split_ok (s->call, s->callee);
}

/* After F's decisions and rewrite: record F's returnable sites.  */
void
esc_record_slots (esc_batch *b, esc_fn *f)
{
  if (!esc_opts.caller_frames || b->capped || b->fns.length () > 1
      || !f->has_sites)
    return;
  enum availability avail;
  f->node->ultimate_alias_target (&avail);
  if (avail <= AVAIL_INTERPOSABLE)
    return;
  auto_vec<esc_site *> cand;
  auto_bitmap pieces;
  for (esc_site &s : b->sites)
    {
      if (s.fn != f || s.convert || s.reason != ESC_R_RETURN
	  || s.irreducible || s.overflow
	  || (s.const_size && s.size > esc_opts.max_stack))
	continue;
      /* A non-constant size gets its small buffer in the caller's
	 frame, where the rewrite can test the size at the call.  */
      if (!s.const_size && !esc_small_piece_p (&s))
	continue;
      if (s.block && s.slots->version_failed)
	continue;
      esc_loc *l = b->locs[s.loc];
      if (loop_outer (esc_loc_home (l)))
	continue;
      bool freed = false;
      for (gcall *c : f->frees)
	for (unsigned i = 0; i < gimple_call_num_args (c) && !freed; i++)
	  freed = esc_may_point_to_loc (b, gimple_call_arg (c, i), s.loc);
      /* Nor to a gc_realloc: the slot version would hand it the slot.  */
      for (gcall *c : f->reallocs)
	for (unsigned i = 0; i < gimple_call_num_args (c) && !freed; i++)
	  freed = esc_may_point_to_loc (b, gimple_call_arg (c, i), s.loc);
      if (freed)
	continue;
      cand.safe_push (&s);
      bitmap_set_bit (pieces, s.loc);
    }
  /* The solver's reason is the first root that reached a location, and
     the results are walked before the locations that escape later: a
     site returned and also held by an escaping object (stored in one, or
     in a heap object that is returned too) can have reason `return'.  A
     piece may be held only by the result, by other pieces and by F's
     locals: drop every candidate that an escaping location other than a
     piece may hold, until none is dropped.  */
  bool dropped = true;
  while (dropped && !cand.is_empty ())
    {
      dropped = false;
      for (unsigned i = 0; i < b->locs.length () && !dropped; i++)
	{
	  esc_loc *h = b->locs[i];
	  if (!h->escapes || h->kind == ESC_LK_RESULT
	      || bitmap_bit_p (pieces, i))
	    continue;
	  if (!esc_holds_any (b, i, pieces))
	    continue;
	  if (b->capped)
	    return;
	  /* Drop what H may hold.  */
	  auto_bitmap held;
	  for (esc_site *s : cand)
	    {
	      auto_bitmap one;
	      bitmap_set_bit (one, s->loc);
	      if (esc_holds_any (b, i, one))
		bitmap_set_bit (held, s->loc);
	    }
	  if (b->capped)
	    return;
	  for (unsigned j = 0; j < cand.length ();)
	    if (bitmap_bit_p (held, cand[j]->loc))
	      {
		bitmap_clear_bit (pieces, cand[j]->loc);
		cand.unordered_remove (j);
		dropped = true;
	      }
	    else
	      j++;
	}
    }
  if (cand.is_empty ())
    return;

  basic_block bb;
  FOR_EACH_BB_FN (bb, f->fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      gimple_set_uid (gsi_stmt (gsi), 0);

  esc_slots *sl = XCNEW (esc_slots);
  sl->node = f->node;
  sl->align = BITS_PER_UNIT;
  sl->pieces = vNULL;
  unsigned HOST_WIDE_INT off = 0;
  for (esc_site *s : cand)
    {
      unsigned al = s->block ? s->slots->align
		    : esc_alloc_align (s->callee, s->call);
      /* A piece of this function (not a block) has its size word
	 below it, as a converted site has (esc_size_words).  */
      unsigned hdr = s->block ? 0 : esc_size_word_bytes (al);
      if (hdr)
	al = MAX (al, 64);
      unsigned HOST_WIDE_INT alb = MAX (al / BITS_PER_UNIT, 1);
      off = ((off + alb - 1) & ~(alb - 1)) + hdr;
      bool small = !s->block && !s->const_size;
      esc_slot_piece p = { s->block, s->slots, off,
			   small ? esc_opts.small_size
			   : s->size ? s->size : 1, false, small };
      off += p.size;
      sl->align = MAX (sl->align, al);
      sl->pieces.safe_push (p);
      gimple_set_uid (s->call, sl->pieces.length ());
      s->returnable = sl;
    }
  sl->size = off;
  sl->result_pure = esc_points_only_to (b, f->result, pieces);
  esc_slot_levels (b, f, sl, cand);
  if (!esc_slot_map)
    esc_slot_map = new hash_map<tree, esc_slots *>;
  esc_slot_map->put (f->decl, sl);
  if (dump_file)
    fprintf (dump_file, "escape: %s: %u returnable sites, %lu bytes in "
	     "the caller's frame%s\n", f->node->dump_name (),
	     sl->pieces.length (), (unsigned long) sl->size,
	     sl->result_pure ? "; the result is only them" : "");
}

/* A call of SL's function got its block in a caller's frame: count it,
   and, once per call statement, the calls that SL's function passes its
   slot on to, down the chain (their storage is in that frame too).  */
void
esc_slots_placed (esc_slots *sl)
{
  sl->placed++;
  for (esc_slot_piece &p : sl->pieces)
    if (p.block && !p.credited)
      {
	p.credited = true;
	esc_slots_placed (p.callee);
      }
}

/* Replace CALL by a call of version V with SLOT (a pointer) after the
   arguments of V's named parameters: last, or, for a variadic V, before
   the variadic ones (the slot is V's last named parameter).  */
static bool
esc_call_version (gcall *call, cgraph_node *v, tree slot)
{
  unsigned n = gimple_call_num_args (call);
  unsigned named = list_length (DECL_ARGUMENTS (v->decl)) - 1;
  auto_vec<tree> args (n + 1);
  for (unsigned i = 0; i < n; i++)
    {
      if (i == named)
	args.quick_push (slot);
      args.quick_push (gimple_call_arg (call, i));
    }
  if (named >= n)
    args.quick_push (slot);
  gcall *nc = gimple_build_call_vec (v->decl, args);
  tree lhs = gimple_call_lhs (call);
  gimple_call_set_lhs (nc, lhs);
  gimple_set_location (nc, gimple_location (call));
  gimple_call_copy_flags (nc, call);
  /* The callee now writes into this frame: never a tail call.  */
  gimple_call_set_tail (nc, false);
  gimple_call_set_must_tail (nc, false);
  gimple_move_vops (nc, call);
  if (lhs && TREE_CODE (lhs) == SSA_NAME)
    SSA_NAME_DEF_STMT (lhs) = nc;
  bool could_throw = stmt_could_throw_p (cfun, call);
  basic_block bb = gimple_bb (call);
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  gsi_replace (&gsi, nc, true);
  return could_throw && !stmt_could_throw_p (cfun, nc)
	 && gimple_purge_dead_eh_edges (bb);
}

/* In a slot version: allocator call CALL becomes `p = T' with T's SIZE
   bytes zero-filled first, and SIZE in the size word below T when the
   unit has them (the caller's block has room: esc_record_slots).  */
static bool
esc_fill_slot (gcall *call, tree t, unsigned HOST_WIDE_INT size)
{
  location_t loc = gimple_location (call);
  tree atype = build_array_type_nelts (char_type_node, size);
  tree mem = build2 (MEM_REF, atype, t,
		     build_int_cst (build_pointer_type (char_type_node), 0));
  gassign *z = gimple_build_assign (mem, build_constructor (atype, NULL));
  gimple_set_location (z, loc);
  if (gimple_vdef (call))
    gimple_move_vops (z, call);
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  gsi_insert_before (&gsi, z, GSI_SAME_STMT);
  if (esc_size_words)
    esc_store_size_word (&gsi, t, 0, size, loc);
  bool could_throw = stmt_could_throw_p (cfun, call);
  basic_block bb = gimple_bb (call);
  tree lhs = gimple_call_lhs (call);
  gassign *a = gimple_build_assign (lhs, useless_type_conversion_p
				    (TREE_TYPE (lhs), TREE_TYPE (t))
				    ? SSA_NAME : NOP_EXPR, t);
  gimple_set_location (a, loc);
  gsi_replace (&gsi, a, true);
  return could_throw && gimple_purge_dead_eh_edges (bb);
}

/* F's slot version, made on first use.  NULL when it cannot be made
   (the callers then call F, which allocates).  */
static cgraph_node *
esc_slot_version (esc_slots *sl)
{
  if (sl->version || sl->version_failed)
    return sl->version;
  sl->version_failed = true;
  for (esc_slot_piece &p : sl->pieces)
    if (p.block && !esc_slot_version (p.callee))
      return NULL;
  cgraph_node *n = sl->node;
  if (!n->has_gimple_body_p () || !tree_versionable_function_p (n->decl))
    return NULL;

  /* Every piece's statement is still in F: the copy will have them.  */
  unsigned found = 0;
  basic_block bb;
  FOR_EACH_BB_FN (bb, DECL_STRUCT_FUNCTION (n->decl))
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (is_gimple_call (gsi_stmt (gsi)) && gimple_uid (gsi_stmt (gsi)))
	found++;
  if (found != sl->pieces.length ())
    return NULL;

  vec<ipa_adjusted_param, va_gc> *params = NULL;
  unsigned i = 0;
  for (tree p = DECL_ARGUMENTS (n->decl); p; p = DECL_CHAIN (p), i++)
    {
      ipa_adjusted_param adj;
      memset (&adj, 0, sizeof adj);
      adj.op = IPA_PARAM_OP_COPY;
      adj.base_index = i;
      adj.prev_clone_index = i;
      vec_safe_push (params, adj);
    }
  ipa_adjusted_param adj;
  memset (&adj, 0, sizeof adj);
  adj.op = IPA_PARAM_OP_NEW;
  adj.type = ptr_type_node;
  adj.base_index = i;
  adj.prev_clone_index = i;
  adj.param_prefix_index = IPA_PARAM_PREFIX_SYNTH;
  vec_safe_push (params, adj);
  ipa_param_adjustments *pa = new (ggc_alloc <ipa_param_adjustments> ())
    ipa_param_adjustments (params, -1, false);
  cgraph_node *v = n->create_version_clone_with_body (vNULL, NULL, pa, NULL,
						       NULL, "slot");
  if (!v)
    return NULL;

  tree slot = NULL_TREE;
  for (tree p = DECL_ARGUMENTS (v->decl); p; p = DECL_CHAIN (p))
    slot = p;
  function *fn = DECL_STRUCT_FUNCTION (v->decl);
  push_cfun (fn);
  auto_vec<gcall *> marked;
  marked.safe_grow_cleared (sl->pieces.length ());
  FOR_EACH_BB_FN (bb, fn)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (gcall *c = dyn_cast <gcall *> (gsi_stmt (gsi)))
	{
	  unsigned u = gimple_uid (c);
	  if (u >= 1 && u <= marked.length () && !marked[u - 1])
	    marked[u - 1] = c;
	}
  bool ok = slot != NULL_TREE;
  for (unsigned j = 0; j < marked.length (); j++)
    {
      gcall *c = marked[j];
      ok &= c != NULL;
      if (c && sl->pieces[j].small)
	ok &= esc_small_split_ok (c, gimple_call_fndecl (c));
    }
  bool cfg_changed = false;
  if (ok)
    {
      tree sd = get_or_create_ssa_default_def (fn, slot);
      for (unsigned j = 0; j < marked.length (); j++)
	{
	  esc_slot_piece &p = sl->pieces[j];
	  gcall *c = marked[j];
	  tree t = make_ssa_name (ptr_type_node);
	  gassign *g = gimple_build_assign (t, POINTER_PLUS_EXPR, sd,
					    size_int (p.offset));
	  gimple_set_location (g, gimple_location (c));
	  gimple_stmt_iterator gsi = gsi_for_stmt (c);
	  gsi_insert_before (&gsi, g, GSI_SAME_STMT);
	  if (p.block)
	    cfg_changed |= esc_call_version (c, p.callee->version, t);
	  else if (p.small)
	    {
	      /* p = N <= K ? t (zero-filled) : ALLOCATOR (N): the call
		 and its call-graph edge stay on their arm.  */
	      location_t loc = gimple_location (c);
	      tree atype = build_array_type_nelts (char_type_node, p.size);
	      gimple_seq fill = NULL;
	      gimple_seq_add_stmt
		(&fill, gimple_build_assign
			  (build2 (MEM_REF, atype, t,
				   build_int_cst (ptr_type_node, 0)),
			   build_constructor (atype, NULL)));
	      if (esc_size_words)
		esc_size_word_seq (&fill, t, 0, p.size, loc);
	      bool need_vops = false;
	      /* Checked above (ok); should it fail, the call allocates, on
		 every path: safe.  */
	      if (esc_split_small (c, gimple_call_fndecl (c), p.size, fill, t,
				   &need_vops))
		cfg_changed = true;
	    }
	  else
	    {
	      if (cgraph_edge *e = v->get_edge (c))
		cgraph_edge::remove (e);
	      cfg_changed |= esc_fill_slot (c, t, p.size);
	    }
	}
      mark_virtual_operands_for_renaming (fn);
      update_ssa (TODO_update_ssa_only_virtuals);
      if (cfg_changed)
	cleanup_tree_cfg ();
      cgraph_edge::rebuild_edges ();
    }
  pop_cfun ();
  if (!ok)
    {
      /* Unreachable: the copy lost a marked statement.  The clone has
	 no callers and is removed with the unreachable nodes.  */
      if (dump_file)
	fprintf (dump_file, "escape: %s: no slot version (a piece was not "
		 "found in the copy)\n", n->dump_name ());
      return NULL;
    }
  sl->version_failed = false;
  sl->version = v;
  if (dump_file)
    fprintf (dump_file, "escape: slot version %s of %s: %lu bytes, %u "
	     "pieces\n", v->dump_name (), n->dump_name (),
	     (unsigned long) sl->size, sl->pieces.length ());
  return v;
}

/* Place converted block S in its function's frame: a fresh local array,
   its address passed to the callee's slot version.  False (and S stays a
   call of the callee) when there is no version.  */
bool
esc_rewrite_call_block (esc_site *s, bool *cfg_changed)
{
  cgraph_node *v = esc_slot_version (s->slots);
  if (!v)
    return false;
  tree atype = build_array_type_nelts (char_type_node,
				       s->size ? s->size : 1);
  char name[96];
  snprintf (name, sizeof name, "%.64s_frame",
	    IDENTIFIER_POINTER (DECL_NAME (s->callee)));
  tree var = create_tmp_var (atype, name);
  SET_DECL_ALIGN (var, s->slots->align);
  DECL_USER_ALIGN (var) = 1;
  TREE_ADDRESSABLE (var) = 1;
  DECL_SOURCE_LOCATION (var) = gimple_location (s->call);
  tree addr = build_fold_addr_expr_with_type (var, ptr_type_node);
  *cfg_changed |= esc_call_version (s->call, v, addr);
  if (dump_file)
    fprintf (dump_file, "escape: %s calls %s with %lu bytes of its frame\n",
	     cgraph_node::get (current_function_decl)->dump_name (),
	     v->dump_name (), (unsigned long) s->size);
  return true;
}

/* rewrite.cc -- the decision per site, and the transform that applies it.

   The solver decides what escapes, size rules included (they are edges
   to the heap, site.cc esc_lower_site).  esc_decide adds the one rule
   that belongs after the solve: max-frame, in source order so that the
   earliest sites are admitted.  esc_rewrite_function applies the
   decisions and never re-decides.  The transform follows GCC's own
   alloca folding (tree-ssa-ccp.cc, fold_builtin_alloca_with_align):

       p_1 = GC_malloc (16);
   becomes
       GC_malloc_L12 = {};          zero-filled each time it executes
       p_1 = &GC_malloc_L12;

   with GC_malloc_L12 a fresh local char[16], aligned like the
   allocator's result.  A site of non-constant size (SPEC 4 rule 7, Go
   1.25's small buffers, walk/builtin.go) gets a small-size buffer:

       p_1 = GC_malloc (n_2);
   becomes
       if (n_2 <= 64) goto small; else goto large;
     small:
       GC_malloc_L12 = {};          char[64]
       p_3 = &GC_malloc_L12;
     large:
       p_4 = GC_malloc (n_2);       the call, its EH edge and its
     join:                          call-graph edge stay on this arm
       p_1 = PHI <p_3 (small), p_4 (large)>  */

#include "esc.h"

static int
esc_site_cmp (const void *pa, const void *pb)
{
  const esc_site *a = *(const esc_site *const *) pa;
  const esc_site *b = *(const esc_site *const *) pb;
  if (int c = esc_line_order (gimple_location (a->call),
			      gimple_location (b->call)))
    return c;
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

/* Can the rewrite give the site CALL of non-constant size a small-size
   buffer (SPEC 4 rule 7)?  IA and IB are the size arguments (IB -1 for
   one).  Where it cannot, the site escapes, "non-constant size": off
   (small-size=0), a buffer over max-stack, a size the test cannot read
   exactly (wider than size_t, or a product whose factors, capped at
   small-size + 1, could overflow size_t), a result stored straight to
   memory, or a call that ends its block other than by a fall-through
   and EH (noreturn, abnormal edges of setjmp or nonlocal goto).  */
bool
esc_small_buffer_p (gcall *call, int ia, int ib)
{
  unsigned HOST_WIDE_INT k = esc_opts.small_size;
  if (k == 0 || k > esc_opts.max_stack)
    return false;
  unsigned nargs = gimple_call_num_args (call);
  unsigned prec = TYPE_PRECISION (size_type_node);
  int args[2] = { ia, ib };
  for (int i : args)
    {
      if (i < 0)
	continue;
      if ((unsigned) i >= nargs)
	return false;
      tree t = TREE_TYPE (gimple_call_arg (call, i));
      if (!INTEGRAL_TYPE_P (t) || TYPE_PRECISION (t) > prec)
	return false;
    }
  unsigned half = prec / 2;
  if (ib >= 0 && (half >= HOST_BITS_PER_WIDE_INT
		  || k >= (HOST_WIDE_INT_1U << half) - 1))
    return false;
  tree lhs = gimple_call_lhs (call);
  if (lhs && TREE_CODE (lhs) != SSA_NAME)
    return false;
  if ((gimple_call_flags (call) & ECF_NORETURN)
      || stmt_can_make_abnormal_goto (call))
    return false;
  return true;
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
      s->small = false;
      if (l->escapes)
	{
	  s->convert = false;
	  continue;
	}
      /* The solver put it on the stack: its size is a constant at most
	 max-stack, or it gets a small-size buffer.  */
      unsigned HOST_WIDE_INT bytes = s->const_size ? s->size
				     : esc_opts.small_size;
      if (bytes > esc_opts.max_frame - MIN (f->frame, esc_opts.max_frame))
	esc_forced (b, s, ESC_R_TOO_LARGE);
      else
	{
	  s->convert = true;
	  s->small = !s->const_size;
	  f->frame += bytes;
	}
    }
}

/* The bytes before a storage of alignment ALIGN (bits) that hold its
   size word, when the unit has them (esc_size_words): the word is the
   size_t just below the storage, which stays aligned.  */
unsigned
esc_size_word_bytes (unsigned align)
{
  if (!esc_size_words)
    return 0;
  return MAX (align / BITS_PER_UNIT, 8);
}

/* Append to SEQ the store of SIZE into the size word below the storage
   at PTR + OFF (PTR an address).  */
void
esc_size_word_seq (gimple_seq *seq, tree ptr, unsigned HOST_WIDE_INT off,
		   unsigned HOST_WIDE_INT size, location_t loc)
{
  tree mem = build2 (MEM_REF, size_type_node, ptr,
		     build_int_cst (ptr_type_node, (HOST_WIDE_INT) off - 8));
  gassign *w = gimple_build_assign (mem, build_int_cst (size_type_node,
							 size));
  gimple_set_location (w, loc);
  gimple_seq_add_stmt (seq, w);
}

/* The same, before GSI.  */
void
esc_store_size_word (gimple_stmt_iterator *gsi, tree ptr,
		     unsigned HOST_WIDE_INT off, unsigned HOST_WIDE_INT size,
		     location_t loc)
{
  gimple_seq seq = NULL;
  esc_size_word_seq (&seq, ptr, off, size, loc);
  gsi_insert_seq_before (gsi, seq, GSI_SAME_STMT);
}

/* A fresh local array for site S's N bytes, aligned like its allocator's
   result, with room for the size word before them (S->hdr bytes).  */
static tree
esc_site_array (esc_site *s, unsigned HOST_WIDE_INT n)
{
  location_t loc = gimple_location (s->call);
  unsigned align = esc_alloc_align (s->callee, s->call);
  s->hdr = esc_size_word_bytes (align);
  tree atype = build_array_type_nelts (char_type_node, s->hdr + n);
  char name[96];
  const char *cn = esc_callee_name (s->callee);
  snprintf (name, sizeof name, "%.64s_L%d", cn, LOCATION_LINE (loc));
  tree var = create_tmp_var (atype, name);
  SET_DECL_ALIGN (var, s->hdr ? MAX (align, 64) : align);
  DECL_USER_ALIGN (var) = 1;
  TREE_ADDRESSABLE (var) = 1;
  DECL_SOURCE_LOCATION (var) = loc;
  return var;
}

/* The address of converted site S's storage, of pointer type TYPE: &VAR,
   or past its size word.  */
static tree
esc_storage_addr (esc_site *s, tree type)
{
  if (!s->hdr)
    return build_fold_addr_expr_with_type (s->var, type);
  tree mem = build2 (MEM_REF, char_type_node, build_fold_addr_expr (s->var),
		     build_int_cst (ptr_type_node, s->hdr));
  return build_fold_addr_expr_with_type (mem, type);
}

/* After the zero-fill of S's array before GSI: its size word.  */
static void
esc_site_size_word (esc_site *s, gimple_stmt_iterator *gsi,
		    unsigned HOST_WIDE_INT n)
{
  if (s->hdr)
    esc_store_size_word (gsi, build_fold_addr_expr (s->var), s->hdr, n,
			 gimple_location (s->call));
}

/* CALL goes: REPL takes its place, or with no REPL it is deleted (its
   virtual definition unlinked, and its definitions released when
   RELEASE: not when they were moved to another statement); its
   call-graph edge goes with it, and so do the EH edges only it needed.
   Returns whether the CFG changed.  */
static bool
esc_replace_call (gcall *call, gimple *repl, bool release)
{
  basic_block bb = gimple_bb (call);
  bool could_throw = stmt_could_throw_p (cfun, call);
  if (cgraph_edge *e = cgraph_node::get (current_function_decl)->get_edge (call))
    cgraph_edge::remove (e);
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  if (repl)
    gsi_replace (&gsi, repl, true);
  else
    {
      unlink_stmt_vdef (call);
      gsi_remove (&gsi, true);
      if (release)
	release_defs (call);
    }
  return could_throw && gimple_purge_dead_eh_edges (bb);
}

/* Replace allocation call S->call by a zeroed local array.  Returns true
   if the CFG changed (dead EH edges).  */
static bool
esc_rewrite_site (esc_site *s, bool *need_vops)
{
  gcall *call = s->call;
  location_t loc = gimple_location (call);
  tree lhs = gimple_call_lhs (call);
  unsigned HOST_WIDE_INT n = s->small ? esc_opts.small_size
			     : s->size ? s->size : 1;
  tree var = esc_site_array (s, n);
  tree atype = TREE_TYPE (var);
  s->var = var;
  if (s->hdr)
    *need_vops = true;

  gassign *init = gimple_build_assign (var, build_constructor (atype, NULL));
  gimple_set_location (init, loc);
  if (gimple_vdef (call))
    gimple_move_vops (init, call);
  else
    *need_vops = true;

  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  gsi_insert_before (&gsi, init, GSI_SAME_STMT);
  esc_site_size_word (s, &gsi, n);
  gassign *asg = NULL;
  if (lhs)
    {
      tree addr = esc_storage_addr (s, TREE_TYPE (lhs));
      asg = gimple_build_assign (lhs, addr);
      gimple_set_location (asg, loc);
      if (TREE_CODE (lhs) != SSA_NAME)
	*need_vops = true;
    }
  /* The call's virtual definition is INIT's now.  */
  return esc_replace_call (call, asg, false);
}

/* Split allocation CALL of non-constant size (CALLEE's arguments IA, IB)
   into

       if (N <= K) { FILL; p_small = ADDR; } else p_large = CALL;
       lhs = PHI <p_small, p_large>

   (see the head of this file).  FILL zero-fills the storage at ADDR (an
   invariant address, or an SSA name defined before CALL).  A
   calloc-style size is tested as MIN (A, K + 1) * MIN (B, K + 1) <= K,
   exact and free of overflow (esc_small_buffer_p checked that (K + 1)^2
   fits); a signed size converts to size_t as the call would, a negative
   one to a huge one.  Returns false, changing nothing, unless
   esc_small_split_ok: CALL has a result, and the CFG is as
   esc_small_buffer_p saw it.  */
/* The two-way branch the rewrite puts in front of a call (a small
   buffer's size test, a free's or reallocation's stack test):

     cond_bb:  the code before CALL, then COND_SEQ (ending in a gcond)
     call_bb:  CALL (its EH edge and call-graph edge stay with it)
     other_bb: empty, for the caller to fill
     join_bb:  where both meet

   CALL runs on COND's true edge when CALL_ON_TRUE, else on its false
   edge.  The caller has checked that CALL ends its block only through
   EH, with one fall-through.  */
struct esc_branch
{
  basic_block cond_bb, call_bb, other_bb, join_bb;
  edge call_out, other_out;
};

static void
esc_branch_at (gcall *call, gimple_seq cond_seq, bool call_on_true,
	       esc_branch *br)
{
  basic_block bb = gimple_bb (call);
  bool ends = stmt_ends_bb_p (call);
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  gsi_prev (&gsi);
  edge to_call = gsi_end_p (gsi) ? split_block_after_labels (bb)
		 : split_block (bb, gsi_stmt (gsi));
  br->cond_bb = to_call->src;
  br->call_bb = to_call->dest;
  if (ends)
    {
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, br->call_bb->succs)
	if (!(e->flags & EDGE_EH))
	  br->call_out = e;
      br->call_out = single_pred_edge (split_edge (br->call_out));
    }
  else
    br->call_out = split_block (br->call_bb, call);
  br->join_bb = br->call_out->dest;

  gimple_stmt_iterator cg = gsi_last_bb (br->cond_bb);
  gsi_insert_seq_after (&cg, cond_seq, GSI_NEW_STMT);

  basic_block cond_bb = br->cond_bb;
  basic_block other_bb = create_empty_bb (cond_bb);
  other_bb->flags |= cond_bb->flags & BB_IRREDUCIBLE_LOOP;
  if (current_loops)
    add_bb_to_loop (other_bb, cond_bb->loop_father);
  to_call->flags = (to_call->flags & ~EDGE_FALLTHRU)
		   | (call_on_true ? EDGE_TRUE_VALUE : EDGE_FALSE_VALUE);
  edge to_other = make_edge (cond_bb, other_bb,
			     call_on_true ? EDGE_FALSE_VALUE
			     : EDGE_TRUE_VALUE);
  to_other->probability = profile_probability::even ();
  to_call->probability = to_other->probability.invert ();
  other_bb->count = cond_bb->count.apply_probability (to_other->probability);
  br->call_bb->count = cond_bb->count.apply_probability (to_call->probability);
  br->other_out = make_single_succ_edge (other_bb, br->join_bb,
					 EDGE_FALLTHRU);
  br->other_bb = other_bb;
  if (current_loops)
    loops_state_set (LOOPS_NEED_FIXUP);
  free_dominance_info (CDI_DOMINATORS);
}

/* After esc_branch_at: CALL's result becomes the PHI of a fresh name
   from CALL_BB and OTHER (a value computed in OTHER_BB).  */
static void
esc_branch_join (gcall *call, esc_branch *br, tree other)
{
  tree lhs = gimple_call_lhs (call);
  tree mine = make_ssa_name (TREE_TYPE (lhs), call);
  gimple_call_set_lhs (call, mine);
  update_stmt (call);
  gphi *phi = create_phi_node (lhs, br->join_bb);
  add_phi_arg (phi, mine, br->call_out, gimple_location (call));
  add_phi_arg (phi, other, br->other_out, gimple_location (call));
}

/* Can esc_branch_at put a branch in front of CALL?  Yes, unless CALL
   ends its block with an abnormal edge or more than one fall-through (a
   call that throws ends it with its EH edge and one fall-through).  */
static bool
esc_branch_ok (gcall *call)
{
  if (!stmt_ends_bb_p (call))
    return true;
  edge e;
  edge_iterator ei;
  int fall = 0;
  FOR_EACH_EDGE (e, ei, gimple_bb (call)->succs)
    if (e->flags & EDGE_ABNORMAL)
      return false;
    else if (!(e->flags & EDGE_EH))
      fall++;
  return fall == 1;
}

bool
esc_small_split_ok (gcall *call, tree callee)
{
  int ia, ib;
  return gimple_call_lhs (call) && callee
	 && esc_alloc_size_args (callee, &ia, &ib)
	 && esc_small_buffer_p (call, ia, ib) && esc_branch_ok (call);
}

bool
esc_split_small (gcall *call, tree callee, unsigned HOST_WIDE_INT k,
		 gimple_seq fill, tree addr, bool *need_vops)
{
  location_t loc = gimple_location (call);
  tree lhs = gimple_call_lhs (call);
  int ia, ib;
  if (!esc_small_split_ok (call, callee))
    return false;
  esc_alloc_size_args (callee, &ia, &ib);

  /* The test, then: small (the zero-filled buffer) on its true edge,
     the call on its false one.  */
  gimple_seq seq = NULL;
  tree st = size_type_node;
  tree n = gimple_convert (&seq, loc, st, gimple_call_arg (call, ia));
  if (ib >= 0)
    {
      tree k1 = build_int_cst (st, k + 1);
      tree m = gimple_convert (&seq, loc, st, gimple_call_arg (call, ib));
      n = gimple_build (&seq, loc, MIN_EXPR, st, n, k1);
      m = gimple_build (&seq, loc, MIN_EXPR, st, m, k1);
      n = gimple_build (&seq, loc, MULT_EXPR, st, n, m);
    }
  gcond *cond = gimple_build_cond (LE_EXPR, n, build_int_cst (st, k),
				   NULL_TREE, NULL_TREE);
  gimple_set_location (cond, loc);
  gimple_seq_add_stmt (&seq, cond);
  esc_branch br;
  esc_branch_at (call, seq, false, &br);

  tree p_small = make_ssa_name (TREE_TYPE (lhs));
  gassign *asg = useless_type_conversion_p (TREE_TYPE (lhs),
					    TREE_TYPE (addr))
		  ? gimple_build_assign (p_small, addr)
		  : gimple_build_assign (p_small, NOP_EXPR, addr);
  gimple_set_location (asg, loc);
  gimple_seq_add_stmt (&fill, asg);
  gimple_stmt_iterator sg = gsi_start_bb (br.other_bb);
  gsi_insert_seq_after (&sg, fill, GSI_NEW_STMT);
  esc_branch_join (call, &br, p_small);
  *need_vops = true;
  return true;
}

/* Give site S of non-constant size its small buffer (SPEC 6), a fresh
   zero-filled K-byte array (esc_split_small).  */
static bool
esc_rewrite_small (esc_site *s, bool *need_vops)
{
  gcall *call = s->call;
  location_t loc = gimple_location (call);
  tree lhs = gimple_call_lhs (call);
  unsigned HOST_WIDE_INT k = esc_opts.small_size;
  int ia, ib;
  if (!esc_alloc_size_args (s->callee, &ia, &ib)
      || !esc_small_buffer_p (call, ia, ib))
    return false;
  if (!lhs)
    {
      /* Nothing reads the storage: the call goes, as for a constant
	 size.  */
      esc_rewrite_site (s, need_vops);
      return true;
    }
  tree var = esc_site_array (s, k);
  s->var = var;
  gimple_seq fill = NULL;
  gassign *init = gimple_build_assign (var, build_constructor (TREE_TYPE (var),
							       NULL));
  gimple_set_location (init, loc);
  gimple_seq_add_stmt (&fill, init);
  if (s->hdr)
    esc_size_word_seq (&fill, build_fold_addr_expr (var), s->hdr, k, loc);
  return esc_split_small (call, s->callee, k, fill,
			  esc_storage_addr (s, TREE_TYPE (lhs)), need_vops);
}

/* Append to SEQ `q = REALLOC (NULL, n)': reallocation CALL (old block at
   argument IP) given a null block, which allocates, as realloc and
   GC_realloc do.  Returns q; *FRESH is the new call.  */
static tree
esc_fresh_block (gcall *call, int ip, gimple_seq *seq, gcall **fresh)
{
  auto_vec<tree> args;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    args.safe_push (gimple_call_arg (call, i));
  args[ip] = build_int_cst (TREE_TYPE (gimple_call_arg (call, ip)), 0);
  gcall *g = gimple_build_call_vec (gimple_call_fn (call), args);
  gimple_call_set_fntype (g, gimple_call_fntype (call));
  tree q = make_ssa_name (TREE_TYPE (gimple_call_lhs (call)), g);
  gimple_call_set_lhs (g, q);
  gimple_set_location (g, gimple_location (call));
  gimple_seq_add_stmt (seq, g);
  *fresh = g;
  return q;
}

/* Reallocation CALL, whose old block may be converted storage (SPEC 3,
   6): that storage moves to the heap, as Go 1.26 moves a stack-backed
   slice that outgrows its buffer.  For the converted sites T1..Tn the
   old block P may point to:

       if (p == &T1) { q1 = REALLOC (0, n); memcpy (q1, &T1, MIN (S1, n)); }
       else if (p == &T2) ...
       else q0 = REALLOC (p, n);
       q = PHI <q1, ..., q0>

   where Si is Ti's size (small-size for a small buffer, whose bytes past
   the size asked are zero).  A reallocator given a null old block
   allocates, as realloc and GC_realloc do: one allocator call on every
   path.  Comparing addresses is exact: a converted site's storage is
   that array, and a heap block is never it.  The lowering kept only
   calls that neither throw nor have abnormal edges.  */
static void
esc_rewrite_realloc (esc_batch *b, gcall *call, bool *need_vops)
{
  tree fndecl = gimple_call_fndecl (call);
  int ip, is;
  if (!fndecl || !esc_realloc_args (fndecl, &ip, &is))
    return;
  tree old = gimple_call_arg (call, ip);
  auto_vec<esc_site *> targets;
  esc_converted_targets (b, old, &targets);
  if (targets.is_empty ())
    return;
  location_t loc = gimple_location (call);
  tree lhs = gimple_call_lhs (call);
  tree st = size_type_node;
  basic_block bb = gimple_bb (call);
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  gsi_prev (&gsi);
  edge e = gsi_end_p (gsi) ? split_block_after_labels (bb)
	   : split_block (bb, gsi_stmt (gsi));
  basic_block test_bb = e->src, large_bb = e->dest;
  edge large_out = split_block (large_bb, call);
  basic_block join_bb = large_out->dest;
  tree q_large = make_ssa_name (TREE_TYPE (lhs), call);
  gimple_call_set_lhs (call, q_large);
  update_stmt (call);
  gphi *phi = create_phi_node (lhs, join_bb);
  add_phi_arg (phi, q_large, large_out, loc);
  remove_edge (e);
  tree memcpy_fn = builtin_decl_explicit (BUILT_IN_MEMCPY);
  auto_bitmap seen;
  for (esc_site *t : targets)
    {
      if (!t->var || !bitmap_set_bit (seen, DECL_UID (t->var)))
	continue;
      unsigned HOST_WIDE_INT sz = t->small ? esc_opts.small_size
				  : t->size ? t->size : 1;
      /* test_bb: if (old == &T) goto move; else goto next.  */
      tree addr = esc_storage_addr (t, TREE_TYPE (old));
      gimple_seq seq = NULL;
      tree a = gimple_convert (&seq, loc, TREE_TYPE (old), addr);
      gcond *cond = gimple_build_cond (EQ_EXPR, old, a, NULL_TREE, NULL_TREE);
      gimple_set_location (cond, loc);
      gimple_seq_add_stmt (&seq, cond);
      gimple_stmt_iterator tg = gsi_last_bb (test_bb);
      gsi_insert_seq_after (&tg, seq, GSI_NEW_STMT);
      basic_block move_bb = create_empty_bb (test_bb);
      basic_block next_bb = create_empty_bb (move_bb);
      if (current_loops)
	{
	  add_bb_to_loop (move_bb, test_bb->loop_father);
	  add_bb_to_loop (next_bb, test_bb->loop_father);
	}
      edge et = make_edge (test_bb, move_bb, EDGE_TRUE_VALUE);
      edge ef = make_edge (test_bb, next_bb, EDGE_FALSE_VALUE);
      et->probability = profile_probability::even ();
      ef->probability = et->probability.invert ();
      move_bb->count = test_bb->count.apply_probability (et->probability);
      next_bb->count = test_bb->count.apply_probability (ef->probability);
      edge mo = make_single_succ_edge (move_bb, join_bb, EDGE_FALLTHRU);

      /* move_bb: q = REALLOC (0, n); memcpy (q, &T, MIN (S, n)).  */
      gimple_seq ms = NULL;
      gcall *fresh;
      tree q = esc_fresh_block (call, ip, &ms, &fresh);
      tree n = gimple_convert (&ms, loc, st, gimple_call_arg (call, is));
      n = gimple_build (&ms, loc, MIN_EXPR, st, n, build_int_cst (st, sz));
      gcall *cp = gimple_build_call (memcpy_fn, 3,
				     gimple_convert (&ms, loc, ptr_type_node,
						     q),
				     esc_storage_addr (t, ptr_type_node), n);
      gimple_set_location (cp, loc);
      gimple_seq_add_stmt (&ms, cp);
      gimple_stmt_iterator mg = gsi_start_bb (move_bb);
      gsi_insert_seq_after (&mg, ms, GSI_NEW_STMT);
      add_phi_arg (phi, q, mo, loc);
      test_bb = next_bb;
    }
  make_single_succ_edge (test_bb, large_bb, EDGE_FALLTHRU);
  *need_vops = true;
  if (current_loops)
    loops_state_set (LOOPS_NEED_FIXUP);
  free_dominance_info (CDI_DOMINATORS);
}

/* gc_free or gc_realloc CALL may be given a caller's converted storage
   (esc_resolve_frees): ask at run time (stacktest.cc).

       free (p);                    q = REALLOC (p, n);
   becomes                        becomes
       r = STACK_P (p, 0);          r = STACK_P (p, 1);
       if (r == 0)                  if (r != 0) {
	 free (p);                    q1 = REALLOC (0, n);
				      memcpy (q1, p, MIN (SIZE_WORD (p), n));
				    } else
				      q0 = REALLOC (p, n);
				    q = PHI <q1, q0>

   SIZE_WORD (p) is the size_t below converted storage (esc_size_words).
   The call keeps its block, EH edge and call-graph edge on its arm.
   esc_testable_call says where this can be done (the lowering asks it
   before the solver relies on the test): a direct call with no abnormal
   edge, a reallocation that neither throws nor has an unused result.  */
bool
esc_testable_call (gcall *call)
{
  tree fndecl = gimple_call_fndecl (call);
  int ip = 0, is = -1;
  bool realloc_p = fndecl && esc_is_realloc_fn (fndecl)
		   && esc_realloc_args (fndecl, &ip, &is);
  if (!realloc_p)
    ip = 0;
  if (!fndecl || (unsigned) ip >= gimple_call_num_args (call)
      || !esc_stack_test_available ())
    return false;
  if (realloc_p && ((unsigned) is >= gimple_call_num_args (call)
		    || !gimple_call_lhs (call)
		    || TREE_CODE (gimple_call_lhs (call)) != SSA_NAME))
    return false;
  /* A reallocation's move needs its result on the fall-through.  */
  return esc_branch_ok (call) && !(realloc_p && stmt_ends_bb_p (call));
}

static bool
esc_rewrite_tested (gcall *call, bool *need_vops)
{
  if (!esc_testable_call (call))
    return false;
  tree fndecl = gimple_call_fndecl (call);
  int ip = 0, is = -1;
  bool realloc_p = esc_is_realloc_fn (fndecl)
		   && esc_realloc_args (fndecl, &ip, &is);
  if (!realloc_p)
    ip = 0;
  location_t loc = gimple_location (call);
  tree old = gimple_call_arg (call, ip);
  tree st = size_type_node;

  /* The test, then: the call when it says "not on the stack".  */
  gimple_seq seq = NULL;
  tree test = esc_stack_test_fn ();
  gcall *tc = gimple_build_call (test, 2,
				 gimple_convert (&seq, loc,
						 const_ptr_type_node, old),
				 realloc_p ? integer_one_node
				 : integer_zero_node);
  tree r = make_ssa_name (integer_type_node, tc);
  gimple_call_set_lhs (tc, r);
  gimple_set_location (tc, loc);
  gimple_seq_add_stmt (&seq, tc);
  gcond *cond = gimple_build_cond (EQ_EXPR, r, integer_zero_node,
				   NULL_TREE, NULL_TREE);
  gimple_set_location (cond, loc);
  gimple_seq_add_stmt (&seq, cond);
  esc_branch br;
  esc_branch_at (call, seq, true, &br);
  cgraph_node::get (current_function_decl)
    ->create_edge (cgraph_node::get_create (test), tc, br.cond_bb->count);

  /* The other arm: nothing for a free, the move for a reallocation.  */
  if (realloc_p)
    {
      gimple_seq ms = NULL;
      gcall *fresh;
      tree q = esc_fresh_block (call, ip, &ms, &fresh);
      tree op = gimple_convert (&ms, loc, ptr_type_node, old);
      tree word = make_ssa_name (st);
      gassign *ld = gimple_build_assign (word,
					 build2 (MEM_REF, st, op,
						 build_int_cst (ptr_type_node,
								-8)));
      gimple_set_location (ld, loc);
      gimple_seq_add_stmt (&ms, ld);
      tree n = gimple_convert (&ms, loc, st, gimple_call_arg (call, is));
      n = gimple_build (&ms, loc, MIN_EXPR, st, n, word);
      gcall *cp = gimple_build_call (builtin_decl_explicit (BUILT_IN_MEMCPY),
				     3, gimple_convert (&ms, loc,
							ptr_type_node, q),
				     op, n);
      gimple_set_location (cp, loc);
      gimple_seq_add_stmt (&ms, cp);
      gimple_stmt_iterator mg = gsi_start_bb (br.other_bb);
      gsi_insert_seq_after (&mg, ms, GSI_NEW_STMT);
      cgraph_node *self = cgraph_node::get (current_function_decl);
      if (cgraph_edge *ce = self->get_edge (call))
	if (ce->callee)
	  self->create_edge (ce->callee, fresh, br.other_bb->count);
      esc_branch_join (call, &br, q);
    }
  *need_vops = true;
  return true;
}

/* Delete gc_free call CALL.  */
static bool
esc_delete_free (gcall *call)
{
  if (gimple_call_lhs (call))
    return false;
  return esc_replace_call (call, NULL, true);
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
    if (s.fn == f && s.convert && s.small)
      {
	if (esc_rewrite_small (&s, &need_vops))
	  {
	    cfg_changed = true;
	    converted++;
	  }
	else
	  {
	    /* Fails closed: a heap site whose contents the solver kept
	       local is unreachable once the frame is gone.  */
	    s.small = false;
	    esc_forced (b, &s, ESC_R_NONCONST);
	  }
      }
    else if (s.fn == f && s.convert)
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
  /* Calls tested at run time first: they handle this function's
     converted storage too.  One that cannot be split keeps the old
     behaviour for this function's storage below, and is reported.  */
  unsigned tested = 0;
  for (gcall *call : f->tested)
    if (esc_rewrite_tested (call, &need_vops))
      {
	cfg_changed = true;
	tested++;
      }
    else
      {
	location_t where = gimple_location (call);
	error_at (where, "%qs: cannot test this call at run time; report "
		  "this as a bug (%<-fplugin-arg-%s-exclude=%s:%d%> avoids "
		  "it)", esc_plugin_name, esc_plugin_name,
		  LOCATION_FILE (where), LOCATION_LINE (where));
      }
  if (!converted && !tested)
    return 0;
  for (gcall *call : f->reallocs)
    if (!f->tested.contains (call))
      {
	esc_rewrite_realloc (b, call, &need_vops);
	cfg_changed = true;
      }
  for (gcall *call : f->frees)
    {
      if (f->tested.contains (call))
	continue;
      bool may = false;
      for (unsigned i = 0; i < gimple_call_num_args (call); i++)
	if (esc_may_point_to_converted (b, gimple_call_arg (call, i)))
	  may = true;
      if (may)
	cfg_changed |= esc_delete_free (call);
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
	     "the frame, %u calls tested at run time\n",
	     f->node->dump_name (), converted, (unsigned long) f->frame,
	     tested);
  return converted;
}

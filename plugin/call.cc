/* call.cc -- calls (Go's call.go): internal functions, allocators,
   reallocators, deallocators, calls through pointers, setjmp, builtins,
   members of the component, summarised callees and bodyless ones.  */

#include "esc.h"
#include "esc-lower.h"

/* OP flows into K unchanged (__builtin_expect); where K is not tracked
   and OP holds pointer bits, they are lost from sight: an escape.  */
static void
esc_bits_into (esc_batch *b, esc_hole k, tree op, location_t where)
{
  if (k.dst < 0 && esc_carries_p (b, op))
    esc_assign_heap (b, op, ESC_R_UNMODELLED, where);
  else
    esc_expr (b, k, op);
}

/* ARG is passed to a call that may write through it: what it points to,
   and what is reachable from there, may afterwards hold pointers to
   anything (an out-parameter: lookup (&slot) sets slot).  The solver
   closes this over the graph.  */
static void
esc_clobber_arg (esc_batch *b, tree arg, location_t where)
{
  if (TREE_CODE (arg) == SSA_NAME)
    {
      int l = esc_ssa_loc (b, arg);
      if (l >= 0)
	b->clobber_args.safe_push (l);
      return;
    }
  if (TREE_CODE (arg) == ADDR_EXPR)
    {
      int t = esc_new_loc (b, ESC_LK_TEMP, NULL_TREE, b->cur);
      esc_expr (b, esc_hole_to (t, where), arg);
      b->clobber_args.safe_push (t);
    }
}

/* The type of parameter I of the function TARGET (its PARM_DECL when it
   has a body here: an old-style definition has no prototype), else of
   FNTYPE.  */
static tree
esc_nth_param_type (tree target, tree fntype, unsigned i)
{
  if (target)
    {
      tree p = DECL_ARGUMENTS (target);
      for (unsigned j = i; p && j > 0; p = DECL_CHAIN (p), j--)
	;
      if (p)
	return TREE_TYPE (p);
    }
  return esc_param_type (fntype, i);
}

/* ARG is handed to a parameter of type PTYPE of a function with a body
   here.  What that body's analysis of the parameter cannot see escapes
   (`unmodelled'): a pointer handed to a parameter that cannot hold one
   (an old-style call, a cast function type), and what memory holding
   pointers holds when it is handed to a `char *' parameter (read there
   as text, not as a pointer's bytes).  Returns true when the parameter
   cannot hold a pointer, so there is nothing else to wire.  */
static bool
esc_arg_unseen_by_param (esc_batch *b, tree ptype, tree arg,
			 location_t where)
{
  if (!esc_type_has_pointers (ptype))
    {
      if (esc_carries_p (b, arg))
	esc_assign_heap (b, arg, ESC_R_UNMODELLED, where);
      return true;
    }
  if (esc_text_pointer_type_p (ptype) && esc_points_to_pointers_p (b, arg))
    esc_expr (b, esc_hole_deref (esc_hole_heap (b, ESC_R_UNMODELLED, where)),
	      arg);
  return false;
}

static esc_fn *
esc_batch_member (esc_batch *b, tree fndecl)
{
  if (!fndecl)
    return NULL;
  cgraph_node *n = cgraph_node::get (fndecl);
  if (!n)
    return NULL;
  enum availability avail;
  n = n->ultimate_alias_target (&avail);
  /* A weak alias may be replaced at link time: not this body.  */
  if (avail <= AVAIL_INTERPOSABLE)
    return NULL;
  for (esc_fn *f : b->fns)
    if (f->node == n)
      return f;
  return NULL;
}

/* An internal function (IFN_*, no declaration to ask): __builtin_expect
   passes its argument through; sanitizer checks add nothing (.ASAN_MARK
   ends a local's lifetime); the rest is unmodelled.  */
static void
esc_call_internal (esc_batch *b, gcall *call, esc_hole k)
{
  location_t where = gimple_location (call);
  tree lhs = gimple_call_lhs (call);
  unsigned nargs = gimple_call_num_args (call);
  switch (gimple_call_internal_fn (call))
    {
    case IFN_BUILTIN_EXPECT:
      if (nargs > 0)
	esc_bits_into (b, k, gimple_call_arg (call, 0), where);
      return;
    case IFN_UBSAN_NULL:
    case IFN_UBSAN_BOUNDS:
    case IFN_UBSAN_VPTR:
    case IFN_UBSAN_OBJECT_SIZE:
    case IFN_UBSAN_PTR:
    case IFN_ASAN_MARK:
      /* Under -fsanitize=address the end (and start) of a local's
	 scope is .ASAN_MARK (POISON/UNPOISON, &var, size) where it is
	 otherwise a clobber: a new lifetime either way.  */
      if (nargs > 1 && TREE_CODE (gimple_call_arg (call, 1)) == ADDR_EXPR)
	esc_lifetime_end (b, TREE_OPERAND (gimple_call_arg (call, 1), 0));
      return;
    case IFN_VA_ARG:
      /* .VA_ARG (AP, ...): the next of the arguments AP's va_list
	 points at (esc_call_vararg).  */
      if (nargs > 0)
	esc_expr (b, esc_hole_deref (k, 2), gimple_call_arg (call, 0));
      return;
    case IFN_ASAN_CHECK:
    case IFN_UNIQUE:
    case IFN_ANNOTATE:
    case IFN_FALLTHROUGH:
    case IFN_ABNORMAL_DISPATCHER:
      return;
    default:
      for (unsigned i = 0; i < nargs; i++)
	esc_unmodelled (b, gimple_call_arg (call, i));
      if (lhs && esc_type_has_pointers (TREE_TYPE (lhs)))
	esc_flow (b, esc_hole_addr (k), b->heap);
      return;
    }
}

/* A reallocator (SPEC 3): its result is a new block, a site location of
   its own that is never converted and has no note (its old block's size
   is not known here); it holds the old block's contents.  The old block
   does not escape by being passed; one that may be a caller's (a
   parameter's object) is tested at run time, as for gc_free
   (esc_resolve_frees).  The rewrite moves converted storage to the heap
   at the call (esc_rewrite_realloc, esc_rewrite_tested); a call it could
   not split (EH, abnormal edges) keeps the old block on the heap.  */
static void
esc_call_realloc (esc_batch *b, gcall *call, tree fndecl, esc_hole k)
{
  location_t where = gimple_location (call);
  tree lhs = gimple_call_lhs (call);
  unsigned nargs = gimple_call_num_args (call);
  int r = esc_new_loc (b, ESC_LK_SITE, NULL_TREE, b->cur);
  b->locs[r]->stmt = call;
  basic_block cbb = gimple_bb (call);
  if (cbb->loop_father && loop_outer (cbb->loop_father))
    b->cur->has_loop_sites = true;
  if (lhs && esc_type_has_pointers (TREE_TYPE (lhs)))
    esc_flow (b, esc_hole_addr (k), r);
  int ip, is;
  tree old = (esc_realloc_args (fndecl, &ip, &is)
	      && (unsigned) ip < nargs && (unsigned) is < nargs)
	     ? gimple_call_arg (call, ip) : NULL_TREE;
  bool plain = old && TREE_CODE (old) == SSA_NAME && lhs
	       && TREE_CODE (lhs) == SSA_NAME
	       && !stmt_could_throw_p (cfun, call)
	       && !stmt_can_make_abnormal_goto (call);
  for (unsigned i = 0; i < nargs; i++)
    {
      tree a = gimple_call_arg (call, i);
      if (a != old || !plain)
	{
	  esc_assign_heap (b, a, a == old ? ESC_R_UNMODELLED : ESC_R_CALL_ARG,
			   where);
	  continue;
	}
      esc_expr (b, esc_hole_deref (esc_hole_to (r, where)), a);
      if (esc_ssa_loc (b, a) >= 0)
	b->free_args.safe_push ({ esc_ssa_loc (b, a), call, b->cur,
				  esc_testable_call (call) });
    }
  if (plain)
    b->cur->reallocs.safe_push (call);
}

/* A deallocator (gc_free) whose result is not used: passing a pointer
   to it is not an escape; the call is recorded for the rewrite.  */
static void
esc_call_free (esc_batch *b, gcall *call)
{
  unsigned nargs = gimple_call_num_args (call);
  b->cur->frees.safe_push (call);
  for (unsigned i = 0; i < nargs; i++)
    {
      tree a = gimple_call_arg (call, i);
      if (TREE_CODE (a) == SSA_NAME && esc_ssa_loc (b, a) >= 0)
	b->free_args.safe_push ({ esc_ssa_loc (b, a), call, b->cur,
				  esc_testable_call (call) });
    }
}

/* A callee nothing is known of: a call through a function pointer
   (WHY `indirect call', Go's rule for calling a func value) or one that
   returns twice (setjmp and friends, `unmodelled').  Every argument
   escapes, and what it points to may be written.  */
static void
esc_call_unknown (esc_batch *b, gcall *call, enum esc_reason why)
{
  location_t where = gimple_location (call);
  unsigned nargs = gimple_call_num_args (call);
  for (unsigned i = 0; i < nargs; i++)
    {
      esc_assign_heap (b, gimple_call_arg (call, i), why, where);
      esc_clobber_arg (b, gimple_call_arg (call, i), where);
    }
}

/* va_start, va_copy and va_end (C11 7.16) in a variadic function F.
   F's `...' is a parameter location V (esc_lower_params) whose value is
   the arguments after the named ones.  A va_list holds V's address:
   va_start (&ap) stores &V into ap, va_copy (&d, s) copies *s into *d,
   and .VA_ARG (&ap), the next argument, reads **&ap (V's value).  A
   va_list given to another function (vsnprintf (..., ap)) is a pointer
   to it, and that function's summary says what V's arguments do there.
   va_start outside a variadic function does not compile; in a nested
   function it would name the outer one's: V is then the heap.  */
static void
esc_call_vararg (esc_batch *b, gcall *call, enum built_in_function code)
{
  location_t where = gimple_location (call);
  unsigned nargs = gimple_call_num_args (call);
  if (code == BUILT_IN_VA_END || nargs < 1)
    return;
  int t = esc_new_loc (b, ESC_LK_TEMP, NULL_TREE, b->cur);
  if (code == BUILT_IN_VA_START)
    esc_flow (b, esc_hole_addr (esc_hole_to (t, where)),
	      b->cur->varargs >= 0 ? b->cur->varargs : b->heap);
  else if (nargs > 1)
    esc_expr (b, esc_hole_deref (esc_hole_to (t, where)),
	      gimple_call_arg (call, 1));
  tree dst = gimple_call_arg (call, 0);
  if (TREE_CODE (dst) == SSA_NAME || TREE_CODE (dst) == ADDR_EXPR)
    esc_store_via (b, dst, t, where);
  else
    esc_flow_heap (b, t, ESC_R_UNMODELLED, where);
}

/* The builtins with a rule of their own: the C library's free and
   realloc (not gc_free: they would be handed stack storage, so what they
   are given stays on the heap), those that pass their first argument
   through, and the variadic ones.  False for any other callee.  */
static bool
esc_call_builtin (esc_batch *b, gcall *call, tree fndecl, esc_hole k)
{
  if (!fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    return false;
  location_t where = gimple_location (call);
  unsigned nargs = gimple_call_num_args (call);
  switch (DECL_FUNCTION_CODE (fndecl))
    {
    case BUILT_IN_VA_START:
    case BUILT_IN_VA_COPY:
    case BUILT_IN_VA_END:
      esc_call_vararg (b, call, DECL_FUNCTION_CODE (fndecl));
      return true;
    case BUILT_IN_FREE:
    case BUILT_IN_REALLOC:
      if (nargs > 0)
	esc_assign_heap (b, gimple_call_arg (call, 0), ESC_R_UNKNOWN_CALL,
			 where);
      esc_flow (b, esc_hole_addr (k), b->heap);
      return true;
    case BUILT_IN_EXPECT:
    case BUILT_IN_EXPECT_WITH_PROBABILITY:
    case BUILT_IN_ASSUME_ALIGNED:
      if (nargs > 0)
	esc_bits_into (b, k, gimple_call_arg (call, 0), where);
      return true;
    default:
      return false;
    }
}

/* A function of this component, M: its arguments are wired to its
   parameters and its result to ours (Go's inMutualBatch).  */
static void
esc_call_member (esc_batch *b, gcall *call, esc_fn *m, esc_hole k)
{
  location_t where = gimple_location (call);
  unsigned nargs = gimple_call_num_args (call);
  unsigned i = 0;
  auto to_param = [&] (int pl, unsigned i) {
    esc_hole h = esc_hole_to (pl, where);
    h.why = ESC_R_CALL_ARG;
    esc_expr (b, h, gimple_call_arg (call, i));
  };
  for (tree p = DECL_ARGUMENTS (m->decl); p && i < nargs;
       p = DECL_CHAIN (p), i++)
    {
      int pl = esc_param_loc (m, i);
      if (pl >= 0)
	to_param (pl, i);
      esc_arg_unseen_by_param (b, TREE_TYPE (p), gimple_call_arg (call, i),
			       where);
    }
  /* The arguments after the named ones: into a variadic M's `...'.  */
  for (; i < nargs; i++)
    if (m->varargs >= 0)
      to_param (m->varargs, i);
    else
      esc_assign_heap (b, gimple_call_arg (call, i), ESC_R_CALL_ARG, where);
  esc_flow (b, k, m->result);
}

/* Argument I of CALL, to a parameter of TARGET (a function analysed
   earlier) whose summary is LK: it flows into the heap and into the
   call's result at the summary's levels (Go's argumentParam).  */
static void
esc_call_arg_summary (esc_batch *b, gcall *call, tree target, unsigned i,
		      esc_leaks lk, esc_hole k)
{
  location_t where = gimple_location (call);
  tree arg = gimple_call_arg (call, i);
  tree ptype = esc_nth_param_type (target, gimple_call_fntype (call), i);
  if (ptype && esc_arg_unseen_by_param (b, ptype, arg, where))
    return;
  int h = esc_leaks_get (lk, ESC_LEAK_HEAP);
  int r = esc_leaks_get (lk, ESC_LEAK_RESULT);
  if (h >= 0)
    esc_expr (b, esc_hole_deref (esc_hole_heap (b, ESC_R_CALL_ARG,
						 where), h), arg);
  if (r >= 0)
    {
      esc_hole kr = esc_hole_deref (k, r);
      kr.why = ESC_R_CALL_ARG;
      esc_expr (b, kr, arg);
    }
}

/* Argument I of CALL, to FNDECL, which has no body here: what the
   declaration and GCC know, in this order: noescape; the source of a
   copy (memcpy's second argument: the copy is modelled instead, by
   esc_call_copies); a value that cannot hold a pointer; the table of C
   functions that keep no pointer; GCC's flags.  */
static void
esc_call_arg_bodyless (esc_batch *b, gcall *call, tree fndecl,
		       attr_fnspec fs, unsigned i, esc_hole k)
{
  location_t where = gimple_location (call);
  tree fntype = gimple_call_fntype (call);
  tree arg = gimple_call_arg (call, i);
  if (esc_noescape_arg_p (fndecl, fntype, i))
    return;
  /* An argument whose bytes are copied into another (memcpy's
     source) is modelled by the copy, not as an escape.  */
  unsigned cdst;
  if (fs.known_p () && fs.arg_specified_p (i)
      && fs.arg_copied_to_arg_p (i, &cdst))
    return;
  if (!esc_type_has_pointers (TREE_TYPE (arg))
      && TREE_CODE (arg) != ADDR_EXPR)
    return;
  if (esc_known_nocapture_fn (fndecl))
    {
      /* printf ("%p", p) turns the pointer itself into text.  */
      if (esc_type_has_pointers (TREE_TYPE (arg))
	  && esc_format_may_print_pointer (fndecl, call, i))
	esc_assign_heap (b, arg, ESC_R_UNMODELLED, where);
      return;
    }
  esc_argflags fl = esc_call_arg_flags (call, i);
  tree pt = esc_param_type (fntype, i);
  enum esc_reason why
    = (!esc_opts.void_tracked
       && pt && POINTER_TYPE_P (pt) && VOID_TYPE_P (TREE_TYPE (pt)))
      ? ESC_R_INTERFACE : ESC_R_UNKNOWN_CALL;
  if (fl.direct_escapes)
    esc_assign_heap (b, arg, why, where);
  else if (fl.indirect_escapes)
    esc_expr (b, esc_hole_deref (esc_hole_heap (b, why, where)), arg);
  if (fl.returned_direct)
    esc_expr (b, k, arg);
  else if (fl.returned_indirect)
    esc_expr (b, esc_hole_deref (k), arg);
}

/* What GCC's return and copy flags say a bodyless CALL does besides
   letting arguments escape: memcpy (d, s, n) returns d and stores what s
   holds through d.  */
static void
esc_call_copies (esc_batch *b, gcall *call, attr_fnspec fs, esc_hole k)
{
  location_t where = gimple_location (call);
  unsigned nargs = gimple_call_num_args (call);
  int rf = gimple_call_return_flags (call);
  if ((rf & ERF_RETURNS_ARG) && (unsigned) (rf & ERF_RETURN_ARG_MASK) < nargs)
    esc_expr (b, k, gimple_call_arg (call, rf & ERF_RETURN_ARG_MASK));
  if (fs.known_p ())
    for (unsigned i = 0; i < nargs; i++)
      {
	unsigned dst;
	if (fs.arg_specified_p (i) && fs.arg_copied_to_arg_p (i, &dst)
	    && dst < nargs)
	  {
	    tree d = gimple_call_arg (call, dst);
	    if (TREE_CODE (d) == ADDR_EXPR
		&& esc_int_slot_addr_p (b, TREE_OPERAND (d, 0)))
	      {
		/* memcpy (&bits, &p, sizeof p): pointers copied into
		   integer storage escape there.  */
		esc_expr (b, esc_hole_deref (esc_hole_heap (b, ESC_R_UNMODELLED,
							    where)),
			  gimple_call_arg (call, i));
		continue;
	      }
	    int t = esc_new_loc (b, ESC_LK_TEMP, NULL_TREE, b->cur);
	    esc_expr (b, esc_hole_deref (esc_hole_to (t, where)),
		      gimple_call_arg (call, i));
	    esc_store_via (b, d, t, where);
	  }
      }
}

/* A call of FNDECL that is neither a member of the component nor one of
   the kinds above, argument by argument: through its summary when it
   was analysed earlier (arguments past a summarised prototype, the
   variadic part, go to the heap), else through what its declaration and
   GCC know.  SITE: FNDECL is an allocator (its call is a site, and a
   callee writing through its arguments does not make them unknown).  */
static void
esc_call_args (esc_batch *b, gcall *call, tree fndecl, bool site, esc_hole k)
{
  location_t where = gimple_location (call);
  unsigned nargs = gimple_call_num_args (call);
  tree target = fndecl;
  if (cgraph_node *cn = cgraph_node::get (fndecl))
    {
      /* Through an alias to the body it names; not through a weak one,
	 which another unit may replace at link time.  */
      enum availability avail;
      cgraph_node *t = cn->ultimate_alias_target (&avail);
      target = avail > AVAIL_INTERPOSABLE ? t->decl : NULL_TREE;
    }

  attr_fnspec fs = gimple_call_fnspec (call);
  bool summarised = false;
  bool readonly_fn = esc_known_readonly_fn (fndecl);
  if (esc_bytes_out_fn (fndecl))
    for (unsigned i = 0; i < nargs; i++)
      esc_expr (b, esc_hole_deref (esc_hole_heap (b, ESC_R_UNMODELLED,
						  where)),
		gimple_call_arg (call, i));
  for (unsigned i = 0; i < nargs; i++)
    {
      tree arg = gimple_call_arg (call, i);
      if (esc_int_bits_p (b, arg))
	{
	  /* Pointer bits passed as an integer: the callee sees an
	     integer, and neither it nor we follow it.  */
	  esc_assign_heap (b, arg, ESC_R_UNMODELLED, where);
	  continue;
	}
      if (!site && !readonly_fn
	  && (esc_type_has_pointers (TREE_TYPE (arg))
	      || TREE_CODE (arg) == ADDR_EXPR)
	  && esc_call_arg_flags (call, i).clobbers)
	esc_clobber_arg (b, arg, where);
      bool have;
      esc_leaks lk = esc_summary_for (target, i, &have);
      if (have)
	{
	  summarised = true;
	  esc_call_arg_summary (b, call, target, i, lk, k);
	  continue;
	}
      if (summarised && i > 0)
	{
	  /* Variadic arguments past a summarised prototype.  */
	  esc_assign_heap (b, arg, ESC_R_CALL_ARG, where);
	  continue;
	}
      esc_call_arg_bodyless (b, call, fndecl, fs, i, k);
    }
  if (!summarised)
    esc_call_copies (b, call, fs, k);
}

/* Lower CALL by the kind of its callee.  The kinds are tried in this
   order, and the first that matches ends the call's lowering, except
   where said.  The order is the rules' precedence:

   1. an internal function (no declaration to ask anything of);
   then, for every other call, the static chain (unmodelled) and the
   result: it may point to memory that is not ours, except for an
   allocator, a reallocator (they return storage of their own) and a
   callee whose result is only its returnable sites (SPEC 4 rule 6,
   frames.cc: the call allocates them here);
   2. an allocator: a new site.  Not the end: its arguments (a debugging
      allocator's file name) go on through 6 to 8 like any call's, with
      its result discarded, since its body or summary may say more;
   3. a reallocator, 4. a deallocator whose result is unused: passing a
      pointer to them is not an escape, whatever their body or GCC's
      flags say, so they come before every question about the callee;
   5. a call through a pointer, and a call that returns twice (setjmp):
      nothing is known, every argument escapes;
   6. the C library's free and realloc, and the builtins that pass their
      argument through: before 8, where GCC's flags say that free's
      argument does not escape;
   7. a member of the component being analysed: it has no summary yet;
   8. a callee analysed earlier, through its summary, which wins over
      its declaration and GCC's flags; else those (esc_call_args).  */
void
esc_lower_call (esc_batch *b, gcall *call)
{
  location_t where = gimple_location (call);
  tree lhs = gimple_call_lhs (call);
  esc_hole k = esc_dest_hole (b, lhs, where);

  if (gimple_call_internal_p (call))
    {
      esc_call_internal (b, call, k);
      return;
    }

  tree fndecl = gimple_call_fndecl (call);
  if (gimple_call_chain (call))
    esc_unmodelled (b, gimple_call_chain (call));

  bool site = fndecl && esc_is_alloc_fn (fndecl);
  bool realloc_p = fndecl && !site && esc_is_realloc_fn (fndecl);
  /* A callee with returnable sites (SPEC 4 rule 6): its call is an
     allocation of them here (frames.cc).  */
  esc_slots *slots = site || realloc_p ? NULL : esc_call_slots (b, call);
  /* Whatever another callee returns may point to memory that is not
     ours; an allocator returns its site's storage, a reallocator a block
     of its own, and a callee whose result is only its returnable sites
     returns the call's block.  */
  if (lhs && esc_type_has_pointers (TREE_TYPE (lhs)) && !site && !realloc_p
      && !(slots && slots->result_pure))
    esc_flow (b, esc_hole_addr (k), b->heap);
  if (slots)
    esc_lower_call_block (b, call, slots, k);

  if (site)
    {
      esc_lower_site (b, call, fndecl, k);
      /* Its result is the site, not a result flow.  */
      k = esc_hole_to (-1, where);
    }
  else if (realloc_p)
    {
      esc_call_realloc (b, call, fndecl, k);
      return;
    }
  else if (fndecl && esc_is_free_fn (fndecl) && !lhs)
    {
      esc_call_free (b, call);
      return;
    }

  if (!fndecl)
    {
      esc_call_unknown (b, call, ESC_R_INDIRECT_CALL);
      return;
    }
  if (gimple_call_flags (call) & ECF_RETURNS_TWICE)
    {
      esc_call_unknown (b, call, ESC_R_UNMODELLED);
      return;
    }
  if (esc_call_builtin (b, call, fndecl, k))
    return;
  if (esc_fn *m = esc_batch_member (b, fndecl))
    {
      esc_call_member (b, call, m, k);
      return;
    }
  esc_call_args (b, call, fndecl, site, k);
}

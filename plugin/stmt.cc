/* stmt.cc -- functions and statements into the location graph (Go's
   stmt.go, with escape.go's walkFunc and initFunc): the parameters, the
   walk over a body, one case per statement kind, PHIs, asm, return.

   Each statement kind is lowered by one case of an exhaustive switch; a
   kind or an rhs code that is not modelled sends every pointer it touches
   to the heap with the reason `unmodelled', never a guess.  Lowering only
   adds edges and records sites, stores through pointers and gc_free
   calls; the solver decides.

   Every question answered by following SSA definitions back (pointer
   bits in integers, global roots, constant sizes, copied loads) is asked
   of the one walker in bits.cc.  */

#include "esc.h"
#include "esc-lower.h"

/* The order of the statement being lowered in its function, for the
   variable events of the loop-lifetime dataflow (esc_event).  */
unsigned esc_seq;

static void
esc_lower_asm (esc_batch *b, gasm *s)
{
  location_t where = gimple_location (s);
  /* An input is a value, or for a memory operand ("m" (*p)) the
     operand's address: every pointer and address inside it escapes.  */
  for (unsigned i = 0; i < gimple_asm_ninputs (s); i++)
    esc_unmodelled (b, TREE_VALUE (gimple_asm_input_op (s, i)));
  for (unsigned i = 0; i < gimple_asm_noutputs (s); i++)
    {
      tree out = TREE_VALUE (gimple_asm_output_op (s, i));
      esc_hole k = esc_dest_hole (b, out, where);
      esc_flow (b, esc_hole_addr (k), b->heap);
      /* An asm may read the memory it writes.  */
      if (!(TREE_CODE (out) == SSA_NAME))
	esc_unmodelled (b, out);
    }
}

static void
esc_lower_phi (esc_batch *b, gphi *phi)
{
  tree res = gimple_phi_result (phi);
  if (virtual_operand_p (res))
    return;
  int r = esc_ssa_loc (b, res);
  if (r < 0)
    return;
  basic_block bb = gimple_bb (phi);
  class loop *lp = bb->loop_father;
  bool used = false;
  imm_use_iterator it;
  use_operand_p use;
  FOR_EACH_IMM_USE_FAST (use, it, res)
    if (!is_gimple_debug (USE_STMT (use)))
      {
	used = true;
	break;
      }
  /* A PHI in a loop header whose value is read: what reaches it over the
     latch is held from one iteration into the next.  */
  if (used && b->cur->has_sites && lp && loop_outer (lp) && lp->header == bb)
    b->locs[r]->header_of = lp;
  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
    {
      tree arg = gimple_phi_arg_def (phi, i);
      location_t where = gimple_phi_arg_location (phi, i);
      if (where == UNKNOWN_LOCATION)
	where = gimple_location (phi);
      if (TREE_CODE (arg) == ADDR_EXPR)
	{
	  /* &x on an edge: x is referenced at the end of the
	     predecessor.  */
	  tree base = get_base_address (TREE_OPERAND (arg, 0));
	  if (base && esc_local_decl_p (b, base)
	      && TREE_CODE (base) != RESULT_DECL)
	    {
	      int l = esc_decl_loc (b, base);
	      esc_event (b, l, 1, gimple_phi_arg_edge (phi, i)->src, UINT_MAX);
	    }
	}
      esc_expr (b, esc_hole_to (r, where), arg);
    }
}

static void
esc_lower_stmt (esc_batch *b, gimple *s)
{
  b->cur_stmt = s;
  esc_seq++;
  switch (gimple_code (s))
    {
    case GIMPLE_ASSIGN:
      esc_lower_assign (b, as_a <gassign *> (s));
      return;
    case GIMPLE_CALL:
      esc_lower_call (b, as_a <gcall *> (s));
      return;
    case GIMPLE_RETURN:
      {
	tree r = gimple_return_retval (as_a <greturn *> (s));
	if (r)
	  {
	    esc_hole k = esc_hole_to (b->cur->result, gimple_location (s));
	    k.why = ESC_R_RETURN;
	    esc_expr (b, k, r);
	  }
	return;
      }
    case GIMPLE_ASM:
      esc_lower_asm (b, as_a <gasm *> (s));
      return;
    case GIMPLE_COND:
    case GIMPLE_SWITCH:
    case GIMPLE_LABEL:
    case GIMPLE_DEBUG:
    case GIMPLE_NOP:
    case GIMPLE_PREDICT:
    case GIMPLE_GOTO:
    case GIMPLE_RESX:
    case GIMPLE_EH_DISPATCH:
    case GIMPLE_EH_MUST_NOT_THROW:
      /* Compare, branch or unwind: no pointer is stored anywhere.  */
      return;
    default:
      for (unsigned i = 0; i < gimple_num_ops (s); i++)
	esc_unmodelled (b, gimple_op (s, i));
      return;
    }
}

/* A parameter location of F for P (NULL for `...'), the next of
   F's params: its incoming value points to memory that is not F's.  */
static int
esc_new_param (esc_batch *b, esc_fn *f, tree p, location_t where)
{
  int pl = esc_new_loc (b, ESC_LK_PARAM, p, f);
  f->params.safe_push (pl);
  esc_flow (b, esc_hole_addr (esc_hole_to (pl, where)), b->heap);
  return pl;
}

/* Parameters: the incoming value, which points to the caller's (not
   our) memory.  A parameter kept in memory holds that value.  Done for
   every member of a component before any body is lowered, so that calls
   between members can be wired to their parameters.  */
void
esc_lower_params (esc_batch *b, esc_fn *f)
{
  b->cur = f;
  b->cur_stmt = NULL;
  function *fun = f->fun;
  f->params = vNULL;
  f->frees = vNULL;
  f->reallocs = vNULL;
  f->tested = vNULL;
  for (tree p = DECL_ARGUMENTS (f->decl); p; p = DECL_CHAIN (p))
    {
      if (!esc_type_has_pointers (TREE_TYPE (p)))
	{
	  f->params.safe_push (-1);
	  continue;
	}
      int pl = esc_new_param (b, f, p, DECL_SOURCE_LOCATION (p));
      tree def = ssa_default_def (fun, p);
      if (def)
	b->map->put (def, pl);
      if (!is_gimple_reg (p))
	{
	  int m = esc_var_loc (b, p);
	  esc_event (b, m, 1, ENTRY_BLOCK_PTR_FOR_FN (fun), 0);
	  esc_flow (b, esc_hole_to (m, DECL_SOURCE_LOCATION (p)), pl);
	}
    }
  /* A variadic function's `...': one more parameter, the last, for all
     the arguments after the named ones (va_start points a va_list at
     it, va_arg reads it: esc_call_vararg in call.cc).  */
  f->varargs = stdarg_p (TREE_TYPE (f->decl))
		? esc_new_param (b, f, NULL_TREE, DECL_SOURCE_LOCATION (f->decl))
		: -1;
}

void
esc_lower_function (esc_batch *b, esc_fn *f)
{
  b->cur = f;
  b->cur_stmt = NULL;
  function *fun = f->fun;

  /* Loop structure is only needed where there are sites: the loop rule
     is about an allocation outliving an iteration of its own loop.  */
  bool has_sites = false;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator si = gsi_start_bb (bb);
	 !gsi_end_p (si) && !has_sites; gsi_next (&si))
      if (gcall *c = dyn_cast <gcall *> (gsi_stmt (si)))
	has_sites = esc_is_alloc_fn (gimple_call_fndecl (c))
		    || esc_call_slots (b, c);
  f->has_sites = has_sites;
  bool created_loops = false, had = false;
  if (has_sites)
    {
      if (!loops_for_fn (fun))
	{
	  loop_optimizer_init (AVOID_CFG_MODIFICATIONS);
	  created_loops = true;
	}
      else if (loops_state_satisfies_p (fun, LOOPS_NEED_FIXUP))
	{
	  /* The IPA inliner's transform leaves the loop tree to be fixed
	     by the next CFG clean-up; the loop rule needs it now.  */
	  calculate_dominance_info (CDI_DOMINATORS);
	  fix_loop_structure (NULL);
	}
      had = esc_mark_irreducible_begin ();
    }

  FOR_EACH_BB_FN (bb, fun)
    {
      for (gphi_iterator pi = gsi_start_phis (bb); !gsi_end_p (pi);
	   gsi_next (&pi))
	{
	  b->cur_stmt = pi.phi ();
	  esc_lower_phi (b, pi.phi ());
	}
      for (gimple_stmt_iterator si = gsi_start_bb (bb); !gsi_end_p (si);
	   gsi_next (&si))
	esc_lower_stmt (b, gsi_stmt (si));
    }

  /* Dataflow over loops happens in the solver, which needs the loop tree;
     keep it, but restore the irreducible-region state flag.  */
  if (has_sites)
    esc_mark_irreducible_end (had);
  f->created_loops = created_loops;
  b->cur_stmt = NULL;
}

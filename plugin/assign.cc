/* assign.cc -- assignments and stores (Go's assign.go): the hole a
   destination makes (an SSA name, a local variable, a global, a
   type-erased slot, volatile storage, memory through a pointer), stores
   through pointers recorded for the solver, and each right-hand-side
   class of a GIMPLE assignment.  */

#include "esc.h"
#include "esc-lower.h"

/* Is LHS a type-erased slot: a void * field, array element, global or
   memory reached through a pointer?  A local void * variable is only a
   copy.  With void=tracked there is none: void * is an ordinary
   pointer slot.  */
static bool
esc_interface_slot_p (esc_batch *b, tree lhs)
{
  tree t = TREE_TYPE (lhs);
  if (esc_opts.void_tracked)
    return false;
  if (!t || !POINTER_TYPE_P (t) || !VOID_TYPE_P (TREE_TYPE (t)))
    return false;
  if (DECL_P (lhs) && esc_local_decl_p (b, lhs))
    return false;
  return true;
}

static bool
esc_volatile_ref_p (tree ref)
{
  for (tree t = ref; t; )
    {
      if (TREE_THIS_VOLATILE (t))
	return true;
      if (handled_component_p (t))
	t = TREE_OPERAND (t, 0);
      else
	break;
    }
  return false;
}

/* A store of a value into the memory at pointer expression PTR: the
   value (already flowed into temp VAL) goes where PTR may point.  */
void
esc_store_via (esc_batch *b, tree ptr, int val, location_t where)
{
  if (TREE_CODE (ptr) == ADDR_EXPR)
    {
      tree base = get_base_address (TREE_OPERAND (ptr, 0));
      if (base && esc_local_decl_p (b, base))
	{
	  esc_flow (b, esc_hole_to (esc_decl_loc (b, base), where), val);
	  return;
	}
      if (base && DECL_P (base) && is_global_var (base))
	{
	  esc_flow_heap (b, val, ESC_R_GLOBAL, where, base);
	  return;
	}
      if (base
	  && (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF))
	ptr = TREE_OPERAND (base, 0);
    }
  if (TREE_CODE (ptr) == SSA_NAME && esc_ssa_loc (b, ptr) >= 0)
    {
      if (esc_opts.rules_go)
	{
	  esc_flow_heap (b, val, ESC_R_STORE, where);
	  return;
	}
      esc_istore st;
      st.ptr = esc_ssa_loc (b, ptr);
      st.val = val;
      st.where = where;
      st.done = BITMAP_ALLOC (NULL);
      st.to_heap = false;
      bool capped;
      st.global = esc_global_root (b, ptr, &capped);
      if (capped)
	{
	  BITMAP_FREE (st.done);
	  esc_flow_heap (b, val, ESC_R_UNMODELLED, where);
	  return;
	}
      b->istores.safe_push (st);
      return;
    }
  esc_flow_heap (b, val, ESC_R_UNMODELLED, where);
}

/* The hole for a store into memory reference LHS.  */
static esc_hole
esc_store_hole (esc_batch *b, tree lhs, location_t where)
{
  if (esc_volatile_ref_p (lhs))
    {
      tree base = get_base_address (lhs);
      if (base && esc_local_decl_p (b, base))
	esc_decl_loc (b, base);
      return esc_hole_heap (b, ESC_R_UNMODELLED, where);
    }
  tree base = get_base_address (lhs);
  if (esc_interface_slot_p (b, lhs))
    {
      if (base && esc_local_decl_p (b, base))
	esc_decl_loc (b, base);
      return esc_hole_heap (b, ESC_R_INTERFACE, where);
    }
  if (base && esc_local_decl_p (b, base))
    return esc_hole_to (esc_decl_loc (b, base), where);
  if (base && DECL_P (base) && is_global_var (base))
    return esc_hole_heap (b, ESC_R_GLOBAL, where, base);
  if (base
      && (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF))
    {
      tree ptr = TREE_OPERAND (base, 0);
      if (TREE_CODE (ptr) == SSA_NAME && esc_ssa_loc (b, ptr) >= 0)
	{
	  int t = esc_new_loc (b, ESC_LK_TEMP, NULL_TREE, b->cur);
	  esc_store_via (b, ptr, t, where);
	  return esc_hole_to (t, where);
	}
    }
  return esc_hole_heap (b, ESC_R_UNMODELLED, where);
}

/* The hole for the value of LHS (an SSA name or memory), or discard.  */
esc_hole
esc_dest_hole (esc_batch *b, tree lhs, location_t where)
{
  if (!lhs)
    return esc_hole_to (-1, where);
  if (TREE_CODE (lhs) == SSA_NAME)
    return esc_hole_to (esc_ssa_loc (b, lhs), where);
  return esc_store_hole (b, lhs, where);
}

/* Arithmetic the analysis does not follow, on operands R1, R2, R3 (any
   may be NULL): pointer bits in an operand (a punned integer) are turned
   into something nobody can follow, an escape; a pointer result (LHS_PTR,
   hole K) points to unknown memory.  */
static void
esc_arith (esc_batch *b, esc_hole k, bool lhs_ptr, location_t where,
	   tree r1, tree r2, tree r3)
{
  for (tree op : { r1, r2, r3 })
    if (esc_carries_p (b, op))
      esc_assign_heap (b, op, ESC_R_UNMODELLED, where);
  if (lhs_ptr)
    esc_flow (b, esc_hole_addr (k), b->heap);
}

/* Pointer bits stored into local integer storage LHS (bits.cc's
   esc_int_slot_p), whose later integer loads are not followed: a punned
   integer value, or the bytes of a punned or byte-wise load, escape
   there.  Returns true when R1 was one of those (the store is lowered).  */
static bool
esc_assign_int_slot (esc_batch *b, tree lhs, tree r1, location_t where)
{
  if (!(TREE_CODE (lhs) != SSA_NAME && !esc_type_has_pointers (TREE_TYPE (lhs))
	&& esc_int_slot_p (b, lhs)))
    return false;
  if (esc_int_bits_p (b, r1))
    {
      esc_assign_heap (b, r1, ESC_R_UNMODELLED, where);
      return true;
    }
  bool capped = false;
  if (TREE_CODE (r1) == SSA_NAME)
    if (tree ref = esc_copied_load (b, r1, &capped))
      {
	if (esc_punned_ref_p (ref) || esc_byte_type_p (TREE_TYPE (ref)))
	  {
	    esc_assign_heap (b, ref, ESC_R_UNMODELLED, where);
	    return true;
	  }
      }
  if (capped)
    esc_cap_batch (b, "walk limit reached (copied load)");
  tree rt = TREE_TYPE (r1);
  if ((handled_component_p (r1) || TREE_CODE (r1) == MEM_REF
       || TREE_CODE (r1) == TARGET_MEM_REF || DECL_P (r1))
      && (esc_punned_ref_p (r1)
	  || (TREE_CODE (rt) == ARRAY_TYPE
	      && esc_byte_type_p (TREE_TYPE (rt)))))
    {
      /* Bytes of memory copied into integer storage (a typed copy of an
	 integer struct cannot carry pointer bits).  */
      esc_assign_heap (b, r1, ESC_R_UNMODELLED, where);
      return true;
    }
  return false;
}

/* A byte (or a whole word) loaded from memory and stored into memory
   (LHS) is a copy of whatever that memory holds: a byte-wise memcpy loop
   moves a pointer one char at a time.  Returns true when R1 is one (its
   source flows into K).  */
static bool
esc_assign_copied_load (esc_batch *b, esc_hole k, tree lhs, tree r1)
{
  if (!(TREE_CODE (lhs) != SSA_NAME && TREE_CODE (r1) == SSA_NAME
	&& esc_ssa_loc (b, r1) < 0))
    return false;
  bool capped;
  if (tree ref = esc_copied_load (b, r1, &capped))
    {
      esc_expr (b, k, ref);
      return true;
    }
  if (capped)
    esc_cap_batch (b, "walk limit reached (copied load)");
  return false;
}

/* Lower assignment S: a clobber ends a variable's lifetime; Go's
   self-assignment adds nothing; pointer bits stored into integer storage
   and copies of loaded bytes are taken first; otherwise the right-hand
   side flows into the hole of the left-hand side, by its class.  */
void
esc_lower_assign (esc_batch *b, gassign *s)
{
  location_t where = gimple_location (s);
  tree lhs = gimple_assign_lhs (s);
  if (gimple_clobber_p (s))
    {
      esc_lifetime_end (b, lhs);
      return;
    }
  enum tree_code code = gimple_assign_rhs_code (s);
  tree r1 = gimple_assign_rhs1 (s);
  tree r2 = gimple_assign_rhs2 (s);
  tree r3 = gimple_assign_rhs3 (s);
  bool lhs_ptr = TREE_CODE (lhs) == SSA_NAME ? esc_ssa_loc (b, lhs) >= 0
		 : esc_type_has_pointers (TREE_TYPE (lhs));
  esc_hole k = esc_dest_hole (b, lhs, where);

  /* Go's self-assignment rule: c->p = c->p + 1 stores into *c what *c
     already holds (field-insensitive), so it adds no flow.  */
  if (esc_self_assignment_p (b, lhs, r1, code))
    return;

  if (esc_assign_int_slot (b, lhs, r1, where)
      || esc_assign_copied_load (b, k, lhs, r1))
    return;

  switch (get_gimple_rhs_class (code))
    {
    case GIMPLE_SINGLE_RHS:
      if (TREE_CODE (r1) == VIEW_CONVERT_EXPR)
	{
	  tree op = TREE_OPERAND (r1, 0);
	  if (esc_carries_p (b, op) && !lhs_ptr)
	    {
	      esc_assign_heap (b, op, ESC_R_UNMODELLED, where);
	      return;
	    }
	}
      esc_expr (b, k, r1);
      return;

    case GIMPLE_UNARY_RHS:
      if (CONVERT_EXPR_CODE_P (code) || code == VIEW_CONVERT_EXPR)
	{
	  bool from_ptr = TREE_CODE (r1) == SSA_NAME
			  ? esc_ssa_loc (b, r1) >= 0
			  : esc_type_has_pointers (TREE_TYPE (r1));
	  bool to_real_ptr = esc_type_has_pointers (TREE_TYPE (lhs));
	  bool from_real_ptr = esc_type_has_pointers (TREE_TYPE (r1));
	  if (from_ptr && lhs_ptr && (to_real_ptr || !from_real_ptr))
	    /* Pointer to pointer, or pointer bits carried on.  */
	    esc_expr (b, k, r1);
	  else if (from_ptr)
	    /* A pointer converted to an integer: the collector may not
	       see it, and nor can we.  */
	    esc_assign_heap (b, r1, ESC_R_UNMODELLED, where);
	  else if (lhs_ptr && !integer_zerop (r1))
	    esc_flow (b, esc_hole_addr (k), b->heap);
	  return;
	}
      /* Negation, complement, ...  */
      esc_arith (b, k, lhs_ptr, where, r1, NULL_TREE, NULL_TREE);
      return;

    case GIMPLE_BINARY_RHS:
      if (code == POINTER_PLUS_EXPR)
	{
	  esc_expr (b, k, r1);
	  return;
	}
      if (code == POINTER_DIFF_EXPR || TREE_CODE_CLASS (code) == tcc_comparison)
	return;
      if ((code == MIN_EXPR || code == MAX_EXPR) && lhs_ptr)
	{
	  esc_expr (b, k, r1);
	  esc_expr (b, k, r2);
	  return;
	}
      /* Tagging, hashing, shifting a punned uint128_t apart, ...  */
      esc_arith (b, k, lhs_ptr, where, r1, r2, NULL_TREE);
      return;

    case GIMPLE_TERNARY_RHS:
      if (code == COND_EXPR || code == VEC_COND_EXPR)
	{
	  esc_expr (b, k, r2);
	  esc_expr (b, k, r3);
	  return;
	}
      esc_arith (b, k, lhs_ptr, where, r1, r2, r3);
      return;

    default:
      esc_unmodelled (b, r1);
      esc_unmodelled (b, r2);
      esc_unmodelled (b, r3);
      if (lhs_ptr)
	esc_flow (b, esc_hole_addr (k), b->heap);
      return;
    }
}

/* lower.cc -- GIMPLE into the location graph (Go's stmt.go, expr.go,
   assign.go and call.go).

   Each statement kind is lowered by one case of an exhaustive switch; a
   kind or an rhs code that is not modelled sends every pointer it touches
   to the heap with the reason `unmodelled', never a guess.  Lowering only
   adds edges and records sites, stores through pointers and gc_free
   calls; the solver decides.

   Value of a location (what its edges carry): for an SSA name or a
   parameter, the pointer it holds; for a variable, a site or the heap,
   the pointers stored in its memory (field-insensitive, as Go).

   Every question answered by following SSA definitions back (pointer
   bits in integers, global roots, constant sizes, copied loads) is asked
   of the one walker in bits.cc.  */

#include "esc.h"

static unsigned esc_seq;

/* Does SSA name T need a location: can it hold a pointer?  */
static bool
esc_ssa_tracked_p (esc_batch *b, tree t, bool *capped)
{
  *capped = false;
  return esc_type_has_pointers (TREE_TYPE (t))
	 || esc_punned_ssa_p (b, t, capped);
}

/* The location of SSA name T, or -1 if it cannot hold a pointer.  */
int
esc_ssa_loc (esc_batch *b, tree t)
{
  if (int *p = b->map->get (t))
    return *p;
  int l = -1;
  bool capped;
  if (esc_ssa_tracked_p (b, t, &capped))
    {
      l = esc_new_loc (b, ESC_LK_SSA, t, b->cur);
      /* The walk for its pointer bits was cut: whatever it holds
	 escapes.  */
      if (capped)
	esc_flow (b, esc_hole_heap (b, ESC_R_UNMODELLED,
				    gimple_location (SSA_NAME_DEF_STMT (t))),
		  l);
      /* The incoming value of something that is not one of our tracked
	 parameters (a static chain, a by-reference result): it points
	 to memory that is not this function's.  */
      tree v = SSA_NAME_VAR (t);
      if (SSA_NAME_IS_DEFAULT_DEF (t) && v
	  && (TREE_CODE (v) == PARM_DECL || TREE_CODE (v) == RESULT_DECL
	      || is_global_var (v)))
	esc_flow (b, esc_hole_addr (esc_hole_to (l, UNKNOWN_LOCATION)),
		  b->heap);
    }
  b->map->put (t, l);
  return l;
}

/* Can operand OP carry pointer bits: a pointer (or an aggregate holding
   one), an address, or an integer loaded by type punning?  */
static bool
esc_carries_p (esc_batch *b, tree op)
{
  if (!op)
    return false;
  if (TREE_CODE (op) == SSA_NAME)
    return esc_ssa_loc (b, op) >= 0;
  if (TREE_CODE (op) == ADDR_EXPR)
    return true;
  return esc_type_has_pointers (TREE_TYPE (op));
}

/* Is OP an integer (or other non-pointer value) that may hold pointer
   bits: loaded by type punning, or copied from such a load?  */
static bool
esc_int_bits_p (esc_batch *b, tree op)
{
  return TREE_CODE (op) == SSA_NAME
	 && !esc_type_has_pointers (TREE_TYPE (op))
	 && esc_ssa_loc (b, op) >= 0;
}

static bool
esc_local_decl_p (esc_batch *b, tree d)
{
  if (!d || !DECL_P (d))
    return false;
  if (TREE_CODE (d) == RESULT_DECL)
    return true;
  if (TREE_CODE (d) == PARM_DECL)
    return true;
  return VAR_P (d) && !is_global_var (d)
	 && DECL_CONTEXT (d) == b->cur->decl;
}

/* Record an event of variable location L in the current block (kind 1:
   referenced, 2: clobbered), for the loop-lifetime dataflow.  */
static void
esc_event (esc_batch *b, int l, int kind, basic_block bb = NULL,
	   unsigned seq = 0)
{
  esc_loc *v = b->locs[l];
  if (v->kind != ESC_LK_VAR)
    return;
  if (!bb)
    {
      bb = b->cur_stmt ? gimple_bb (b->cur_stmt) : NULL;
      seq = esc_seq;
    }
  if (!bb)
    return;
  v->events.safe_push (bb->index);
  v->events.safe_push ((int) seq);
  v->events.safe_push (kind);
}

/* The location of local memory decl D (a variable, a parameter in
   memory, the result).  */
static int
esc_decl_loc (esc_batch *b, tree d)
{
  if (TREE_CODE (d) == RESULT_DECL)
    return b->cur->result;
  int l;
  if (int *p = b->map->get (d))
    l = *p;
  else
    {
      l = esc_new_loc (b, ESC_LK_VAR, d, b->cur);
      b->map->put (d, l);
    }
  esc_event (b, l, 1);
  return l;
}

/* The lifetime of the local variable under REF ends here (a clobber, or
   ASAN_MARK): record the event without counting it as a reference.  */
static void
esc_lifetime_end (esc_batch *b, tree ref)
{
  tree base = get_base_address (ref);
  if (!base || !esc_local_decl_p (b, base) || TREE_CODE (base) == RESULT_DECL)
    return;
  int l;
  if (int *p = b->map->get (base))
    l = *p;
  else
    {
      l = esc_new_loc (b, ESC_LK_VAR, base, b->cur);
      b->map->put (base, l);
    }
  esc_event (b, l, 2);
}

static void esc_expr (esc_batch *b, esc_hole k, tree op);

/* Every SSA name and address inside OP flows to the heap: for what is
   not modelled.  */
static tree
esc_unmodelled_r (tree *tp, int *walk_subtrees, void *data)
{
  esc_batch *b = (esc_batch *) data;
  tree t = *tp;
  if (TREE_CODE (t) == SSA_NAME || TREE_CODE (t) == ADDR_EXPR)
    {
      esc_expr (b, esc_hole_heap (b, ESC_R_UNMODELLED,
				  gimple_location (b->cur_stmt)), t);
      *walk_subtrees = 0;
    }
  else if (DECL_P (t) && esc_local_decl_p (b, t))
    esc_flow (b, esc_hole_heap (b, ESC_R_UNMODELLED,
				gimple_location (b->cur_stmt)),
	      esc_decl_loc (b, t));
  return NULL_TREE;
}

static void
esc_unmodelled (esc_batch *b, tree op)
{
  if (op)
    walk_tree_without_duplicates (&op, esc_unmodelled_r, b);
}

/* The address of OBJ flows into K.  */
static void
esc_addr (esc_batch *b, esc_hole k, tree obj)
{
  tree base = get_base_address (obj);
  if (base
      && (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF))
    {
      /* &p->f, &p[i]: a pointer derived from p.  */
      tree ptr = TREE_OPERAND (base, 0);
      if (TREE_CODE (ptr) == SSA_NAME)
	esc_expr (b, k, ptr);
      else
	esc_flow (b, esc_hole_addr (k), b->heap);
      return;
    }
  if (base && esc_local_decl_p (b, base))
    {
      esc_flow (b, esc_hole_addr (k), esc_decl_loc (b, base));
      return;
    }
  /* The address of a global, a function, a string, a label: memory that
     is not this function's.  */
  esc_flow (b, esc_hole_addr (k), b->heap);
}

/* A load of memory reference REF flows into K.  */
static void
esc_load (esc_batch *b, esc_hole k, tree ref)
{
  tree base = get_base_address (ref);
  if (TREE_THIS_VOLATILE (ref))
    {
      /* A pointer read from volatile storage may be anything.  */
      esc_flow (b, esc_hole_addr (k), b->heap);
      if (base && esc_local_decl_p (b, base))
	esc_decl_loc (b, base);
      return;
    }
  if (base
      && (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF))
    {
      tree ptr = TREE_OPERAND (base, 0);
      if (TREE_CODE (ptr) == SSA_NAME)
	esc_expr (b, esc_hole_deref (k), ptr);
      else
	esc_flow (b, k, b->heap);
      return;
    }
  if (base && esc_local_decl_p (b, base))
    {
      esc_flow (b, k, esc_decl_loc (b, base));
      return;
    }
  if (base && TREE_CODE (base) == SSA_NAME)
    {
      /* Bits of a register value (BIT_FIELD_REF, VIEW_CONVERT_EXPR,
	 REALPART_EXPR of an SSA name): a copy of them where the result is
	 tracked, else pointer bits turned into something we cannot
	 follow.  */
      if (k.dst >= 0)
	esc_expr (b, k, base);
      else if (esc_carries_p (b, base))
	esc_expr (b, esc_hole_heap (b, ESC_R_UNMODELLED,
				    gimple_location (b->cur_stmt)), base);
      return;
    }
  if (base && (TREE_CODE (base) == STRING_CST || TREE_CODE (base) == CONST_DECL))
    return;
  /* A global's contents: unknown memory.  */
  esc_flow (b, k, b->heap);
}

/* Lower expression OP (a GIMPLE operand) into hole K.  */
static void
esc_expr (esc_batch *b, esc_hole k, tree op)
{
  if (!op)
    return;
  switch (TREE_CODE (op))
    {
    case SSA_NAME:
      esc_flow (b, k, esc_ssa_loc (b, op));
      return;
    case ADDR_EXPR:
      esc_addr (b, k, TREE_OPERAND (op, 0));
      return;
    case INTEGER_CST:
      /* (T *) 0x1000: points somewhere we do not know.  */
      if (POINTER_TYPE_P (TREE_TYPE (op)) && !integer_zerop (op))
	esc_flow (b, esc_hole_addr (k), b->heap);
      return;
    case REAL_CST:
    case FIXED_CST:
    case COMPLEX_CST:
    case VECTOR_CST:
    case STRING_CST:
    case POLY_INT_CST:
      return;
    case CONSTRUCTOR:
      {
	unsigned i;
	tree v;
	FOR_EACH_CONSTRUCTOR_VALUE (CONSTRUCTOR_ELTS (op), i, v)
	  if (k.dst < 0 && TREE_CODE (v) == SSA_NAME && esc_ssa_loc (b, v) >= 0)
	    /* Punned pointer bits built into an untracked vector.  */
	    esc_expr (b, esc_hole_heap (b, ESC_R_UNMODELLED,
					gimple_location (b->cur_stmt)), v);
	  else
	    esc_expr (b, k, v);
	return;
      }
    case WITH_SIZE_EXPR:
      esc_expr (b, k, TREE_OPERAND (op, 0));
      return;
    case FUNCTION_DECL:
    case LABEL_DECL:
      return;
    case OBJ_TYPE_REF:
      esc_expr (b, k, OBJ_TYPE_REF_EXPR (op));
      return;
    default:
      if (handled_component_p (op) || TREE_CODE (op) == MEM_REF
	  || TREE_CODE (op) == TARGET_MEM_REF || DECL_P (op))
	{
	  esc_load (b, k, op);
	  return;
	}
      esc_unmodelled (b, op);
      return;
    }
}

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
static void
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
	  esc_flow (b, esc_hole_heap (b, ESC_R_GLOBAL, where, base), val);
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
	  esc_flow (b, esc_hole_heap (b, ESC_R_STORE, where), val);
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
	  esc_flow (b, esc_hole_heap (b, ESC_R_UNMODELLED, where), val);
	  return;
	}
      b->istores.safe_push (st);
      return;
    }
  esc_flow (b, esc_hole_heap (b, ESC_R_UNMODELLED, where), val);
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
static esc_hole
esc_dest_hole (esc_batch *b, tree lhs, location_t where)
{
  if (!lhs)
    return esc_hole_to (-1, where);
  if (TREE_CODE (lhs) == SSA_NAME)
    return esc_hole_to (esc_ssa_loc (b, lhs), where);
  return esc_store_hole (b, lhs, where);
}

/* Is memory reference REF (being written through a non-pointer type)
   storage whose later integer loads are not followed: a local variable
   or field with no pointer in its type, or an integer field of an object
   that holds pointers or of memory reached through a pointer, written by
   a plain typed access?  Pointer bits
   stored there must escape at the store (a pointer converted to an
   integer).  A memcpy GCC folded, a union member and a byte written into
   an object holding pointers are copies of its bytes instead.  */
static bool
esc_int_slot_p (esc_batch *b, tree ref)
{
  tree base = get_base_address (ref);
  if (!base)
    return false;
  bool via_pointer = TREE_CODE (base) == MEM_REF
		     || TREE_CODE (base) == TARGET_MEM_REF;
  /* Through a pointer (into an allocation, say): a typed integer store
     gives those bytes an integer type, and integer loads of them are not
     followed either.  */
  if (!via_pointer && (!DECL_P (base) || !esc_local_decl_p (b, base)))
    return false;
  if (!via_pointer && !esc_type_has_pointers (TREE_TYPE (base)))
    return true;
  return !esc_byte_type_p (TREE_TYPE (ref)) && !esc_punned_ref_p (ref);
}

/* Is OBJ (whose address a copy writes through) local storage with no
   pointer in its type?  */
static bool
esc_int_slot_addr_p (esc_batch *b, tree obj)
{
  tree base = get_base_address (obj);
  return base && DECL_P (base) && esc_local_decl_p (b, base)
	 && !esc_type_has_pointers (TREE_TYPE (obj));
}

/* OP flows into K unchanged (__builtin_expect); where K is not tracked
   and OP holds pointer bits, they are lost from sight: an escape.  */
static void
esc_bits_into (esc_batch *b, esc_hole k, tree op, location_t where)
{
  if (k.dst < 0 && esc_carries_p (b, op))
    esc_expr (b, esc_hole_heap (b, ESC_R_UNMODELLED, where), op);
  else
    esc_expr (b, k, op);
}

static void
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

  /* Pointer bits stored into local integer storage: a punned integer
     value, or the bytes of a punned or byte-wise load.  */
  if (TREE_CODE (lhs) != SSA_NAME && !esc_type_has_pointers (TREE_TYPE (lhs))
      && esc_int_slot_p (b, lhs))
    {
      esc_hole h = esc_hole_heap (b, ESC_R_UNMODELLED, where);
      if (esc_int_bits_p (b, r1))
	{
	  esc_expr (b, h, r1);
	  return;
	}
      bool capped = false;
      if (TREE_CODE (r1) == SSA_NAME)
	if (tree ref = esc_copied_load (b, r1, &capped))
	  {
	    if (esc_punned_ref_p (ref) || esc_byte_type_p (TREE_TYPE (ref)))
	      {
		esc_expr (b, h, ref);
		return;
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
	  /* Bytes of memory copied into integer storage (a typed copy of
	     an integer struct cannot carry pointer bits).  */
	  esc_expr (b, h, r1);
	  return;
	}
    }

  /* A byte (or a whole word) loaded from memory and stored into memory
     is a copy of whatever that memory holds: a byte-wise memcpy loop
     moves a pointer one char at a time.  */
  if (TREE_CODE (lhs) != SSA_NAME && TREE_CODE (r1) == SSA_NAME
      && esc_ssa_loc (b, r1) < 0)
    {
      bool capped;
      if (tree ref = esc_copied_load (b, r1, &capped))
	{
	  esc_expr (b, k, ref);
	  return;
	}
      if (capped)
	esc_cap_batch (b, "walk limit reached (copied load)");
    }

  switch (get_gimple_rhs_class (code))
    {
    case GIMPLE_SINGLE_RHS:
      if (TREE_CODE (r1) == VIEW_CONVERT_EXPR)
	{
	  tree op = TREE_OPERAND (r1, 0);
	  if (esc_carries_p (b, op) && !lhs_ptr)
	    {
	      esc_expr (b, esc_hole_heap (b, ESC_R_UNMODELLED, where), op);
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
	    esc_expr (b, esc_hole_heap (b, ESC_R_UNMODELLED, where), r1);
	  else if (lhs_ptr && !integer_zerop (r1))
	    esc_flow (b, esc_hole_addr (k), b->heap);
	  return;
	}
      /* Negation, complement, ...: pointer bits (a punned integer) that
	 arithmetic turns into something we cannot follow.  */
      if (esc_carries_p (b, r1))
	esc_expr (b, esc_hole_heap (b, ESC_R_UNMODELLED, where), r1);
      if (lhs_ptr)
	esc_flow (b, esc_hole_addr (k), b->heap);
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
      /* Arithmetic on pointer bits (tagging, hashing, shifting a punned
	 uint128_t apart): the result cannot be followed.  */
      if (esc_carries_p (b, r1))
	esc_expr (b, esc_hole_heap (b, ESC_R_UNMODELLED, where), r1);
      if (esc_carries_p (b, r2))
	esc_expr (b, esc_hole_heap (b, ESC_R_UNMODELLED, where), r2);
      if (lhs_ptr)
	esc_flow (b, esc_hole_addr (k), b->heap);
      return;

    case GIMPLE_TERNARY_RHS:
      if (code == COND_EXPR || code == VEC_COND_EXPR)
	{
	  esc_expr (b, k, r2);
	  esc_expr (b, k, r3);
	  return;
	}
      for (tree op : { r1, r2, r3 })
	if (esc_carries_p (b, op))
	  esc_expr (b, esc_hole_heap (b, ESC_R_UNMODELLED, where), op);
      if (lhs_ptr)
	esc_flow (b, esc_hole_addr (k), b->heap);
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

/* Can BB be reached from itself, along any edge (abnormal edges of
   setjmp and nonlocal gotos included)?  Such a block executes more than
   once per call even outside every natural loop.  */
bool
esc_bb_in_cycle (basic_block bb)
{
  auto_vec<basic_block> work;
  auto_bitmap seen;
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, bb->succs)
    work.safe_push (e->dest);
  while (!work.is_empty ())
    {
      basic_block x = work.pop ();
      if (x == bb)
	return true;
      if (!bitmap_set_bit (seen, x->index))
	continue;
      FOR_EACH_EDGE (e, ei, x->succs)
	work.safe_push (e->dest);
    }
  return false;
}

/* A call to an allocator: a new site.  */
static void
esc_lower_site (esc_batch *b, gcall *call, tree callee, esc_hole k)
{
  esc_site s;
  memset (&s, 0, sizeof s);
  s.call = call;
  s.fn = b->cur;
  s.callee = callee;
  s.path = vNULL;
  int ia, ib;
  bool ok = esc_alloc_size_args (callee, &ia, &ib);
  unsigned nargs = gimple_call_num_args (call);
  tree a = ok && ia >= 0 && (unsigned) ia < nargs
	   ? esc_chase_constant (b, gimple_call_arg (call, ia)) : NULL_TREE;
  tree c = ok && ib >= 0 && (unsigned) ib < nargs
	   ? esc_chase_constant (b, gimple_call_arg (call, ib)) : NULL_TREE;
  bool two = ib >= 0;
  if (a && TREE_CODE (a) == INTEGER_CST && tree_fits_uhwi_p (a)
      && (!two || (c && TREE_CODE (c) == INTEGER_CST && tree_fits_uhwi_p (c))))
    {
      s.const_size = true;
      unsigned HOST_WIDE_INT x = tree_to_uhwi (a);
      if (two)
	{
	  unsigned HOST_WIDE_INT y = tree_to_uhwi (c);
	  if (y != 0 && x > HOST_WIDE_INT_M1U / y)
	    s.overflow = true;
	  else
	    x *= y;
	}
      s.size = x;
    }
  else if (a && TREE_CODE (a) == INTEGER_CST && (!two || (c && TREE_CODE (c) == INTEGER_CST)))
    {
      /* A constant that is negative or does not fit: too large.  */
      s.const_size = true;
      s.overflow = true;
    }
  if (s.overflow)
    {
      /* The size as written, in bytes: the exact product of the two
	 constants (no wrap-around), or the one constant.  */
      widest_int v = wi::to_widest (a);
      if (two)
	v = v * wi::to_widest (c);
      /* In decimal, however wide (GCC's printer turns to hex).  */
      char digits[160];
      unsigned n = sizeof digits - 1;
      digits[n] = 0;
      bool neg = wi::neg_p (v);
      if (neg)
	v = -v;
      do
	{
	  widest_int r;
	  v = wi::divmod_trunc (v, 10, SIGNED, &r);
	  digits[--n] = '0' + (char) r.to_shwi ();
	}
      while (v != 0 && n > 1);
      if (neg)
	digits[--n] = '-';
      s.size_text = ggc_strdup (digits + n);
    }
  else
    {
      const char *n = (!two && ok && ia >= 0 && (unsigned) ia < nargs)
		      ? esc_size_name (b, gimple_call_arg (call, ia)) : NULL;
      s.size_text = n ? n : "?";
    }
  esc_site_storage (b, &s);
  /* The size rules (SPEC 4 rules 1 and 7) are edges to the heap, as
     Go's HeapAllocReason flows into the graph before solving, so that
     what a heap-bound site holds escapes with it.  A constant over
     max-stack is too large; a non-constant size gets a small buffer
     (rule 7) where the rewrite can give it one.  max-frame is counted
     after the solve, in esc_decide.  First, so that this reason wins.  */
  enum esc_reason size_why = ESC_R_NONE;
  if (s.const_size)
    {
      if (s.overflow || s.size > esc_opts.max_stack)
	size_why = ESC_R_TOO_LARGE;
    }
  else if (!ok || !esc_small_buffer_p (call, ia, two ? ib : -1))
    size_why = ESC_R_NONCONST;
  if (size_why != ESC_R_NONE)
    esc_flow (b, esc_hole_addr (esc_hole_heap (b, size_why,
					       gimple_location (call))),
	      s.loc);
  /* exclude= and bisect= keep the site on the heap, and with it what it
     points to.  */
  if (enum esc_reason forced = esc_site_forced (call, b->cur->decl))
    esc_flow (b, esc_hole_addr (esc_hole_heap (b, forced,
					       gimple_location (call))),
	      s.loc);
  /* An allocator handed a pointer (a realloc-like one reads or keeps
     it) does more than allocate, and stack storage cannot do it: the
     call stays.  A string literal (GC_debug_malloc's file name) or a
     null pointer is only information.  */
  for (unsigned i = 0; i < nargs; i++)
    {
      tree arg = gimple_call_arg (call, i);
      if (integer_zerop (arg))
	continue;
      if (TREE_CODE (arg) == ADDR_EXPR)
	{
	  tree base = get_base_address (TREE_OPERAND (arg, 0));
	  if (base && TREE_CODE (base) == STRING_CST)
	    continue;
	}
      if (esc_carries_p (b, arg))
	{
	  esc_flow (b, esc_hole_addr (esc_hole_heap (b, ESC_R_UNMODELLED,
						     gimple_location (call))),
		    s.loc);
	  break;
	}
    }
  b->sites.safe_push (s);
  esc_flow (b, esc_hole_addr (k), s.loc);
}

/* The storage of site S (its call S->call set): a new location; a
   statement that executes more than once per call outside every natural
   loop (an irreducible region, setjmp) sends it to the heap; a site in a
   loop makes its function's loop rule apply.  */
void
esc_site_storage (esc_batch *b, esc_site *s)
{
  gcall *call = s->call;
  s->loc = esc_new_loc (b, ESC_LK_SITE, NULL_TREE, b->cur);
  b->locs[s->loc]->stmt = call;
  b->locs[s->loc]->site = b->sites.length ();
  basic_block bb = gimple_bb (call);
  s->irreducible = (bb->flags & BB_IRREDUCIBLE_LOOP)
		   || ((cfun->calls_setjmp || cfun->has_nonlocal_label)
		       && esc_bb_in_cycle (bb));
  if (s->irreducible)
    esc_flow (b, esc_hole_addr (esc_hole_heap (b, ESC_R_LOOP,
					       gimple_location (call))),
	      s->loc);
  if ((bb->loop_father && loop_outer (bb->loop_father)) || s->irreducible)
    b->cur->has_loop_sites = true;
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
esc_lower_vararg (esc_batch *b, gcall *call, enum built_in_function code)
{
  location_t where = gimple_location (call);
  unsigned nargs = gimple_call_num_args (call);
  if (code == BUILT_IN_VA_END || nargs < 1)
    return;
  int t = esc_new_loc (b, ESC_LK_TEMP, NULL_TREE, b->cur);
  if (code == BUILT_IN_VA_START)
    {
      if (b->cur->varargs >= 0)
	esc_flow (b, esc_hole_addr (esc_hole_to (t, where)), b->cur->varargs);
      else
	esc_flow (b, esc_hole_addr (esc_hole_to (t, where)), b->heap);
    }
  else if (nargs > 1)
    esc_expr (b, esc_hole_deref (esc_hole_to (t, where)),
	      gimple_call_arg (call, 1));
  tree dst = gimple_call_arg (call, 0);
  if (TREE_CODE (dst) == SSA_NAME || TREE_CODE (dst) == ADDR_EXPR)
    esc_store_via (b, dst, t, where);
  else
    esc_flow (b, esc_hole_heap (b, ESC_R_UNMODELLED, where), t);
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
  esc_hole h = esc_hole_heap (b, ESC_R_UNMODELLED, where);
  if (!esc_type_has_pointers (ptype))
    {
      if (esc_carries_p (b, arg))
	esc_expr (b, h, arg);
      return true;
    }
  if (esc_text_pointer_type_p (ptype) && esc_points_to_pointers_p (b, arg))
    esc_expr (b, esc_hole_deref (h), arg);
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

static void
esc_lower_call (esc_batch *b, gcall *call)
{
  location_t where = gimple_location (call);
  tree lhs = gimple_call_lhs (call);
  esc_hole k = esc_dest_hole (b, lhs, where);
  unsigned nargs = gimple_call_num_args (call);

  if (gimple_call_internal_p (call))
    {
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
	     points at (esc_lower_vararg).  */
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

  tree fndecl = gimple_call_fndecl (call);
  tree fntype = gimple_call_fntype (call);
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
      /* Pointer arguments of an allocator (GC_debug_malloc's file name)
	 are treated like any call's below, through the allocator's
	 summary if it has a body here; its result is the site, not a
	 result flow.  */
      k = esc_hole_to (-1, where);
    }
  else if (realloc_p)
    {
      /* A reallocator (SPEC 3): its result is a new block, a site
	 location of its own that is never converted and has no note (its
	 old block's size is not known here); it holds the old block's
	 contents.  The old block does not escape by being passed; one
	 that may be a caller's (a parameter's object) is tested at run
	 time, as for gc_free (esc_resolve_frees).  The rewrite moves
	 converted storage to the heap at the call (esc_rewrite_realloc,
	 esc_rewrite_tested); a call it could not split (EH, abnormal
	 edges) keeps the old block on the heap.  */
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
	      esc_expr (b, esc_hole_heap (b, a == old ? ESC_R_UNMODELLED
					  : ESC_R_CALL_ARG, where), a);
	      continue;
	    }
	  esc_expr (b, esc_hole_deref (esc_hole_to (r, where)), a);
	  if (esc_ssa_loc (b, a) >= 0)
	    b->free_args.safe_push ({ esc_ssa_loc (b, a), call, b->cur,
				      esc_testable_call (call) });
	}
      if (plain)
	b->cur->reallocs.safe_push (call);
      return;
    }
  else if (fndecl && esc_is_free_fn (fndecl) && !lhs)
    {
      /* Passing a pointer to a deallocator is not an escape.  */
      b->cur->frees.safe_push (call);
      for (unsigned i = 0; i < nargs; i++)
	{
	  tree a = gimple_call_arg (call, i);
	  if (TREE_CODE (a) == SSA_NAME && esc_ssa_loc (b, a) >= 0)
	    b->free_args.safe_push ({ esc_ssa_loc (b, a), call, b->cur,
				      esc_testable_call (call) });
	}
      return;
    }

  if (!fndecl)
    {
      /* A call through a function pointer: the callee is unknown.  */
      for (unsigned i = 0; i < nargs; i++)
	{
	  esc_expr (b, esc_hole_heap (b, ESC_R_INDIRECT_CALL, where),
		    gimple_call_arg (call, i));
	  esc_clobber_arg (b, gimple_call_arg (call, i), where);
	}
      return;
    }

  int ecf = gimple_call_flags (call);
  if (ecf & ECF_RETURNS_TWICE)
    {
      /* setjmp and friends.  */
      for (unsigned i = 0; i < nargs; i++)
	{
	  esc_expr (b, esc_hole_heap (b, ESC_R_UNMODELLED, where),
		    gimple_call_arg (call, i));
	  esc_clobber_arg (b, gimple_call_arg (call, i), where);
	}
      return;
    }

  if (fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    switch (DECL_FUNCTION_CODE (fndecl))
      {
      case BUILT_IN_VA_START:
      case BUILT_IN_VA_COPY:
      case BUILT_IN_VA_END:
	esc_lower_vararg (b, call, DECL_FUNCTION_CODE (fndecl));
	return;
      case BUILT_IN_FREE:
      case BUILT_IN_REALLOC:
	/* Not gc_free: the C library's deallocator would be handed stack
	   storage.  What it is given must stay on the heap.  */
	if (nargs > 0)
	  esc_expr (b, esc_hole_heap (b, ESC_R_UNKNOWN_CALL, where),
		    gimple_call_arg (call, 0));
	esc_flow (b, esc_hole_addr (k), b->heap);
	return;
      case BUILT_IN_EXPECT:
      case BUILT_IN_EXPECT_WITH_PROBABILITY:
      case BUILT_IN_ASSUME_ALIGNED:
	if (nargs > 0)
	  esc_bits_into (b, k, gimple_call_arg (call, 0), where);
	return;
      default:
	break;
      }

  /* A function of this component: wire arguments to its parameters and
     its result to ours (Go's inMutualBatch).  */
  if (esc_fn *m = esc_batch_member (b, fndecl))
    {
      unsigned i = 0;
      for (tree p = DECL_ARGUMENTS (m->decl); p && i < nargs;
	   p = DECL_CHAIN (p), i++)
	{
	  int pl = i < m->params.length () ? m->params[i] : -1;
	  if (pl >= 0)
	    {
	      esc_hole h = esc_hole_to (pl, where);
	      h.why = ESC_R_CALL_ARG;
	      esc_expr (b, h, gimple_call_arg (call, i));
	    }
	  esc_arg_unseen_by_param (b, TREE_TYPE (p), gimple_call_arg (call, i),
				   where);
	}
      for (; i < nargs; i++)
	if (m->varargs >= 0)
	  {
	    esc_hole h = esc_hole_to (m->varargs, where);
	    h.why = ESC_R_CALL_ARG;
	    esc_expr (b, h, gimple_call_arg (call, i));
	  }
	else
	  esc_expr (b, esc_hole_heap (b, ESC_R_CALL_ARG, where),
		    gimple_call_arg (call, i));
      esc_flow (b, k, m->result);
      return;
    }

  /* A function analysed earlier: apply its summary.  */
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
	  esc_expr (b, esc_hole_heap (b, ESC_R_UNMODELLED, where), arg);
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
	  tree ptype = esc_nth_param_type (target, fntype, i);
	  if (ptype && esc_arg_unseen_by_param (b, ptype, arg, where))
	    continue;
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
	  continue;
	}
      if (summarised && i > 0)
	{
	  /* Variadic arguments past a summarised prototype.  */
	  esc_expr (b, esc_hole_heap (b, ESC_R_CALL_ARG, where), arg);
	  continue;
	}

      /* No body here: what the declaration and GCC know.  */
      bool declared;
      if (esc_noescape_arg_p (fndecl, fntype, i, &declared))
	continue;
      /* An argument whose bytes are copied into another (memcpy's
	 source) is modelled by the copy below, not as an escape.  */
      unsigned cdst;
      if (fs.known_p () && fs.arg_specified_p (i)
	  && fs.arg_copied_to_arg_p (i, &cdst))
	continue;
      if (!esc_type_has_pointers (TREE_TYPE (arg))
	  && TREE_CODE (arg) != ADDR_EXPR)
	continue;
      if (esc_known_nocapture_fn (fndecl))
	{
	  /* printf ("%p", p) turns the pointer itself into text.  */
	  if (esc_type_has_pointers (TREE_TYPE (arg))
	      && esc_format_may_print_pointer (fndecl, call, i))
	    esc_expr (b, esc_hole_heap (b, ESC_R_UNMODELLED, where), arg);
	  continue;
	}
      esc_argflags fl = esc_call_arg_flags (call, i);
      tree pt = esc_param_type (fntype, i);
      enum esc_reason why
	= (!esc_opts.void_tracked
	   && pt && POINTER_TYPE_P (pt) && VOID_TYPE_P (TREE_TYPE (pt)))
	  ? ESC_R_INTERFACE : ESC_R_UNKNOWN_CALL;
      if (fl.direct_escapes)
	esc_expr (b, esc_hole_heap (b, why, where), arg);
      else if (fl.indirect_escapes)
	esc_expr (b, esc_hole_deref (esc_hole_heap (b, why, where)), arg);
      if (fl.returned_direct)
	esc_expr (b, k, arg);
      else if (fl.returned_indirect)
	esc_expr (b, esc_hole_deref (k), arg);
    }
  if (summarised)
    return;

  /* Copies: memcpy (d, s, n) stores what s holds through d.  */
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
      int pl = esc_new_loc (b, ESC_LK_PARAM, p, f);
      f->params.safe_push (pl);
      esc_flow (b, esc_hole_addr (esc_hole_to (pl, DECL_SOURCE_LOCATION (p))),
		b->heap);
      tree def = ssa_default_def (fun, p);
      if (def)
	b->map->put (def, pl);
      if (!is_gimple_reg (p))
	{
	  int m = esc_new_loc (b, ESC_LK_VAR, p, f);
	  b->map->put (p, m);
	  esc_event (b, m, 1, ENTRY_BLOCK_PTR_FOR_FN (fun), 0);
	  esc_flow (b, esc_hole_to (m, DECL_SOURCE_LOCATION (p)), pl);
	}
    }
  /* A variadic function's `...': one more parameter, the last, for all
     the arguments after the named ones (va_start points a va_list at
     it, va_arg reads it: esc_lower_vararg).  */
  f->varargs = -1;
  if (stdarg_p (TREE_TYPE (f->decl)))
    {
      f->varargs = esc_new_loc (b, ESC_LK_PARAM, NULL_TREE, f);
      f->params.safe_push (f->varargs);
      esc_flow (b, esc_hole_addr (esc_hole_to (f->varargs,
					       DECL_SOURCE_LOCATION (f->decl))),
		b->heap);
    }
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

/* expr.cc -- expressions into holes (Go's expr.go): an operand's value,
   an address, a load, the pointers an unmodelled operand touches; and
   the locations they name (an SSA name, a local variable), made on first
   use, with the references and lifetime ends of variables the loop rule
   reads.

   Value of a location (what its edges carry): for an SSA name or a
   parameter, the pointer it holds; for a variable, a site or the heap,
   the pointers stored in its memory (field-insensitive, as Go).  */

#include "esc.h"
#include "esc-lower.h"

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
	esc_flow_heap (b, l, ESC_R_UNMODELLED,
		       gimple_location (SSA_NAME_DEF_STMT (t)));
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
bool
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

bool
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
void
esc_event (esc_batch *b, int l, int kind, basic_block bb,
	   unsigned seq)
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

/* The location of local variable D (or a parameter in memory) of the
   function being lowered, made on first use.  */
int
esc_var_loc (esc_batch *b, tree d)
{
  if (int *p = b->map->get (d))
    return *p;
  int l = esc_new_loc (b, ESC_LK_VAR, d, b->cur);
  b->map->put (d, l);
  return l;
}

/* The location of local memory decl D (a variable, a parameter in
   memory, the result), referenced here.  */
int
esc_decl_loc (esc_batch *b, tree d)
{
  if (TREE_CODE (d) == RESULT_DECL)
    return b->cur->result;
  int l = esc_var_loc (b, d);
  esc_event (b, l, 1);
  return l;
}

/* The lifetime of the local variable under REF ends here (a clobber, or
   ASAN_MARK): record the event without counting it as a reference.  */
void
esc_lifetime_end (esc_batch *b, tree ref)
{
  tree base = get_base_address (ref);
  if (!base || !esc_local_decl_p (b, base) || TREE_CODE (base) == RESULT_DECL)
    return;
  esc_event (b, esc_var_loc (b, base), 2);
}

/* Every SSA name and address inside OP flows to the heap: for what is
   not modelled.  */
static tree
esc_unmodelled_r (tree *tp, int *walk_subtrees, void *data)
{
  esc_batch *b = (esc_batch *) data;
  tree t = *tp;
  if (TREE_CODE (t) == SSA_NAME || TREE_CODE (t) == ADDR_EXPR)
    {
      esc_assign_heap (b, t, ESC_R_UNMODELLED, gimple_location (b->cur_stmt));
      *walk_subtrees = 0;
    }
  else if (DECL_P (t) && esc_local_decl_p (b, t))
    esc_flow_heap (b, esc_decl_loc (b, t), ESC_R_UNMODELLED,
		   gimple_location (b->cur_stmt));
  return NULL_TREE;
}

void
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
	esc_assign_heap (b, base, ESC_R_UNMODELLED,
			 gimple_location (b->cur_stmt));
      return;
    }
  if (base && (TREE_CODE (base) == STRING_CST || TREE_CODE (base) == CONST_DECL))
    return;
  /* A global's contents: unknown memory.  */
  esc_flow (b, k, b->heap);
}

/* Expression OP flows to the heap, the step's reason WHY at WHERE (Go's
   assignHeap).  */
void
esc_assign_heap (esc_batch *b, tree op, enum esc_reason why,
		 location_t where)
{
  esc_expr (b, esc_hole_heap (b, why, where), op);
}

/* Lower expression OP (a GIMPLE operand) into hole K.  */
void
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
	    esc_assign_heap (b, v, ESC_R_UNMODELLED,
			     gimple_location (b->cur_stmt));
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

/* bits.cc -- pointer bits hidden in integers, and the one SSA walker
   every chase of the lowering is built on.

   The walker (esc_walk) answers one question about an SSA name by
   following SSA definitions: copies, conversions, offsets, PHIs, and
   the loads and addresses each question cares about.  The question is a
   step function: given one name, it returns what that name alone
   answers (a tree, or NULL_TREE: nothing here) and pushes the names its
   value came from.  The walk explores everything reachable from the
   start, each name once (a visited set), then gives each name it
   reached its answer: its own, else the first answer found among the
   names it came from.  Every name reached is remembered in a per-batch
   memo for that question, so each SSA name is examined once per
   question in the whole batch: no input makes a chase slow, however the
   definitions merge (a chain of N PHIs over one value used to cost 2^N).

   A walk that reaches more than esc_cap_walk names stops: the question
   is answered by its safe answer (each caller says which: the value may
   carry a pointer, the memory may hold pointers, ...), every name it
   reached is remembered as capped, and the dump says so in one line, as
   GCC's ipa-modref does.  A cap never moves a verdict towards the
   stack.  */

#include "esc.h"
#include "esc-lower.h"

unsigned esc_cap_walk = 100000;

static const char *const esc_question_text[ESC_Q_MAX] = {
  "pointer bits",
  "pointer-free memory",
  "memory holding pointers",
  "global root",
  "copied load",
  "self-assignment",
  "constant size",
  "size name"
};

/* The memo's encoding of "nothing found" and of "capped".  */
#define ESC_MEMO_NONE void_node
#define ESC_MEMO_CAPPED error_mark_node

/* Answer question Q about T with STEP (see the comment at the top).
   Returns the answer, or NULL_TREE; sets *CAPPED (when given) if the
   walk was cut, and then the answer is NULL_TREE and the caller uses
   the question's safe answer.  */
tree
esc_walk (esc_batch *b, enum esc_question q, tree t, esc_walk_step step,
	  bool *capped)
{
  if (capped)
    *capped = false;
  if (!t || TREE_CODE (t) != SSA_NAME)
    return NULL_TREE;
  if (!b->walk_memo[q])
    b->walk_memo[q] = new hash_map<tree, tree>;
  hash_map<tree, tree> *memo = b->walk_memo[q];
  if (tree *m = memo->get (t))
    {
      if (*m == ESC_MEMO_CAPPED)
	{
	  if (capped)
	    *capped = true;
	  return NULL_TREE;
	}
      return *m == ESC_MEMO_NONE ? NULL_TREE : *m;
    }

  /* Explore: NAMES[i] reached, ANS[i] its answer so far, and the edges
     FROM -> TO (the value of FROM came from TO), by index.  The start
     alone first: most questions end there.  */
  auto_vec<tree> next;
  tree a0 = step (b, t, &next);
  bool alone = true;
  for (tree s : next)
    if (s && TREE_CODE (s) == SSA_NAME)
      alone = false;
  if (a0 || alone)
    {
      memo->put (t, a0 ? a0 : ESC_MEMO_NONE);
      return a0;
    }
  auto_vec<tree> names;
  auto_vec<tree> ans;
  auto_vec<unsigned> efrom, eto;
  hash_map<tree, unsigned> index;
  bool cut = false;
  names.safe_push (t);
  ans.safe_push (NULL_TREE);
  index.put (t, 0);
  for (unsigned i = 0; i < names.length (); i++)
    {
      tree n = names[i];
      if (i)
	{
	  if (tree *m = memo->get (n))
	    {
	      /* Answered by an earlier walk.  */
	      if (*m == ESC_MEMO_CAPPED)
		{
		  cut = true;
		  break;
		}
	      ans[i] = *m == ESC_MEMO_NONE ? NULL_TREE : *m;
	      continue;
	    }
	  if (names.length () > esc_cap_walk)
	    {
	      cut = true;
	      break;
	    }
	  next.truncate (0);
	  ans[i] = step (b, n, &next);
	  if (ans[i])
	    continue;
	}
      for (tree s : next)
	{
	  if (!s || TREE_CODE (s) != SSA_NAME)
	    continue;
	  bool existed;
	  unsigned &j = index.get_or_insert (s, &existed);
	  if (!existed)
	    {
	      j = names.length ();
	      names.safe_push (s);
	      ans.safe_push (NULL_TREE);
	    }
	  efrom.safe_push (i);
	  eto.safe_push (j);
	}
    }

  if (cut)
    {
      for (tree n : names)
	memo->put (n, ESC_MEMO_CAPPED);
      if (dump_file)
	{
	  fprintf (dump_file, "escape: walk limit %u reached (%s of ",
		   esc_cap_walk, esc_question_text[q]);
	  print_generic_expr (dump_file, t);
	  fprintf (dump_file, "); answering the safe way\n");
	}
      if (capped)
	*capped = true;
      return NULL_TREE;
    }

  /* Give the answers back along the edges: a name without an answer of
     its own takes one of a name it came from (for the questions with one
     name to go on to, the one at the end of its chain).  The reverse
     edges, by target: FIRST[j] .. FIRST[j + 1] in BY.  */
  unsigned n = names.length ();
  auto_vec<unsigned> first, by, work;
  first.safe_grow_cleared (n + 1);
  by.safe_grow_cleared (efrom.length ());
  for (unsigned e = 0; e < eto.length (); e++)
    first[eto[e] + 1]++;
  for (unsigned j = 0; j < n; j++)
    first[j + 1] += first[j];
  {
    auto_vec<unsigned> fill;
    fill.safe_splice (first);
    for (unsigned e = 0; e < eto.length (); e++)
      by[fill[eto[e]]++] = efrom[e];
  }
  for (unsigned j = 0; j < n; j++)
    if (ans[j])
      work.safe_push (j);
  while (!work.is_empty ())
    {
      unsigned j = work.pop ();
      for (unsigned k = first[j]; k < first[j + 1]; k++)
	if (!ans[by[k]])
	  {
	    ans[by[k]] = ans[j];
	    work.safe_push (by[k]);
	  }
    }
  for (unsigned i = 0; i < n; i++)
    memo->put (names[i], ans[i] ? ans[i] : ESC_MEMO_NONE);
  return ans[0];
}

/* Free the memos of B.  */
void
esc_walk_free (esc_batch *b)
{
  for (int q = 0; q < ESC_Q_MAX; q++)
    {
      delete b->walk_memo[q];
      b->walk_memo[q] = NULL;
    }
}

/* Is REF a type-punned access: through a union, a view-conversion, or a
   ref-all pointer (what GCC folds a small memcpy into)?  */
bool
esc_punned_ref_p (tree ref)
{
  for (tree t = ref; t; t = TREE_OPERAND (t, 0))
    {
      if (TREE_CODE (t) == VIEW_CONVERT_EXPR
	  || TREE_CODE (t) == BIT_FIELD_REF)
	return true;
      if (TREE_CODE (t) == COMPONENT_REF
	  && TREE_CODE (TREE_TYPE (TREE_OPERAND (t, 0))) == UNION_TYPE)
	return true;
      if (TREE_CODE (t) == MEM_REF || TREE_CODE (t) == TARGET_MEM_REF)
	return TYPE_REF_CAN_ALIAS_ALL (TREE_TYPE (TREE_OPERAND (t, 1)));
      if (!handled_component_p (t))
	return false;
    }
  return false;
}

/* Is T a byte type (char, signed char, unsigned char, or the like)?  */
bool
esc_byte_type_p (tree t)
{
  return INTEGRAL_TYPE_P (t) && TYPE_PRECISION (t) <= BITS_PER_UNIT;
}

/* Is pointer type T a plain `char *': text, by the convention C code
   keeps (raw memory is `unsigned char *', `uint8_t *' or `void *').  */
bool
esc_text_pointer_type_p (tree t)
{
  return POINTER_TYPE_P (t)
	 && TYPE_MAIN_VARIANT (TREE_TYPE (t)) == char_type_node;
}

/* The pointer SSA name PTR was made from (a copy, a conversion, an
   offset, an address), or NULL_TREE when it comes from elsewhere: a
   parameter, a load, a call's result, a merge.  */
static tree
esc_pointer_source (tree ptr)
{
  gimple *d = SSA_NAME_DEF_STMT (ptr);
  if (!is_gimple_assign (d))
    return NULL_TREE;
  enum tree_code c = gimple_assign_rhs_code (d);
  if (c != SSA_NAME && c != ADDR_EXPR && c != POINTER_PLUS_EXPR
      && !CONVERT_EXPR_CODE_P (c))
    return NULL_TREE;
  return gimple_assign_rhs1 (d);
}

static tree
esc_bool (bool v)
{
  return v ? boolean_true_node : boolean_false_node;
}

/* Step of "memory holding pointers" at pointer value PTR (not an SSA
   name: answered at once).  */
static tree
esc_pointee_value (tree ptr, vec<tree> *next)
{
  if (TREE_CODE (ptr) == ADDR_EXPR)
    return esc_bool (esc_type_has_pointers
		       (TREE_TYPE (TREE_OPERAND (ptr, 0))));
  tree t = TREE_TYPE (ptr);
  if (POINTER_TYPE_P (t) && esc_type_has_pointers (TREE_TYPE (t)))
    return boolean_true_node;
  if (TREE_CODE (ptr) != SSA_NAME)
    return boolean_false_node;
  next->safe_push (ptr);
  return NULL_TREE;
}

static tree
esc_pointee_step (esc_batch *, tree ptr, vec<tree> *next)
{
  tree t = TREE_TYPE (ptr);
  if (POINTER_TYPE_P (t) && esc_type_has_pointers (TREE_TYPE (t)))
    return boolean_true_node;
  tree s = esc_pointer_source (ptr);
  if (!s)
    return boolean_false_node;
  return esc_pointee_value (s, next);
}

/* Does pointer value PTR point to memory whose type holds pointers: the
   address of such an object, or a pointer of such a type converted
   (through copies, conversions and offsets) to PTR?  Capped: yes.  */
bool
esc_points_to_pointers_p (esc_batch *b, tree ptr)
{
  auto_vec<tree> next;
  if (tree a = esc_pointee_value (ptr, &next))
    return a == boolean_true_node;
  bool capped;
  tree a = esc_walk (b, ESC_Q_POINTEE, ptr, esc_pointee_step, &capped);
  return capped || a == boolean_true_node;
}

/* Step of "pointer-free memory" from memory base BASE (not an SSA
   name): answered, or the pointer to go on from pushed.  */
static tree
esc_ptrfree_base (tree base, vec<tree> *next)
{
  while (base)
    {
      if (TREE_CODE (base) == STRING_CST)
	return boolean_true_node;
      if (DECL_P (base))
	return esc_bool (!esc_type_has_pointers (TREE_TYPE (base)));
      if (TREE_CODE (base) != MEM_REF && TREE_CODE (base) != TARGET_MEM_REF
	  && TREE_CODE (base) != SSA_NAME)
	return boolean_false_node;
      tree ptr = TREE_CODE (base) == SSA_NAME ? base : TREE_OPERAND (base, 0);
      if (TREE_CODE (ptr) == ADDR_EXPR)
	{
	  base = get_base_address (TREE_OPERAND (ptr, 0));
	  continue;
	}
      if (TREE_CODE (ptr) != SSA_NAME)
	return boolean_false_node;
      next->safe_push (ptr);
      return NULL_TREE;
    }
  return boolean_false_node;
}

static tree
esc_ptrfree_step (esc_batch *, tree ptr, vec<tree> *next)
{
  tree base = esc_pointer_source (ptr);
  if (!base)
    /* A parameter, a loaded pointer, a call's result, a merge: what its
       type says.  */
    return esc_bool (esc_text_pointer_type_p (TREE_TYPE (ptr)));
  return esc_ptrfree_base (base, next);
}

/* Is REF memory that cannot hold a pointer's bytes: a string, a variable
   (or the object an address chain leads back to) whose type has no
   pointer, or text reached through a `char *'?  Bytes read from
   anywhere else may be a pointer's representation.  Capped: no.  */
static bool
esc_pointer_free_ref_p (esc_batch *b, tree ref)
{
  auto_vec<tree> next;
  if (tree a = esc_ptrfree_base (get_base_address (ref), &next))
    return a == boolean_true_node;
  bool capped;
  tree a = esc_walk (b, ESC_Q_PTRFREE, next[0], esc_ptrfree_step, &capped);
  return !capped && a == boolean_true_node;
}

/* Is REF a load of one byte of memory that may hold a pointer's bytes
   (the object representation, read through an `unsigned char *')?  A
   typed `char' field or array element is not: only a plain dereference
   reads another object's bytes.  */
static bool
esc_pointer_byte_ref_p (esc_batch *b, tree ref)
{
  tree t = TREE_TYPE (ref);
  tree r = ref;
  while (TREE_CODE (r) == ARRAY_REF)
    r = TREE_OPERAND (r, 0);
  return (TREE_CODE (r) == MEM_REF || TREE_CODE (r) == TARGET_MEM_REF)
	 && TREE_CODE (t) == INTEGER_TYPE
	 && TYPE_PRECISION (t) == BITS_PER_UNIT
	 && !esc_pointer_free_ref_p (b, ref);
}

/* Step of "pointer bits" at T.  */
static tree
esc_bits_step (esc_batch *b, tree t, vec<tree> *next)
{
  gimple *d = SSA_NAME_DEF_STMT (t);
  if (gphi *phi = dyn_cast <gphi *> (d))
    {
      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	next->safe_push (gimple_phi_arg_def (phi, i));
      return NULL_TREE;
    }
  if (!is_gimple_assign (d))
    return NULL_TREE;
  tree r1 = gimple_assign_rhs1 (d);
  enum tree_code c = gimple_assign_rhs_code (d);
  /* A load of a whole integer variable that lives in memory because its
     address was taken: memcpy (&bits, &p, sizeof p) may have put a
     pointer there.  */
  if (gimple_assign_single_p (d) && VAR_P (r1) && !is_global_var (r1)
      && TREE_ADDRESSABLE (r1))
    return boolean_true_node;
  if (gimple_assign_single_p (d) && c != SSA_NAME)
    {
      if (!handled_component_p (r1) && TREE_CODE (r1) != MEM_REF
	  && TREE_CODE (r1) != TARGET_MEM_REF)
	return NULL_TREE;
      return esc_punned_ref_p (r1) || esc_pointer_byte_ref_p (b, r1)
	     ? boolean_true_node : NULL_TREE;
    }
  if (c == SSA_NAME || CONVERT_EXPR_CODE_P (c) || c == VIEW_CONVERT_EXPR)
    next->safe_push (r1);
  return NULL_TREE;
}

/* Does non-pointer SSA name T carry pointer bits?  Yes when it was loaded
   from memory by a type-punned access (GCC folds memcpy (d, s, 16) into
   a uint128_t load and store; a union member), or byte by byte through
   a character type (the object representation of whatever the memory
   holds) from memory that may hold pointers, or copied, converted or
   merged from such a value.  Capped: yes, and *CAPPED is set: the value
   escapes (`unmodelled').  */
bool
esc_punned_ssa_p (esc_batch *b, tree t, bool *capped)
{
  bool found = esc_walk (b, ESC_Q_BITS, t, esc_bits_step, capped);
  return found || *capped;
}

/* Step of "global root" at pointer PTR.  */
static tree
esc_global_step (esc_batch *, tree ptr, vec<tree> *next)
{
  gimple *d = SSA_NAME_DEF_STMT (ptr);
  if (!is_gimple_assign (d))
    return NULL_TREE;
  tree r1 = gimple_assign_rhs1 (d);
  enum tree_code c = gimple_assign_rhs_code (d);
  if (c == SSA_NAME || c == POINTER_PLUS_EXPR || CONVERT_EXPR_CODE_P (c))
    {
      next->safe_push (r1);
      return NULL_TREE;
    }
  if (!gimple_assign_single_p (d))
    return NULL_TREE;
  if (TREE_CODE (r1) == ADDR_EXPR)
    r1 = TREE_OPERAND (r1, 0);
  tree base = get_base_address (r1);
  if (base && DECL_P (base) && is_global_var (base))
    return base;
  if (base && TREE_CODE (base) == MEM_REF)
    next->safe_push (TREE_OPERAND (base, 0));
  return NULL_TREE;
}

/* If pointer PTR was loaded from a global, or from memory reached from
   one, that global: a store through PTR is an assignment to it.
   Capped: NULL_TREE with *CAPPED set (the caller sends the store to the
   heap, `unmodelled').  */
tree
esc_global_root (esc_batch *b, tree ptr, bool *capped)
{
  return esc_walk (b, ESC_Q_GLOBAL, ptr, esc_global_step, capped);
}

/* Step of "copied load" at T.  */
static tree
esc_load_step (esc_batch *, tree t, vec<tree> *next)
{
  gimple *d = SSA_NAME_DEF_STMT (t);
  if (!is_gimple_assign (d))
    return NULL_TREE;
  tree r1 = gimple_assign_rhs1 (d);
  enum tree_code c = gimple_assign_rhs_code (d);
  if (CONVERT_EXPR_CODE_P (c) || c == SSA_NAME)
    {
      next->safe_push (r1);
      return NULL_TREE;
    }
  if (!gimple_assign_single_p (d)
      || !(handled_component_p (r1) || TREE_CODE (r1) == MEM_REF
	   || TREE_CODE (r1) == TARGET_MEM_REF || DECL_P (r1)))
    return NULL_TREE;
  tree size = TYPE_SIZE_UNIT (TREE_TYPE (r1));
  if (!size || !tree_fits_uhwi_p (size))
    return NULL_TREE;
  unsigned HOST_WIDE_INT n = tree_to_uhwi (size);
  if (n == 1 || n >= (unsigned) (POINTER_SIZE / BITS_PER_UNIT))
    return r1;
  return NULL_TREE;
}

/* If untracked scalar T is a byte or a word loaded from memory (through
   conversions), that memory reference.  Capped: NULL_TREE with *CAPPED
   set; the caller cannot name what was copied, and every site of the
   batch escapes (esc_cap_batch).  */
tree
esc_copied_load (esc_batch *b, tree t, bool *capped)
{
  return esc_walk (b, ESC_Q_LOAD, t, esc_load_step, capped);
}

/* Step of "self-assignment": the pointer a value was loaded through.  */
static tree
esc_self_step (esc_batch *, tree t, vec<tree> *next)
{
  gimple *d = SSA_NAME_DEF_STMT (t);
  if (!is_gimple_assign (d))
    return NULL_TREE;
  enum tree_code c = gimple_assign_rhs_code (d);
  tree a = gimple_assign_rhs1 (d);
  if (c == SSA_NAME || c == POINTER_PLUS_EXPR || CONVERT_EXPR_CODE_P (c))
    {
      next->safe_push (a);
      return NULL_TREE;
    }
  if (!gimple_assign_single_p (d))
    return NULL_TREE;
  tree lb = get_base_address (a);
  if (lb && TREE_CODE (lb) == MEM_REF)
    return TREE_OPERAND (lb, 0);
  return NULL_TREE;
}

/* Is `LHS = R1 CODE ...' a store through pointer P of a value loaded
   through the same P (through copies, conversions and pointer
   arithmetic)?  Capped: no (the store is lowered as any other).  */
bool
esc_self_assignment_p (esc_batch *b, tree lhs, tree r1, enum tree_code code)
{
  tree base = get_base_address (lhs);
  if (!base || TREE_CODE (base) != MEM_REF
      || TREE_CODE (TREE_OPERAND (base, 0)) != SSA_NAME)
    return false;
  tree p = TREE_OPERAND (base, 0);
  if (code != SSA_NAME && code != POINTER_PLUS_EXPR
      && !CONVERT_EXPR_CODE_P (code))
    return false;
  bool capped;
  tree from = esc_walk (b, ESC_Q_SELF, r1, esc_self_step, &capped);
  return !capped && from == p;
}

/* Step of "constant size": the constant, or the name the chain of
   copies and conversions ends at.  */
static tree
esc_const_step (esc_batch *, tree t, vec<tree> *next)
{
  gimple *d = SSA_NAME_DEF_STMT (t);
  if (!d || !is_gimple_assign (d))
    return t;
  enum tree_code c = gimple_assign_rhs_code (d);
  if (c != INTEGER_CST && c != SSA_NAME && !CONVERT_EXPR_CODE_P (c))
    return t;
  tree r1 = gimple_assign_rhs1 (d);
  if (TREE_CODE (r1) != SSA_NAME)
    return r1;
  next->safe_push (r1);
  return NULL_TREE;
}

/* Follow SSA copies and conversions back to a constant (-O0 leaves
   `n_5 = 16; p = gc_alloc (n_5)').  Capped: T itself, which is not a
   constant, so that the size is non-constant and the site escapes.  */
tree
esc_chase_constant (esc_batch *b, tree t)
{
  if (!t || TREE_CODE (t) != SSA_NAME)
    return t;
  bool capped;
  tree c = esc_walk (b, ESC_Q_CONST, t, esc_const_step, &capped);
  return capped || !c ? t : c;
}

/* Step of "size name".  */
static tree
esc_name_step (esc_batch *, tree t, vec<tree> *next)
{
  tree v = SSA_NAME_VAR (t);
  if (v && DECL_NAME (v) && !DECL_ARTIFICIAL (v) && !DECL_IGNORED_P (v))
    return v;
  gimple *d = SSA_NAME_DEF_STMT (t);
  if (!d || !is_gimple_assign (d)
      || !(CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (d))
	   || gimple_assign_rhs_code (d) == SSA_NAME))
    return NULL_TREE;
  tree r1 = gimple_assign_rhs1 (d);
  if (DECL_P (r1) && DECL_NAME (r1) && !DECL_ARTIFICIAL (r1))
    return r1;
  next->safe_push (r1);
  return NULL_TREE;
}

/* The source name of size argument T, if it is one named variable
   (for the note only).  Capped: none.  */
const char *
esc_size_name (esc_batch *b, tree t)
{
  if (t && DECL_P (t) && DECL_NAME (t) && !DECL_ARTIFICIAL (t))
    return IDENTIFIER_POINTER (DECL_NAME (t));
  tree v = esc_walk (b, ESC_Q_NAME, t, esc_name_step, NULL);
  return v ? IDENTIFIER_POINTER (DECL_NAME (v)) : NULL;
}

/* Pointer bits as the lowering meets them (assign.cc, call.cc): an
   integer that may carry them, and integer storage where stored bits are
   no longer followed.  */

/* Is OP an integer (or other non-pointer value) that may hold pointer
   bits: loaded by type punning, or copied from such a load?  */
bool
esc_int_bits_p (esc_batch *b, tree op)
{
  return TREE_CODE (op) == SSA_NAME
	 && !esc_type_has_pointers (TREE_TYPE (op))
	 && esc_ssa_loc (b, op) >= 0;
}

/* Is memory reference REF (being written through a non-pointer type)
   storage whose later integer loads are not followed: a local variable
   or field with no pointer in its type, or an integer field of an object
   that holds pointers or of memory reached through a pointer, written by
   a plain typed access?  Pointer bits
   stored there must escape at the store (a pointer converted to an
   integer).  A memcpy GCC folded, a union member and a byte written into
   an object holding pointers are copies of its bytes instead.  */
bool
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
bool
esc_int_slot_addr_p (esc_batch *b, tree obj)
{
  tree base = get_base_address (obj);
  return base && DECL_P (base) && esc_local_decl_p (b, base)
	 && !esc_type_has_pointers (TREE_TYPE (obj));
}

/* stacktest.cc -- frees and reallocations in callees (SPEC 6): the
   run-time test "is this pointer inside the current thread's stack?".

   A gc_free or gc_realloc whose argument may point to memory of a caller
   cannot tell at compile time whether it is given a heap block or a
   caller's converted storage.  Instead of making that memory escape, the
   rewrite asks at run time, with a helper it emits into the unit (no
   library, no header):

       static int __gc_escape_stack_p (const void *p, int exact)
       {
	 static __thread uintptr_t lo, hi;
	 static __thread int state;	   0 unknown yet, 1 known, 2 unknowable
	 if (state == 0)
	   {
	     char attr[256];		   a pthread_attr_t, any libc
	     void *a = 0; size_t s = 0;
	     if (pthread_getattr_np (pthread_self (), attr) == 0)
	       {
		 pthread_attr_getstack (attr, &a, &s);
		 pthread_attr_destroy (attr);
	       }
	     lo = (uintptr_t) a; hi = lo + s; state = s ? 1 : 2;
	   }
	 if (state == 2 || !in [lo, hi) (__builtin_frame_address (0)))
	   {
	     if (exact) __builtin_trap ();
	     return 1;
	   }
	 if ((uintptr_t) p - lo < hi - lo)
	   return 1;
	 if (fake stacks: -fsanitize=address)
	   return __asan_addr_is_in_fake_stack
		    (__asan_get_current_fake_stack (), p, 0, 0) != 0;
	 return 0;
       }

   Why the answer is exact (docs/design.md says it for users): converted
   storage is a local array of a frame that is live while a pointer to it
   is used (the analysis proves that), and it never leaves its thread (a
   pointer handed to pthread_create escapes), so it is inside the range
   the C library reports for the current thread's stack, or, under
   AddressSanitizer's detect_stack_use_after_return, inside one of the
   thread's live fake frames.  A heap block is in neither: the stack range
   of a thread is its own mapping (for the main thread glibc bounds it by
   the mapping below), and the allocator does not hand out stack memory.
   When the range cannot be had (no /proc for the main thread's stack),
   or the call runs on a stack outside it (a makecontext coroutine's, a
   signal handler's sigaltstack: its frame address is not in the range),
   a free is skipped (safe in a GC-backed program: the collector reclaims
   the block) and a reallocation traps rather than guess.

   A reallocation also needs the size of the storage it copies: when the
   unit has a reallocator call, every converted storage of the unit is
   preceded by a size word (esc_size_words; rewrite.cc, frames.cc).  A
   pointer of another unit never reaches a tested call here: across
   units (without -flto) a call is a call to an unknown function, and the
   site escapes.  */

#include "esc.h"

bool esc_size_words;
static tree esc_st_decl;

/* An external function NAME of type TYPE: the unit's own declaration
   when it has one.  */
static tree
esc_st_extern (const char *name, tree type)
{
  if (symtab_node *n = symtab_node::get_for_asmname (get_identifier (name)))
    if (TREE_CODE (n->decl) == FUNCTION_DECL)
      return n->decl;
  tree d = build_fn_decl (name, type);
  DECL_ARTIFICIAL (d) = 1;
  return d;
}

/* A zero-initialized static __thread variable of TYPE.  */
static tree
esc_st_tls (const char *name, tree type)
{
  tree v = build_decl (BUILTINS_LOCATION, VAR_DECL, get_identifier (name),
		       type);
  TREE_STATIC (v) = 1;
  TREE_PUBLIC (v) = 0;
  TREE_USED (v) = 1;
  DECL_ARTIFICIAL (v) = 1;
  DECL_IGNORED_P (v) = 1;
  DECL_INITIAL (v) = build_zero_cst (type);
  set_decl_tls_model (v, decl_default_tls_model (v));
  varpool_node::add (v);
  return v;
}

/* A local variable of FN's outermost scope.  */
static tree
esc_st_local (tree fn, tree *vars, const char *name, tree type)
{
  tree v = build_decl (BUILTINS_LOCATION, VAR_DECL, get_identifier (name),
		       type);
  DECL_CONTEXT (v) = fn;
  DECL_ARTIFICIAL (v) = 1;
  TREE_USED (v) = 1;
  DECL_CHAIN (v) = *vars;
  *vars = v;
  return v;
}

void
esc_stack_test_reset (void)
{
  esc_st_decl = NULL_TREE;
}

/* Can this compile have the test?  It needs native TLS (emulated TLS is
   lowered before this pass), stacks the C library knows (not
   -fsplit-stack's segments) and untagged addresses (not HWASan's).
   Where it cannot, the callers' memory leaks through the call, as
   without the test.  */
bool
esc_stack_test_available (void)
{
  return targetm.have_tls && !flag_split_stack
	 && !(flag_sanitize & SANITIZE_HWADDRESS);
}

/* The unit's helper, made on first use (see the head of this file).  */
tree
esc_stack_test_fn (void)
{
  if (esc_st_decl)
    return esc_st_decl;
  tree uptr = build_nonstandard_integer_type (POINTER_SIZE, 1);
  tree st = size_type_node;
  tree ftype = build_function_type_list (integer_type_node, const_ptr_type_node,
					 integer_type_node, NULL_TREE);
  tree fn = build_decl (BUILTINS_LOCATION, FUNCTION_DECL,
			get_identifier ("__gc_escape_stack_p"), ftype);
  tree saved_fn = current_function_decl;
  push_cfun (NULL);
  current_function_decl = fn;
  tree res = build_decl (BUILTINS_LOCATION, RESULT_DECL, NULL_TREE,
			 integer_type_node);
  DECL_ARTIFICIAL (res) = 1;
  DECL_IGNORED_P (res) = 1;
  DECL_CONTEXT (res) = fn;
  DECL_RESULT (fn) = res;
  tree p = build_decl (BUILTINS_LOCATION, PARM_DECL, get_identifier ("p"),
		       const_ptr_type_node);
  DECL_ARG_TYPE (p) = const_ptr_type_node;
  DECL_CONTEXT (p) = fn;
  TREE_USED (p) = 1;
  tree exact = build_decl (BUILTINS_LOCATION, PARM_DECL,
			   get_identifier ("exact"), integer_type_node);
  DECL_ARG_TYPE (exact) = integer_type_node;
  DECL_CONTEXT (exact) = fn;
  TREE_USED (exact) = 1;
  DECL_CHAIN (p) = exact;
  DECL_ARGUMENTS (fn) = p;
  TREE_STATIC (fn) = 1;
  TREE_PUBLIC (fn) = 0;
  TREE_USED (fn) = 1;
  DECL_ARTIFICIAL (fn) = 1;
  DECL_IGNORED_P (fn) = 1;
  DECL_NO_INSTRUMENT_FUNCTION_ENTRY_EXIT (fn) = 1;
  DECL_UNINLINABLE (fn) = 1;
  allocate_struct_function (fn, false);

  tree lo = esc_st_tls ("__gc_escape_stack_lo", uptr);
  tree hi = esc_st_tls ("__gc_escape_stack_hi", uptr);
  tree state = esc_st_tls ("__gc_escape_stack_state", integer_type_node);

  tree vars = NULL_TREE;
  tree attr = esc_st_local (fn, &vars, "attr",
			    build_array_type_nelts (char_type_node, 256));
  SET_DECL_ALIGN (attr, 16 * BITS_PER_UNIT);
  DECL_USER_ALIGN (attr) = 1;
  TREE_ADDRESSABLE (attr) = 1;
  tree a = esc_st_local (fn, &vars, "a", ptr_type_node);
  TREE_ADDRESSABLE (a) = 1;
  tree s = esc_st_local (fn, &vars, "s", st);
  TREE_ADDRESSABLE (s) = 1;

  tree self_fn = esc_st_extern ("pthread_self",
				build_function_type_list (uptr, NULL_TREE));
  tree getattr_fn
    = esc_st_extern ("pthread_getattr_np",
		     build_function_type_list (integer_type_node, uptr,
					       ptr_type_node, NULL_TREE));
  tree getstack_fn
    = esc_st_extern ("pthread_attr_getstack",
		     build_function_type_list (integer_type_node,
					       ptr_type_node, ptr_type_node,
					       ptr_type_node, NULL_TREE));
  tree destroy_fn
    = esc_st_extern ("pthread_attr_destroy",
		     build_function_type_list (integer_type_node,
					       ptr_type_node, NULL_TREE));
  tree attr_addr = build_fold_addr_expr_with_type (attr, ptr_type_node);
  tree zero_i = integer_zero_node;

  /* if (state == 0) { ... }  */
  tree init = alloc_stmt_list ();
  append_to_statement_list (build2 (MODIFY_EXPR, ptr_type_node, a,
				    null_pointer_node), &init);
  append_to_statement_list (build2 (MODIFY_EXPR, st, s,
				    build_int_cst (st, 0)), &init);
  tree got = alloc_stmt_list ();
  append_to_statement_list (build_call_expr (getstack_fn, 3, attr_addr,
					     build_fold_addr_expr (a),
					     build_fold_addr_expr (s)), &got);
  append_to_statement_list (build_call_expr (destroy_fn, 1, attr_addr),
			    &got);
  tree ok = build2 (EQ_EXPR, boolean_type_node,
		    build_call_expr (getattr_fn, 2,
				     build_call_expr (self_fn, 0), attr_addr),
		    zero_i);
  append_to_statement_list (build3 (COND_EXPR, void_type_node, ok, got,
				    NULL_TREE), &init);
  append_to_statement_list (build2 (MODIFY_EXPR, uptr, lo,
				    fold_convert (uptr, a)), &init);
  append_to_statement_list (build2 (MODIFY_EXPR, uptr, hi,
				    build2 (PLUS_EXPR, uptr, lo,
					    fold_convert (uptr, s))), &init);
  append_to_statement_list
    (build2 (MODIFY_EXPR, integer_type_node, state,
	     build3 (COND_EXPR, integer_type_node,
		     build2 (NE_EXPR, boolean_type_node, s,
			     build_int_cst (st, 0)),
		     integer_one_node, build_int_cst (integer_type_node, 2))),
     &init);

  tree body = alloc_stmt_list ();
  append_to_statement_list (build3 (COND_EXPR, void_type_node,
				    build2 (EQ_EXPR, boolean_type_node, state,
					    zero_i),
				    init, NULL_TREE), &body);
  /* if (state == 2) { if (exact) __builtin_trap (); return 1; }  */
  tree unknown = alloc_stmt_list ();
  append_to_statement_list
    (build3 (COND_EXPR, void_type_node,
	     build2 (NE_EXPR, boolean_type_node, exact, zero_i),
	     build_call_expr (builtin_decl_explicit (BUILT_IN_TRAP), 0),
	     NULL_TREE), &unknown);
  append_to_statement_list (build1 (RETURN_EXPR, void_type_node,
				    build2 (MODIFY_EXPR, integer_type_node,
					    res, integer_one_node)),
			    &unknown);
  /* Or this call runs on a stack the C library does not know (a
     makecontext coroutine's, a sigaltstack signal handler's): converted
     storage there is outside [lo, hi), so this call cannot tell either.
     The frame address is the real stack's, under AddressSanitizer's
     fake stacks too.  */
  tree fa = build_call_expr (builtin_decl_explicit (BUILT_IN_FRAME_ADDRESS),
			     1, integer_zero_node);
  tree off_stack = build2 (GE_EXPR, boolean_type_node,
			   build2 (MINUS_EXPR, uptr, fold_convert (uptr, fa),
				   lo),
			   build2 (MINUS_EXPR, uptr, hi, lo));
  append_to_statement_list (build3 (COND_EXPR, void_type_node,
				    build2 (TRUTH_ORIF_EXPR, boolean_type_node,
					    build2 (EQ_EXPR, boolean_type_node,
						    state,
						    build_int_cst
						      (integer_type_node, 2)),
					    off_stack),
				    unknown, NULL_TREE), &body);
  /* r = (uintptr_t) p - lo < hi - lo  */
  tree r = build2 (LT_EXPR, boolean_type_node,
		   build2 (MINUS_EXPR, uptr, fold_convert (uptr, p), lo),
		   build2 (MINUS_EXPR, uptr, hi, lo));
  if (flag_sanitize & SANITIZE_ADDRESS)
    {
      tree cur = esc_st_extern ("__asan_get_current_fake_stack",
				build_function_type_list (ptr_type_node,
							  NULL_TREE));
      tree in = esc_st_extern ("__asan_addr_is_in_fake_stack",
			       build_function_type_list (ptr_type_node,
							 ptr_type_node,
							 ptr_type_node,
							 ptr_type_node,
							 ptr_type_node,
							 NULL_TREE));
      tree fake = build2 (NE_EXPR, boolean_type_node,
			  build_call_expr (in, 4, build_call_expr (cur, 0),
					   fold_convert (ptr_type_node, p),
					   null_pointer_node,
					   null_pointer_node),
			  null_pointer_node);
      r = build2 (TRUTH_ORIF_EXPR, boolean_type_node, r, fake);
    }
  append_to_statement_list (build1 (RETURN_EXPR, void_type_node,
				    build2 (MODIFY_EXPR, integer_type_node,
					    res,
					    fold_convert (integer_type_node,
							  r))), &body);

  tree block = make_node (BLOCK);
  BLOCK_VARS (block) = vars;
  BLOCK_SUPERCONTEXT (block) = fn;
  TREE_USED (block) = 1;
  DECL_INITIAL (fn) = block;
  DECL_SAVED_TREE (fn) = build3 (BIND_EXPR, void_type_node, vars, body,
				 block);
  DECL_SOURCE_LOCATION (fn) = BUILTINS_LOCATION;
  cfun->function_end_locus = BUILTINS_LOCATION;
  gimplify_function_tree (fn);
  cgraph_node::add_new_function (fn, false);
  pop_cfun ();
  current_function_decl = saved_fn;
  esc_st_decl = fn;
  if (dump_file)
    fprintf (dump_file, "escape: made the run-time stack test %s%s\n",
	     IDENTIFIER_POINTER (DECL_NAME (fn)),
	     (flag_sanitize & SANITIZE_ADDRESS) ? " (with fake stacks)" : "");
  return fn;
}

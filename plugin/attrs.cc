/* attrs.cc -- gc_alloc, gc_free, noescape and noheap.

   Handlers validate where GCC parses the attribute; misuse is a
   -Wattributes warning in GCC's own wording and the attribute is dropped
   (*no_add_attrs), so the analysis only ever sees well-formed attributes.
   Queries used by the analysis live here too.  */

#include "esc.h"

/* The number of declared parameters of FNTYPE, or -1 if unprototyped.  */
static int
esc_nparams (tree fntype)
{
  if (!prototype_p (fntype))
    return -1;
  int n = 0;
  for (tree a = TYPE_ARG_TYPES (fntype); a && TREE_VALUE (a) != void_type_node;
       a = TREE_CHAIN (a))
    n++;
  return n;
}

/* The type of parameter I (0-based) of FNTYPE, or NULL.  */
tree
esc_param_type (tree fntype, int i)
{
  if (!fntype)
    return NULL_TREE;
  tree a = TYPE_ARG_TYPES (fntype);
  for (; a && i > 0; a = TREE_CHAIN (a), i--)
    ;
  if (!a || TREE_VALUE (a) == void_type_node)
    return NULL_TREE;
  return TREE_VALUE (a);
}

/* Does FNTYPE take a pointer (or, with AGGREGATES, a struct holding one)?
   An unprototyped function may.  */
static bool
esc_has_pointer_params (tree fntype, bool aggregates)
{
  if (!prototype_p (fntype))
    return true;
  for (int i = 0; tree pt = esc_param_type (fntype, i); i++)
    if (POINTER_TYPE_P (pt)
	|| (aggregates && AGGREGATE_TYPE_P (pt) && esc_type_has_pointers (pt)))
      return true;
  return false;
}

/* Check the positional arguments of attribute NAME on FNDECL: each must
   be an integer constant naming a parameter (1-based) whose type passes
   WANT (integral or pointer).  Returns false after warning.  */
static bool
esc_check_positions (tree name, tree fndecl, tree args, bool want_pointer)
{
  tree fntype = TREE_TYPE (fndecl);
  int n = esc_nparams (fntype);
  int pos = 0;
  for (tree a = args; a; a = TREE_CHAIN (a))
    {
      pos++;
      tree v = TREE_VALUE (a);
      if (v)
	STRIP_ANY_LOCATION_WRAPPER (v);
      if (!v || TREE_CODE (v) != INTEGER_CST
	  || !INTEGRAL_TYPE_P (TREE_TYPE (v)))
	{
	  warning (OPT_Wattributes,
		   "%qE attribute argument %i is not an integer constant",
		   name, pos);
	  return false;
	}
      if (tree_int_cst_sgn (v) <= 0 || !tree_fits_shwi_p (v))
	{
	  warning (OPT_Wattributes,
		   "%qE attribute argument %i value %qE does not refer to a "
		   "function parameter", name, pos, v);
	  return false;
	}
      HOST_WIDE_INT i = tree_to_shwi (v);
      if (n >= 0 && i > n)
	{
	  warning (OPT_Wattributes,
		   "%qE attribute argument %i value %qE exceeds the number of "
		   "function parameters %i", name, pos, v, n);
	  return false;
	}
      tree pt = esc_param_type (fntype, i - 1);
      if (pt && want_pointer && !POINTER_TYPE_P (pt)
	  && !(AGGREGATE_TYPE_P (pt) && esc_type_has_pointers (pt)))
	{
	  warning (OPT_Wattributes,
		   "%qE attribute argument %i value %qE refers to parameter "
		   "type %qT", name, pos, v, pt);
	  return false;
	}
      if (pt && !want_pointer && !INTEGRAL_TYPE_P (pt))
	{
	  warning (OPT_Wattributes,
		   "%qE attribute argument %i value %qE refers to parameter "
		   "type %qT", name, pos, v, pt);
	  return false;
	}
    }
  return true;
}

static bool
esc_check_fndecl (tree *node, tree name)
{
  if (TREE_CODE (*node) != FUNCTION_DECL)
    {
      warning (OPT_Wattributes, "%qE attribute only applies to functions",
	       name);
      return false;
    }
  return true;
}

/* Is *NODE a function returning a pointer, as gc_alloc and gc_realloc
   need?  Warns when not.  */
static bool
esc_check_allocator (tree *node, tree name)
{
  if (!esc_check_fndecl (node, name))
    return false;
  tree rtype = TREE_TYPE (TREE_TYPE (*node));
  if (!POINTER_TYPE_P (rtype))
    {
      warning (OPT_Wattributes,
	       "%qE attribute ignored on a function returning %qT", name,
	       rtype);
      return false;
    }
  return true;
}

static tree
esc_handle_gc_alloc (tree *node, tree name, tree args, int, bool *no_add)
{
  if (!esc_check_allocator (node, name))
    {
      *no_add = true;
      return NULL_TREE;
    }
  if (list_length (args) > 2)
    {
      warning (OPT_Wattributes, "%qE attribute takes at most two arguments",
	       name);
      *no_add = true;
      return NULL_TREE;
    }
  if (!esc_check_positions (name, *node, args, false))
    {
      *no_add = true;
      return NULL_TREE;
    }
  if (!args)
    {
      /* The size is alloc_size's, else argument 1: there must be one.  */
      tree fntype = TREE_TYPE (*node);
      tree at = lookup_attribute ("alloc_size", TYPE_ATTRIBUTES (fntype));
      tree p1 = esc_param_type (fntype, 0);
      if (!at && prototype_p (fntype) && (!p1 || !INTEGRAL_TYPE_P (p1)))
	{
	  warning (OPT_Wattributes,
		   "%qE attribute ignored: argument 1 of %qD is not an "
		   "integer size; give the size argument as %<gc_alloc(N)%>",
		   name, *node);
	  *no_add = true;
	  return NULL_TREE;
	}
    }
  /* Every call stays a call site: the plugin marks allocators
     uninlinable before the early inliner (plugin.cc).  */
  return NULL_TREE;
}

static tree
esc_handle_gc_free (tree *node, tree name, tree args, int, bool *no_add)
{
  if (!esc_check_fndecl (node, name))
    {
      *no_add = true;
      return NULL_TREE;
    }
  if (args)
    {
      warning (OPT_Wattributes, "%qE attribute takes no arguments", name);
      *no_add = true;
      return NULL_TREE;
    }
  if (!esc_has_pointer_params (TREE_TYPE (*node), false))
    {
      warning (OPT_Wattributes,
	       "%qE attribute ignored on a function without pointer "
	       "parameters", name);
      *no_add = true;
      return NULL_TREE;
    }
  /* A deallocator's calls are deleted when they free converted storage:
     they stay calls, as an allocator's do (plugin.cc).  */
  return NULL_TREE;
}

static int esc_attr_position (tree a);

/* gc_realloc, gc_realloc(P, S): P (default 1) a pointer parameter, the
   old block; S (default 2) an integer one, the new size.  */
static tree
esc_handle_gc_realloc (tree *node, tree name, tree args, int, bool *no_add)
{
  if (!esc_check_allocator (node, name))
    {
      *no_add = true;
      return NULL_TREE;
    }
  int n = list_length (args);
  if (n != 0 && n != 2)
    {
      warning (OPT_Wattributes, "%qE attribute takes no or two arguments",
	       name);
      *no_add = true;
      return NULL_TREE;
    }
  if (n == 2
      && (!esc_check_positions (name, *node,
				tree_cons (NULL_TREE, TREE_VALUE (args),
					   NULL_TREE), true)
	  || !esc_check_positions (name, *node, TREE_CHAIN (args), false)))
    {
      *no_add = true;
      return NULL_TREE;
    }
  tree fntype = TREE_TYPE (*node);
  int ip, is;
  esc_realloc_args (*node, &ip, &is);
  if (n == 2)
    {
      ip = tree_to_shwi (TREE_VALUE (args)) - 1;
      is = tree_to_shwi (TREE_VALUE (TREE_CHAIN (args))) - 1;
    }
  tree pp = esc_param_type (fntype, ip), ps = esc_param_type (fntype, is);
  if (prototype_p (fntype)
      && (!pp || !POINTER_TYPE_P (pp) || !ps || !INTEGRAL_TYPE_P (ps)
	  || ip == is))
    {
      warning (OPT_Wattributes,
	       "%qE attribute ignored: %qD does not take a pointer and an "
	       "integer size at %i and %i", name, *node, ip + 1, is + 1);
      *no_add = true;
    }
  return NULL_TREE;
}

static tree
esc_handle_noescape (tree *node, tree name, tree args, int, bool *no_add)
{
  if (TREE_CODE (*node) == PARM_DECL)
    {
      if (args)
	{
	  warning (OPT_Wattributes,
		   "%qE attribute on a parameter takes no arguments", name);
	  *no_add = true;
	  return NULL_TREE;
	}
      tree type = TREE_TYPE (*node);
      if (!POINTER_TYPE_P (type)
	  && !(AGGREGATE_TYPE_P (type) && esc_type_has_pointers (type)))
	{
	  warning (OPT_Wattributes,
		   "%qE attribute ignored on a parameter of type %qT", name,
		   type);
	  *no_add = true;
	  return NULL_TREE;
	}
      /* The PARM_DECLs of a bodyless declaration are discarded by GCC;
	 the parameter's type survives in the function type, so carry the
	 attribute there too.  affects_type_identity is false, so
	 redeclarations without it stay compatible.  */
      TREE_TYPE (*node)
	= build_type_attribute_variant (type,
					tree_cons (name, NULL_TREE,
						   TYPE_ATTRIBUTES (type)));
      return NULL_TREE;
    }
  if (!esc_check_fndecl (node, name))
    {
      *no_add = true;
      return NULL_TREE;
    }
  if (!esc_check_positions (name, *node, args, true))
    {
      *no_add = true;
      return NULL_TREE;
    }
  if (!args)
    {
      if (!esc_has_pointer_params (TREE_TYPE (*node), true))
	{
	  warning (OPT_Wattributes,
		   "%qE attribute ignored on a function without pointer "
		   "parameters", name);
	  *no_add = true;
	}
    }
  return NULL_TREE;
}

static tree
esc_handle_noheap (tree *node, tree name, tree args, int, bool *no_add)
{
  if (!esc_check_fndecl (node, name))
    *no_add = true;
  else if (args)
    {
      warning (OPT_Wattributes, "%qE attribute takes no arguments", name);
      *no_add = true;
    }
  return NULL_TREE;
}

/* name, min_len, max_len, decl_required, type_required,
   function_type_required, affects_type_identity, handler, exclude.  */
static struct attribute_spec esc_attr_gc_alloc
  = { "gc_alloc", 0, -1, true, false, false, false, esc_handle_gc_alloc,
      NULL };
static struct attribute_spec esc_attr_gc_free
  = { "gc_free", 0, -1, true, false, false, false, esc_handle_gc_free, NULL };
static struct attribute_spec esc_attr_gc_realloc
  = { "gc_realloc", 0, -1, true, false, false, false, esc_handle_gc_realloc,
      NULL };
static struct attribute_spec esc_attr_noescape
  = { "noescape", 0, -1, true, false, false, false, esc_handle_noescape,
      NULL };
static struct attribute_spec esc_attr_noheap
  = { "noheap", 0, -1, true, false, false, false, esc_handle_noheap, NULL };

void
esc_register_attributes (void *, void *)
{
  register_attribute (&esc_attr_gc_alloc);
  register_attribute (&esc_attr_gc_free);
  register_attribute (&esc_attr_gc_realloc);
  register_attribute (&esc_attr_noescape);
  register_attribute (&esc_attr_noheap);
}

bool
esc_is_alloc_fn (tree fndecl)
{
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL)
    return false;
  if (lookup_attribute ("gc_alloc", DECL_ATTRIBUTES (fndecl)))
    return true;
  return esc_name_listed (fndecl, esc_opts.alloc_names)
	 && POINTER_TYPE_P (TREE_TYPE (TREE_TYPE (fndecl)));
}

bool
esc_is_free_fn (tree fndecl)
{
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL)
    return false;
  return lookup_attribute ("gc_free", DECL_ATTRIBUTES (fndecl))
	 || esc_name_listed (fndecl, esc_opts.free_names);
}

bool
esc_is_realloc_fn (tree fndecl)
{
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL)
    return false;
  if (lookup_attribute ("gc_realloc", DECL_ATTRIBUTES (fndecl)))
    return true;
  int ip, is;
  tree fntype = TREE_TYPE (fndecl);
  return esc_name_listed (fndecl, esc_opts.realloc_names)
	 && POINTER_TYPE_P (TREE_TYPE (fntype))
	 && esc_realloc_args (fndecl, &ip, &is)
	 && esc_param_type (fntype, ip)
	 && POINTER_TYPE_P (esc_param_type (fntype, ip))
	 && esc_param_type (fntype, is)
	 && INTEGRAL_TYPE_P (esc_param_type (fntype, is));
}

/* The old-block and size arguments of reallocator FNDECL, 0-based.  */
bool
esc_realloc_args (tree fndecl, int *p, int *s)
{
  *p = 0;
  *s = 1;
  tree at = lookup_attribute ("gc_realloc", DECL_ATTRIBUTES (fndecl));
  if (at && TREE_VALUE (at) && TREE_CHAIN (TREE_VALUE (at)))
    {
      *p = esc_attr_position (TREE_VALUE (at));
      *s = esc_attr_position (TREE_CHAIN (TREE_VALUE (at)));
    }
  return *p >= 0 && *s >= 0;
}

bool
esc_is_noheap_fn (tree fndecl)
{
  return fndecl && lookup_attribute ("noheap", DECL_ATTRIBUTES (fndecl));
}

static int
esc_attr_position (tree a)
{
  tree v = TREE_VALUE (a);
  if (v)
    STRIP_ANY_LOCATION_WRAPPER (v);
  if (v && TREE_CODE (v) == INTEGER_CST && tree_fits_shwi_p (v))
    return (int) tree_to_shwi (v) - 1;
  return -1;
}

/* Size arguments of allocator FNDECL, 0-based; B is -1 for a single
   size.  gc_alloc(S[, N]) wins, then GCC's alloc_size, then argument 1.  */
bool
esc_alloc_size_args (tree fndecl, int *a, int *b)
{
  *a = 0;
  *b = -1;
  tree at = lookup_attribute ("gc_alloc", DECL_ATTRIBUTES (fndecl));
  if (!at || !TREE_VALUE (at))
    {
      at = lookup_attribute ("alloc_size", DECL_ATTRIBUTES (fndecl));
      if (!at)
	at = lookup_attribute ("alloc_size",
			       TYPE_ATTRIBUTES (TREE_TYPE (fndecl)));
    }
  if (at && TREE_VALUE (at))
    {
      tree args = TREE_VALUE (at);
      *a = esc_attr_position (args);
      if (TREE_CHAIN (args))
	*b = esc_attr_position (TREE_CHAIN (args));
      return *a >= 0 && (!TREE_CHAIN (args) || *b >= 0);
    }
  return true;
}

/* Alignment in bits of what allocator FNDECL returns at CALL.  */
unsigned
esc_alloc_align (tree fndecl, const gcall *call)
{
  unsigned align = BIGGEST_ALIGNMENT;
  tree attrs[2] = { DECL_ATTRIBUTES (fndecl),
		    TYPE_ATTRIBUTES (TREE_TYPE (fndecl)) };
  for (tree list : attrs)
    {
      tree at = lookup_attribute ("assume_aligned", list);
      if (at && TREE_VALUE (at))
	{
	  tree v = TREE_VALUE (TREE_VALUE (at));
	  if (v && TREE_CODE (v) == INTEGER_CST && tree_fits_uhwi_p (v)
	      && pow2p_hwi (tree_to_uhwi (v)) && tree_to_uhwi (v) <= 4096)
	    align = MAX (align, (unsigned) tree_to_uhwi (v) * BITS_PER_UNIT);
	}
      at = lookup_attribute ("alloc_align", list);
      if (at && TREE_VALUE (at))
	{
	  int i = esc_attr_position (TREE_VALUE (at));
	  if (i >= 0 && (unsigned) i < gimple_call_num_args (call))
	    {
	      tree v = gimple_call_arg (call, i);
	      if (TREE_CODE (v) == INTEGER_CST && tree_fits_uhwi_p (v)
		  && pow2p_hwi (tree_to_uhwi (v)) && tree_to_uhwi (v) <= 4096)
		align = MAX (align,
			     (unsigned) tree_to_uhwi (v) * BITS_PER_UNIT);
	    }
	}
    }
  return align;
}

/* Does the declaration promise that argument ARGNO (0-based) does not
   escape?  */
bool
esc_noescape_arg_p (tree fndecl, tree fntype, unsigned argno)
{
  if (fndecl)
    {
      for (tree at = lookup_attribute ("noescape", DECL_ATTRIBUTES (fndecl));
	   at; at = lookup_attribute ("noescape", TREE_CHAIN (at)))
	{
	  if (!TREE_VALUE (at))
	    return true;
	  for (tree a = TREE_VALUE (at); a; a = TREE_CHAIN (a))
	    if (esc_attr_position (a) == (int) argno)
	      return true;
	}
      /* A definition's PARM_DECLs.  */
      unsigned i = 0;
      for (tree p = DECL_ARGUMENTS (fndecl); p; p = DECL_CHAIN (p), i++)
	if (i == argno
	    && (lookup_attribute ("noescape", DECL_ATTRIBUTES (p))
		|| lookup_attribute ("noescape",
				     TYPE_ATTRIBUTES (TREE_TYPE (p)))))
	  return true;
    }
  if (!fntype && fndecl)
    fntype = TREE_TYPE (fndecl);
  tree pt = esc_param_type (fntype, argno);
  return pt && lookup_attribute ("noescape", TYPE_ATTRIBUTES (pt));
}

/* graph.cc -- locations, edges and holes (Go's graph.go).

   A hole is where the value being lowered flows.  esc_flow adds the edge
   SRC -> hole.dst with the hole's derefs; the shortcuts are Go's: a flow
   into the discard hole or a self-flow at derefs >= 0 adds nothing.  */

#include "esc.h"

int
esc_new_loc (esc_batch *b, enum esc_loc_kind kind, tree t, esc_fn *fn)
{
  esc_loc *l = XCNEW (esc_loc);
  l->kind = kind;
  l->t = t;
  l->fn = fn;
  l->edges = vNULL;
  l->path = vNULL;
  l->events = vNULL;
  l->site = -1;
  l->walk_dst = -1;
  l->walk_edge = -1;
  b->locs.safe_push (l);
  return b->locs.length () - 1;
}

esc_hole
esc_hole_to (int dst, location_t where)
{
  esc_hole k;
  k.dst = dst;
  k.derefs = 0;
  k.why = ESC_R_NONE;
  k.where = where;
  k.detail = NULL_TREE;
  return k;
}

esc_hole
esc_hole_heap (esc_batch *b, enum esc_reason why, location_t where,
	       tree detail)
{
  esc_hole k = esc_hole_to (b->heap, where);
  k.why = why;
  k.detail = detail;
  return k;
}

/* Location SRC flows to the heap, the step's reason WHY at WHERE:
   e.flow (e.heapHole ().note (where, why), src) in Go.  */
void
esc_flow_heap (esc_batch *b, int src, enum esc_reason why, location_t where,
	       tree detail)
{
  esc_flow (b, esc_hole_heap (b, why, where, detail), src);
}

/* The address of location L flows to the heap: its storage escapes
   (a site's size, a forced site, a site in a cycle).  */
void
esc_flow_heap_addr (esc_batch *b, int l, enum esc_reason why,
		    location_t where)
{
  esc_flow (b, esc_hole_addr (esc_hole_heap (b, why, where)), l);
}

/* The hole for &E, when the hole for E is K: one dereference fewer.  Go
   never goes below -1: an address of an address is not an lvalue.  */
esc_hole
esc_hole_addr (esc_hole k)
{
  if (k.derefs > -1)
    k.derefs--;
  return k;
}

esc_hole
esc_hole_deref (esc_hole k, int n)
{
  k.derefs += n;
  return k;
}

void
esc_flow (esc_batch *b, esc_hole k, int src)
{
  if (k.dst < 0 || src < 0)
    return;
  if (k.dst == src && k.derefs >= 0)
    return;
  esc_edge e;
  e.src = src;
  e.derefs = k.derefs;
  e.why = k.why;
  e.where = k.where;
  e.detail = k.detail;
  /* Go appends without de-duplication; lowering the same statement
     shape twice is common in GIMPLE (PHIs, copies), so keep the graph
     small: an identical edge adds nothing.  */
  vec<esc_edge> &in = b->locs[k.dst]->edges;
  unsigned n = in.length ();
  for (unsigned i = n > 8 ? n - 8 : 0; i < n; i++)
    if (in[i].src == src && in[i].derefs <= e.derefs)
      return;
  b->locs[k.dst]->edges.safe_push (e);
}

/* Can a value of TYPE hold a pointer?  Pointers, and aggregates, vectors
   and complex values with a pointer inside.  Integers never: a pointer
   converted to an integer has already escaped at the conversion.  */
bool
esc_type_has_pointers (tree type)
{
  if (!type)
    return false;
  switch (TREE_CODE (type))
    {
    case POINTER_TYPE:
    case REFERENCE_TYPE:
    case NULLPTR_TYPE:
      return true;
    case ARRAY_TYPE:
    case VECTOR_TYPE:
    case COMPLEX_TYPE:
      return esc_type_has_pointers (TREE_TYPE (type));
    case RECORD_TYPE:
    case UNION_TYPE:
    case QUAL_UNION_TYPE:
      for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
	if (TREE_CODE (f) == FIELD_DECL && esc_type_has_pointers (TREE_TYPE (f)))
	  return true;
      return false;
    default:
      return false;
    }
}

/* Print location L as Go's -m=2 explanations do: a variable by name, a
   site as {storage for NAME(SIZE)}, the heap as {heap}.  */
void
esc_loc_name (esc_batch *b, int i, pretty_printer *pp)
{
  esc_loc *l = b->locs[i];
  switch (l->kind)
    {
    case ESC_LK_HEAP:
      pp_string (pp, "{heap}");
      return;
    case ESC_LK_RESULT:
      pp_string (pp, "{result}");
      return;
    case ESC_LK_SITE:
      pp_string (pp, "{storage for ");
      if (l->site >= 0)
	esc_format_site (&b->sites[l->site], pp);
      else
	pp_string (pp, esc_callee_name (gimple_call_fndecl
					(as_a <gcall *> (l->stmt))));
      pp_string (pp, "}");
      return;
    case ESC_LK_TEMP:
      pp_string (pp, "{temp}");
      return;
    case ESC_LK_PARAM:
      if (!l->t)
	{
	  pp_string (pp, "...");
	  return;
	}
      /* Fall through.  */
    case ESC_LK_VAR:
    case ESC_LK_SSA:
      {
	tree t = l->t;
	if (t && TREE_CODE (t) == SSA_NAME)
	  t = SSA_NAME_VAR (t);
	if (t && DECL_P (t) && DECL_NAME (t) && !DECL_IGNORED_P (t)
	    && !DECL_ARTIFICIAL (t))
	  pp_string (pp, IDENTIFIER_POINTER (DECL_NAME (t)));
	else
	  pp_string (pp, "{temp}");
	return;
      }
    }
}

void
esc_batch_free (esc_batch *b)
{
  for (esc_loc *l : b->locs)
    {
      l->edges.release ();
      l->path.release ();
      l->events.release ();
      free (l);
    }
  b->locs.release ();
  for (esc_fn *f : b->fns)
    {
      f->params.release ();
      f->frees.release ();
      f->reallocs.release ();
      f->tested.release ();
      free (f);
    }
  b->fns.release ();
  for (esc_site &s : b->sites)
    s.path.release ();
  b->sites.release ();
  for (esc_istore &s : b->istores)
    BITMAP_FREE (s.done);
  b->istores.release ();
  b->free_args.release ();
  b->clobber_args.release ();
  delete b->map;
  esc_walk_free (b);
}

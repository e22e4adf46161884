/* solve.cc -- the solver (Go's solve.go).

   1. Stores through pointers (SPEC rules=c): each store's pointer is
      resolved to the locations it may point to, by the same walk; a
      pointer that may point to the heap (a parameter's memory, a global,
      anything loaded from unknown memory) sends the value to the heap
      (`store through pointer'); otherwise the value flows into each
      local target, as Go's composite literal elements do.  Adding edges
      can widen other pointers' targets, so this repeats to a fixpoint.
   2. walkAll / walkOne: for each root, the minimal derefs from every
      location to it (Bellman-Ford; an address-of reaching the root is
      clamped to 0 beyond that location).  A location whose address
      reaches a root that outlives it escapes, and becomes a root itself.
      A parameter reaching the heap or a result leaks.
   3. outlives: the heap and anything escaping outlive everything; a
      result outlives the function's storage; a loop-header PHI, or
      memory that survives an iteration of a loop, outlives storage that
      is fresh in each iteration of that loop (`loop-carried').  */

#include "esc.h"

/* The caps (docs/design.md, Caps); -fplugin-arg-escape-param=NAME=N
   sets them, for testing.  */
unsigned long esc_cap_work = 50000000UL;
unsigned esc_cap_path = 32;
unsigned esc_cap_rounds = 16;

/* A cap was reached where no smaller answer is safe: every site of the
   batch escapes (`unmodelled') and every parameter leaks.  WHY names
   the cap in the dump.  */
void
esc_cap_batch (esc_batch *b, const char *why)
{
  if (b->capped)
    return;
  b->capped = true;
  if (dump_file)
    fprintf (dump_file, "escape: %s; every site of this component "
	     "escapes\n", why);
}

static bool
esc_charge (esc_batch *b, unsigned long n)
{
  b->work += n;
  if (b->work > esc_cap_work && !b->capped)
    {
      char buf[64];
      snprintf (buf, sizeof buf, "work limit %lu reached", esc_cap_work);
      esc_cap_batch (b, buf);
    }
  return !b->capped;
}

/* One step of the relaxation of a walk over incoming edges (Go's
   walkOne): location SRC is reached with ND derefs.  When that is its
   first visit in walk GEN, or fewer derefs than before, it takes ND and
   is queued (once) to be relaxed in turn.  Returns whether it took ND.  */
static bool
esc_relax (esc_batch *b, vec<int> *todo, int src, int nd, unsigned gen)
{
  esc_loc *s = b->locs[src];
  if (s->walkgen == gen && s->derefs <= nd)
    return false;
  s->walkgen = gen;
  s->derefs = nd;
  if (!s->queued)
    {
      s->queued = true;
      todo->safe_push (src);
    }
  return true;
}

/* The end of a walk: nothing stays queued.  */
static void
esc_walk_done (esc_batch *b, vec<int> *todo)
{
  for (int i : *todo)
    b->locs[i]->queued = false;
  todo->release ();
}

/* Visit every location whose address may flow to ROOT; call FN on it.
   Unlike the escape walk, this one is exact about addresses: from
   `root = &l; l = x' it reports l, and does not go on into what l holds
   (Go's clamp to derefs 0 there is right for escapes, wrong for what a
   pointer may point to).  The heap's contents point into the heap, so the
   heap is reported at any derefs.  Escaping locations are visited too.  */
template <typename F>
static void
esc_points_to (esc_batch *b, int root, F fn)
{
  unsigned gen = ++b->walkgen;
  vec<int> todo = vNULL;
  auto_bitmap reported;
  esc_loc *r = b->locs[root];
  r->walkgen = gen;
  r->derefs = 0;
  todo.safe_push (root);
  for (unsigned qi = 0; qi < todo.length (); qi++)
    {
      int li = todo[qi];
      esc_loc *l = b->locs[li];
      l->queued = false;
      if (l->kind == ESC_LK_HEAP)
	{
	  if (bitmap_set_bit (reported, li))
	    fn (li);
	  if (li != root)
	    continue;
	}
      if (!esc_charge (b, l->edges.length () + 1))
	break;
      for (esc_edge &e : l->edges)
	{
	  int nd = l->derefs + e.derefs;
	  if (nd < 0)
	    {
	      if (bitmap_set_bit (reported, e.src))
		fn (e.src);
	      continue;
	    }
	  esc_relax (b, &todo, e.src, nd, gen);
	}
    }
  esc_walk_done (b, &todo);
}

/* A gc_free or gc_realloc argument that may point to memory that is not
   this function's (a parameter's object, say) could be given a caller's
   converted storage.  The call is tested at run time (SPEC 6,
   stacktest.cc): it joins its function's `tested' calls.  Where the test
   cannot be made, the argument leaks, as a call argument.  Returns true
   if an edge was added.  */
static bool
esc_resolve_frees (esc_batch *b)
{
  bool changed = false;
  for (esc_free_arg &a : b->free_args)
    {
      if (a.loc < 0)
	continue;
      bool heap = false;
      esc_points_to (b, a.loc, [&] (int t) {
	if (t == b->heap)
	  heap = true;
      });
      if (!heap)
	continue;
      if (a.testable)
	{
	  if (!a.fn->tested.contains (a.call))
	    a.fn->tested.safe_push (a.call);
	}
      else
	{
	  if (dump_file)
	    {
	      expanded_location x = expand_location (gimple_location (a.call));
	      fprintf (dump_file, "escape: %s: the call at %s:%d cannot be "
		       "tested at run time; its argument leaks\n",
		       a.fn->node->dump_name (), x.file ? x.file : "?", x.line);
	    }
	  esc_flow_heap (b, a.loc, ESC_R_CALL_ARG, gimple_location (a.call));
	  changed = true;
	}
      a.loc = -1;
    }
  return changed;
}

/* Memory reachable from an argument of a call that may write through it
   may afterwards hold pointers to anything: give each such local
   location the edge `loc = &heap'.  Returns true if one was added.  */
static bool
esc_resolve_clobbers (esc_batch *b)
{
  bool changed = false;
  auto_bitmap seen;
  vec<int> work = vNULL;
  for (int a : b->clobber_args)
    esc_points_to (b, a, [&] (int t) {
      if (bitmap_set_bit (seen, t))
	work.safe_push (t);
    });
  while (!work.is_empty () && !b->capped)
    {
      int x = work.pop ();
      esc_loc *l = b->locs[x];
      if (l->kind == ESC_LK_HEAP)
	continue;
      if (!l->clobbered)
	{
	  l->clobbered = true;
	  esc_flow (b, esc_hole_addr (esc_hole_to (x, UNKNOWN_LOCATION)),
		    b->heap);
	  changed = true;
	}
      esc_points_to (b, x, [&] (int t) {
	if (bitmap_set_bit (seen, t))
	  work.safe_push (t);
      });
    }
  work.release ();
  return changed;
}

/* The bound on the locations one write-back test (below) may visit;
   past it the store goes to the heap, as any store through a parameter
   does.  */
unsigned esc_cap_writeback = 10000;

/* The bound was reached: no, and the dump says so.  */
static bool
esc_write_back_capped (esc_istore &st)
{
  if (dump_file)
    {
      expanded_location x = expand_location (st.where);
      fprintf (dump_file, "escape: write-back test limit %u reached at "
	       "%s:%d; the store goes to the heap\n", esc_cap_writeback,
	       x.file ? x.file : "?", x.line);
    }
  return false;
}

/* Does the store ST only write back into a parameter's memory what it
   read there: is its pointer a copy of one parameter P's incoming value
   (copies and pointer arithmetic, no load, no address), and is every
   value it may store read from P's memory (P at one dereference or
   more)?  Then, in every caller, the store puts into the argument's
   memory pointers that memory already reached: a cursor advanced
   through a `char **' (`*s = p' after `p = *s; p++'), a list unlinked
   in place.  Nothing new escapes, and the store adds no flow.  The test
   is on the graph as it stands; the store resolution repeats it each
   round, so edges added later are seen.  Whatever it cannot tell
   answers no: the heap.  */
static bool
esc_write_back_p (esc_batch *b, esc_istore &st)
{
  /* The pointer: copies only, down to one parameter.  */
  int param = -1;
  unsigned budget = esc_cap_writeback;
  auto_bitmap seen;
  auto_vec<int> work;
  work.safe_push (st.ptr);
  bitmap_set_bit (seen, st.ptr);
  while (!work.is_empty ())
    {
      int li = work.pop ();
      esc_loc *l = b->locs[li];
      if (budget-- == 0)
	return esc_write_back_capped (st);
      if (l->kind == ESC_LK_PARAM)
	{
	  if (param >= 0 && param != li)
	    return false;
	  param = li;
	  continue;
	}
      if (l->kind != ESC_LK_SSA && l->kind != ESC_LK_VAR
	  && l->kind != ESC_LK_TEMP)
	return false;
      for (esc_edge &e : l->edges)
	{
	  if (e.derefs != 0)
	    return false;
	  if (bitmap_set_bit (seen, e.src))
	    work.safe_push (e.src);
	}
    }
  if (param < 0)
    return false;

  /* The value: the least dereferences from it to each location it is
     read from (the relaxation of the escape walk, esc_relax); every
     leaf must be PARAM at one or more, and no address may be taken on
     the way.  */
  unsigned gen = ++b->walkgen;
  vec<int> todo = vNULL;
  esc_relax (b, &todo, st.val, 0, gen);
  bool ok = true;
  for (unsigned qi = 0; qi < todo.length () && ok; qi++)
    {
      esc_loc *l = b->locs[todo[qi]];
      l->queued = false;
      if (budget-- == 0)
	{
	  ok = esc_write_back_capped (st);
	  break;
	}
      if (l->kind == ESC_LK_PARAM)
	{
	  ok = todo[qi] == param && l->derefs >= 1;
	  continue;
	}
      if (l->kind != ESC_LK_SSA && l->kind != ESC_LK_VAR
	  && l->kind != ESC_LK_TEMP && l->kind != ESC_LK_SITE)
	ok = false;
      for (unsigned ei = 0; ok && ei < l->edges.length (); ei++)
	{
	  int nd = l->derefs + l->edges[ei].derefs;
	  if (nd < 0)
	    ok = false;
	  else
	    esc_relax (b, &todo, l->edges[ei].src, nd, gen);
	}
    }
  esc_walk_done (b, &todo);
  return ok;
}

static void
esc_resolve_stores (esc_batch *b)
{
  esc_resolve_clobbers (b);
  if (b->istores.is_empty ())
    {
      esc_resolve_frees (b);
      return;
    }
  for (unsigned round = 0; round < esc_cap_rounds; round++)
    {
      bool changed = false;
      hash_map<int_hash<int, -1, -2>, bitmap> cache;
      for (esc_istore &st : b->istores)
	{
	  if (st.to_heap)
	    continue;
	  bitmap *pts = cache.get (st.ptr);
	  if (!pts)
	    {
	      bitmap set = BITMAP_ALLOC (NULL);
	      esc_points_to (b, st.ptr, [&] (int l) { bitmap_set_bit (set, l); });
	      cache.put (st.ptr, set);
	      pts = cache.get (st.ptr);
	    }
	  if (b->capped)
	    break;
	  bitmap_iterator bi;
	  unsigned t;
	  bool write_back = false;
	  EXECUTE_IF_AND_COMPL_IN_BITMAP (*pts, st.done, 0, t, bi)
	    {
	      esc_loc *tl = b->locs[t];
	      esc_hole k = esc_hole_to (t, st.where);
	      if (tl->kind == ESC_LK_HEAP)
		{
		  if (!st.global && esc_write_back_p (b, st))
		    {
		      write_back = true;
		      continue;
		    }
		  k.why = st.global ? ESC_R_GLOBAL : ESC_R_STORE;
		  k.detail = st.global;
		  st.to_heap = true;
		}
	      esc_flow (b, k, st.val);
	      changed = true;
	    }
	  bitmap_ior_into (st.done, *pts);
	  /* A write-back is tested again next round.  */
	  if (write_back)
	    bitmap_clear_bit (st.done, b->heap);
	}
      for (auto it = cache.begin (); it != cache.end (); ++it)
	BITMAP_FREE ((*it).second);
      if (esc_resolve_frees (b))
	changed = true;
      if (esc_resolve_clobbers (b))
	changed = true;
      if (!changed || b->capped)
	return;
    }
  /* Out of rounds: the rest go to the heap, and since what gc_free and
     the calls that write through their arguments may reach has not
     settled either, so does every site.  */
  char buf[80];
  snprintf (buf, sizeof buf, "store resolution did not settle in %u rounds",
	    esc_cap_rounds);
  esc_cap_batch (b, buf);
  for (esc_istore &st : b->istores)
    if (!st.to_heap)
      {
	esc_flow_heap (b, st.val, ESC_R_STORE, st.where);
	st.to_heap = true;
      }
}

/* Does variable L hold a value across the back edge of loops?  Forward
   "may hold a value" dataflow: set by any reference, cleared by a
   clobber (end of scope).  Fills CARRIED with the numbers of the loops
   whose back edges it crosses.  */
static void
esc_var_carried (esc_loc *l, function *fun, bitmap carried)
{
  int nb = last_basic_block_for_fn (fun);
  /* Per block: 0 none, 1 referenced last, 2 clobbered last.  */
  auto_vec<int> kind;
  auto_vec<unsigned> seq;
  kind.safe_grow_cleared (nb);
  seq.safe_grow_cleared (nb);
  for (unsigned i = 0; i + 2 < l->events.length (); i += 3)
    {
      int bbi = l->events[i];
      unsigned s = (unsigned) l->events[i + 1];
      if (bbi < nb && (kind[bbi] == 0 || s >= seq[bbi]))
	{
	  kind[bbi] = l->events[i + 2];
	  seq[bbi] = s;
	}
    }
  auto_sbitmap out (nb);
  bitmap_clear (out);
  auto_vec<basic_block> work;
  basic_block bb;
  FOR_ALL_BB_FN (bb, fun)
    if (kind[bb->index] == 1)
      {
	bitmap_set_bit (out, bb->index);
	work.safe_push (bb);
      }
  while (!work.is_empty ())
    {
      bb = work.pop ();
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, bb->succs)
	{
	  basic_block d = e->dest;
	  if (kind[d->index] == 2 || bitmap_bit_p (out, d->index))
	    continue;
	  bitmap_set_bit (out, d->index);
	  work.safe_push (d);
	}
    }
  for (unsigned li = 1; li < number_of_loops (fun); li++)
    {
      class loop *lp = get_loop (fun, li);
      if (!lp)
	continue;
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, lp->header->preds)
	if (flow_bb_inside_loop_p (lp, e->src)
	    && bitmap_bit_p (out, e->src->index))
	  bitmap_set_bit (carried, lp->num);
    }
}

/* The loop each of whose iterations gets fresh storage for L (the root
   loop: once per call).  */
class loop *
esc_loc_home (esc_loc *l)
{
  if (l->home_done)
    return l->home;
  l->home_done = true;
  function *fun = l->fn->fun;
  class loop *root = loops_for_fn (fun)->tree_root;
  l->home = root;
  if (l->kind == ESC_LK_SITE)
    {
      basic_block bb = gimple_bb (l->stmt);
      if (bb && bb->loop_father)
	l->home = bb->loop_father;
      return l->home;
    }
  if (l->kind != ESC_LK_VAR || l->events.is_empty ())
    return l->home;
  class loop *lca = NULL;
  for (unsigned i = 0; i + 2 < l->events.length (); i += 3)
    {
      basic_block bb = BASIC_BLOCK_FOR_FN (fun, l->events[i]);
      class loop *lp = bb && bb->loop_father ? bb->loop_father : root;
      lca = lca ? find_common_loop (lca, lp) : lp;
    }
  if (!lca || lca == root)
    return l->home;
  auto_bitmap carried;
  esc_var_carried (l, fun, carried);
  while (lca != root && bitmap_bit_p (carried, lca->num))
    lca = loop_outer (lca);
  l->home = lca;
  return lca;
}

/* Does ROOT, holding the address of L, outlive L?  Sets *WHY.  */
static bool
esc_outlives (esc_loc *root, esc_loc *l, enum esc_reason *why)
{
  if (root->escapes)
    {
      *why = root->kind == ESC_LK_HEAP ? l->walk_why : root->reason;
      if (*why == ESC_R_NONE)
	*why = ESC_R_UNMODELLED;
      return true;
    }
  if (root->kind == ESC_LK_RESULT)
    {
      *why = ESC_R_RETURN;
      return true;
    }
  if (root->fn != l->fn || !root->fn)
    return false;
  if (l->kind != ESC_LK_SITE && l->kind != ESC_LK_VAR)
    return false;
  *why = ESC_R_LOOP;
  class loop *lh = esc_loc_home (l);
  if (!loop_outer (lh))
    return false;
  if (root->header_of)
    return lh == root->header_of || flow_loop_nested_p (root->header_of, lh);
  if (root->kind == ESC_LK_SITE || root->kind == ESC_LK_VAR)
    {
      class loop *rh = esc_loc_home (root);
      return !(rh == lh || flow_loop_nested_p (lh, rh));
    }
  return false;
}

/* The explanation of how L reached ROOT, then ROOT's own.  */
static void
esc_record_path (esc_batch *b, int li, int root, vec<esc_step> *out)
{
  out->truncate (0);
  int cur = li;
  auto_bitmap seen;
  while (cur != root && cur >= 0 && out->length () < esc_cap_path)
    {
      esc_loc *c = b->locs[cur];
      /* Steps recorded by relaxations at lower derefs can form a cycle:
	 stop at the first location seen twice.  */
      if (c->walk_dst < 0 || !bitmap_set_bit (seen, cur))
	break;
      esc_edge &e = b->locs[c->walk_dst]->edges[c->walk_edge];
      esc_step s = { c->walk_dst, cur, e.derefs, e.why, e.where, e.detail };
      out->safe_push (s);
      cur = c->walk_dst;
    }
  esc_loc *r = b->locs[root];
  for (esc_step &s : r->path)
    if (out->length () < esc_cap_path)
      out->safe_push (s);
  if (out->length () >= esc_cap_path && dump_file)
    fprintf (dump_file, "escape: explanation cut at %u steps (path "
	     "limit)\n", esc_cap_path);
}

static void
esc_leak (esc_batch *b, int root, int pi, int derefs)
{
  esc_loc *r = b->locs[root];
  esc_loc *p = b->locs[pi];
  int sink = (r->kind == ESC_LK_RESULT && r->fn == p->fn && !r->escapes)
	     ? ESC_LEAK_RESULT : ESC_LEAK_HEAP;
  int before = esc_leaks_get (p->leaks, sink);
  esc_leaks_add (&p->leaks, sink, derefs);
  if (esc_opts.m >= 2 && sink == ESC_LEAK_HEAP
      && (before < 0 || esc_leaks_get (p->leaks, sink) < before))
    esc_record_path (b, pi, root, &p->path);
}

static void
esc_walk_one (esc_batch *b, int root, vec<int> *roots)
{
  unsigned gen = ++b->walkgen;
  esc_loc *r = b->locs[root];
  r->walkgen = gen;
  r->derefs = 0;
  r->walk_dst = -1;
  r->walk_edge = -1;
  r->walk_why = ESC_R_NONE;
  vec<int> todo = vNULL;
  todo.safe_push (root);
  for (unsigned qi = 0; qi < todo.length (); qi++)
    {
      int li = todo[qi];
      esc_loc *l = b->locs[li];
      l->queued = false;
      int d = l->derefs;
      if (d < 0)
	{
	  /* L's address flows to ROOT.  */
	  d = 0;
	  enum esc_reason why = ESC_R_NONE;
	  if (li != root && !l->escapes
	      && (l->kind == ESC_LK_VAR || l->kind == ESC_LK_SITE)
	      && esc_outlives (r, l, &why))
	    {
	      l->escapes = true;
	      l->reason = why;
	      if (esc_opts.m >= 2)
		esc_record_path (b, li, root, &l->path);
	      roots->safe_push (li);
	      continue;
	    }
	}
      if (l->kind == ESC_LK_PARAM
	  && (r->escapes || r->kind == ESC_LK_RESULT))
	{
	  esc_leak (b, root, li, d);
	}
      if (!esc_charge (b, l->edges.length () + 1))
	break;
      for (unsigned ei = 0; ei < l->edges.length (); ei++)
	{
	  esc_edge &e = l->edges[ei];
	  esc_loc *s = b->locs[e.src];
	  if (s->escapes)
	    continue;
	  int nd = d + e.derefs;
	  /* A location that holds its own address (a block's pieces
	     pointing to each other) keeps the step that reached it: the
	     explanation goes on from there, not round the loop.  */
	  if (esc_relax (b, &todo, e.src, nd, gen) && e.src != li)
	    {
	      s->walk_dst = li;
	      s->walk_edge = ei;
	      s->walk_why = li == root ? e.why : l->walk_why;
	    }
	}
    }
  esc_walk_done (b, &todo);
}

void
esc_solve (esc_batch *b)
{
  esc_resolve_stores (b);

  /* Roots: the heap first (so that a forced reason is found first, as in
     Go), the results, then what only matters for loops.  */
  vec<int> roots = vNULL;
  roots.safe_push (b->heap);
  for (esc_fn *f : b->fns)
    roots.safe_push (f->result);
  for (unsigned i = 0; i < b->locs.length (); i++)
    {
      esc_loc *l = b->locs[i];
      if (!l->fn || !l->fn->has_loop_sites)
	continue;
      if (l->header_of || l->kind == ESC_LK_VAR || l->kind == ESC_LK_SITE)
	roots.safe_push (i);
    }
  /* The loop queries of the walk read the current function's loop tree:
     switch cfun only when the root's function changes.  */
  function *cur = NULL;
  for (unsigned i = 0; i < roots.length () && !b->capped; i++)
    {
      esc_fn *f = b->locs[roots[i]]->fn;
      if (f && f->fun != cur)
	{
	  if (cur)
	    pop_cfun ();
	  push_cfun (f->fun);
	  cur = f->fun;
	}
      esc_walk_one (b, roots[i], &roots);
    }
  if (cur)
    pop_cfun ();
  roots.release ();

  if (b->capped)
    {
      /* Bounded work: everything escapes.  */
      for (esc_loc *l : b->locs)
	{
	  if (l->kind == ESC_LK_SITE && !l->escapes)
	    {
	      l->escapes = true;
	      l->reason = ESC_R_UNMODELLED;
	    }
	  if (l->kind == ESC_LK_PARAM)
	    l->leaks = esc_leaks_unknown ();
	}
    }
  for (esc_site &s : b->sites)
    {
      esc_loc *l = b->locs[s.loc];
      /* A block with levels is one storage: it stays on the heap when
	 any level escapes (what the others hold was kept local, and is
	 unreachable once the frame is gone, as for esc_forced).  */
      if (!l->escapes && s.block && s.levels >= 0)
	for (unsigned i = 1; i < s.slots->nlevels && !l->escapes; i++)
	  {
	    esc_loc *li = b->locs[s.levels + i - 1];
	    if (li->escapes)
	      {
		l->escapes = true;
		l->reason = li->reason;
		l->path.safe_splice (li->path);
	      }
	  }
      if (l->escapes)
	{
	  s.reason = l->reason;
	  if (esc_opts.m >= 2)
	    s.path.safe_splice (l->path);
	}
    }
}

/* The converted sites ARG (a gc_realloc's old block) may point to.  */
void
esc_converted_targets (esc_batch *b, tree arg, vec<esc_site *> *out)
{
  int l = TREE_CODE (arg) == SSA_NAME ? esc_ssa_loc (b, arg) : -1;
  if (l < 0)
    return;
  esc_points_to (b, l, [&] (int t) {
    esc_loc *tl = b->locs[t];
    if (tl->kind == ESC_LK_SITE && tl->site >= 0
	&& b->sites[tl->site].convert)
      out->safe_push (&b->sites[tl->site]);
  });
}

/* May ARG (a gc_free argument) point to a site that is converted?  */
bool
esc_may_point_to_converted (esc_batch *b, tree arg)
{
  int l = -1;
  if (TREE_CODE (arg) == SSA_NAME)
    l = esc_ssa_loc (b, arg);
  if (l < 0)
    return false;
  bool found = false;
  esc_points_to (b, l, [&] (int t) {
    esc_loc *tl = b->locs[t];
    if (tl->kind == ESC_LK_SITE && tl->site >= 0
	&& b->sites[tl->site].convert)
      found = true;
  });
  return found;
}

/* May ARG point to location TARGET?  */
bool
esc_may_point_to_loc (esc_batch *b, tree arg, int target)
{
  int l = TREE_CODE (arg) == SSA_NAME ? esc_ssa_loc (b, arg) : -1;
  if (l < 0)
    return TREE_CODE (arg) != INTEGER_CST;
  bool found = false;
  esc_points_to (b, l, [&] (int t) {
    if (t == target || t == b->heap)
      found = true;
  });
  return found || b->capped;
}

/* May what HOLDER holds point to a location in SET?  True when the work
   limit stops the walk.  */
bool
esc_holds_any (esc_batch *b, int holder, bitmap set)
{
  bool any = false;
  esc_points_to (b, holder, [&] (int t) {
    if (bitmap_bit_p (set, t))
      any = true;
  });
  return any || b->capped;
}

/* Every location whose address may flow to ROOT, into OUT.  False when
   the work limit stops the walk (OUT is then incomplete).  */
bool
esc_points_to_set (esc_batch *b, int root, bitmap out)
{
  esc_points_to (b, root, [&] (int t) { bitmap_set_bit (out, t); });
  return !b->capped;
}

/* Does every location whose address may flow to ROOT lie in ALLOWED?  */
bool
esc_points_only_to (esc_batch *b, int root, bitmap allowed)
{
  bool only = true;
  esc_points_to (b, root, [&] (int t) {
    if (!bitmap_bit_p (allowed, t))
      only = false;
  });
  return only && !b->capped;
}

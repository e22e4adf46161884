/* site.cc -- allocation sites: a site's storage and its size, and the
   size rules (SPEC 4 rules 1 and 7) as edges to the heap before the
   solve.  Go keeps these in utils.go (HeapAllocReason) and in
   escape.go's Batch, which flows that reason into the graph.  */

#include "esc.h"
#include "esc-lower.h"

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

/* V in decimal, however wide (GCC's printer turns to hex), in GC
   memory.  */
static const char *
esc_decimal (widest_int v)
{
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
  return ggc_strdup (digits + n);
}

/* The size of site S (its call set), from its allocator's size
   arguments IA and IB (IB -1 for one; OK false when the allocator has
   none): a constant (after GCC's folding, through copies: bits.cc's
   esc_chase_constant), possibly too large to be represented, and the
   text a note prints for it.  */
static void
esc_site_size (esc_batch *b, esc_site *s, bool ok, int ia, int ib)
{
  gcall *call = s->call;
  unsigned nargs = gimple_call_num_args (call);
  tree a = ok && ia >= 0 && (unsigned) ia < nargs
	   ? esc_chase_constant (b, gimple_call_arg (call, ia)) : NULL_TREE;
  tree c = ok && ib >= 0 && (unsigned) ib < nargs
	   ? esc_chase_constant (b, gimple_call_arg (call, ib)) : NULL_TREE;
  bool two = ib >= 0;
  if (a && TREE_CODE (a) == INTEGER_CST && tree_fits_uhwi_p (a)
      && (!two || (c && TREE_CODE (c) == INTEGER_CST && tree_fits_uhwi_p (c))))
    {
      s->const_size = true;
      unsigned HOST_WIDE_INT x = tree_to_uhwi (a);
      if (two)
	{
	  unsigned HOST_WIDE_INT y = tree_to_uhwi (c);
	  if (y != 0 && x > HOST_WIDE_INT_M1U / y)
	    s->overflow = true;
	  else
	    x *= y;
	}
      s->size = x;
    }
  else if (a && TREE_CODE (a) == INTEGER_CST && (!two || (c && TREE_CODE (c) == INTEGER_CST)))
    {
      /* A constant that is negative or does not fit: too large.  */
      s->const_size = true;
      s->overflow = true;
    }
  if (s->overflow)
    {
      /* The size as written, in bytes: the exact product of the two
	 constants (no wrap-around), or the one constant.  */
      widest_int v = wi::to_widest (a);
      if (two)
	v = v * wi::to_widest (c);
      s->size_text = esc_decimal (v);
    }
  else
    {
      const char *n = (!two && ok && ia >= 0 && (unsigned) ia < nargs)
		      ? esc_size_name (b, gimple_call_arg (call, ia)) : NULL;
      s->size_text = n ? n : "?";
    }
}

/* A call to an allocator: a new site.  */
void
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
  esc_site_size (b, &s, ok, ia, ib);
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
  else if (!ok || !esc_small_buffer_p (call, ia, ib >= 0 ? ib : -1))
    size_why = ESC_R_NONCONST;
  if (size_why != ESC_R_NONE)
    esc_flow_heap_addr (b, s.loc, size_why, gimple_location (call));
  /* exclude= and bisect= keep the site on the heap, and with it what it
     points to.  */
  if (enum esc_reason forced = esc_site_forced (call, b->cur->decl))
    esc_flow_heap_addr (b, s.loc, forced, gimple_location (call));
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
	  esc_flow_heap_addr (b, s.loc, ESC_R_UNMODELLED,
			      gimple_location (call));
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
    esc_flow_heap_addr (b, s->loc, ESC_R_LOOP, gimple_location (call));
  if ((bb->loop_father && loop_outer (bb->loop_father)) || s->irreducible)
    b->cur->has_loop_sites = true;
}

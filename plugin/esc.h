/* esc.h -- gcc-escape's internal data model, shared by the plugin's
   sources.

   The vocabulary is Go's (src/cmd/compile/internal/escape):

   location  a place a pointer can be held: an SSA name, a local variable
	     in memory, a parameter, the function's result, an allocation
	     site's storage, or the heap.
   edge      an incoming flow SRC -> DST with a dereference count:
		 p = &q    -1
		 p = q      0
		 p = *q     1
	     and, for -m=2 and for reasons, the statement's location and the
	     reason word of SPEC section 4.
   hole      where a value being lowered flows: a destination location and
	     the derefs applied on the way (esc_hole_addr, esc_hole_deref).

   Lowering (stmt.cc, expr.cc, assign.cc, call.cc, site.cc) only adds
   edges; the solver (solve.cc) alone decides; reporting (notes.cc) reads
   what the solver recorded.  */

#ifndef ESC_H
#define ESC_H

#include "esc-compat.h"
#include "esc-leaks.h"

/* The version predefined as __GC_ESCAPE__.  */
#define ESC_VERSION 100

/* Why a location escapes: the bracketed words of SPEC section 4.  */
enum esc_reason
{
  ESC_R_NONE,
  ESC_R_GLOBAL,		/* assign to global */
  ESC_R_STORE,		/* store through pointer */
  ESC_R_RETURN,		/* return */
  ESC_R_CALL_ARG,	/* call argument */
  ESC_R_UNKNOWN_CALL,	/* call to unknown function */
  ESC_R_INDIRECT_CALL,	/* indirect call */
  ESC_R_INTERFACE,	/* interface conversion */
  ESC_R_LOOP,		/* loop-carried */
  ESC_R_UNMODELLED,	/* unmodelled */
  ESC_R_NONCONST,	/* non-constant size */
  ESC_R_TOO_LARGE,	/* too large */
  ESC_R_EXCLUDED,	/* excluded (exclude=) */
  ESC_R_BISECT,		/* excluded by bisect (bisect=, GC_ESCAPE_BISECT) */
  ESC_R_MAX
};

extern const char *const esc_reason_text[ESC_R_MAX];

/* One exclude= entry: a path suffix and a line.  */
struct esc_exclude
{
  const char *file;
  int line;
};

/* Options of SPEC section 2, parsed once in plugin_init.  */
struct esc_options
{
  int m;			/* 0, 1 or 2 */
  bool warn;
  bool no_transform;
  bool rules_go;
  bool oracle;			/* instrument for escape-oracle */
  bool void_tracked;		/* void=tracked: void * is an ordinary slot */
  unsigned HOST_WIDE_INT small_size;	/* rule 7's buffer; 0: off */
  int dump;			/* 1: decisions, 2: also the graph */
  unsigned HOST_WIDE_INT max_stack;
  unsigned HOST_WIDE_INT max_frame;
  vec<const char *> alloc_names;
  vec<const char *> free_names;
  bool caller_frames;		/* SPEC 4 rule 6; caller-frames=0 */
  vec<esc_exclude> excludes;	/* exclude= */
  const char *bisect;		/* bisect=, or GC_ESCAPE_BISECT */
  const char *report_dir;	/* report= */
  vec<const char *> realloc_names;
};

extern esc_options esc_opts;
extern const char *esc_plugin_name;

bool esc_parse_options (struct plugin_name_args *info);
void esc_register_attributes (void *, void *);
bool esc_name_listed (tree fndecl, const vec<const char *> &names);

/* Attribute queries (attrs.cc).  */
bool esc_is_alloc_fn (tree fndecl);
bool esc_is_free_fn (tree fndecl);
bool esc_is_realloc_fn (tree fndecl);
bool esc_realloc_args (tree fndecl, int *p, int *s);
bool esc_is_noheap_fn (tree fndecl);
bool esc_noescape_arg_p (tree fndecl, tree fntype, unsigned argno);
bool esc_alloc_size_args (tree fndecl, int *a, int *b);
unsigned esc_alloc_align (tree fndecl, const gcall *call);
tree esc_param_type (tree fntype, int i);

/* What the C library does with pointers (libc.cc).  */
bool esc_known_nocapture_fn (tree fndecl);
bool esc_known_readonly_fn (tree fndecl);
bool esc_bytes_out_fn (tree fndecl);
bool esc_format_may_print_pointer (tree fndecl, const gcall *call,
				   unsigned argno);

enum esc_loc_kind
{
  ESC_LK_HEAP,		/* the heap, globals, unknown memory */
  ESC_LK_RESULT,	/* a function's result */
  ESC_LK_PARAM,		/* a parameter's incoming value */
  ESC_LK_SSA,		/* an SSA name */
  ESC_LK_VAR,		/* a local variable in memory */
  ESC_LK_SITE,		/* an allocation site's storage */
  ESC_LK_TEMP		/* a temporary of the lowering */
};

struct esc_fn;

struct esc_edge
{
  int src;
  int derefs;
  enum esc_reason why;
  location_t where;
  tree detail;		/* the global's decl for "assign to global" */
};

/* One step of an explanation (-m=2): DST = ops SRC.  */
struct esc_step
{
  int dst;
  int src;
  int derefs;
  enum esc_reason why;
  location_t where;
  tree detail;
};

struct esc_loc
{
  enum esc_loc_kind kind;
  tree t;			/* SSA name or decl, or NULL */
  esc_fn *fn;			/* owning function, NULL for the heap */
  gimple *stmt;			/* a site's call (also for a reallocation's
				   result and a block's deeper levels) */
  vec<esc_edge> edges;		/* incoming */

  /* Loops.  HOME is the loop each of whose iterations gets fresh storage
     for this location (sites and variables); HEADER_OF is the loop whose
     header PHI this is.  */
  class loop *home;
  class loop *header_of;
  bool home_done;

  /* Solver state.  */
  bool escapes;
  bool queued;
  enum esc_reason reason;	/* why it escapes */
  int derefs;			/* walk scratch */
  unsigned walkgen;
  int walk_dst;			/* back-pointer for explanations */
  int walk_edge;
  enum esc_reason walk_why;	/* reason of the edge next to the root */
  vec<esc_step> path;		/* -m=2: how it came to escape */

  /* Parameters.  */
  esc_leaks leaks;

  /* Variables: every reference and clobber, for the loop-lifetime
     dataflow (esc_var_carried keeps the last of each block).  */
  vec<int> events;		/* triples: bb index, statement order, kind
				   (1 referenced, 2 clobbered) */

  int site;			/* index into batch sites, or -1 */
  bool clobbered;		/* a callee may have written into it */
};

struct esc_slots;

/* An allocation site.  A call of a function with returnable sites (SPEC
   4 rule 6) is one too, a *block*: CALLEE is the function called, SIZE
   the bytes of its returnable storage, SLOTS what they are.  */
struct esc_site
{
  bool block;
  esc_slots *slots;
  esc_slots *returnable;	/* this site is a piece of its function's
				   slots (for its note) */
  int loc;
  gcall *call;
  esc_fn *fn;
  tree callee;
  bool const_size;
  unsigned HOST_WIDE_INT size;	/* bytes, when const_size */
  const char *size_text;	/* as printed when not constant */
  bool overflow;
  bool irreducible;
  bool convert;			/* final decision */
  bool small;			/* converted to a small-size buffer (rule 7) */
  int levels;			/* a block with levels: the location of its
				   level 1 (level I is LEVELS + I - 1) */
  tree var;			/* the converted storage, once rewritten */
  unsigned hdr;			/* bytes of VAR before the storage: its
				   size word (esc_size_words) */
  enum esc_reason reason;
  vec<esc_step> path;
};

/* A store through a pointer, resolved against the pointer's targets by
   the solver (SPEC rules=c).  */
struct esc_istore
{
  int ptr;
  int val;
  location_t where;
  bitmap done;			/* targets already given an edge */
  bool to_heap;
  tree global;			/* the pointer was loaded from this global */
};

/* Caller frames (frames.cc, SPEC 4 rule 6).  A returnable site of F is
   one whose only way out of F is F's result.  Its storage can be laid
   out by a caller whose result does not escape: F's summary lists them
   as pieces of one block, and F's *slot version* (a clone of F with the
   block's address as one extra, last argument) uses slot + offset instead
   of calling the allocator.  A piece is an allocator call of F, or a call
   block of F (a call of G whose result F only returns: G's slot version
   gets slot + offset in turn).  */
struct esc_slot_piece
{
  bool block;			/* a call of a function with slots */
  esc_slots *callee;		/* for a block: the callee's slots */
  unsigned HOST_WIDE_INT offset;
  unsigned HOST_WIDE_INT size;
  bool credited;		/* a block piece: counted as placed */
  bool small;			/* a site of non-constant size: its
				   small-size buffer (SPEC 4 rule 7) */
};

#define ESC_SLOT_LEVELS 4

struct esc_slots
{
  cgraph_node *node;		/* F */
  vec<esc_slot_piece> pieces;	/* the statement of piece I has uid I + 1 */
  unsigned HOST_WIDE_INT size;	/* bytes of the block */
  unsigned align;		/* its alignment, in bits */
  bool result_pure;		/* F returns nothing but these storages (and
				   what its parameters leak to the result) */
  cgraph_node *version;		/* F's slot version, made on first use */
  bool version_failed;
  /* The pieces by level (their derefs from F's result, SPEC 4 rule 6):
     a caller models level 0 as the call's storage and each deeper level
     as a location of its own, so that what a callee does with a level-2
     value (a grown string's bytes) does not reach the header.  REACH[I]:
     the levels that level I's pieces may point to.  NLEVELS 0: one
     location for the whole block (a piece is a block, or the levels are
     too deep).  */
  unsigned nlevels;
  unsigned char reach[ESC_SLOT_LEVELS];
  int calls;			/* calls of F seen in its callers */
  int placed;			/* of which placed in the caller's frame */
};

struct esc_fn
{
  cgraph_node *node;
  function *fun;
  tree decl;
  int result;
  vec<int> params;		/* loc per PARM_DECL, -1 if not tracked; a
				   variadic function's `...' is one more,
				   the last (VARARGS) */
  int varargs;			/* the loc of `...', or -1 */
  bool created_loops;
  bool has_sites;		/* loop structure is computed only then */
  vec<gcall *> frees;		/* gc_free calls */
  vec<gcall *> reallocs;	/* gc_realloc calls */
  vec<gcall *> tested;		/* gc_free and gc_realloc calls that may be
				   given a caller's memory: tested at run
				   time (stacktest.cc) */
  unsigned HOST_WIDE_INT frame;	/* bytes added by the rewrite */
  bool has_loop_sites;
};

/* The location of parameter I of F, or -1 when it holds no pointer (or
   F has fewer parameters).  */
static inline int
esc_param_loc (esc_fn *f, unsigned i)
{
  return i < f->params.length () ? f->params[i] : -1;
}

/* The questions of the one SSA walker (bits.cc).  */
enum esc_question
{
  ESC_Q_BITS,		/* may this integer carry pointer bits? */
  ESC_Q_PTRFREE,	/* is this memory free of pointers? */
  ESC_Q_POINTEE,	/* does this pointer point to memory with pointers? */
  ESC_Q_GLOBAL,		/* was this pointer loaded from a global? */
  ESC_Q_LOAD,		/* is this integer a byte or word copied by a load? */
  ESC_Q_SELF,		/* through which pointer was this value loaded? */
  ESC_Q_CONST,		/* is this size a constant? */
  ESC_Q_NAME,		/* the variable naming this size */
  ESC_Q_MAX
};

/* An argument of a gc_free or gc_realloc call.  */
struct esc_free_arg
{
  int loc;			/* -1 once resolved */
  gcall *call;
  esc_fn *fn;
  bool testable;		/* esc_testable_call */
};

struct esc_batch
{
  vec<esc_loc *> locs;
  vec<esc_fn *> fns;
  vec<esc_site> sites;
  vec<esc_istore> istores;
  vec<esc_free_arg> free_args;	/* locations passed to gc_free */
  vec<int> clobber_args;	/* arguments of calls that may write
				   through them */
  hash_map<tree, int> *map;
  int heap;
  unsigned walkgen;
  unsigned long work;		/* relaxation steps, capped */
  bool capped;
  hash_map<tree, tree> *walk_memo[ESC_Q_MAX];	/* per question (bits.cc) */
  esc_fn *cur;			/* function being lowered */
  gimple *cur_stmt;
};

/* A hole: where a value flows.  */
struct esc_hole
{
  int dst;			/* -1: discard */
  int derefs;
  enum esc_reason why;
  location_t where;
  tree detail;
};

/* graph.cc */
int esc_new_loc (esc_batch *b, enum esc_loc_kind kind, tree t, esc_fn *fn);
void esc_flow (esc_batch *b, esc_hole k, int src);
esc_hole esc_hole_to (int dst, location_t where);
esc_hole esc_hole_heap (esc_batch *b, enum esc_reason why, location_t where,
			tree detail = NULL_TREE);
esc_hole esc_hole_addr (esc_hole k);
esc_hole esc_hole_deref (esc_hole k, int n = 1);
void esc_flow_heap (esc_batch *b, int src, enum esc_reason why,
		    location_t where, tree detail = NULL_TREE);
void esc_flow_heap_addr (esc_batch *b, int l, enum esc_reason why,
			 location_t where);
bool esc_type_has_pointers (tree type);
void esc_loc_name (esc_batch *b, int l, pretty_printer *pp);
void esc_batch_free (esc_batch *b);

/* The lowering, GIMPLE into the graph (its internals: esc-lower.h).
   stmt.cc */
void esc_lower_params (esc_batch *b, esc_fn *f);
void esc_lower_function (esc_batch *b, esc_fn *f);
/* expr.cc */
int esc_ssa_loc (esc_batch *b, tree ssa);
/* site.cc */
void esc_site_storage (esc_batch *b, esc_site *s);
bool esc_bb_in_cycle (basic_block bb);

/* stacktest.cc: the run-time test of frees and reallocations in
   callees.  */
extern bool esc_size_words;
bool esc_stack_test_available (void);
tree esc_stack_test_fn (void);
void esc_stack_test_reset (void);
bool esc_testable_call (gcall *call);
unsigned esc_size_word_bytes (unsigned align);
bool esc_small_split_ok (gcall *call, tree callee);
bool esc_split_small (gcall *call, tree callee, unsigned HOST_WIDE_INT k,
		      gimple_seq fill, tree addr, bool *need_vops);
void esc_size_word_seq (gimple_seq *seq, tree ptr, unsigned HOST_WIDE_INT off,
			unsigned HOST_WIDE_INT size, location_t loc);
void esc_store_size_word (gimple_stmt_iterator *gsi, tree ptr,
			  unsigned HOST_WIDE_INT off,
			  unsigned HOST_WIDE_INT size, location_t loc);

/* frames.cc */
esc_slots *esc_call_slots (esc_batch *b, gcall *call);
void esc_lower_call_block (esc_batch *b, gcall *call, esc_slots *sl,
			   esc_hole k);
void esc_record_slots (esc_batch *b, esc_fn *f);
void esc_slots_placed (esc_slots *sl);
bool esc_rewrite_call_block (esc_site *s, bool *cfg_changed);

/* bits.cc: the one SSA walker, and pointer bits in integers.  */
typedef tree (*esc_walk_step) (esc_batch *, tree, vec<tree> *);
tree esc_walk (esc_batch *b, enum esc_question q, tree t, esc_walk_step step,
	       bool *capped);
void esc_walk_free (esc_batch *b);
extern unsigned esc_cap_walk;
bool esc_punned_ref_p (tree ref);
bool esc_byte_type_p (tree t);
bool esc_text_pointer_type_p (tree t);
bool esc_points_to_pointers_p (esc_batch *b, tree ptr);
bool esc_punned_ssa_p (esc_batch *b, tree t, bool *capped);
tree esc_global_root (esc_batch *b, tree ptr, bool *capped);
tree esc_copied_load (esc_batch *b, tree t, bool *capped);
bool esc_self_assignment_p (esc_batch *b, tree lhs, tree r1,
			    enum tree_code code);
tree esc_chase_constant (esc_batch *b, tree t);
const char *esc_size_name (esc_batch *b, tree t);

/* solve.cc */
void esc_solve (esc_batch *b);
void esc_cap_batch (esc_batch *b, const char *why);
extern unsigned long esc_cap_work;
extern unsigned esc_cap_rounds;
extern unsigned esc_cap_writeback;
extern unsigned esc_cap_path;
class loop *esc_loc_home (esc_loc *l);
bool esc_may_point_to_converted (esc_batch *b, tree arg);
bool esc_may_point_to_loc (esc_batch *b, tree arg, int target);
bool esc_points_only_to (esc_batch *b, int root, bitmap allowed);
bool esc_holds_any (esc_batch *b, int holder, bitmap set);
bool esc_points_to_set (esc_batch *b, int root, bitmap out);
void esc_converted_targets (esc_batch *b, tree arg, vec<esc_site *> *out);

/* pass.cc */
esc_leaks esc_summary_for (tree fndecl, unsigned argno, bool *have);

/* rewrite.cc */
void esc_decide (esc_batch *b, esc_fn *f);
bool esc_small_buffer_p (gcall *call, int ia, int ib);
unsigned esc_rewrite_function (esc_batch *b, esc_fn *f);

/* oracle.cc */
void esc_oracle_init (void);
void esc_oracle_mark_sites (esc_batch *b, esc_fn *f);

/* notes.cc */
void esc_note_site (esc_batch *b, esc_site *s);
void esc_note_params (esc_batch *b, esc_fn *f);
void esc_emit_notes (void);
void esc_check_noescape (esc_batch *b, esc_fn *f);
const char *esc_callee_name (tree callee);
void esc_format_site (esc_site *s, pretty_printer *pp);
location_t esc_user_location (location_t loc);
int esc_line_order (location_t a, location_t b);

/* report.cc: site hashes, exclude= and bisect=, report=.  */
bool esc_report_init (const char *plugin_name);
bool esc_parse_excludes (const char *v, vec<esc_exclude> *out);
bool esc_bisect_valid (const char *pattern);
enum esc_reason esc_site_forced (gcall *call, tree fndecl);
bool esc_report_wanted (void);
unsigned long long esc_site_hash (esc_site *s);
void esc_report_site (esc_site *s, const char *note);
void esc_report_returnables (void);
void esc_report_param (esc_fn *f, tree parm, const char *decision,
		       const char *reason, const char *note);

#endif /* ESC_H */

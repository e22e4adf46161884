/* esc-compat.h -- the one place in gcc-escape that knows GCC versions.

   Every GCC header the plugin needs is included here, once, in an order
   that works on every supported release.  Below the includes, each
   difference between releases is a small shim with a uniform name; the
   rest of the plugin calls those names and never tests a version.

   Supported: GCC 11 and GCC 12.  */

#ifndef ESC_COMPAT_H
#define ESC_COMPAT_H

#include <dlfcn.h>
#include "gcc-plugin.h"
#include "bversion.h"

#define ESC_GCC_MAJOR BUILDING_GCC_MAJOR
#if ESC_GCC_MAJOR < 11 || ESC_GCC_MAJOR > 16
#error "gcc-escape supports GCC 11 to GCC 16 only"
#endif

#include "tree.h"
/* c-common.h must come before diagnostic-core.h.  */
#include "c-family/c-common.h"
#include "c-family/c-pragma.h"
#include "gimple.h"
#include "tree-pass.h"
#include "context.h"
/* ssa.h pulls stringpool, gimple-ssa, tree-ssanames, tree-phinodes and
   ssa-iterators in an order that compiles.  */
#include "ssa.h"
#include "gimple-iterator.h"
#include "tree-into-ssa.h"
#include "tree-cfg.h"
#include "tree-cfgcleanup.h"
#include "tree-eh.h"
#include "cgraph.h"
#include "ipa-utils.h"
#include "diagnostic.h"
#include "attribs.h"
#include "stor-layout.h"
#include "gimple-pretty-print.h"
#include "tree-pretty-print.h"
#include "cfgloop.h"
#include "attr-fnspec.h"
#include "dumpfile.h"
#include "stringpool.h"
#include "tree-ssa-alias.h"
#include "gimple-ssa.h"
#include "dominance.h"
#include "langhooks.h"
#include "print-tree.h"
#include "fold-const.h"
#include "gimple-fold.h"
#include "alias.h"
#include "tree-dfa.h"
#include "ipa-param-manipulation.h"
#include "tree-inline.h"
#include "target.h"
#include "gimplify.h"
#include "varasm.h"
#include "tree-iterator.h"

/* Per-argument escape knowledge from GCC (fnspec, modref).  The flag bits
   were renumbered and renamed in GCC 12, and GCC 12 drops the flags that a
   pure or const callee implies (ipa-modref.cc:remove_useless_eaf_flags), so
   they are put back here.  Returns two facts: does the pointer value itself
   escape (derefs 0), does anything reachable from it escape (derefs >= 1),
   and whether it may be returned directly or indirectly.  */
struct esc_argflags
{
  bool direct_escapes;
  bool indirect_escapes;
  bool returned_direct;
  bool returned_indirect;
  bool clobbers;		/* may write through it */
};

#if ESC_GCC_MAJOR >= 12
#include "ipa-modref-tree.h"
#include "ipa-modref.h"
static inline esc_argflags
esc_call_arg_flags (const gcall *call, unsigned i)
{
  int f = gimple_call_arg_flags (call, i);
  int ecf = gimple_call_flags (call);
  if (ecf & (ECF_CONST | ECF_NOVOPS))
    f |= implicit_const_eaf_flags;
  else if (ecf & ECF_PURE)
    f |= implicit_pure_eaf_flags;
  tree lhs = gimple_call_lhs (call);
  if (!lhs || (ecf & ECF_NORETURN))
    f |= EAF_NOT_RETURNED_DIRECTLY | EAF_NOT_RETURNED_INDIRECTLY;
  esc_argflags r;
  bool unused = f & EAF_UNUSED;
  r.direct_escapes = !unused && !(f & EAF_NO_DIRECT_ESCAPE);
  r.indirect_escapes = !unused && !(f & EAF_NO_INDIRECT_ESCAPE);
  r.returned_direct = !unused && !(f & EAF_NOT_RETURNED_DIRECTLY);
  r.returned_indirect = !unused && !(f & EAF_NOT_RETURNED_INDIRECTLY);
  r.clobbers = !unused && (!(f & EAF_NO_DIRECT_CLOBBER)
			   || !(f & EAF_NO_INDIRECT_CLOBBER));
  return r;
}
#else
static inline esc_argflags
esc_call_arg_flags (const gcall *call, unsigned i)
{
  int f = gimple_call_arg_flags (call, i);
  int ecf = gimple_call_flags (call);
  esc_argflags r;
  bool unused = f & EAF_UNUSED;
  /* GCC 11: EAF_NOESCAPE covers the pointer and everything reachable from
     it; EAF_NODIRECTESCAPE only the pointer.  It has no "not returned"
     flags: only ERF_RETURNS_ARG, or a void/const/pure callee, says it.  */
  r.direct_escapes = !unused && !(f & (EAF_NOESCAPE | EAF_NODIRECTESCAPE));
  r.indirect_escapes = !unused && !(f & EAF_NOESCAPE);
  if ((ecf & (ECF_CONST | ECF_PURE | ECF_NOVOPS)) && !unused)
    r.direct_escapes = r.indirect_escapes = false;
  bool may_return = !unused && gimple_call_lhs (call)
		    && !(ecf & ECF_NORETURN);
  r.returned_direct = may_return;
  r.returned_indirect = may_return && !(f & EAF_DIRECT)
			&& !(ecf & ECF_CONST);
  r.clobbers = !unused && !(f & EAF_NOCLOBBER)
	       && !(ecf & (ECF_CONST | ECF_PURE | ECF_NOVOPS));
  return r;
}
#endif

/* GCC 11 ICEs in apply_loop_flags when a pass leaves
   LOOPS_HAVE_MARKED_IRREDUCIBLE_REGIONS set that it found clear; GCC 12
   tolerates it.  Mark, let the caller read BB_IRREDUCIBLE_LOOP, restore.  */
static inline bool
esc_mark_irreducible_begin (void)
{
  bool had = loops_state_satisfies_p (LOOPS_HAVE_MARKED_IRREDUCIBLE_REGIONS);
  bool had_dom = dom_info_available_p (CDI_DOMINATORS);
  if (!had_dom)
    calculate_dominance_info (CDI_DOMINATORS);
  mark_irreducible_loops ();
  if (!had_dom)
    free_dominance_info (CDI_DOMINATORS);
  return had;
}

static inline void
esc_mark_irreducible_end (bool had)
{
  if (!had)
    loops_state_clear (LOOPS_HAVE_MARKED_IRREDUCIBLE_REGIONS);
}

#endif /* ESC_COMPAT_H */

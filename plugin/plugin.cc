/* plugin.cc -- entry point of gcc-escape: version check, options,
   the __GC_ESCAPE__ macro, attributes and the pass.

   Go's escape analysis, applied to C: calls to allocators marked
   __attribute__((gc_alloc)) are allocation sites; sites whose storage
   provably does not outlive their function become zero-filled stack
   arrays; -fplugin-arg-escape-m prints why, like go build -gcflags=-m.  */

#include "esc.h"
#include "plugin-version.h"

const char *esc_plugin_name = "escape";

static struct plugin_info esc_info = {
  "1.0",
  "Go's escape analysis for GC-backed C: gc_alloc sites that do not escape "
  "become stack storage.  Options: m, m=2, warn, no-transform, "
  "max-stack=BYTES, max-frame=BYTES, alloc=NAMES, free=NAMES, "
  "realloc=NAMES, rules=go|c, small-size=BYTES, void=tracked|interface, "
  "caller-frames=0|1, exclude=FILE:LINE[,...]|@PATH, "
  "bisect=PATTERN (or GC_ESCAPE_BISECT), report=DIR, oracle, dump."
};

/* Predefine __GC_ESCAPE__ from PLUGIN_PRAGMAS: it fires from init_pragma
   before preprocessing starts, so the macro is there under -E too.  The
   preprocessor is reached through dlsym: a direct reference to parse_in
   would make the .so impossible to load into lto1 (or any front end
   without a C preprocessor), and builds that pass -fplugin on an -flto
   link line must keep working.  Not on preprocessed input (a .i file,
   the second step of -save-temps, ccache and distcc): the macro was
   defined when it was preprocessed, and a definition there is read as
   a bad line marker, an error.  */
static void
esc_define_macro (void *, void *)
{
  cpp_reader **pin = (cpp_reader **) dlsym (RTLD_DEFAULT, "parse_in");
  typedef void (*define_fn) (cpp_reader *, const char *);
  define_fn def = (define_fn) dlsym (RTLD_DEFAULT, "_Z10cpp_defineP10cpp_readerPKc");
  typedef cpp_options *(*options_fn) (cpp_reader *);
  options_fn opts
    = (options_fn) dlsym (RTLD_DEFAULT, "_Z15cpp_get_optionsP10cpp_reader");
  if (pin && *pin && def && opts && !opts (*pin)->preprocessed)
    {
      char buf[64];
      snprintf (buf, sizeof buf, "__GC_ESCAPE__=%d", ESC_VERSION);
      def (*pin, buf);
    }
}

/* Calls to an allocator are never inlined, so that every call stays a
   site, nor are calls to a deallocator, so that they can be deleted.  Nor
   may the IPA passes clone or re-sign them: ipa-cp would turn
   test_alloc (16) into test_alloc.constprop (), whose size is gone, and
   ipa-sra could drop the result.  Mark those with a body uninlinable and
   noclone (which tree_versionable_function_p reads, for ipa-cp and
   ipa-sra alike) before the early inliner runs; it runs inside
   opt_local_passes, long before the pass.  */
static void
esc_add_attribute (tree decl, const char *name)
{
  if (!lookup_attribute (name, DECL_ATTRIBUTES (decl)))
    DECL_ATTRIBUTES (decl) = tree_cons (get_identifier (name), NULL_TREE,
					DECL_ATTRIBUTES (decl));
}

static void
esc_mark_allocators (void *, void *)
{
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    if ((esc_is_alloc_fn (node->decl) || esc_is_free_fn (node->decl)
	 || esc_is_realloc_fn (node->decl))
	&& !lookup_attribute ("always_inline", DECL_ATTRIBUTES (node->decl)))
      {
	/* An always_inline allocator is the user's explicit choice: its
	   body is then decided in each caller.  */
	DECL_UNINLINABLE (node->decl) = 1;
	esc_add_attribute (node->decl, "noclone");
      }
  /* A function with allocation sites keeps its own body: ipa-icf would
     fold two of them into one, and the sites of the folded one would
     get no note (the migration map would lose them).  */
  FOR_EACH_FUNCTION_WITH_GIMPLE_BODY (node)
    for (cgraph_edge *e = node->callees; e; e = e->next_callee)
      if (esc_is_alloc_fn (e->callee->decl))
	{
	  esc_add_attribute (node->decl, "no_icf");
	  break;
	}
}

opt_pass *esc_make_pass (gcc::context *ctxt);

/* Called by the loader (loader.cc, escape.so) once GCC's version check
   has passed there.  */
extern "C" __attribute__ ((visibility ("default"))) int
esc_plugin_init (struct plugin_name_args *info,
		 struct plugin_gcc_version *version)
{
  esc_plugin_name = info->base_name;
  if (!plugin_default_version_check (version, &gcc_version))
    {
      error ("%qs plugin was built for GCC %s and cannot be loaded into "
	     "GCC %s; rebuild it with this compiler's plugin headers",
	     info->base_name, gcc_version.basever, version->basever);
      return 1;
    }
  if (!esc_parse_options (info) || !esc_report_init (esc_plugin_name))
    return 1;

  register_callback (esc_plugin_name, PLUGIN_INFO, NULL, &esc_info);
  register_callback (esc_plugin_name, PLUGIN_ATTRIBUTES,
		     esc_register_attributes, NULL);
  register_callback (esc_plugin_name, PLUGIN_PRAGMAS, esc_define_macro, NULL);
  register_callback (esc_plugin_name, PLUGIN_EARLY_GIMPLE_PASSES_START,
		     esc_mark_allocators, NULL);

  /* A SIMPLE_IPA_PASS at the head of the late IPA list, before pta
     (ipa-pta also sits here, for the same reason: it needs every body
     after the IPA transforms).  By then the IPA inliner has decided and,
     once each body is taken with get_body, its inlining, ipa-cp and
     ipa-sra clones and function splitting are applied: an allocation in a
     constructor GCC inlined anywhere is decided in its caller, as in Go.
     The late optimizers, the tail-call pass and expansion, which must see
     the rewritten code, have not run.  Under -flto this is in each LTRANS
     unit, where the bodies are.  There are two instances named "pta" (one
     inside the OpenACC pipeline of the small IPA list, which runs only
     with -fopenacc and then before inlining); instance 0 inserts before
     both, so the pass object must be clonable and the early instance is
     gated off (esc_pass::gate).  */
  struct register_pass_info pass_info;
  pass_info.pass = esc_make_pass (g);
  pass_info.reference_pass_name = "pta";
  pass_info.ref_pass_instance_number = 0;
  pass_info.pos_op = PASS_POS_INSERT_BEFORE;
  register_callback (esc_plugin_name, PLUGIN_PASS_MANAGER_SETUP, NULL,
		     &pass_info);
  if (esc_opts.oracle)
    esc_oracle_init ();
  /* -fdump-ipa-escape cannot be given on the command line: GCC decodes
     dump options before plugins register their passes.  The plugin's own
     `dump' option enables the same dump.  */
  if (esc_opts.dump)
    g->get_dumps ()->dump_switch_p (esc_opts.dump > 1 ? "ipa-escape-details"
				     : "ipa-escape");
  return 0;
}

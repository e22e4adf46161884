/* loader.cc -- escape.so, the file users load with -fplugin.

   GCC's own version check (plugin_default_version_check) runs inside
   plugin_init, but a plugin built for one GCC and loaded into another
   usually never gets there: dlopen fails first on a symbol the other
   compiler does not have (a GCC 12 build in gcc-11 dies with "undefined
   symbol: _Z12copy_warningjj").  So escape.so is this loader: it uses
   only symbols every supported GCC has, checks the version with GCC's
   own check and a clear message, and only then loads the analysis,
   escape-impl.so, from its own directory.  */

#include <dlfcn.h>
#include <string.h>
#include <stdio.h>
#include "gcc-plugin.h"
#include "plugin-version.h"
#include "diagnostic-core.h"

int plugin_is_GPL_compatible;

typedef int (*esc_init_fn) (struct plugin_name_args *,
			    struct plugin_gcc_version *);

int
plugin_init (struct plugin_name_args *info, struct plugin_gcc_version *version)
{
  if (!plugin_default_version_check (version, &gcc_version))
    {
      error ("%s was built for GCC %s and cannot be loaded into GCC %s; "
	     "use the build made with this compiler's plugin headers "
	     "(build/gcc-N/escape.so)", info->full_name, gcc_version.basever,
	     version->basever);
      return 1;
    }
  Dl_info self;
  char path[4096];
  if (!dladdr ((void *) &plugin_init, &self) || !self.dli_fname
      || strlen (self.dli_fname) + 32 > sizeof path)
    {
      error ("%s: cannot find its own location", info->full_name);
      return 1;
    }
  strcpy (path, self.dli_fname);
  char *slash = strrchr (path, '/');
  strcpy (slash ? slash + 1 : path, "escape-impl.so");
  /* Lazy binding: most of GCC's functions the analysis can call are
     never called in a given compilation; resolving them all up front
     costs more than the pass on a small file.  */
  void *h = dlopen (path, RTLD_LAZY | RTLD_LOCAL);
  if (!h)
    {
      error ("%s: cannot load %s: %s", info->full_name, path, dlerror ());
      return 1;
    }
  esc_init_fn init = (esc_init_fn) dlsym (h, "esc_plugin_init");
  if (!init)
    {
      error ("%s: %s has no esc_plugin_init", info->full_name, path);
      return 1;
    }
  return init (info, version);
}

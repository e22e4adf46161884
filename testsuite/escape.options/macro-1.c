/* __GC_ESCAPE__ is predefined with the plugin and only then; its value
   is the plugin's version, a positive integer.  options.exp compiles this
   with -DEXPECT_PLUGIN=1 and the plugin, and with -DEXPECT_PLUGIN=0
   without it.  */

#if EXPECT_PLUGIN
# ifndef __GC_ESCAPE__
#  error "__GC_ESCAPE__ is not defined with the plugin"
# endif
# if !(__GC_ESCAPE__ >= 100)
#  error "__GC_ESCAPE__ is not a version number"
# endif
# if !__has_attribute (gc_alloc) || !__has_attribute (gc_free) \
     || !__has_attribute (noescape) || !__has_attribute (noheap)
#  error "the plugin's attributes are not registered"
# endif
#else
# ifdef __GC_ESCAPE__
#  error "__GC_ESCAPE__ is defined without the plugin"
# endif
# if __has_attribute (gc_alloc)
#  error "gc_alloc is known without the plugin"
# endif
#endif

int macro_1;

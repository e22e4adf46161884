/* escape.h -- gcc-escape's attributes as macros that vanish without it.

   The gcc-escape plugin (-fplugin=escape.so) predefines __GC_ESCAPE__ (its
   version as an integer) and understands four attributes.  These macros
   expand to them when the plugin is loaded and to nothing otherwise, so
   annotated code builds warning-free with any compiler, with or without
   the plugin.

     GC_ALLOC                 __attribute__((gc_alloc)): an allocator; the
                              size is its alloc_size, else argument 1
     GC_ALLOC_SIZE(S)         gc_alloc(S): the size is argument S (1-based)
     GC_ALLOC_SIZE2(S, N)     gc_alloc(S, N): argument S times argument N,
                              as calloc
     GC_FREE                  gc_free: a deallocator (also spelled
                              GC_DEALLOC: see below)
     NOESCAPE                 noescape: no pointer argument escapes or leaks
                              to the result (Go's //go:noescape)
     NOESCAPE_ARGS(I, ...)    noescape(I, ...): the listed arguments only
                              (C99 or later: a variadic macro)
     NOHEAP                   noheap: every allocation in this function
                              definition must go on the stack, else a warning

   Put them where GCC accepts attributes on a declaration, e.g.

     GC_ALLOC_SIZE2 (1, 2) void *gc_calloc (size_t n, size_t size);
     GC_FREE void gc_release (void *p);
     NOESCAPE_ARGS (1) size_t hash_bytes (const void *p, size_t n);
     NOHEAP int hot_path (struct req *r) { ... }

   The double-underscore spellings (__gc_alloc__) keep the attributes safe
   from user macros named gc_alloc and the like.

   Boehm's gc.h has a macro of its own named GC_FREE (GC_FREE (p) frees
   p).  So GC_FREE is defined here only when gc.h has not been included
   and GC_FREE is not defined already; GC_DEALLOC is always defined.  Code
   that includes gc.h after this header defines GC_ESCAPE_NO_GC_FREE
   first, and uses GC_DEALLOC.  */

#ifndef GC_ESCAPE_H
#define GC_ESCAPE_H

#ifdef __GC_ESCAPE__
# define GC_ALLOC __attribute__ ((__gc_alloc__))
# define GC_ALLOC_SIZE(S) __attribute__ ((__gc_alloc__ (S)))
# define GC_ALLOC_SIZE2(S, N) __attribute__ ((__gc_alloc__ (S, N)))
# define GC_DEALLOC __attribute__ ((__gc_free__))
# define GC_REALLOC __attribute__ ((__gc_realloc__))
# define NOESCAPE __attribute__ ((__noescape__))
# define NOHEAP __attribute__ ((__noheap__))
#else
# define GC_ALLOC
# define GC_ALLOC_SIZE(S)
# define GC_ALLOC_SIZE2(S, N)
# define GC_DEALLOC
# define GC_REALLOC
# define NOESCAPE
# define NOHEAP
#endif
#if !defined GC_FREE && !defined GC_H && !defined GC_ESCAPE_NO_GC_FREE
# define GC_FREE GC_DEALLOC
#endif

/* Variadic macros are C99 and C++11: under -std=c90 -pedantic the
   definition itself would warn, so NOESCAPE_ARGS exists only there.  */
#if (defined __STDC_VERSION__ && __STDC_VERSION__ >= 199901L) \
    || (defined __cplusplus && __cplusplus >= 201103L)
# ifdef __GC_ESCAPE__
#  define NOESCAPE_ARGS(...) __attribute__ ((__noescape__ (__VA_ARGS__)))
# else
#  define NOESCAPE_ARGS(...)
# endif
#endif

#endif /* GC_ESCAPE_H */

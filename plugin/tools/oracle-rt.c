/* oracle-rt.c -- the run-time half of escape-oracle: how many frames up
   each (sampled) allocation dies.

   Preloaded (LD_PRELOAD, by escape-oracle) into a Boehm GC program built
   with -finstrument-functions (or -fplugin-arg-escape-oracle, which
   implies it).  Nothing here is linked into the program; without the
   preload the program runs exactly as built, glibc's no-op
   __cyg_profile_func_enter/exit answering the hooks.

   The model.  Each thread keeps a shadow stack: depth 1 is its outermost
   instrumented frame (main, a thread's start function), and for every
   frame the stack pointer at its enter hook, so that frames left by
   longjmp (no exit hook) are noticed: any frame whose recorded stack
   pointer lies below the current one is gone.  A sampled object
   (ESCAPE_ORACLE_EVERY=N: every Nth allocation) remembers the depth A of
   the frame that allocated it and an owner O, the shallowest frame whose
   return it has been seen to survive (O = A at first), and gets a
   GC_register_finalizer_no_order.  At the first event after a frame
   owning sampled objects has returned (the current depth C < O), the
   check clears the dead stack below the current frame, runs GC_gcollect
   and GC_invoke_finalizers (finalize-on-demand is set): each object
   finalized there is dead, at level A - min (O, C + 1) (0: dead when its
   own function returned, 1: when its caller returned, ...); the
   survivors move to the caller (O = C).  An object that has survived
   three returns is "later" unless it is still reachable at exit
   ("never"); it no longer causes checks.

   Events: every enter and exit hook, every wrapped allocation, and, when
   the program was built with the plugin's oracle option, a check right
   after each call returns (__cyg_profile_func_exit (0, 0)) and a site
   marker before each allocation site (__cyg_profile_func_enter (0, S),
   S a string "file\tline\tcolumn\tfunction\tcallee\tdecision\treason\t
   detail").
   Without the plugin the check runs at the caller's next event instead,
   and a site is the return address of the allocator call, named by
   addr2line at exit.

   Which way it errs: conservative scanning (a stale register or stack
   word, a false pointer) only keeps a dead object alive, so levels err
   upwards, towards "escapes".  Without the plugin's post-call check, an
   object the caller drops before its next event counts as dead at the
   callee's return: that errs downwards; the oracle option removes it.

   Threads: depth is per thread; checks take one global lock, and a
   collection stops the world, so a check in one thread also finalizes
   other threads' dead objects, at their own owner's level.  An object
   still reachable when its thread exits counts as "later" (or "never").
*/

#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Levels 0, 1, 2, later, never.  */
#define ORC_LATER 3
#define ORC_NEVER 4
#define ORC_BUCKETS 5
/* Bytes of dead stack cleared below the checking frame.  */
#define ORC_CLEAR_BYTES 32768
#define ORC_SITES 65536

typedef void (*orc_finalizer) (void *, void *);

/* libgc, found at first use (dlsym RTLD_NEXT: the program's own).  */
static struct
{
  void *(*malloc) (size_t);
  void *(*malloc_atomic) (size_t);
  void *(*malloc_ignore_off_page) (size_t);
  void *(*malloc_atomic_ignore_off_page) (size_t);
  char *(*strdup) (const char *);
  char *(*strndup) (const char *, size_t);
  void (*register_finalizer_no_order) (void *, orc_finalizer, void *,
				       orc_finalizer *, void **);
  void (*gcollect) (void);
  int (*invoke_finalizers) (void);
  void (*set_finalize_on_demand) (int);
} gc;

/* One allocation site: the plugin's marker string, or a return
   address.  Counters are updated with atomics; the histogram under the
   lock.  */
struct orc_site
{
  uintptr_t key;		/* 0: free slot */
  int marked;			/* key is a marker string */
  unsigned long allocs;
  unsigned long sampled;
  unsigned long hist[ORC_BUCKETS];
};

struct orc_thread;

/* A sampled object.  No pointer to the object is kept anywhere (the
   finalizer's client data is this record, in malloc memory, which the
   collector does not scan).  */
struct orc_obj
{
  struct orc_obj *next, *prev;
  struct orc_thread *thr;	/* NULL: its thread has exited */
  int depth;			/* A */
  int owner;			/* O; < A - 2: "later" unless never */
  struct orc_site *site;
};

struct orc_thread
{
  int depth;
  int cap;
  char **sp;			/* sp[1..depth] */
  int max_owner;		/* largest owner of a tracked object */
  int busy;			/* inside the runtime */
  const char *marker;		/* site marker, for the next allocation */
  int marker_depth;
  struct orc_obj objs;		/* list head */
  struct orc_thread *all_next;
};

static pthread_mutex_t orc_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t orc_once = PTHREAD_ONCE_INIT;
static pthread_key_t orc_key;
static int orc_active;		/* -1: off for good */
static unsigned long orc_every = 1;
static unsigned long orc_counter;
static unsigned long orc_checks;
static struct orc_site *orc_sites;
static unsigned long orc_sites_lost;
static struct orc_obj orc_orphans;	/* objects of exited threads */
static struct orc_thread *orc_threads;
static unsigned long orc_total_allocs;
static int orc_finalizing;	/* final accounting */
static pid_t orc_pid;		/* the measured process */

static __thread struct orc_thread *orc_self;

static void
orc_list_init (struct orc_obj *h)
{
  h->next = h->prev = h;
}

static void
orc_list_add (struct orc_obj *h, struct orc_obj *o)
{
  o->next = h->next;
  o->prev = h;
  h->next->prev = o;
  h->next = o;
}

static void
orc_list_del (struct orc_obj *o)
{
  o->prev->next = o->next;
  o->next->prev = o->prev;
}

static void orc_thread_exit (void *);
static void orc_report (void);

static void
orc_init (void)
{
#define ORC_SYM(f, n) (*(void **) &gc.f = dlsym (RTLD_NEXT, n))
  ORC_SYM (malloc, "GC_malloc");
  ORC_SYM (malloc_atomic, "GC_malloc_atomic");
  ORC_SYM (malloc_ignore_off_page, "GC_malloc_ignore_off_page");
  ORC_SYM (malloc_atomic_ignore_off_page, "GC_malloc_atomic_ignore_off_page");
  ORC_SYM (strdup, "GC_strdup");
  ORC_SYM (strndup, "GC_strndup");
  ORC_SYM (register_finalizer_no_order, "GC_register_finalizer_no_order");
  ORC_SYM (gcollect, "GC_gcollect");
  ORC_SYM (invoke_finalizers, "GC_invoke_finalizers");
  ORC_SYM (set_finalize_on_demand, "GC_set_finalize_on_demand");
#undef ORC_SYM
  const char *pid = getenv ("ESCAPE_ORACLE_PID");
  /* Only the process escape-oracle started: its children inherit
     LD_PRELOAD, not the oracle.  */
  if (!pid || atol (pid) != (long) getpid ())
    {
      orc_active = -1;
      return;
    }
  orc_pid = getpid ();
  if (!gc.malloc || !gc.register_finalizer_no_order || !gc.gcollect
      || !gc.invoke_finalizers || !gc.set_finalize_on_demand)
    {
      fprintf (stderr, "escape-oracle: the program does not use a shared "
	       "libgc (GC_malloc not found); nothing measured\n");
      orc_active = -1;
      return;
    }
  const char *e = getenv ("ESCAPE_ORACLE_EVERY");
  if (e && atol (e) > 0)
    orc_every = atol (e);
  orc_sites = calloc (ORC_SITES, sizeof *orc_sites);
  orc_list_init (&orc_orphans);
  pthread_key_create (&orc_key, orc_thread_exit);
  gc.set_finalize_on_demand (1);
  atexit (orc_report);
  orc_active = 1;
}

static int
orc_on (void)
{
  if (!orc_active)
    pthread_once (&orc_once, orc_init);
  return orc_active > 0;
}

static struct orc_thread *
orc_thread (void)
{
  struct orc_thread *t = orc_self;
  if (t)
    return t;
  t = calloc (1, sizeof *t);
  t->cap = 64;
  t->sp = calloc (t->cap, sizeof *t->sp);
  t->sp[0] = (char *) UINTPTR_MAX;
  orc_list_init (&t->objs);
  orc_self = t;
  pthread_mutex_lock (&orc_lock);
  t->all_next = orc_threads;
  orc_threads = t;
  pthread_mutex_unlock (&orc_lock);
  pthread_setspecific (orc_key, t);
  return t;
}

/* The caller's stack pointer at the call of the hook that uses this:
   every entry point is called straight from program code.  */
#define ORC_CALLER_SP() ((char *) __builtin_frame_address (0) + 16)

/* Frames whose recorded stack pointer is below SP are gone (longjmp).
   Returns how many there were.  */
static int
orc_unwind (struct orc_thread *t, char *sp)
{
  int d = t->depth;
  while (t->depth > 0 && t->sp[t->depth] < sp)
    t->depth--;
  return d - t->depth;
}

static struct orc_site *
orc_site_for (uintptr_t key, int marked)
{
  uintptr_t h = (key >> 3) * 0x9e3779b97f4a7c15ull;
  for (unsigned i = 0; i < 64; i++)
    {
      struct orc_site *s = &orc_sites[(h + i) & (ORC_SITES - 1)];
      uintptr_t k = __atomic_load_n (&s->key, __ATOMIC_ACQUIRE);
      if (k == key)
	return s;
      if (k == 0)
	{
	  uintptr_t zero = 0;
	  if (__atomic_compare_exchange_n (&s->key, &zero, key, 0,
					   __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
	    {
	      s->marked = marked;
	      return s;
	    }
	  if (zero == key)
	    return s;
	}
    }
  __atomic_add_fetch (&orc_sites_lost, 1, __ATOMIC_RELAXED);
  return NULL;
}

static void
orc_count (struct orc_obj *o, int bucket)
{
  if (o->site)
    o->site->hist[bucket]++;
}

/* The level of a dead object O, found dead while its thread is at
   depth C (the owner's frame returned if C < owner).  */
static int
orc_level (struct orc_obj *o)
{
  if (o->owner < o->depth - 2)
    return ORC_LATER;
  int c = o->thr ? __atomic_load_n (&o->thr->depth, __ATOMIC_RELAXED) : 0;
  int f = o->owner < c + 1 ? o->owner : c + 1;
  if (!o->thr && o->owner == 0)
    return ORC_LATER;
  int lv = o->depth - f;
  if (lv < 0)
    lv = 0;
  return lv > 2 ? ORC_LATER : lv;
}

/* The finalizer: OBJ is dead.  Runs inside GC_invoke_finalizers, under
   orc_lock when the oracle called it; when the program calls
   GC_invoke_finalizers itself, it takes the lock.  */
static void
orc_dead (void *obj, void *cd)
{
  (void) obj;
  struct orc_obj *o = cd;
  struct orc_thread *t = orc_self;
  int locked = !(t && t->busy == 2) && !orc_finalizing;
  if (locked)
    pthread_mutex_lock (&orc_lock);
  orc_count (o, orc_level (o));
  orc_list_del (o);
  if (locked)
    pthread_mutex_unlock (&orc_lock);
  free (o);
}

/* Overwrite the dead stack below the caller (the frames that just
   returned) so that the collector does not find stale pointers there.  */
__attribute__ ((noinline)) static void
orc_clear_stack (void)
{
  char buf[ORC_CLEAR_BYTES];
  memset (buf, 0, sizeof buf);
  __asm__ volatile ("" : : "r" (buf) : "memory");
}

/* The same for the scratch registers, which still hold what the
   callee left there: the collector scans every register it saves.  */
static inline void
orc_clear_registers (void)
{
#ifdef __x86_64__
  __asm__ volatile ("xor %%eax, %%eax\n\txor %%ecx, %%ecx\n\t"
		    "xor %%edx, %%edx\n\txor %%esi, %%esi\n\t"
		    "xor %%edi, %%edi\n\txor %%r8d, %%r8d\n\t"
		    "xor %%r9d, %%r9d\n\txor %%r10d, %%r10d\n\t"
		    "xor %%r11d, %%r11d"
		    : : : "rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10",
		      "r11", "memory");
#endif
}

__attribute__ ((noinline)) static void
orc_collect (void)
{
  orc_clear_stack ();
  orc_clear_registers ();
  gc.gcollect ();
  gc.invoke_finalizers ();
}

/* Frames of T deeper than its current depth that owned objects have
   returned: collect, record the dead, move survivors up.  */
static void
orc_check (struct orc_thread *t)
{
  pthread_mutex_lock (&orc_lock);
  t->busy = 2;
  orc_checks++;
  orc_collect ();
  t->busy = 1;
  int max = 0;
  for (struct orc_obj *o = t->objs.next; o != &t->objs; o = o->next)
    {
      if (o->owner > t->depth)
	o->owner = t->depth;
      if (o->owner >= o->depth - 2 && o->owner > max)
	max = o->owner;
    }
  t->max_owner = max;
  pthread_mutex_unlock (&orc_lock);
}

/* Every event: notice frames left by longjmp, and check when a frame
   owning objects has returned.  */
static inline void
orc_event (struct orc_thread *t, char *sp)
{
  orc_unwind (t, sp);
  if (t->max_owner > t->depth)
    orc_check (t);
}

static void
orc_push (struct orc_thread *t, char *sp)
{
  if (t->depth + 1 >= t->cap)
    {
      t->cap *= 2;
      t->sp = realloc (t->sp, t->cap * sizeof *t->sp);
    }
  t->sp[++t->depth] = sp;
}

__attribute__ ((noinline)) void
__cyg_profile_func_enter (void *fn, void *call_site)
{
  char *sp = ORC_CALLER_SP ();
  if (!orc_on ())
    return;
  struct orc_thread *t = orc_thread ();
  if (t->busy)
    {
      if (fn)
	orc_push (t, sp);
      return;
    }
  t->busy = 1;
  if (!fn)
    {
      /* The plugin's marker before an allocation site.  */
      t->marker = call_site;
      orc_unwind (t, sp);
      t->marker_depth = t->depth;
    }
  else
    {
      orc_event (t, sp);
      orc_push (t, sp);
    }
  t->busy = 0;
}

__attribute__ ((noinline)) void
__cyg_profile_func_exit (void *fn, void *call_site)
{
  (void) call_site;
  char *sp = ORC_CALLER_SP ();
  if (!orc_on ())
    return;
  struct orc_thread *t = orc_thread ();
  if (t->busy)
    {
      if (fn && t->depth > 0)
	t->depth--;
      return;
    }
  t->busy = 1;
  int gone = orc_unwind (t, sp);
  if (t->max_owner > t->depth)
    orc_check (t);
  if (fn && !gone)
    {
      /* The frame is leaving but its values are still live here: only
	 its caller's next event may check what it owned.  */
      if (t->depth > 0)
	t->depth--;
    }
  /* With GONE, the hook was a sibling call: the frame was already off
     the stack (the plugin's oracle option turns sibling calls off, and
     a plain build should use -fno-optimize-sibling-calls: a longjmp
     out of a frame whose exit hook is such a call cannot be told
     apart).  */
  else
    /* The plugin's check after a call: a marker not consumed by now
       was before a call that did not allocate through a wrapped
       function.  */
    t->marker = NULL;
  t->busy = 0;
}

/* A wrapped allocation: count it, sample it.  */
static void *
orc_alloc (struct orc_thread *t, void *p, uintptr_t ra, char *sp)
{
  (void) sp;
  const char *m = t->marker;
  int depth = t->depth;
  uintptr_t key = ra;
  int marked = 0;
  if (m && (t->marker_depth == depth || t->marker_depth + 1 == depth))
    {
      key = (uintptr_t) m;
      marked = 1;
      depth = t->marker_depth;
    }
  t->marker = NULL;
  struct orc_site *s = orc_site_for (key, marked);
  if (s)
    __atomic_add_fetch (&s->allocs, 1, __ATOMIC_RELAXED);
  __atomic_add_fetch (&orc_total_allocs, 1, __ATOMIC_RELAXED);
  unsigned long n = __atomic_add_fetch (&orc_counter, 1, __ATOMIC_RELAXED);
  if (!p || n % orc_every != 0)
    return p;
  struct orc_obj *o = malloc (sizeof *o);
  if (!o)
    return p;
  o->thr = t;
  o->depth = depth;
  o->owner = depth;
  o->site = s;
  pthread_mutex_lock (&orc_lock);
  if (s)
    s->sampled++;
  orc_list_add (&t->objs, o);
  if (depth > t->max_owner)
    t->max_owner = depth;
  pthread_mutex_unlock (&orc_lock);
  gc.register_finalizer_no_order (p, orc_dead, o, NULL, NULL);
  return p;
}

/* The wrappers.  ORC_WRAP (NAME, FIELD, PARAMS, ARGS): each checks
   first (a frame may have returned just before), then allocates.  A
   call from inside the runtime or from another wrapper (GC_strdup
   calling GC_malloc_atomic) passes straight through.  */
#define ORC_WRAP(type, name, field, params, args)			\
  __attribute__ ((noinline)) type name params				\
  {									\
    char *sp = ORC_CALLER_SP ();					\
    uintptr_t ra = (uintptr_t) __builtin_return_address (0);		\
    if (!orc_on () || !gc.field)					\
      {									\
	type (*f) params = gc.field;					\
	if (!f)								\
	  *(void **) &f = dlsym (RTLD_NEXT, #name);			\
	return f args;							\
      }									\
    struct orc_thread *t = orc_thread ();				\
    if (t->busy)							\
      return gc.field args;						\
    t->busy = 1;							\
    orc_event (t, sp);							\
    type p = gc.field args;						\
    p = orc_alloc (t, p, ra, sp);					\
    t->busy = 0;							\
    return p;								\
  }

ORC_WRAP (void *, GC_malloc, malloc, (size_t n), (n))
ORC_WRAP (void *, GC_malloc_atomic, malloc_atomic, (size_t n), (n))
ORC_WRAP (void *, GC_malloc_ignore_off_page, malloc_ignore_off_page,
	  (size_t n), (n))
ORC_WRAP (void *, GC_malloc_atomic_ignore_off_page,
	  malloc_atomic_ignore_off_page, (size_t n), (n))
ORC_WRAP (char *, GC_strdup, strdup, (const char *s), (s))
ORC_WRAP (char *, GC_strndup, strndup, (const char *s, size_t n), (s, n))

/* A thread exits: what it still tracks belongs to no frame any more.
   No collection here (the collector may have unregistered the thread
   already): the next check, or the final one, decides.  */
static void
orc_thread_exit (void *p)
{
  struct orc_thread *t = p;
  pthread_mutex_lock (&orc_lock);
  while (t->objs.next != &t->objs)
    {
      struct orc_obj *o = t->objs.next;
      orc_list_del (o);
      /* Its outermost frame returned: it may have died right then (at
	 level A - 1) but that return is never checked; count it as
	 dead later or never.  */
      o->thr = NULL;
      o->owner = 0;
      orc_list_add (&orc_orphans, o);
    }
  t->depth = 0;
  t->max_owner = 0;
  pthread_mutex_unlock (&orc_lock);
}

/* ---- the report ------------------------------------------------------- */

static const char *const orc_bucket_name[ORC_BUCKETS] = {
  "0", "1", "2", "later", "never"
};

/* A site as printed: file, line, column, function, callee, decision,
   reason.  */
struct orc_where
{
  char file[600];
  int line, column;
  char function[256];
  char callee[64];
  char decision[32];
  char reason[64];
  char detail[64];
};

static void
orc_field (const char **p, char *out, size_t n)
{
  size_t i = 0;
  while (**p && **p != '\t')
    {
      if (i + 1 < n)
	out[i++] = **p;
      (*p)++;
    }
  out[i] = 0;
  if (**p == '\t')
    (*p)++;
}

static void
orc_parse_marker (const char *m, struct orc_where *w)
{
  char num[32];
  orc_field (&m, w->file, sizeof w->file);
  orc_field (&m, num, sizeof num);
  w->line = atoi (num);
  orc_field (&m, num, sizeof num);
  w->column = atoi (num);
  orc_field (&m, w->function, sizeof w->function);
  orc_field (&m, w->callee, sizeof w->callee);
  orc_field (&m, w->decision, sizeof w->decision);
  orc_field (&m, w->reason, sizeof w->reason);
  orc_field (&m, w->detail, sizeof w->detail);
}

/* Name a return address with addr2line: the innermost function and
   file:line of the call (RA - 1).  */
static void
orc_symbolize (uintptr_t ra, struct orc_where *w)
{
  memset (w, 0, sizeof *w);
  snprintf (w->file, sizeof w->file, "?");
  snprintf (w->function, sizeof w->function, "?");
  snprintf (w->decision, sizeof w->decision, "?");
  Dl_info info;
  if (!dladdr ((void *) ra, &info) || !info.dli_fname)
    return;
  const char *mod = info.dli_fname;
  char exe[4096];
  if (!*mod || (info.dli_fbase && !strchr (mod, '/')))
    {
      ssize_t n = readlink ("/proc/self/exe", exe, sizeof exe - 1);
      if (n > 0)
	{
	  exe[n] = 0;
	  mod = exe;
	}
    }
  uintptr_t off = ra - 1 - (uintptr_t) info.dli_fbase;
  /* A non-PIE executable is mapped at its link address.  */
  FILE *f = fopen (mod, "rb");
  if (f)
    {
      unsigned char hdr[18];
      if (fread (hdr, 1, sizeof hdr, f) == sizeof hdr && hdr[16] == 2)
	off = ra - 1;		/* ET_EXEC */
      fclose (f);
    }
  char cmd[4200 + 64];
  snprintf (cmd, sizeof cmd, "addr2line -f -e '%s' 0x%lx 2>/dev/null", mod,
	    (unsigned long) off);
  FILE *p = popen (cmd, "r");
  if (!p)
    return;
  char fn[256], loc[600];
  if (fgets (fn, sizeof fn, p) && fgets (loc, sizeof loc, p))
    {
      fn[strcspn (fn, "\n")] = 0;
      loc[strcspn (loc, "\n ")] = 0;
      snprintf (w->function, sizeof w->function, "%s", fn);
      char *c = strrchr (loc, ':');
      if (c)
	{
	  *c = 0;
	  w->line = atoi (c + 1);
	}
      snprintf (w->file, sizeof w->file, "%s", loc);
    }
  pclose (p);
}

struct orc_row
{
  struct orc_site *s;
  struct orc_where w;
};

static int
orc_row_cmp (const void *pa, const void *pb)
{
  const struct orc_row *a = pa, *b = pb;
  if (a->s->allocs != b->s->allocs)
    return a->s->allocs > b->s->allocs ? -1 : 1;
  int c = strcmp (a->w.file, b->w.file);
  if (c)
    return c;
  if (a->w.line != b->w.line)
    return a->w.line < b->w.line ? -1 : 1;
  return a->w.column - b->w.column;
}

static void
orc_json_string (FILE *f, const char *s)
{
  fputc ('"', f);
  for (; *s; s++)
    {
      unsigned char c = *s;
      if (c == '"' || c == '\\')
	fprintf (f, "\\%c", c);
      else if (c < 0x20)
	fprintf (f, "\\u%04x", c);
      else
	fputc (c, f);
    }
  fputc ('"', f);
}

static double
orc_pct (unsigned long a, unsigned long b)
{
  return b ? 100.0 * a / b : 0.0;
}

/* At exit: a last collection; what it finds dead died while its owner
   was still running (level A - O), what it does not is "never".  */
static void
orc_report (void)
{
  struct orc_thread *t = orc_self;
  /* A child forked after the oracle started writes nothing.  */
  if (orc_active <= 0 || getpid () != orc_pid)
    return;
  if (t)
    {
      orc_unwind (t, ORC_CALLER_SP ());
      t->busy = 2;
    }
  pthread_mutex_lock (&orc_lock);
  orc_finalizing = 1;
  orc_collect ();
  /* Whatever is still tracked is reachable at exit.  */
  for (struct orc_thread *u = orc_threads; u; u = u->all_next)
    while (u->objs.next != &u->objs)
      {
	struct orc_obj *o = u->objs.next;
	orc_count (o, ORC_NEVER);
	orc_list_del (o);
      }
  while (orc_orphans.next != &orc_orphans)
    {
      struct orc_obj *o = orc_orphans.next;
      orc_count (o, ORC_NEVER);
      orc_list_del (o);
    }
  pthread_mutex_unlock (&orc_lock);
  orc_active = -1;

  /* Rows, named; sites of the same name (a marker string not merged
     across units) add up.  */
  size_t n = 0;
  for (size_t i = 0; i < ORC_SITES; i++)
    if (orc_sites[i].key)
      n++;
  struct orc_row *rows = calloc (n ? n : 1, sizeof *rows);
  size_t k = 0;
  for (size_t i = 0; i < ORC_SITES; i++)
    if (orc_sites[i].key)
      {
	rows[k].s = &orc_sites[i];
	if (orc_sites[i].marked)
	  orc_parse_marker ((const char *) orc_sites[i].key, &rows[k].w);
	else
	  orc_symbolize (orc_sites[i].key, &rows[k].w);
	for (size_t j = 0; j < k; j++)
	  if (rows[j].s && rows[j].w.line == rows[k].w.line
	      && rows[j].w.column == rows[k].w.column
	      && !strcmp (rows[j].w.file, rows[k].w.file)
	      && !strcmp (rows[j].w.function, rows[k].w.function)
	      && !strcmp (rows[j].w.callee, rows[k].w.callee))
	    {
	      rows[j].s->allocs += rows[k].s->allocs;
	      rows[j].s->sampled += rows[k].s->sampled;
	      for (int b = 0; b < ORC_BUCKETS; b++)
		rows[j].s->hist[b] += rows[k].s->hist[b];
	      k--;
	      break;
	    }
	k++;
      }
  n = k;
  qsort (rows, n, sizeof *rows, orc_row_cmp);

  unsigned long hist[ORC_BUCKETS] = { 0 }, sampled = 0;
  for (size_t i = 0; i < n; i++)
    {
      sampled += rows[i].s->sampled;
      for (int b = 0; b < ORC_BUCKETS; b++)
	hist[b] += rows[i].s->hist[b];
    }

  const char *out = getenv ("ESCAPE_ORACLE_OUT");
  FILE *f = out && *out ? fopen (out, "w") : NULL;
  if (!f)
    f = stderr;
  const char *prog = getenv ("ESCAPE_ORACLE_PROGRAM");
  fprintf (f, "escape-oracle: %s: %lu allocations, %lu sampled (1 in %lu), "
	   "%lu checks\n", prog ? prog : "program", orc_total_allocs, sampled,
	   orc_every, orc_checks);
  static const char *const desc[ORC_BUCKETS] = {
    "dead when its function returns",
    "dead when the caller returns",
    "dead one frame further up",
    "dead later",
    "reachable at exit"
  };
  fprintf (f, "level  sampled  share\n");
  for (int b = 0; b < ORC_BUCKETS; b++)
    fprintf (f, "%-6s %7lu %6.1f%%  %s\n", orc_bucket_name[b], hist[b],
	     orc_pct (hist[b], sampled), desc[b]);
  fprintf (f, "\n%-40s %-24s %10s %8s %7s %7s %7s %7s %7s  %s\n", "site",
	   "function", "allocs", "sampled", "0", "1", "2", "later", "never",
	   "plugin");
  for (size_t i = 0; i < n; i++)
    {
      struct orc_row *r = &rows[i];
      char where[600];
      if (r->w.column)
	snprintf (where, sizeof where, "%s:%d:%d", r->w.file, r->w.line,
		  r->w.column);
      else
	snprintf (where, sizeof where, "%s:%d", r->w.file, r->w.line);
      fprintf (f, "%-40s %-24s %10lu %8lu", where, r->w.function,
	       r->s->allocs, r->s->sampled);
      for (int b = 0; b < ORC_BUCKETS; b++)
	fprintf (f, " %7lu", r->s->hist[b]);
      if (r->s->marked)
	fprintf (f, "  %s%s%s%s%s%s\n", r->w.decision,
		 *r->w.detail ? " (" : "", r->w.detail,
		 *r->w.detail ? ")" : "", *r->w.reason ? ": " : "",
		 r->w.reason);
      else
	fprintf (f, "  -\n");
    }
  if (orc_sites_lost)
    fprintf (f, "(%lu allocations at sites beyond the table's %d)\n",
	     orc_sites_lost, ORC_SITES);
  if (f != stderr)
    fclose (f);

  const char *js = getenv ("ESCAPE_ORACLE_JSON");
  if (js && *js && (f = fopen (js, "w")))
    {
      fprintf (f, "{\"kind\":\"oracle\",\"program\":");
      orc_json_string (f, prog ? prog : "");
      fprintf (f, ",\"allocations\":%lu,\"sampled\":%lu,\"every\":%lu,"
	       "\"checks\":%lu,\"levels\":{", orc_total_allocs, sampled,
	       orc_every, orc_checks);
      for (int b = 0; b < ORC_BUCKETS; b++)
	fprintf (f, "%s\"%s\":%lu", b ? "," : "", orc_bucket_name[b], hist[b]);
      fprintf (f, "}}\n");
      for (size_t i = 0; i < n; i++)
	{
	  struct orc_row *r = &rows[i];
	  fprintf (f, "{\"kind\":\"oracle-site\",\"file\":");
	  orc_json_string (f, r->w.file);
	  fprintf (f, ",\"line\":%d,\"column\":%d,\"function\":", r->w.line,
		   r->w.column);
	  orc_json_string (f, r->w.function);
	  if (r->s->marked)
	    {
	      fprintf (f, ",\"callee\":");
	      orc_json_string (f, r->w.callee);
	      fprintf (f, ",\"decision\":");
	      orc_json_string (f, r->w.decision);
	      fprintf (f, ",\"reason\":");
	      orc_json_string (f, r->w.reason);
	      if (*r->w.detail)
		{
		  fprintf (f, ",\"detail\":");
		  orc_json_string (f, r->w.detail);
		}
	    }
	  fprintf (f, ",\"allocations\":%lu,\"sampled\":%lu,\"levels\":{",
		   r->s->allocs, r->s->sampled);
	  for (int b = 0; b < ORC_BUCKETS; b++)
	    fprintf (f, "%s\"%s\":%lu", b ? "," : "", orc_bucket_name[b],
		     r->s->hist[b]);
	  fprintf (f, "}}\n");
	}
      fclose (f);
    }
  free (rows);
}

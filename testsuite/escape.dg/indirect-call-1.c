/* Pointers passed, directly or inside a struct, to a call through a
   function pointer escape ("indirect call"): Go's rule for calling a func
   value.  Function-pointer parameters get no note.
   Go: test/escape2.go foo117, foo118 (unknown(&x) with unknown a func
   parameter: "moved to heap: x"); escape_closure.go ClosureCallArgs3.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

struct ops { void (*fn) (int *); int k; };
struct ctx { int *p; int k; };

void (*hook) (int *);
void (*hook_ctx) (struct ctx);
void (*hook_ctx_ptr) (struct ctx *);

/* foo117.  */
NOINLINE void
ic_param (void (*cb) (int *))
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: indirect call" } */
  cb (p);
}

void
ic_global (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: indirect call" } */
  hook (p);
}

/* The function pointer comes out of a struct; the struct does not
   escape.  */
NOINLINE void ic_struct_fn (struct ops *o) /* { dg-message "o does not escape" } */
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: indirect call" } */
  o->fn (p);
}

/* Inside a struct passed by value.  */
void
ic_in_struct (void)
{
  struct ctx c;
  c.p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: indirect call" } */
  c.k = 0;
  hook_ctx (c);
}

/* Inside a struct passed by address.  */
void
ic_in_struct_ptr (void)
{
  struct ctx c;
  c.p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: indirect call" } */
  c.k = 0;
  hook_ctx_ptr (&c);
}

/* A parameter passed to a function pointer leaks.  */
NOINLINE void ic_leak (void (*f) (int *), int *q) /* { dg-message "leaking param: q" } */
{
  f (q);
}

void
ic_leak_caller (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call argument" } */
  ic_leak (hook, p);
}

/* A site not passed to the indirect call is not affected.  */
void
ic_other (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  use (p);
  hook (0);
}

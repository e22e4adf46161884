/* lisp.c -- a small Lisp on the Boehm collector: tokenizer, reader,
   evaluator with closures and tail calls, printer, and C callbacks.

   The interpreter allocates through two project-local allocators,
   lisp_alloc and lisp_alloc_atomic, marked GC_ALLOC: every call to them is
   an allocation site.  Cells, numbers, symbols, closures and environments
   outlive the call that made them (they are returned, stored in other
   cells, captured by closures); the reader's state, its token buffer,
   the evaluator's argument vectors and the printer's scratch do not.

     usage: lisp [ITERATIONS]     (default 20)
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "escape.h"
#include <gc.h>

/* The project's allocators: calls to them are allocation sites.  The
   plugin keeps them out of line (noinline), so each call stays a site.  */
GC_ALLOC static void *lisp_alloc (size_t n);
GC_ALLOC static void *lisp_alloc_atomic (size_t n);

static void *
lisp_alloc (size_t n)
{
  return GC_MALLOC (n);
}

static void *
lisp_alloc_atomic (size_t n)
{
  return GC_MALLOC_ATOMIC (n);
}

/* ---- objects --------------------------------------------------------- */

typedef struct Obj Obj;
typedef struct Env Env;
typedef Obj *(*NativeFn) (Obj *args, void *ctx);

enum tag { NIL, INT, SYM, CONS, PRIM, CLOSURE, NATIVE };

struct Obj
{
  int tag;
  union
  {
    long num;
    struct { Obj *car, *cdr; } cons;
    struct { const char *name; Obj *next, *value; } sym;
    struct { int op; const char *name; } prim;
    struct { Obj *params, *body; Env *env; } clo;
    struct { NativeFn fn; void *ctx; const char *name; } nat;
  };
};

#define FRAME_SLOTS 6
struct Env
{
  Env *parent;
  int n;
  Obj *sym[FRAME_SLOTS];
  Obj *val[FRAME_SLOTS];
};

static Obj nil_obj = { NIL, { 0 } };
#define Nil (&nil_obj)

static void
fatal (const char *msg, const char *what)
{
  fprintf (stderr, "lisp: %s%s%s\n", msg, what ? ": " : "", what ? what : "");
  exit (1);
}

/* Constructors, inlined early: each is decided in its caller.  */
static inline Obj *
new_obj (int tag)
{
  Obj *o = lisp_alloc (sizeof (Obj));
  o->tag = tag;
  return o;
}

static inline Obj *
cons (Obj *a, Obj *d)
{
  Obj *c = new_obj (CONS);
  c->cons.car = a;
  c->cons.cdr = d;
  return c;
}

static inline Obj *
make_int (long n)
{
  Obj *o = new_obj (INT);
  o->num = n;
  return o;
}

static inline Obj *car (Obj *x) { return x->tag == CONS ? x->cons.car : Nil; }
static inline Obj *cdr (Obj *x) { return x->tag == CONS ? x->cons.cdr : Nil; }

/* ---- symbols --------------------------------------------------------- */

#define SYMTAB_SIZE 211
static Obj *symtab[SYMTAB_SIZE];

static unsigned
hash_name (const char *s)
{
  unsigned h = 5381;
  while (*s)
    h = h * 33 + (unsigned char) *s++;
  return h;
}

/* The symbol named NAME; NAME is copied when the symbol is new, so the
   caller's buffer never escapes.  */
static Obj *
intern (const char *name)
{
  unsigned h = hash_name (name) % SYMTAB_SIZE;
  for (Obj *s = symtab[h]; s; s = s->sym.next)
    if (strcmp (s->sym.name, name) == 0)
      return s;
  size_t n = strlen (name) + 1;
  char *copy = lisp_alloc_atomic (n);
  memcpy (copy, name, n);
  Obj *s = new_obj (SYM);
  s->sym.name = copy;
  s->sym.next = symtab[h];
  symtab[h] = s;
  return s;
}

/* Call FN on every global symbol: a generic iterator taking a callback
   and its context, as C libraries do.  */
static void
symtab_foreach (void (*fn) (Obj *, void *), void *ctx)
{
  for (int i = 0; i < SYMTAB_SIZE; i++)
    for (Obj *s = symtab[i]; s; s = s->sym.next)
      fn (s, ctx);
}

static Obj *s_quote, *s_if, *s_define, *s_lambda, *s_let, *s_begin, *s_set,
  *s_t;

/* ---- the reader ------------------------------------------------------ */

typedef struct
{
  const char *p;
  int depth;
} Reader;

static inline Reader *
reader_new (const char *src)
{
  Reader *r = lisp_alloc (sizeof *r);
  r->p = src;
  return r;
}

static void
skip_space (Reader *r)
{
  for (;;)
    {
      while (*r->p == ' ' || *r->p == '\n' || *r->p == '\t')
	r->p++;
      if (*r->p != ';')
	return;
      while (*r->p && *r->p != '\n')
	r->p++;
    }
}

#define TOKMAX 64

static Obj *
read_atom (Reader *r)
{
  char *tok = lisp_alloc_atomic (TOKMAX);	/* token buffer: local */
  int n = 0;
  while (*r->p && !strchr (" \t\n()';", *r->p))
    {
      if (n < TOKMAX - 1)
	tok[n++] = *r->p;
      r->p++;
    }
  tok[n] = '\0';
  int i = tok[0] == '-' && tok[1] ? 1 : 0, digits = tok[i] != '\0';
  long v = 0;
  for (; tok[i]; i++)
    {
      if (tok[i] < '0' || tok[i] > '9')
	{
	  digits = 0;
	  break;
	}
      v = v * 10 + (tok[i] - '0');
    }
  if (digits)
    return make_int (tok[0] == '-' ? -v : v);
  return intern (tok);
}

static Obj *read_expr (Reader *r);

static Obj *
read_list (Reader *r)
{
  skip_space (r);
  if (*r->p == ')')
    {
      r->p++;
      return Nil;
    }
  if (!*r->p)
    fatal ("unexpected end of input", NULL);
  Obj *head = read_expr (r);
  return cons (head, read_list (r));
}

/* The next expression, or NULL at the end of the input.  */
static Obj *
read_expr (Reader *r)
{
  skip_space (r);
  switch (*r->p)
    {
    case '\0':
      return NULL;
    case '(':
      r->p++;
      return read_list (r);
    case ')':
      fatal ("unexpected )", NULL);
      return NULL;
    case '\'':
      r->p++;
      return cons (s_quote, cons (read_expr (r), Nil));
    default:
      return read_atom (r);
    }
}

/* ---- the printer ----------------------------------------------------- */

typedef struct
{
  char *data;
  int len, cap;
} Buf;

static inline Buf *
buf_new (void)
{
  Buf *b = lisp_alloc (sizeof *b);
  b->cap = 64;
  b->data = lisp_alloc_atomic (64);
  return b;
}

static void
buf_write (Buf *b, const char *s, int n)
{
  if (b->len + n + 1 > b->cap)
    {
      int cap = 2 * (b->len + n + 1);
      char *d = lisp_alloc_atomic (cap);
      memcpy (d, b->data, b->len);
      b->data = d;
      b->cap = cap;
    }
  memcpy (b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}

static inline void
buf_puts (Buf *b, const char *s)
{
  buf_write (b, s, (int) strlen (s));
}

static void
print_obj (Buf *b, Obj *o)
{
  switch (o->tag)
    {
    case NIL:
      buf_puts (b, "()");
      break;
    case INT:
      {
	char *num = lisp_alloc_atomic (24);	/* scratch: local */
	snprintf (num, 24, "%ld", o->num);
	buf_puts (b, num);
	break;
      }
    case SYM:
      buf_puts (b, o->sym.name);
      break;
    case CONS:
      buf_puts (b, "(");
      for (;;)
	{
	  print_obj (b, o->cons.car);
	  o = o->cons.cdr;
	  if (o->tag != CONS)
	    break;
	  buf_puts (b, " ");
	}
      if (o != Nil)
	{
	  buf_puts (b, " . ");
	  print_obj (b, o);
	}
      buf_puts (b, ")");
      break;
    case PRIM:
      buf_puts (b, "#<primitive ");
      buf_puts (b, o->prim.name);
      buf_puts (b, ">");
      break;
    case NATIVE:
      buf_puts (b, "#<native ");
      buf_puts (b, o->nat.name);
      buf_puts (b, ">");
      break;
    case CLOSURE:
      buf_puts (b, "#<closure>");
      break;
    }
}

/* ---- the evaluator --------------------------------------------------- */

enum prim_op
{
  P_ADD, P_SUB, P_MUL, P_MOD, P_LT, P_EQ, P_CONS, P_CAR, P_CDR, P_NULLP,
  P_LIST, P_MAP, P_APPLY, P_LENGTH
};

#define MAXARGS 8

static inline Env *
env_new (Env *parent)
{
  Env *e = lisp_alloc (sizeof *e);
  e->parent = parent;
  return e;
}

static void
env_bind (Env *e, Obj *sym, Obj *val)
{
  if (e->n == FRAME_SLOTS)
    fatal ("too many variables in one frame", sym->sym.name);
  e->sym[e->n] = sym;
  e->val[e->n] = val;
  e->n++;
}

static Obj **
lookup_slot (Obj *sym, Env *env)
{
  for (Env *e = env; e; e = e->parent)
    for (int i = 0; i < e->n; i++)
      if (e->sym[i] == sym)
	return &e->val[i];
  if (!sym->sym.value)
    fatal ("unbound symbol", sym->sym.name);
  return &sym->sym.value;
}

static Obj *
list_from (Obj **argv, int argc)
{
  Obj *l = Nil;
  while (argc > 0)
    l = cons (argv[--argc], l);
  return l;
}

static Obj *eval (Obj *x, Env *env);
static Obj *apply (Obj *fn, Obj **argv, int argc);

/* Bind FN's parameters to ARGV in a new frame (which the closure's body
   may capture: frames escape).  */
static Env *
bind_params (Obj *fn, Obj **argv, int argc)
{
  Env *e = env_new (fn->clo.env);
  int i = 0;
  for (Obj *p = fn->clo.params; p != Nil; p = cdr (p), i++)
    {
      if (i == argc)
	fatal ("too few arguments", NULL);
      env_bind (e, car (p), argv[i]);
    }
  if (i != argc)
    fatal ("too many arguments", NULL);
  return e;
}

static long
num (Obj *o)
{
  if (o->tag != INT)
    fatal ("not a number", NULL);
  return o->num;
}

static Obj *
prim_call (int op, Obj **argv, int argc)
{
  long acc;
  switch (op)
    {
    case P_ADD:
      acc = 0;
      for (int i = 0; i < argc; i++)
	acc += num (argv[i]);
      return make_int (acc);
    case P_MUL:
      acc = 1;
      for (int i = 0; i < argc; i++)
	acc *= num (argv[i]);
      return make_int (acc);
    case P_SUB:
      if (argc == 1)
	return make_int (-num (argv[0]));
      acc = num (argv[0]);
      for (int i = 1; i < argc; i++)
	acc -= num (argv[i]);
      return make_int (acc);
    case P_MOD:
      return make_int (num (argv[0]) % num (argv[1]));
    case P_LT:
      return num (argv[0]) < num (argv[1]) ? s_t : Nil;
    case P_EQ:
      if (argv[0]->tag == INT && argv[1]->tag == INT)
	return argv[0]->num == argv[1]->num ? s_t : Nil;
      return argv[0] == argv[1] ? s_t : Nil;
    case P_CONS:
      return cons (argv[0], argv[1]);
    case P_CAR:
      return car (argv[0]);
    case P_CDR:
      return cdr (argv[0]);
    case P_NULLP:
      return argv[0] == Nil ? s_t : Nil;
    case P_LIST:
      return list_from (argv, argc);
    case P_LENGTH:
      acc = 0;
      for (Obj *l = argv[0]; l->tag == CONS; l = l->cons.cdr)
	acc++;
      return make_int (acc);
    case P_MAP:
      {
	/* (map f list): call F on each element with a one-slot vector.  */
	Obj *head = Nil, *tail = Nil;
	for (Obj *l = argv[1]; l->tag == CONS; l = l->cons.cdr)
	  {
	    Obj **av = lisp_alloc (sizeof (Obj *));	/* local per call */
	    av[0] = l->cons.car;
	    Obj *c = cons (apply (argv[0], av, 1), Nil);
	    if (head == Nil)
	      head = c;
	    else
	      tail->cons.cdr = c;
	    tail = c;
	  }
	return head;
      }
    case P_APPLY:
      {
	/* (apply f list): spread LIST into a fresh argument vector.  */
	Obj **av = lisp_alloc (MAXARGS * sizeof (Obj *));
	int n = 0;
	for (Obj *l = argv[1]; l->tag == CONS; l = l->cons.cdr)
	  {
	    if (n == MAXARGS)
	      fatal ("too many arguments", NULL);
	    av[n++] = l->cons.car;
	  }
	return apply (argv[0], av, n);
      }
    }
  fatal ("bad primitive", NULL);
  return Nil;
}

static Obj *
apply (Obj *fn, Obj **argv, int argc)
{
  switch (fn->tag)
    {
    case PRIM:
      return prim_call (fn->prim.op, argv, argc);
    case NATIVE:
      /* A C callback gets its arguments as a list.  */
      return fn->nat.fn (list_from (argv, argc), fn->nat.ctx);
    case CLOSURE:
      {
	Env *e = bind_params (fn, argv, argc);
	Obj *r = Nil;
	for (Obj *b = fn->clo.body; b != Nil; b = cdr (b))
	  r = eval (car (b), e);
	return r;
      }
    }
  fatal ("not a function", NULL);
  return Nil;
}

static Obj *
eval (Obj *x, Env *env)
{
  for (;;)
    {
      if (x->tag == SYM)
	return *lookup_slot (x, env);
      if (x->tag != CONS)
	return x;
      Obj *op = x->cons.car, *args = x->cons.cdr;
      if (op == s_quote)
	return car (args);
      if (op == s_if)
	{
	  Obj *c = eval (car (args), env);
	  x = c != Nil ? car (cdr (args)) : car (cdr (cdr (args)));
	  continue;
	}
      if (op == s_define)
	{
	  Obj *s = car (args);
	  s->sym.value = eval (car (cdr (args)), env);
	  return s;
	}
      if (op == s_set)
	{
	  Obj *v = eval (car (cdr (args)), env);
	  *lookup_slot (car (args), env) = v;
	  return v;
	}
      if (op == s_lambda)
	{
	  Obj *c = new_obj (CLOSURE);	/* captures ENV: both escape */
	  c->clo.params = car (args);
	  c->clo.body = cdr (args);
	  c->clo.env = env;
	  return c;
	}
      if (op == s_let || op == s_begin)
	{
	  if (op == s_let)
	    {
	      Env *e = env_new (env);
	      for (Obj *b = car (args); b != Nil; b = cdr (b))
		env_bind (e, car (car (b)), eval (car (cdr (car (b))), env));
	      env = e;
	      args = cdr (args);
	    }
	  if (args == Nil)
	    return Nil;
	  for (; cdr (args) != Nil; args = cdr (args))
	    eval (car (args), env);
	  x = car (args);
	  continue;
	}

      /* An application: the arguments go to a temporary vector.  */
      Obj *fn = eval (op, env);
      Obj **argv = lisp_alloc (MAXARGS * sizeof (Obj *));
      int argc = 0;
      for (; args != Nil; args = cdr (args))
	{
	  if (argc == MAXARGS)
	    fatal ("too many arguments", NULL);
	  argv[argc++] = eval (car (args), env);
	}
      if (fn->tag != CLOSURE)
	return apply (fn, argv, argc);
      /* A closure call in tail position: loop instead of recursing.  */
      env = bind_params (fn, argv, argc);
      for (args = fn->clo.body; cdr (args) != Nil; args = cdr (args))
	eval (car (args), env);
      x = car (args);
    }
}

/* ---- setup, natives, the program ------------------------------------- */

static void
def_prim (const char *name, int op)
{
  Obj *p = new_obj (PRIM);
  p->prim.op = op;
  p->prim.name = name;
  intern (name)->sym.value = p;
}

static void
def_native (const char *name, NativeFn fn, void *ctx)
{
  Obj *p = new_obj (NATIVE);
  p->nat.fn = fn;
  p->nat.ctx = ctx;
  p->nat.name = name;
  intern (name)->sym.value = p;
}

/* (emit x ...): print into the output buffer CTX.  */
static Obj *
native_emit (Obj *args, void *ctx)
{
  Buf *out = ctx;
  for (; args != Nil; args = cdr (args))
    {
      print_obj (out, car (args));
      buf_puts (out, args->cons.cdr != Nil ? " " : "\n");
    }
  return Nil;
}

/* (tally): count calls in CTX.  */
static Obj *
native_tally (Obj *args, void *ctx)
{
  long *n = ctx;
  (void) args;
  return make_int (++*n);
}

static const char program[] =
  "; a little of everything: recursion, closures, higher-order functions\n"
  "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))\n"
  "(define range (lambda (a b) (if (< a b) (cons a (range (+ a 1) b)) '())))\n"
  "(define fold (lambda (f acc l) (if (null? l) acc (fold f (f acc (car l)) (cdr l)))))\n"
  "(define filter (lambda (p l)\n"
  "  (if (null? l) '()\n"
  "      (if (p (car l)) (cons (car l) (filter p (cdr l))) (filter p (cdr l))))))\n"
  "(define append (lambda (a b) (if (null? a) b (cons (car a) (append (cdr a) b)))))\n"
  "(define qsort (lambda (l)\n"
  "  (if (null? l) '()\n"
  "      (let ((p (car l)) (rest (cdr l)))\n"
  "        (append (qsort (filter (lambda (x) (< x p)) rest))\n"
  "                (cons p (qsort (filter (lambda (x) (if (< x p) '() 't)) rest))))))))\n"
  "(define square (lambda (x) (* x x)))\n"
  "(define compose (lambda (f g) (lambda (x) (f (g x)))))\n"
  "(define even? (lambda (n) (= (mod n 2) 0)))\n"
  "(define make-counter (lambda () (let ((n 0)) (lambda () (set! n (+ n 1)) n))))\n"
  "(define count-down (lambda (n acc) (if (= n 0) acc (count-down (- n 1) (+ acc n)))))\n"
  "(emit 'fib-18 (fib 18))\n"
  "(emit 'sum-of-squares (fold + 0 (map square (range 0 100))))\n"
  "(emit 'evens (filter even? (range 0 20)))\n"
  "(emit 'sorted (qsort '(3 1 4 1 5 9 2 6 5 3 5 8 9 7 9 3 2 3 8 4)))\n"
  "(emit 'counter (let ((c (make-counter))) (c) (c) (c)))\n"
  "(emit 'compose ((compose square (lambda (x) (+ x 1))) 7))\n"
  "(emit 'apply (apply + (range 0 8)) (apply list '(a b c)))\n"
  "(emit 'tail-calls (count-down 5000 0))\n"
  "(emit 'lengths (map length (list (range 0 3) '() (range 0 10))))\n"
  "(emit 'tally (tally) (tally))\n";

/* Read and evaluate every form of SRC.  */
static int
run (const char *src)
{
  Reader *r = reader_new (src);
  int forms = 0;
  for (Obj *x; (x = read_expr (r)) != NULL; forms++)
    eval (x, NULL);
  return forms;
}

struct symstats
{
  int symbols, bound, prims;
};

static void
count_symbol (Obj *s, void *ctx)
{
  struct symstats *st = ctx;
  st->symbols++;
  if (s->sym.value)
    st->bound++;
  if (s->sym.value && s->sym.value->tag == PRIM)
    st->prims++;
}

int
main (int argc, char **argv)
{
  int iterations = argc > 1 ? atoi (argv[1]) : 20;
  GC_INIT ();
  s_quote = intern ("quote");
  s_if = intern ("if");
  s_define = intern ("define");
  s_lambda = intern ("lambda");
  s_let = intern ("let");
  s_begin = intern ("begin");
  s_set = intern ("set!");
  s_t = intern ("t");
  s_t->sym.value = s_t;
  static const struct { const char *name; int op; } prims[] = {
    { "+", P_ADD }, { "-", P_SUB }, { "*", P_MUL }, { "mod", P_MOD },
    { "<", P_LT }, { "=", P_EQ }, { "cons", P_CONS }, { "car", P_CAR },
    { "cdr", P_CDR }, { "null?", P_NULLP }, { "list", P_LIST },
    { "map", P_MAP }, { "apply", P_APPLY }, { "length", P_LENGTH },
  };
  for (size_t i = 0; i < sizeof prims / sizeof prims[0]; i++)
    def_prim (prims[i].name, prims[i].op);

  Buf *out = buf_new ();
  long *tally = lisp_alloc_atomic (sizeof *tally);
  def_native ("emit", native_emit, out);
  def_native ("tally", native_tally, tally);

  int forms = 0;
  unsigned sum = 0;
  for (int i = 0; i < iterations; i++)
    {
      out->len = 0;
      out->data[0] = '\0';
      *tally = 0;
      forms += run (program);
      sum = sum * 31 + hash_name (out->data);
    }
  fputs (out->data, stdout);

  struct symstats *st = lisp_alloc (sizeof *st);
  symtab_foreach (count_symbol, st);
  printf ("-- %d iterations, %d forms, output hash %08x, %d symbols "
	  "(%d bound, %d primitives)\n",
	  iterations, forms, sum, st->symbols, st->bound, st->prims);
  return 0;
}

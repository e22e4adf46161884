/* gen.c -- random C programs for gcc-escape's differential fuzzer.

   gen SEED   prints one program to stdout, the same for the same SEED.

   The programs exercise the pointer flows of SPEC section 4 through a
   GC-style allocator (gc_alloc, gc_calloc, gc_free; attributes only under
   __GC_ESCAPE__): constant and variable sizes, struct nodes with pointer
   fields, field stores, stores into globals and into memory reached from
   them, returned allocations, helpers that keep or drop their pointer
   arguments, (mutual) recursion, lists built in loops and allocations
   dropped per iteration, callbacks with context pointers (direct and
   through a function pointer table), void * slots, local arrays and
   structs of pointers, memcpy, qsort, pointer/integer round trips, asm
   and volatile, gc_free, gc_realloc, a freeing wrapper and a
   reallocating helper (tested at run time), and early returns.

   Every program is free of undefined behaviour by construction, so a
   program built with and without the plugin must print the same bytes:
     - all arithmetic is unsigned; shifts are masked; divisors are odd;
     - node pointer variables, parameters and results are never NULL;
       next/other/slot/pointer-buffer reads are NULL-checked;
     - every index is masked into a 4-element array;
     - every pointer stored anywhere points to an allocation (never to a
       local: addresses of locals only go to the read-only helpers);
     - every call graph edge goes to an earlier function, or is a
       recursive call with a decreasing depth bounded by 3, and a cost
       estimate bounds the work of every function;
     - no address is ever printed, and function calls only appear as
       whole statements, so evaluation order never matters;
     - gc_free only checks its argument (a stack pointer there means the
       plugin failed to delete the call; ASan sees the header read).
   Each allocation pointer gets a role, "local" or "escaping": local ones
   are only used in ways that should not make them escape.  The role is
   only a bias towards a good mix of converted and escaping sites;
   correctness never depends on it, and a few uses break it on purpose.

   Output: intermediate values ("f3.2 1234") and a final checksum of
   everything reachable from the globals.  The allocation counts go to
   stderr (they legitimately differ with the plugin).  */

#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ random */

static unsigned long long rng;

static unsigned
rnd (unsigned n)
{
  rng ^= rng >> 12;
  rng ^= rng << 25;
  rng ^= rng >> 27;
  return (unsigned) (((rng * 2685821657736338717ULL) >> 32) % (n ? n : 1));
}

static int
chance (int pct)
{
  return (int) rnd (100) < pct;
}

/* ------------------------------------------------------------ output */

static int ind;

static void
out (const char *fmt, ...)
{
  va_list ap;
  printf ("%*s", ind * 2, "");
  va_start (ap, fmt);
  vprintf (fmt, ap);
  va_end (ap);
  putchar ('\n');
}

static char *
fmt (const char *f, ...)
{
  va_list ap;
  char *s;
  va_start (ap, f);
  if (vasprintf (&s, f, ap) < 0)
    abort ();
  va_end (ap);
  return s;
}

/* ------------------------------------------------------------ scope */

enum vk { V_NODE, V_UL, V_BUF, V_PBUF, V_ARR, V_ST, V_VP };

struct var
{
  char name[16];
  enum vk k;
  int local;		/* role: only used in non-escaping ways */
  int mut;		/* may be assigned */
};

#define MAXV 1024
static struct var vars[MAXV];
static int nv, vid;

static int
add_var (enum vk k, int local, int mut, const char *prefix)
{
  if (nv == MAXV)
    abort ();
  snprintf (vars[nv].name, sizeof vars[nv].name, "%s%d", prefix, ++vid);
  vars[nv].k = k;
  vars[nv].local = local;
  vars[nv].mut = mut;
  return nv++;
}

/* A random variable of kind K; with ESC, only escaping-role ones.
   -1 when none.  */
static int
pick (enum vk k, int esc, int want_mut)
{
  int c[MAXV], n = 0;
  for (int i = 0; i < nv; i++)
    if (vars[i].k == k && (!esc || !vars[i].local) && (!want_mut || vars[i].mut))
      c[n++] = i;
  return n ? c[rnd (n)] : -1;
}

/* ------------------------------------------------------------ functions */

enum ret { R_VOID, R_UL, R_NODE };

#define MAXP 4
struct fn
{
  char name[16];
  enum ret ret;
  int np;			/* node parameters */
  int plocal[MAXP];	/* role of each node parameter */
  int nu;			/* unsigned long parameters */
  int pair;		/* a struct pair parameter (by value) */
  int pairlocal;
  int outp;		/* a struct node **out parameter (written, never kept) */
  int rec;			/* first parameter is the recursion depth */
  int partner;		/* mutual recursion partner, or -1 */
  int called;
  int is_static, attr;	/* linkage; 0 plain, 1 noinline, 2 inline */
  unsigned long cost;	/* estimated work of one call */
};

#define MAXF 40
static struct fn fns[MAXF];
static int nf;

/* The function being generated.  */
static struct fn *cur;
static unsigned long cost, mult;	/* work so far; loop multiplier */
static int loop_depth, rec_calls, stmt_budget, trace_id;
#define FN_BUDGET 3000UL
#define MAIN_BUDGET 60000UL

/* ------------------------------------------------------------ expressions */

static char *node_expr (int esc, int d);

static char *
cst (void)
{
  switch (rnd (4))
    {
    case 0: return fmt ("%uUL", rnd (4));
    case 1: return fmt ("%uUL", rnd (100));
    case 2: return fmt ("%uUL", rnd (1u << 31) * 2654435761u);
    default: return fmt ("0x%x%08xUL", rnd (1u << 31), rnd (1u << 31));
    }
}

/* A side-effect-free unsigned long expression.  */
static char *
ul_expr (int d)
{
  int v;
  if (d <= 0)
    switch (rnd (6))
      {
      case 0: return cst ();
      case 1: case 2:
	if ((v = pick (V_UL, 0, 0)) >= 0)
	  return fmt ("%s", vars[v].name);
	return cst ();
      case 3: return fmt ("%s->val", node_expr (0, 0));
      case 4: return fmt ("%s->a[%u]", node_expr (0, 0), rnd (4));
      default:
	if ((v = pick (V_BUF, 0, 0)) >= 0)
	  return fmt ("%s[%u]", vars[v].name, rnd (4));
	return fmt ("g_n[%u]->val", rnd (4));
      }
  switch (rnd (24))
    {
    case 0: case 1: case 2: case 3:
      {
	static const char *ops[] = { "+", "-", "*", "^", "&", "|" };
	return fmt ("(%s %s %s)", ul_expr (d - 1), ops[rnd (6)], ul_expr (d - 1));
      }
    case 4: return fmt ("(%s %s (%s & 63))", ul_expr (d - 1), rnd (2) ? "<<" : ">>", ul_expr (d - 1));
    case 5: return fmt ("(%s %s (%s | 1))", ul_expr (d - 1), rnd (2) ? "/" : "%", ul_expr (d - 1));
    case 6: return fmt ("%s->a[%s & 3]", node_expr (0, d - 1), ul_expr (d - 1));
    case 7:
      if ((v = pick (V_BUF, 0, 0)) >= 0)
	return fmt ("%s[%s & 3]", vars[v].name, ul_expr (d - 1));
      return ul_expr (d - 1);
    case 8:
      {
	char *n = node_expr (0, d - 1);
	return fmt ("(%s->next ? %s->next->val : %s)", n, n, ul_expr (d - 1));
      }
    case 9:
      {
	char *n = node_expr (0, d - 1);
	return fmt ("(%s->slot ? ((struct node *) %s->slot)->val : %s)", n, n, ul_expr (d - 1));
      }
    case 10: return fmt ("(unsigned long) (%s == %s)", node_expr (0, d - 1), node_expr (0, d - 1));
    case 11: return fmt ("list_sum (%s)", node_expr (0, d - 1));
    case 12: return fmt ("list_len (%s)", node_expr (0, d - 1));
    case 13: return fmt ("deep_sum (%s, %u)", node_expr (0, d - 1), rnd (3));
    case 14:
      if ((v = pick (V_ARR, 0, 0)) >= 0)
	return rnd (2) ? fmt ("arr_sum (%s, 4)", vars[v].name)
		       : fmt ("%s[%s & 3]->val", vars[v].name, ul_expr (d - 1));
      return ul_expr (d - 1);
    case 15:
      if ((v = pick (V_ST, 0, 0)) >= 0)
	switch (rnd (3))
	  {
	  case 0: return fmt ("%s.val", vars[v].name);
	  case 1: return fmt ("%s.a[%u]", vars[v].name, rnd (4));
	  default: return fmt ("list_sum (&%s)", vars[v].name);
	  }
      return ul_expr (d - 1);
    case 16:
      if ((v = pick (V_PBUF, 0, 0)) >= 0)
	{
	  unsigned i = rnd (4);
	  return fmt ("(%s[%u] ? %s[%u]->val : %s)", vars[v].name, i, vars[v].name, i, ul_expr (d - 1));
	}
      return ul_expr (d - 1);
    case 17:
      if ((v = pick (V_VP, 0, 0)) >= 0)
	return fmt ("((struct node *) %s)->val", vars[v].name);
      return ul_expr (d - 1);
    case 18: return fmt ("(unsigned long) ((uintptr_t) %s != 0)", node_expr (0, d - 1));
    case 19: return fmt (rnd (2) ? "g_acc" : "*g_up");
    case 20: return fmt ("(%s ? %s : %s)", ul_expr (d - 1), ul_expr (d - 1), ul_expr (d - 1));
    default: return ul_expr (0);
    }
}

/* A never-NULL, side-effect-free struct node * expression.  With ESC,
   only built from escaping-role values.  */
static char *
node_expr (int esc, int d)
{
  int v;
  if (d > 0)
    switch (rnd (12))
      {
      case 0:
	{
	  char *n = node_expr (esc, d - 1);
	  return fmt ("(%s->next ? %s->next : %s)", n, n, node_expr (esc, d - 1));
	}
      case 1:
	{
	  char *n = node_expr (esc, d - 1);
	  return fmt ("(%s->other ? %s->other : %s)", n, n, node_expr (esc, d - 1));
	}
      case 2:
	return fmt ("(%s & 1 ? %s : %s)", ul_expr (d - 1), node_expr (esc, d - 1), node_expr (esc, d - 1));
      case 3:
	if ((v = pick (V_ARR, esc, 0)) >= 0)
	  return fmt ("%s[%s & 3]", vars[v].name, ul_expr (d - 1));
	break;
      case 4:
	if ((v = pick (V_PBUF, esc, 0)) >= 0)
	  {
	    unsigned i = rnd (4);
	    return fmt ("(%s[%u] ? %s[%u] : %s)", vars[v].name, i, vars[v].name, i, node_expr (esc, d - 1));
	  }
	break;
      case 5:
	return fmt ("g_n[%s & 3]", ul_expr (d - 1));
      case 6:
	if ((v = pick (V_VP, esc, 0)) >= 0)
	  return fmt ("((struct node *) %s)", vars[v].name);
	break;
      case 7:
	if ((v = pick (V_ST, esc, 0)) >= 0)
	  return fmt ("(%s.next ? %s.next : %s)", vars[v].name, vars[v].name, node_expr (esc, d - 1));
	break;
      case 8:
	if (cur && cur->outp)
	  return fmt ("(*out ? *out : %s)", node_expr (esc, d - 1));
	break;
      default:
	break;
      }
  if ((v = pick (V_NODE, esc, 0)) >= 0 && !chance (8))
    return fmt ("%s", vars[v].name);
  return fmt ("g_n[%u]", rnd (4));
}

/* ------------------------------------------------------------ statements */

static void gen_block (int n, int d);

static void
charge (unsigned long c)
{
  cost += mult * c;
}

/* A size expression for N bytes: constant, or variable (at least N).  */
static char *
size_expr (unsigned n, int *constant)
{
  *constant = 1;
  switch (rnd (8))
    {
    case 0: *constant = 0; return fmt ("%u + (%s & 7)", n, ul_expr (1));
    case 1:
      {
	int v = pick (V_UL, 0, 0);
	if (v >= 0)
	  {
	    *constant = 0;
	    return fmt ("%u + %s %% 16", n, vars[v].name);
	  }
	return fmt ("%u", n);
      }
    default: return fmt ("%u", n);
    }
}

/* Declares a fresh node: one allocation site.  */
static int
new_node (int local)
{
  int c, how = rnd (8);
  char *size = size_expr (sizeof (void *) * 3 + 8 * 5, &c);	/* before the name exists */
  int v = add_var (V_NODE, local, 1, "p");
  const char *n = vars[v].name;
  switch (how)
    {
    case 0: out ("struct node *%s = gc_calloc (1, sizeof (struct node));", n); break;
    case 1: out ("struct node *%s = NEW (struct node);", n); break;
    case 2: out ("struct node *%s = gc_alloc (%s);", n, size); break;
    default: out ("struct node *%s = gc_alloc (sizeof (struct node));", n); break;
    }
  if (chance (80))
    out ("%s->val = %s;", n, ul_expr (2));
  if (chance (30))
    out ("%s->a[%u] = %s;", n, rnd (4), ul_expr (1));
  if (chance (40))
    out ("%s->next = %s;", n, node_expr (!local, 1));
  charge (2);
  return v;
}

static void
new_buf (void)
{
  int local = chance (65);
  int c;
  unsigned elems = 4 + rnd (3) * 4;
  char *s = size_expr (elems * 8, &c);
  char *n = c ? fmt ("%u", elems) : fmt ("%u + (%s & 3)", elems, ul_expr (1));
  int v = add_var (V_BUF, local, 0, "b");	/* after its initialiser's parts */
  if (chance (20))
    out ("unsigned long *%s = gc_calloc (%s, sizeof (unsigned long));", vars[v].name, n);
  else
    out ("unsigned long *%s = gc_alloc (%s);", vars[v].name, s);
  for (unsigned i = 0; i < 4; i++)
    if (chance (50))
      out ("%s[%u] = %s;", vars[v].name, i, ul_expr (1));
  charge (2);
}

static void
new_pbuf (void)
{
  int local = chance (55);
  int v = add_var (V_PBUF, local, 0, "v");
  out ("struct node **%s = gc_alloc (4 * sizeof (struct node *));", vars[v].name);
  for (unsigned i = 0; i < 4; i++)
    if (chance (60))
      out ("%s[%u] = %s;", vars[v].name, i, node_expr (!local, 1));
  charge (2);
}

static void
new_arr (void)
{
  int local = chance (70);
  char *e[4];
  for (int i = 0; i < 4; i++)
    e[i] = node_expr (!local, 1);
  int v = add_var (V_ARR, local, 0, "arr");
  out ("struct node *%s[4] = { %s, %s, %s, %s };", vars[v].name, e[0], e[1], e[2], e[3]);
}

static void
new_struct (void)
{
  int local = chance (70);
  int v = add_var (V_ST, local, 0, "s");
  out ("struct node %s = { 0 };", vars[v].name);
  out ("%s.val = %s;", vars[v].name, ul_expr (1));
  if (chance (60))
    out ("%s.next = %s;", vars[v].name, node_expr (!local, 1));
  if (chance (30))
    out ("%s.other = %s;", vars[v].name, node_expr (!local, 1));
}

/* Arguments for a call of F from here.  */
static char *
call_args (struct fn *f, int depth_arg)
{
  char *s = depth_arg ? fmt ("%s", depth_arg == 1 ? "d - 1" : fmt ("%s %% 4", ul_expr (1)))
		      : fmt ("%s", "");
  int first = !depth_arg;
  for (int i = 0; i < f->np; i++)
    {
      /* An escaping parameter gets an escaping value, bar a few.  */
      int esc = !f->plocal[i] && !chance (4);
      s = fmt ("%s%s%s", s, first ? "" : ", ", node_expr (esc, 1));
      first = 0;
    }
  for (int i = 0; i < f->nu; i++)
    {
      s = fmt ("%s%s%s", s, first ? "" : ", ", ul_expr (1));
      first = 0;
    }
  if (f->outp)
    {
      /* Where the callee may write a pointer: the caller's variable, an
	 element of a local or heap array, a field of a local struct or of
	 an object, a global.  */
      int v;
      char *o = NULL;
      switch (rnd (6))
	{
	case 0:
	  if ((v = pick (V_ARR, 0, 0)) >= 0)
	    o = fmt ("&%s[%u]", vars[v].name, rnd (4));
	  break;
	case 1:
	  if ((v = pick (V_PBUF, 0, 0)) >= 0)
	    o = fmt ("&%s[%u]", vars[v].name, rnd (4));
	  break;
	case 2:
	  if ((v = pick (V_ST, 0, 0)) >= 0)
	    o = fmt ("&%s.%s", vars[v].name, rnd (2) ? "next" : "other");
	  break;
	case 3: o = fmt ("&%s->%s", node_expr (0, 0), rnd (2) ? "next" : "other"); break;
	case 4: o = fmt ("&g_n[%u]", rnd (4)); break;
	default: break;
	}
      if (!o && (v = pick (V_NODE, 0, 1)) >= 0)
	o = fmt ("&%s", vars[v].name);
      s = fmt ("%s%s%s", s, first ? "" : ", ", o ? o : "&g_list");
      first = 0;
    }
  if (f->pair)
    {
      int esc = !f->pairlocal;
      s = fmt ("%s%s(struct pair) { %s, %s }", s, first ? "" : ", ", node_expr (esc, 1),
	       node_expr (esc, 1));
      first = 0;
    }
  return s;
}

/* A call statement to F (from here: cost is charged).  */
static void
call_stmt (struct fn *f, int rec)
{
  char *args = call_args (f, f->rec ? (rec ? 1 : 2) : 0);
  int v;
  if (!rec)
    {
      f->called = 1;
      charge (f->cost + 1);
    }
  switch (f->ret)
    {
    case R_VOID: out ("%s (%s);", f->name, args); break;
    case R_UL:
      if (chance (30) && (v = pick (V_UL, 0, 1)) >= 0)
	out ("%s = %s (%s);", vars[v].name, f->name, args);
      else
	out ("acc += %s (%s);", f->name, args);
      break;
    case R_NODE:
      if (chance (40) && (v = pick (V_NODE, 0, 1)) >= 0)
	out ("%s = %s (%s);", vars[v].name, f->name, args);
      else
	{
	  v = add_var (V_NODE, chance (50), 1, "p");
	  out ("struct node *%s = %s (%s);", vars[v].name, f->name, args);
	}
      break;
    }
}

/* The value a `return' of the current function returns.  */
static char *
ret_expr (void)
{
  switch (cur->ret)
    {
    case R_UL: return fmt (" acc ^ %s", ul_expr (1));
    case R_NODE: return fmt (" %s", node_expr (!chance (3), 1));
    default: return fmt ("%s", "");
    }
}

/* A callee for a call from here, or NULL.  */
static struct fn *
pick_callee (void)
{
  struct fn *c[MAXF];
  int n = 0;
  for (int i = 0; i < nf; i++)
    if (&fns[i] != cur && fns[i].cost != 0
	&& cost + mult * (fns[i].cost + 1) <= (cur ? FN_BUDGET : MAIN_BUDGET))
      c[n++] = &fns[i];
  return n ? c[rnd (n)] : NULL;
}

static void
loop_header (unsigned k, int *iv)
{
  *iv = add_var (V_UL, 0, 0, "i");
  out ("for (unsigned long %s = 0; %s < %u; %s++)", vars[*iv].name, vars[*iv].name, k,
       vars[*iv].name);
}

static void
gen_stmt (int d)
{
  int v, w;
  char *x;
  switch (rnd (50))
    {
    case 0: case 1: case 2: case 3:
      new_node (chance (60));
      break;
    case 4:
      new_buf ();
      break;
    case 5:
      new_pbuf ();
      break;
    case 6:
      new_arr ();
      break;
    case 7:
      new_struct ();
      break;
    case 8: case 9:		/* field stores */
      if ((v = pick (V_NODE, 0, 0)) < 0)
	break;
      {
	int esc = !vars[v].local && !chance (10);
	static const char *f[] = { "next", "other" };
	out ("%s->%s = %s;", vars[v].name, f[rnd (2)], node_expr (esc, 1));
      }
      break;
    case 10:
      if ((v = pick (V_NODE, 0, 0)) >= 0)
	out ("%s->slot = %s;", vars[v].name, node_expr (!chance (10), 1));
      break;
    case 11: case 12:
      if ((v = pick (V_NODE, 0, 0)) >= 0)
	{
	  if (rnd (2))
	    out ("%s->val += %s;", vars[v].name, ul_expr (2));
	  else
	    out ("%s->a[%s & 3] = %s;", vars[v].name, ul_expr (1), ul_expr (2));
	}
      break;
    case 13: case 14:		/* global stores */
      /* A quarter of them publish what a local-role object holds (or is):
	 the transitive flows.  */
      x = node_expr (!chance (25), 1);
      switch (rnd (9))
	{
	case 7:
	  if ((v = pick (V_BUF, 0, 0)) >= 0)
	    {
	      out ("g_up = %s + %u;", vars[v].name, rnd (4));	/* derived pointers */
	      break;
	    }
	  /* fall through */
	case 8: out ("g_up = &%s->a[%u];", x, rnd (4)); break;
	case 0: out ("g_n[%u] = %s;", rnd (4), x); break;
	case 1: out ("g_list = %s;", x); break;
	case 2: out ("g_any = %s;", x); break;
	case 3: out ("g_h.p = %s;", x); break;
	case 4: out ("g_h.pr.%c = %s;", "ab"[rnd (2)], x); break;
	case 5: out ("g_n[%u]->next = %s;", rnd (4), x); break;
	default: out ("g_list->other = %s;", x); break;
	}
      break;
    case 15:
      out ("g_acc += %s;", ul_expr (2));
      break;
    case 16:
      if ((v = pick (V_BUF, 0, 0)) >= 0)
	out ("%s[%s & 3] = %s;", vars[v].name, ul_expr (1), ul_expr (2));
      break;
    case 17:
      if ((v = pick (V_PBUF, 0, 0)) >= 0)
	out ("%s[%s & 3] = %s;", vars[v].name, ul_expr (1), node_expr (!vars[v].local, 1));
      break;
    case 18:
      if ((v = pick (V_ARR, 0, 0)) >= 0)
	out ("%s[%s & 3] = %s;", vars[v].name, ul_expr (1), node_expr (!vars[v].local, 1));
      break;
    case 19: case 20: case 21:
      out ("acc += %s;", ul_expr (2));
      break;
    case 22:
      if ((v = pick (V_UL, 0, 1)) >= 0 && chance (50))
	out ("%s = %s;", vars[v].name, ul_expr (2));
      else
	{
	  x = ul_expr (2);	/* before the name exists */
	  v = add_var (V_UL, 0, 1, "u");
	  out ("unsigned long %s = %s;", vars[v].name, x);
	}
      break;
    case 23:			/* reassign a node variable */
      if ((v = pick (V_NODE, 0, 1)) >= 0)
	out ("%s = %s;", vars[v].name, node_expr (!vars[v].local, 1));
      break;
    case 24: case 25: case 26: case 27:
      {
	struct fn *f = pick_callee ();
	if (f)
	  call_stmt (f, 0);
      }
      break;
    case 28:			/* callbacks with a context pointer */
      x = node_expr (!chance (30), 1);
      switch (rnd (4))
	{
	case 0: out ("acc += apply (cb_%s, %s, %s);", rnd (2) ? "read" : "bump", x, ul_expr (1)); break;
	case 1: out ("acc += apply (cb_keep, %s, %s);", node_expr (1, 1), ul_expr (1)); break;
	case 2: out ("acc += g_cb[%s & 3] (%s, %s);", ul_expr (1), node_expr (1, 1), ul_expr (1)); break;
	default: out ("acc += cb_read (%s, %s);", x, ul_expr (1)); break;
	}
      charge (2);
      break;
    case 29:			/* list built in a loop */
      if (d > 2 || (v = pick (V_NODE, 0, 1)) < 0)
	break;
      {
	unsigned k = 1 + rnd (8);
	int iv, mark = nv;
	loop_header (k, &iv);
	out ("{");
	ind++;
	unsigned long m = mult;
	mult *= k;
	w = new_node (vars[v].local);
	out ("%s->next = %s;", vars[w].name, vars[v].name);
	if (chance (30))
	  gen_stmt (d + 1);
	out ("%s = %s;", vars[v].name, vars[w].name);
	mult = m;
	ind--;
	out ("}");
	nv = mark;
      }
      break;
    case 30: case 31:		/* a loop with its own block */
      if (d > 2)
	break;
      {
	unsigned k = 1 + rnd (6);
	int iv, mark = nv;
	loop_header (k, &iv);
	out ("{");
	ind++;
	unsigned long m = mult;
	mult *= k;
	loop_depth++;
	if (chance (60))
	  new_node (chance (80));
	gen_block (1 + rnd (4), d + 1);
	loop_depth--;
	mult = m;
	ind--;
	out ("}");
	nv = mark;
      }
      break;
    case 32:			/* a pointer overwritten before every read in a loop */
      if (d > 2)
	break;
      {
	unsigned k = 1 + rnd (5);
	int iv, mark;
	x = node_expr (0, 0);
	w = add_var (V_NODE, 1, 1, "w");
	out ("struct node *%s = %s;", vars[w].name, x);
	mark = nv;
	loop_header (k, &iv);
	out ("{");
	ind++;
	unsigned long m = mult;
	mult *= k;
	out ("%s = gc_alloc (sizeof (struct node));", vars[w].name);
	out ("%s->val = %s * %s;", vars[w].name, vars[iv].name, ul_expr (1));
	out ("acc += %s->val + list_sum (%s);", vars[w].name, vars[w].name);
	charge (3);
	mult = m;
	ind--;
	out ("}");
	nv = mark;
      }
      break;
    case 33:			/* walk a list */
      {
	int s = add_var (V_UL, 0, 0, "st");
	out ("unsigned long %s = 0;", vars[s].name);
	x = node_expr (0, 1);
	out ("for (struct node *q = %s; q && %s < 8; q = q->next, %s++)", x, vars[s].name,
	     vars[s].name);
	out ("  acc += q->val * (%s + 1);", vars[s].name);
	charge (8);
      }
      break;
    case 34: case 35:		/* if / else */
      if (d > 3)
	break;
      {
	int mark = nv;
	out ("if (%s %% %u == %u)", ul_expr (2), 2 + rnd (3), rnd (2));
	out ("{");
	ind++;
	gen_block (1 + rnd (3), d + 1);
	ind--;
	nv = mark;
	if (chance (50))
	  {
	    out ("}");
	    out ("else");
	    out ("{");
	    ind++;
	    gen_block (1 + rnd (3), d + 1);
	    ind--;
	    nv = mark;
	  }
	out ("}");
      }
      break;
    case 36:			/* early return */
      if (cur && chance (60))
	out ("if (%s %% %u == 1) return%s;", ul_expr (1), 3 + rnd (5), ret_expr ());
      break;
    case 37:			/* struct copies and memcpy */
      if ((v = pick (V_NODE, 0, 0)) < 0)
	break;
      switch (rnd (4))
	{
	case 0:
	  if ((w = pick (V_ST, !vars[v].local, 0)) >= 0)
	    out ("*%s = %s;", vars[v].name, vars[w].name);
	  break;
	case 1:
	  if ((w = pick (V_ST, 0, 0)) >= 0)
	    {
	      if (vars[v].local)
		vars[w].local = 1;
	      out ("%s = *%s;", vars[w].name, vars[v].name);
	    }
	  break;
	default:
	  x = node_expr (!vars[v].local, 1);
	  out ("if (%s != %s)", vars[v].name, x);
	  out ("  memcpy (%s, %s, sizeof (struct node));", vars[v].name, x);
	  break;
	}
      break;
    case 38:			/* void * copies */
      w = chance (50);
      x = node_expr (!w, 1);
      v = add_var (V_VP, w, 0, "vp");
      out ("void *%s = %s;", vars[v].name, x);
      break;
    case 39:			/* pointer <-> integer, volatile, asm */
      if ((v = pick (V_NODE, 0, 0)) < 0)
	break;
      switch (rnd (4))
	{
	case 0:
	  w = add_var (V_NODE, 0, 1, "p");
	  out ("struct node *%s = (struct node *) ((uintptr_t) %s | 0);", vars[w].name, vars[v].name);
	  break;
	case 1:
	  out ("{ struct node *volatile vol = %s; acc += vol->val; }", vars[v].name);
	  break;
	case 2:
	  out ("__asm__ volatile (\"\" : : \"r\" (%s) : \"memory\");", vars[v].name);
	  break;
	default:
	  out ("acc += (unsigned long) ((uintptr_t) %s != 0);", vars[v].name);
	  break;
	}
      break;
    case 40:
      if ((v = pick (V_NODE, 0, 0)) >= 0 && chance (60))
	out ("gc_free (%s);", vars[v].name);
      break;
    case 41:			/* qsort a local array of pointers */
      if ((v = pick (V_ARR, 0, 0)) >= 0)
	{
	  out ("qsort (%s, 4, sizeof %s[0], cmp_nodes);", vars[v].name, vars[v].name);
	  charge (8);
	}
      break;
    case 42:			/* derived pointers */
      if ((v = pick (V_BUF, 0, 0)) >= 0 && rnd (2))
	out ("{ unsigned long *q = %s + %u; q[-1] += q[1] + %s; }", vars[v].name, 1 + rnd (2),
	     ul_expr (1));
      else if ((v = pick (V_NODE, 0, 0)) >= 0)
	out ("{ unsigned long *q = &%s->a[%u]; *q ^= %s; }", vars[v].name, rnd (4), ul_expr (1));
      break;
    case 43:
      if (!cur || mult <= 4)
	{
	  out ("printf (\"%s.%d %%lu\\n\", acc);", cur ? cur->name : "main", trace_id++);
	  charge (1);
	}
      break;
    case 46: case 47:		/* out parameters */
      if (cur && cur->outp)
	{
	  if (rnd (3))
	    out ("*out = %s;", node_expr (!chance (25), 1));
	  else
	    out ("acc += *out ? (*out)->val : %s;", ul_expr (1));
	}
      break;
    case 48:			/* a freeing wrapper */
      if ((v = pick (V_NODE, 0, 0)) >= 0 && chance (60))
	out ("drop_node (%s);", vars[v].name);
      break;
    case 49:			/* a reallocating helper: 4 to 11 elements */
      if ((v = pick (V_BUF, 0, 0)) >= 0)
	{
	  x = fmt ("4 + (%s & 7)", ul_expr (1));
	  w = add_var (V_BUF, vars[v].local, 0, "b");
	  out ("unsigned long *%s = grow_buf (%s, %s);", vars[w].name,
	       vars[v].name, x);
	  if (chance (60))
	    out ("%s[%u] += %s;", vars[w].name, rnd (4), ul_expr (1));
	  charge (4);
	}
      break;
    case 44:			/* recursion */
      if (cur && cur->rec && rec_calls < 2 && loop_depth == 0)
	{
	  struct fn *t = cur->partner >= 0 && rnd (2) ? &fns[cur->partner] : cur;
	  rec_calls++;
	  out ("if (d > 0)");
	  out ("{");
	  ind++;
	  int mark = nv;
	  call_stmt (t, 1);
	  nv = mark;
	  ind--;
	  out ("}");
	}
      break;
    default:
      out ("acc = mix (acc, %s);", ul_expr (1));
      break;
    }
}

static void
gen_block (int n, int d)
{
  for (int i = 0; i < n && stmt_budget > 0; i++, stmt_budget--)
    gen_stmt (d);
}

/* ------------------------------------------------------------ program */

/* Prints F's prototype (DECL) or the head of its definition.  */
static void
signature (struct fn *f, int decl)
{
  static const char *rt[] = { "void ", "unsigned long ", "struct node *" };
  static const char *attrs[] = { "", "__attribute__ ((noinline)) ", "inline " };
  char *s = fmt ("%s%s%s (", decl ? "" : attrs[f->attr], rt[f->ret], f->name);
  int first = 1;
  if (f->rec)
    s = fmt ("%sunsigned long d", s), first = 0;
  for (int i = 0; i < f->np; i++, first = 0)
    s = fmt ("%s%sstruct node *n%d", s, first ? "" : ", ", i);
  for (int i = 0; i < f->nu; i++, first = 0)
    s = fmt ("%s%sunsigned long x%d", s, first ? "" : ", ", i);
  if (f->outp)
    s = fmt ("%s%sstruct node **out", s, first ? "" : ", "), first = 0;
  if (f->pair)
    s = fmt ("%s%sstruct pair pr", s, first ? "" : ", "), first = 0;
  out ("%s%s%s)%s", f->is_static ? "static " : "", s, first ? "void" : "", decl ? ";" : "");
}

static void
new_fn (int rec, int partner)
{
  struct fn *f = &fns[nf];
  memset (f, 0, sizeof *f);
  snprintf (f->name, sizeof f->name, "%s%d", rec ? "r" : "f", nf);
  f->ret = (enum ret) rnd (3);
  f->np = rnd (4);
  for (int i = 0; i < f->np; i++)
    f->plocal[i] = chance (50);
  f->nu = rnd (3);
  f->pair = chance (15);
  f->outp = chance (20);
  f->pairlocal = chance (50);
  f->rec = rec;
  f->partner = partner;
  f->is_static = chance (65);
  f->attr = rnd (5) < 3 ? 0 : rnd (2) ? 1 : 2;
  if (f->attr == 2 && !f->is_static)
    f->attr = 0;		/* plain `inline' alone has no external definition */
  nf++;
}

static void
gen_fn (struct fn *f)
{
  cur = f;
  cost = 0;
  mult = 1;
  loop_depth = 0;
  rec_calls = 0;
  nv = 0;
  stmt_budget = 6 + rnd (14);
  putchar ('\n');
  signature (f, 0);
  out ("{");
  ind++;
  out ("unsigned long acc = %s;", cst ());
  if (f->rec)
    {
      out ("if (d == 0)");
      out ("  return%s;", f->ret == R_NODE ? (f->np ? " n0" : " g_n[1]")
			   : f->ret == R_UL ? " acc" : "");
    }
  for (int i = 0; i < f->np; i++)
    {
      int v = add_var (V_NODE, f->plocal[i], 1, "n");
      snprintf (vars[v].name, sizeof vars[v].name, "n%d", i);
    }
  for (int i = 0; i < f->nu; i++)
    {
      int v = add_var (V_UL, 0, 1, "x");
      snprintf (vars[v].name, sizeof vars[v].name, "x%d", i);
    }
  if (f->pair)
    {
      int v = add_var (V_NODE, f->pairlocal, 1, "p");
      out ("struct node *%s = pr.%c;", vars[v].name, "ab"[rnd (2)]);
    }
  if (pick (V_NODE, 0, 0) < 0 || chance (50))
    new_node (chance (60));
  gen_block (stmt_budget, 0);
  if (f->rec && rec_calls == 0)
    {
      /* Make sure it does recurse.  */
      out ("if (d > 0)");
      out ("{");
      ind++;
      int mark = nv;
      call_stmt (f->partner >= 0 ? &fns[f->partner] : f, 1);
      nv = mark;
      ind--;
      out ("}");
    }
  if (f->ret != R_VOID)
    out ("return%s;", ret_expr ());
  else
    out ("g_acc ^= acc;");
  ind--;
  out ("}");
  f->cost = cost + 1;
  if (f->rec)
    f->cost *= 16;		/* depth <= 3, at most two calls a level */
  cur = NULL;
}

static const char prelude[] =
  "#include <stdint.h>\n"
  "#include <stdio.h>\n"
  "#include <stdlib.h>\n"
  "#include <string.h>\n"
  "\n"
  "#ifdef __GC_ESCAPE__\n"
  "# define GC_ALLOC __attribute__ ((gc_alloc))\n"
  "# define GC_CALLOC __attribute__ ((gc_alloc (1, 2)))\n"
  "# define GC_FREE __attribute__ ((gc_free))\n"
  "# define GC_REALLOC __attribute__ ((gc_realloc))\n"
  "#else\n"
  "# define GC_ALLOC\n"
  "# define GC_CALLOC\n"
  "# define GC_FREE\n"
  "# define GC_REALLOC\n"
  "#endif\n"
  "\n"
  "/* A counting, calloc-based collector stand-in.  Each block has a\n"
  "   16-byte header: a magic word that gc_free and gc_realloc check,\n"
  "   and the size.  */\n"
  "#define GC_MAGIC 0x5ca1ab1e600dUL\n"
  "static unsigned long n_allocs, n_frees;\n"
  "GC_ALLOC void *gc_alloc (unsigned long n) __attribute__ ((noinline%s));\n"
  "GC_CALLOC void *gc_calloc (unsigned long n, unsigned long size) __attribute__ ((noinline));\n"
  "GC_FREE void gc_free (void *p) __attribute__ ((noinline));\n"
  "GC_REALLOC void *gc_realloc (void *p, unsigned long n) __attribute__ ((noinline));\n"
  "#define NEW(T) ((T *) gc_alloc (sizeof (T)))\n"
  "\n"
  "void *\n"
  "gc_alloc (unsigned long n)\n"
  "{\n"
  "  unsigned long *p = calloc (1, n + 16);\n"
  "  if (!p)\n"
  "    abort ();\n"
  "  n_allocs++;\n"
  "  p[0] = GC_MAGIC;\n"
  "  p[1] = n;\n"
  "  return p + 2;\n"
  "}\n"
  "\n"
  "void *\n"
  "gc_calloc (unsigned long n, unsigned long size)\n"
  "{\n"
  "  return gc_alloc (n * size);\n"
  "}\n"
  "\n"
  "/* Frees nothing (the program may still use the block): it checks that\n"
  "   its argument is a heap block.  */\n"
  "void\n"
  "gc_free (void *p)\n"
  "{\n"
  "  if (((unsigned long *) p)[-2] != GC_MAGIC)\n"
  "    {\n"
  "      printf (\"gc_free: not a gc_alloc block\\n\");\n"
  "      abort ();\n"
  "    }\n"
  "  n_frees++;\n"
  "}\n"
  "\n"
  "/* A new block with the old one's bytes; the old one stays (the program\n"
  "   may still read it), unchanged.  */\n"
  "void *\n"
  "gc_realloc (void *p, unsigned long n)\n"
  "{\n"
  "  if (!p)\n"
  "    return gc_alloc (n);\n"
  "  if (((unsigned long *) p)[-2] != GC_MAGIC)\n"
  "    {\n"
  "      printf (\"gc_realloc: not a gc_alloc block\\n\");\n"
  "      abort ();\n"
  "    }\n"
  "  unsigned long old = ((unsigned long *) p)[-1];\n"
  "  void *q = gc_alloc (n);\n"
  "  memcpy (q, p, old < n ? old : n);\n"
  "  return q;\n"
  "}\n"
  "\n"
  "struct node\n"
  "{\n"
  "  struct node *next, *other;\n"
  "  void *slot;			/* always a struct node * or NULL */\n"
  "  unsigned long val;\n"
  "  unsigned long a[4];\n"
  "};\n"
  "struct pair { struct node *a, *b; };\n"
  "struct holder { struct node *p; struct pair pr; unsigned long k; };\n"
  "\n"
  "static struct node *g_n[4];\n"
  "static struct node *g_list;\n"
  "static void *g_any;\n"
  "static struct holder g_h;\n"
  "static unsigned long g_acc;\n"
  "static unsigned long *g_up;		/* into some node's a[] or a buffer */\n"
  "\n"
  "/* A freeing wrapper and a reallocating helper: their calls are tested\n"
  "   at run time (SPEC 6), so callers' objects may be on the stack.  */\n"
  "__attribute__ ((noinline, unused)) static void\n"
  "drop_node (struct node *p)\n"
  "{\n"
  "  gc_free (p);\n"
  "}\n"
  "\n"
  "__attribute__ ((noinline, unused)) static unsigned long *\n"
  "grow_buf (unsigned long *b, unsigned long n)\n"
  "{\n"
  "  return gc_realloc (b, n * sizeof *b);\n"
  "}\n"
  "\n"
  "static unsigned long\n"
  "mix (unsigned long h, unsigned long v)\n"
  "{\n"
  "  h ^= v + 0x9e3779b97f4a7c15UL + (h << 6) + (h >> 2);\n"
  "  return h;\n"
  "}\n"
  "\n"
  "static unsigned long\n"
  "list_sum (const struct node *p)\n"
  "{\n"
  "  unsigned long s = 0;\n"
  "  for (int n = 0; p && n < 16; n++, p = p->next)\n"
  "    s = mix (s, p->val + p->a[n & 3]);\n"
  "  return s;\n"
  "}\n"
  "\n"
  "static unsigned long\n"
  "list_len (const struct node *p)\n"
  "{\n"
  "  unsigned long n = 0;\n"
  "  for (; p && n < 32; p = p->next)\n"
  "    n++;\n"
  "  return n;\n"
  "}\n"
  "\n"
  "static unsigned long\n"
  "deep_sum (const struct node *p, int d)\n"
  "{\n"
  "  if (!p)\n"
  "    return 7;\n"
  "  unsigned long s = mix (p->val, p->a[0] ^ p->a[1] ^ p->a[2] ^ p->a[3]);\n"
  "  if (d <= 0)\n"
  "    return s;\n"
  "  s = mix (s, deep_sum (p->next, d - 1));\n"
  "  s = mix (s, deep_sum (p->other, d - 1));\n"
  "  return mix (s, deep_sum ((const struct node *) p->slot, d - 1));\n"
  "}\n"
  "\n"
  "static unsigned long\n"
  "arr_sum (struct node *const *a, int n)\n"
  "{\n"
  "  unsigned long s = 0;\n"
  "  for (int i = 0; i < n; i++)\n"
  "    s = mix (s, a[i]->val);\n"
  "  return s;\n"
  "}\n"
  "\n"
  "static int\n"
  "cmp_nodes (const void *x, const void *y)\n"
  "{\n"
  "  const struct node *a = *(struct node *const *) x, *b = *(struct node *const *) y;\n"
  "  return (a->val > b->val) - (a->val < b->val);\n"
  "}\n"
  "\n"
  "typedef unsigned long (*cb_t) (void *, unsigned long);\n"
  "static unsigned long cb_read (void *ctx, unsigned long x) { return ((struct node *) ctx)->val + x; }\n"
  "static unsigned long cb_keep (void *ctx, unsigned long x) { g_any = ctx; return x * 3; }\n"
  "static unsigned long cb_bump (void *ctx, unsigned long x) { struct node *n = ctx; n->val += x; return n->val; }\n"
  "static cb_t g_cb[4] = { cb_read, cb_keep, cb_bump, cb_read };\n"
  "%sunsigned long apply (cb_t f, void *ctx, unsigned long x) { return f (ctx, x); }\n";

int
main (int argc, char **argv)
{
  if (argc != 2)
    {
      fprintf (stderr, "usage: gen SEED\n");
      return 2;
    }
  unsigned long seed = strtoul (argv[1], NULL, 0);
  rng = 0x9e3779b97f4a7c15ULL ^ (seed * 0xbf58476d1ce4e5b9ULL);
  if (!rng)
    rng = 1;
  for (int i = 0; i < 8; i++)
    rnd (2);

  printf ("/* gcc-escape fuzz program, seed %lu: testsuite/fuzz/gen %lu */\n", seed, seed);
  printf (prelude, chance (50) ? ", malloc" : "",
	  chance (50) ? "static " : "__attribute__ ((noinline)) ");

  /* Signatures first (prototypes allow mutual recursion), then bodies
     in order: each body calls only earlier functions.  */
  int n = 6 + rnd (14);
  while (nf < n)
    {
      if (chance (15) && nf + 2 <= n)
	{
	  new_fn (1, nf + 1);
	  new_fn (1, nf - 1);
	}
      else
	new_fn (chance (12), -1);
    }
  putchar ('\n');
  for (int i = 0; i < nf; i++)
    {
    signature (&fns[i], 1);
    }
  for (int i = 0; i < nf; i++)
    {
      if (fns[i].partner == i + 1)
	{
	  /* Mutual recursion: both bodies see each other's (unknown) cost
	     as zero; the pair gets the sum times the depth bound.  */
	  gen_fn (&fns[i]);
	  unsigned long c = fns[i].cost;
	  fns[i].cost = 0;
	  gen_fn (&fns[i + 1]);
	  fns[i].cost = fns[i + 1].cost = c + fns[i + 1].cost;
	  i++;
	}
      else
	gen_fn (&fns[i]);
    }

  /* main: set up the globals, call every function nobody called, print
     the results and a checksum of everything reachable.  */
  printf ("\nint\nmain (void)\n{\n");
  ind = 1;
  out ("for (int i = 0; i < 4; i++)");
  out ("  {");
  out ("    g_n[i] = gc_alloc (sizeof (struct node));");
  out ("    g_n[i]->val = i + 1;");
  out ("  }");
  out ("g_list = g_n[0];");
  out ("g_h.p = g_n[1];");
  out ("g_h.pr.a = g_n[2];");
  out ("g_h.pr.b = g_n[3];");
  out ("g_any = g_n[0];");
  out ("g_up = &g_n[2]->a[1];");
  out ("unsigned long acc = %luUL;", seed);
  cost = 0;
  mult = 1;
  nv = 0;
  stmt_budget = 10 + rnd (20);
  loop_depth = rec_calls = 0;
  new_node (1);
  gen_block (stmt_budget, 0);
  for (int i = 0; i < nf; i++)
    if (!fns[i].called && fns[i].cost <= MAIN_BUDGET)
      {
	int mark = nv;
	call_stmt (&fns[i], 0);
	nv = mark;
	out ("printf (\"main.%s %%lu\\n\", acc);", fns[i].name);
      }
  out ("unsigned long h = acc;");
  out ("for (int i = 0; i < 4; i++)");
  out ("  h = mix (h, deep_sum (g_n[i], 3) ^ list_sum (g_n[i]));");
  out ("h = mix (h, deep_sum (g_list, 3) ^ list_len (g_list));");
  out ("h = mix (h, deep_sum (g_any, 3));");
  out ("h = mix (h, deep_sum (g_h.p, 2) ^ deep_sum (g_h.pr.a, 2) ^ deep_sum (g_h.pr.b, 2));");
  out ("h = mix (h, g_acc ^ *g_up);");
  out ("printf (\"checksum %%lu\\n\", h);");
  out ("fprintf (stderr, \"allocs %%lu frees %%lu\\n\", n_allocs, n_frees);");
  out ("return 0;");
  printf ("}\n");
  return 0;
}

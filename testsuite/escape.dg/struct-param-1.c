/* Structs passed by value that hold pointers get parameter notes, like
   pointers; structs without pointers and function pointers get none.  The
   struct is one location (field-insensitive).
   Go: test/escape2.go (Bar).AlsoLeak, (Bar).LeaksToo, (Bar).StillNoLeak;
   escape_param.go (Val).param13; escape_struct_param2.go.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));
struct pair { int *a; int *b; };
struct pt { int x, y; };
struct val { int **pp; int k; };
struct outer { struct pair in; int k; };

void ext_pair (struct pair);

int *gp;
int gi;

/* (Bar).AlsoLeak: return b.ii.  */
NOINLINE int *pair_first (struct pair pr) /* { dg-message "leaking param: pr to result level=0" } */
{
  return pr.a;
}

NOINLINE void pair_keep (struct pair pk) /* { dg-message "leaking param: pk" } */
{
  gp = pk.b;
}

/* (Bar).LeaksToo: a by-value parameter is local storage; what is stored
   into it and read back flows on.  */
NOINLINE int *pair_leaks_too (struct pair lt) /* { dg-message "leaking param: lt to result level=0" } */
{
  lt.b = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return" } */
  use (&lt);
  return lt.b;
}

/* (Bar).StillNoLeak.  */
NOINLINE int pair_still_no_leak (struct pair sn) /* { dg-message "sn does not escape" } */
{
  sn.b = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  use (&sn);
  return *sn.a;
}

/* Reading through the pointers it holds.  */
NOINLINE int pair_sum (struct pair ps) /* { dg-message "ps does not escape" } */
{
  return *ps.a + *ps.b;
}

/* (Val).param13: *v.p = i.  */
NOINLINE void val_store (struct val v, int *i) /* { dg-message "v does not escape" } */
{ /* { dg-message "leaking param: i" "" { target *-*-* } .-1 } */
  *v.pp = i;
}

NOINLINE int *outer_b (struct outer o) /* { dg-message "leaking param: o to result level=0" } */
{
  return o.in.b;
}

/* No pointers, no note; function pointers get none either.  */
NOINLINE int
pt_sum (struct pt q, int (*f) (int))
{
  return f (q.x + q.y);
}

void
pair_caller_keep (void)
{
  struct pair pr;
  pr.a = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call argument" } */
  pr.b = 0;
  pair_keep (pr);
}

void
pair_caller_use (void)
{
  struct pair pr;
  pr.a = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  pr.b = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  use (pair_first (pr));
}

int *
pair_caller_return (void)
{
  struct pair pr;
  pr.a = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return" } */
  pr.b = 0;
  return pair_first (pr);
}

/* Field-insensitive: pair_first's summary is about the whole struct.
   BAD: pr.b is not returned.  */
int *
pair_caller_other_field (void)
{
  struct pair pr;
  pr.a = 0;
  pr.b = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return" } */
  return pair_first (pr);
}

void
pair_caller_sum (void)
{
  struct pair pr;
  pr.a = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  pr.b = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  gi = pair_sum (pr);
}

void
pair_caller_unknown (void)
{
  struct pair pr;
  pr.a = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call to unknown function" } */
  pr.b = 0;
  ext_pair (pr);
}

/* Dereference levels of result leaks, and callers applying them: a
   "to result level=N" summary hands the caller what is N dereferences away
   from the argument, no more.
   Go: test/escape_param.go param9/caller9a/caller9b, param10/caller10b;
   escape_struct_param1.go (*U).SP/SPPi, tSP, tSPPi; escape_struct_param2.go
   (U).SP/SPPi.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

struct u { int *sp; int **spp; };

int *gp;
int **gpp;

/* param9.  */
NOINLINE int *lvl1 (int **a) /* { dg-message "leaking param: a to result level=1" } */
{
  return *a;
}

/* param10.  */
NOINLINE int *lvl2 (int ***b) /* { dg-message "leaking param: b to result level=2" } */
{
  return **b;
}

NOINLINE int **lvl1p (int ***c) /* { dg-message "leaking param: c to result level=1" } */
{
  return *c;
}

/* (*U).SP.  */
NOINLINE int *u_sp (struct u *u1) /* { dg-message "leaking param: u1 to result level=1" } */
{
  return u1->sp;
}

/* (*U).SPPi.  */
NOINLINE int *u_sppi (struct u *u2) /* { dg-message "leaking param: u2 to result level=2" } */
{
  return *u2->spp;
}

/* (U).SP, by value: the struct holds the pointer.  */
NOINLINE int *u_val_sp (struct u u3) /* { dg-message "leaking param: u3 to result level=0" } */
{
  return u3.sp;
}

/* (U).SPPi.  */
NOINLINE int *u_val_sppi (struct u u4) /* { dg-message "leaking param: u4 to result level=1" } */
{
  return *u4.spp;
}

/* caller9a.  */
void
lvl1_use (void)
{
  int **box = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  *box = x;
  use (lvl1 (box));
}

/* caller9b: the result is what the box holds; the box stays.  */
void
lvl1_global (void)
{
  int **box = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  *box = x;
  gp = lvl1 (box);
}

/* The same through the address of a local variable: level 1 of &y is y's
   value.  */
void
lvl1_local (void)
{
  int *y = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  gp = lvl1 (&y);
}

/* caller10b.  */
void
lvl2_global (void)
{
  int ***b3 = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  int **b2 = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  int *x = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: assign to global" } */
  *b2 = x;
  *b3 = b2;
  gp = lvl2 (b3);
}

/* One level less: the middle box goes to the global, and with it what it
   holds.  */
void
lvl1p_global (void)
{
  int ***b3 = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  int **b2 = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  int *x = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap" } */
  *b2 = x;
  *b3 = b2;
  gpp = lvl1p (b3);
}

/* tSP: field-insensitive, so what u_sp returns is anything the struct
   holds.  */
void
t_sp (void)
{
  struct u *pu = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  int *s = gc_alloc (4); /* { dg-message "gc_alloc\\(4\\) escapes to heap: assign to global" } */
  int **ps = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) escapes to heap: assign to global" } */
  /* BAD: ps need not escape (only pu->sp is returned).  */
  pu->sp = s;
  pu->spp = ps;
  gp = u_sp (pu);
}

/* tSPPi: two levels from pu is what s and ps point to: only s2.  */
void
t_sppi (void)
{
  struct u *pu = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  int *s = gc_alloc (4); /* { dg-message "gc_alloc\\(4\\) does not escape" } */
  int **ps = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  int *s2 = gc_alloc (12); /* { dg-message "gc_alloc\\(12\\) escapes to heap: assign to global" } */
  *ps = s2;
  pu->sp = s;
  pu->spp = ps;
  gp = u_sppi (pu);
}

/* By value: level 0 of the struct is the pointers it holds.  */
void
t_val_sp (void)
{
  struct u uv;
  uv.sp = gc_alloc (4); /* { dg-message "gc_alloc\\(4\\) escapes to heap: assign to global" } */
  uv.spp = 0;
  gp = u_val_sp (uv);
}

void
t_val_sppi (void)
{
  struct u uv;
  int **ps = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  int *x = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  *ps = x;
  uv.sp = 0;
  uv.spp = ps;
  gp = u_val_sppi (uv);
}

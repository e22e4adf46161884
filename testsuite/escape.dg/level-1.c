/* Indirection levels inside one function: a chain of sites, each holding
   the previous one; storing level N of the chain in a global sends that
   site and everything it reaches to the heap, and nothing above it.
   Go: test/escape_level.go level0-level11 (with sites for variables).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

int *gp;
int **gpp;
int ***gppp;
int gi;

/* level1: sink = p2.  */
void
level_top (void)
{
  int *s0 = gc_alloc (4); /* { dg-message "gc_alloc\\(4\\) escapes to heap" } */
  int **s1 = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) escapes to heap" } */
  int ***s2 = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  *s1 = s0;
  *s2 = s1;
  gppp = s2;
}

/* level2: sink = *p2.  */
void
level_one_down (void)
{
  int *s0 = gc_alloc (4); /* { dg-message "gc_alloc\\(4\\) escapes to heap" } */
  int **s1 = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) escapes to heap: assign to global" } */
  int ***s2 = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  *s1 = s0;
  *s2 = s1;
  use (s2);
  gpp = *s2;
}

/* level3: sink = **p2.  */
void
level_two_down (void)
{
  int *s0 = gc_alloc (4); /* { dg-message "gc_alloc\\(4\\) escapes to heap: assign to global" } */
  int **s1 = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  int ***s2 = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  *s1 = s0;
  *s2 = s1;
  use (s2);
  gp = **s2;
}

/* level9: sink = ***p2 is an int.  */
void
level_bottom (void)
{
  int *s0 = gc_alloc (4); /* { dg-message "gc_alloc\\(4\\) does not escape" } */
  int **s1 = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  int ***s2 = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  *s1 = s0;
  *s2 = s1;
  use (s2);
  gi = ***s2;
}

/* level7: p2 := *p1; sink = &p2 -- here: a copy of the middle level taken
   out of the chain and stored.  */
void
level_copy_out (void)
{
  int *s0 = gc_alloc (4); /* { dg-message "gc_alloc\\(4\\) escapes to heap: assign to global" } */
  int **s1 = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  *s1 = s0;
  use (s1);
  int *copy = *s1;
  gp = copy;
}

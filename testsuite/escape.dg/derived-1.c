/* A pointer derived from a site (field address, element address, pointer
   arithmetic, casts, merges of several sites) escapes with the site.
   Go: test/escape2.go foo138/foo139 (&t.x[0]), escape_indir.go f
   (global = &*&x).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

struct node { int *p; struct node *next; int x; };

int *gp;
char *gcs;
long *glp;

void
dv_arith (void)
{
  char *s = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: assign to global" } */
  gcs = s + 16;
}

void
dv_field_addr (void)
{
  struct node *n = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) escapes to heap: assign to global" } */
  gp = &n->x;
}

void
dv_elem_addr (void)
{
  int *a = gc_alloc (40); /* { dg-message "gc_alloc\\(40\\) escapes to heap: assign to global" } */
  gp = &a[3];
}

void
dv_cast (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  glp = (long *) p;
}

/* escape_indir.go f: global = &*&x.  */
void
dv_addr_deref (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  gp = &*p;
}

void
dv_variable_offset (int k)
{
  char *s = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: assign to global" } */
  char *t = s;
  t += k;
  gcs = t;
}

void
dv_local (void)
{
  char *s = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  char *t = s + 4;
  use (t);
}

/* Two sites merging into one pointer.  */
void
dv_merge_global (int k)
{
  int *a = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  int *b = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: assign to global" } */
  use (a);
  use (b);
  gp = k ? a : b;
}

void
dv_merge_local (int k)
{
  int *a = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  int *b = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  int *c;
  if (k)
    c = a;
  else
    c = b;
  use (c);
}

/* A site whose pointer is not used at all.  */
void
dv_unused (void)
{
  gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
}

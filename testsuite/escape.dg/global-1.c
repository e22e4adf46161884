/* Sites stored in global or static variables, or in memory reached from
   one, escape ("assign to global").
   Go: test/escape2.go foo1, foo2, foo41, foo127, foo128, issue12397.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void use (void *) __attribute__((noescape));

struct node { int *p; struct node *next; int x; };

int *gp;
char *gcs;
static int *sp;
int *garr[4];
struct node gnode;
struct node *gnp;

void
glob_direct (void)
{
  gp = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
}

/* foo127: through copies.  */
void
glob_copies (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  int *q = p;
  int *r = q;
  gp = r;
}

/* foo128: the same copies, kept local.  */
void
glob_copies_local (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  int *q = p;
  int *r = q;
  use (r);
}

/* A function-scope static is a global.  */
int *
glob_static_local (void)
{
  static int *keep;
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  int *old = keep;
  keep = p;
  return old;
}

void
glob_static_file (void)
{
  sp = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
}

int *
glob_static_read (void)
{
  return sp;
}

void
glob_array (int i)
{
  garr[i & 3] = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
}

/* foo41: F.xx = &x.  */
void
glob_field (void)
{
  gnode.p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
}

/* On one path only.  */
void
glob_cond (int k)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
  if (k)
    gp = p;
  else
    use (p);
}

/* A derived pointer.  */
void
glob_derived (void)
{
  char *s = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: assign to global" } */
  gcs = s + 4;
}

/* issue12397: a dead arm is no store.  */
void
glob_dead (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  int *q = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: assign to global" } */
  use (p);
  if (0)
    gp = p;
  else
    gp = q;
}

/* Memory reached from a global (SPEC 4, rule 2, first item).  */
void
glob_reached (void)
{
  gnp->p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: assign to global" } */
}

/* A site stored into a site that is stored in a global.  */
void
glob_nested (void)
{
  struct node *n = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) escapes to heap: assign to global" } */
  n->p = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) escapes to heap" } */
  n->next = 0;
  gnp = n;
}

/* Reading a global is no escape of what is stored where it points.  */
int
glob_read (void)
{
  int *p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  *p = *gp;
  use (p);
  return *p;
}

/* A store through a parameter that writes back into the parameter's
   memory what it read there (SPEC 4 rule 2, store through pointer) adds
   no flow: in every caller, the argument's memory then holds pointers it
   already reached.  The C idiom is a cursor advanced through a `char **'
   (parsers: getword (&p)), or a list unlinked in place.  Anything else
   stored through the parameter still goes to the heap.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__((noinline))
void *gc_alloc (unsigned long) __attribute__((gc_alloc));

struct node { struct node *next; int v; };

NOINLINE int
skip_word (char **s) /* { dg-message "s does not escape" } */
{
  char *p = *s;
  while (*p && *p != ' ')
    p++;
  int n = p - *s;
  *s = p;
  return n;
}

NOINLINE void
unlink_next (struct node *l) /* { dg-message "l does not escape" } */
{
  if (l->next)
    l->next = l->next->next;
}

NOINLINE void
deref_twice (char ***s) /* { dg-message "s does not escape" } */
{
  char **p = *s;
  *s = (char **) *p;
}

/* Not a write-back: another parameter's value, a fresh object, the
   address of a local, a value from another parameter's memory.  */
NOINLINE void
set_other (char **s, char *q) /* { dg-message "s does not escape" } */
{ /* { dg-message "leaking param: q" "" { target *-*-* } .-1 } */
  *s = q;
}

NOINLINE void
set_fresh (char **s) /* { dg-message "s does not escape" } */
{
  *s = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) escapes to heap: store through pointer" } */
}

NOINLINE void
swap (char **a, char **b) /* { dg-message "leaking param content: a" } */
{ /* { dg-message "leaking param content: b" "" { target *-*-* } .-1 } */
  char *t = *a;
  *a = *b;
  *b = t;
}

NOINLINE int
set_local (char **s) /* { dg-message "s does not escape" } */
{
  char c = 'x';
  char *p = &c;
  *s = p;
  return **s;
}

int
user (void)
{
  char *buf = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) does not escape" } */
  buf[0] = 'a';
  char *p = buf;
  int n = skip_word (&p);
  return n + *p;
}

int
user_list (void)
{
  struct node *a = gc_alloc (sizeof *a); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  struct node *b = gc_alloc (sizeof *b); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  a->next = b;
  b->next = 0;
  unlink_next (a);
  return a->next == 0;
}

int
user_swap (char **keep)
{ /* { dg-message "leaking param content: keep" "" { target *-*-* } .-1 } */
  char *buf = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: call argument" } */
  swap (keep, &buf);
  return 0;
}

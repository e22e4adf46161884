/* The second translation unit of run-link-replaced.c: a strong `sink'
   that replaces the weak alias there, and the program's own `access'.
   Both keep the pointer they are given.  */

struct node { long v; };
struct table { struct node *last; };

struct node *kept;

long
sink (struct node *p)
{
  kept = p;
  return 0;
}

void
access (struct table *t, struct node *n)
{
  t->last = n;
}

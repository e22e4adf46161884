/* Caller frames (SPEC 4 rule 6, notes of SPEC 5): results returned inside
   a struct by value (the struct's pointer is the function's result at
   level 0, for the site and for a constructor's result alike), a
   constructor returning its site or its parameter, a constructor holding
   two constructor results (both move up with it), results stored through
   out parameters (store through pointer: they stay in the constructor),
   and results a wrapper links in its own loop (nothing moves up: one
   block per call cannot hold three nodes).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__ ((noinline))
void *gc_alloc (unsigned long) __attribute__ ((gc_alloc));
struct pt { long x, y; };
struct box { struct pt *p; long k; };
struct pair { struct pt *a, *b; };
struct node { struct node *next; long v; };

NOINLINE struct pt *
pt_new (long x)
{
  struct pt *p = gc_alloc (sizeof *p); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 4 of 5 calls" } */
  p->x = x;
  return p;
}

NOINLINE struct box
mk_box (long k)
{
  struct box b;
  b.p = pt_new (k); /* { dg-message "pt_new\\(\\) result escapes to heap: return; in the caller's frame at 2 of 2 calls" } */
  b.k = k;
  return b;
}

NOINLINE struct box
mk_box2 (long k)
{
  struct box b = mk_box (k + 1); /* { dg-message "mk_box\\(\\) result escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  b.k++;
  return b;
}

NOINLINE struct box
box_ctor (long k)
{
  struct box b;
  b.p = gc_alloc (sizeof *b.p); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  b.k = k;
  return b;
}

long
use_box (long k)
{
  struct box b = mk_box (k); /* { dg-message "mk_box\\(\\) result does not escape: 16 bytes in this frame" } */
  struct box c = mk_box2 (k); /* { dg-message "mk_box2\\(\\) result does not escape: 16 bytes in this frame" } */
  struct box d = box_ctor (k); /* { dg-message "box_ctor\\(\\) result does not escape: 16 bytes in this frame" } */
  return b.p->x + c.p->x + d.p->x;
}

NOINLINE struct pt *
maybe (long k, struct pt *dflt) /* { dg-message "leaking param: dflt to result level=0" } */
{
  if (k > 0)
    return pt_new (k); /* { dg-message "pt_new\\(\\) result escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  return dflt;
}

long
use_maybe (long k)
{
  struct pt d = { 7, 7 };
  return maybe (k, &d)->x; /* { dg-message "maybe\\(\\) result does not escape: 16 bytes in this frame" } */
}

NOINLINE struct pair *
pair_new (long x)
{
  struct pair *p = gc_alloc (sizeof *p); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  p->a = pt_new (x); /* { dg-message "pt_new\\(\\) result escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  p->b = pt_new (x + 1); /* { dg-message "pt_new\\(\\) result escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  return p;
}

long
use_pair (long x)
{
  struct pair *p = pair_new (x); /* { dg-message "pair_new\\(\\) result does not escape: 48 bytes in this frame" } */
  return p->a->x + p->b->x;
}

NOINLINE void
make_out (struct pt **o) /* { dg-message "o does not escape" } */
{
  *o = pt_new (12); /* { dg-message "pt_new\\(\\) result escapes to heap: store through pointer" } */
}

long
use_out (void)
{
  struct pt *o;
  make_out (&o);
  return o->x;
}

NOINLINE struct node *
node_new (long v)
{
  struct node *n = gc_alloc (sizeof *n); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return$" } */
  n->v = v;
  return n;
}

NOINLINE struct node *
list3 (void)
{
  struct node *h = 0;
  for (int i = 0; i < 3; i++)
    {
      struct node *n = node_new (i); /* { dg-message "node_new\\(\\) result escapes to heap: (return|loop-carried)$" } */
      n->next = h;
      h = n;
    }
  return h;
}

long
use_list3 (void)
{
  long s = 0;
  for (struct node *h = list3 (); h; h = h->next) /* { dg-bogus "result" } */
    s += h->v;
  return s;
}

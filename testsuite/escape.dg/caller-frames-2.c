/* Caller frames (SPEC 4 rule 6), the shapes caller-frames-1.c does not
   have: a constructor returned through three wrappers (the storage moves
   up every frame), a result only returned by a function nobody calls (the
   heap text alone, SPEC 5), passed to a noescape function, to an unknown
   function, called through a function pointer (no note, not counted: it
   keeps calling the constructor), a header returnable while its buffer
   also goes to a global (only the header moves), a buffer of non-constant
   size (a small buffer in the caller's block: 16 + 64 bytes, SPEC 4
   rule 7), a list linked by the caller in a loop, mutual recursion
   (SPEC 4 rule 4: a site reaching another member's result is a heap
   leak, so no site of the component is returnable), and the site's count
   "at 3 of 5 calls" (SPEC 5).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__ ((noinline))

void *gc_alloc (unsigned long) __attribute__ ((gc_alloc));
struct pt { long x, y; };
struct str { char *buf; long len; };
struct node { struct node *next; long v; };
void look (const struct pt *) __attribute__ ((noescape));
void unknown (struct pt *);

struct pt *kept;
char *buf_kept;

NOINLINE struct pt *pt_new (long x);
struct pt *(*ctor_fp) (long) = pt_new;

/* Five direct calls (w1, use_look, ret_only, use_unknown, use_direct);
   placed: w1 (through w2 and w3), use_look, use_direct.  */
NOINLINE struct pt *
pt_new (long x)
{
  struct pt *p = gc_alloc (sizeof *p); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 3 of 5 calls" } */
  p->x = x;
  p->y = x + 1;
  return p;
}

NOINLINE struct pt *
w1 (long a)
{
  return pt_new (a); /* { dg-message "pt_new\\(\\) result escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
}

NOINLINE struct pt *
w2 (long a)
{
  struct pt *p = w1 (a); /* { dg-message "w1\\(\\) result escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  p->y++;
  return p;
}

NOINLINE struct pt *
w3 (long a)
{
  return w2 (a + 1); /* { dg-message "w2\\(\\) result escapes to heap: return; in the caller's frame at 1 of 2 calls" } */
}

long
use_w3 (long a)
{
  return w3 (a)->y; /* { dg-message "w3\\(\\) result does not escape: 16 bytes in this frame" } */
}

void
keep_w3 (long a)
{
  kept = w3 (a); /* { dg-message "w3\\(\\) result escapes to heap: assign to global" } */
}

long
use_look (long a)
{
  struct pt *p = pt_new (a); /* { dg-message "pt_new\\(\\) result does not escape: 16 bytes in this frame" } */
  look (p);
  return p->x;
}

/* Returned, and no call of ret_only in this unit places it.  */
struct pt *
ret_only (long a)
{
  return pt_new (a); /* { dg-message "pt_new\\(\\) result escapes to heap: return$" } */
}

long
use_unknown (long a)
{
  struct pt *p = pt_new (a); /* { dg-message "pt_new\\(\\) result escapes to heap: call to unknown function" } */
  unknown (p);
  return p->y;
}

long
use_direct (long a)
{
  return pt_new (a)->x; /* { dg-message "pt_new\\(\\) result does not escape: 16 bytes in this frame" } */
}

/* Through a pointer: not a call of pt_new for the rule.  */
long
use_fp (long a)
{
  return ctor_fp (a)->x; /* { dg-bogus "result" } */
}

/* The header is returnable; the buffer also goes to a global.  */
NOINLINE struct str *
str_half (long n)
{
  struct str *s = gc_alloc (sizeof *s); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  s->buf = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: assign to global" } */
  buf_kept = s->buf;
  s->len = n;
  return s;
}

long
use_half (long n)
{
  struct str *s = str_half (n); /* { dg-message "str_half\\(\\) result does not escape: 16 bytes in this frame" } */
  return s->len;
}

/* A buffer of non-constant size: a small buffer in the caller's block.  */
NOINLINE struct str *
str_var (unsigned long n)
{
  struct str *s = gc_alloc (sizeof *s); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  s->buf = gc_alloc (n); /* { dg-message "gc_alloc\\(n\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  s->len = n;
  return s;
}

long
use_var (unsigned long n)
{
  struct str *s = str_var (n); /* { dg-message "str_var\\(\\) result does not escape: 80 bytes in this frame" } */
  s->buf[0] = 1;
  return s->len + s->buf[0];
}

/* A list linked by the caller: each node outlives its iteration.  */
NOINLINE struct node *
node_new (long v)
{
  struct node *n = gc_alloc (sizeof *n); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return$" } */
  n->v = v;
  return n;
}

long
build_list (int k)
{
  struct node *h = 0;
  for (int i = 0; i < k; i++)
    {
      struct node *n = node_new (i); /* { dg-message "node_new\\(\\) result escapes to heap: loop-carried" } */
      n->next = h;
      h = n;
    }
  long s = 0;
  for (; h; h = h->next)
    s += h->v;
  return s;
}

/* Mutual recursion: each site reaches the other member's result.  */
NOINLINE struct node *mk_b (long n);

NOINLINE struct node *
mk_a (long n)
{
  struct node *l = gc_alloc (sizeof *l); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return$" } */
  l->v = n;
  l->next = n > 0 ? mk_b (n - 1) : 0;
  return l;
}

NOINLINE struct node *
mk_b (long n)
{
  struct node *l = gc_alloc (sizeof *l); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return$" } */
  l->v = -n;
  l->next = n > 0 ? mk_a (n - 1) : 0;
  return l;
}

long
use_mk (long n)
{
  long s = 0;
  for (struct node *l = mk_a (n); l; l = l->next) /* { dg-bogus "result" } */
    s += l->v;
  return s;
}

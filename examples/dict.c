/* dict.c -- data structures on the Boehm collector: a hash table with
   string keys looked up through temporary composite keys, table and tree
   iterators, an AVL tree built and walked, range queries, a visitor.

   The table's entries, their keys and the tree's nodes outlive the calls
   that made them; the lookup keys, the iterators and the query bounds do
   not.  Allocation goes through a small project-local API (xmalloc,
   xcalloc) marked GC_ALLOC.

     usage: dict [EVENTS]     (default 20000)
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "escape.h"
#include <gc.h>

/* The project's allocation API.  xcalloc's size is argument 1 times
   argument 2, as calloc's.  */
GC_ALLOC static void *xmalloc (size_t size);
GC_ALLOC_SIZE2 (1, 2) static void *xcalloc (size_t n, size_t size);
GC_ALLOC static void *xmalloc_atomic (size_t size);

static void *
xmalloc (size_t size)
{
  return GC_MALLOC (size);
}

static void *
xcalloc (size_t n, size_t size)
{
  if (size && n > (size_t) -1 / size)
    abort ();
  return GC_MALLOC (n * size);
}

static void *
xmalloc_atomic (size_t size)
{
  return GC_MALLOC_ATOMIC (size);
}

static inline char *
xstrdup (const char *s)
{
  size_t n = strlen (s) + 1;
  return memcpy (xmalloc_atomic (n), s, n);
}

static unsigned long long seed = 7;

static unsigned
rnd (unsigned n)
{
  seed = seed * 6364136223846793005ull + 1442695040888963407ull;
  return (unsigned) (seed >> 33) % n;
}

/* ---- the hash table -------------------------------------------------- */

typedef struct Entry
{
  struct Entry *next;
  char *key;
  unsigned hash;
  long value;
} Entry;

typedef struct
{
  Entry **slots;
  unsigned nslots, count;
} Table;

static unsigned
hash_str (const char *s)
{
  unsigned h = 2166136261u;
  while (*s)
    h = (h ^ (unsigned char) *s++) * 16777619u;
  return h;
}

static Table *
table_new (unsigned nslots)
{
  Table *t = xmalloc (sizeof *t);
  t->slots = xcalloc (nslots, sizeof (Entry *));
  t->nslots = nslots;
  return t;
}

static void
table_grow (Table *t)
{
  unsigned n = t->nslots * 2;
  Entry **slots = xcalloc (n, sizeof (Entry *));
  for (unsigned i = 0; i < t->nslots; i++)
    for (Entry *e = t->slots[i], *next; e; e = next)
      {
	next = e->next;
	e->next = slots[e->hash % n];
	slots[e->hash % n] = e;
      }
  t->slots = slots;
  t->nslots = n;
}

static Entry *
table_find (Table *t, const char *key, unsigned h)
{
  for (Entry *e = t->slots[h % t->nslots]; e; e = e->next)
    if (e->hash == h && strcmp (e->key, key) == 0)
      return e;
  return NULL;
}

/* The value slot of KEY, made (with a copy of KEY) if absent.  */
static long *
table_ref (Table *t, const char *key)
{
  unsigned h = hash_str (key);
  Entry *e = table_find (t, key, h);
  if (e)
    return &e->value;
  if (t->count >= t->nslots)
    table_grow (t);
  e = xmalloc (sizeof *e);
  e->key = xstrdup (key);
  e->hash = h;
  e->next = t->slots[h % t->nslots];
  t->slots[h % t->nslots] = e;
  t->count++;
  return &e->value;
}

static long
table_get (Table *t, const char *key, long dflt)
{
  Entry *e = table_find (t, key, hash_str (key));
  return e ? e->value : dflt;
}

/* Constructors that must be inlined for their allocation to be decided
   in the caller: GCC's early inliner, which runs before the plugin, takes
   at -O2 only functions that grow their caller by at most 6 instructions
   (--param early-inlining-insns=6).  */
#define CONSTRUCTOR static inline __attribute__ ((always_inline))

/* A composite lookup key, "kind:id", made for one lookup and dropped.  */
typedef struct
{
  char text[40];
  int len;
} Key;

CONSTRUCTOR Key *
key_make (const char *kind, long id)
{
  Key *k = xmalloc (sizeof *k);
  k->len = snprintf (k->text, sizeof k->text, "%s:%ld", kind, id);
  return k;
}

/* An iterator over the table.  */
typedef struct
{
  Table *t;
  unsigned slot;
  Entry *e;
} TableIter;

static inline TableIter *
table_iter (Table *t)
{
  TableIter *it = xmalloc (sizeof *it);
  it->t = t;
  return it;
}

static Entry *
table_next (TableIter *it)
{
  if (it->e)
    it->e = it->e->next;
  while (!it->e && it->slot < it->t->nslots)
    it->e = it->t->slots[it->slot++];
  return it->e;
}

/* ---- the tree -------------------------------------------------------- */

/* An AVL tree ordered by (rank, key).  */
typedef struct Node
{
  struct Node *left, *right;
  int height;
  long rank;
  const char *key;
} Node;

static int
height (Node *n)
{
  return n ? n->height : 0;
}

static void
fix_height (Node *n)
{
  int l = height (n->left), r = height (n->right);
  n->height = 1 + (l > r ? l : r);
}

static Node *
rotate_right (Node *n)
{
  Node *l = n->left;
  n->left = l->right;
  l->right = n;
  fix_height (n);
  fix_height (l);
  return l;
}

static Node *
rotate_left (Node *n)
{
  Node *r = n->right;
  n->right = r->left;
  r->left = n;
  fix_height (n);
  fix_height (r);
  return r;
}

static int
node_cmp (long rank, const char *key, Node *n)
{
  if (rank != n->rank)
    return rank < n->rank ? -1 : 1;
  return strcmp (key, n->key);
}

static Node *
tree_insert (Node *n, long rank, const char *key)
{
  if (!n)
    {
      Node *m = xmalloc (sizeof *m);
      m->height = 1;
      m->rank = rank;
      m->key = key;
      return m;
    }
  if (node_cmp (rank, key, n) < 0)
    n->left = tree_insert (n->left, rank, key);
  else
    n->right = tree_insert (n->right, rank, key);
  fix_height (n);
  int bal = height (n->left) - height (n->right);
  if (bal > 1)
    {
      if (height (n->left->left) < height (n->left->right))
	n->left = rotate_left (n->left);
      return rotate_right (n);
    }
  if (bal < -1)
    {
      if (height (n->right->right) < height (n->right->left))
	n->right = rotate_right (n->right);
      return rotate_left (n);
    }
  return n;
}

/* An in-order iterator with its own stack.  */
#define TREE_MAX_DEPTH 64
typedef struct
{
  Node *stack[TREE_MAX_DEPTH];
  int sp;
} TreeIter;

static void
tree_push_left (TreeIter *it, Node *n)
{
  for (; n; n = n->left)
    it->stack[it->sp++] = n;
}

/* Not inlined (too big for the early inliner, and not marked
   CONSTRUCTOR): its allocation is returned, so it escapes.  It makes one
   iterator per walk; key_make makes three per event.  */
static inline TreeIter *
tree_iter (Node *root)
{
  TreeIter *it = xmalloc (sizeof *it);
  tree_push_left (it, root);
  return it;
}

static Node *
tree_next (TreeIter *it)
{
  if (it->sp == 0)
    return NULL;
  Node *n = it->stack[--it->sp];
  tree_push_left (it, n->right);
  return n;
}

/* Query bounds, made for one query.  */
typedef struct
{
  long lo, hi;
} Span;

static inline Span *
span_new (long lo, long hi)
{
  Span *s = xmalloc (sizeof *s);
  s->lo = lo;
  s->hi = hi;
  return s;
}

static long
tree_count_in (Node *n, const Span *s)
{
  long c = 0;
  while (n)
    {
      if (n->rank < s->lo)
	n = n->right;
      else if (n->rank > s->hi)
	n = n->left;
      else
	{
	  c += 1 + tree_count_in (n->left, s) + tree_count_in (n->right, s);
	  break;
	}
    }
  return c;
}

/* The ranks in [LO, HI], in order, as a new vector: returned, so it
   escapes.  */
typedef struct
{
  long *v;
  int n, cap;
} Vec;

static void
vec_push (Vec *v, long x)
{
  if (v->n == v->cap)
    {
      int cap = v->cap ? 2 * v->cap : 8;
      long *nv = xcalloc (cap, sizeof (long));
      if (v->n)
	memcpy (nv, v->v, v->n * sizeof (long));
      v->v = nv;
      v->cap = cap;
    }
  v->v[v->n++] = x;
}

static Vec *
tree_range (Node *root, long lo, long hi)
{
  Vec *out = xmalloc (sizeof *out);
  TreeIter *it = tree_iter (root);
  for (Node *n; (n = tree_next (it)) != NULL;)
    if (n->rank >= lo && n->rank <= hi)
      vec_push (out, n->rank);
  return out;
}

/* A visitor: the callback and its context go through a function
   pointer.  */
static void
tree_walk (Node *n, void (*visit) (Node *, void *), void *ctx)
{
  if (!n)
    return;
  tree_walk (n->left, visit, ctx);
  visit (n, ctx);
  tree_walk (n->right, visit, ctx);
}

struct histogram
{
  long bucket[8];
};

static void
histogram_add (Node *n, void *ctx)
{
  struct histogram *h = ctx;
  long c = -n->rank;
  int b = 0;
  while (c > 1 && b < 7)
    {
      c /= 4;
      b++;
    }
  h->bucket[b]++;
}

/* ---- the workload ---------------------------------------------------- */

static const char *const actions[] = {
  "view", "click", "buy", "search", "login", "logout", "share", "like",
};
#define NACTIONS ((unsigned) (sizeof actions / sizeof actions[0]))

int
main (int argc, char **argv)
{
  long events = argc > 1 ? atol (argv[1]) : 20000;
  unsigned users = 500;
  GC_INIT ();

  /* 1. Count events per (action, user) and per user: each update looks
     its slot up through a temporary key.  */
  Table *t = table_new (64);
  for (long i = 0; i < events; i++)
    {
      unsigned u = rnd (users) * rnd (users) / users;
      const char *a = actions[rnd (NACTIONS)];
      Key *k = key_make (a, u);
      *table_ref (t, k->text) += 1;
      Key *ku = key_make ("user", u);
      *table_ref (t, ku->text) += 1;
    }

  /* 2. Lookups, hits and misses.  */
  long found = 0, missing = 0;
  for (long i = 0; i < events; i++)
    {
      Key *k = key_make ("user", rnd (2 * users));
      long v = table_get (t, k->text, -1);
      if (v < 0)
	missing++;
      else
	found += v;
    }

  /* 3. Rank the entries in a tree: most frequent first.  */
  Node *root = NULL;
  TableIter *it = table_iter (t);
  for (Entry *e; (e = table_next (it)) != NULL;)
    root = tree_insert (root, -e->value, e->key);

  /* 4. Walk it: the top ten, and a checksum of the whole order.  */
  printf ("%u keys, %ld hits, %ld misses, tree height %d\n", t->count, found,
	  missing, height (root));
  TreeIter *ti = tree_iter (root);
  unsigned sum = 0;
  int rank = 0;
  for (Node *n; (n = tree_next (ti)) != NULL; rank++)
    {
      if (rank < 10)
	printf ("%2d. %-14s %6ld\n", rank + 1, n->key, -n->rank);
      sum = sum * 31 + hash_str (n->key) + (unsigned) n->rank;
    }
  printf ("order checksum %08x\n", sum);

  /* 5. Range queries: counts through a temporary span, and a vector.  */
  long total = 0, vsum = 0;
  for (int q = 0; q < 200; q++)
    {
      long lo = -(long) rnd (200), hi = lo + (long) rnd (40);
      Span *s = span_new (lo, hi);
      total += tree_count_in (root, s);
      if (q % 20 == 0)
	{
	  Vec *v = tree_range (root, lo, hi);
	  for (int i = 0; i < v->n; i++)
	    vsum += v->v[i];
	}
    }
  printf ("range queries: %ld nodes counted, vector sum %ld\n", total, vsum);

  /* 6. A visitor builds a histogram of the counts.  */
  struct histogram *h = xmalloc (sizeof *h);
  tree_walk (root, histogram_add, h);
  printf ("histogram:");
  for (int b = 0; b < 8; b++)
    printf (" %ld", h->bucket[b]);
  printf ("\n");
  return 0;
}

/* The code of run-store-local.c and run-rules-go.c.  */

struct node { struct node *left, *right; int v; };
struct pair { struct node *a, *b; };

static struct node *kept;

__attribute__ ((noinline)) static int
sum (const struct node *n)
{
  if (!n)
    return 0;
  return n->v + sum (n->left) * 10 + sum (n->right) * 100;
}

__attribute__ ((noinline)) static int
tree (void)
{
  struct node *root = test_alloc (sizeof *root);
  root->left = test_alloc (sizeof *root->left);
  root->right = test_alloc (sizeof *root->right);
  root->v = 1;
  root->left->v = 2;
  root->right->v = 1;
  return sum (root);
}

__attribute__ ((noinline)) static int
in_array (void)
{
  struct node *arr[4];
  for (int i = 0; i < 4; i++)
    arr[i] = NULL;
  arr[0] = test_alloc (sizeof *arr[0]);
  arr[1] = test_alloc (sizeof *arr[1]);
  arr[0]->v = 4;
  arr[1]->v = 6;
  return arr[0]->v + arr[1]->v + (arr[2] != NULL);
}

__attribute__ ((noinline)) static int
in_struct (void)
{
  struct pair pr;
  pr.a = test_alloc (sizeof *pr.a);
  pr.b = test_alloc (sizeof *pr.b);
  pr.a->v = 10;
  pr.b->v = 20;
  return sum (pr.a) + sum (pr.b);
}

static volatile int flip = 1;

__attribute__ ((noinline)) static int
via_local_ptr (void)
{
  struct pair x = { NULL, NULL }, y = { NULL, NULL };
  struct pair *p = flip ? &x : &y;
  p->a = test_alloc (sizeof *p->a);
  p->a->v = 7;
  y.b = test_alloc (sizeof *y.b);
  y.b->v = 8;
  return (x.a ? x.a->v : -1) * 10 + y.b->v;
}

__attribute__ ((noinline)) static int
via_maybe_param (struct pair *param, int k)
{
  struct pair *mine = test_alloc (sizeof *mine);
  struct pair *t = k ? param : mine;
  t->a = test_alloc (sizeof *t->a);
  t->a->v = k ? 5 : 50;
  return t->a->v;
}

__attribute__ ((noinline)) static void
container_escapes (int v)
{
  struct node *c = test_alloc (sizeof *c);
  c->left = test_alloc (sizeof *c->left);
  c->left->v = v;
  kept = c;
}

int
main (void)
{
  printf ("tree=%d\n", tree ());
  printf ("in_array=%d\n", in_array ());
  printf ("in_struct=%d\n", in_struct ());
  int r = via_local_ptr ();
  printf ("via_local_ptr=%d %d\n", r / 10, r % 10);
  struct pair outer = { NULL, NULL };
  int a = via_maybe_param (&outer, 1);
  int b = via_maybe_param (&outer, 0);
  if (outer.a == NULL || outer.a->v != 5)
    return 1;
  printf ("via_maybe_param=%d %d\n", a, b);
  container_escapes (4);
  printf ("container=%d\n", kept->left->v);
  test_print_calls ();
  return 0;
}

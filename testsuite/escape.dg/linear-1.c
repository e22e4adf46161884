/* Shapes that made the pointer-bits chases exponential (issue 11): each
   compiles in well under a second; the suite's time limit on every
   compile is the guard against a hang.  100 local labels reached from a
   nested function (nonlocal gotos: abnormal PHIs everywhere, the shape of
   GCC's pr59920-3.c), a web of PHIs over punned integers, a large switch
   and computed gotos, and a long chain of copies.  Every site stays on
   the heap: the bits end in a global.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

void *gc_alloc (unsigned long) __attribute__((gc_alloc));
unsigned long h (int);
void *g;
typedef union { int *p; unsigned long u; } pun;

#define T1(M, n) M(n##0) M(n##1) M(n##2) M(n##3) M(n##4) \
		 M(n##5) M(n##6) M(n##7) M(n##8) M(n##9)
#define T10(M, n) T1(M, n##0) T1(M, n##1) T1(M, n##2) T1(M, n##3) \
		  T1(M, n##4) T1(M, n##5) T1(M, n##6) T1(M, n##7) \
		  T1(M, n##8) T1(M, n##9)
#define HUNDRED(M) T10(M, 1)

#define DECL(n) __label__ l##n;
#define CASE(n) case n: goto l##n;
#define LAND(n) l##n: if (h (n)) u = h (n + 1); else v = u;

int
labels (int k)
{
  HUNDRED (DECL)
  pun x;
  x.p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: unmodelled" } */
  unsigned long u = x.u, v = 0;
  int jump (int i)
  {
    switch (i)
      {
	HUNDRED (CASE)
      }
    return i;
  }
  jump (k);
  HUNDRED (LAND)
  g = (void *) (u ^ v);
  return 0;
}

#define SWAP(n) if (c & (1ul << (n % 64))) { t = a##n; a##n = b; b = t; }
#define VAR(n) unsigned long a##n = u;

void
web (unsigned long c, int n)
{
  pun x;
  x.p = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) escapes to heap: unmodelled" } */
  unsigned long u = x.u, b = 0, t;
  T1 (VAR, 1) T1 (VAR, 2) T1 (VAR, 3)
  for (int i = 0; i < n; i++)
    {
      T1 (SWAP, 1) T1 (SWAP, 2) T1 (SWAP, 3)
      c = h (i);
    }
  g = (void *) (b + a10 + a20 + a30);
}

#define ADDR(n) &&m##n,
#define MLAB(n) m##n: if (h (n)) u = h (n); i = h (n + 1); goto *tbl[i & 127];

void
computed (int i)
{
  pun x;
  x.p = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: (unmodelled|interface conversion)" } */
  unsigned long u = x.u;
  static void *tbl[128] = { T10 (ADDR, 1) T1 (ADDR, 20) T1 (ADDR, 21)
			    &&out, &&out, &&out, &&out, &&out, &&out, &&out,
			    &&out };
  switch (i & 255)
    {
      HUNDRED (CASE)
    default:
      goto out;
    }
  T10 (MLAB, 1) T1 (MLAB, 20) T1 (MLAB, 21)
#define LCASE(n) l##n: u = u + 0 == 0 ? h (n) : u;
  HUNDRED (LCASE)
 out:
  g = (void *) u;
}

#define COPY(n) unsigned long c##n = (n & 1) ? (unsigned long) (long) c##n##_ : c##n##_;
#define NEXT(n) unsigned long c##n##_ = c_prev; COPY (n) c_prev = c##n;

void
chain (void)
{
  pun x;
  x.p = gc_alloc (40); /* { dg-message "gc_alloc\\(40\\) escapes to heap: interface conversion" } */
  unsigned long c_prev = x.u;
  HUNDRED (NEXT) T10 (NEXT, 2) T10 (NEXT, 3) T10 (NEXT, 4)
  g = (void *) c_prev;
}

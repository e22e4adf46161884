/* Pointer bits read from a union and merged many times (issue 11): the
   integer is followed through every PHI, however many merge, and
   converted back into a pointer stored in a global it escapes.  The
   chase used to stop after eight merges and answer "carries no
   pointer": with nine the site was converted.  Variants: more merges,
   a loop, a switch, bits copied by memcpy.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <string.h>

void *gc_alloc (unsigned long) __attribute__((gc_alloc));
void touch (void *) __attribute__((noescape));
void *g;
unsigned long h (int);
typedef union { int *p; unsigned long u; } pun;

#define M(i) if (c & (1ul << (i))) u = h (i);

void
nine (int c)
{
  pun x;
  x.p = gc_alloc (16); /* { dg-message "gc_alloc\\(16\\) escapes to heap: interface conversion" } */
  touch (&x);
  unsigned long u = x.u;
  M (0) M (1) M (2) M (3) M (4) M (5) M (6) M (7) M (8)
  g = (void *) u;
}

void
forty (unsigned long c)
{
  pun x;
  x.p = gc_alloc (24); /* { dg-message "gc_alloc\\(24\\) escapes to heap: interface conversion" } */
  touch (&x);
  unsigned long u = x.u;
  M (0) M (1) M (2) M (3) M (4) M (5) M (6) M (7) M (8) M (9)
  M (10) M (11) M (12) M (13) M (14) M (15) M (16) M (17) M (18) M (19)
  M (20) M (21) M (22) M (23) M (24) M (25) M (26) M (27) M (28) M (29)
  M (30) M (31) M (32) M (33) M (34) M (35) M (36) M (37) M (38) M (39)
  g = (void *) u;
}

void
looped (int n, int c)
{
  int *p = gc_alloc (32); /* { dg-message "gc_alloc\\(32\\) escapes to heap: unmodelled" } */
  unsigned long u, v = 0;
  memcpy (&u, &p, sizeof u);
  for (int i = 0; i < n; i++)
    {
      if (c & 1)
	{
	  unsigned long t = u;
	  u = v;
	  v = t;
	}
      M (1) M (2) M (3) M (4) M (5) M (6) M (7) M (8) M (9) M (10)
    }
  g = (void *) (c ? v : u);
}

void
switched (int c)
{
  pun x;
  x.p = gc_alloc (40); /* { dg-message "gc_alloc\\(40\\) escapes to heap: interface conversion" } */
  touch (&x);
  unsigned long u = x.u;
  for (int i = 0; i < c; i++)
    switch ((c >> i) & 15)
      {
      case 0: u = h (0); break;
      case 1: u += 0; break;
      case 2: u = h (2); break;
      case 3: if (c & 64) u = h (3); break;
      case 4: u = h (4); break;
      case 5: u = h (5); break;
      case 6: if (c & 128) u = h (6); break;
      case 7: u = h (7); break;
      case 8: u = h (8); break;
      case 9: u = h (9); break;
      case 10: if (c & 256) u = h (10); break;
      case 11: u = h (11); break;
      default: break;
      }
  g = (void *) u;
}

/* The same merges with nothing punned: nothing is tracked, the site
   does not escape.  */
void
plain (int c)
{
  int *p = gc_alloc (8); /* { dg-message "gc_alloc\\(8\\) does not escape" } */
  touch (p);
  unsigned long u = 7;
  M (0) M (1) M (2) M (3) M (4) M (5) M (6) M (7) M (8) M (9)
  g = (void *) u;
}

/* hot.c -- the hot path: it must not allocate on the heap.  The Makefile
   compiles this file, and only this file, with
   -fplugin-arg-escape-warn -Werror: an allocation here that escapes is an
   error, so a change that makes one escape fails the build.  */
#include <string.h>
#include <gc.h>
#include "router.h"

#define MAX_SEGS 4
#define SEG_LEN 16

struct path
{
  char seg[MAX_SEGS][SEG_LEN];
  int n;
};

#ifdef REGRESSION
struct path *last_path;		/* a debugging aid: makes the path escape */
#endif

/* Split "/a/b/c" into P.  P does not escape from here: a caller's
   allocation passed in can stay on the stack.  */
static void
split_path (struct path *p, const char *url)
{
  while (*url && p->n < MAX_SEGS)
    {
      while (*url == '/')
	url++;
      int i = 0;
      while (*url && *url != '/')
	{
	  if (i < SEG_LEN - 1)
	    p->seg[p->n][i++] = *url;
	  url++;
	}
      if (i)
	p->n++;
    }
}

int
route (const char *url)
{
  struct path *p = GC_MALLOC (sizeof *p);	/* scratch: on the stack */
  split_path (p, url);
#ifdef REGRESSION
  last_path = p;
#endif
  if (p->n == 0)
    return 0;
  if (strcmp (p->seg[0], "api") == 0)
    return p->n > 1 && strcmp (p->seg[1], "users") == 0 ? 2 : 1;
  if (strcmp (p->seg[0], "static") == 0)
    return 3;
  return 4;
}

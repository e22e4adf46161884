/* main.c -- the cold part of the router: setup and reporting may
   allocate as they please (no -Werror here).  */
#include <stdio.h>
#include <string.h>
#include <gc.h>
#include "router.h"

static const char **urls;	/* kept: its allocation escapes, harmlessly */

int
main (void)
{
  static const char *const init[] = {
    "/", "/api", "/api/users/42", "/static/app.js", "/about", "/api/items",
  };
  int n = (int) (sizeof init / sizeof init[0]), hits[5] = { 0 };
  GC_INIT ();
  urls = GC_MALLOC (sizeof init);
  memcpy (urls, init, sizeof init);
  for (int k = 0; k < 10000; k++)
    for (int i = 0; i < n; i++)
      hits[route (urls[i])]++;
  printf ("root %d, api %d, users %d, static %d, other %d\n", hits[0],
	  hits[1], hits[2], hits[3], hits[4]);
  return 0;
}

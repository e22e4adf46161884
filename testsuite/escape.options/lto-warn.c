/* -flto with warn and -Werror on the link line: the site below escapes,
   and the link, where the analysis runs, fails on it (options.exp).  */

#include <stddef.h>
#include "escape.h"

GC_ALLOC void *lto_alloc (size_t n);
int lto_sum (int n);

/* used: the whole program never reads it, and LTO would drop the store.  */
int *kept __attribute__ ((used));

int
main (void)
{
  kept = lto_alloc (sizeof *kept);
  return lto_sum (3) == 6 ? 0 : 1;
}

/* The other unit of bisect-bad.c: stash really keeps its argument.  */
static int *kept;

void
stash (int *p)
{
  kept = p;
}

int
stashed_value (void)
{
  return kept ? kept[0] : -1;
}

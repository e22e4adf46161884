/* esc-leaks.h -- the parameter leak summary, Go's `leaks' value.

   One byte per sink: the heap and the function's result.  Each byte holds
   the minimum number of dereferences on any flow from the parameter to
   that sink, plus one; zero means no flow.  Counts saturate at 255.

   This header is plain C so that the unit test (testsuite/unit) can
   include it without GCC's headers.  */

#ifndef ESC_LEAKS_H
#define ESC_LEAKS_H

enum { ESC_LEAK_HEAP = 0, ESC_LEAK_RESULT = 1, ESC_LEAK_SINKS = 2 };

typedef struct esc_leaks
{
  unsigned char s[ESC_LEAK_SINKS];
} esc_leaks;

/* The most pessimistic summary: leaks to the heap at derefs 0.  A missing
   or unknown summary reads as this.  */
static inline esc_leaks
esc_leaks_unknown (void)
{
  esc_leaks l = { { 1, 0 } };
  return l;
}

static inline esc_leaks
esc_leaks_none (void)
{
  esc_leaks l = { { 0, 0 } };
  return l;
}

/* Derefs of the flow to SINK, or -1 if there is none.  */
static inline int
esc_leaks_get (esc_leaks l, int sink)
{
  return (int) l.s[sink] - 1;
}

/* Record a flow to SINK with DEREFS dereferences; keep the minimum.
   Negative derefs (an address) count as 0: the caller's pointer leaks.  */
static inline void
esc_leaks_add (esc_leaks *l, int sink, int derefs)
{
  if (derefs < 0)
    derefs = 0;
  if (derefs > 254)
    derefs = 254;
  unsigned char v = (unsigned char) (derefs + 1);
  if (l->s[sink] == 0 || v < l->s[sink])
    l->s[sink] = v;
}

/* Go's Optimize: a result flow at the same or a higher deref level than
   the heap flow adds nothing (the heap already has it).  */
static inline void
esc_leaks_optimize (esc_leaks *l)
{
  if (l->s[ESC_LEAK_HEAP] != 0 && l->s[ESC_LEAK_RESULT] >= l->s[ESC_LEAK_HEAP])
    l->s[ESC_LEAK_RESULT] = 0;
}

static inline int
esc_leaks_empty (esc_leaks l)
{
  return l.s[ESC_LEAK_HEAP] == 0 && l.s[ESC_LEAK_RESULT] == 0;
}

#endif /* ESC_LEAKS_H */

/* Caller frames and noheap (SPEC 3, 4 rule 6): a noheap function's call
   of a constructor whose result stays in its frame makes no heap
   allocation and gets no warning (the storage is the noheap function's
   own frame, with the note of any call); a noheap constructor's own
   returnable site escapes from it, a warning even where its callers
   place it, and a noheap wrapper only passes its caller's storage on.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#define NOINLINE __attribute__ ((noinline))
void *gc_alloc (unsigned long) __attribute__ ((gc_alloc));
void look (const void *) __attribute__ ((noescape));
struct pt { long x, y; };
struct str { char *buf; long len; };

NOINLINE struct pt *
pt_new (long x)
{
  struct pt *p = gc_alloc (sizeof *p); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 2 of 2 calls" } */
  p->x = x;
  return p;
}

NOINLINE struct str *
str_new (long n)
{
  struct str *s = gc_alloc (sizeof *s); /* { dg-message "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  s->buf = gc_alloc (48); /* { dg-message "gc_alloc\\(48\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  s->len = n;
  return s;
}

/* noheap constructor: its site is returned.  */
__attribute__ ((noheap)) NOINLINE struct pt *
nh_new (long x)
{
  struct pt *p = gc_alloc (sizeof *p); /* { dg-warning "gc_alloc\\(16\\) escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
  p->y = x;
  return p;
}

/* noheap wrapper: no site of its own.  */
__attribute__ ((noheap)) NOINLINE struct pt *
nh_wrap (long x)
{
  return pt_new (x); /* { dg-message "pt_new\\(\\) result escapes to heap: return; in the caller's frame at 1 of 1 calls" } */
}

__attribute__ ((noheap)) long
nh_use (long a)
{
  struct pt *p = pt_new (a); /* { dg-message "pt_new\\(\\) result does not escape: 16 bytes in this frame" } */
  struct str *s = str_new (a); /* { dg-message "str_new\\(\\) result does not escape: 64 bytes in this frame" } */
  look (s->buf);
  return p->x + s->len;
}

__attribute__ ((noheap)) long
nh_chain (long a)
{
  return nh_wrap (a)->x + nh_new (a)->y; /* { dg-message "nh_wrap\\(\\) result does not escape: 16 bytes in this frame" } */
  /* { dg-message "nh_new\\(\\) result does not escape: 16 bytes in this frame" "" { target *-*-* } .-1 } */
}

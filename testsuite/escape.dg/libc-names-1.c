/* The C library's names count only where the declaration is the C
   library's (a builtin or a system header), for every fact the plugin
   knows of them (plugin/libc.cc): a program's own `send', with a body
   that keeps nothing, is decided by its summary, not taken for the
   socket call that copies bytes out; fread_unlocked only writes bytes
   into its buffer.  (Past -O0 ipa-sra passes send the one field it
   reads: send.isra has no parameter note.)  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdio.h>

void *gc_alloc (unsigned long) __attribute__ ((gc_alloc));

struct msg { struct msg *next; long len; };

static long sent;

__attribute__ ((noinline)) static int
send (struct msg *m) /* { dg-message "m does not escape" "" { target level -O0 } } */
{
  sent += m->len;
  return 0;
}

int
own_send (long n)
{
  struct msg *m = gc_alloc (sizeof *m); /* { dg-message "gc_alloc\\(16\\) does not escape" } */
  m->len = n;
  return send (m);
}

/* The program's own bodyless `sendto', declared here, not by a system
   header: an unknown function.  */
int sendto (struct msg *);

int
own_sendto (long n)
{
  struct msg *m = gc_alloc (sizeof *m); /* { dg-message "gc_alloc\\(16\\) escapes to heap: call to unknown function" } */
  m->len = n;
  return sendto (m);
}

size_t
read_unlocked (FILE *f) /* { dg-message "f does not escape" } */
{
  char *buf = gc_alloc (64); /* { dg-message "gc_alloc\\(64\\) does not escape" } */
  return fread_unlocked (buf, 1, 64, f) + buf[0];
}

long
sent_so_far (void)
{
  return sent;
}

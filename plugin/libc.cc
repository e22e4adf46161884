/* libc.cc -- what the plugin knows of the C library (SPEC 4 rule 2,
   "known functions"; the table is docs/rules.md's).

   One table of names and what each does with the pointers it is given,
   behind one guard: a name is the C library's only where its
   declaration is, a GCC builtin or a declaration from a system header.
   ISO C does not reserve `read', `access' or `send': a program's own
   function of that name is an ordinary function (with a body here, its
   summary decides; without one, it is unknown).  */

#include "esc.h"

enum esc_libc_flags
{
  /* Keeps no pointer it is given and returns nothing derived from one:
     the pointer arguments do not escape.  */
  ESC_LIBC_NOCAPTURE = 1,
  /* Writes no pointer into memory it is given (it may write bytes of
     text: sprintf, strftime).  The scanf family (%p), read and fread
     (raw bytes from outside) may.  */
  ESC_LIBC_READONLY = 2,
  /* Copies the bytes of memory it is given out of the program (a file, a
     pipe, a socket): a pointer stored there leaves as bytes, like a
     pointer converted to an integer.  */
  ESC_LIBC_BYTES_OUT = 4
};

struct esc_libc_fn
{
  const char *name;
  int flags;
};

#define NC (ESC_LIBC_NOCAPTURE)
#define RO (ESC_LIBC_NOCAPTURE | ESC_LIBC_READONLY)
#define OUT (ESC_LIBC_BYTES_OUT)

/* Functions that take a callback (qsort, bsearch), or store or return a
   pointer derived from an argument (strtol's endptr, strchr, fgets,
   setvbuf), are not here.  */
static const esc_libc_fn esc_libc_table[] = {
  /* formatted output */
  { "printf", RO }, { "fprintf", RO }, { "sprintf", RO }, { "snprintf", RO },
  { "dprintf", RO }, { "vprintf", RO }, { "vfprintf", RO },
  { "vsprintf", RO }, { "vsnprintf", RO }, { "vdprintf", RO },
  { "__printf_chk", RO }, { "__fprintf_chk", RO }, { "__sprintf_chk", RO },
  { "__snprintf_chk", RO }, { "__vprintf_chk", RO },
  { "__vfprintf_chk", RO }, { "__vsprintf_chk", RO },
  { "__vsnprintf_chk", RO },
  /* character and block I/O */
  { "puts", RO }, { "fputs", RO }, { "fputc", RO }, { "putc", RO },
  { "putchar", RO }, { "fwrite", RO | OUT }, { "fread", NC },
  { "fputs_unlocked", RO }, { "fwrite_unlocked", RO | OUT },
  { "fread_unlocked", NC }, { "putc_unlocked", RO },
  { "fputc_unlocked", RO },
  /* formatted input */
  { "scanf", NC }, { "fscanf", NC }, { "sscanf", NC }, { "vscanf", NC },
  { "vfscanf", NC }, { "vsscanf", NC }, { "__isoc99_scanf", NC },
  { "__isoc99_fscanf", NC }, { "__isoc99_sscanf", NC },
  { "__isoc99_vscanf", NC }, { "__isoc99_vfscanf", NC },
  { "__isoc99_vsscanf", NC },
  /* comparison and length */
  { "strcmp", RO }, { "strncmp", RO }, { "strcasecmp", RO },
  { "strncasecmp", RO }, { "strcoll", RO }, { "memcmp", RO }, { "bcmp", RO },
  { "strlen", RO }, { "strnlen", RO }, { "strspn", RO }, { "strcspn", RO },
  /* conversion */
  { "atoi", RO }, { "atol", RO }, { "atoll", RO }, { "atof", RO },
  /* files and the system */
  { "perror", RO }, { "remove", RO }, { "rename", RO }, { "getenv", RO },
  { "fopen", RO }, { "open", RO }, { "creat", RO }, { "read", NC },
  { "write", RO | OUT }, { "access", RO }, { "stat", NC }, { "lstat", NC },
  { "fstat", NC }, { "unlink", RO }, { "fflush", RO }, { "fclose", RO },
  { "ferror", RO }, { "feof", RO }, { "fileno", RO },
  /* time */
  { "strftime", RO }, { "time", NC }, { "gettimeofday", NC },
  { "clock_gettime", NC },
  /* filling: they write one byte value, never a pointer, into the
     memory they are given; memset returns its argument, so what they
     keep and return, GCC's flags decide */
  { "memset", ESC_LIBC_READONLY }, { "bzero", ESC_LIBC_READONLY },
  { "explicit_bzero", ESC_LIBC_READONLY },
  { "__memset_chk", ESC_LIBC_READONLY },
  { "__explicit_bzero_chk", ESC_LIBC_READONLY },
  /* bytes out only: what they keep, GCC's flags or the unknown-call rule
     decide */
  { "pwrite", OUT }, { "pwrite64", OUT }, { "send", OUT }, { "sendto", OUT },
  { "writev", OUT }, { "msgsnd", OUT }, { "mq_send", OUT },
  { NULL, 0 }
};

#undef NC
#undef RO
#undef OUT

/* The table's flags for FNDECL: 0 unless FNDECL is the C library's.  */
static int
esc_libc_flags_of (tree fndecl)
{
  if (!fndecl || !DECL_NAME (fndecl))
    return 0;
  if (!fndecl_built_in_p (fndecl)
      && !in_system_header_at (DECL_SOURCE_LOCATION (fndecl)))
    return 0;
  const char *n = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  if (strncmp (n, "__builtin_", 10) == 0)
    n += strlen ("__builtin_");
  for (const esc_libc_fn *e = esc_libc_table; e->name; e++)
    if (strcmp (n, e->name) == 0)
      return e->flags;
  return 0;
}

bool
esc_known_nocapture_fn (tree fndecl)
{
  return esc_libc_flags_of (fndecl) & ESC_LIBC_NOCAPTURE;
}

bool
esc_known_readonly_fn (tree fndecl)
{
  return esc_libc_flags_of (fndecl) & ESC_LIBC_READONLY;
}

bool
esc_bytes_out_fn (tree fndecl)
{
  return esc_libc_flags_of (fndecl) & ESC_LIBC_BYTES_OUT;
}

/* The printf-family call CALL to FNDECL: may it turn its argument ARGNO
   into text (a %p conversion, or a format the plugin cannot read)?  A
   pointer printed and parsed back is a pointer converted to an integer.
   Only the arguments after the format are printed (a va_list among
   them): the destination, the stream and the format are not.  */
bool
esc_format_may_print_pointer (tree fndecl, const gcall *call, unsigned argno)
{
  tree at = lookup_attribute ("format", TYPE_ATTRIBUTES (TREE_TYPE (fndecl)));
  if (!at)
    at = lookup_attribute ("format", DECL_ATTRIBUTES (fndecl));
  if (!at || !TREE_VALUE (at) || !TREE_CHAIN (TREE_VALUE (at)))
    return false;
  tree idx = TREE_VALUE (TREE_CHAIN (TREE_VALUE (at)));
  if (!idx || TREE_CODE (idx) != INTEGER_CST || !tree_fits_uhwi_p (idx))
    return true;
  unsigned i = tree_to_uhwi (idx) - 1;
  if (i >= gimple_call_num_args (call))
    return true;
  if (argno <= i)
    return false;
  tree fmt = gimple_call_arg (call, i);
  if (TREE_CODE (fmt) != ADDR_EXPR)
    return true;
  tree str = TREE_OPERAND (fmt, 0);
  if (TREE_CODE (str) == ARRAY_REF || TREE_CODE (str) == MEM_REF)
    str = TREE_OPERAND (str, 0);
  if (TREE_CODE (str) == ADDR_EXPR)
    str = TREE_OPERAND (str, 0);
  if (TREE_CODE (str) != STRING_CST)
    return true;
  const char *p = TREE_STRING_POINTER (str);
  int n = TREE_STRING_LENGTH (str);
  for (int k = 0; k < n; k++)
    {
      if (p[k] != '%')
	continue;
      /* Skip flags, width, precision and length up to the conversion.  */
      k++;
      while (k < n && strchr ("#0- +'0123456789.*hlLqjzt$I", p[k]))
	k++;
      if (k < n && p[k] == 'p')
	return true;
    }
  return false;
}

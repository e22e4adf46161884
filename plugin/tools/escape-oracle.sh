#!/bin/sh
# escape-oracle -- how many frames up each allocation of a Boehm GC
# program dies: the ceiling of what any escape analysis could put on the
# stack, measured at run time (docs/migration.md, section 5).
#
#   escape-oracle [--every N] [--out FILE] [--json FILE] -- PROGRAM ARGS...
#
# PROGRAM must be built with -finstrument-functions (or with the plugin's
# oracle option, which implies it and names each site exactly) and link
# libgc as a shared library.  It runs with the oracle's runtime preloaded
# (escape-oracle-rt.so, beside this script or in ../lib/gcc-escape/); its
# own output is unchanged.  At exit the runtime prints the level histogram
# and the per-site table on stderr (or FILE), and with --json writes the
# same as JSON Lines.  --every N samples one allocation in N (default 1:
# every one; see docs/performance.md for what that costs).
#
# The environment does the same: ESCAPE_ORACLE_EVERY, ESCAPE_ORACLE_OUT,
# ESCAPE_ORACLE_JSON.

usage () {
  echo "usage: escape-oracle [--every N] [--out FILE] [--json FILE] -- PROGRAM [ARGS...]" >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case $1 in
    --every) [ $# -ge 2 ] || usage; ESCAPE_ORACLE_EVERY=$2; shift 2 ;;
    --every=*) ESCAPE_ORACLE_EVERY=${1#--every=}; shift ;;
    --out) [ $# -ge 2 ] || usage; ESCAPE_ORACLE_OUT=$2; shift 2 ;;
    --out=*) ESCAPE_ORACLE_OUT=${1#--out=}; shift ;;
    --json) [ $# -ge 2 ] || usage; ESCAPE_ORACLE_JSON=$2; shift 2 ;;
    --json=*) ESCAPE_ORACLE_JSON=${1#--json=}; shift ;;
    --) shift; break ;;
    -h|--help) usage ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || usage
case ${ESCAPE_ORACLE_EVERY:-1} in
  ''|*[!0-9]*|0) echo "escape-oracle: --every wants a positive integer, not '${ESCAPE_ORACLE_EVERY}'" >&2; exit 2 ;;
esac

here=$(cd "$(dirname "$0")" && pwd)
rt=
for f in "$here/escape-oracle-rt.so" "$here/../lib/gcc-escape/escape-oracle-rt.so"; do
  if [ -f "$f" ]; then rt=$f; break; fi
done
if [ -z "$rt" ]; then
  echo "escape-oracle: escape-oracle-rt.so not found beside $0" >&2
  exit 2
fi
if ! command -v "$1" >/dev/null 2>&1; then
  echo "escape-oracle: $1: not found" >&2
  exit 127
fi

ESCAPE_ORACLE_PROGRAM=$1
# The runtime is active only in this process (exec keeps the pid), not in
# the children that inherit LD_PRELOAD.
ESCAPE_ORACLE_PID=$$
export ESCAPE_ORACLE_EVERY ESCAPE_ORACLE_OUT ESCAPE_ORACLE_JSON \
       ESCAPE_ORACLE_PROGRAM ESCAPE_ORACLE_PID
LD_PRELOAD=$rt${LD_PRELOAD:+:$LD_PRELOAD}
export LD_PRELOAD
exec "$@"

#!/bin/bash
# testsuite/fuzz/check.sh -- one program, built with and without the plugin.
#
#   check.sh [--gcc N] [--levels "-O0 -O2"] [--san] [--work DIR] FILE.c
#
# Baseline: gcc-N -O0, no plugin (--san: with -fsanitize=address,undefined,
# which also catches undefined behaviour in the program itself).  Then for
# each level: gcc-N LEVEL -fsanitize=address with the plugin (notes on, -m),
# run with ASAN_OPTIONS=detect_stack_use_after_return=1, and compare exit
# code and stdout with the baseline.  At -O0 it also checks that the notes
# match the code: as many allocator calls are left in the executable as
# sites the notes say escape.  Prints one line per level:
#
#   LEVEL PASS CONVERTED ESCAPING [ALLOCS_BASE ALLOCS_PLUGIN]
#   LEVEL FAIL CONVERTED ESCAPING REASON
#   base  FAIL 0 0 REASON          (the baseline itself failed)
#
# and exits 1 when anything failed.  Logs stay in the work directory
# (default build/fuzz/check/NAME/).  ESCAPE_PLUGIN=PATH tests another
# escape.so.  This is the reproduction command saved with every failure,
# and the test reduce.sh keeps true.
set -u -o pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
gcc=12 levels="-O0 -O2" san=0 work=
while [ $# -gt 1 ]; do
  case $1 in
    --gcc) gcc=$2; shift ;;
    --levels) levels=$2; shift ;;
    --san) san=1 ;;
    --work) work=$2; shift ;;
    *) echo "check.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ $# = 1 ] && [ -f "$1" ] || { echo "usage: check.sh [--gcc N] [--levels L] [--san] [--work DIR] FILE.c" >&2; exit 2; }
src=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
name=$(basename "$src" .c)
cc=gcc-$gcc
plugin=${ESCAPE_PLUGIN:-$root/build/gcc-$gcc/escape.so}
[ -f "$plugin" ] || { echo "check.sh: $plugin missing: run make all first" >&2; exit 2; }
work=${work:-$root/build/fuzz/check/$name}
mkdir -p "$work"
export ASAN_OPTIONS=detect_stack_use_after_return=1:detect_leaks=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
tmo=${FUZZ_RUN_TIMEOUT:-10}

# run EXE PREFIX: runs it in $work, leaves PREFIX.out, PREFIX.err, PREFIX.rc.
run () {
  ( cd "$work" && timeout -k 2 "$tmo" "./$1" </dev/null >"$2.out" 2>"$2.err"; echo $? >"$2.rc" ) 2>/dev/null
}
# code_sites EXE: the calls to the program's allocators left in its code.
# At -O0 nothing is inlined, so each one is a site that the notes call
# `escapes to heap` or a small-buffer site (`on the stack up to K bytes`,
# whose call stays on its large arm), and each other converted site has no
# call left.  The only clones are caller-frame slot versions (F.slot.N,
# SPEC 4 rule 6): copies of F whose other sites are F's, with F's
# decisions, noted once; their calls are not counted.
code_sites () {
  objdump -d --no-show-raw-insn "$1" 2>/dev/null |
    awk '/^[0-9a-f]+ <.*>:$/ { inslot = ($2 ~ /\.slot\./) }
	 !inslot && /call +[0-9a-f]+ <(gc_alloc|gc_calloc)>$/ { n++ }
	 END { print n + 0 }'
}
crashed () {   # a compiler crash in log $1?
  grep -qiE 'internal compiler error|killed signal|terminated signal|segmentation fault|cc1: .*abort' "$1"
}

# Baseline.
bflags="-O0 -w"
[ $san = 1 ] && bflags="$bflags -fsanitize=address,undefined -fno-sanitize-recover=undefined"
rm -f "$work/base" "$work/base.out"
if ! timeout -k 5 120 "$cc" $bflags "$src" -o "$work/base" >"$work/base.log" 2>&1; then
  echo "base FAIL 0 0 baseline-build-failed"; exit 1
fi
run base base
brc=$(cat "$work/base.rc")
if [ "$brc" != 0 ] || grep -q 'Sanitizer\|runtime error' "$work/base.err"; then
  echo "base FAIL 0 0 baseline-run-failed-rc$brc"; exit 1
fi
ballocs=$(sed -n 's/^allocs \([0-9]*\).*/\1/p' "$work/base.err" | tail -1)

status=0
for l in $levels; do
  t=plug${l#-}
  rm -f "$work/$t" "$work/$t.out"
  timeout -k 5 300 "$cc" $l -w -fsanitize=address -fno-omit-frame-pointer \
      -fplugin="$plugin" -fplugin-arg-escape-m "$src" -o "$work/$t" >"$work/$t.log" 2>&1
  crc=$?
  conv=$(grep -cE 'note: [A-Za-z_][A-Za-z0-9_.]*\([^)]*\) does not escape$' "$work/$t.log")
  esc=$(grep -cE 'note: [A-Za-z_][A-Za-z0-9_.]*\([^)]*\) escapes to heap' "$work/$t.log")
  small=$(grep -cE 'note: [A-Za-z_][A-Za-z0-9_.]*\([^)]*\) does not escape: on the stack up to [0-9]+ bytes$' "$work/$t.log")
  why=
  if crashed "$work/$t.log"; then why=compiler-crash
  elif [ $crc = 124 ] || [ $crc = 137 ]; then why=compiler-timeout
  elif [ $crc != 0 ]; then why=build-failed
  else
    run "$t" "$t"
    rc=$(cat "$work/$t.rc")
    if grep -q 'Sanitizer' "$work/$t.err"; then
      why=asan-$(grep -m1 -oE 'ERROR: [A-Za-z]*Sanitizer: [a-z-]+' "$work/$t.err" | sed 's/.*: //')
    elif [ "$rc" = 124 ] || [ "$rc" = 137 ]; then why=run-timeout
    elif [ "$rc" != "$brc" ]; then why=exit-code-$rc
    elif ! cmp -s "$work/$t.out" "$work/base.out"; then why=stdout-differs
    elif [ "$l" = -O0 ] && calls=$(code_sites "$work/$t") && [ "$calls" != $((esc + small)) ]; then
      why=notes-vs-code-$esc+$small-$calls
    fi
  fi
  if [ -n "$why" ]; then
    echo "$l FAIL $conv $esc $why"; status=1
  else
    pallocs=$(sed -n 's/^allocs \([0-9]*\).*/\1/p' "$work/$t.err" | tail -1)
    echo "$l PASS $conv $esc ${ballocs:-0} ${pallocs:-0}"
  fi
done
exit $status

#!/bin/bash
# run.sh GCC_MAJOR... -- run the DejaGnu testsuite once per GCC major.
#
#   testsuite/run.sh 12 11
#   RUNTESTFLAGS='escape.dg/dg.exp=foo.c' testsuite/run.sh 12
#
# For each major N: runtest --tool escape with CC=gcc-N and
# PLUGIN=build/gcc-N/escape.so, in build/test-gcc-N/ (escape.sum and
# escape.log are there); the majors run side by side.  It goes on after a failing major, then adds up
# every .sum and prints one closing line, "N passed, M failed", where M
# counts FAIL, XPASS, UNRESOLVED and ERROR.  Exits non-zero on any of
# those, on an internal compiler error in any .log, or when a run left no
# .sum.  Works from any directory.

set -u
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[ $# -gt 0 ] || set -- 12

read -r -a extra <<< "${RUNTESTFLAGS:-}"
status=0
sums=()
# The runs for the majors go side by side (each in its own directory); the
# results are read afterwards, in the order given.
runs=()
for n in "$@"; do
  dir=$root/build/test-gcc-$n
  plugin=$root/build/gcc-$n/escape.so
  mkdir -p "$dir"
  rm -f "$dir/escape.sum" "$dir/escape.log" "$dir/runtest.rc"
  if ! command -v "gcc-$n" >/dev/null; then
    echo "run.sh: gcc-$n not found" >&2
    status=1
    continue
  fi
  if [ ! -f "$plugin" ]; then
    echo "run.sh: $plugin not built (run make)" >&2
    status=1
    continue
  fi
  (cd "$dir" && runtest --tool escape --srcdir "$root/testsuite" \
     "CC=gcc-$n" "PLUGIN=$plugin" "${extra[@]}" > "$dir/runtest.out" 2>&1
   echo $? > "$dir/runtest.rc") &
  runs+=("$n")
done
wait
for n in "${runs[@]}"; do
  dir=$root/build/test-gcc-$n
  echo "=== gcc-$n: runtest in build/test-gcc-$n"
  rc=$(cat "$dir/runtest.rc" 2>/dev/null || echo 1)
  # The results, less the PASS lines, and DejaGnu's own summary.
  grep -E '^(FAIL|XPASS|UNRESOLVED|ERROR|WARNING|XFAIL|UNSUPPORTED|UNTESTED)' \
    "$dir/runtest.out"
  grep -E '^# of ' "$dir/runtest.out"
  if [ -f "$dir/escape.sum" ]; then
    sums+=("$dir/escape.sum")
  else
    echo "run.sh: gcc-$n: runtest left no escape.sum (exit $rc)" >&2
    status=1
  fi
  if [ "$rc" -ne 0 ]; then
    status=1
  fi
  if [ -f "$dir/escape.log" ] && grep -q 'internal compiler error' "$dir/escape.log"; then
    echo "run.sh: gcc-$n: internal compiler error in build/test-gcc-$n/escape.log:" >&2
    grep -m 5 'internal compiler error' "$dir/escape.log" >&2
    status=1
  fi
done

count() {
  local n=0 f
  for f in "${sums[@]}"; do
    n=$((n + $(grep -c "^$1: " "$f")))
  done
  echo $n
}
if [ ${#sums[@]} -gt 0 ]; then
  pass=$(count PASS)
  fail=$(count FAIL)
  xpass=$(count XPASS)
  xfail=$(count XFAIL)
  unres=$(count UNRESOLVED)
  unsup=$(count UNSUPPORTED)
  error=$(count ERROR)
else
  pass=0 fail=0 xpass=0 xfail=0 unres=0 unsup=0 error=0
fi
failed=$((fail + xpass + unres + error))
[ $failed -eq 0 ] || status=1
# A run that failed with nothing counted (no .sum, an ICE, runtest's own
# exit status) still counts as one failure in the closing line.
[ $status -eq 0 ] || [ $failed -gt 0 ] || failed=1
echo "gcc $*: PASS $pass, FAIL $fail, XPASS $xpass, XFAIL $xfail, UNRESOLVED $unres, UNSUPPORTED $unsup, ERROR $error"
echo "$pass passed, $failed failed"
exit $status

#!/bin/bash
# testsuite/check.sh GCC_MAJOR... -- everything `make check` runs, in order,
# each part ending with its own "N passed, M failed" line; then one closing
# line that adds them up.  Exits non-zero if any part failed.
#
#   1. the DejaGnu suite (compile, run and option tests), once per GCC
#   2. the unit test of the leak summary
#   3. a fixed sample of GCC's execute torture suite, with and without the
#      plugin (GCC 12 at -O0 and -O2, any other GCC at -O2), and a sample
#      of its compile torture suite (GCC 12: no crash on odd code)
#   4. fixed seeds of the differential fuzzer: 200 with GCC 12, the first
#      60 of them with any other GCC
#   5. the Boehm GC examples and build-system recipes
#   6. the documentation's examples: their notes are what docs/rules.md says
set -u
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root" || exit 1
[ $# -gt 0 ] || set -- 12
majors=("$@")
log=$root/build/check
mkdir -p "$log"
total_pass=0 total_fail=0 status=0

part() {
  local name=$1; shift
  local start=$SECONDS
  echo "=== $name"
  "$@" >"$log/$name.out" 2>&1
  local rc=$?
  local line
  line=$(grep -E '^([A-Za-z0-9_-]+: )?[0-9]+ passed, [0-9]+ failed' "$log/$name.out" | tail -n 1)
  tail -n 4 "$log/$name.out" | sed 's/^/    /'
  if [ -z "$line" ]; then
    echo "    $name: no result line (exit $rc); see $log/$name.out"
    total_fail=$((total_fail + 1)); status=1
    return
  fi
  local p f
  p=$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+')
  f=$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+')
  total_pass=$((total_pass + p)); total_fail=$((total_fail + f))
  # Every test make check can run, it runs: a part that skipped some for
  # a missing tool (", K skipped") fails.
  local k
  k=$(grep -oE '[0-9]+ skipped' <<<"$line" | grep -oE '[0-9]+')
  if [ -n "$k" ] && [ "$k" -ne 0 ]; then
    echo "    $name: $k skipped (a tool is missing: .ci/deps.sh test installs it)"
    total_fail=$((total_fail + 1)); status=1
  fi
  if [ "$rc" -ne 0 ] || [ "$f" -ne 0 ]; then
    status=1
    [ "$f" -ne 0 ] || total_fail=$((total_fail + 1))
  fi
  echo "    ($((SECONDS - start)) s; log $log/$name.out)"
}

unit() {
  if build/unit/leaks-test; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; return 1; fi
}

part dejagnu testsuite/run.sh "${majors[@]}"
part unit unit
for n in "${majors[@]}"; do
  sfx=$([ "$n" = 12 ] || echo "-$n")
  part "torture$sfx" testsuite/torture/run.sh --sample --gcc "$n" \
       --levels "$([ "$n" = 12 ] && echo "-O0 -O2" || echo -O2)"
done
part torture-compile testsuite/torture/run.sh --compile --sample --gcc 12
for n in "${majors[@]}"; do
  sfx=$([ "$n" = 12 ] || echo "-$n")
  part "fuzz$sfx" testsuite/fuzz/run.sh --gcc "$n" "$([ "$n" = 12 ] && echo 200 || echo 60)" 1
done
part examples make --no-print-directory -C examples check GCC_MAJOR=12 PLUGIN="$root/build/gcc-12/escape.so"
part docs docs/examples/check.sh "$root/build/gcc-12/escape.so"

echo "$total_pass passed, $total_fail failed"
exit $status

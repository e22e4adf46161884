#!/bin/bash
# testsuite/check.sh GCC_MAJOR... -- everything `make check` runs, GCC by
# GCC; each part ends with its own "N passed, M failed" line, each GCC with
# one result line "gcc-N: P passed, F failed (...)", and the run with one
# closing line that adds them all up.  Exits non-zero if anything failed.
#
# For each GCC:
#   1. the DejaGnu suite (compile, run and option tests)
#   2. the unit test of the leak summary, built with that GCC
#   3. a fixed sample of GCC's execute torture suite, with and without the
#      plugin (GCC 12: 150 programs at -O0 and -O2; any other GCC: every
#      CHECK_TORTURE_EVERY-th of them, default 5, at -O2)
#   4. fixed seeds of the differential fuzzer at -O0 and -O2: 200 with
#      GCC 12, the first CHECK_FUZZ_SEEDS (default 15) with any other GCC
#   5. the documentation's examples: their notes are what docs/rules.md says
# and with GCC 12 also
#   6. a sample of the compile torture suite (no crash on odd code)
#   7. a fixed sample of GCC's gcc.dg (testsuite/sweep/sample.list, 202
#      programs with pr59920-3.c) with and without the plugin at -O0 and
#      -O2 with -m: no crash, no hang, no new build failure
#   8. the Boehm GC examples and build-system recipes
#
# A GCC installed here (gcc-N with its plugin headers) is tested here.
# GCC 13 to 16 otherwise run inside their Debian chroot (.ci/chroot.sh:
# made on first use, as root), where the plugin is built and this script
# runs again with --here for them; their result lines come back through
# build/check/gcc-N.result.  A GCC that cannot be reached counts as one
# failure, with the reason.
set -u
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root" || exit 1
here_only=0
[ "${1:-}" = --here ] && { here_only=1; shift; }
[ $# -gt 0 ] || set -- 12
log=$root/build/check
mkdir -p "$log"
every=${CHECK_TORTURE_EVERY:-5}
seeds=${CHECK_FUZZ_SEEDS:-15}

gp=0 gf=0 gparts=()   # the current GCC's counts and parts

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
    gf=$((gf + 1)); gparts+=("$name: no result")
    return
  fi
  local p f k
  p=$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+')
  f=$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+')
  gp=$((gp + p)); gf=$((gf + f))
  # Every test make check can run, it runs: a part that skipped some for
  # a missing tool (", K skipped") fails.
  k=$(grep -oE '[0-9]+ skipped' <<<"$line" | grep -oE '[0-9]+')
  if [ -n "$k" ] && [ "$k" -ne 0 ]; then
    echo "    $name: $k skipped (a tool is missing: .ci/deps.sh test installs it)"
    gf=$((gf + 1))
  fi
  [ "$rc" -eq 0 ] || [ "$f" -ne 0 ] || gf=$((gf + 1))
  gparts+=("$name $p/$((p + f))")
  echo "    ($((SECONDS - start)) s; log $log/$name.out)"
}

unit() {   # unit N: the leak-summary unit test, built with gcc-N
  local exe=$root/build/unit/gcc-$1/leaks-test
  mkdir -p "$(dirname "$exe")"
  gcc-"$1" -O2 -Wall -Iplugin -o "$exe" testsuite/unit/leaks-test.c || { echo "0 passed, 1 failed"; return 1; }
  if "$exe"; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; return 1; fi
}

# dejagnu_of N: gcc-N's share of the DejaGnu run (run.sh runs the majors
# side by side, one .sum each): its failures and "P passed, F failed".
dejagnu_of() {
  local d=$root/build/test-gcc-$1 p f ice=0
  [ -f "$d/escape.sum" ] || { echo "gcc-$1: runtest left no escape.sum"; echo "0 passed, 1 failed"; return 1; }
  grep -E '^(FAIL|XPASS|UNRESOLVED|ERROR|UNSUPPORTED):' "$d/escape.sum"
  p=$(grep -c '^PASS: ' "$d/escape.sum")
  f=$(grep -cE '^(FAIL|XPASS|UNRESOLVED|ERROR): ' "$d/escape.sum")
  if grep -q 'internal compiler error' "$d/escape.log"; then
    echo "gcc-$1: internal compiler error in $d/escape.log"; ice=1
  fi
  [ "$(cat "$d/runtest.rc" 2>/dev/null)" = 0 ] || [ "$f" != 0 ] || ice=1
  echo "$p passed, $((f + ice)) failed"
  [ $((f + ice)) = 0 ]
}

# check_gcc N: every part for gcc-N, here; writes build/check/gcc-N.result.
check_gcc() {
  local n=$1 t=$SECONDS
  gp=0 gf=0 gparts=()
  echo "##### gcc-$n ($(gcc-"$n" -dumpfullversion 2>/dev/null || echo '?'))"
  part "dejagnu-$n" dejagnu_of "$n"
  part "unit-$n" unit "$n"
  if [ "$n" = 12 ]; then
    part torture-12 testsuite/torture/run.sh --sample --gcc 12 --levels "-O0 -O2"
    part fuzz-12 testsuite/fuzz/run.sh --gcc 12 200 1
    part torture-compile-12 testsuite/torture/run.sh --compile --sample --gcc 12
    part sweep-12 testsuite/sweep/run.sh --sample --gcc 12
    part examples-12 make --no-print-directory -C examples check GCC_MAJOR=12 PLUGIN="$root/build/gcc-12/escape.so"
    part docs-12 docs/examples/check.sh "$root/build/gcc-12/escape.so"
  else
    local names
    mapfile -t names < <(grep -v '^#' testsuite/torture/sample.list | grep . | awk -v k="$every" 'NR % k == 1 || k == 1')
    part "torture-$n" testsuite/torture/run.sh --gcc "$n" --levels -O2 "${names[@]}"
    part "fuzz-$n" testsuite/fuzz/run.sh --gcc "$n" "$seeds" 1
    part "docs-$n" docs/examples/check.sh "$root/build/gcc-$n/escape.so"
  fi
  local IFS=,
  echo "gcc-$n $gp $gf $((SECONDS - t)) ${gparts[*]}" >"$log/gcc-$n.result"
}

# gcc-N is tested here when it is installed here with its plugin headers.
installed() {
  local d
  d=$(gcc-"$1" -print-file-name=plugin 2>/dev/null) && [ "${d#/}" != "$d" ] && [ -d "$d/include" ] &&
    [ -f "$root/build/gcc-$1/escape.so" ]
}

# check_here N...: the DejaGnu suite for all of them side by side, then
# every other part GCC by GCC.
check_here() {
  local out
  out=$log/dejagnu-$(IFS=-; echo "$*")-side-by-side.out
  echo "=== dejagnu: gcc $*"
  testsuite/run.sh "$@" >"$out" 2>&1
  tail -n 1 "$out" | sed 's/^/    /'
  for n in "$@"; do check_gcc "$n"; done
}

if [ $here_only = 1 ]; then
  check_here "$@"
  exit 0
fi

# Here first, then each chroot once for its majors.
declare -A by_suite=()
suites=()
here=()
for n in "$@"; do
  rm -f "$log/gcc-$n.result"
  if installed "$n"; then
    here+=("$n")
  elif s=$(.ci/chroot.sh suite "$n"); then
    [ -n "${by_suite[$s]:-}" ] || suites+=("$s")
    by_suite[$s]="${by_suite[$s]:-} $n"
  else
    echo "gcc-$n 0 1 0 not installed (no gcc-$n with its plugin headers; .ci/deps.sh test)" >"$log/gcc-$n.result"
  fi
done
# The chroots not made yet are made side by side (mostly downloads), while
# the GCCs installed here are tested.
for s in "${suites[@]}"; do
  (.ci/chroot.sh make "$s" >"$log/chroot-$s.out" 2>&1; echo $? >"$log/chroot-$s.rc") &
done
[ ${#here[@]} -eq 0 ] || check_here "${here[@]}"
wait
# The chroots have no gcc-12-source: the torture programs are extracted here.
[ ${#suites[@]} -eq 0 ] || { testsuite/torture/run.sh --extract && testsuite/torture/run.sh --compile --extract; } >/dev/null
for s in "${suites[@]}"; do
  ms=${by_suite[$s]# }
  echo "##### chroot $s: gcc $ms"
  cat "$log/chroot-$s.out"
  if [ "$(cat "$log/chroot-$s.rc")" != 0 ]; then
    for n in $ms; do
      echo "gcc-$n 0 1 0 not run: the $s chroot is not made (commands above)" >"$log/gcc-$n.result"
    done
    continue
  fi
  # Only the plugins are built in there: the tools (escape-report, the
  # oracle's runtime) are the host's, built by make check before this
  # script; built again with a newer suite's C library, the host could
  # not run them.
  .ci/chroot.sh run "$s" bash -c 'make --no-print-directory plugins verify GCC_MAJORS="$1" TOOLS= ORACLE= && testsuite/check.sh --here $1' - "$ms"
  for n in $ms; do
    [ -f "$log/gcc-$n.result" ] ||
      echo "gcc-$n 0 1 0 not run: the plugin did not build or load in the $s chroot (output above)" >"$log/gcc-$n.result"
  done
done

echo "#####"
total_pass=0 total_fail=0
for n in "$@"; do
  read -r name p f secs rest <"$log/gcc-$n.result"
  total_pass=$((total_pass + p)); total_fail=$((total_fail + f))
  if [ "$secs" = 0 ] && [ "$p" = 0 ]; then
    echo "$name: $p passed, $f failed ($rest)"
  else
    echo "$name: $p passed, $f failed ($secs s: ${rest//,/, })"
  fi
done
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]

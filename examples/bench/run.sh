#!/bin/bash
# bench/run.sh -- gcc-escape's benchmarks (`make bench`).  Figures are
# printed and written to docs/performance.md (with docs/performance.png);
# nothing is asserted.
#
#   1. Effect: each workload of examples/ (text, lisp, dict) built three
#      ways -- without the plugin, with it, and a hand-stackified copy
#      (bench/hand/NAME.patch, the ceiling) -- and run RUNS times each,
#      alternating the builds: allocator calls, bytes asked for,
#      collections (GC_get_gc_no), wall time (median, min-max), and the
#      median of the per-round time ratios against the build without the
#      plugin.
#   2. Compile time: generated units (bench/gen-tu.sh) of 10^4, 10^5 and
#      10^6 statements compiled with and without the plugin, alternating,
#      CPU time (user+sys, robust to other load) and the plugin pass's own
#      time from the pass's own clock (its dump); per statement.  -O2
#      for units up to O2_MAX statements (default 10^5: -O2 on 10^6
#      statements takes over ten minutes per compile on a 2-core machine),
#      -O0 for all of them.  Then GCC's C execute torture corpus
#      (build/torture/src, extracted by testsuite/torture/run.sh) at -O2:
#      without the plugin, with it loaded (no allocator named: the pass runs
#      and finds nothing), and with alloc=malloc,calloc free=free (the
#      analysis at work on real code).
#   3. Memory: the compiler's peak RSS with and without the plugin on the
#      largest unit.
#
# Environment: CC (gcc-12), PLUGIN (build/gcc-12/escape.so), RUNS (5),
# SIZES ("10000 100000 1000000"), O2_MAX (100000), TORTURE_STEP (2: every
# other file of the corpus, to keep the run near 15 minutes on 2 idle
# cores; 1: every file), JOBS (number of CPUs, torture only),
# QUICK=1 (small sizes and few runs: a smoke test of this script),
# BENCH_DOC (docs/performance.md; "-" to write no file).

set -u -o pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ex=$(cd "$here/.." && pwd)
root=$(cd "$ex/.." && pwd)

CC=${CC:-gcc-12}
[ "$CC" = cc ] && CC=gcc-12
PLUGIN=${PLUGIN:-$root/build/gcc-12/escape.so}
RUNS=${RUNS:-5}
SIZES=${SIZES:-"10000 100000 1000000"}
O2_MAX=${O2_MAX:-100000}
TORTURE_STEP=${TORTURE_STEP:-2}
JOBS=${JOBS:-$(nproc)}
BENCH_DOC=${BENCH_DOC:-$root/docs/performance.md}
declare -A SCALE=([text]=20000 [lisp]=150 [dict]=1000000)
TU_REPEAT_SMALL=3	# compile pairs for units of 10^4 statements or less
if [ "${QUICK:-0}" = 1 ]; then
  RUNS=2 SIZES="1000 10000" O2_MAX=10000 TORTURE_STEP=${TORTURE_STEP_QUICK:-40}
  SCALE=([text]=2000 [lisp]=15 [dict]=100000)
fi
W=$root/build/bench
WRAP=-Wl,--wrap=GC_malloc,--wrap=GC_malloc_atomic,--wrap=GC_debug_malloc,--wrap=GC_debug_malloc_atomic

if [ ! -f "$PLUGIN" ]; then
  echo "bench: no plugin at $PLUGIN (run make at the top level)" >&2
  exit 1
fi
mkdir -p "$W"
start=$(date +%s)
load_start=$(cut -d' ' -f1 /proc/loadavg)
say () { printf '%s\n' "$*"; }

# stats: read numbers on stdin, print "median min max".
stats () {
  sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "- - -"; exit }
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    print m, v[1], v[NR] }'
}

# ------------------------------------------------------------ 1. effect
say "== 1. Effect: allocator calls, collections and time per workload"
say "   (RUNS=$RUNS alternating rounds; time median, min-max; ratio = median of per-round time / base time)"
E=$W/effect
rm -rf "$E"
mkdir -p "$E/base" "$E/plugin" "$E/hand"
$CC -O2 -c -o "$E/gcstats.o" "$ex/gcstats.c" || exit 1
build_ok=1
for x in text lisp dict; do
  cp "$ex/$x.c" "$E/hand/$x.c"
  if ! patch -s "$E/hand/$x.c" < "$here/hand/$x.patch"; then
    echo "bench: bench/hand/$x.patch does not apply to $x.c any more" >&2; build_ok=0
  fi
  $CC -O2 -I"$root/include" -o "$E/base/$x" "$ex/$x.c" "$E/gcstats.o" -lgc $WRAP &&
  $CC -O2 -I"$root/include" -fplugin="$PLUGIN" -o "$E/plugin/$x" "$ex/$x.c" "$E/gcstats.o" -lgc $WRAP &&
  $CC -O2 -I"$root/include" -o "$E/hand/$x" "$E/hand/$x.c" "$E/gcstats.o" -lgc $WRAP || build_ok=0
done
[ $build_ok = 1 ] || { echo "bench: a workload did not build" >&2; exit 1; }

: > "$E/runs.tsv"
for r in $(seq 1 "$RUNS"); do
  if [ $((r % 2)) = 1 ]; then order="base plugin hand"; else order="hand plugin base"; fi
  for x in text lisp dict; do
    for v in $order; do
      "$E/$v/$x" "${SCALE[$x]}" > "$E/$v/$x.out" 2> "$E/$v/$x.err"
      sed -n "s/^\[gcstats\] allocs=\([0-9]*\) bytes=\([0-9]*\) collections=\([0-9]*\) time_ms=\([0-9.]*\)/$x\t$v\t$r\t\1\t\2\t\3\t\4/p" \
        "$E/$v/$x.err" >> "$E/runs.tsv"
    done
  done
done

# The effect table, one row per workload and build: TSV for the plot and
# the document.
: > "$E/effect.tsv"
printf '%-6s %-7s %12s %12s %6s %22s %8s %9s\n' workload build "alloc calls" bytes GCs \
  "time ms (min-max)" ratio removed
for x in text lisp dict; do
  base_allocs=$(awk -F'\t' -v x=$x '$1 == x && $2 == "base" { print $4; exit }' "$E/runs.tsv")
  for v in base plugin hand; do
    same=""
    cmp -s "$E/base/$x.out" "$E/$v/$x.out" || same=" (OUTPUT DIFFERS)"
    read -r allocs bytes gcs <<< "$(awk -F'\t' -v x=$x -v v=$v '$1 == x && $2 == v { a = $4; b = $5; g = $6 } END { print a, b, g }' "$E/runs.tsv")"
    read -r tmed tmin tmax <<< "$(awk -F'\t' -v x=$x -v v=$v '$1 == x && $2 == v { print $7 }' "$E/runs.tsv" | stats)"
    read -r rmed _ _ <<< "$(awk -F'\t' -v x=$x -v v=$v '
        $1 == x && $2 == "base" { b[$3] = $7 } $1 == x && $2 == v { t[$3] = $7 }
        END { for (r in t) if (b[r] > 0) print t[r] / b[r] }' "$E/runs.tsv" | stats)"
    removed=$(awk -v a="$allocs" -v b="$base_allocs" 'BEGIN { printf "%.1f%%", b ? 100 * (b - a) / b : 0 }')
    printf '%-6s %-7s %12s %12s %6s %10.1f (%.1f-%.1f) %8.3f %9s%s\n' "$x" "$v" "$allocs" "$bytes" "$gcs" \
      "$tmed" "$tmin" "$tmax" "$rmed" "$removed" "$same"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$x" "$v" "$allocs" "$bytes" "$gcs" "$tmed" "$tmin" \
      "$tmax" "$rmed" "$removed" >> "$E/effect.tsv"
  done
done
say "   scale: text ${SCALE[text]} paragraphs, lisp ${SCALE[lisp]} iterations, dict ${SCALE[dict]} events"

# ------------------------------------------------------- 2. compile time
say ""
say "== 2. Compile time: generated units, plugin loaded vs not (CPU s = user+sys)"
T=$W/tu
mkdir -p "$T"
gen_sum=$(md5sum < "$here/gen-tu.sh" | cut -c1-8)
# measure LEVEL FILE VARIANT: one compile; appends "cpu rss plugin_s" to stdout.
measure () {
  local level=$1 file=$2 variant=$3 extra=()
  # The pass's own time comes from a separate compile with its dump
  # ("escape: pass time N ms (CPU)", the process CPU time spent in the
  # pass); the timed compiles write no dump (GCC would append every
  # function body to it).  Not -ftime-report: with a plugin loaded it
  # wraps every plugin event of every pass in its timer and books that
  # under "plugin execution", which the plain build never pays.
  [ "$variant" = plugin ] && extra=(-fplugin="$PLUGIN" -fplugin-arg-escape-alloc=GC_malloc)
  /usr/bin/time -f 'TIME %U %S %M' -o "$T/time.txt" \
    "$CC" "$level" -c "${extra[@]}" "$file" -o /dev/null 2> "$T/report.txt"
  local rc=$?
  local p=0
  if [ "$variant" = plugin ]; then
    rm -f "$T"/passdump*.escape*
    "$CC" "$level" -c "${extra[@]}" -fplugin-arg-escape-dump -dumpdir "$T/" -dumpbase passdump \
      "$file" -o /dev/null 2>/dev/null
    p=$(cat "$T"/passdump*.escape* 2>/dev/null | awk '/^escape: pass time/ { s += $4 / 1000 } END { print s + 0 }')
    rm -f "$T"/passdump*.escape*
  fi
  awk -v p="$p" -v rc=$rc '/^TIME/ { printf "%.2f %d %.4f %d\n", $2 + $3, $4, p, rc }' "$T/time.txt"
}
: > "$T/compile.tsv"
printf '%-4s %10s %9s %9s %9s %10s %12s %12s %10s %10s\n' level statements "base s" "plugin s" overhead \
  "pass s" "pass us/st" "base us/st" "base RSS" "plugin RSS"
for level in -O2 -O0; do
  for n in $SIZES; do
    [ "$level" = -O2 ] && [ "$n" -gt "$O2_MAX" ] && continue
    f=$T/tu-$n-$gen_sum.c
    [ -f "$f" ] || "$here/gen-tu.sh" "$n" > "$f"
    reps=1
    [ "$n" -le 10000 ] && reps=$TU_REPEAT_SMALL
    : > "$T/pairs.txt"
    for r in $(seq 1 $reps); do
      if [ $((r % 2)) = 1 ]; then order="base plugin"; else order="plugin base"; fi
      for v in $order; do
        echo "$v $(measure "$level" "$f" "$v")" >> "$T/pairs.txt"
      done
    done
    if grep -qv ' 0$' "$T/pairs.txt"; then
      echo "   (a compile failed at $level $n; see $T/report.txt)"
    fi
    read -r bmed _ _ <<< "$(awk '$1 == "base" { print $2 }' "$T/pairs.txt" | stats)"
    read -r pmed _ _ <<< "$(awk '$1 == "plugin" { print $2 }' "$T/pairs.txt" | stats)"
    read -r pass _ _ <<< "$(awk '$1 == "plugin" { print $4 }' "$T/pairs.txt" | stats)"
    brss=$(awk '$1 == "base" { if ($3 > m) m = $3 } END { print m }' "$T/pairs.txt")
    prss=$(awk '$1 == "plugin" { if ($3 > m) m = $3 } END { print m }' "$T/pairs.txt")
    awk -v l="$level" -v n="$n" -v b="$bmed" -v p="$pmed" -v s="$pass" -v br="$brss" -v pr="$prss" -v reps=$reps 'BEGIN {
      printf "%-4s %10d %9.2f %9.2f %8.1f%% %10.2f %12.2f %12.1f %8.0fMB %8.0fMB\n", l, n, b, p, 100 * (p - b) / b, s,
        1e6 * s / n, 1e6 * b / n, br / 1024, pr / 1024
    }'
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$level" "$n" "$bmed" "$pmed" "$pass" "$brss" "$prss" "$reps" >> "$T/compile.tsv"
  done
done
say "   (units of <= 10^4 statements: median of $TU_REPEAT_SMALL alternating pairs; larger: one pair)"

# The torture corpus.
say ""
say "== GCC's C execute torture corpus at -O2 (CPU s of the whole corpus)"
TS=$root/build/torture/src
: > "$T/torture.tsv"
if [ -d "$TS" ] && ls "$TS"/*.c > /dev/null 2>&1; then
  TW=$W/torture
  rm -rf "$TW"; mkdir -p "$TW"
  ls "$TS"/*.c | awk -v s="$TORTURE_STEP" '(NR - 1) % s == 0' > "$TW/files"
  nfiles=$(wc -l < "$TW/files")
  torture_variant () {
    local v=$1 extra=()
    case $v in
      loaded) extra=(-fplugin="$PLUGIN") ;;
      analysing) extra=(-fplugin="$PLUGIN" -fplugin-arg-escape-alloc=malloc,calloc -fplugin-arg-escape-free=free) ;;
    esac
    mkdir -p "$TW/$v"
    ( cd "$TW/$v" && /usr/bin/time -f 'TIME %e %U %S %M' -o "$TW/$v.time" \
        xargs -P "$JOBS" -n 16 timeout 300 "$CC" -O2 -w -c "${extra[@]}" < "$TW/files" > "$TW/$v.log" 2>&1 )
    local nobj ices
    nobj=$(ls "$TW/$v" | grep -c '\.o$')
    ices=$(grep -c 'internal compiler error' "$TW/$v.log")
    awk -v v=$v -v n=$nobj -v i=$ices '/^TIME/ { printf "%s\t%.2f\t%.2f\t%d\t%d\t%d\n", v, $3 + $4, $2, $5, n, i }' "$TW/$v.time"
    rm -f "$TW/$v"/*.o
  }
  for v in base loaded analysing; do
    torture_variant "$v" >> "$T/torture.tsv"
  done
  printf '%-10s %9s %9s %9s %8s %6s\n' variant "CPU s" "wall s" "vs base" objects ICEs
  awk -F'\t' 'NR == 1 { b = $2 } { printf "%-10s %9.2f %9.2f %8.1f%% %8d %6d\n", $1, $2, $3, 100 * ($2 - b) / b, $5, $6 }' "$T/torture.tsv"
  say "   ($nfiles files (every ${TORTURE_STEP} of the corpus); $JOBS jobs; base: no plugin; loaded: -fplugin only; analysing: alloc=malloc,calloc free=free)"
else
  say "   skipped: $TS not found (testsuite/torture/run.sh extracts it; make torture)"
fi

# ---------------------------------------------------------- 3. memory
say ""
say "== 3. Memory: the compiler's peak RSS on the largest unit"
read -r mlevel mn mb mp <<< "$(awk -F'\t' '{ if ($2 + 0 >= n) { n = $2 + 0; l = $1; b = $6; p = $7 } } END { print l, n, b, p }' "$T/compile.tsv")"
awk -v l="$mlevel" -v n="$mn" -v b="$mb" -v p="$mp" 'BEGIN {
  printf "   %d statements at %s: %.0f MB without the plugin, %.0f MB with it (%+.1f%%)\n", n, l, b / 1024, p / 1024, 100 * (p - b) / b }'
read -r m2level m2n m2b m2p <<< "$(awk -F'\t' '$1 == "-O2" { if ($2 + 0 >= n) { n = $2 + 0; l = $1; b = $6; p = $7 } } END { print l, n, b, p }' "$T/compile.tsv")"
if [ -n "$m2n" ]; then
  awk -v l="$m2level" -v n="$m2n" -v b="$m2b" -v p="$m2p" 'BEGIN {
    printf "   %d statements at %s: %.0f MB without the plugin, %.0f MB with it (%+.1f%%)\n", n, l, b / 1024, p / 1024, 100 * (p - b) / b }'
fi

elapsed=$(( $(date +%s) - start ))
say ""
say "bench: done in ${elapsed}s"

# ------------------------------------------------------ the document
[ "$BENCH_DOC" = - ] && exit 0
BENCH_LOAD="$load_start at the start, $(cut -d' ' -f1 /proc/loadavg) at the end" \
"$here/report.sh" "$W" "$BENCH_DOC" "$elapsed" "$CC" "$PLUGIN" \
  "text ${SCALE[text]} paragraphs, lisp ${SCALE[lisp]} iterations, dict ${SCALE[dict]} events" "$RUNS" "$O2_MAX" "$TORTURE_STEP" "$JOBS"

#!/bin/bash
# testsuite/fuzz/run.sh -- differential fuzzing of the plugin.
#
#   run.sh [--gcc N] [-j JOBS] [--levels "-O0 -O2"] [--san] [COUNT [START]]
#
# For each seed START..START+COUNT-1 (default 100 seeds from 1): gen SEED
# writes a random, deterministic, UB-free C program (gen.c); check.sh builds
# it without the plugin (gcc-N -O0) and with it at each level (ASan,
# detect_stack_use_after_return=1, notes on), runs both and compares exit
# code and stdout.  A divergence, a sanitizer report, a compiler crash or a
# build failure is a FAIL: the program is saved as
# testsuite/fuzz/failures/seed-NNNN.c, its first line the command that
# reproduces it (reduce.sh shrinks it).  --san builds the baseline with
# -fsanitize=address,undefined (checks the generator; slower).
#
# Prints how many allocation sites the plugin converted and left on the heap
# (from the -m notes), and the heap allocations the programs made at run
# time with and without it; ends with `N passed, M failed` (one per seed and
# level) and exits non-zero on any FAIL.  Logs: build/fuzz/gcc-N/work/seed-NNNN/.
# ESCAPE_PLUGIN=PATH tests another escape.so; FUZZ_RUN_TIMEOUT (seconds,
# default 10) bounds each run.  A run of more than 200 seeds reports its
# progress every FUZZ_PROGRESS seconds (default 300).
set -u -o pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
self="$here/$(basename "${BASH_SOURCE[0]}")"

if [ "${1:-}" = --job ]; then
  seed=$2 id=$(printf 'seed-%04d' "$2")
  w="$F_OUT/work/$id"
  rm -rf "$w" && mkdir -p "$w"
  "$F_GEN" "$seed" >"$w/$id.c" || { echo "base FAIL 0 0 generator-failed" >"$F_OUT/results/$id"; exit 0; }
  "$here/check.sh" --gcc "$F_GCC" --levels "$F_LEVELS" $F_SAN --work "$w" "$w/$id.c" \
      >"$F_OUT/results/$id" 2>&1
  if [ $? != 0 ]; then
    mkdir -p "$here/failures"
    f="$here/failures/$id$([ "$F_GCC" = 12 ] || echo "-gcc$F_GCC").c"
    fails=$(awk '$2 == "FAIL" { printf "%s%s %s", s, $1, $5; s = ", " }' "$F_OUT/results/$id")
    lv=$(awk '$2 == "FAIL" && $1 != "base" { printf "%s%s", s, $1; s = " " }' "$F_OUT/results/$id")
    {
      echo "/* FAIL ($fails) with gcc-$F_GCC. Reproduce: testsuite/fuzz/check.sh --gcc $F_GCC --levels \"${lv:-$F_LEVELS}\" ${f#$root/} */"
      cat "$w/$id.c"
    } >"$f"
    echo "$f" >"$w/saved-as"
  else
    rm -f "$w/base"; for l in $F_LEVELS; do rm -f "$w/plug${l#-}"; done   # keep the rest
  fi
  exit 0
fi

gcc=12 jobs=$(nproc 2>/dev/null || echo 2) levels="-O0 -O2" san= args=()
while [ $# -gt 0 ]; do
  case $1 in
    --gcc) gcc=$2; shift ;;
    --gcc=*) gcc=${1#--gcc=} ;;
    -j) jobs=$2; shift ;;
    -j*) jobs=${1#-j} ;;
    --levels) levels=$2; shift ;;
    --san) san=--san ;;
    -h|--help) sed -n '2,/^set -u/p' "$self" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    *) args+=("$1") ;;
  esac
  shift
done
count=${args[0]:-100} start=${args[1]:-1}
case "$count$start" in *[!0-9]*) echo "usage: run.sh [options] [COUNT [START]]" >&2; exit 2 ;; esac

plugin=${ESCAPE_PLUGIN:-$root/build/gcc-$gcc/escape.so}
[ -f "$plugin" ] || { echo "run.sh: $plugin missing: run make all first" >&2; exit 2; }
out="$root/build/fuzz"
mkdir -p "$out"
# One generator per GCC: a chroot's gcc links it against a newer libc.
gen="$out/gen-$gcc"
if [ ! -x "$gen" ] || [ "$here/gen.c" -nt "$gen" ]; then
  gcc -O2 -Wall -o "$gen.tmp.$$" "$here/gen.c" && mv "$gen.tmp.$$" "$gen" || { echo "run.sh: cannot build gen" >&2; exit 2; }
fi
logs="$out/gcc-$gcc"
# One run per GCC at a time: they share the work directories.
mkdir -p "$logs"
exec 9>"$logs/.lock"
if ! flock -n 9; then
  echo "run.sh: another run is using $logs; waiting for it" >&2
  flock 9
fi
rm -rf "$logs/results" && mkdir -p "$logs/results" "$logs/work"
export F_OUT="$logs" F_GEN="$gen" F_GCC="$gcc" F_LEVELS="$levels" F_SAN="$san"
[ -n "${ESCAPE_PLUGIN:-}" ] && export ESCAPE_PLUGIN

end=$((start + count - 1))
echo "fuzz: seeds $start..$end x [$levels], gcc-$gcc + $plugin, $jobs jobs"
t0=$SECONDS
# A long run says how far it got every FUZZ_PROGRESS seconds (default 300).
progress=
if [ "$count" -gt 200 ]; then
  ( while sleep "${FUZZ_PROGRESS:-300}"; do
      d=$(find "$logs/results" -type f | wc -l)
      f=$(grep -l ' FAIL ' "$logs/results"/* 2>/dev/null | wc -l)
      echo "fuzz: $d of $count seeds done, $f failed, $((SECONDS-t0))s"
    done ) &
  progress=$!
fi
seq "$start" "$end" | xargs -n 1 -P "$jobs" "$self" --job
[ -z "$progress" ] || kill "$progress" 2>/dev/null

pass=0 fail=0 conv=0 esc=0 ba=0 pa=0 failures=()
declare -A lpass lfail lconv lesc
for s in $(seq "$start" "$end"); do
  id=$(printf 'seed-%04d' "$s")
  r="$logs/results/$id"
  grep -qE '^[^ ]+ (PASS|FAIL) ' "$r" 2>/dev/null || echo "base FAIL 0 0 no-result" >>"$r"
  while read -r lv st c e x y; do
    case $st in
      PASS) pass=$((pass+1)); lpass[$lv]=$((${lpass[$lv]:-0}+1)); ba=$((ba+${x:-0})); pa=$((pa+${y:-0})) ;;
      FAIL) fail=$((fail+1)); lfail[$lv]=$((${lfail[$lv]:-0}+1))
            failures+=("$id $lv: $x ($(cat "$logs/work/$id/saved-as" 2>/dev/null), logs $logs/work/$id/)") ;;
      *) continue ;;
    esac
    conv=$((conv+c)) esc=$((esc+e))
    lconv[$lv]=$((${lconv[$lv]:-0}+c)) lesc[$lv]=$((${lesc[$lv]:-0}+e))
  done <"$r"
done

printf '%-6s %7s %7s %10s %9s\n' level passed failed converted escaping
for l in $levels base; do
  [ "$l" = base ] && [ -z "${lfail[base]:-}" ] && continue
  printf '%-6s %7d %7d %10d %9d\n' "$l" "${lpass[$l]:-0}" "${lfail[$l]:-0}" "${lconv[$l]:-0}" "${lesc[$l]:-0}"
done
sites=$((conv+esc))
echo "sites: $conv converted, $esc escaping ($(( sites ? 100*conv/sites : 0 ))% converted)"
echo "heap allocations at run time (passing runs): $ba without the plugin, $pa with it"
for f in "${failures[@]}"; do echo "FAIL: $f"; done
echo "logs: $logs/work/ (seed-NNNN/: program, build logs, outputs)"
echo "time: $((SECONDS-t0))s"
echo "$pass passed, $fail failed"
[ $fail = 0 ]

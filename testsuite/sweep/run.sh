#!/bin/bash
# testsuite/sweep/run.sh -- robustness sweep: GCC's own gcc.dg programs,
# compiled with and without the plugin.
#
#   run.sh [--sample | --full] [--gcc N] [-j JOBS] [--levels "-O0 -O2"] [FILE.c ...]
#
# Every gcc.dg/**/*.c of Debian's gcc-12-source (extracted once into
# build/sweep/src), or the fixed list sample.list (--sample, the default;
# what make check runs), or the named files (paths under gcc.dg), is
# compiled (-c, no link) at each level twice: without the plugin, then with
# -fplugin=build/gcc-N/escape.so -fplugin-arg-escape-alloc=malloc,calloc,strdup
# -fplugin-arg-escape-free=free -fplugin-arg-escape-m.  The programs are
# compiled as they are, without their dg-options: many need flags or
# targets they do not get here, and fail to build either way.
#
# FAIL: with the plugin, an internal compiler error (or a compiler killed
# by a signal) where the build without it had none (GCC's own crashes,
# such as those of some __RTL programs at levels they were not written
# for, are counted apart and pass), a hang (more than SWEEP_CC_TIMEOUT seconds, default 300,
# where the build without the plugin took less), or a build that fails
# where it built without the plugin.  Everything else passes (a program
# that fails to build either way, without a crash, included).  Prints each
# FAIL, then `N passed, M failed` (one per file and level) and the time
# taken; exits non-zero on any FAIL.  Results and the logs of FAILs:
# build/sweep/gcc-N-MODE/ (MODE: sample, full or files).
# ESCAPE_PLUGIN=PATH tests another escape.so; SWEEP_TARBALL=PATH takes the
# sources from another GCC tarball.
set -u -o pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
self="$here/$(basename "${BASH_SOURCE[0]}")"

# Internal: run.sh --job LEVEL NAME, settings in the environment; prints
# one line: PASS|FAIL LEVEL NAME [why].
if [ "${1:-}" = --job ]; then
  level=$1 level=$2 name=$3
  src="$S_SRC/$name" dir=$(dirname "$S_SRC/$name")
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/sweep.XXXXXX")
  t0=$(date +%s%N)
  timeout -k 5 "$S_TIMEOUT" "$S_CC" $level -w -I"$dir" -c "$src" -o "$tmp/base.o" \
      >"$tmp/base.log" 2>&1 </dev/null
  brc=$?
  t1=$(date +%s%N)
  timeout -k 5 "$S_TIMEOUT" "$S_CC" $level -w -I"$dir" $S_PLUGIN_FLAGS -c "$src" \
      -o "$tmp/plugin.o" >"$tmp/plugin.log" 2>&1 </dev/null
  prc=$?
  t2=$(date +%s%N)
  why= own= crash='internal compiler error|killed signal|terminated signal|segmentation fault'
  if grep -qiE "$crash" "$tmp/plugin.log"; then
    # GCC's own crash, the same without the plugin, is not the plugin's.
    [ "$(grep -iE "$crash" "$tmp/plugin.log" | sed 's/^[^:]*:[0-9:]* //' | sort -u)" = \
      "$(grep -iE "$crash" "$tmp/base.log" | sed 's/^[^:]*:[0-9:]* //' | sort -u)" ] \
      && own=1 || why=ice
  elif [ $prc = 124 ] || [ $prc = 137 ]; then
    [ $brc = 124 ] || [ $brc = 137 ] || why=hang
  elif [ $prc != 0 ] && [ $brc = 0 ]; then
    why=new-failure
  fi
  ms=$(( (t2 - t1) / 1000000 )) bms=$(( (t1 - t0) / 1000000 ))
  if [ -n "$why" ]; then
    d="$S_OUT/fail/${level#-}/$name"
    mkdir -p "$(dirname "$d")"
    { echo "# $S_CC $level -w -I$dir $S_PLUGIN_FLAGS -c $src"; cat "$tmp/plugin.log"; } >"$d.log"
    echo "FAIL $level $name $why $bms $ms"
  elif [ -n "$own" ]; then
    echo "PASS $level $name gcc-ice $bms $ms"
  else
    echo "PASS $level $name - $bms $ms"
  fi
  rm -rf "$tmp"
  exit 0
fi

mode=sample gcc=12 jobs=$(nproc) levels="-O0 -O2" files=()
while [ $# -gt 0 ]; do
  case $1 in
    --sample) mode=sample ;;
    --full) mode=full ;;
    --gcc) gcc=$2; shift ;;
    -j) jobs=$2; shift ;;
    --levels) levels=$2; shift ;;
    -h|--help) sed -n '2,/^set -u/p' "$self" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    *) files+=("$1"); mode=files ;;
  esac
  shift
done

command -v "gcc-$gcc" >/dev/null || { echo "run.sh: no gcc-$gcc" >&2; exit 2; }
plugin=${ESCAPE_PLUGIN:-$root/build/gcc-$gcc/escape.so}
[ -f "$plugin" ] || { echo "run.sh: no plugin $plugin (make all)" >&2; exit 2; }
out="$root/build/sweep"
export S_SRC="$out/src"
if [ ! -f "$S_SRC/.stamp" ]; then
  tarball=${SWEEP_TARBALL:-$(ls /usr/src/gcc-12/gcc-*.tar.xz 2>/dev/null | grep -v gm2 | head -1)}
  [ -f "$tarball" ] || { echo "run.sh: no GCC source tarball (apt-get install gcc-12-source, or set SWEEP_TARBALL)" >&2; exit 2; }
  echo "extracting gcc.dg from $tarball"
  tmp="$out/src.tmp.$$"
  rm -rf "$tmp" && mkdir -p "$tmp"
  tar -xJf "$tarball" -C "$tmp" --wildcards --strip-components=4 \
      'gcc-*/gcc/testsuite/gcc.dg/*' || { rm -rf "$tmp"; echo "run.sh: extraction failed" >&2; exit 2; }
  basename "$tarball" >"$tmp/.stamp"
  rm -rf "$S_SRC" && mv "$tmp" "$S_SRC"
fi

case $mode in
  full) mapfile -t names < <(cd "$S_SRC" && find . -name '*.c' | sed 's|^\./||' | LC_ALL=C sort) ;;
  sample) mapfile -t names < <(grep -v '^#' "$here/sample.list" | grep .) ;;
  files) names=("${files[@]}") ;;
esac
for n in "${names[@]}"; do
  [ -f "$S_SRC/$n" ] || { echo "run.sh: no such program: gcc.dg/$n" >&2; exit 2; }
done

export S_CC="gcc-$gcc" S_OUT="$out/gcc-$gcc-$mode" S_TIMEOUT=${SWEEP_CC_TIMEOUT:-300}
export S_PLUGIN_FLAGS="-fplugin=$plugin -fplugin-arg-escape-alloc=malloc,calloc,strdup -fplugin-arg-escape-free=free -fplugin-arg-escape-m"
rm -rf "$S_OUT" && mkdir -p "$S_OUT"
start=$(date +%s)
for n in "${names[@]}"; do
  for l in $levels; do
    printf '%s\0%s\0' "$l" "$n"
  done
done | xargs -0 -n 2 -P "$jobs" "$self" --job >"$S_OUT/results"
end=$(date +%s)
grep '^FAIL' "$S_OUT/results" | LC_ALL=C sort -k3
pass=$(grep -c '^PASS' "$S_OUT/results")
fail=$(grep -c '^FAIL' "$S_OUT/results")
for w in ice hang new-failure; do
  echo "$w: $(awk -v w=$w '$1 == "FAIL" && $4 == w' "$S_OUT/results" | wc -l)"
done
echo "internal compiler errors of GCC's own (also without the plugin; not counted): $(awk '$1 == "PASS" && $4 == "gcc-ice"' "$S_OUT/results" | wc -l)"
awk '{ b += $5; p += $6 } END { if (b) printf "compile time: %.1f s without the plugin, %.1f s with it (%+.1f%%)\n", b / 1000, p / 1000, (p - b) * 100 / b }' "$S_OUT/results"
echo "${#names[@]} files x $(echo $levels | wc -w) levels in $((end - start)) s"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]

#!/bin/bash
# testsuite/torture/run.sh -- GCC's C torture programs, with and without
# the plugin, compared.
#
#   run.sh [--compile] [--sample | --full | --extract] [--gcc N] [-j JOBS] [--levels "-O0 -O2"] [NAME.c...]
#
# The programs are gcc/testsuite/gcc.c-torture/execute/*.c (top level only)
# from Debian's gcc-12-source tarball, extracted once into build/torture/src.
# For each program and each optimization level:
#
#   baseline  gcc-N LEVEL -w -fsanitize=address, no plugin, run twice.  A
#             program that does not build, does not exit 0 with no sanitizer
#             report, or prints something else the second time (addresses)
#             is SKIPPED: many torture programs need target-specific flags.
#             Baselines are cached per compiler version (they do not depend
#             on the plugin).
#   plugin    the same, plus -fplugin=build/gcc-N/escape.so with
#             alloc=malloc,calloc free=free m.  FAIL when the compiler crashes
#             (internal compiler error, signal, timeout) or fails where the
#             baseline built, or when the program's exit code or stdout
#             differs from the baseline, or AddressSanitizer reports anything
#             (run with detect_stack_use_after_return=1).
#
# --compile takes gcc.c-torture/compile/*.c instead (build/torture/
# src-compile): odd and hard C that GCC once crashed on.  Each is only
# compiled (-c -w), with and without the plugin; FAIL when the plugin
# build crashes, times out or fails where the baseline compiled.  Its
# sample is sample-compile.list; logs go to build/torture/gcc-N-compile/.
#
# Converted sites are counted from the `NAME(SIZE) does not escape` notes.
# --sample (the default) runs the fixed list in sample.list (every program
# that calls an allocator or free, then an even spread of the rest);
# --full runs all of them; NAME.c arguments run just those; --extract only
# extracts the sources (make check does, before it enters a chroot that has
# no gcc-12-source).  -j defaults
# to the number of CPUs.  ESCAPE_PLUGIN=PATH tests another escape.so;
# TORTURE_TARBALL=PATH takes the sources from another GCC tarball;
# TORTURE_RUN_TIMEOUT / TORTURE_CC_TIMEOUT (seconds, default 10 / 300)
# bound each run / compilation.  Exit status is 0 only with no FAIL (2 when
# it cannot run at all); the last line is `N passed, M failed`.  Logs:
# build/torture/gcc-N/.
set -u -o pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
self="$here/$(basename "${BASH_SOURCE[0]}")"

# ---------------------------------------------------------------- one job
# Internal: run.sh --job LEVEL NAME, with the settings in the environment.
if [ "${1:-}" = --job ]; then
  level=$2 name=$3
  src="$T_SRC/$name"
  base="$T_BASE/${level#-}/${name%.c}"
  work="$T_WORK/${level#-}/${name%.c}"
  res="$T_RES/${level#-}/${name%.c}"
  mkdir -p "$base" "$work" "$(dirname "$res")"
  # malloc stands in for a GC allocator, which returns zeroed memory, as
  # converted storage is (SPEC 6): ASan fills malloc's blocks with zeros
  # instead of 0xbe, so a program that reads a block before writing it
  # (941014-2.c) prints the same with and without the plugin.
  export ASAN_OPTIONS=detect_stack_use_after_return=1:detect_leaks=0:abort_on_error=0:malloc_fill_byte=0
  export UBSAN_OPTIONS=

  # Run ./a.out of directory $1 (cwd there, stdin empty); leaves out, err, rc.
  run_exe () {
    ( cd "$1" && timeout -k 2 "$T_RUN_TIMEOUT" ./a.out </dev/null >out 2>err; echo $? >rc ) 2>/dev/null
  }

  # compile_job: the --compile kind, both sides only compiled.
  compile_job () {
    if [ ! -f "$base/status" ]; then
      if timeout -k 5 "$T_CC_TIMEOUT" "$T_CC" $level $T_FLAGS -c "$src" -o "$base/x.o" \
           >"$base/build.log" 2>&1; then
        echo ok >"$base/status.tmp"
      else
        echo build-fail >"$base/status.tmp"
      fi
      rm -f "$base/x.o"
      mv "$base/status.tmp" "$base/status"
    fi
    if [ "$(cat "$base/status")" != ok ]; then
      echo "SKIP 0 0 baseline-$(cat "$base/status")" >"$res"; return
    fi
    timeout -k 5 "$T_CC_TIMEOUT" "$T_CC" $level $T_FLAGS $T_PLUGIN_FLAGS -c "$src" \
        -o "$work/x.o" >"$work/build.log" 2>&1
    crc=$?
    conv=$(grep -cE 'note: [A-Za-z_][A-Za-z0-9_.]*\([^)]*\) does not escape$' "$work/build.log")
    esc=$(grep -cE 'note: [A-Za-z_][A-Za-z0-9_.]*\([^)]*\) escapes to heap' "$work/build.log")
    rm -f "$work/x.o"
    if grep -qiE 'internal compiler error|killed signal|terminated signal|segmentation fault' "$work/build.log"; then
      echo "FAIL $conv $esc compiler-crash" >"$res"
    elif [ $crc = 124 ] || [ $crc = 137 ]; then
      echo "FAIL $conv $esc compiler-timeout" >"$res"
    elif [ $crc != 0 ]; then
      echo "FAIL $conv $esc build-failed" >"$res"
    else
      echo "PASS $conv $esc" >"$res"
    fi
  }
  if [ "$T_KIND" = compile ]; then compile_job; exit 0; fi

  # Baseline, cached: $base/status is ok, build-fail or run-fail.
  if [ ! -f "$base/status" ]; then
    rm -f "$base/a.out"
    if timeout -k 5 "$T_CC_TIMEOUT" "$T_CC" $level $T_FLAGS "$src" -o "$base/a.out" -lm \
         >"$base/build.log" 2>&1; then
      run_exe "$base"
      if [ "$(cat "$base/rc")" = 0 ] && ! grep -q 'Sanitizer' "$base/err"; then
        # Run it again: a program that prints addresses cannot be compared.
        mv "$base/out" "$base/out.1"
        run_exe "$base"
        if cmp -s "$base/out" "$base/out.1" && [ "$(cat "$base/rc")" = 0 ]; then
          echo ok >"$base/status.tmp"
        else
          echo nondeterministic >"$base/status.tmp"
        fi
        rm -f "$base/out.1"
      else
        echo run-fail >"$base/status.tmp"
      fi
    else
      echo build-fail >"$base/status.tmp"
    fi
    rm -f "$base/a.out"   # keep the cache small: out, rc, status suffice
    mv "$base/status.tmp" "$base/status"
  fi
  bstatus=$(cat "$base/status")
  if [ "$bstatus" != ok ]; then
    echo "SKIP 0 0 baseline-$bstatus" >"$res"
    exit 0
  fi

  # With the plugin.
  rm -f "$work/a.out" "$work/out" "$work/err" "$work/rc"
  timeout -k 5 "$T_CC_TIMEOUT" "$T_CC" $level $T_FLAGS $T_PLUGIN_FLAGS "$src" \
      -o "$work/a.out" -lm >"$work/build.log" 2>&1
  crc=$?
  conv=$(grep -cE 'note: [A-Za-z_][A-Za-z0-9_.]*\([^)]*\) does not escape$' "$work/build.log")
  esc=$(grep -cE 'note: [A-Za-z_][A-Za-z0-9_.]*\([^)]*\) escapes to heap' "$work/build.log")
  if grep -qiE 'internal compiler error|killed signal|terminated signal|segmentation fault' "$work/build.log"; then
    echo "FAIL $conv $esc compiler-crash" >"$res"; exit 0
  elif [ $crc = 124 ] || [ $crc = 137 ]; then
    echo "FAIL $conv $esc compiler-timeout" >"$res"; exit 0
  elif [ $crc != 0 ]; then
    echo "FAIL $conv $esc build-failed" >"$res"; exit 0
  fi
  run_exe "$work"
  rc=$(cat "$work/rc")
  if grep -q 'Sanitizer' "$work/err"; then
    why=$(grep -m1 -oE 'ERROR: [A-Za-z]*Sanitizer: [a-z-]+' "$work/err" | sed 's/.*: //')
    echo "FAIL $conv $esc asan-${why:-report}" >"$res"
  elif [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
    echo "FAIL $conv $esc run-timeout" >"$res"
  elif [ "$rc" != "$(cat "$base/rc")" ]; then
    echo "FAIL $conv $esc exit-code-$rc" >"$res"
  elif ! cmp -s "$work/out" "$base/out"; then
    echo "FAIL $conv $esc stdout-differs" >"$res"
  else
    echo "PASS $conv $esc" >"$res"
    rm -f "$work/a.out"
  fi
  exit 0
fi

# ---------------------------------------------------------------- driver
kind=execute mode=sample gcc=12 jobs=$(nproc 2>/dev/null || echo 2) levels="-O0 -O2" names=()
while [ $# -gt 0 ]; do
  case $1 in
    --compile) kind=compile ;;
    --extract) mode=extract ;;
    --sample) mode=sample ;;
    --full) mode=full ;;
    --gcc) gcc=$2; shift ;;
    --gcc=*) gcc=${1#--gcc=} ;;
    -j) jobs=$2; shift ;;
    -j*) jobs=${1#-j} ;;
    --levels) levels=$2; shift ;;
    -h|--help) sed -n '2,/^set -u/p' "$self" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    *) mode=list; names+=("$(basename "$1")") ;;
  esac
  shift
done


# Extract the sources once.
out="$root/build/torture"
export T_KIND=$kind
if [ $kind = compile ]; then
  export T_SRC="$out/src-compile"
  sample="$here/sample-compile.list" logs="$out/gcc-$gcc-compile"
else
  export T_SRC="$out/src"
  sample="$here/sample.list" logs="$out/gcc-$gcc"
fi
if [ ! -f "$T_SRC/.stamp" ]; then
  tarball=${TORTURE_TARBALL:-$(ls /usr/src/gcc-12/gcc-*.tar.xz 2>/dev/null | grep -v gm2 | head -1)}
  [ -f "$tarball" ] || { echo "run.sh: no GCC source tarball (apt-get install gcc-12-source, or set TORTURE_TARBALL)" >&2; exit 2; }
  echo "extracting torture programs from $tarball"
  tmp="$out/src.tmp.$$"
  rm -rf "$tmp" && mkdir -p "$tmp"
  tar -xJf "$tarball" -C "$tmp" --wildcards --no-wildcards-match-slash --strip-components=5 \
      "gcc-*/gcc/testsuite/gcc.c-torture/$kind/*.c" || { rm -rf "$tmp"; echo "run.sh: extraction failed" >&2; exit 2; }
  basename "$tarball" >"$tmp/.stamp"
  rm -rf "$T_SRC" && mv "$tmp" "$T_SRC"
fi

[ $mode != extract ] || exit 0
export T_CC="gcc-$gcc"
plugin=${ESCAPE_PLUGIN:-$root/build/gcc-$gcc/escape.so}
command -v "$T_CC" >/dev/null || { echo "run.sh: $T_CC not found" >&2; exit 2; }
[ -f "$plugin" ] || { echo "run.sh: $plugin missing: run make all first" >&2; exit 2; }

case $mode in
  full) mapfile -t names < <(cd "$T_SRC" && ls -1 -- *.c | LC_ALL=C sort) ;;
  sample) mapfile -t names < <(grep -v '^#' "$sample" | grep .) ;;
esac
missing=0
for n in "${names[@]}"; do
  [ -f "$T_SRC/$n" ] || { echo "run.sh: no such torture program: $n" >&2; missing=1; }
done
[ $missing = 0 ] || exit 2

if [ $kind = compile ]; then
  export T_FLAGS="-w"
else
  export T_FLAGS="-w -fsanitize=address -fno-omit-frame-pointer"
fi
export T_PLUGIN_FLAGS="-fplugin=$plugin -fplugin-arg-escape-alloc=malloc,calloc -fplugin-arg-escape-free=free -fplugin-arg-escape-m"
export T_RUN_TIMEOUT=${TORTURE_RUN_TIMEOUT:-10} T_CC_TIMEOUT=${TORTURE_CC_TIMEOUT:-300}
ver=$("$T_CC" -dumpfullversion 2>/dev/null || "$T_CC" -dumpversion)
key=$(echo "3 $ver $T_FLAGS $T_RUN_TIMEOUT" | md5sum | cut -c1-8)   # 3: baseline runs twice, malloc zero-filled
export T_BASE="$logs/baseline-$ver-$key" T_WORK="$logs/work" T_RES="$logs/results"
# One run per GCC at a time: they share the work directories.
mkdir -p "$logs"
exec 9>"$logs/.lock"
if ! flock -n 9; then
  echo "run.sh: another run is using $logs; waiting for it" >&2
  flock 9
fi
rm -rf "$T_RES"
for l in $levels; do rm -rf "$T_WORK/${l#-}"; done
mkdir -p "$T_BASE" "$T_WORK" "$T_RES"

# A plugin that does not load would fail every program: say so once.
echo 'int main (void) { return 0; }' >"$logs/empty.c"
if ! "$T_CC" $T_PLUGIN_FLAGS -c "$logs/empty.c" -o "$logs/empty.o" 2>"$logs/empty.log"; then
  echo "run.sh: $T_CC does not load $plugin:" >&2; sed 's/^/  /' "$logs/empty.log" >&2; exit 2
fi

echo "torture ($kind, $mode): ${#names[@]} programs x [$levels], $T_CC + $plugin, $jobs jobs"
start=$SECONDS
for l in $levels; do for n in "${names[@]}"; do printf '%s\n%s\n' "$l" "$n"; done; done |
  xargs -d '\n' -n 2 -P "$jobs" "$self" --job

# Summary, deterministic order.
total_pass=0 total_fail=0 failures=() skips=()
printf '%-6s %6s %6s %8s %9s %8s %6s\n' level run skipped passed converted escaping failed
for l in $levels; do
  run=0 skip=0 pass=0 fail=0 conv=0 esc=0 sb=0 sr=0 sn=0
  for n in "${names[@]}"; do
    r="$T_RES/${l#-}/${n%.c}"
    if [ -f "$r" ]; then read -r st c e why <"$r"; else st=FAIL c=0 e=0 why=no-result; fi
    case $st in
      SKIP) skip=$((skip+1))
            case $why in *build-fail) sb=$((sb+1)) ;; *run-fail) sr=$((sr+1)) ;; *) sn=$((sn+1)) ;; esac
            continue ;;
      PASS) pass=$((pass+1)) ;;
      *) fail=$((fail+1)); failures+=("$l $n: $why (log: $T_WORK/${l#-}/${n%.c}/)") ;;
    esac
    run=$((run+1)) conv=$((conv+c)) esc=$((esc+e))
  done
  printf '%-6s %6d %6d %8d %9d %8d %6d\n' "$l" $run $skip $pass $conv $esc $fail
  total_pass=$((total_pass+pass)) total_fail=$((total_fail+fail))
  if [ "$kind" = compile ]; then
    skips+=("$l skipped: $sb do not build (without the plugin)")
  else
    skips+=("$l skipped: $sb do not build, $sr do not run cleanly, $sn print different output twice (without the plugin)")
  fi
done
for f in "${skips[@]}"; do echo "$f"; done
for f in "${failures[@]}"; do echo "FAIL: $f"; done
echo "logs: $logs/ (work/LEVEL/NAME/build.log per program; baselines cached in $(basename "$T_BASE"))"
echo "time: $((SECONDS-start))s"
echo "$total_pass passed, $total_fail failed"
[ $total_fail = 0 ]

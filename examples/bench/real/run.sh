#!/bin/bash
# bench/real/run.sh -- the plugin measured on real GC-backed C code bases
# that we did not write (`make bench REAL=...`).  Their code is never in
# this repository: each is given by path, and how to build, test and
# exercise it is a recipe of ours, in recipes/ here (see "Recipes" below).
#
#   examples/bench/real/run.sh NAME=SRC [NAME=SRC...]
#   make bench REAL='w3m=/work/ext/w3m dfsch=/work/ext/dfsch bdwgc=/work/ext/bdwgc'
#
# The recipes here, and where their sources come from (any commit):
#   w3m     git clone https://github.com/tats/w3m /work/ext/w3m
#   dfsch   git clone https://github.com/adh/dfsch /work/ext/dfsch
#   bdwgc   git clone https://github.com/ivmai/bdwgc /work/ext/bdwgc
#           (the collector's own test programs; the collector is built
#           without the plugin)
#
# For each code base, at $OPT (-O2 -g), with ALLOC, FREE and REALLOC from its recipe:
#   (a) plain     without the plugin
#   (b) plugin    -fplugin=$PLUGIN -fplugin-arg-escape-alloc=ALLOC [free=FREE] [realloc=REALLOC]
#   (c) notes     (b) plus -fplugin-arg-escape-m: sites noted, converted,
#                 kept on the heap by reason (each distinct location and
#                 decision printed counts once)
#   (d) lto       (c) plus -flto -flto-partition=one, the plugin and its
#                 options on the link line too; notes printed by the link
#                 step are counted apart, so a plugin that analyses only at
#                 compile time says so
# (a) and (b) are built ROUNDS times, alternating (ab, ba, ab...), wall and
# CPU time of the whole compile; the ratio is the median of the per-round
# ratios.  The file with the most compile CPU time in (a) is then compiled
# alone FILE_ROUNDS times each way, alternating.  (a), (b) and (d) run the
# code base's own tests (they must pass as in (a)) and its workload (its
# output must be byte-identical to (a)'s) under the counting shim count.so
# (GC_malloc-family calls, count.c).  Prints one markdown table and writes
# everything under OUT (raw logs, notes, counts, table.md), with
# OUT/NAME/sites.txt (sites.sh): every site, its function and its reason.
#
# Environment: CC (gcc-12), PLUGIN (build/gcc-12/escape.so), OPT (-O2 -g),
# ROUNDS (3), FILE_ROUNDS (5), JOBS (nproc), RECIPES (directory of
# NAME.sh recipes; default: examples/bench/real/recipes, ours, in this
# repository: their code is not, ours is),
# WORK (build/bench/real: build trees), OUT ($WORK/results), DOC (write the
# table into this markdown file's "Real code bases" section; default none).
#
# Recipes.  RECIPES/NAME.sh is sourced (bash) and defines:
#   DESC="..."           one line for the docs: what it is, where it comes
#                         from, what its tests and workload are
#   COMMIT=...            the commit SRC was taken at, when SRC is not a
#                         git work tree (an extracted snapshot)
#   ALLOC=GC_malloc,...   the allocators named to the plugin
#   FREE=GC_free          the deallocators (may be empty)
#   REALLOC=GC_realloc    the reallocators (may be empty)
#   setup SRC DIR         make an unbuilt build tree DIR (untimed; may
#                         configure; sees CC, OPT, XCFLAGS, XLDFLAGS)
#   compile DIR           build everything measured, with the extra compile
#                         flags XCFLAGS and link flags XLDFLAGS (timed)
#   clean DIR             remove what compile built (untimed)
#   run_tests DIR         run its own tests; last line "N passed, M failed";
#                         status 0 when they pass
#   workload DIR OUTDIR   run the workload, outputs to files in OUTDIR
# Variables a recipe may use: CC, OPT, JOBS, WORKDIR (its scratch
# directory), RECIPES; and the function copy_tree SRC DIR.  Exit status: 0 when every build succeeded and every
# test and output matched the plain build's; 1 otherwise.

set -u -o pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)

CC=${CC:-gcc-12}
[ "$CC" = cc ] && CC=gcc-12
PLUGIN=${PLUGIN:-$root/build/gcc-12/escape.so}
OPT=${OPT:-"-O2 -g"}
ROUNDS=${ROUNDS:-3}
FILE_ROUNDS=${FILE_ROUNDS:-5}
JOBS=${JOBS:-$(nproc)}
WORK=${WORK:-$root/build/bench/real}
OUT=${OUT:-$WORK/results}
DOC=${DOC:-}

say () { printf '%s\n' "$*"; }
die () { printf 'bench/real: %s\n' "$*" >&2; exit 1; }

[ $# -gt 0 ] || die "give code bases as NAME=SRC (e.g. w3m=/work/ext/w3m); see the top of $0"
[ -f "$PLUGIN" ] || die "no plugin at $PLUGIN (run make at the top level)"
PLUGIN=$(cd "$(dirname "$PLUGIN")" && pwd)/$(basename "$PLUGIN")
REAL_CC=$(command -v "$CC") || die "no compiler $CC"
if [ -z "${RECIPES:-}" ]; then
  RECIPES=$here/recipes
fi
[ -d "$RECIPES" ] || die "no recipe directory $RECIPES (set RECIPES=DIR; see the top of $0)"
RECIPES=$(cd "$RECIPES" && pwd)
for arg; do
  case $arg in
    *=*) ;;
    *) die "not NAME=SRC: $arg" ;;
  esac
  [ -d "${arg#*=}" ] || die "no source tree ${arg#*=} for ${arg%%=*}"
  [ -f "$RECIPES/${arg%%=*}.sh" ] || die "no recipe $RECIPES/${arg%%=*}.sh for ${arg%%=*}"
done

mkdir -p "$WORK/bin" "$OUT"
OUT=$(cd "$OUT" && pwd)
WORK=$(cd "$WORK" && pwd)
gcc -O2 -Wall -shared -fPIC -o "$WORK/count.so" "$here/count.c" -ldl || die "count.so did not build"
SHIM=$WORK/count.so

# The compiler wrapper: every compile (-c) appends "CPU-SECONDS TAB DIR TAB
# ARGS" to $CC_LOG; every link with -flto also appends its stderr (the
# link-time notes) to $LINK_LOG.
cat > "$WORK/bin/cc" <<EOF
#!/bin/bash
real=$REAL_CC
case " \$* " in
  *" -c "*)
    if [ -n "\${CC_LOG:-}" ]; then
      tf=\$(mktemp)
      /usr/bin/time -f '%U %S' -o "\$tf" "\$real" "\$@"
      rc=\$?
      t=\$(tail -1 "\$tf" | awk '{ print \$1 + \$2 }')
      rm -f "\$tf"
      printf '%s\t%s\t%s\n' "\$t" "\$PWD" "\$(printf '%q ' "\$@")" >> "\$CC_LOG"
      exit \$rc
    fi ;;
  *" -flto"*)
    if [ -n "\${LINK_LOG:-}" ]; then
      ef=\$(mktemp)
      "\$real" "\$@" 2> "\$ef"
      rc=\$?
      cat "\$ef" >&2
      cat "\$ef" >> "\$LINK_LOG"
      rm -f "\$ef"
      exit \$rc
    fi ;;
esac
exec "\$real" "\$@"
EOF
chmod +x "$WORK/bin/cc"
export CC="$WORK/bin/cc" OPT JOBS RECIPES

# copy_tree SRC DIR: for a recipe's setup, DIR becomes a fresh copy of
# SRC's tracked files (a git work tree) or of all of them.
copy_tree () {
  rm -rf "$2"
  mkdir -p "$2"
  (cd "$1" && git archive --format=tar HEAD 2>/dev/null || tar -cf - --exclude=.git .) | tar -xf - -C "$2"
}

stats_median () {
  sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "-"; exit }
    print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# timed_compile DIR LOG TIMES: clean, then compile, appending
# "WALL USER+SYS" to TIMES; returns the compile's status.
timed_compile () {
  local dir=$1 log=$2 times=$3 t rc
  clean "$dir"
  TIMEFORMAT='%R %U %S'
  { time compile "$dir" > "$log" 2>&1; } 2> "$log.time"
  rc=$?
  t=$(tail -1 "$log.time")
  awk -v t="$t" 'BEGIN { split(t, a, " "); printf "%.2f %.2f\n", a[1], a[2] + a[3] }' >> "$times"
  return $rc
}

# notes LOG OUTFILE: the distinct site notes of a build log, one a line,
# "LOCATION<TAB>converted|heap<TAB>REASON".
site_notes () {
  sed 's/\x1b\[[0-9;]*[mK]//g' "$1" \
    | grep -E ': note: [A-Za-z_][A-Za-z0-9_]*\(.*\) (does not escape|escapes to heap)' \
    | sort -u \
    | awk '{
        loc = $0; sub(/: note: .*/, "", loc)
        if ($0 ~ /\) does not escape/) { print loc "\tconverted\t-"; next }
        r = $0; sub(/.*\) escapes to heap:? */, "", r); sub(/;.*/, "", r)
        if (r == "") r = "-"
        print loc "\theap\t" r }' > "$2"
}

# summary NOTES: "noted converted" and the top reasons "r1 N, r2 N, ...".
notes_counts () { awk -F'\t' '{ n++ } $2 == "converted" { c++ } END { printf "%d %d\n", n, c }' "$1"; }
notes_reasons () {
  awk -F'\t' '$2 == "heap" { r[$3]++ } END { for (k in r) printf "%d\t%s\n", r[k], k }' "$1" \
    | sort -k1,1nr -k2 | head -"${2:-4}" | awk -F'\t' '{ printf "%s%s %d", (NR > 1 ? ", " : ""), $2, $1 }'
}

# counted DIR-OF-COUNTS: total GC_malloc-family calls in a count file.
count_total () { [ -f "$1" ] && awk '{ s += $3 } END { printf "%d\n", s }' "$1" || echo 0; }

# run_counted DIR VARIANT: tests and workload under the shim; writes
# $RES/VARIANT.{tests,counts,...}; prints "TESTLINE" to $RES/VARIANT.tests.
run_counted () {
  local dir=$1 v=$2
  rm -f "$RES/$v.tests.counts" "$RES/$v.work.counts"
  GC_COUNT_FILE=$RES/$v.tests.counts LD_PRELOAD=$SHIM run_tests "$dir" > "$RES/$v.tests.log" 2>&1
  echo $? > "$RES/$v.tests.status"
  rm -rf "$RES/$v.out"
  GC_COUNT_FILE=$RES/$v.work.counts LD_PRELOAD=$SHIM workload "$dir" "$RES/$v.out" > "$RES/$v.work.log" 2>&1
  echo $? > "$RES/$v.work.status"
}

fail=0
table=$OUT/table.md
start_all=$(date +%s)
{
  say "| code base | sites converted / noted | top reasons kept on the heap | GC allocations at run time, plain -> plugin | removed | -flto partition=one | build time (wall, CPU) | slowest file (CPU) | tests |"
  say "| --- | ---: | --- | ---: | ---: | --- | ---: | ---: | --- |"
} > "$table"

for arg; do
  name=${arg%%=*}
  src=$(cd "${arg#*=}" && pwd)
  RES=$OUT/$name
  WORKDIR=$WORK/$name
  rm -rf "$RES"
  mkdir -p "$RES" "$WORKDIR"
  export WORKDIR
  unset -f setup compile clean run_tests workload
  ALLOC= FREE= REALLOC= DESC= COMMIT=
  # shellcheck disable=SC1090
  . "$RECIPES/$name.sh"
  [ -n "$ALLOC" ] || die "$RECIPES/$name.sh sets no ALLOC"
  PF="-fplugin=$PLUGIN -fplugin-arg-escape-alloc=$ALLOC"
  [ -n "$FREE" ] && PF="$PF -fplugin-arg-escape-free=$FREE"
  [ -n "$REALLOC" ] && PF="$PF -fplugin-arg-escape-realloc=$REALLOC"
  declare -A XC=([plain]="" [plugin]="$PF" [notes]="$PF -fplugin-arg-escape-m -fdiagnostics-color=never"
                 [lto]="$PF -fplugin-arg-escape-m -fdiagnostics-color=never -flto -flto-partition=one")
  declare -A XL=([plain]="" [plugin]="$PF" [notes]="$PF"
                 [lto]="$PF -fplugin-arg-escape-m -fdiagnostics-color=never -flto -flto-partition=one")
  t0=$(date +%s)
  say "== $name ($src)"
  {
    say "code base: $name"
    say "desc: $DESC"
    say "source: $src"
    c=$(git -C "$src" rev-parse HEAD 2>/dev/null || echo "$COMMIT")
    [ -n "$c" ] && say "commit: $c"
    say "recipe: $RECIPES/$name.sh"
    say "compiler: $("$REAL_CC" --version | head -1)"
    say "plugin: $PLUGIN"
    say "plugin flags: $PF"
    say "OPT: $OPT"
  } > "$RES/info.txt"

  ok=1
  for v in plain plugin notes lto; do
    XCFLAGS=${XC[$v]} XLDFLAGS=${XL[$v]}
    export XCFLAGS XLDFLAGS
    if ! setup "$src" "$WORKDIR/$v" > "$RES/$v.setup.log" 2>&1; then
      say "   $v: setup failed (see $RES/$v.setup.log)"
      ok=0
    fi
  done
  [ $ok = 1 ] || { fail=1; say "| $name | setup failed | | | | | | | |" >> "$table"; continue; }

  # (c) and (d): one build each, notes kept.
  built_lto=1
  for v in notes lto; do
    XCFLAGS=${XC[$v]} XLDFLAGS=${XL[$v]}
    export XCFLAGS XLDFLAGS
    rm -f "$RES/$v.link.log"
    if ! LINK_LOG=$RES/$v.link.log timed_compile "$WORKDIR/$v" "$RES/$v.build.log" "$RES/$v.times"; then
      say "   $v: build failed (see $RES/$v.build.log)"
      [ $v = lto ] && built_lto=0 || { ok=0; fail=1; }
    fi
  done
  site_notes "$RES/notes.build.log" "$RES/notes.sites"
  "$here/sites.sh" "$RES/notes.build.log" > "$RES/sites.txt"
  read -r noted conv < <(notes_counts "$RES/notes.sites")
  reasons=$(notes_reasons "$RES/notes.sites" 4)
  touch "$RES/lto.link.log"
  site_notes "$RES/lto.link.log" "$RES/lto.link.sites"
  site_notes "$RES/lto.build.log" "$RES/lto.all.sites"
  read -r lnoted lconv < <(notes_counts "$RES/lto.link.sites")
  read -r anoted aconv < <(notes_counts "$RES/lto.all.sites")
  if [ $built_lto = 0 ]; then
    # The same build without the plugin tells whose failure it is.
    XCFLAGS="-flto -flto-partition=one" XLDFLAGS="-flto -flto-partition=one"
    export XCFLAGS XLDFLAGS
    if setup "$src" "$WORKDIR/lto-plain" > "$RES/lto-plain.setup.log" 2>&1 \
       && timed_compile "$WORKDIR/lto-plain" "$RES/lto-plain.build.log" "$RES/lto-plain.times"; then
      lto_msg="build FAILED with the plugin only"
      say "   lto: the -flto -flto-partition=one build FAILED with the plugin and builds without it (see $RES/lto.build.log)"
      fail=1
    else
      lto_msg="build failed, without the plugin too"
      say "   lto: the -flto -flto-partition=one build failed, and fails without the plugin too: a problem of the"
      say "        code base or its recipe under -flto (see $RES/lto.build.log, $RES/lto-plain.build.log)"
    fi
    rm -rf "$WORKDIR/lto-plain"
  elif [ "$lnoted" -gt 0 ]; then
    lto_msg="$lconv / $lnoted at link time"
    say "   lto: link-time analysis: $lconv of $lnoted sites converted"
  else
    lto_msg="no link-time analysis ($aconv / $anoted at compile time)"
    say "   lto: NO NOTES FROM THE LINK STEP: this plugin does not analyse in LTRANS units (issue 13's"
    say "        placement); with -flto it decided at compile time only ($aconv of $anoted sites converted)"
  fi
  say "   notes: $conv of $noted sites converted; kept: $reasons"

  # (a) and (b): alternating rounds.
  rm -f "$RES/plain.times" "$RES/plugin.times" "$RES/plain.cc.log" "$RES/plugin.cc.log"
  for ((r = 1; r <= ROUNDS; r++)); do
    order="plain plugin"
    [ $((r % 2)) = 0 ] && order="plugin plain"
    for v in $order; do
      XCFLAGS=${XC[$v]} XLDFLAGS=${XL[$v]}
      export XCFLAGS XLDFLAGS
      rm -f "$RES/$v.cc.log"
      if ! CC_LOG=$RES/$v.cc.log timed_compile "$WORKDIR/$v" "$RES/$v.build.log" "$RES/$v.times"; then
        say "   $v: build failed in round $r (see $RES/$v.build.log)"
        ok=0
        fail=1
        break 2
      fi
    done
    say "   round $r: plain $(sed -n ${r}p "$RES/plain.times") s, plugin $(sed -n ${r}p "$RES/plugin.times") s (wall, CPU)"
  done
  if [ $ok = 1 ]; then
    wall_ratio=$(paste -d' ' "$RES/plain.times" "$RES/plugin.times" | awk '{ print $3 / $1 }' | stats_median)
    cpu_ratio=$(paste -d' ' "$RES/plain.times" "$RES/plugin.times" | awk '{ print $4 / $2 }' | stats_median)
    pw=$(awk '{ print $1 }' "$RES/plain.times" | stats_median)
    build_msg=$(awk -v w="$wall_ratio" -v c="$cpu_ratio" -v p="$pw" 'BEGIN { printf "%+.1f%%, %+.1f%% (plain %.0f s)", 100 * (w - 1), 100 * (c - 1), p }')
  else
    build_msg="build failed"
  fi

  # The slowest file of (a), compiled alone each way.
  file_msg=-
  if [ $ok = 1 ] && [ -s "$RES/plain.cc.log" ]; then
    IFS=$'\t' read -r ft fdir fargs < <(sort -t$'\t' -k1,1gr "$RES/plain.cc.log" | head -1)
    eval "fa=($fargs)"
    # Drop -o FILE and the dependency-file options (automake's -MT FILE -MD
    # -MP -MF FILE among them: -MP alone is an error); write to a scratch
    # object.
    args=() skip=0
    for a in "${fa[@]}"; do
      if [ $skip = 1 ]; then skip=0; continue; fi
      case $a in
        -o|-MF|-MQ|-MT) skip=1 ;;
        -MD|-MMD|-MP) ;;
        *) args+=("$a") ;;
      esac
    done
    fsrc=$(printf '%s\n' "${args[@]}" | grep -E '\.c$' | tail -1)
    rm -f "$RES/file.times"
    file_ok=1
    read -r -a pfa <<< "$PF"
    for ((r = 1; r <= FILE_ROUNDS; r++)); do
      for v in plain plugin; do
        extra=()
        [ $v = plugin ] && extra=("${pfa[@]}")
        (cd "$fdir" && /usr/bin/time -f '%U %S' -o "$WORKDIR/file.time" \
           "$REAL_CC" "${args[@]}" "${extra[@]}" -o "$WORKDIR/file.o") > /dev/null 2>&1 \
          || file_ok=0
        tail -1 "$WORKDIR/file.time" | awk '{ printf "%s ", $1 + $2 }' >> "$RES/file.times"
      done
      echo >> "$RES/file.times"
    done
    if [ $file_ok = 1 ]; then
      fratio=$(awk '$1 > 0 { print $2 / $1 }' "$RES/file.times" | stats_median)
      fplain=$(awk '{ print $1 }' "$RES/file.times" | stats_median)
      file_msg=$(awk -v r="$fratio" -v p="$fplain" -v f="$(basename "$fsrc")" 'BEGIN { printf "%s %+.1f%% (plain %.2f s)", f, 100 * (r - 1), p }')
    else
      file_msg="$(basename "$fsrc") did not compile alone"
    fi
    say "   slowest file: $file_msg"
  fi

  # Tests and workload, counted, for (a), (b) and (d).
  test_msg=
  for v in plain plugin lto; do
    [ $v = lto ] && [ $built_lto = 0 ] && continue
    [ $ok = 0 ] && [ $v != lto ] && continue
    run_counted "$WORKDIR/$v" $v
    tl=$(tail -1 "$RES/$v.tests.log")
    st=$(cat "$RES/$v.tests.status")
    same=yes
    if [ $v != plain ]; then
      if ! diff -r "$RES/plain.out" "$RES/$v.out" > "$RES/$v.out.diff" 2>&1; then
        same=no
      fi
      if [ "$st" != "$(cat "$RES/plain.tests.status")" ] || [ "$tl" != "$(tail -1 "$RES/plain.tests.log")" ]; then
        same=no
      fi
      [ "$(cat "$RES/$v.work.status")" = "$(cat "$RES/plain.work.status")" ] || same=no
      [ $same = yes ] || { fail=1; say "   $v: TESTS OR OUTPUT DIFFER from the plain build (see $RES/$v.*)"; }
    fi
    n=$(( $(count_total "$RES/$v.tests.counts") + $(count_total "$RES/$v.work.counts") ))
    echo "$n" > "$RES/$v.allocs"
    say "   $v: tests: $tl (status $st); workload status $(cat "$RES/$v.work.status"); GC allocations: $n"
    [ $v = plugin ] && test_msg="$tl$([ $same = yes ] && echo ", as plain" || echo ", DIFFERS from plain")"
    [ $v = lto ] && [ $same = no ] && test_msg="$test_msg; lto DIFFERS"
  done
  pa=$(cat "$RES/plain.allocs" 2>/dev/null || echo 0)
  pb=$(cat "$RES/plugin.allocs" 2>/dev/null || echo 0)
  pd=$(cat "$RES/lto.allocs" 2>/dev/null || echo -)
  removed=$(awk -v a="$pa" -v b="$pb" 'BEGIN { if (a > 0) printf "%.1f%%", 100 * (a - b) / a; else print "-" }')
  [ "$pd" != - ] && lto_msg="$lto_msg; $(awk -v a="$pa" -v d="$pd" 'BEGIN { if (a > 0) printf "%.1f%% removed", 100 * (a - d) / a }')"
  t1=$(date +%s)
  say "| $name | $conv / $noted | $reasons | $pa -> $pb | $removed | $lto_msg | $build_msg | $file_msg | $test_msg |" >> "$table"
  say "   $name: $((t1 - t0)) s"
  echo "$((t1 - t0))" > "$RES/seconds"
done

end_all=$(date +%s)
say ""
cat "$table"
say ""
say "whole run: $((end_all - start_all)) s; raw outputs in $OUT"
echo "$((end_all - start_all))" > "$OUT/seconds"

if [ -n "$DOC" ] && [ "$DOC" != - ]; then
  "$here/doc.sh" "$OUT" "$DOC" "$@" || fail=1
fi
exit $fail

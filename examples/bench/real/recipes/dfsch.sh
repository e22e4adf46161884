# dfsch.sh -- recipe for examples/bench/real/run.sh: the Scheme interpreter
# dfsch.
#
#   git clone https://github.com/adh/dfsch /work/ext/dfsch     (any commit)
#   make bench REAL='dfsch=/work/ext/dfsch'
#
# Meson build with every optional module off (-Dauto_features=disabled);
# tests: its dfsch-unit suite (meson test: two runs of tests/main.scm,
# compiled and interpreted), counted by its "Tests passed:" lines;
# workload: dfsch-workload.scm beside this file.  Needs meson, ninja and
# libgc-dev.  Under -flto its build-time generator udata-gen crashes,
# with or without the plugin: the -flto row then says the build failed
# without the plugin too.

DESC="the Scheme interpreter dfsch (adh/dfsch), Meson build with every optional module off; its own dfsch-unit suite (meson test: 2 runs, compiled and interpreted) and a workload of list, string, vector and closure code (recursion, sorting, association lists: recipes/dfsch-workload.scm)"
ALLOC=GC_malloc,GC_malloc_atomic
FREE=GC_free
REALLOC=GC_realloc

setup () {
  local src=$1 dir=$2
  rm -rf "$dir"
  copy_tree "$src" "$dir/src"
  (cd "$dir/src" && CC="$CC" CFLAGS="$OPT $XCFLAGS" LDFLAGS="$XLDFLAGS" \
     meson setup ../build -Dauto_features=disabled -Dbuildtype=plain > ../setup.out 2>&1)
}

compile () { ninja -C "$1/build"; }

clean () { ninja -C "$1/build" clean > /dev/null 2>&1; }

run_tests () {
  local dir=$1
  meson test -C "$dir/build" --no-rebuild > /dev/null 2>&1
  local st=$?
  local log=$dir/build/meson-logs/testlog.txt
  local pass fail
  pass=$(awk '/^Tests passed:/ { s += $3 } END { print s + 0 }' "$log" 2>/dev/null)
  fail=$(awk '/^Tests failed:/ { s += $3 } END { print s + 0 }' "$log" 2>/dev/null)
  echo "${pass:-0} passed, ${fail:-0} failed"
  [ $st = 0 ] && [ "${fail:-1}" = 0 ]
}

workload () {
  local dir=$1 out=$2
  mkdir -p "$out"
  "$dir/build/dfsch-repl" "$RECIPES/dfsch-workload.scm" > "$out/workload.txt" 2> "$out/workload.err"
}

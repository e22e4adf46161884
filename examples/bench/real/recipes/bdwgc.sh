# bdwgc.sh -- recipe for examples/bench/real/run.sh: the Boehm-Demers-Weiser
# collector's own test programs.
#
#   git clone https://github.com/ivmai/bdwgc /work/ext/bdwgc     (any commit)
#   make bench REAL='bdwgc=/work/ext/bdwgc'
#
# Built with its own autotools build (autogen.sh, configure, make): the
# collector (libgc, libcord) once per build tree at setup, without the
# plugin (the plugin would see the collector's internals, which are not
# GC-backed code); the 16 test programs of make check (tests/,
# cord/tests/; no C++ ones) are what is measured, built with the plugin
# through bdwgc's own CFLAGS_EXTRA hook, so configure's CFLAGS stay as they
# are.  Automake links with CFLAGS, so the link gets the plugin and -flto
# from there.  Tests: make check, counted by its "# PASS:" and "# FAIL:"
# lines; workload: each test program run once more, one after another,
# its exit status written down (their output is timings and heap sizes,
# different every run).  Needs autoconf, automake and libtool.

DESC="the Boehm-Demers-Weiser collector's own test programs (ivmai/bdwgc): the collector built once without the plugin, its 16 test programs (tests/, cord/tests/) built with it; make check is both the tests and the workload (the workload runs each program again, exit statuses compared)"
ALLOC=GC_malloc,GC_malloc_atomic,GC_malloc_ignore_off_page,GC_malloc_atomic_ignore_off_page
FREE=GC_free
REALLOC=

# The flags of a build tree: setup writes them (it sees this variant's
# XCFLAGS), compile and run_tests read them, so a later make never builds
# a test program with another variant's flags.
bdwgc_make () {
  local dir=$1
  shift
  local xc
  xc=$(cat "$dir/.bench-xcflags")
  make -C "$dir" CFLAGS_EXTRA="$xc" "$@"
}

setup () {
  local src=$1 dir=$2
  copy_tree "$src" "$dir"
  printf '%s\n' "$XCFLAGS" > "$dir/.bench-xcflags"
  (cd "$dir" && ./autogen.sh > autogen.out 2>&1 \
     && ./configure CC="$CC" CFLAGS="$OPT" > configure.out 2>&1) || return 1
  # The collector itself: plain, untimed.
  make -C "$dir" -j"$JOBS" all > "$dir/lib.out" 2>&1
}

# check with no TESTS builds check_PROGRAMS (and the test libraries of
# staticrootstest) and runs nothing.
compile () { bdwgc_make "$1" -j"$JOBS" check TESTS=; }

# What compile built, and only that: the collector stays.
clean () {
  make -C "$1" clean-checkPROGRAMS clean-checkLTLIBRARIES > /dev/null 2>&1
  find "$1/tests" "$1/cord/tests" \( -name '*.o' -o -name '*.lo' \) -delete
  rm -f "$1"/*.trs "$1"/*test.log "$1"/disclaim_bench.log "$1"/test-suite.log
}

run_tests () {
  local dir=$1 st
  bdwgc_make "$dir" -j"$JOBS" check > "$dir/check.out" 2>&1
  st=$?
  local pass fail
  pass=$(awk '/^# PASS:/ { print $3 }' "$dir/check.out")
  fail=$(awk '/^# (FAIL|ERROR|XPASS):/ { s += $3 } END { print s + 0 }' "$dir/check.out")
  echo "${pass:-0} passed, ${fail:-0} failed"
  [ $st = 0 ] && [ -n "$pass" ] && [ "$fail" = 0 ]
}

workload () {
  local dir=$1 out=$2 t
  mkdir -p "$out"
  for t in $(printf 'bench-tests:\n\t@echo $(TESTS)\n' \
               | make -s -C "$dir" -f Makefile -f - bench-tests); do
    (cd "$dir" && "./$t" > "$WORKDIR/$t.out" 2>&1)
    echo "$t: exit $?"
  done > "$out/results.txt"
  grep -q ': exit 0$' "$out/results.txt" && ! grep -qv ': exit 0$' "$out/results.txt"
}

#!/bin/bash
# check.sh -- the tests behind `make -C examples check` (and recipe-*).
#
#   ./check.sh                 everything
#   ./check.sh recipe-make     one recipe (recipe-cmake, -meson, -autotools, -werror)
#
# Run from examples/Makefile, which exports CC, PLUGIN, B, CFLAGS, WRAP,
# EXAMPLES and FLAGS_{base,annotated,unedited,gcdebug}.  For each example:
#   - builds: base (no plugin), annotated, unedited, gcdebug (see Makefile);
#   - every build prints exactly expected/NAME.out (byte-identical);
#   - every plugin build makes fewer allocator calls than the base build;
#   - the annotated build prints notes, and the unedited source really
#     has no annotation left after preprocessing;
#   - the annotated build at -O0, -O1, -O3 and -Os prints the same;
#   - both plugin builds under AddressSanitizer with
#     ASAN_OPTIONS=detect_stack_use_after_return=1 and GC_DONT_GC=1 (ASan's
#     fake stack frames are not scanned by the collector) print the same
#     and report nothing.
# Then each build-system recipe in recipes/ is built as a user would, with
# the plugin and without, and its output compared.  Ends with one line
# "N passed, M failed" (and ", K skipped" for missing tools).

set -u
cd "$(dirname "$0")"
EX_DIR=$(pwd)
: "${CC:=gcc-12}" "${GCC_MAJOR:=12}"
: "${PLUGIN:=$EX_DIR/../build/gcc-$GCC_MAJOR/escape.so}"
: "${B:=$EX_DIR/../build/examples/gcc-$GCC_MAJOR}"
: "${CFLAGS:=-O2 -g -Wall}"
: "${WRAP:=-Wl,--wrap=GC_malloc,--wrap=GC_malloc_atomic,--wrap=GC_debug_malloc,--wrap=GC_debug_malloc_atomic}"
: "${EXAMPLES:=hello text lisp dict}"
: "${FLAGS_base:=}"
: "${FLAGS_annotated:=-fplugin=$PLUGIN}"
: "${FLAGS_unedited:=-fplugin=$PLUGIN -U__GC_ESCAPE__ -fplugin-arg-escape-alloc=GC_malloc,GC_malloc_atomic}"
: "${FLAGS_gcdebug:=-DGC_DEBUG -fplugin=$PLUGIN -U__GC_ESCAPE__ -fplugin-arg-escape-alloc=GC_malloc,GC_malloc_atomic,GC_debug_malloc,GC_debug_malloc_atomic}"

npass=0 nfail=0 nskip=0
failed=()
pass () { npass=$((npass + 1)); echo "PASS: $1"; }
fail () { nfail=$((nfail + 1)); failed+=("$1"); echo "FAIL: $1${2:+ -- $2}"; }
skip () { nskip=$((nskip + 1)); echo "SKIP: $1${2:+ -- $2}"; }

mkdir -p "$B"
[ -f "$B/gcstats.o" ] || $CC -O2 -g -c -o "$B/gcstats.o" gcstats.c || exit 1

# The allocs= figure of a [gcstats] line in FILE.
allocs () { sed -n 's/.*\[gcstats\] allocs=\([0-9]*\).*/\1/p' "$1" | tail -n 1; }

# build DIR NAME FLAGS...: compile NAME.c into $B/DIR/NAME; the compiler's
# output goes to $B/DIR/NAME.log.
build () {
  local dir=$1 ex=$2; shift 2
  mkdir -p "$B/$dir"
  # shellcheck disable=SC2086
  timeout 300 $CC $CFLAGS "$@" -I../include -o "$B/$dir/$ex" "$ex.c" "$B/gcstats.o" -lgc $WRAP \
    > "$B/$dir/$ex.log" 2>&1
}

# run DIR NAME [ENV...]: run it, stdout to .out, stderr to .err; a run
# stopped after 120 s fails (exit 124).
run () {
  local dir=$1 ex=$2; shift 2
  env "$@" timeout 120 "$B/$dir/$ex" > "$B/$dir/$ex.out" 2> "$B/$dir/$ex.err"
}

same_output () { cmp -s "expected/$2.out" "$B/$1/$2.out"; }

check_example () {
  local ex=$1 v base_allocs a
  for v in base annotated unedited gcdebug; do
    local flags_var="FLAGS_$v"
    # shellcheck disable=SC2086
    if ! build "$v" "$ex" ${!flags_var}; then
      fail "$ex: $v build" "$(head -n 5 "$B/$v/$ex.log")"
      continue
    fi
    if grep -q 'internal compiler error' "$B/$v/$ex.log"; then
      fail "$ex: $v build" "internal compiler error"
      continue
    fi
    if run "$v" "$ex" && same_output "$v" "$ex"; then
      pass "$ex: $v build prints expected/$ex.out"
    else
      fail "$ex: $v build prints expected/$ex.out" "exit or output differs ($B/$v/$ex.out)"
    fi
  done
  base_allocs=$(allocs "$B/base/$ex.err")
  for v in annotated unedited gcdebug; do
    a=$(allocs "$B/$v/$ex.err")
    if [ -n "$a" ] && [ -n "$base_allocs" ] && [ "$a" -lt "$base_allocs" ]; then
      pass "$ex: $v build makes fewer allocator calls ($a, without the plugin $base_allocs)"
    else
      fail "$ex: $v build makes fewer allocator calls" "${a:-?} vs ${base_allocs:-?} without the plugin"
    fi
  done

  # The notes: the annotated build again, with -m.
  build notes "$ex" $FLAGS_annotated -fplugin-arg-escape-m
  if grep -q ': note: .*does not escape' "$B/notes/$ex.log"; then
    pass "$ex: -m notes ($(grep -c 'note: .*(.*) does not escape' "$B/notes/$ex.log") sites on the stack, $(grep -c 'note: .*(.*) escapes to heap' "$B/notes/$ex.log") on the heap)"
  else
    fail "$ex: -m notes" "no 'does not escape' note in $B/notes/$ex.log"
  fi
  # -U__GC_ESCAPE__ really removes every annotation.
  # shellcheck disable=SC2086
  if $CC -E -fplugin="$PLUGIN" -U__GC_ESCAPE__ -I../include "$ex.c" 2>/dev/null \
       | grep -q '__gc_alloc__\|__gc_free__\|__noescape__\|__noheap__'; then
    fail "$ex: -U__GC_ESCAPE__ leaves no annotation"
  else
    pass "$ex: -U__GC_ESCAPE__ leaves no annotation"
  fi

  # Other optimization levels: the same output.
  local o
  for o in -O0 -O1 -O3 -Os; do
    if build "opt$o" "$ex" $FLAGS_annotated "$o" && run "opt$o" "$ex" && same_output "opt$o" "$ex"; then
      pass "$ex: annotated build at $o prints expected/$ex.out"
    else
      fail "$ex: annotated build at $o prints expected/$ex.out"
    fi
  done

  # AddressSanitizer, use after return detected.
  for v in annotated unedited; do
    local flags_var="FLAGS_$v"
    # shellcheck disable=SC2086
    if ! build "asan-$v" "$ex" ${!flags_var} -fsanitize=address -fno-omit-frame-pointer; then
      fail "$ex: $v build under ASan" "build failed: $B/asan-$v/$ex.log"
      continue
    fi
    run "asan-$v" "$ex" ASAN_OPTIONS=detect_stack_use_after_return=1 GC_DONT_GC=1
    local rc=$?
    if [ $rc -eq 0 ] && same_output "asan-$v" "$ex" && ! grep -q 'AddressSanitizer' "$B/asan-$v/$ex.err"; then
      pass "$ex: $v build under ASan (detect_stack_use_after_return=1)"
    else
      fail "$ex: $v build under ASan" "exit $rc; see $B/asan-$v/$ex.err"
    fi
  done
}

# ---- the recipes ------------------------------------------------------

R="$B/recipes"
ESC_M=-fplugin-arg-escape-m

# fresh NAME: a clean copy of recipes/NAME in $R/NAME (as a fresh checkout).
fresh () { rm -rf "${R:?}/$1"; mkdir -p "$R"; cp -r "recipes/$1" "$R/$1"; }

# recipe_result NAME LOG BIN REF: the plugin build printed notes, made a
# stack site, and its program prints what the plain build's does.
recipe_result () {
  local name=$1 log=$2 bin=$3 ref=$4
  if grep -q 'internal compiler error' "$log"; then
    fail "recipe $name" "internal compiler error (see $log)"; return
  fi
  if ! grep -q 'note: .*does not escape' "$log"; then
    fail "recipe $name: notes in the build output" "none in $log"; return
  fi
  if [ "$("$bin" 2>/dev/null)" = "$ref" ] && [ -n "$ref" ]; then
    pass "recipe $name: plugin build converts ($(grep -c 'note: .*(.*) does not escape' "$log") sites) and prints the same"
  else
    fail "recipe $name: output" "differs from the build without the plugin"
  fi
}

recipe_make () {
  fresh make
  local d="$R/make" ref
  if ! make -s -C "$d" CC="$CC" > "$d/plain.log" 2>&1; then
    fail "recipe make: plain build" "see $d/plain.log"; return
  fi
  ref=$("$d/wordcount")
  make -s --no-print-directory -C "$d" clean
  if ! make -C "$d" CC="$CC" ESCAPE_PLUGIN="$PLUGIN" ESCAPE_FLAGS="$ESC_M" > "$d/build.log" 2>&1; then
    fail "recipe make: plugin build" "see $d/build.log"; return
  fi
  recipe_result make "$d/build.log" "$d/wordcount" "$ref"
}

recipe_cmake () {
  if ! command -v cmake > /dev/null; then
    skip "recipe cmake" "cmake is not installed (apt-get install cmake)"; return
  fi
  fresh cmake
  local d="$R/cmake" ref
  if ! cmake -S "$d" -B "$d/plain" -DCMAKE_C_COMPILER="$CC" > "$d/plain.log" 2>&1 \
       || ! cmake --build "$d/plain" >> "$d/plain.log" 2>&1; then
    fail "recipe cmake: plain build" "see $d/plain.log"; return
  fi
  ref=$("$d/plain/wordcount")
  if ! cmake -S "$d" -B "$d/build" -DCMAKE_C_COMPILER="$CC" -DESCAPE_PLUGIN="$PLUGIN" \
         -DESCAPE_FLAGS="$ESC_M" > "$d/build.log" 2>&1 \
       || ! cmake --build "$d/build" >> "$d/build.log" 2>&1; then
    fail "recipe cmake: plugin build" "see $d/build.log"; return
  fi
  recipe_result cmake "$d/build.log" "$d/build/wordcount" "$ref"
}

recipe_meson () {
  if ! command -v meson > /dev/null || ! command -v ninja > /dev/null; then
    skip "recipe meson" "meson or ninja is not installed (apt-get install meson ninja-build)"; return
  fi
  fresh meson
  local d="$R/meson" ref
  if ! (cd "$d" && CC="$CC" meson setup plain > plain.log 2>&1 && meson compile -C plain >> plain.log 2>&1); then
    fail "recipe meson: plain build" "see $d/plain.log"; return
  fi
  ref=$("$d/plain/wordcount")
  if ! (cd "$d" && CC="$CC" meson setup build -Descape_plugin="$PLUGIN" -Descape_args="$ESC_M" > build.log 2>&1 \
         && meson compile -C build -v >> build.log 2>&1); then
    fail "recipe meson: plugin build" "see $d/build.log"; return
  fi
  recipe_result meson "$d/build.log" "$d/build/wordcount" "$ref"
}

recipe_autotools () {
  if ! command -v autoconf > /dev/null; then
    skip "recipe autotools" "autoconf is not installed (apt-get install autoconf)"; return
  fi
  fresh autotools
  local d="$R/autotools" ref
  if ! (cd "$d" && autoconf > autoconf.log 2>&1); then
    fail "recipe autotools: autoconf" "see $d/autoconf.log"; return
  fi
  if ! (cd "$d" && ./configure CC="$CC" > plain.log 2>&1 && make >> plain.log 2>&1); then
    fail "recipe autotools: plain build" "see $d/plain.log"; return
  fi
  ref=$("$d/wordcount")
  (cd "$d" && make distclean > /dev/null 2>&1)
  # configure runs its checks with the plugin loaded (and -m): they must
  # all answer as without it.
  if ! (cd "$d" && ./configure CC="$CC" \
          CFLAGS="-O2 -fplugin=$PLUGIN -fplugin-arg-escape-alloc=GC_malloc,GC_malloc_atomic $ESC_M" \
          > build.log 2>&1 && make >> build.log 2>&1); then
    fail "recipe autotools: plugin build" "see $d/build.log and $d/config.log"; return
  fi
  if grep -q 'internal compiler error' "$d/config.log"; then
    fail "recipe autotools: configure checks" "internal compiler error in $d/config.log"; return
  fi
  recipe_result autotools "$d/build.log" "$d/wordcount" "$ref"
}

recipe_werror () {
  fresh werror
  local d="$R/werror" ref
  if ! make -s -C "$d" CC="$CC" > "$d/plain.log" 2>&1; then
    fail "recipe werror: plain build" "see $d/plain.log"; return
  fi
  ref=$("$d/router")
  make -s --no-print-directory -C "$d" clean
  if ! make -C "$d" CC="$CC" ESCAPE_PLUGIN="$PLUGIN" ESCAPE_FLAGS="$ESC_M" > "$d/build.log" 2>&1; then
    fail "recipe werror: the hot path builds under -Werror" "see $d/build.log"; return
  fi
  recipe_result werror "$d/build.log" "$d/router" "$ref"
  # The regression: a temporary of the hot path kept in a global.
  make -s --no-print-directory -C "$d" clean
  if make -C "$d" CC="$CC" ESCAPE_PLUGIN="$PLUGIN" CPPFLAGS=-DREGRESSION > "$d/regress.log" 2>&1; then
    fail "recipe werror: an escaping site in hot.c fails the build" "it built; see $d/regress.log"
  elif grep -q '^hot\.c:.*error: .*escapes to heap' "$d/regress.log" \
       && ! grep -q '^main\.c:.*error' "$d/regress.log"; then
    pass "recipe werror: an escaping site in hot.c fails the build ($(grep -m1 -o "error: .*escapes to heap: [a-z ]*[a-z]" "$d/regress.log"))"
  else
    fail "recipe werror: an escaping site in hot.c fails the build" "failed otherwise; see $d/regress.log"
  fi
}

if [ ! -f "$PLUGIN" ]; then
  echo "check: no plugin at $PLUGIN" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

case "${1:-all}" in
  all)
    for ex in $EXAMPLES; do check_example "$ex"; done
    for r in make cmake meson autotools werror; do "recipe_$r"; done ;;
  recipe-make|recipe-cmake|recipe-meson|recipe-autotools|recipe-werror)
    "recipe_${1#recipe-}" ;;
  *)
    check_example "$1" ;;
esac

if [ ${#failed[@]} -gt 0 ]; then
  echo "failed:"
  printf '  %s\n' "${failed[@]}"
fi
if [ $nskip -gt 0 ]; then
  echo "$npass passed, $nfail failed, $nskip skipped"
else
  echo "$npass passed, $nfail failed"
fi
[ $nfail -eq 0 ]

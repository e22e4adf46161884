#!/bin/bash
# testsuite/fuzz/reduce.sh -- shrink a failing fuzz program.
#
#   reduce.sh [--gcc N] [--level -O2] FILE.c [OUT.c]
#
# Finds how FILE fails (check.sh: compiler crash, build failure, sanitizer
# report of some kind, exit code or stdout divergence), then deletes lines
# (delta debugging: chunks of half the file, then quarters, ... single
# lines, repeated until nothing more goes) while the program still fails
# the same way at that level AND still builds and runs cleanly without the
# plugin (under -fsanitize=address,undefined, with -Werror for what line
# deletion typically breaks: a missing return, an implicit int, an
# uninitialised variable), and the same build as the failing one minus the
# plugin agrees with that baseline -- so the difference stays the plugin's.  Writes OUT (default
# FILE minus .c plus -reduced.c) with a reproduction command on line 1.
# ESCAPE_PLUGIN=PATH tests another escape.so.
set -u -o pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
gcc=12 level=
while [ $# -gt 0 ]; do
  case $1 in
    --gcc) gcc=$2; shift ;;
    --level) level=$2; shift ;;
    -*) echo "reduce.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
  shift
done
[ $# -ge 1 ] && [ -f "$1" ] || { echo "usage: reduce.sh [--gcc N] [--level L] FILE.c [OUT.c]" >&2; exit 2; }
in=$1
outf=${2:-${in%.c}-reduced.c}
outf=$(cd "$(dirname "$outf")" && pwd)/$(basename "$outf")
cc=gcc-$gcc
plugin=${ESCAPE_PLUGIN:-$root/build/gcc-$gcc/escape.so}
work="$root/build/fuzz/reduce/$(basename "$in" .c)"
rm -rf "$work" && mkdir -p "$work"
export ASAN_OPTIONS=detect_stack_use_after_return=1:detect_leaks=0
export UBSAN_OPTIONS=halt_on_error=1

# How does it fail?
if [ -z "$level" ]; then
  res=$("$here/check.sh" --gcc "$gcc" --san --work "$work/orig" "$in")
  level=$(echo "$res" | awk '$2 == "FAIL" && $1 != "base" { print $1; exit }')
else
  res=$("$here/check.sh" --gcc "$gcc" --san --levels "$level" --work "$work/orig" "$in")
fi
echo "$res"
why=$(echo "$res" | awk -v l="$level" '$1 == l && $2 == "FAIL" { print $5; exit }')
[ -n "$level" ] && [ -n "$why" ] || { echo "reduce.sh: $in does not fail (with a clean baseline)" >&2; exit 1; }
case $why in exit-code-*) why=exit-code ;; esac
echo "reducing $in: $level $why"

# interesting FILE: 0 when FILE still fails the same way, because of the
# plugin: the same build without it (same level, ASan) must behave like
# the baseline, and the baseline must be clean under ASan + UBSan and the
# warnings that catch what line deletion breaks (a missing return, an
# implicit int, an uninitialised variable).
t=$work/t
lint="-Wall -Werror=return-type -Werror=implicit-int -Werror=implicit-function-declaration
  -Werror=uninitialized -Werror=maybe-uninitialized -Werror=int-conversion
  -Werror=incompatible-pointer-types -Werror=builtin-declaration-mismatch"
asan="-fsanitize=address -fno-omit-frame-pointer"
runit () {   # runit EXE PREFIX
  ( timeout -k 2 10 "$1" </dev/null >"$2.out" 2>"$2.err"; echo $? >"$2.rc" ) 2>/dev/null
}
interesting () {
  local f=$1 rc prc
  timeout -k 5 120 "$cc" $level -w $asan -fplugin="$plugin" "$f" -o $t.plug >$t.log 2>&1
  rc=$?
  if [ "$why" = compiler-crash ]; then
    grep -qiE 'internal compiler error|killed signal|terminated signal|segmentation fault' $t.log || return 1
  elif [ "$why" = build-failed ]; then
    [ $rc != 0 ] && ! grep -qiE 'internal compiler error' $t.log || return 1
  elif [ $rc != 0 ]; then
    return 1
  else
    runit $t.plug $t.p
    prc=$(cat $t.p.rc)
    case $why in
      asan-*) grep -q "Sanitizer: ${why#asan-}" $t.p.err || return 1 ;;
      run-timeout) [ "$prc" = 124 ] || [ "$prc" = 137 ] || return 1 ;;
      exit-code) ! grep -q Sanitizer $t.p.err && [ "$prc" != 0 ] && [ "$prc" != 124 ] || return 1 ;;
      stdout-differs) ! grep -q Sanitizer $t.p.err && [ "$prc" = 0 ] || return 1 ;;
      *) return 1 ;;
    esac
  fi
  # The baseline: clean, lint-free, exits 0.
  timeout -k 5 120 "$cc" -O1 $lint -fsanitize=address,undefined -fno-sanitize-recover=undefined \
      "$f" -o $t.base >$t.b.log 2>&1 || return 1
  runit $t.base $t.b
  [ "$(cat $t.b.rc)" = 0 ] && ! grep -q 'Sanitizer\|runtime error' $t.b.err || return 1
  case $why in compiler-crash|build-failed) return 0 ;; esac
  # Without the plugin, the same build agrees with the baseline...
  timeout -k 5 120 "$cc" $level -w $asan "$f" -o $t.nop >$t.n.log 2>&1 || return 1
  runit $t.nop $t.n
  [ "$(cat $t.n.rc)" = 0 ] && ! grep -q Sanitizer $t.n.err && cmp -s $t.n.out $t.b.out || return 1
  # ...and with it, it does not.
  [ "$why" != stdout-differs ] || ! cmp -s $t.p.out $t.b.out
}

mapfile -t lines < <(grep -v '^/\* FAIL' "$in")
write () {   # write lines minus [skip_from, skip_to) to $1
  local from=$2 to=$3 i
  for ((i = 0; i < ${#lines[@]}; i++)); do
    ((i >= from && i < to)) || printf '%s\n' "${lines[i]}"
  done >"$1"
}
write "$work/cur.c" 0 0
interesting "$work/cur.c" || { echo "reduce.sh: the failure does not reproduce on its own" >&2; exit 1; }

tests=0 misses=0 start=$SECONDS
# try FROM TO: removes lines [FROM, TO) when the rest still fails.
try () {
  write "$work/try.c" "$1" "$2"
  tests=$((tests + 1)) misses=$((misses + 1))
  if [ $misses -ge 100 ]; then   # still failing at all? (escape.so rebuilt?)
    interesting "$work/cur.c" || { echo "reduce.sh: $work/cur.c no longer fails (escape.so changed?)" >&2; exit 1; }
    misses=0
  fi
  interesting "$work/try.c" || return 1
  misses=0
  lines=("${lines[@]:0:$1}" "${lines[@]:$2}")
  cp "$work/try.c" "$work/cur.c"
  changed=1
  echo "  $((SECONDS - start))s: ${#lines[@]} lines ($3)"
}

# Brace blocks, largest first, with the line or two before them (the
# function head, the `for', `if' or `else'): whole functions, loops and
# branches go in one test each.
blocks () {   # prints "SIZE OPEN CLOSE DEPTH" per balanced { } block
  local i l o c stack=()
  for ((i = 0; i < ${#lines[@]}; i++)); do
    l=${lines[i]//[^\{]/}; o=${#l}
    l=${lines[i]//[^\}]/}; c=${#l}
    if [ $o -gt $c ]; then stack+=($i)
    elif [ $o -lt $c ] && [ ${#stack[@]} -gt 0 ]; then
      echo "$((i - stack[-1])) ${stack[-1]} $i $((${#stack[@]} - 1))"
      unset 'stack[-1]'
    fi
  done | sort -k1,1nr -k2,2n
}
block_pass () {
  local done_=" " size o c d h key again=1
  while [ $again = 1 ]; do
    again=0
    while read -r size o c d; do
      key="${lines[o]}|${lines[c]}|$size"
      case $done_ in *" $key "*) continue ;; esac
      done_="$done_$key "
      for h in 1 $([ $d = 0 ] && echo 2) 0; do
        [ $((o - h)) -ge 0 ] || continue
        if try $((o - h)) $((c + 1)) "block"; then again=1; break 2; fi
      done
    done < <(blocks)
  done
}

changed=1
while [ $changed = 1 ]; do
  changed=0
  block_pass
  n=$(( ${#lines[@]} / 2 ))
  [ $n -lt 1 ] && n=1
  while [ $n -ge 1 ]; do
    i=0
    while [ $i -lt ${#lines[@]} ]; do
      try $i $((i + n)) "chunk $n" || i=$((i + n))
    done
    n=$((n / 2))
  done
done

{
  echo "/* reduced from $(basename "$in") ($level $why, $tests tests). Reproduce: testsuite/fuzz/check.sh --gcc $gcc --levels \"$level\" ${outf#$root/} */"
  cat "$work/cur.c"
} >"$outf"
echo "wrote $outf: ${#lines[@]} lines, $tests tests, $((SECONDS - start))s"

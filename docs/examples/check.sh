#!/bin/bash
# check.sh PLUGIN [CC] -- the examples of docs/ print what the docs say.
#
#   docs/examples/check.sh build/gcc-12/escape.so
#   docs/examples/check.sh build/gcc-11/escape.so gcc-11
#
# For every docs/examples/NAME.c with an expected file NAME.expected, the
# example is compiled (in docs/examples/) with
#
#   CC -O2 -fplugin=PLUGIN -fplugin-arg-escape-m -fdiagnostics-plain-output
#      FLAGS -c NAME.c -o /dev/null
#
# and its diagnostics -- the lines "file:line:col: note|warning|error: text",
# the file stripped to its name; GCC's "In function" context lines are
# left out -- must equal NAME.expected.  FLAGS comes from a line
# "// flags: ..." in NAME.c.  A variant NAME.V.expected is compiled with
# the flags of the line "// flags.V: ..." instead (rule-store.go.expected
# with "// flags.go: -fplugin-arg-escape-rules=go").
#
# Then, so that the docs cannot drift from the examples, the text of every
# NAME.c, NAME.h and expected file must appear verbatim in some docs/*.md.
# (migrate-app.c includes Boehm GC's gc.h: it needs libgc-dev.)
#
# CC defaults to gcc-N when PLUGIN is in a directory named gcc-N (as make
# builds them), else to $CC, else gcc.  Shows a diff for each example that
# differs, ends with "docs: N passed, M failed" (each expected file and
# each quoting check counts) and exits non-zero if anything failed.

set -u
# GCC quotes with ASCII quotes in the C locale, whatever the user's is.
export LC_ALL=C
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 PLUGIN [CC]" >&2
  exit 2
fi
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
docs=$(dirname "$here")
plugin=$1
case $plugin in /*) ;; *) plugin=$PWD/$plugin ;; esac
if [ ! -f "$plugin" ]; then
  echo "check.sh: $plugin: no such plugin (run make)" >&2
  exit 2
fi
if [ $# -eq 2 ]; then
  cc=$2
else
  d=$(basename "$(dirname "$plugin")")
  case $d in
    gcc-[0-9]*) cc=$d ;;
    *) cc=${CC:-gcc} ;;
  esac
fi
if ! command -v "$cc" >/dev/null; then
  echo "check.sh: $cc: compiler not found" >&2
  exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

# The value of the line "// KEY: ..." of file $2.
flags_of () {
  local key=$1 file=$2 line
  while IFS= read -r line; do
    case $line in
      "// $key: "*) printf '%s\n' "${line#"// $key: "}"; return ;;
    esac
  done < "$file"
}

cd "$here" || exit 2
for src in *.c; do
  [ -f "$src" ] || continue
  name=${src%.c}
  for exp in "$name".expected "$name".*.expected; do
    [ -f "$exp" ] || continue
    variant=${exp#"$name"}
    variant=${variant%.expected}
    variant=${variant#.}
    key=flags
    [ -n "$variant" ] && key=flags.$variant
    read -r -a extra <<< "$(flags_of "$key" "$src")"
    out=$tmp/$exp.out
    "$cc" -O2 -fplugin="$plugin" -fplugin-arg-escape-m \
      -fdiagnostics-plain-output ${extra[@]+"${extra[@]}"} \
      -c "$src" -o /dev/null > "$tmp/raw" 2>&1
    rc=$?
    grep -E '^[^ ]*:[0-9]+:[0-9]+: (note|warning|error): ' "$tmp/raw" \
      | sed -E 's|^([^:]*/)?([^/:]+:[0-9]+:[0-9]+: )|\2|' > "$out"
    if grep -q 'internal compiler error' "$tmp/raw"; then
      echo "FAIL: $exp: internal compiler error" >&2
      cat "$tmp/raw" >&2
      fail=$((fail + 1))
    elif [ $rc -ne 0 ] && ! grep -q ': error: ' "$exp"; then
      echo "FAIL: $exp: $cc exited $rc" >&2
      cat "$tmp/raw" >&2
      fail=$((fail + 1))
    elif ! diff -u "$exp" "$out" > "$tmp/diff"; then
      echo "FAIL: $exp: the notes differ (- documented, + printed)" >&2
      echo "  $cc -O2 -fplugin=$plugin -fplugin-arg-escape-m${extra[*]+ "${extra[*]}"} -c $src" >&2
      sed 's/^/  /' "$tmp/diff" >&2
      fail=$((fail + 1))
    else
      pass=$((pass + 1))
    fi
  done
done

# Every example and every expected output is quoted in the docs.
alldocs=
for md in "$docs"/*.md; do
  [ -f "$md" ] && alldocs+=$(<"$md")$'\n'
done
for f in *.c *.h *.expected; do
  [ -f "$f" ] || continue
  text=$(<"$f")
  if [[ "$alldocs" != *"$text"* ]]; then
    echo "FAIL: docs/examples/$f is not quoted verbatim in any docs/*.md" >&2
    fail=$((fail + 1))
  else
    pass=$((pass + 1))
  fi
done

echo "docs: $pass passed, $fail failed"
[ $fail -eq 0 ]

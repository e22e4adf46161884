#!/bin/bash
# bench/real/sites.sh LOG [TOP] -- the allocation sites of a build log made
# with -fplugin-arg-escape-m, with the function each is in, and what keeps
# them on the heap.
#
# Prints first one line per distinct site and decision,
#   LOCATION <TAB> FUNCTION <TAB> CALL <TAB> converted|heap <TAB> REASON
# (CALL as the note prints it, e.g. GC_malloc(16) or GC_malloc_atomic(len);
# FUNCTION the one GCC's "In function" line names: for an inlined copy, the
# function inlined, where the site's code is), then, after a line "==", per
# reason: the number of sites, how many of those have a constant size, and
# the TOP (default 5) functions with the most such sites.  run.sh writes
# this as OUT/NAME/sites.txt: the work list for the rules still to come.
set -u -o pipefail
LOG=$1 TOP=${2:-5}
sites=$(sed 's/\x1b\[[0-9;]*[mK]//g' "$LOG" | awk '
  # GCC: "FILE: In function ‘F’:" (or "F’," before "inlined from" lines);
  # quotes are typographic under UTF-8 locales, plain under C.
  /: In function / {
    f = $0; sub(/.*: In function /, "", f); sub(/[:,]$/, "", f)
    gsub(/^(\xe2\x80\x98|\047)|(\xe2\x80\x99|\047)$/, "", f)
    fn = f; next }
  /: note: [A-Za-z_][A-Za-z0-9_]*\(.*\) (does not escape|escapes to heap)/ {
    loc = $0; sub(/: note: .*/, "", loc)
    call = $0; sub(/.*: note: /, "", call); sub(/\) (does not escape|escapes to heap).*/, ")", call)
    if ($0 ~ /\) does not escape/) { dec = "converted"; r = "-" }
    else { dec = "heap"; r = $0; sub(/.*\) escapes to heap:? */, "", r); sub(/;.*/, "", r); if (r == "") r = "-" }
    print loc "\t" (fn == "" ? "?" : fn) "\t" call "\t" dec "\t" r }' | sort -u)
printf '%s\n' "$sites"
echo "=="
printf '%s\n' "$sites" | awk -F'\t' 'NF >= 5 { print ($4 == "converted") ? "converted (on the stack)" : $5 }' \
  | sort | uniq -c | sort -k1,1nr | while read -r cnt reason; do
  sel=$(printf '%s\n' "$sites" | awk -F'\t' -v r="$reason" 'NF >= 5 && ((r == "converted (on the stack)" && $4 == "converted") || ($4 == "heap" && $5 == r))')
  const=$(printf '%s\n' "$sel" | awk -F'\t' '$3 ~ /\([0-9]+\)$/' | grep -c .)
  funcs=$(printf '%s\n' "$sel" | cut -f2 | sort | uniq -c | sort -k1,1nr -k2 | head -"$TOP" \
          | awk '{ printf "%s%s %d", (NR > 1 ? ", " : ""), $2, $1 }')
  printf '%s: %d sites (%d of constant size); most in: %s\n' "$reason" "$cnt" "$const" "$funcs"
done

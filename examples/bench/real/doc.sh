#!/bin/bash
# bench/real/doc.sh OUT DOC NAME=SRC... -- write the "Real code bases"
# section of DOC (docs/performance.md) from the results run.sh left in OUT:
# the section is replaced where it is, else put before "## Reproducing",
# else appended.  bench/report.sh keeps the section when it rewrites the
# rest of the file.
set -u -o pipefail
OUT=$1 DOC=$2
shift 2
[ -f "$OUT/table.md" ] || { echo "bench/real: no $OUT/table.md" >&2; exit 1; }
sec=$(mktemp)
{
  echo "## Real code bases"
  echo
  echo "The latest run of \`examples/bench/real/run.sh\` (\`make bench REAL=...\`),"
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(cat "$OUT/seconds" 2>/dev/null || echo '?') s for the whole run, load average"
  echo "$(cut -d' ' -f1-3 /proc/loadavg) at the end. Code bases we did not write, built from their"
  echo "own build systems at their own commits; their code is not in this repository."
  echo
  for arg; do
    name=${arg%%=*}
    i=$OUT/$name/info.txt
    [ -f "$i" ] || continue
    desc=$(sed -n 's/^desc: //p' "$i")
    commit=$(sed -n 's/^commit: //p' "$i")
    printf -- '- **%s**: %s%s\n' "$name" "${desc:-$name}" "${commit:+ (commit \`${commit:0:12}\`)}"
  done
  echo
  echo "Allocator names (\`alloc=\`, \`free=\`) per code base:"
  echo
  for arg; do
    name=${arg%%=*}
    i=$OUT/$name/info.txt
    [ -f "$i" ] || continue
    printf -- '- %s: `%s`\n' "$name" "$(sed -n 's/^plugin flags: -fplugin=[^ ]* //p' "$i")"
  done
  echo
  cat "$OUT/table.md"
  echo
  # Every reason, per code base: the work list for the rules to come.
  names=()
  for arg; do [ -f "$OUT/${arg%%=*}/notes.sites" ] && names+=("${arg%%=*}"); done
  if [ ${#names[@]} -gt 0 ]; then
    echo "Every site by decision, and by reason for those kept on the heap (the same \`-m\` build):"
    echo
    for n in "${names[@]}"; do
      awk -F'\t' -v n="$n" '$2 == "heap" { print n "\t" $3 } $2 == "converted" { print n "\tconverted (on the stack)" }' "$OUT/$n/notes.sites"
    done | awk -F'\t' -v list="${names[*]}" '
      { c[$2, $1]++; t[$2]++ }
      END {
        k = split(list, ns, " ")
        printf "| reason |"; for (i = 1; i <= k; i++) printf " %s |", ns[i]; print ""
        printf "| --- |"; for (i = 1; i <= k; i++) printf " ---: |"; print ""
        for (r in t) printf "%d\t%s\n", t[r], r | "sort -k1,1nr -k2 > /dev/stderr"
        close("sort -k1,1nr -k2 > /dev/stderr")
      }' 2> "$sec.order" > "$sec.head"
    cat "$sec.head"
    cut -f2 "$sec.order" | while IFS= read -r r; do
      printf '| %s |' "$r"
      for n in "${names[@]}"; do
        if [ "$r" = "converted (on the stack)" ]; then
          v=$(awk -F'\t' '$2 == "converted"' "$OUT/$n/notes.sites" | wc -l)
        else
          v=$(awk -F'\t' -v r="$r" '$2 == "heap" && $3 == r' "$OUT/$n/notes.sites" | wc -l)
        fi
        printf ' %s |' "$v"
      done
      echo
    done
    rm -f "$sec.head" "$sec.order"
    echo
  fi
  cat <<'EOF'
- *sites converted / noted*: from a build with `-fplugin-arg-escape-m` at
  `-O2 -g`; each distinct location and decision printed counts once.
- *GC allocations at run time*: calls of the GC_malloc family made by the
  program (its tests and its workload together), counted by the
  `LD_PRELOAD` shim `examples/bench/real/count.c`; a converted site makes
  none.  The collector's own test programs are multi-threaded, so their
  counts move a little from run to run.
- *-flto partition=one*: the same code base built with `-flto
  -flto-partition=one`, plugin and options on the compile and link lines.
  "no link-time analysis" means the link step printed no note: the plugin
  decided at compile time only, before the LTO streaming (issue 13 moves
  the pass into the LTRANS units).
- *build time*: the whole compile of the code base, plugin (no `-m`)
  against plain, median of the per-round ratios over alternating rounds;
  wall time on the shared machine, then CPU time (user + system of every
  compiler process).  *Slowest file*: the file with the most compile CPU
  time in the plain build, compiled alone each way, alternating.
- *tests*: the code base's own suite with the plugin, compared with the
  plain build (status and pass count), and the workload's output compared
  byte for byte.
EOF
  echo
} > "$sec"

new=$(mktemp)
if [ -f "$DOC" ] && grep -q '^## Real code bases' "$DOC"; then
  awk -v sec="$sec" '
    /^## Real code bases/ { while ((getline l < sec) > 0) print l; skip = 1; next }
    skip && /^## / { skip = 0 }
    !skip { print }' "$DOC" > "$new"
elif [ -f "$DOC" ] && grep -q '^## Reproducing' "$DOC"; then
  awk -v sec="$sec" '
    /^## Reproducing/ { while ((getline l < sec) > 0) print l }
    { print }' "$DOC" > "$new"
else
  { [ -f "$DOC" ] && cat "$DOC" && echo; cat "$sec"; } > "$new"
fi
mv "$new" "$DOC"
rm -f "$sec"
echo "bench/real: wrote the \"Real code bases\" section of $DOC"

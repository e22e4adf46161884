#!/bin/bash
# ceiling.sh W3M_SRC [EVERY] -- the ceiling of docs/performance.md section 4:
# w3m (tats/w3m, a checkout kept outside the repository) built twice with
# the plugin's oracle option, with and without no-transform, in
# build/ceiling/; `-dump` of its manual run under escape-oracle (1 in EVERY
# sampled, default 20).  Prints the allocations of each build, the oracle's
# histogram, its per-site table (build/ceiling/oracle.txt, .jsonl) and the
# wall times.  Needs libgc-dev, libncurses-dev, and `make all` done.
set -eu -o pipefail
[ $# -ge 1 ] || { echo "usage: $0 W3M_SRC [EVERY]" >&2; exit 2; }
src=$(cd "$1" && pwd) every=${2:-20}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
W=$root/build/ceiling oracle=$root/build/tools/escape-oracle
CC=${CC:-gcc-12}
plugin=$root/build/gcc-${CC#gcc-}/escape.so
flags="-fplugin=$plugin -fplugin-arg-escape-alloc=GC_malloc,GC_malloc_atomic -fplugin-arg-escape-free=GC_free -fplugin-arg-escape-oracle"
mkdir -p "$W"
for v in measure converted; do
  rm -rf "$W/$v" && cp -a "$src" "$W/$v"
  (cd "$W/$v" && ./configure CC="$CC" CFLAGS="-O2 -g" --disable-image --without-imagelib > configure.log 2>&1)
  extra=; [ $v = measure ] && extra=-fplugin-arg-escape-no-transform
  make -C "$W/$v" -j2 OPTS="$flags $extra" > "$W/$v/make.log" 2>&1
done
run () { "$1/w3m" -config /dev/null -o display_charset=UTF-8 -cols 80 -dump "$src/doc/MANUAL.html"; }
t0=$(date +%s.%N); run "$W/measure" > "$W/plain.txt"; t1=$(date +%s.%N)
"$oracle" --every 1000000000 --out "$W/converted.txt" -- "$W/converted/w3m" -config /dev/null \
  -o display_charset=UTF-8 -cols 80 -dump "$src/doc/MANUAL.html" > "$W/converted.out"
t1b=$(date +%s.%N)
"$oracle" --every "$every" --out "$W/oracle.txt" --json "$W/oracle.jsonl" -- "$W/measure/w3m" -config /dev/null \
  -o display_charset=UTF-8 -cols 80 -dump "$src/doc/MANUAL.html" > "$W/oracle.out"
t2=$(date +%s.%N)
cmp "$W/plain.txt" "$W/oracle.out" && cmp "$W/plain.txt" "$W/converted.out"
echo "converted build: $(head -n 1 "$W/converted.txt")"
sed -n '1,7p' "$W/oracle.txt"
awk -v a="$t0" -v b="$t1" -v c="$t1b" -v d="$t2" 'BEGIN { printf "wall: %.2f s without the oracle, %.2f s with (1 in '"$every"')\n", b - a, d - c }'

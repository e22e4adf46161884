#!/bin/sh
# bisect-cmd.sh MODE WORKDIR SRCDIR CC PLUGIN INCLUDE -- the build-and-test
# commands that tools.exp hands to escape-bisect.
#
#   asan    build bisect-bad.c (with the plugin) and bisect-stash.c, run
#           under ASan with detect_stack_use_after_return=1; $EXTRA is
#           added to the plugin compile (-DNOTHING_WRONG: a clean program)
#   pair    compile bisect-pair.c with -m; fail when the sites marked
#           PAIR_A and PAIR_B both convert
#   flaky   the clean asan build, but every second run fails whatever the
#           pattern (a counter in WORKDIR)
set -e
mode=$1 work=$2 src=$3 cc=$4 plugin=$5 inc=$6
cd "$work"
case $mode in
  asan|flaky)
    $cc -O2 -fplugin="$plugin" -I"$inc" -fsanitize=address -g ${EXTRA:-} \
      -c "$src/bisect-bad.c" -o bad.o
    $cc -O2 -fsanitize=address -g -c "$src/bisect-stash.c" -o stash.o
    $cc -fsanitize=address bad.o stash.o -o bad.exe
    ASAN_OPTIONS=detect_stack_use_after_return=1:detect_leaks=0 ./bad.exe
    if [ "$mode" = flaky ]; then
      n=$(cat flaky.count 2>/dev/null || echo 0)
      echo $((n + 1)) > flaky.count
      [ $((n % 2)) -eq 0 ]
    fi
    ;;
  pair)
    la=$(grep -n 'PAIR_A' "$src/bisect-pair.c" | tail -1 | cut -d: -f1)
    lb=$(grep -n 'PAIR_B' "$src/bisect-pair.c" | tail -1 | cut -d: -f1)
    $cc -O2 -fplugin="$plugin" -I"$inc" -fplugin-arg-escape-m \
      -fdiagnostics-plain-output -c "$src/bisect-pair.c" -o pair.o 2> pair.notes
    if grep -q "bisect-pair.c:$la:.*does not escape" pair.notes \
       && grep -q "bisect-pair.c:$lb:.*does not escape" pair.notes; then
      exit 1
    fi
    ;;
  *) echo "bisect-cmd.sh: unknown mode $mode" >&2; exit 2 ;;
esac

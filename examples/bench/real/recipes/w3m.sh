# w3m.sh -- recipe for examples/bench/real/run.sh: the text browser w3m.
#
#   git clone https://github.com/tats/w3m /work/ext/w3m      (any commit)
#   make bench REAL='w3m=/work/ext/w3m'
#
# Built with its own configure and make, without image support; tests:
# its tests/run_tests (HTML-to-text cases); workload: -dump of its MANUAL,
# FAQ and STORY pages and of a generated page of nested tables, lists and
# forms.  Needs libgc-dev and libncurses-dev.

DESC="the text browser w3m (tats/w3m), configure and make without image support; its tests/run_tests (HTML-to-text cases) and a workload of -dump of its MANUAL, FAQ and STORY pages and of a generated 120-section page of nested tables, lists and forms"
ALLOC=GC_malloc,GC_malloc_atomic
FREE=GC_free
REALLOC=GC_realloc

setup () {
  local src=$1 dir=$2
  copy_tree "$src" "$dir"
  (cd "$dir" && ./configure --disable-image --without-imagelib CC="$CC" \
      CFLAGS="$OPT $XCFLAGS" LDFLAGS="$XLDFLAGS" > configure.out 2>&1)
}

compile () { make -C "$1" -j"$JOBS" && [ -x "$1/w3m" ]; }

clean () {
  make -C "$1" clean > /dev/null 2>&1
  find "$1" -name '*.o' -delete
  rm -f "$1/w3m"
}

run_tests () {
  local out
  out=$(cd "$1/tests" && sh ./run_tests 2>&1)
  local pass fail
  pass=$(printf '%s\n' "$out" | awk '/^PASS/ { print $3 }')
  fail=$(printf '%s\n' "$out" | awk '/^FAIL/ { print $3 }')
  echo "${pass:-0} passed, ${fail:-0} failed"
  [ "${fail:-1}" = 0 ]
}

# A page of nested tables, lists and forms (w3m's table renderer and form
# code), the same every time.
w3m_page () {
  echo "<html><head><title>bench</title></head><body>"
  for i in $(seq 1 120); do
    echo "<h2>Section $i</h2><table border=1><tr><th>a$i</th><th>b</th><th>c</th></tr>"
    for j in 1 2 3 4; do
      echo "<tr><td>cell $i.$j</td><td><ul><li>item $j</li><li><b>bold</b> <i>it</i></li></ul></td>"
      echo "<td><table><tr><td>$((i * j))</td><td><a href=\"#s$i\">link $j</a></td></tr></table></td></tr>"
    done
    echo "</table><form><input name=f$i value=\"v$i\"><select><option>x<option>y</select></form>"
    echo "<p>Paragraph $i with &amp; entities &lt;and&gt; text that wraps across the eighty columns of the dump, again and again.</p>"
  done
  echo "</body></html>"
}

workload () {
  local dir=$1 out=$2 d
  mkdir -p "$out"
  w3m_page > "$WORKDIR/page.html"
  for d in MANUAL FAQ STORY; do
    "$dir/w3m" -config /dev/null -o display_charset=UTF-8 -cols 80 \
      -dump "$dir/doc/$d.html" > "$out/$d.txt" 2>&1 || return 1
  done
  "$dir/w3m" -config /dev/null -o display_charset=UTF-8 -cols 80 \
    -dump "$WORKDIR/page.html" > "$out/page.txt" 2>&1
}

#!/bin/bash
# deps.sh build|test -- install the Debian packages gcc-escape needs.
# As root, missing packages are installed; otherwise the exact command is
# printed and the script fails.
set -u
want=(gcc-12 g++-12 gcc-12-plugin-dev libgc-dev make)
# make demo builds for the machine's gcc: its plugin headers too.
d=$(gcc -dumpversion 2>/dev/null | cut -d. -f1)
[ -z "$d" ] || [ "$d" = 12 ] || want+=("gcc-$d" "g++-$d" "gcc-$d-plugin-dev")
if [ "${1:-build}" = test ]; then
  # Everything some part of `make check` needs: DejaGnu, GCC 11, the
  # torture sources, and the build systems of examples/recipes/ (cmake,
  # meson with ninja, autoconf), so that no part is skipped.
  want+=(dejagnu gcc-11 g++-11 gcc-11-plugin-dev gcc-12-source xz-utils
         cmake meson ninja-build pkg-config autoconf
         chromium       # escape-report's page, checked in a browser
         debootstrap)   # the chroots of GCC 13 to 16 (.ci/chroot.sh)
fi
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq "${missing[@]}" >/dev/null || {
    echo "error: apt-get install ${missing[*]} failed" >&2; exit 1; }
else
  echo "error: missing Debian packages; run:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi

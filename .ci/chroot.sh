#!/bin/bash
# .ci/chroot.sh -- the Debian chroots that hold GCC 13 to 16.
#
#   .ci/chroot.sh suite N          the Debian suite that has gcc-N (or nothing)
#   .ci/chroot.sh make SUITE       make build/chroot/SUITE (once; cached)
#   .ci/chroot.sh commands SUITE   print the commands `make` would run
#   .ci/chroot.sh run SUITE CMD... run CMD inside it, in this worktree
#
# Bookworm has gcc-11 and gcc-12; Debian's newer compilers come from its
# newer suites, each a minimal chroot of Debian's own packages:
#
#   trixie  gcc-13, gcc-14
#   forky   gcc-15, gcc-16   (bookworm's debootstrap has no forky script:
#                             sid's is used; forky's Release file in the
#                             registry has expired, so apt is told not to
#                             check its date)
#
# `make` needs root (debootstrap, chroot); anyone else gets the exact
# commands and a failure.  `run` bind-mounts this worktree at the same
# path inside the chroot (so every path, log and plugin name is the same
# inside and out), mounts /proc (AddressSanitizer reads /proc/self/maps)
# and /dev, runs CMD there as root, and unmounts all three when CMD ends
# or the script is stopped.  One `run` per chroot at a time (a lock).
set -u
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

suite_of () {
  case $1 in
    13|14) echo trixie ;;
    15|16) echo forky ;;
    *) return 1 ;;
  esac
}

packages () {
  local p="make gcc libgc-dev dejagnu binutils" v
  for v in 13 14 15 16; do
    [ "$(suite_of $v)" = "$1" ] && p="$p gcc-$v g++-$v gcc-$v-plugin-dev"
  done
  echo "$p"
}

# The debootstrap script for SUITE, when this debootstrap lacks one.
script_of () {
  [ -e "/usr/share/debootstrap/scripts/$1" ] || echo /usr/share/debootstrap/scripts/sid
}

commands () {
  local d=$root/build/chroot/$1 apt="apt-get"
  [ "$1" = forky ] && apt="apt-get -o Acquire::Check-Valid-Until=false"
  cat <<EOF
debootstrap --variant=minbase $1 $d.tmp $MIRROR $(script_of "$1")
chroot $d.tmp $apt update
chroot $d.tmp env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(packages "$1")
chroot $d.tmp apt-get clean
mv $d.tmp $d
EOF
}

make_chroot () {
  local s=$1 d=$root/build/chroot/$1
  [ -f "$d/.escape-ready" ] && [ "$(cat "$d/.escape-ready")" = "$(packages "$s")" ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "error: the $s chroot (for gcc $(for v in 13 14 15 16; do [ "$(suite_of $v)" = "$s" ] && printf '%s ' $v; done| sed 's/ $//')) is not made yet, and making it needs root; run:" >&2
    commands "$s" | sed 's/^/  sudo /' >&2
    return 1
  fi
  command -v debootstrap >/dev/null || { echo "error: debootstrap is not installed (apt-get install debootstrap)" >&2; return 1; }
  mkdir -p "$root/build/chroot"
  exec 8>"$root/build/chroot/$s.lock"; flock 8
  unmount_under "$d"; unmount_under "$d.tmp"
  if [ -d "$d" ] && [ ! -f "$d/.escape-ready" ]; then rm -rf --one-file-system "$d"; fi
  if [ -d "$d" ]; then
    # Made before with fewer packages: add the rest.
    local apt=(apt-get); [ "$s" = forky ] && apt+=(-o Acquire::Check-Valid-Until=false)
    echo "chroot $s: adding packages"
    chroot "$d" "${apt[@]}" -qq update >/dev/null &&
      chroot "$d" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(packages "$s") >/dev/null &&
      chroot "$d" apt-get clean || return 1
    packages "$s" > "$d/.escape-ready"
    return 0
  fi
  echo "chroot $s: making $d (debootstrap, then apt-get install; a few minutes)"
  rm -rf --one-file-system "$d.tmp"
  local log=$root/build/chroot/$s.log
  : > "$log"
  local line
  while read -r line; do
    [ -n "$line" ] || continue
    echo "+ $line" >> "$log"
    if ! bash -c "$line" >> "$log" 2>&1; then
      echo "error: chroot $s: '$line' failed; see $log" >&2
      return 1
    fi
  done < <(commands "$s" | sed '$d')
  packages "$s" > "$d.tmp/.escape-ready"
  mv "$d.tmp" "$d"
}

mounted () { grep -q " $1 " /proc/self/mounts; }

# Everything mounted at or under DIR, innermost first, unmounted.
unmount_under () {
  local m
  for m in $(awk -v d="$1" '$2 == d || index($2, d "/") == 1 { print $2 }' /proc/self/mounts | sort -r); do
    umount "$m" 2>/dev/null || umount -l "$m"
  done
}

run_in () {
  local s=$1; shift
  local d=$root/build/chroot/$s
  make_chroot "$s" || return 1
  [ "$(id -u)" = 0 ] || { echo "error: running in the $s chroot needs root" >&2; return 1; }
  exec 9>"$root/build/chroot/$s.run.lock"; flock 9
  unmount_under "$d"        # left over from a run that was killed
  run_dir=$d
  trap 'unmount_under "$run_dir"' EXIT
  trap 'exit 130' INT TERM HUP
  mkdir -p "$d$root" "$d/proc" "$d/dev"
  mount --bind "$root" "$d$root" || return 1
  mount -t proc proc "$d/proc" || return 1
  mount --bind /dev "$d/dev" || return 1
  chroot "$d" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    ${CI:+CI=$CI} bash -c 'cd "$1" && shift && exec "$@"' - "$root" "$@"
}

case ${1:-} in
  suite) suite_of "${2:?}" ;;
  make) make_chroot "${2:?}" ;;
  commands) commands "${2:?}" ;;
  run) shift; s=${1:?}; shift; run_in "$s" "$@" ;;
  unmount) unmount_under "$root/build/chroot" ;;
  *) sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2 ;;
esac

#!/bin/bash
# Runs the README's two commands, `make run` and `make test`, on a fresh Debian bookworm that
# holds only Swift 6 and the packages Swift itself needs: a minimal debootstrap in a chroot,
# with a clean clone of this repository at REF (HEAD by default). Whatever else the project
# needs must be installed by the Makefile, so a missing step fails here as it would for a new
# user. Too slow for `make test` (a debootstrap, a package install and a whole build); run it
# by hand, as root, after changing what the Makefile installs:
#
#   Scripts/check-fresh-machine.sh [REF]
#
# FRESH_ROOT   where the chroot lives, outside the repository (/var/tmp/coopgraph-fresh); the
#              debootstrap result is kept there as a tarball and unpacked afresh for each run
# SWIFT_ROOT   the toolchain folder, bind-mounted read-only at /opt/swift (/opt/swift)
# MIRROR       the Debian archive to bootstrap from (the first one this machine's apt uses)
# KEEP=1       leave the chroot in place afterwards, to look into it
#
# Swift's package manager clones dependencies by URL; git's `url.*.insteadOf` settings of this
# machine are copied into the chroot, and a folder they point to is bind-mounted read-only.
# Prints PASS or FAIL for each command, with the log's path, and exits 1 if either failed.
set -euo pipefail

FRESH_ROOT=${FRESH_ROOT:-/var/tmp/coopgraph-fresh}
SWIFT_ROOT=${SWIFT_ROOT:-/opt/swift}
# This machine's apt sources, in either format: the chroot uses the same archives.
host_sources() {
    cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | grep -E '^deb ' || true
    cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '
        function flush(  n, s, i) { if (uris != "") { n = split(suites, s, " "); for (i = 1; i <= n; i++) print "deb " uris " " s[i] components }; uris = "" }
        /^URIs:/ { uris = $2 } /^Suites:/ { $1 = ""; suites = $0 } /^Components:/ { $1 = ""; components = $0 }
        /^$/ { flush() } END { flush() }'
}
SOURCES=$(host_sources | grep -E ' bookworm(-updates|-security)? ' || true)
MIRROR=${MIRROR:-$(awk '$3 == "bookworm" { print $2; exit }' <<<"$SOURCES")}
[ -n "$MIRROR" ] || { echo "check-fresh-machine: no bookworm archive in this machine's apt sources; set MIRROR" >&2; exit 1; }
# What the Swift project lists for Swift 6 on Debian 12, less pkg-config and libpython3-dev: the first
# the Makefile must install itself, the second only the debugger uses.
SWIFT_DEPENDENCIES="binutils-gold gcc git libc6-dev libcurl4-openssl-dev libedit-dev libicu-dev libncurses-dev
    libsqlite3-dev libstdc++-12-dev libxml2-dev tzdata uuid-dev"
# What the README asks for besides Swift: make, to run its two commands.
README_PREREQUISITES="make"

die() { echo "check-fresh-machine: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run it as root (it makes a chroot and mounts into it)"
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
commit=$(git -C "$repo" rev-parse --verify "${1:-HEAD}^{commit}") || die "no commit '${1:-HEAD}' in $repo"
[ -x "$SWIFT_ROOT/usr/bin/swift" ] || die "no Swift toolchain in $SWIFT_ROOT; set SWIFT_ROOT"
case "$FRESH_ROOT/" in "$repo"/*) die "FRESH_ROOT must lie outside the repository" ;; esac
command -v debootstrap >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
}

mkdir -p "$FRESH_ROOT"
pristine=$FRESH_ROOT/bookworm-minbase.tar
if [ ! -f "$pristine" ]; then
    echo "debootstrap: a minimal bookworm into $FRESH_ROOT/base"
    rm -rf "$FRESH_ROOT/base"
    debootstrap --variant=minbase bookworm "$FRESH_ROOT/base" "$MIRROR" > "$FRESH_ROOT/debootstrap.log" 2>&1 \
        || die "debootstrap failed; see $FRESH_ROOT/debootstrap.log"
    tar -C "$FRESH_ROOT/base" -cf "$pristine.part" . && mv "$pristine.part" "$pristine"
    rm -rf "$FRESH_ROOT/base"
fi

run=$FRESH_ROOT/run
mounts=()
cleanup() {
    local index
    for ((index = ${#mounts[@]} - 1; index >= 0; index--)); do
        umount "${mounts[index]}" 2>/dev/null || umount -l "${mounts[index]}" 2>/dev/null || true
    done
    if [ "${KEEP:-0}" != 1 ]; then rm -rf --one-file-system "$run"; fi
}
trap cleanup EXIT
# Each mount is private, so that taking it down never reaches the machine's own.
mount_into() { # mount_into TARGET MOUNT-ARGUMENTS…
    local target=$run$1
    shift
    mkdir -p "$target"
    mount "$@" "$target"
    mounts+=("$target")
    mount --make-private "$target"
}
bind_read_only() { # bind_read_only SOURCE TARGET
    mount_into "$2" --bind "$1"
    mount -o remount,bind,ro "$run$2"
}

echo "unpacking a fresh copy into $run"
[ -d "$run" ] && rm -rf --one-file-system "$run"
mkdir -p "$run"
tar -C "$run" -xf "$pristine"

# The machine, not the project: names resolve as here, the release's updates and security
# archive are there, and a certificate authority this machine's network needs is trusted.
cp /etc/resolv.conf "$run/etc/resolv.conf"
{ echo "deb $MIRROR bookworm main"; grep -v " bookworm main" <<<"$SOURCES" || true; } > "$run/etc/apt/sources.list"
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    mkdir -p "$run/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$run/usr/local/share/ca-certificates/"
fi

mount_into /proc -t proc proc
mount_into /sys -t sysfs sysfs
mount_into /dev --bind /dev
mount_into /dev/pts --bind /dev/pts
mount_into /dev/shm -t tmpfs -o mode=1777 shm
bind_read_only "$SWIFT_ROOT" /opt/swift
: > "$run/root/.gitconfig"
while read -r key value; do
    git config --file "$run/root/.gitconfig" --add "$key" "$value"
    folder=${key#url.}
    folder=${folder%.insteadof}
    case "$folder" in /*) [ -d "$folder" ] && ! mountpoint -q "$run$folder" && bind_read_only "$folder" "$folder" ;; esac
done < <(git config --get-regexp '^url\..*\.insteadof$' || true)

echo "cloning $commit into /root/CooperationGraph"
git clone -q --no-hardlinks "$repo" "$run/root/CooperationGraph"
git -C "$run/root/CooperationGraph" checkout -q --detach "$commit"

# A new user's shell: no locale, no proxy or pip settings of this machine, Swift on the PATH.
in_chroot() {
    nice -n 19 env -i HOME=/root TERM=dumb PATH=/opt/swift/usr/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        chroot "$run" /bin/bash -c "$1"
}

logs=$FRESH_ROOT/logs-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$logs"
echo "installing Swift's own dependencies and the README's prerequisites (log: $logs/swift-dependencies.log)"
in_chroot "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(echo $SWIFT_DEPENDENCIES $README_PREREQUISITES)" \
    > "$logs/swift-dependencies.log" 2>&1 || die "installing Swift's dependencies failed; see $logs/swift-dependencies.log"
in_chroot "swift --version" >> "$logs/swift-dependencies.log" 2>&1 || die "swift does not run in the chroot; see $logs/swift-dependencies.log"

status=0
for target in run test; do
    echo "make $target (log: $logs/make-$target.log)"
    if in_chroot "cd /root/CooperationGraph && make $target" > "$logs/make-$target.log" 2>&1; then
        echo "PASS make $target"
    else
        echo "FAIL make $target; the end of its log:"
        grep -E '✘|error:|Error|failed' "$logs/make-$target.log" | tail -n 40 || tail -n 40 "$logs/make-$target.log"
        status=1
    fi
done
exit $status

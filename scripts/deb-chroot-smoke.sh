#!/bin/sh
# The .deb on a clean Debian 12: debootstrap a minbase bookworm root, install the package there with apt
# (which fetches its computed Depends from deb.debian.org), and run it from /tmp on an example — without
# /proc mounted, as in a bare chroot. Manual (root, network, a few minutes, ~500 MB); not part of ctest.
# Usage: sh scripts/deb-chroot-smoke.sh BUILD/nominate_*.deb [ROOT]   (ROOT defaults to a new /tmp folder)
set -eu
deb=$(realpath "$1")
root=${2:-$(mktemp -d /tmp/nominate-chroot.XXXXXX)}
source=$(dirname "$(dirname "$(realpath "$0")")")
command -v debootstrap >/dev/null || { echo "needs debootstrap (apt-get install debootstrap)"; exit 2; }
[ -x "$root/bin/sh" ] || debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
rm -rf "$root/tmp/01-张三"
cp -r "$source/examples/star-compliant" "$root/tmp/01-张三"
chroot "$root" /bin/sh -c "export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
  apt-get update -qq && apt-get install -y -qq --no-install-recommends /tmp/$(basename "$deb") >/dev/null
  cd /tmp && nominate --version && nominate rules list && nominate check 01-张三 --lang zh"
echo "deb-chroot-smoke: ok ($root)"

#!/bin/sh
# Installs what nominate needs to build and test, from Debian 12's packages. Safe to run again.
set -eu
packages="build-essential cmake ninja-build pkg-config git python3
  libcli11-dev libyaml-dev libpcre2-dev catch2 libstb-dev libzip-dev libpugixml-dev nlohmann-json3-dev libfmt-dev
  libutf8proc-dev libavformat-dev libavcodec-dev libavutil-dev libxlsxwriter-dev libssl-dev
  libjpeg62-turbo-dev libheif-dev libjpeg-turbo-progs libheif-examples
  clang-format clang-tidy-16 ffmpeg imagemagick zip unzip libreoffice-writer-nogui libreoffice-calc-nogui
  libpoppler-cpp-dev
  zlib1g-dev
  libavfilter-dev libswscale-dev libswresample-dev
  dpkg-dev lintian man-db bash-completion zsh debootstrap
  hyperfine mediainfo strace time linux-perf
  valgrind
  chromium fonts-wqy-microhei
  clang-16 libclang-rt-16-dev
  libdeflate-dev
  libwebp-dev webp icc-profiles-free"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "nominate: installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
fi
# The CI-report tests (issue 10): xmllint validates JUnit against its schemas, jq runs the GitLab recipe;
# Node's npm installs Microsoft's
# SARIF Multitool under the build folder. Debian's nodejs and npm, unless a Node with npm is already there.
if ! command -v xmllint >/dev/null 2>&1 || ! command -v jq >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends libxml2-utils jq
fi
if ! command -v npm >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends nodejs npm
fi
# bench/blur-calibration's real photographs (mate-backgrounds' nature folder): only for that benchmark, which
# no test runs; NOMINATE_BENCH_PHOTOS=1 sh scripts/install-deps.sh installs them.
if [ "${NOMINATE_BENCH_PHOTOS:-0}" = 1 ] && [ ! -d /usr/share/backgrounds/mate/nature ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends mate-backgrounds
fi

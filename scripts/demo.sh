#!/bin/sh
# Installs what is missing (Debian 12, as root), builds nominate, and checks a shipped example.
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNOMINATE_TESTS=OFF >/dev/null
cmake --build build
echo
echo "== nominate check examples/star-compliant =="
./build/cli/nominate check examples/star-compliant
echo
echo "== nominate check examples/star-faults (a folder with the usual faults: exit 1 is expected) =="
./build/cli/nominate check examples/star-faults || test $? -eq 1

#!/bin/sh
# Installs what is missing (Debian 12, as root), then builds and runs every test twice: a normal build and an
# AddressSanitizer + UndefinedBehaviorSanitizer build; then the contract conformance check, a short run of each
# fuzz target (scripts/fuzz-smoke.sh) and the format check.
set -eu
cd "$(dirname "$0")/.."
started=$(date +%s)
# Each step's heading says how long the run has taken so far, so a slow step shows in CI's log.
step() { echo "== $1 ($(($(date +%s) - started)) s so far) =="; }
sh scripts/install-deps.sh
jobs=$(nproc)

step "merge leftovers (no conflict markers in tracked files)"
if git grep -n -E '^(<<<<<<<|>>>>>>>) ' -- . ':!*.bin'; then
  echo "the lines above are conflict markers a merge left behind: resolve them" >&2
  exit 1
fi

step "links (each part's CMakeLists names exactly what it includes)"
python3 scripts/check-links.py

# Debug information as line tables only (-g1): a sanitizer's or a crash's stack trace still names each file
# and line, and compiling takes about a third less time than with full debug information (-g), whose
# variable and type records only a debugger reads (docs/performance.md, "The test command").
lines_only="-g1"

step "build (RelWithDebInfo)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 $lines_only -DNDEBUG" >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --no-tests=error --output-on-failure -j"$jobs"

step "clang-tidy (.clang-tidy) on the C++ sources the last commit changed"
sh scripts/tidy.sh

step "build (ASan + UBSan)"
# The fixtures the first suite made with LibreOffice, ffmpeg and ImageMagick serve this one too.
# The library and the CLI are compiled eight sources to a unit (CMAKE_UNITY_BUILD; the tests one by one):
# at -O0 most of a unit's time is reading headers, which a unity build reads once per eight sources. The
# normal build above stays one file a unit, as users build it, so a missing #include still fails there and
# both builds run the same tests.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="$lines_only" \
  -DNOMINATE_SANITIZE=ON -DCMAKE_UNITY_BUILD=ON \
  -DNOMINATE_FIXTURE_CACHE="$PWD/build/fixtures" >/dev/null
cmake --build build-asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --no-tests=error --output-on-failure -j"$jobs"

if [ -x ../shared/conformance/run ]; then
  step "conformance (../shared/conformance)"
  ../shared/conformance/run build/cli/nominate
fi

step "fuzz smoke (each libFuzzer target 30 s; docs/fuzzing.md)"
NOMINATE_DEBUG_INFO="$lines_only" sh scripts/fuzz-smoke.sh 30

step "format"
git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run --Werror
echo "all checks passed in $(($(date +%s) - started)) s"

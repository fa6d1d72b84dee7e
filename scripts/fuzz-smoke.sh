#!/bin/sh
# Builds the libFuzzer targets (fuzz/, -DNOMINATE_FUZZ=ON, clang-16 with ASan + UBSan) and runs each for a short
# time from seeds made of the project's own examples and rule files, so a reader that regressed crashes here.
# Usage: scripts/fuzz-smoke.sh [SECONDS_PER_TARGET (default 30)] [BUILD_DIR (default build-fuzz)]
# Nine targets × 30 s, one per core at a time: about 2.5 minutes on two cores. The long campaign: docs/fuzzing.md.
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-30}
build=${2:-build-fuzz}
targets="docx_form table xlsx sniff rules_yaml config image video zip"

# NOMINATE_DEBUG_INFO: the debug information flag (default -g; the test command passes -g1, line tables).
# The library eight sources to a unit (CMAKE_UNITY_BUILD), as the test command's sanitizer build: a fuzz
# build is for finding crashes, and reads each header once per eight sources instead of once per source.
CC=clang-16 CXX=clang++-16 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 ${NOMINATE_DEBUG_INFO:--g} -DNDEBUG" -DNOMINATE_FUZZ=ON \
  -DCMAKE_UNITY_BUILD=ON \
  -DNOMINATE_TESTS=OFF >/dev/null
set -- # the script's own arguments are read above; from here "$@" lists the build targets
for t in $targets; do set -- "$@" "fuzz_$t"; done
cmake --build "$build" -j"$(nproc)" --target "$@"

# Seeds: the shipped examples' files by kind, the rule sets and configs, a zip made here.
seeds="$build/seeds"
rm -rf "$seeds"
for t in $targets; do mkdir -p "$seeds/$t"; done
i=0
seed() { # seed TARGET FILE
  i=$((i + 1))
  cp "$2" "$seeds/$1/seed-$i"
}
find examples rules tests -type f | sort | while IFS= read -r f; do
  case "$f" in
  *.docx) seed docx_form "$f"; seed table "$f"; seed sniff "$f" ;;
  *.xlsx) seed xlsx "$f"; seed table "$f"; seed sniff "$f" ;;
  *.doc|*.xls|*.wps) seed sniff "$f" ;;
  *.jpg|*.jpeg|*.png|*.heic) [ "$(stat -c %s "$f")" -lt 300000 ] && seed image "$f" ;;
  *.mp4|*.mov) [ "$(stat -c %s "$f")" -lt 3000000 ] && seed video "$f" ;;
  rules/*.yaml) seed rules_yaml "$f" ;;
  */nomination.yaml|*/nominate.yaml) seed config "$f" ;;
  esac
done
python3 - "$seeds/zip/seed.zip" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("bag/bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
    z.writestr("bag/data/01-张三/证件照.jpg", b"\xff\xd8\xff" + bytes(100), compress_type=zipfile.ZIP_STORED)
    z.writestr("bag/manifest-sha256.txt", "0" * 64 + "  data/01-张三/证件照.jpg\n", compress_type=zipfile.ZIP_DEFLATED)
PY
for t in $targets; do [ -n "$(ls -A "$seeds/$t")" ] || printf 'x' >"$seeds/$t/empty"; done

dict_of() {
  case "$1" in
  docx_form|table|xlsx|sniff|zip) echo fuzz/dict/xml.dict ;;
  rules_yaml|config) echo fuzz/dict/yaml.dict ;;
  image|video) echo fuzz/dict/isobmff.dict ;;
  esac
}
# One target per core at a time; each writes its log and, on a crash, a .failed mark; the reports follow in order.
fuzz_one() { # fuzz_one TARGET
  corpus="$build/corpus/$1"
  mkdir -p "$corpus"
  rm -f "$build/fuzz-$1.failed"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$build/fuzz/fuzz_$1" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2560 -max_len=1048576 \
    -print_final_stats=1 -artifact_prefix="$build/crash-$1-" -dict="$(dict_of "$1")" "$corpus" "$seeds/$1" \
    2>"$build/fuzz-$1.log" || touch "$build/fuzz-$1.failed"
}
cores=$(nproc)
running=0
for t in $targets; do
  fuzz_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$cores" ]; then
    wait
    running=0
  fi
done
wait
status=0
for t in $targets; do
  echo "== fuzz_$t (${seconds}s) =="
  if [ -e "$build/fuzz-$t.failed" ]; then
    tail -60 "$build/fuzz-$t.log"
    echo "fuzz_$t: a crash; the input is $build/crash-$t-*" >&2
    status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/fuzz-$t.log" || true
done
exit $status

#!/bin/sh
# The long fuzz campaign (docs/fuzzing.md): runs one libFuzzer target until it has used CPU_SECONDS of processor
# time, not of wall time, so a target run beside builds and tests (under nice) is not shortchanged. It keeps the
# target's corpus in BUILD_DIR/corpus/<target> between runs and writes BUILD_DIR/campaign-<target>.log; the last
# lines of the log are libFuzzer's final statistics (executions, corpus, peak RSS).
# Usage: [TIMEOUT=SECONDS] scripts/fuzz-campaign.sh TARGET CPU_SECONDS [BUILD_DIR (default build-fuzz)]
#   e.g. nice -n 19 sh scripts/fuzz-campaign.sh docx_form 3600
# libFuzzer's -timeout (TIMEOUT, default 25 s) counts wall time: under nice beside a full build, a unit that
# takes 1 s alone can wait longer than that for a core and be reported as a hang; give TIMEOUT=300 there.
# Needs the targets built and the seeds made: sh scripts/fuzz-smoke.sh 1 (once).
# Exit status: 0 when the time was used with no crash, 1 when libFuzzer found one (the input is
# BUILD_DIR/crash-<target>-*), 2 on a usage error.
set -eu
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: $0 TARGET CPU_SECONDS [BUILD_DIR]" >&2; exit 2; }
target=$1
budget=$2
build=${3:-build-fuzz}
binary="$build/fuzz/fuzz_$target"
[ -x "$binary" ] || { echo "$binary is not built: cmake --build $build --target fuzz_$target" >&2; exit 2; }
case "$target" in
docx_form|table|xlsx|sniff|zip) dict=fuzz/dict/xml.dict ;;
rules_yaml|config) dict=fuzz/dict/yaml.dict ;;
image|video) dict=fuzz/dict/isobmff.dict ;;
*) echo "unknown target $target" >&2; exit 2 ;;
esac
max_len=1048576
[ "$target" = image ] && max_len=131072 # full-size photos decode at a few per second under ASan
corpus="$build/corpus/$target"
mkdir -p "$corpus"
log="$build/campaign-$target.log"
hz=$(getconf CLK_TCK)

ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  "$binary" -timeout="${TIMEOUT:-25}" -rss_limit_mb=2560 -max_len="$max_len" -print_final_stats=1 \
  -artifact_prefix="$build/crash-$target-" -dict="$dict" "$corpus" "$build/seeds/$target" >"$log" 2>&1 &
pid=$!
trap 'kill -INT $pid 2>/dev/null || true' INT TERM
# Fields 14 and 15 of /proc/PID/stat are user and system time in clock ticks, summed over the process's threads.
cpu_seconds() { awk -v hz="$hz" '{ print int(($14 + $15) / hz) }' "/proc/$pid/stat" 2>/dev/null || echo -1; }
used=0
while kill -0 "$pid" 2>/dev/null; do
  now=$(cpu_seconds)
  [ "$now" -ge 0 ] && used=$now
  if [ "$used" -ge "$budget" ]; then
    kill -INT "$pid" # libFuzzer prints its final statistics on SIGINT, then exits
    break
  fi
  sleep 5
done
status=0
wait "$pid" || status=$?
# libFuzzer exits 72 (-interrupted_exitcode) when stopped by SIGINT: the budget was used, not a finding.
if [ "$status" -ne 0 ] && [ "$status" -ne 72 ] && [ "$status" -ne 130 ]; then
  tail -40 "$log"
  echo "fuzz_$target: libFuzzer stopped with status $status after about $used CPU seconds; the input is" \
    "$build/crash-$target-* (a timeout right after the fuzzer was suspended is the suspension: -timeout counts" \
    "wall time; run the input again to tell)" >&2
  exit 1
fi
printf 'fuzz_%s: about %s CPU seconds; corpus %s files\n' "$target" "$used" "$(ls "$corpus" | wc -l)"
grep -E "stat::(number_of_executed_units|new_units_added|peak_rss_mb)" "$log" || true

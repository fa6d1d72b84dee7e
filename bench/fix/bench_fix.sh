#!/bin/sh
# nominate fix's video transcode vs the ffmpeg CLI with the same settings, in one run, ratio printed (issue 9:
# goal ≤ 1.05×, peak memory flat in the length). Not run by CTest. Usage: bench/fix/bench_fix.sh BUILD [SECONDS]
# BUILD is the build folder holding cli/nominate; SECONDS the clip's length (default 270: a 4½-minute video).
set -eu
build=${1:?usage: bench_fix.sh BUILD [SECONDS]}
seconds=${2:-270}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
here=$(cd "$(dirname "$0")/../.." && pwd)
cp -r "$here/examples/star-faults" "$work/sub"
echo "making a ${seconds} s 1080p30 HEVC phone-like video…"
ffmpeg -v error -y -f lavfi -i "testsrc2=size=1920x1080:rate=30" -f lavfi -i "sine=frequency=440:sample_rate=44100" \
  -t "$seconds" -c:v libx265 -preset ultrafast -x265-params log-level=error -tag:v hvc1 -c:a aac -f mp4 \
  "$work/sub/事迹视频.mp4"
start=$(date +%s.%N)
/usr/bin/time -f "nominate fix: peak %M KB" "$build/cli/nominate" fix "$work/sub" -q -o "$work/fixed" || true
mid=$(date +%s.%N)
# The settings fix uses for the national rules: 1280×720, 25 fps CFR, x264 medium High CRF 23 capped at
# 2 Mbit/s, AAC 128k 48 kHz stereo, faststart.
/usr/bin/time -f "ffmpeg CLI:   peak %M KB" ffmpeg -v error -y -i "$work/sub/事迹视频.mp4" \
  -vf "scale=1280:720:flags=bicubic,setsar=1,fps=25,format=yuv420p" -c:v libx264 -preset medium -profile:v high \
  -crf 23 -maxrate 2M -bufsize 4M -c:a aac -b:a 128k -ar 48000 -ac 2 -movflags +faststart "$work/ref.mp4"
end=$(date +%s.%N)
echo "$start $mid $end" | awk '{ a = $2 - $1; b = $3 - $2; printf "nominate fix %.1f s (check, transcode, check again), ffmpeg %.1f s, ratio %.3f\n", a, b, a / b }'
ls -l "$work/fixed/事迹视频.mp4" "$work/ref.mp4"

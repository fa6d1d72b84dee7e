#pragma once

#include "file_io.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace nominate::media::detail {

// The presentation times of an MP4/MOV's video samples, read from its sample tables: `stts` (decode-time
// steps) and `ctts` (composition offsets) in `moov`, and each fragment's `trun` in a fragmented file.
// FFmpeg's index holds decode times only, and of a fragmented file only what it has read so far; a phone's
// muxer may space decode times unevenly under B-frames while the presentation times keep a constant rate.
struct SampleTimes {
  std::uint32_t timescale = 0;            // ticks per second (the track's `mdhd`)
  std::vector<std::int64_t> presentation; // one per sample, decode order, in ticks
  std::int64_t total_duration = 0;        // the samples' durations summed, in ticks
  bool fragmented = false;                // samples came from `moof` fragments
};

// At most this many samples are read (10 hours at 60 fps); a table claiming more is cut there.
inline constexpr std::size_t k_max_samples = 2'000'000;

// The sample times of the video track whose `tkhd` id is `track_id` (FFmpeg's AVStream::id for an MP4), or of
// the first video track when `track_id` is 0; nullopt when the file has no such readable video sample table.
// Walks the `moov` box by its box headers and reads only that track's time tables (stts, ctts), then every
// `moof` (each at most 16 MiB).
[[nodiscard]] std::optional<SampleTimes> read_video_sample_times(CountingFile& file,
                                                                 std::uint32_t track_id = 0);

} // namespace nominate::media::detail

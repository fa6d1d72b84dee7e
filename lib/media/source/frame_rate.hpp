#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nominate::media::detail {

// The frame rate judged from presentation timestamps (the sample tables', or packets'), not from
// the header: FFmpeg's r_frame_rate is a guess, and a VFR phone video can show 25/1 while averaging 20 fps.
struct FrameRate {
  double fps = 0; // the common step's rate when constant; the average when variable
  bool variable = false;
  double min_fps = 0;        // from the longest step seen at least twice
  double max_fps = 0;        // from the shortest step seen at least twice
  std::size_t steps = 0;     // how many timestamp steps were judged
  std::size_t off_steps = 0; // steps that stray from the common one
};

// A step strays when it differs from the median step by more than this share, plus one tick wherever the
// time base rounds a frame's duration (or ticks are fine: 20 or more to a frame). Judge presentation times:
// a phone's muxer may space decode times unevenly under B-frames while what is shown keeps its rate.
inline constexpr double k_step_tolerance = 0.02;
// Timestamp jitter no viewer sees: when every timestamp lies within this many seconds of an even grid from
// the first to the last (a capture clock's or a muxer's ±1 ms at 25 fps, steps of 39 and 41 ms that the 2 %
// above would call variable), the rate is constant, the grid's. A rate that changes, a dropped frame or a
// gap moves the later timestamps off any even grid by far more.
inline constexpr double k_jitter_seconds = 0.0015;
// Variable when more than this share of the steps stray (and at least two do): one odd step at the end of a
// constant-rate file is not variable.
inline constexpr double k_variable_share = 0.01;

// A single step this many times the common one, inside the video, is a gap: variable however rare.
inline constexpr double k_gap_factor = 2.5;

// `timestamps` in ticks of `time_base` seconds (num/den); sorted and deduplicated here. Nullopt with fewer
// than two distinct timestamps.
[[nodiscard]] std::optional<FrameRate> judge_frame_rate(std::vector<std::int64_t> timestamps,
                                                        int time_base_num, int time_base_den);

// A rate as people write it: "25", "29.97", "23.976".
[[nodiscard]] std::string format_fps(double fps);

} // namespace nominate::media::detail

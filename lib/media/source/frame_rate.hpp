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
// Timestamp jitter no viewer sees: when every timestamp lies within this share of a frame's duration of the
// even grid that fits them best (least squares over all of them), the rate is constant, the grid's. A capture
// clock's or a muxer's jitter (±1 ms at 25 fps gives steps of 38 to 42 ms, which the 2 % above calls
// uneven; a phone's camera clock a few ms) stays near the grid; a rate that changes, a dropped frame or a gap
// moves every later timestamp off it by half a frame or more. A quarter of a frame (10 ms at 25 fps) is less
// than one refresh of a 60 Hz screen, on which a player shows each frame in the slot the grid gives it.
inline constexpr double k_jitter_share = 0.25;
// Frames dropped here and there from an even rate (a phone that could not keep up for a moment) leave every
// timestamp on the grid and a few slots empty: players keep the rate, and it is the grid's while no more than
// this share of the slots is empty (1 frame in 50). More — one a second at 25 fps is 4 % — is a lower rate.
inline constexpr double k_dropped_share = 0.02;
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

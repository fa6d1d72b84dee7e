#include "frame_rate.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace nominate::media::detail {

namespace {

constexpr double k_standard_rates[] = {
    24000.0 / 1001, 24, 25, 30000.0 / 1001, 30, 48, 50, 60000.0 / 1001, 60, 100, 120, 240};

// Each timestamp is rounded to a tick, so over a short clip a mean rate is uncertain by about a tick per
// span (2 s of 60 fps in milliseconds: ±0.03 fps): a rate that close to a standard one is that one.
// `span_ticks`: the ticks the mean was taken over; `slack_ticks`: how far its ends may be off (1.5 ticks of
// rounding, or a timestamp's jitter at either end).
void snap_to_standard(double& fps, double span_ticks, double slack_ticks = 1.5)
{
  const double relative = std::max(1e-4, slack_ticks / std::max(1.0, span_ticks));
  double nearest = 0;
  for (double standard : k_standard_rates) {
    if (std::abs(fps - standard) <= relative * standard &&
        (nearest == 0 || std::abs(fps - standard) < std::abs(fps - nearest))) {
      nearest = standard;
    }
  }
  if (nearest > 0) {
    fps = nearest;
  }
}

// The even grid start + slot × step that fits the timestamps best (least squares; timestamp i in slot
// `slots[i]`), and how far the farthest one lies from it, in ticks. Centred sums: timestamps of a long file
// in 1/90000 s squared would lose digits.
struct Grid {
  double start = 0;
  double step = 0;
  double worst = 0;
};

Grid fit_grid(const std::vector<std::int64_t>& timestamps, const std::vector<double>& slots)
{
  const auto count = static_cast<double>(timestamps.size());
  const double origin = static_cast<double>(timestamps.front());
  double mean_slot = 0;
  double mean_time = 0;
  for (std::size_t i = 0; i < timestamps.size(); ++i) {
    mean_slot += slots[i] / count;
    mean_time += (static_cast<double>(timestamps[i]) - origin) / count;
  }
  double covariance = 0;
  double variance = 0;
  for (std::size_t i = 0; i < timestamps.size(); ++i) {
    const double slot = slots[i] - mean_slot;
    covariance += slot * (static_cast<double>(timestamps[i]) - origin - mean_time);
    variance += slot * slot;
  }
  Grid grid;
  if (variance <= 0) {
    return grid;
  }
  grid.step = covariance / variance;
  grid.start = origin + mean_time - grid.step * mean_slot;
  for (std::size_t i = 0; i < timestamps.size(); ++i) {
    grid.worst = std::max(grid.worst,
                          std::abs(static_cast<double>(timestamps[i]) - grid.start - slots[i] * grid.step));
  }
  return grid;
}

// Whether every timestamp lies within k_jitter_share of a step of `grid`'s slot for it.
bool fits(const Grid& grid)
{
  return grid.step > 0 && grid.worst <= k_jitter_share * grid.step;
}

} // namespace

std::optional<FrameRate> judge_frame_rate(std::vector<std::int64_t> timestamps, int time_base_num,
                                          int time_base_den)
{
  if (time_base_num <= 0 || time_base_den <= 0) {
    return std::nullopt;
  }
  if (!std::is_sorted(timestamps.begin(), timestamps.end())) { // decode times are; presentation times not
    std::sort(timestamps.begin(), timestamps.end());
  }
  timestamps.erase(std::unique(timestamps.begin(), timestamps.end()), timestamps.end());
  if (timestamps.size() < 2) {
    return std::nullopt;
  }
  std::vector<std::int64_t> steps;
  steps.reserve(timestamps.size() - 1);
  for (std::size_t i = 1; i < timestamps.size(); ++i) {
    steps.push_back(timestamps[i] - timestamps[i - 1]);
  }
  std::vector<std::int64_t> sorted = steps;
  std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2),
                   sorted.end());
  const auto median = static_cast<double>(sorted[sorted.size() / 2]);
  const double tick = static_cast<double>(time_base_num) / time_base_den;

  FrameRate rate;
  rate.steps = steps.size();
  // The time base's rounding: where a frame's true duration is not a whole number of ticks (30000/1001 fps
  // in milliseconds is 33.37: steps of 33 and 34; 25 fps in 1/90 s … ), consecutive steps differ by a tick
  // at a constant rate. One tick of slack then, and wherever ticks are fine (20 or more to a frame); none
  // where a tick is a whole frame and the steps are exact (AVI counts frames: a step of 2 is a lost frame).
  double near_sum = 0;
  std::size_t near_count = 0;
  for (auto step : steps) {
    if (std::abs(static_cast<double>(step) - median) <= 1.0) {
      near_sum += static_cast<double>(step);
      ++near_count;
    }
  }
  const double near_mean = near_count > 0 ? near_sum / static_cast<double>(near_count) : median;
  const bool rounds = std::abs(near_mean - std::round(near_mean)) > 0.02;
  const double tolerance = median * k_step_tolerance + (median >= 20 || rounds ? 1.0 : 0.0);
  rate.off_steps = static_cast<std::size_t>(std::count_if(steps.begin(), steps.end(), [&](std::int64_t step) {
    return std::abs(static_cast<double>(step) - median) > tolerance;
  }));
  // A gap inside the video (a slow-motion section's 0.33 s, a cut where frames were dropped) is variable
  // even when it is the only odd step; the first and last steps are an encoder's and not judged so.
  bool gap = false;
  std::int64_t widest_gap = 0;
  for (std::size_t i = 1; i + 1 < steps.size(); ++i) {
    if (static_cast<double>(steps[i]) >= k_gap_factor * median) {
      gap = true;
      widest_gap = std::max(widest_gap, steps[i]);
    }
  }
  rate.variable = gap || (rate.off_steps >= 2 && static_cast<double>(rate.off_steps) >
                                                     k_variable_share * static_cast<double>(rate.steps));
  const double span = static_cast<double>(timestamps.back() - timestamps.front()) * tick;
  // Each timestamp in its own slot (jitter), or — a few frames dropped — in the slot its step from the one
  // before counts in common steps, a few slots left empty.
  std::vector<double> slots(timestamps.size());
  std::vector<double> counted(timestamps.size());
  for (std::size_t i = 1; i < timestamps.size(); ++i) {
    slots[i] = static_cast<double>(i);
    counted[i] = counted[i - 1] + std::max(1.0, std::round(static_cast<double>(steps[i - 1]) / median));
  }
  auto grid = fit_grid(timestamps, slots);
  bool dropped_frames = false; // on the grid with slots left empty: the odd steps stay counted
  bool on_grid = rate.variable && !gap && fits(grid);
  if (rate.variable && !gap && !on_grid) {
    const double empty = counted.back() - static_cast<double>(timestamps.size() - 1);
    const auto dropped = fit_grid(timestamps, counted);
    if (empty <= k_dropped_share * static_cast<double>(timestamps.size()) && fits(dropped)) {
      grid = dropped;
      on_grid = true;
      dropped_frames = true;
    }
  }
  if (on_grid) {
    rate.variable = false; // jitter or a few dropped frames: the grid's rate, made standard where it is one
    rate.off_steps = dropped_frames ? rate.off_steps : 0;
    rate.fps = 1.0 / (grid.step * tick);
    snap_to_standard(rate.fps, static_cast<double>(timestamps.back() - timestamps.front()),
                     std::max(1.5, 2 * grid.worst));
  } else if (rate.variable) {
    rate.fps = static_cast<double>(rate.steps) / span;
  } else {
    // The mean of the steps that keep to the common one: exact for 30000/1001 at a millisecond time base.
    double sum = 0;
    std::size_t count = 0;
    for (auto step : steps) {
      if (std::abs(static_cast<double>(step) - median) <= tolerance) {
        sum += static_cast<double>(step);
        ++count;
      }
    }
    rate.fps = 1.0 / (sum / static_cast<double>(count) * tick);
    snap_to_standard(rate.fps, sum);
  }
  // The extremes among steps seen at least twice: a lone odd step at either end (an encoder's first decode
  // time, the last sample's duration) is no rate the viewer sees.
  // A step under a millisecond is a muxer nudging two equal timestamps one tick apart (1/90000 s), not a
  // 90000 fps the viewer sees: it is left out of the range (it still counts as an uneven step above).
  std::sort(sorted.begin(), sorted.end());
  const auto k_plausible = static_cast<std::int64_t>(std::ceil(0.001 / tick));
  const auto first_plausible = std::lower_bound(sorted.begin(), sorted.end(), k_plausible);
  if (first_plausible != sorted.end()) {
    sorted.erase(sorted.begin(), first_plausible);
  }
  std::int64_t shortest = sorted.front();
  std::int64_t longest = sorted.back();
  for (std::size_t i = 1; i < sorted.size(); ++i) {
    if (sorted[i] == sorted[i - 1]) {
      shortest = sorted[i];
      break;
    }
  }
  for (std::size_t i = sorted.size() - 1; i > 0; --i) {
    if (sorted[i] == sorted[i - 1]) {
      longest = sorted[i];
      break;
    }
  }
  // A gap, seen once, is what made the rate variable: the range shows it (one 0.12 s hiccup in 25 fps reads
  // 8.33–25 fps, not a 24.99–25.01 that contradicts the verdict).
  longest = std::max(longest, widest_gap);
  rate.max_fps = 1.0 / (static_cast<double>(shortest) * tick);
  rate.min_fps = 1.0 / (static_cast<double>(longest) * tick);
  // One rate per report: the range always holds the average it is shown beside.
  rate.min_fps = std::min(rate.min_fps, rate.fps);
  rate.max_fps = std::max(rate.max_fps, rate.fps);
  if (on_grid) {
    rate.min_fps = rate.fps; // the steps' spread is the jitter, no rate the viewer sees
    rate.max_fps = rate.fps;
  }
  return rate;
}

std::string format_fps(double fps)
{
  if (!(fps > 0) || !std::isfinite(fps)) {
    return "0";
  }
  const double whole = std::round(fps);
  if (std::abs(fps - whole) < 0.01) {
    return std::to_string(static_cast<long long>(whole));
  }
  char text[32];
  // NTSC rates (24000/1001) need three decimals to be recognised; others read fine with two.
  if (std::abs(fps - 24000.0 / 1001.0) < 0.001) {
    std::snprintf(text, sizeof text, "%.3f", fps);
  } else {
    std::snprintf(text, sizeof text, "%.2f", fps);
  }
  std::string out(text);
  while (!out.empty() && out.back() == '0') {
    out.pop_back();
  }
  if (!out.empty() && out.back() == '.') {
    out.pop_back();
  }
  return out;
}

} // namespace nominate::media::detail

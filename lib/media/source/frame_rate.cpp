#include "frame_rate.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace nominate::media::detail {

std::optional<FrameRate> judge_frame_rate(std::vector<std::int64_t> timestamps, int time_base_num,
                                          int time_base_den)
{
  if (time_base_num <= 0 || time_base_den <= 0) {
    return std::nullopt;
  }
  std::sort(timestamps.begin(), timestamps.end());
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
  // One tick of slack where ticks are fine (a millisecond time base rounds 33.37 ms to 33 or 34); none where
  // a tick is a whole frame (AVI counts frames).
  const double tolerance = median * k_step_tolerance + (median >= 20 ? 1.0 : 0.0);
  rate.off_steps = static_cast<std::size_t>(std::count_if(steps.begin(), steps.end(), [&](std::int64_t step) {
    return std::abs(static_cast<double>(step) - median) > tolerance;
  }));
  rate.variable = rate.off_steps >= 2 &&
                  static_cast<double>(rate.off_steps) > k_variable_share * static_cast<double>(rate.steps);
  const double span = static_cast<double>(timestamps.back() - timestamps.front()) * tick;
  if (rate.variable) {
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
  }
  // The extremes among steps seen at least twice: a lone odd step at either end (an encoder's first decode
  // time, the last sample's duration) is no rate the viewer sees.
  std::sort(sorted.begin(), sorted.end());
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
  rate.max_fps = 1.0 / (static_cast<double>(shortest) * tick);
  rate.min_fps = 1.0 / (static_cast<double>(longest) * tick);
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

#include "frame_rate.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using nominate::media::detail::format_fps;
using nominate::media::detail::judge_frame_rate;

namespace {

std::vector<std::int64_t> steps_of(std::initializer_list<std::pair<int, std::int64_t>> runs)
{
  std::vector<std::int64_t> times{0};
  for (auto [count, step] : runs) {
    for (int i = 0; i < count; ++i) {
      times.push_back(times.back() + step);
    }
  }
  return times;
}

} // namespace

TEST_CASE("a frame rate is judged from timestamp steps", "[media]")
{
  SECTION("constant 25 fps at a 1/12800 time base")
  {
    const auto rate = judge_frame_rate(steps_of({{100, 512}}), 1, 12800);
    REQUIRE(rate);
    CHECK_FALSE(rate->variable);
    CHECK(rate->fps == Approx(25));
  }

  SECTION("a muxer's one-tick nudges between equal timestamps are no 90000 fps in the range")
  {
    // 25 fps at 1/90000 (3600 ticks), with frames twice nudged a tick after the one before and 80 ms gaps.
    const auto rate = judge_frame_rate(
        steps_of({{40, 3600}, {1, 1}, {1, 7199}, {40, 3600}, {1, 1}, {1, 7199}, {2, 7200}, {40, 3600}}), 1,
        90000);
    REQUIRE(rate);
    CHECK(rate->variable);
    CHECK(rate->max_fps == Approx(25));
    CHECK(rate->min_fps == Approx(12.5));
  }

  SECTION("29.97 at a millisecond time base jitters by a tick and stays constant")
  {
    std::vector<std::int64_t> times;
    for (int i = 0; i < 300; ++i) {
      times.push_back(static_cast<std::int64_t>(i * 1001.0 / 30.0));
    }
    const auto rate = judge_frame_rate(times, 1, 1000);
    REQUIRE(rate);
    CHECK_FALSE(rate->variable);
    CHECK(format_fps(rate->fps) == "29.97");
  }

  SECTION("timestamps a millisecond off an even 25 fps (steps of 39 and 41 ms) are a constant 25")
  {
    std::vector<std::int64_t> times;
    for (int i = 0; i < 250; ++i) {
      times.push_back(i * 512 + (i % 2) * 13); // 1/12800: 13 ticks ≈ 1 ms, every other frame
    }
    const auto rate = judge_frame_rate(times, 1, 12800);
    REQUIRE(rate);
    CHECK_FALSE(rate->variable);
    CHECK(rate->fps == Approx(25));
    CHECK(rate->min_fps == Approx(25)); // the jitter is no range of rates
    CHECK(rate->max_fps == Approx(25));
    // A phone camera's clock, a few milliseconds either way, is still jitter: each frame keeps its slot.
    for (auto& time : times) {
      time += (time % 1024 != 0) ? 26 : 0;
    }
    const auto phone = judge_frame_rate(times, 1, 12800);
    REQUIRE(phone);
    CHECK_FALSE(phone->variable);
    CHECK(phone->fps == Approx(25));
    // Every other frame 23 ms late (steps of 17 and 63 ms) is a judder a viewer sees: variable.
    for (auto& time : times) {
      time += (time % 1024 != 0) ? 260 : 0;
    }
    const auto rough = judge_frame_rate(times, 1, 12800);
    REQUIRE(rough);
    CHECK(rough->variable);
  }

  SECTION("random jitter of a millisecond at 1/90000, as a capture clock leaves it, is a constant 25")
  {
    // ffmpeg's setpts='(N/25+(random(0)-0.5)*0.002)/TB' kind of file: the first and last timestamps are off
    // too, so the even grid is fitted to all of them, not drawn from the first to the last.
    std::vector<std::int64_t> times;
    for (int i = 0; i < 750; ++i) {
      times.push_back(i * 3600 + (i * 7919) % 181 - 90);
    }
    times.front() = -90;
    times.back() = 749 * 3600 + 90;
    const auto rate = judge_frame_rate(times, 1, 90000);
    REQUIRE(rate);
    CHECK_FALSE(rate->variable);
    CHECK(format_fps(rate->fps) == "25");
    CHECK(rate->min_fps == Approx(25));
  }

  SECTION("a frame dropped now and then (1 in 80) leaves a constant 25 on its grid")
  {
    std::vector<std::int64_t> times;
    std::int64_t time = 0;
    for (int i = 0; i < 2000; ++i) {
      times.push_back(time);
      time += (i % 80 == 40) ? 7200 : 3600; // 1/90000: 40 ms, once in 80 frames 80 ms
    }
    const auto rate = judge_frame_rate(times, 1, 90000);
    REQUIRE(rate);
    CHECK_FALSE(rate->variable);
    CHECK(format_fps(rate->fps) == "25");
    CHECK(rate->min_fps == Approx(25)); // no "12.5 fps" a viewer never sees
  }

  SECTION("a frame dropped every second is a lower rate, not jitter")
  {
    std::vector<std::int64_t> times;
    std::int64_t time = 0;
    for (int i = 0; i < 250; ++i) {
      times.push_back(time);
      time += (i % 24 == 23) ? 80 : 40;
    }
    const auto rate = judge_frame_rate(times, 1, 1000);
    REQUIRE(rate);
    CHECK(rate->variable);
    CHECK(rate->fps < 24.5);
  }

  SECTION("a phone's variable rate: 25 fps, then 20")
  {
    const auto rate = judge_frame_rate(steps_of({{50, 40}, {50, 50}}), 1, 1000);
    REQUIRE(rate);
    CHECK(rate->variable);
    CHECK(rate->max_fps == Approx(25));
    CHECK(rate->min_fps == Approx(20));
    CHECK(rate->fps == Approx(100.0 / 4.5));
  }

  SECTION("one odd last step does not make a file variable")
  {
    const auto rate = judge_frame_rate(steps_of({{200, 40}, {1, 80}}), 1, 1000);
    REQUIRE(rate);
    CHECK_FALSE(rate->variable);
    CHECK(rate->fps == Approx(25));
  }

  SECTION("60 fps in milliseconds steps 16/17/17 and stays a constant 60")
  {
    std::vector<std::int64_t> times;
    for (int i = 0; i < 120; ++i) {
      times.push_back(static_cast<std::int64_t>(std::lround(i * 1000.0 / 60.0)));
    }
    const auto rate = judge_frame_rate(times, 1, 1000);
    REQUIRE(rate);
    CHECK_FALSE(rate->variable);
    CHECK(format_fps(rate->fps) == "60");
  }

  SECTION("25 fps in a 1/100 time base is exact; 30 fps there rounds to 3/3/4 ticks and is constant")
  {
    const auto pal = judge_frame_rate(steps_of({{50, 4}}), 1, 100);
    REQUIRE(pal);
    CHECK_FALSE(pal->variable);
    std::vector<std::int64_t> times;
    for (int i = 0; i < 900; ++i) { // 30 s: over 3 s a 1/100 tick cannot tell 30 from 29.97
      times.push_back(static_cast<std::int64_t>(std::lround(i * 100.0 / 30.0)));
    }
    const auto ntsc = judge_frame_rate(times, 1, 100);
    REQUIRE(ntsc);
    CHECK_FALSE(ntsc->variable);
    CHECK(format_fps(ntsc->fps) == "30");
  }

  SECTION("a single 0.33 s gap inside a 30 fps video is variable")
  {
    const auto rate = judge_frame_rate(steps_of({{30, 33}, {1, 363}, {60, 33}}), 1, 1000);
    REQUIRE(rate);
    CHECK(rate->variable);
    CHECK(rate->min_fps <= rate->fps);
    CHECK(rate->fps <= rate->max_fps);
    // The range shows the gap that made it variable (1 / 0.363 s), not only the rate around it.
    CHECK(rate->min_fps == Approx(1 / 0.363).epsilon(0.001));
  }
  SECTION("one 0.12 s hiccup in 25 fps is shown in the range")
  {
    const auto rate = judge_frame_rate(steps_of({{3000, 3600}, {1, 10800}, {3000, 3600}}), 1, 90000);
    REQUIRE(rate);
    CHECK(rate->variable);
    CHECK(format_fps(rate->min_fps) == "8.33");
    CHECK(format_fps(rate->max_fps) == "25");
  }

  SECTION("a lost frame in an AVI (one tick per frame) is a step of 2, not rounding")
  {
    const auto rate = judge_frame_rate(steps_of({{40, 1}, {1, 2}, {40, 1}, {1, 2}, {40, 1}}), 1, 25);
    REQUIRE(rate);
    CHECK(rate->off_steps == 2);
    // Two lost in 123 leave the rest on the 25 fps grid: still 25, as a player shows it.
    CHECK_FALSE(rate->variable);
    CHECK(format_fps(rate->fps) == "25");
  }

  SECTION("too few timestamps, or a broken time base, say nothing")
  {
    CHECK_FALSE(judge_frame_rate({5}, 1, 1000));
    CHECK_FALSE(judge_frame_rate({5, 5, 5}, 1, 1000));
    CHECK_FALSE(judge_frame_rate({0, 40}, 0, 1000));
  }
}

TEST_CASE("a frame rate is written as people write it", "[media]")
{
  CHECK(format_fps(25.0) == "25");
  CHECK(format_fps(30000.0 / 1001.0) == "29.97");
  CHECK(format_fps(24000.0 / 1001.0) == "23.976");
  CHECK(format_fps(22.96) == "22.96");
  CHECK(format_fps(0) == "0");
}

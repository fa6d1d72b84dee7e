// What the deep probe's filters measure of a video's picture and sound (VideoContent), on short ffmpeg-made
// videos on both sides of the shipped rules' default thresholds (lib/rules/source/catalog_content.cpp):
// black over 25 % of the duration, frozen over 50 %, silent over 50 % or quieter than -40 LUFS, dark (mean
// luma under 40) or blurry (blurdetect over 12) in over half the pictures.

#include "media_fixtures.hpp"

#include <nominate/media/video.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using nominate::media::ProbeDepth;
using nominate::media::VideoContent;
using namespace nominate::test;

namespace {

const std::string k_size = "640x360";
const std::string k_moving = "testsrc2=s=" + k_size + ":r=10";

// A 6-second video whose picture is the lavfi graph `picture` (ending in [v]) and whose sound is the lavfi
// source `sound` (empty: none).
std::filesystem::path content_video(const std::string& name, const std::string& picture,
                                    const std::string& sound)
{
  std::vector<std::string> args{"-filter_complex", picture + ",format=yuv420p[v]"};
  if (!sound.empty()) {
    args.insert(args.end(), {"-f", "lavfi", "-i", sound});
  }
  args.insert(args.end(), {"-map", "[v]"});
  if (!sound.empty()) {
    args.insert(args.end(), {"-map", "0:a", "-c:a", "aac", "-b:a", "64k"});
  }
  args.insert(args.end(), {"-t", "6", "-c:v", "libx264", "-preset", "ultrafast", "-crf", "18", "{out}"});
  return ffmpeg_fixture("content-" + name + ".mp4", args);
}

const std::string k_sine = "sine=frequency=440:sample_rate=44100";

std::string moving(double seconds)
{
  return k_moving + ":d=" + std::to_string(seconds);
}

// `first` for `seconds`, then the moving picture to the end.
std::string then_moving(const std::string& first, double seconds)
{
  const char* joiner = first.find('=') == std::string::npos ? "=" : ":";
  return first + joiner + "s=" + k_size + ":r=10:d=" + std::to_string(seconds) + "[a];" +
         moving(6 - seconds) + "[b];[a][b]concat=n=2:v=1:a=0";
}

VideoContent content_of(const std::filesystem::path& path)
{
  auto facts = nominate::media::probe_video_file(path, ProbeDepth::deep);
  REQUIRE(facts.has_value());
  INFO(facts->content_problem.value_or(""));
  REQUIRE(facts->content.has_value());
  return *facts->content;
}

double share(const std::vector<nominate::media::TimeRange>& ranges, const VideoContent& content)
{
  return nominate::media::total_seconds(ranges) / content.duration_s;
}

double share_of(const VideoContent& content, bool (*judged)(const nominate::media::PictureSample&))
{
  REQUIRE(!content.pictures.empty());
  const auto count = std::count_if(content.pictures.begin(), content.pictures.end(), judged);
  return static_cast<double>(count) / static_cast<double>(content.pictures.size());
}

bool dark(const nominate::media::PictureSample& sample)
{
  return sample.luma < 40;
}

bool blurry(const nominate::media::PictureSample& sample)
{
  return sample.blur > 12;
}

} // namespace

TEST_CASE("a sharp, moving, sounding video shows no black, frozen, silent, dark or blurry stretch", "[media]")
{
  auto content = content_of(content_video("sharp", moving(6), k_sine));
  CHECK(content.duration_s == Approx(6).margin(0.2));
  CHECK(content.black.empty());
  CHECK(content.frozen.empty());
  CHECK(content.silent.empty());
  CHECK(content.has_audio);
  REQUIRE(content.loudness_lufs.has_value());
  CHECK(*content.loudness_lufs > -30);
  CHECK(content.pictures.size() >= 11); // one picture every half second
  CHECK(share_of(content, dark) == 0);
  CHECK(share_of(content, blurry) == 0);
}

TEST_CASE("black stretches are measured with their time range", "[media]")
{
  auto mostly = content_of(content_video("black-4s", then_moving("color=c=black", 4), k_sine));
  REQUIRE(mostly.black.size() == 1);
  CHECK(mostly.black[0].start_s == Approx(0).margin(0.1));
  CHECK(mostly.black[0].end_s == Approx(4).margin(0.6));
  CHECK(share(mostly.black, mostly) > 0.25);

  auto brief = content_of(content_video("black-1.0s", then_moving("color=c=black", 1), k_sine));
  CHECK(share(brief.black, brief) < 0.25);
}

TEST_CASE("a picture standing still is frozen, a moving one is not", "[media]")
{
  auto slideshow = content_of(content_video("still-4.5s", then_moving("smptebars", 4.5), k_sine));
  REQUIRE(!slideshow.frozen.empty());
  CHECK(slideshow.frozen[0].start_s == Approx(0).margin(0.6));
  CHECK(share(slideshow.frozen, slideshow) > 0.5);
  CHECK(slideshow.black.empty());

  auto short_still = content_of(content_video("still-2.5s", then_moving("smptebars", 2.5), k_sine));
  CHECK(share(short_still.frozen, short_still) < 0.5);
}

TEST_CASE("a silent sound track is silent throughout; a quiet one is measured in LUFS", "[media]")
{
  auto silent = content_of(content_video("silent", moving(6), "anullsrc=r=44100:cl=mono"));
  CHECK(silent.has_audio);
  CHECK(share(silent.silent, silent) > 0.5);
  CHECK((!silent.loudness_lufs || !std::isfinite(*silent.loudness_lufs) || *silent.loudness_lufs < -40));

  auto quiet = content_of(content_video("quiet", moving(6), k_sine + ",volume=-25dB"));
  CHECK(share(quiet.silent, quiet) < 0.5);
  REQUIRE(quiet.loudness_lufs.has_value());
  CHECK(*quiet.loudness_lufs < -40);
  CHECK(*quiet.loudness_lufs > -55);

  auto none = content_of(content_video("no-sound", moving(6), ""));
  CHECK_FALSE(none.has_audio);
  CHECK_FALSE(none.loudness_lufs.has_value());
}

TEST_CASE("a dark picture and a blurred one are told from a sharp, bright one", "[media]")
{
  auto dim = content_of(content_video("dark", moving(6) + ",lutyuv=y=val*0.3", k_sine));
  CHECK(dim.black.empty()); // dark, not black
  CHECK(share_of(dim, dark) > 0.5);

  auto soft = content_of(content_video("blurry", moving(6) + ",boxblur=4", k_sine));
  CHECK(share_of(soft, blurry) > 0.5);
  CHECK(share_of(soft, dark) == 0);
}

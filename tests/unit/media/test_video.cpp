#include "video_fixtures.hpp"

#include <nominate/media/video.hpp>

#include <catch2/catch.hpp>

#include <cmath>

using nominate::media::Container;
using nominate::media::probe_video_file;
using nominate::media::ProbeDepth;
using nominate::media::VideoFacts;
using namespace nominate::test;

namespace {

VideoFacts probe(const std::filesystem::path& path, ProbeDepth depth = ProbeDepth::index)
{
  auto facts = probe_video_file(path, depth);
  REQUIRE(facts.has_value());
  INFO(path.filename().string() << ": " << (facts->problem ? *facts->problem : "") << " damage "
                                << facts->damage.size());
  return *facts;
}

const nlohmann::json* first_stream(const nlohmann::json& probe, const std::string& type)
{
  for (const auto& stream : probe["streams"]) {
    if (stream.value("codec_type", "") == type) {
      return &stream;
    }
  }
  return nullptr;
}

} // namespace

TEST_CASE("every video fixture probes as ffprobe sees it", "[media]")
{
  for (const auto& path : VideoFixtures::all_valid()) {
    INFO(path.filename().string());
    const auto facts = probe(path);
    const auto expected = ffprobe(path);
    const auto* video = first_stream(expected, "video");
    REQUIRE(video != nullptr);
    CHECK_FALSE(facts.problem);
    CHECK(facts.damage.empty());
    CHECK(facts.codec == (*video)["codec_name"].get<std::string>());
    CHECK(facts.coded_width == (*video)["width"].get<int>());
    CHECK(facts.coded_height == (*video)["height"].get<int>());
    const double duration = std::stod(expected["format"]["duration"].get<std::string>());
    CHECK(std::abs(facts.duration_s - duration) < 0.1);
    CHECK(facts.has_audio == (first_stream(expected, "audio") != nullptr));
    CHECK(facts.file_size == std::filesystem::file_size(path));
    int rotation = 0;
    for (const auto& side : video->value("side_data_list", nlohmann::json::array())) {
      if (side.contains("rotation")) {
        // ffprobe prints av_display_rotation_get: counter-clockwise.
        rotation = ((-side["rotation"].get<int>()) % 360 + 360) % 360;
      }
    }
    CHECK(facts.rotation == rotation);
    CHECK(facts.bytes_read > 0);
    // Small files are read whole, with some bytes twice (stream info, then the rate's packets).
    CHECK(facts.bytes_read < facts.file_size + 4'000'000);
  }
}

TEST_CASE("a compliant video: MP4, H.264 High, 1280×720, 25 fps, with sound", "[media]")
{
  const auto facts = probe(VideoFixtures::compliant());
  CHECK(facts.container == Container::mp4);
  CHECK(facts.major_brand == "isom");
  CHECK(facts.codec == "h264");
  CHECK(facts.profile == "High");
  CHECK(facts.width == 1280);
  CHECK(facts.height == 720);
  CHECK(facts.fps_text == "25");
  CHECK(facts.fps_source == "index");
  CHECK_FALSE(facts.variable_frame_rate);
  CHECK(facts.frame_count == 75);
  CHECK(facts.has_audio);
  CHECK(facts.audio_codec == "aac");
  CHECK(facts.faststart);
  CHECK(facts.pixel_format == "yuv420p");

  SECTION("with the index at the end it is the same video")
  {
    const auto end = probe(VideoFixtures::moov_at_end());
    CHECK_FALSE(end.faststart);
    CHECK(end.fps_text == "25");
    CHECK(end.width == 1280);
    CHECK(end.damage.empty());
  }

  SECTION("its facts for the report")
  {
    const auto shown = facts.to_facts();
    REQUIRE_FALSE(shown.empty());
    CHECK(shown[0].first == "container");
    bool saw_fps = false;
    for (const auto& [name, value] : shown) {
      if (name == "fps") {
        saw_fps = true;
        CHECK(std::get<std::string>(value) == "25");
      }
    }
    CHECK(saw_fps);
  }

  SECTION("a deep probe decodes every frame without error")
  {
    const auto deep = probe(VideoFixtures::compliant(), ProbeDepth::deep);
    CHECK(deep.frames_decoded == 75);
    CHECK(deep.frames_damaged == 0);
    CHECK(deep.decode_errors == 0);
    CHECK(deep.damage.empty());
    CHECK(deep.bytes_read >= deep.file_size * 9 / 10);
  }
}

TEST_CASE("the faults phones and editors bring are facts", "[media]")
{
  SECTION("30 fps")
  {
    CHECK(probe(VideoFixtures::fps30()).fps_text == "30");
  }

  SECTION("1080p")
  {
    const auto facts = probe(VideoFixtures::full_hd());
    CHECK(facts.width == 1920);
    CHECK(facts.height == 1080);
  }

  SECTION("HEVC from an iPhone")
  {
    const auto facts = probe(VideoFixtures::hevc());
    CHECK(facts.codec == "hevc");
    CHECK(facts.profile == "Main");
  }

  SECTION("MPEG-4 Part 2")
  {
    CHECK(probe(VideoFixtures::mpeg4_part2()).codec == "mpeg4");
  }

  SECTION("a 1280×720 stream turned by its display matrix is a portrait video")
  {
    const auto facts = probe(VideoFixtures::rotated());
    CHECK(facts.coded_width == 1280);
    CHECK(facts.coded_height == 720);
    CHECK((facts.rotation == 90 || facts.rotation == 270));
    CHECK(facts.width == 720);
    CHECK(facts.height == 1280);
  }

  SECTION("non-square pixels are displayed stretched")
  {
    const auto facts = probe(VideoFixtures::anamorphic());
    CHECK(facts.coded_width == 960);
    CHECK(facts.sar_num * 3 == facts.sar_den * 4);
    CHECK(facts.width == 1280);
    CHECK(facts.height == 720);
  }

  SECTION("a variable frame rate is found in the index, whatever the header says")
  {
    const auto facts = probe(VideoFixtures::variable_rate());
    CHECK(facts.variable_frame_rate);
    CHECK(facts.header_fps == "25"); // FFmpeg's r_frame_rate guess
    CHECK(facts.max_fps == Approx(25).epsilon(0.01));
    CHECK(facts.min_fps == Approx(20).margin(0.5)); // 1 ms timestamps jitter around 50 ms
    CHECK(facts.fps < 25);
  }

  SECTION("QuickTime MOV is told from MP4 by its brand")
  {
    const auto facts = probe(VideoFixtures::quicktime());
    CHECK(facts.container == Container::mov);
    CHECK(facts.major_brand == "qt  ");
  }

  SECTION("Matroska and AVI named .mp4 are what they are")
  {
    const auto mkv = probe(VideoFixtures::matroska_named_mp4());
    CHECK(mkv.container == Container::matroska);
    CHECK(mkv.major_brand.empty());
    CHECK(mkv.fps_text == "25");
    CHECK(mkv.fps_source == "packets");
    const auto avi = probe(VideoFixtures::avi_named_mp4());
    CHECK(avi.container == Container::avi);
    CHECK(avi.codec == "mpeg4");
    CHECK(avi.fps_text == "25");
  }

  SECTION("no sound track")
  {
    CHECK_FALSE(probe(VideoFixtures::silent()).has_audio);
  }

  SECTION("the 4 min 30 s video")
  {
    const auto facts = probe(VideoFixtures::long_video());
    CHECK(facts.duration_s == Approx(270).margin(0.1));
    CHECK(facts.fps_text == "25");
    CHECK(facts.frame_count == 270 * 25);
  }
}

TEST_CASE("a default probe reads a bounded part of a large video", "[media]")
{
  const auto path = VideoFixtures::large();
  const auto facts = probe(path);
  CHECK(facts.file_size > 20'000'000);
  CHECK(facts.fps_text == "25");
  CHECK(facts.bytes_read < 4'000'000);
  CHECK(facts.bytes_read * 5 < facts.file_size);
}

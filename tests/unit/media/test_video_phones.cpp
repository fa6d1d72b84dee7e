// What real phones and cameras write, made with the ffmpeg CLI: 3GPP-branded MP4, fragmented MP4, frame
// durations that round to the time base, B-frames, slow-motion gaps, codecs FFmpeg 5.1 does not name.

#include "media_fixtures.hpp"
#include "run_tool.hpp"

#include <nominate/media/video.hpp>

#include <catch2/catch.hpp>

using nominate::media::Container;
using nominate::media::probe_video_file;
using nominate::media::VideoFacts;
using namespace nominate::test;

namespace {

VideoFacts probe(const std::filesystem::path& path)
{
  auto facts = probe_video_file(path);
  REQUIRE(facts.has_value());
  return *facts;
}

std::vector<std::string> clip(const std::string& source, double seconds, std::vector<std::string> extra)
{
  std::vector<std::string> args{"-f", "lavfi",
                                "-i", source,
                                "-f", "lavfi",
                                "-i", "sine=frequency=440:sample_rate=44100",
                                "-t", std::to_string(seconds)};
  args.insert(args.end(), extra.begin(), extra.end());
  args.emplace_back("{out}");
  return args;
}

const std::vector<std::string> k_h264{"-c:v",    "libx264", "-preset", "veryfast", "-pix_fmt",
                                      "yuv420p", "-c:a",    "aac",     "-b:a",     "64k"};

std::vector<std::string> with(std::vector<std::string> a, const std::vector<std::string>& b)
{
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

} // namespace

TEST_CASE("frame durations that round to the time base are a constant rate", "[media]")
{
  SECTION("29.97 fps in milliseconds with B-frames (33/34 ms, decode and presentation times differ)")
  {
    const auto facts = probe(ffmpeg_fixture(
        "ntsc-ms-bframes.mp4", clip("testsrc2=size=640x360:rate=30000/1001", 3,
                                    with(k_h264, {"-bf", "3", "-video_track_timescale", "1000"}))));
    CHECK_FALSE(facts.variable_frame_rate);
    CHECK(facts.fps_text == "29.97");
  }

  SECTION("60 fps in milliseconds (16/17 ms)")
  {
    const auto facts =
        probe(ffmpeg_fixture("sixty-ms.mp4", clip("testsrc2=size=640x360:rate=60", 2,
                                                  with(k_h264, {"-video_track_timescale", "1000"}))));
    CHECK_FALSE(facts.variable_frame_rate);
    CHECK(facts.fps_text == "60");
  }

  SECTION("25 fps in a 1/90000 time base with B-frames")
  {
    const auto facts = probe(
        ffmpeg_fixture("pal-90k.mp4", clip("testsrc2=size=640x360:rate=25", 3,
                                           with(k_h264, {"-bf", "2", "-video_track_timescale", "90000"}))));
    CHECK_FALSE(facts.variable_frame_rate);
    CHECK(facts.fps_text == "25");
  }
}

TEST_CASE("a true variable rate is still found", "[media]")
{
  SECTION("slow motion: 30 fps with a 0.33 s gap")
  {
    const auto facts = probe(
        ffmpeg_fixture("slow-motion-gap.mp4",
                       clip("testsrc2=size=640x360:rate=30", 3,
                            with(k_h264, {"-vf", "settb=1/1000,setpts='(N/30+gte(N,30)*0.33)/TB'",
                                          "-fps_mode", "passthrough", "-video_track_timescale", "1000"}))));
    CHECK(facts.variable_frame_rate);
    // One rate per report: the range holds the average shown beside it.
    CHECK(facts.min_fps <= facts.fps);
    CHECK(facts.fps <= facts.max_fps);
  }
}

TEST_CASE("a 3GPP-branded phone MP4 is MP4; other containers keep their names", "[media]")
{
  const auto facts =
      probe(ffmpeg_fixture("phone-3gp5.mp4", clip("testsrc2=size=640x360:rate=30", 1,
                                                  with(k_h264, {"-f", "mp4", "-brand", "3gp5"}))));
  CHECK(facts.major_brand == "3gp5");
  CHECK(facts.container == Container::mp4);
  CHECK(facts.codec == "h264");

  const auto quicktime = probe(
      ffmpeg_fixture("phone.mov", clip("testsrc2=size=640x360:rate=30", 1, with(k_h264, {"-f", "mov"}))));
  CHECK(quicktime.container == Container::mov);
}

TEST_CASE("a fragmented MP4's duration is its fragments' samples, not its header's", "[media]")
{
  const auto path = ffmpeg_fixture("fragmented.mp4",
                                   clip("testsrc2=size=640x360:rate=25", 1,
                                        with(k_h264, {"-movflags", "frag_keyframe+empty_moov", "-g", "5"})));
  const auto facts = probe(path);
  CHECK(facts.duration_s == Approx(1.0).margin(0.05));
  CHECK(facts.frame_count == 25);
  CHECK(facts.fps_text == "25");
  CHECK_FALSE(facts.variable_frame_rate);
}

TEST_CASE("every codec has a name, never \"none\"", "[media]")
{
  SECTION("AV1")
  {
    const auto facts = probe(ffmpeg_fixture(
        "av1.mp4", clip("testsrc2=size=320x240:rate=25", 1,
                        {"-c:v", "libaom-av1", "-cpu-used", "8", "-crf", "50", "-b:v", "0", "-c:a", "aac"})));
    CHECK(facts.codec == "av1");
  }

  SECTION("VVC (H.266), which this FFmpeg does not know, by its sample entry")
  {
    // An H.264 file whose sample entry is renamed 'vvc1': what a VVC file's index says to FFmpeg 5.1.
    auto bytes = file_bytes(
        ffmpeg_fixture("vvc-source.mp4", clip("testsrc2=size=320x240:rate=25", 1, with(k_h264, {}))));
    const auto stsd = bytes.find("stsd");
    REQUIRE(stsd != std::string::npos);
    const auto entry = bytes.find("avc1", stsd);
    REQUIRE(entry != std::string::npos);
    bytes.replace(entry, 4, "vvc1");
    const auto facts = probe(derived_fixture("vvc.mp4", bytes));
    CHECK(facts.codec == "vvc");
  }

  SECTION("an unknown sample entry is named by its four characters")
  {
    auto bytes = file_bytes(
        ffmpeg_fixture("vvc-source.mp4", clip("testsrc2=size=320x240:rate=25", 1, with(k_h264, {}))));
    const auto entry = bytes.find("avc1", bytes.find("stsd"));
    bytes.replace(entry, 4, "zzz9");
    const auto facts = probe(derived_fixture("fourcc.mp4", bytes));
    CHECK(facts.codec == "fourcc:zzz9");
  }
}

TEST_CASE("report numbers carry no float noise", "[media]")
{
  const auto facts = probe(ffmpeg_fixture(
      "two-point-five-five.mp4", clip("testsrc2=size=320x240:rate=20", 2.55, with(k_h264, {"-an"}))));
  for (const auto& [name, value] : facts.to_facts()) {
    if (name == "duration_s") {
      REQUIRE(std::holds_alternative<double>(value));
      const double seconds = std::get<double>(value);
      CHECK(seconds == 2.55);
      char text[64];
      std::snprintf(text, sizeof text, "%.17g", seconds);
      CHECK(std::string(text) == "2.5499999999999998"); // the double nearest 2.55: printed short as 2.55
    }
  }
}

// What real phones and cameras write, made with the ffmpeg CLI: 3GPP-branded MP4, fragmented MP4, frame
// durations that round to the time base, B-frames, slow-motion gaps, codecs FFmpeg 5.1 does not name.

#include "media_fixtures.hpp"
#include "run_tool.hpp"
#include "video_fixtures.hpp"

#include <nominate/media/poster.hpp>
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

std::uint32_t be32_at(const std::string& bytes, std::size_t at)
{
  return (std::uint32_t{static_cast<unsigned char>(bytes[at])} << 24) |
         (std::uint32_t{static_cast<unsigned char>(bytes[at + 1])} << 16) |
         (std::uint32_t{static_cast<unsigned char>(bytes[at + 2])} << 8) |
         std::uint32_t{static_cast<unsigned char>(bytes[at + 3])};
}

std::string be32_text(std::uint32_t value)
{
  return {static_cast<char>(value >> 24), static_cast<char>(value >> 16), static_cast<char>(value >> 8),
          static_cast<char>(value)};
}

struct BoxAt {
  std::size_t at = 0;
  std::size_t size = 0;
};

BoxAt child_box(const std::string& bytes, BoxAt parent, std::size_t skip, const std::string& type)
{
  for (std::size_t at = parent.at + 8 + skip; at + 8 <= parent.at + parent.size;) {
    const std::size_t size = be32_at(bytes, at);
    REQUIRE(size >= 8);
    if (bytes.compare(at + 4, 4, type) == 0) {
      return {at, size};
    }
    at += size;
  }
  FAIL("no " << type << " box");
  return {};
}

// What a phone's muxer (Android's MediaMuxer) writes under B-frames: decode times spaced unevenly (every
// other one 10 ms early) while the composition offsets keep the presentation times exactly as encoded.
// Rewrites an MP4 whose index (`moov`) is its last box, so no media offset moves; one stts and one ctts
// entry per sample.
std::string with_uneven_decode_times(std::string bytes)
{
  BoxAt moov{};
  for (std::size_t at = 0; at + 8 <= bytes.size(); at += be32_at(bytes, at)) {
    if (bytes.compare(at + 4, 4, "moov") == 0) {
      moov = {at, be32_at(bytes, at)};
    }
  }
  REQUIRE(moov.at + moov.size == bytes.size());
  const auto trak = child_box(bytes, moov, 0, "trak"); // the video track comes first in ffmpeg's output
  const auto mdia = child_box(bytes, trak, 0, "mdia");
  const auto minf = child_box(bytes, mdia, 0, "minf");
  const auto stbl = child_box(bytes, minf, 0, "stbl");
  const auto stts = child_box(bytes, stbl, 0, "stts");
  const auto ctts = child_box(bytes, stbl, 0, "ctts");
  std::vector<std::int64_t> decode;
  std::int64_t time = 0;
  for (std::uint32_t e = 0, n = be32_at(bytes, stts.at + 12); e < n; ++e) {
    for (std::uint32_t i = 0; i < be32_at(bytes, stts.at + 16 + 8 * e); ++i) {
      decode.push_back(time);
      time += be32_at(bytes, stts.at + 20 + 8 * e);
    }
  }
  std::vector<std::int64_t> presentation;
  for (std::uint32_t e = 0, n = be32_at(bytes, ctts.at + 12); e < n; ++e) {
    for (std::uint32_t i = 0; i < be32_at(bytes, ctts.at + 16 + 8 * e); ++i) {
      presentation.push_back(decode[presentation.size()] + be32_at(bytes, ctts.at + 20 + 8 * e));
    }
  }
  REQUIRE(presentation.size() == decode.size());
  for (std::size_t i = 1; i < decode.size(); i += 2) {
    decode[i] -= 10;
  }
  auto table = [&](const std::string& type, auto&& value) {
    std::string body(4, '\0');
    body += be32_text(static_cast<std::uint32_t>(decode.size()));
    for (std::size_t i = 0; i < decode.size(); ++i) {
      body += be32_text(1) + be32_text(static_cast<std::uint32_t>(value(i)));
    }
    return be32_text(static_cast<std::uint32_t>(body.size() + 8)) + type + body;
  };
  const auto new_stts = table(
      "stts", [&](std::size_t i) { return (i + 1 < decode.size() ? decode[i + 1] : time) - decode[i]; });
  const auto new_ctts = table("ctts", [&](std::size_t i) { return presentation[i] - decode[i]; });
  const auto grow = static_cast<std::int64_t>(new_stts.size() + new_ctts.size()) -
                    static_cast<std::int64_t>(stts.size + ctts.size);
  const bool stts_first = stts.at < ctts.at;
  const auto later = stts_first ? ctts : stts;
  const auto earlier = stts_first ? stts : ctts;
  bytes.replace(later.at, later.size, stts_first ? new_ctts : new_stts);
  bytes.replace(earlier.at, earlier.size, stts_first ? new_stts : new_ctts);
  for (const auto& box : {moov, trak, mdia, minf, stbl}) {
    bytes.replace(box.at, 4,
                  be32_text(static_cast<std::uint32_t>(static_cast<std::int64_t>(box.size) + grow)));
  }
  return bytes;
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

  SECTION("uneven decode times under B-frames, presentation times even: constant 30")
  {
    const auto source =
        ffmpeg_fixture("bframes-30-ms.mp4", {"-f", "lavfi", "-i", "testsrc2=size=640x360:rate=30", "-t", "3",
                                             "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p",
                                             "-bf", "2", "-video_track_timescale", "1000", "-an", "{out}"});
    const auto facts = probe(derived_fixture("uneven-dts.mp4", with_uneven_decode_times(file_bytes(source))));
    CHECK_FALSE(facts.variable_frame_rate);
    CHECK(facts.fps_text == "30");
    CHECK(facts.frame_count == 90);
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

TEST_CASE("a capture clock's jitter around 25 fps is a constant 25", "[media]")
{
  // Each frame a random 1 or 4 ms off its slot, written as timestamps at 1/90000 (a camera app's clock).
  for (const char* jitter : {"0.002", "0.008"}) {
    const std::string filter = std::string("settb=1/90000,setpts='(N/25+(random(0)-0.5)*") + jitter + ")/TB'";
    const auto facts =
        probe(ffmpeg_fixture(std::string("jitter-") + jitter + ".mp4",
                             clip("testsrc2=size=640x360:rate=25", 8,
                                  with(k_h264, {"-vf", filter, "-fps_mode", "passthrough", "-enc_time_base:v",
                                                "1/90000", "-video_track_timescale", "90000"}))));
    INFO(jitter);
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

TEST_CASE("Windows Media and an MPEG program stream are videos of their own containers", "[media]")
{
  // What Windows Movie Maker, old DV cameras and DVDs give a district: read, named, never "not a video".
  const auto wmv =
      probe(ffmpeg_fixture("movie-maker.wmv", clip("testsrc2=size=640x360:rate=25", 2,
                                                   {"-c:v", "wmv2", "-c:a", "wmav2", "-f", "asf"})));
  CHECK_FALSE(wmv.problem);
  CHECK(wmv.container == Container::asf);
  CHECK(wmv.codec == "wmv2");
  CHECK(wmv.width == 640);

  // MPEG-2 with B-frames: the pack gives some packets no presentation time; the rate is still a steady 25.
  const auto mpg = probe(ffmpeg_fixture(
      "dv-camera.mpg", clip("testsrc2=size=720x576:rate=25", 3,
                            {"-c:v", "mpeg2video", "-bf", "2", "-q:v", "5", "-c:a", "mp2", "-f", "mpeg"})));
  CHECK_FALSE(mpg.problem);
  CHECK(mpg.container == Container::mpeg_ps);
  CHECK(mpg.codec == "mpeg2video");
  CHECK_FALSE(mpg.variable_frame_rate);
  CHECK(mpg.fps == Approx(25.0));
}

TEST_CASE("sound with a cover picture is no video", "[media]")
{
  // A song or a voice recording with album art, named .mp4: its one picture stream is a still image.
  const auto cover = convert_fixture("cover.jpg", {"-size", "320x240", "xc:#3c8ce6", "{out}"});
  const auto facts = probe(ffmpeg_fixture(
      "cover-only.mp4",
      {"-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100:duration=2", "-i", cover.string(), "-map",
       "0", "-map", "1", "-c:a", "aac", "-c:v", "copy", "-disposition:v", "attached_pic", "{out}"}));
  REQUIRE(facts.problem);
  CHECK(facts.problem->starts_with("no video stream"));
  CHECK(facts.has_audio);
  // The same picture track as a real video's beside it is left alone: the video is judged.
  const auto both = probe(ffmpeg_fixture(
      "video-and-cover.mp4", {"-i", VideoFixtures::compliant().string(), "-i", cover.string(), "-map", "0",
                              "-map", "1", "-c", "copy", "-disposition:v:1", "attached_pic", "{out}"}));
  CHECK_FALSE(both.problem);
  CHECK(both.width == 1280);
}

TEST_CASE("a cover picture flagged as default, before the real video track, is not taken for the video",
          "[media]")
{
  // A download tool's or an editor's export: the cover is a track of one frame that comes first and alone
  // carries the default flag, which FFmpeg's own choice of the best video stream ranks above the real track.
  const auto cover = convert_fixture("cover.jpg", {"-size", "320x240", "xc:#3c8ce6", "{out}"});
  const auto path = ffmpeg_fixture("cover-track-first.mp4",
                                   {"-i", cover.string(), "-i", VideoFixtures::compliant().string(), "-map",
                                    "0", "-map", "1", "-c", "copy", "-disposition:v:0", "default",
                                    "-disposition:v:1", "0", "-disposition:a:0", "0", "{out}"});
  const auto facts = probe(path);
  CHECK_FALSE(facts.problem);
  CHECK(facts.width == 1280);
  CHECK(facts.height == 720);
  CHECK(facts.codec == "h264");
  CHECK(facts.frame_count == 75); // the real track's 3 s at 25 fps, not the cover's one frame
  CHECK_FALSE(facts.variable_frame_rate);
  // The report's poster frame is the video's (16:9), not the 4:3 cover's.
  const auto poster = nominate::media::video_poster(path);
  REQUIRE(poster.has_value());
  CHECK(poster->width * 9 == poster->height * 16);
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

TEST_CASE("a fragmented MP4 whose header claims 40 minutes is as long as its fragments", "[media]")
{
  // What some phones and action cameras write: a fragmented file whose movie header (mvhd) states a duration
  // far longer than the samples its fragments hold.
  auto bytes = file_bytes(ffmpeg_fixture(
      "fragmented-source.mp4", clip("testsrc2=size=640x360:rate=25", 1,
                                    with(k_h264, {"-movflags", "frag_keyframe+empty_moov", "-g", "5"}))));
  const auto mvhd = bytes.find("mvhd");
  REQUIRE(mvhd != std::string::npos);
  REQUIRE(bytes[mvhd + 4] == 0); // version 0: 32-bit times
  auto u32 = [&](std::size_t at) {
    return (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at])) << 24U) |
           (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 16U) |
           (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 2])) << 8U) |
           static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 3]));
  };
  const std::uint32_t timescale = u32(mvhd + 16);
  REQUIRE(timescale > 0);
  const std::uint32_t forty_minutes = timescale * 2400U;
  for (int i = 0; i < 4; ++i) {
    bytes[mvhd + 20 + static_cast<std::size_t>(i)] =
        static_cast<char>((forty_minutes >> (24U - 8U * static_cast<unsigned>(i))) & 0xFFU);
  }
  REQUIRE(u32(mvhd + 20) == forty_minutes);
  const auto facts = probe(derived_fixture("fragmented-40min-header.mp4", bytes));
  CHECK(facts.duration_s == Approx(1.0).margin(0.05));
  CHECK(facts.frame_count == 25);
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

  SECTION("Dolby Vision (an iPhone's HDR video) is its base codec, with the variant named")
  {
    auto bytes = file_bytes(
        ffmpeg_fixture("vvc-source.mp4", clip("testsrc2=size=320x240:rate=25", 1, with(k_h264, {}))));
    const auto entry = bytes.find("avc1", bytes.find("stsd"));
    bytes.replace(entry, 4, "dvav"); // Dolby Vision over AVC; iPhones write dvh1 (over HEVC)
    const auto facts = probe(derived_fixture("dolby-vision.mp4", bytes));
    CHECK(facts.codec == "h264");
    CHECK(facts.codec_variant == "Dolby Vision");
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

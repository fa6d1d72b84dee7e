#include "fix_fixtures.hpp"
#include "temp_dir.hpp"

#include <nominate/fix/transcode.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>

using namespace nominate;
using namespace nominate::test::fix;

namespace {

// The national notice's video: MP4, H.264, 1280×720, 25 fps; a sound track required.
rules::VideoSpec national()
{
  rules::VideoSpec spec;
  spec.role = "video";
  spec.containers = {"mp4"};
  spec.codecs = {"h264"};
  spec.width = 1280;
  spec.height = 720;
  spec.fps = 25;
  spec.constant_fps = true;
  spec.audio_required = true;
  return spec;
}

fix::TranscodeResult transcode(const std::filesystem::path& input, const std::filesystem::path& output,
                               const rules::VideoSpec& spec)
{
  fix::TranscodeRequest request;
  request.input = input;
  request.output = output;
  request.spec = spec;
  request.preset = "veryfast"; // the same encoder and settings as the CLI's "medium", faster for the suite
  auto result = fix::transcode_video(request, nullptr);
  INFO((result ? "" : result.error().message));
  REQUIRE(result);
  return *result;
}

const nlohmann::json* stream_of(const nlohmann::json& probe, const std::string& type)
{
  for (const auto& stream : probe["streams"]) {
    if (stream["codec_type"] == type) {
      return &stream;
    }
  }
  return nullptr;
}

// Every step between video packets is the same: constant frame rate, read from the timestamps.
void require_constant_rate(const std::filesystem::path& path, double fps)
{
  auto times = video_packet_times(path);
  REQUIRE(times.size() > 10);
  for (std::size_t i = 1; i < times.size(); ++i) {
    INFO("packet " << i);
    REQUIRE(times[i] - times[i - 1] == Approx(1.0 / fps).margin(0.0015));
  }
}

} // namespace

TEST_CASE("a 1080p 30 fps HEVC phone video becomes 1280×720 25 fps H.264 High with AAC, index first", "[fix]")
{
  test::TempDir temp;
  auto source = hevc_1080p30();
  auto before = test::read_file(source);
  auto output = temp.path() / "out.mp4";
  auto result = transcode(source, output, national());
  CHECK(result.width == 1280);
  CHECK(result.height == 720);
  CHECK_FALSE(result.padded);
  CHECK_FALSE(result.upscaled); // 1080p made smaller
  CHECK_FALSE(result.hdr_converted);

  auto probe = ffprobe(output);
  CHECK(probe["format"]["format_name"].get<std::string>().find("mp4") != std::string::npos);
  const auto* video = stream_of(probe, "video");
  REQUIRE(video != nullptr);
  CHECK((*video)["codec_name"] == "h264");
  CHECK((*video)["profile"] == "High");
  CHECK((*video)["pix_fmt"] == "yuv420p");
  CHECK((*video)["width"] == 1280);
  CHECK((*video)["height"] == 720);
  CHECK((*video)["r_frame_rate"] == "25/1");
  const auto* audio = stream_of(probe, "audio");
  REQUIRE(audio != nullptr);
  CHECK((*audio)["codec_name"] == "aac");
  require_constant_rate(output, 25);
  // Not cut: the duration is the source's.
  CHECK(std::stod(probe["format"]["duration"].get<std::string>()) == Approx(2.0).margin(0.1));
  // The index (moov) comes before the media data, so the file plays while it downloads.
  auto bytes = test::read_file(output);
  CHECK(bytes.find("moov") < bytes.find("mdat"));
  // The picture is the source's, not a distorted or shifted one.
  CHECK(psnr(output, source, 1280, 720, 25) > 30.0);
  CHECK(test::read_file(source) == before);
}

TEST_CASE("a portrait phone video is turned upright and fitted inside 1280×720 with side bars", "[fix]")
{
  test::TempDir temp;
  auto output = temp.path() / "out.mp4";
  auto result = transcode(portrait_rotated(), output, national());
  CHECK(result.rotation % 180 == 90); // a quarter turn (its direction: the picture check below)
  CHECK(result.padded);
  CHECK(result.silence_added); // the source has no sound; the national notice asks for a sound track

  auto frame = first_frame_rgb(output);
  REQUIRE(frame.size() == 1280u * 720u * 3u);
  auto pixel = [&](int x, int y) {
    const auto* p =
        reinterpret_cast<const unsigned char*>(frame.data()) + (static_cast<std::size_t>(y) * 1280 + x) * 3;
    return std::array<int, 3>{p[0], p[1], p[2]};
  };
  auto dark = [](std::array<int, 3> rgb) { return rgb[0] + rgb[1] + rgb[2] < 60; };
  // The content's width on the middle row: 720 × 720 / 1280 ≈ 405 pixels; its aspect kept within 1 %.
  int content = 0;
  for (int x = 0; x < 1280; ++x) {
    content += dark(pixel(x, 600)) ? 0 : 1;
  }
  CHECK(std::abs(content / 720.0 - 720.0 / 1280.0) / (720.0 / 1280.0) < 0.01);
  CHECK(dark(pixel(10, 360)));   // a bar on the left
  CHECK(dark(pixel(1270, 360))); // and on the right
  // Turned as players show it (the ffmpeg CLI turns it too): the coded picture's left (blue) band lands on
  // the same side in both.
  auto shown = first_frame_rgb(portrait_rotated());
  REQUIRE(shown.size() == 720u * 1280u * 3u);
  auto shown_blue = [&](int x, int y) {
    const auto* p =
        reinterpret_cast<const unsigned char*>(shown.data()) + (static_cast<std::size_t>(y) * 720 + x) * 3;
    return p[2] > 150 && p[0] < 100;
  };
  auto blue = [&](int x, int y) {
    auto rgb = pixel(x, y);
    return rgb[2] > 150 && rgb[0] < 100;
  };
  bool blue_on_top = shown_blue(360, 20);
  CHECK(blue_on_top != shown_blue(360, 1260));
  CHECK(blue(640, 20) == blue_on_top);
  CHECK(blue(640, 700) == !blue_on_top);
  require_constant_rate(output, 25);
}

TEST_CASE("a phone's HDR video comes out in BT.709 with its colours, not grey and pale", "[fix]")
{
  // Read as BT.709 without conversion, the HLG bars' 75 % grey shows as 161 of 255 and their red as
  // (147, 60, 32): the washed-out look of an iPhone video on a plain converter. Converted without room
  // above white, the same grey clips to 255.
  auto transfer = GENERATE(std::string("arib-std-b67"), std::string("smpte2084"));
  INFO("transfer " << transfer);
  test::TempDir temp;
  auto output = temp.path() / "out.mp4";
  const auto converted = transcode(bars_hdr(transfer), output, national());
  CHECK(converted.hdr_converted); // said in the copy's report: the step most likely to change the look
  CHECK_FALSE(converted.upscaled);

  const auto probe = ffprobe(output);
  const auto* video = stream_of(probe, "video");
  REQUIRE(video != nullptr);
  CHECK((*video)["color_transfer"] == "bt709");
  CHECK((*video)["color_primaries"] == "bt709");
  CHECK((*video)["pix_fmt"] == "yuv420p");

  auto fixed = first_frame_rgb(output);
  auto shot = first_frame_rgb(bars_sdr());
  REQUIRE(fixed.size() == shot.size());
  // The grey, yellow, red and blue bars of the top row, channel by channel.
  for (int x : {90, 270, 1000, 1190}) {
    for (int channel = 0; channel < 3; ++channel) {
      const std::size_t at = (static_cast<std::size_t>(200) * 1280 + x) * 3 + channel;
      INFO("x " << x << ", channel " << channel << ": " << int(static_cast<unsigned char>(fixed[at]))
                << " for " << int(static_cast<unsigned char>(shot[at])));
      CHECK(std::abs(static_cast<unsigned char>(fixed[at]) - static_cast<unsigned char>(shot[at])) <= 25);
    }
  }
}

TEST_CASE("an SD video in BT.601 is converted to BT.709 and tagged so, its colours kept", "[fix]")
{
  // Untagged at 720p, a player reads BT.601's numbers as BT.709: green 188 shows as 159.
  test::TempDir temp;
  auto output = temp.path() / "out.mp4";
  const auto enlarged = transcode(bars_bt601(), output, national());
  CHECK(enlarged.upscaled); // 960×540 to 1280×720: the size asked, not the sharpness
  CHECK_FALSE(enlarged.hdr_converted);
  const auto probe = ffprobe(output);
  const auto* video = stream_of(probe, "video");
  REQUIRE(video != nullptr);
  CHECK((*video)["color_space"] == "bt709");
  CHECK((*video)["color_primaries"] == "bt709");
  CHECK((*video)["color_transfer"] == "bt709");

  auto fixed = first_frame_rgb(output);
  auto shot = first_frame_rgb(bars_bt601());
  REQUIRE(fixed.size() == 1280u * 720u * 3u);
  REQUIRE(shot.size() == 960u * 540u * 3u);
  // The seven bars of the top row, at the same place in both: each channel within a few levels.
  for (int bar = 0; bar < 7; ++bar) {
    const int x_fixed = 1280 * (2 * bar + 1) / 14;
    const int x_shot = 960 * (2 * bar + 1) / 14;
    for (int channel = 0; channel < 3; ++channel) {
      const auto a =
          static_cast<unsigned char>(fixed[(static_cast<std::size_t>(150) * 1280 + x_fixed) * 3 + channel]);
      const auto b =
          static_cast<unsigned char>(shot[(static_cast<std::size_t>(113) * 960 + x_shot) * 3 + channel]);
      INFO("bar " << bar << ", channel " << channel << ": " << int(a) << " for " << int(b));
      CHECK(std::abs(a - b) <= 8);
    }
  }
}

TEST_CASE("a variable-frame-rate video is written at a constant 25 fps", "[fix]")
{
  test::TempDir temp;
  auto source = variable_rate();
  auto source_times = video_packet_times(source);
  REQUIRE(source_times.size() > 3);
  CHECK(source_times[2] - source_times[1] !=
        Approx(source_times.back() - source_times[source_times.size() - 2]));
  auto output = temp.path() / "out.mp4";
  auto result = transcode(source, output, national());
  CHECK(result.fps == 25);
  require_constant_rate(output, 25);
  auto probe = ffprobe(output);
  CHECK(std::stod(probe["format"]["duration"].get<std::string>()) == Approx(3.0).margin(0.15));
}

TEST_CASE("a Matroska file named .mp4 becomes a real MP4", "[fix]")
{
  test::TempDir temp;
  auto output = temp.path() / "out.mp4";
  (void)transcode(matroska_named_mp4(), output, national());
  auto probe = ffprobe(output);
  CHECK(probe["format"]["format_name"].get<std::string>().find("mp4") != std::string::npos);
  CHECK(test::read_file(output).substr(4, 4) == "ftyp");
}

TEST_CASE("a Windows Media video, its sound timed in milliseconds, becomes an MP4 with all its sound",
          "[fix]")
{
  // WMA frames of 2048 samples at 44.1 kHz are 46.44 ms, timed to the millisecond: rounded, they overlap by
  // a fraction of one, which AAC's encoder refused ("cannot write") until sound was timed in samples.
  test::TempDir temp;
  auto output = temp.path() / "out.mp4";
  (void)transcode(windows_media(), output, national());
  auto probe = ffprobe(output);
  REQUIRE(stream_of(probe, "video") != nullptr);
  REQUIRE(stream_of(probe, "audio") != nullptr);
  CHECK((*stream_of(probe, "video"))["codec_name"] == "h264");
  CHECK((*stream_of(probe, "audio"))["codec_name"] == "aac");
  CHECK(std::stod((*stream_of(probe, "audio"))["duration"].get<std::string>()) == Approx(3.0).margin(0.1));
}

TEST_CASE("a camera's MOV with PCM sound keeps its coded pictures; only the sound becomes AAC", "[fix]")
{
  // The check found only the container wrong: the picture is H.264 1280×720 25 fps already.
  test::TempDir temp;
  fix::TranscodeRequest request;
  request.input = camera_mov_pcm();
  request.output = temp.path() / "out.mp4";
  request.spec = national();
  request.keep_picture = true;
  auto result = fix::transcode_video(request, nullptr);
  INFO((result ? "" : result.error().message));
  REQUIRE(result);
  CHECK(result->picture_copied);
  CHECK_FALSE(result->remuxed); // the sound was converted
  CHECK(video_packet_hashes(request.output) == video_packet_hashes(request.input));
  auto probe = ffprobe(request.output);
  const auto* audio = stream_of(probe, "audio");
  REQUIRE(audio != nullptr);
  CHECK((*audio)["codec_name"] == "aac");
  CHECK(std::stod(probe["format"]["duration"].get<std::string>()) == Approx(2.0).margin(0.1));
  CHECK(test::read_file(request.output).substr(4, 4) == "ftyp");

  // An MP4 whose sound is Opus (video.audio.codec): the same, the picture copied and the sound made AAC.
  fix::TranscodeRequest opus = request;
  opus.input = mp4_opus();
  opus.output = temp.path() / "opus.mp4";
  auto mended = fix::transcode_video(opus, nullptr);
  REQUIRE(mended);
  CHECK(mended->picture_copied);
  CHECK(video_packet_hashes(opus.output) == video_packet_hashes(opus.input));
  REQUIRE(stream_of(ffprobe(opus.output), "audio") != nullptr);
  CHECK((*stream_of(ffprobe(opus.output), "audio"))["codec_name"] == "aac");

  // Without the check's word on the picture, the same file is re-encoded.
  request.keep_picture = false;
  request.preset = "veryfast";
  std::filesystem::remove(request.output);
  auto encoded = fix::transcode_video(request, nullptr);
  REQUIRE(encoded);
  CHECK_FALSE(encoded->picture_copied);
  CHECK(video_packet_hashes(request.output) != video_packet_hashes(request.input));
}

TEST_CASE("a camera's MPEG-TS whose clock starts at 1.4 s is written to start at 0, sound with picture",
          "[fix]")
{
  // Kept, the MP4 would open with 1.4 s of nothing and last 1.4 s longer than the recording.
  auto start_of = [](const nlohmann::json& probe, const std::string& type) {
    const auto* stream = stream_of(probe, type);
    REQUIRE(stream != nullptr);
    return std::stod((*stream)["start_time"].get<std::string>());
  };
  for (int width : {1280, 640}) { // pictures copied as they are; pictures re-encoded to 1280×720
    INFO("source width " << width);
    test::TempDir temp;
    fix::TranscodeRequest request;
    request.input = camera_ts(width, width * 9 / 16);
    request.output = temp.path() / "out.mp4";
    request.spec = national();
    request.preset = "veryfast";
    request.keep_picture = true;
    auto result = fix::transcode_video(request, nullptr);
    INFO((result ? "" : result.error().message));
    REQUIRE(result);
    CHECK(result->picture_copied == (width == 1280));
    auto source = ffprobe(request.input);
    auto probe = ffprobe(request.output);
    CHECK(start_of(source, "video") > 1.3);
    CHECK(std::stod(probe["format"]["duration"].get<std::string>()) == Approx(2.0).margin(0.15));
    CHECK(video_packet_times(request.output).size() == video_packet_times(request.input).size()); // none lost
    CHECK(start_of(probe, "video") < 0.05);
    // Sound and picture keep the distance they had (within a frame).
    CHECK(start_of(probe, "video") - start_of(probe, "audio") ==
          Approx(start_of(source, "video") - start_of(source, "audio")).margin(0.041));
  }
}

TEST_CASE("a camera's interlaced 1080i is deinterlaced before it is scaled, not left with combs", "[fix]")
{
  test::TempDir temp;
  auto source = camera_1080i();
  REQUIRE(stream_of(ffprobe(source), "video")->value("field_order", "") == "tt");
  auto output = temp.path() / "out.mp4";
  auto result = transcode(source, output, national());
  CHECK(result.width == 1280);
  CHECK(result.fps == 25);
  // Every frame, to the last (bwdif holds one back until the end is told it).
  CHECK(video_packet_times(output).size() == 50);
  // Against the same pattern shot progressive: scaled with its fields woven in, a copy scores ≈ 33 dB (each
  // moving edge combed; the ffmpeg CLI at the same 2 Mbit/s); deinterlaced first, ≈ 38 dB.
  CHECK(psnr(output, progressive_1080p25(), 1280, 720, 25) > 36.0);
  CHECK(stream_of(ffprobe(output), "video")->value("field_order", "progressive") == "progressive");
}

TEST_CASE("with a file-size limit the bitrate is chosen so the video fits", "[fix]")
{
  test::TempDir temp;
  auto spec = national();
  spec.max_bytes = 300'000; // a 2 s 720p busy test pattern at CRF 23 is far larger
  auto output = temp.path() / "out.mp4";
  auto result = transcode(matroska_named_mp4(), output, spec);
  REQUIRE(result.bitrate_bps);
  CHECK(std::filesystem::file_size(output) <= 300'000u);
  CHECK(result.bytes == std::filesystem::file_size(output));
}

TEST_CASE("a file that is not a video is refused with a clear error, nothing written", "[fix]")
{
  test::TempDir temp;
  auto input = temp.write("broken.mp4", "this is not a video");
  fix::TranscodeRequest request;
  request.input = input;
  request.output = temp.path() / "out.mp4";
  request.spec = national();
  auto result = fix::transcode_video(request, nullptr);
  REQUIRE_FALSE(result);
  CHECK(result.error().code == core::ErrorCode::unreadable);
  CHECK_FALSE(std::filesystem::exists(request.output));
}

TEST_CASE("a video whose times claim hours is left to a person, not transcoded for hours", "[fix]")
{
  // bars_sdr() (1 s) with every time scale (mvhd, mdhd) set to 0: FFmpeg reads 1 instead, so the frames are
  // minutes apart and the whole lasts hours; filling that at 25 fps would encode for hours.
  test::TempDir temp;
  auto bytes = test::read_file(bars_sdr());
  int patched = 0;
  for (const std::string box : {"mvhd", "mdhd"}) {
    for (auto at = bytes.find(box); at != std::string::npos; at = bytes.find(box, at + 4)) {
      // type, version and flags, creation and modification times (version 0), then the time scale.
      bytes.replace(at + 16, 4, std::string(4, '\0'));
      ++patched;
    }
  }
  REQUIRE(patched >= 2);
  const auto input = temp.path() / "timescale-zero.mp4";
  {
    std::ofstream out(input, std::ios::binary);
    out << bytes;
  }
  fix::TranscodeRequest request;
  request.input = input;
  request.output = temp.path() / "out.mp4";
  request.spec = national();
  request.preset = "veryfast";
  auto result = fix::transcode_video(request, nullptr);
  REQUIRE_FALSE(result);
  CHECK(result.error().code == core::ErrorCode::unsupported);
  CHECK(result.error().message.find("timing is likely damaged") != std::string::npos);
  // Stopped at the first gap, not after encoding it: the partial output is gone.
  CHECK_FALSE(std::filesystem::exists(request.output));
}

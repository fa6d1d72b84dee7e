#include "video_fixtures.hpp"

#include <nominate/media/video.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <tuple>
#include <vector>

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
  return *facts;
}

bool mentions(const VideoFacts& facts, const std::string& text)
{
  return std::any_of(facts.damage.begin(), facts.damage.end(),
                     [&](const std::string& entry) { return entry.find(text) != std::string::npos; });
}

std::string random_bytes(std::size_t count, unsigned seed)
{
  std::mt19937 random(seed);
  std::string out(count, '\0');
  for (auto& c : out) {
    c = static_cast<char>(random());
  }
  return out;
}

std::uint32_t big_endian32(const std::string& bytes, std::size_t at)
{
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
  }
  return value;
}

std::string box(const std::string& type, const std::string& body)
{
  std::string out;
  const auto size = static_cast<std::uint32_t>(8 + body.size());
  for (int shift = 24; shift >= 0; shift -= 8) {
    out.push_back(static_cast<char>((size >> shift) & 0xFF));
  }
  return out + type + body;
}

// The boxes directly inside [begin, end) of `bytes`: (offset, type, size).
std::vector<std::tuple<std::size_t, std::string, std::size_t>> boxes(const std::string& bytes,
                                                                     std::size_t begin, std::size_t end)
{
  std::vector<std::tuple<std::size_t, std::string, std::size_t>> found;
  for (std::size_t at = begin; at + 8 <= end;) {
    const std::size_t size = big_endian32(bytes, at);
    REQUIRE(size >= 8);
    found.emplace_back(at, bytes.substr(at + 4, 4), size);
    at += size;
  }
  return found;
}

// `movie` (index after the media data, so that no chunk offset moves) with the first track's edit list
// replaced by `entries` entries each showing its first 40 ms: as crafted files do, a list that repeats a
// clip of seconds for as long as it likes.
std::string with_edit_list(const std::string& movie, std::uint32_t entries)
{
  const auto top = boxes(movie, 0, movie.size());
  const auto moov = std::ranges::find_if(top, [](const auto& b) { return std::get<1>(b) == "moov"; });
  REQUIRE(moov != top.end());
  const auto [moov_at, moov_type, moov_size] = *moov;
  REQUIRE(moov_at + moov_size == movie.size());
  std::string list = std::string("\0\0\0\0", 4);
  for (int shift = 24; shift >= 0; shift -= 8) {
    list.push_back(static_cast<char>((entries >> shift) & 0xFF));
  }
  const std::string entry("\0\0\0\x28\0\0\0\0\0\x01\0\0", 12); // 40 ms, media time 0, rate 1.0
  for (std::uint32_t i = 0; i < entries; ++i) {
    list += entry;
  }
  const std::string edits = box("edts", box("elst", list));
  std::string inside;
  bool first_track = true;
  for (const auto& [at, type, size] : boxes(movie, moov_at + 8, moov_at + moov_size)) {
    if (type != "trak" || !first_track) {
      inside += movie.substr(at, size);
      continue;
    }
    first_track = false;
    std::string track;
    for (const auto& [child_at, child_type, child_size] : boxes(movie, at + 8, at + size)) {
      if (child_type != "edts") {
        track += movie.substr(child_at, child_size);
      }
      if (child_type == "tkhd") {
        track += edits;
      }
    }
    inside += box("trak", track);
  }
  return movie.substr(0, moov_at) + box("moov", inside);
}

} // namespace

TEST_CASE("a truncated video is damaged, even when FFmpeg opens it cleanly", "[media]")
{
  SECTION("index at the front: the samples run past the end")
  {
    const auto whole = file_bytes(VideoFixtures::compliant());
    const auto facts =
        probe(derived_fixture("truncated-faststart.mp4", whole.substr(0, whole.size() * 6 / 10)));
    CHECK(facts.container == Container::mp4);
    CHECK_FALSE(facts.problem);
    CHECK(facts.duration_s == Approx(3).margin(0.1)); // FFmpeg still reports the full duration
    CHECK(mentions(facts, "samples past end of file"));
    CHECK_FALSE(mentions(facts, "index damaged"));
    CHECK(mentions(facts, "file ends early"));
  }

  SECTION("index at the end: the index is lost")
  {
    const auto whole = file_bytes(VideoFixtures::moov_at_end());
    const auto facts =
        probe(derived_fixture("truncated-moov-at-end.mp4", whole.substr(0, whole.size() * 6 / 10)));
    CHECK(facts.container == Container::mp4);
    CHECK(mentions(facts, "index (moov) missing"));
    REQUIRE(facts.problem);
    CHECK(facts.problem->starts_with("cannot open"));
  }

  SECTION("a cut-off Matroska file")
  {
    const auto whole = file_bytes(VideoFixtures::matroska_named_mp4());
    const auto facts = probe(derived_fixture("truncated-matroska.mp4", whole.substr(0, whole.size() / 2)));
    CHECK(facts.container == Container::matroska);
    CHECK(mentions(facts, "file ends early"));
  }

  SECTION("a cut-off AVI file")
  {
    const auto whole = file_bytes(VideoFixtures::avi_named_mp4());
    const auto facts = probe(derived_fixture("truncated-avi.mp4", whole.substr(0, whole.size() / 2)));
    CHECK(facts.container == Container::avi);
    CHECK(mentions(facts, "file ends early"));
  }
}

TEST_CASE("bytes appended after a whole movie are not a cut-off file", "[media]")
{
  // A download tool's padding or another file's tail after the last box: the movie plays to its end.
  for (const auto& [name, source] : {std::pair{"appended-faststart.mp4", VideoFixtures::compliant()},
                                     std::pair{"appended-moov-at-end.mp4", VideoFixtures::moov_at_end()}}) {
    INFO(name);
    const auto facts =
        probe(derived_fixture(name, file_bytes(source) + std::string("\xDC\xD6\x3C\xC2\x01\x02\x03\x04", 8) +
                                        random_bytes(200'000, 3)));
    CHECK_FALSE(facts.problem);
    CHECK(facts.damage.empty());
    CHECK(facts.duration_s == Approx(3).margin(0.1));
  }
  // Text whose first bytes read as a box header running past the end (WeChat's "WeChat…" reads as a 1.4 GB
  // 'atJu'), or a box cut short after the whole movie: nothing of the movie is missing either.
  const auto whole = file_bytes(VideoFixtures::compliant());
  for (const auto& [name, tail] : {std::pair{"appended-text.mp4", std::string("WeChatJunkTrailer\n")},
                                   std::pair{"appended-box-cut.mp4", std::string("\x00\x10\x00\x00"
                                                                                 "free",
                                                                                 8)}}) {
    INFO(name);
    const auto facts = probe(derived_fixture(name, whole + tail));
    CHECK_FALSE(facts.problem);
    CHECK(facts.damage.empty());
  }
  // The movie's own media cut short is, as before: the samples its index lists are not all there; so is a
  // second media box cut short after the whole movie.
  const auto cut = probe(derived_fixture("media-cut.mp4", whole.substr(0, whole.size() - 4096)));
  CHECK(mentions(cut, "file ends early"));
  const auto second = probe(derived_fixture("second-mdat-cut.mp4", whole + std::string("\x00\x10\x00\x00"
                                                                                       "mdat",
                                                                                       8)));
  CHECK(mentions(second, "file ends early"));
}

TEST_CASE("an index that lies is damage", "[media]")
{
  // The first chunk offset of the first `stco` table points far past the end of the file.
  std::string bytes = file_bytes(VideoFixtures::compliant());
  const auto stco = bytes.find("stco");
  REQUIRE(stco != std::string::npos);
  const std::size_t first_entry = stco + 4 + 4 + 4; // type, version+flags, entry count
  const std::string far("\x7F\xFF\x00\x00", 4);
  bytes.replace(first_entry, 4, far);
  const auto facts = probe(derived_fixture("lying-index.mp4", bytes));
  CHECK(mentions(facts, "samples past end of file"));
  // Every box ends where the file does: the file is whole, its index is what is wrong.
  CHECK(mentions(facts, "index damaged"));
  CHECK_FALSE(mentions(facts, "file ends early"));
  CHECK(facts.bytes_read < facts.file_size);
}

TEST_CASE("a deep probe finds frames the decoder cannot read", "[media]")
{
  std::string bytes = file_bytes(VideoFixtures::compliant());
  const std::size_t from = bytes.size() / 2;
  bytes.replace(from, bytes.size() / 20, random_bytes(bytes.size() / 20, 3));
  const auto path = derived_fixture("damaged-middle.mp4", bytes);

  const auto quick = probe(path);
  CHECK(quick.codec == "h264"); // the index is intact: a default probe cannot see this damage

  const auto deep = probe(path, ProbeDepth::deep);
  CHECK(deep.frames_decoded > 0);
  CHECK(deep.decode_errors + deep.frames_damaged > 0);
  CHECK(mentions(deep, "decoding errors"));
}

TEST_CASE("bad input is a fact, never a crash", "[media]")
{
  SECTION("a zero-byte .mp4")
  {
    const auto facts = probe(derived_fixture("empty.mp4", ""));
    CHECK(facts.container == Container::unknown);
    CHECK(facts.problem == "empty file");
  }

  SECTION("random bytes named .mp4")
  {
    const auto facts = probe(derived_fixture("random.mp4", random_bytes(64 * 1024, 11)));
    CHECK(facts.container == Container::unknown);
    CHECK(facts.problem == "not a video");
  }

  SECTION("random bytes after an MP4 header")
  {
    const std::string head("\0\0\0\x18"
                           "ftypisom\0\0\x02\0isomiso2",
                           24);
    const auto facts = probe(derived_fixture("random-after-ftyp.mp4", head + random_bytes(64 * 1024, 5)));
    CHECK(facts.container == Container::mp4);
    CHECK(facts.problem);
    CHECK_FALSE(facts.damage.empty());
  }

  SECTION("random bytes after a Matroska signature, deep")
  {
    const std::string head("\x1A\x45\xDF\xA3", 4);
    const auto facts =
        probe(derived_fixture("random-after-ebml.mp4", head + random_bytes(64 * 1024, 9)), ProbeDepth::deep);
    CHECK(facts.container == Container::matroska);
    CHECK((facts.problem || !facts.damage.empty()));
  }

  SECTION("a photo named .mp4 is not a video")
  {
    const auto facts =
        probe(derived_fixture("photo.mp4", std::string("\xFF\xD8\xFF\xE0", 4) + random_bytes(100, 1)));
    CHECK(facts.problem == "not a video");
  }

  SECTION("a small file of a hundred tracks is refused at opening, before a decoder is opened for each")
  {
    // 100 copies of one second of sound in one MP4 (3 KB a track); 999 made FFmpeg take 2.5 GB.
    std::vector<std::string> args = {"-f", "lavfi", "-i", "anullsrc=r=8000:cl=mono", "-t", "1"};
    for (int i = 0; i < 100; ++i) {
      args.insert(args.end(), {"-map", "0:a"});
    }
    args.insert(args.end(), {"-c:a", "aac", "-b:a", "8k", "{out}"});
    const auto facts = probe(ffmpeg_fixture("tracks-100.mp4", args));
    REQUIRE(facts.problem);
    CHECK(facts.problem->find("max_streams") != std::string::npos);
  }

  SECTION("a missing file is an error")
  {
    const auto result = probe_video_file("/nonexistent/事迹视频.mp4");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == nominate::core::ErrorCode::io);
  }
}

TEST_CASE("a lossless cut at a non-key frame is no damage: the pre-roll its edit list hides is not missing",
          "[media]")
{
  // `ffmpeg -ss 1.3 -c copy` keeps the pictures from the key frame before 1.3 s, marked not to be shown.
  const auto cut = ffmpeg_fixture(
      "cut-at-non-key.mp4", {"-ss", "1.3", "-i", VideoFixtures::compliant().string(), "-c", "copy", "{out}"});
  const auto deep = probe(cut, ProbeDepth::deep);
  CHECK(deep.frames_decoded > 0);
  CHECK(deep.frame_count > deep.frames_decoded); // the index does hold the hidden pictures
  CHECK(deep.damage.empty());
}

TEST_CASE("a deep probe stops where an edit list runs far past the video's length", "[media]")
{
  // 2 s of video whose edit list shows its first 40 ms 10,000 times: 400 s of frames to decode.
  const auto clip = ffmpeg_fixture("two-seconds-small.mp4",
                                   {"-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=2", "-c:v",
                                    "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "{out}"});
  const auto looped = derived_fixture("edit-list-10000.mp4", with_edit_list(file_bytes(clip), 10000));
  const auto deep = probe(looped, ProbeDepth::deep);
  INFO(deep.frames_decoded);
  // Stopped a minute past the length: about 62 s of frames at 25 fps, not 10,000.
  CHECK(deep.frames_decoded <= 64 * 25);
  CHECK(mentions(deep, "decoding stopped at 1:02"));
  // An ordinary file is decoded to its end.
  const auto whole = probe(clip, ProbeDepth::deep);
  CHECK(whole.frames_decoded == 50);
  CHECK(whole.damage.empty());
}

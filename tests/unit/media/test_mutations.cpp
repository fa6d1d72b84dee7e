#include "video_fixtures.hpp"

#include <nominate/media/photo.hpp>
#include <nominate/media/video.hpp>

#include <catch2/catch.hpp>

#include <random>

using namespace nominate::test;

namespace {

// A copy of `bytes` with `flips` random bytes changed within the first `span` bytes (where the headers and,
// for a faststart MP4, the index are), and maybe cut short: what a bad USB stick or a broken upload does.
std::string mutated(const std::string& bytes, std::size_t span, int flips, std::mt19937& random)
{
  std::string out = bytes;
  const std::size_t limit = std::min(span, out.size());
  for (int i = 0; i < flips; ++i) {
    out[random() % limit] = static_cast<char>(random());
  }
  if (random() % 4 == 0) {
    out.resize(random() % out.size());
  }
  return out;
}

} // namespace

TEST_CASE("damaged copies of real photos never crash the probe", "[media]")
{
  const auto jpeg =
      file_bytes(convert_fixture("mutation-source.jpg", {"-size", "120x160", "xc:white", "-fill", "#e8b896",
                                                         "-draw", "ellipse 60,80 30,40 0,360", "{out}"}));
  const auto png =
      file_bytes(convert_fixture("mutation-source.png", {"-size", "120x160", "xc:white", "{out}"}));
  std::mt19937 random(2024);
  for (int round = 0; round < 200; ++round) {
    const auto& source = round % 2 == 0 ? jpeg : png;
    const auto bytes = as_bytes(mutated(source, 700, 1 + static_cast<int>(random() % 8), random));
    const auto facts = nominate::media::probe_photo(bytes, {.max_pixels = 4'000'000});
    CHECK(facts.file_size == bytes.size());
    if (facts.decoded) {
      CHECK(facts.width > 0);
    }
  }
}

TEST_CASE("damaged copies of a real video never crash the probe", "[media]")
{
  const auto video = file_bytes(VideoFixtures::compliant());
  std::mt19937 random(99);
  for (int round = 0; round < 40; ++round) {
    const auto path =
        derived_fixture("mutated.mp4", mutated(video, 8000, 1 + static_cast<int>(random() % 16), random));
    const auto depth =
        round % 8 == 0 ? nominate::media::ProbeDepth::deep : nominate::media::ProbeDepth::index;
    const auto facts = nominate::media::probe_video_file(path, depth);
    REQUIRE(facts.has_value());
    CHECK(facts->file_size == std::filesystem::file_size(path));
  }
}

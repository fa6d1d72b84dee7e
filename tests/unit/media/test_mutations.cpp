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

namespace {

// CRC-32 of a PNG chunk's type and data (ISO 3309, as the PNG specification asks).
std::uint32_t png_crc(std::string_view bytes)
{
  std::uint32_t crc = 0xFFFFFFFFU;
  for (const char c : bytes) {
    crc ^= static_cast<unsigned char>(c);
    for (int bit = 0; bit < 8; ++bit) {
      crc = (crc & 1U) != 0 ? 0xEDB88320U ^ (crc >> 1) : crc >> 1;
    }
  }
  return crc ^ 0xFFFFFFFFU;
}

std::string big_endian(std::uint32_t value)
{
  return {static_cast<char>(value >> 24), static_cast<char>(value >> 16), static_cast<char>(value >> 8),
          static_cast<char>(value)};
}

} // namespace

// fuzz_image found it (2026-12-03): an empty IDAT chunk before the image data is valid PNG, and stb_image
// then copies zero bytes to a null buffer, which UBSan reports. The ASan+UBSan build of this test keeps it
// out.
TEST_CASE("a PNG whose first IDAT chunk is empty decodes", "[media]")
{
  auto png =
      file_bytes(convert_fixture("empty-idat-source.png", {"-size", "40x30", "xc:#3366cc", "png24:{out}"}));
  const auto first_idat = png.find("IDAT");
  REQUIRE(first_idat != std::string::npos);
  const std::string empty_idat = big_endian(0) + "IDAT" + big_endian(png_crc("IDAT"));
  png.insert(first_idat - 4, empty_idat); // before the real chunk's length field
  const auto bytes = as_bytes(png);
  const auto facts = nominate::media::probe_photo(bytes, {.max_pixels = 4'000'000});
  REQUIRE(facts.decoded);
  CHECK(facts.width == 40);
  CHECK(facts.height == 30);
}

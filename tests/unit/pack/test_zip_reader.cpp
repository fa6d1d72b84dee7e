#include "fixtures.hpp"
#include "temp_dir.hpp"

#include <nominate/pack/zip_reader.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace {

using nominate::core::ErrorCode;
using nominate::pack::read_zip_directory;

std::vector<std::uint8_t> bytes_of(const std::string& name)
{
  auto text = nominate::test::read_file(nominate::test::hostile_zips() / name);
  return {text.begin(), text.end()};
}

} // namespace

TEST_CASE("the zip reader lists entries, sizes and where each entry's data starts", "[pack]")
{
  auto bytes = bytes_of("bag.zip");
  auto directory = read_zip_directory(bytes, 100);
  REQUIRE(directory);
  REQUIRE(directory->entries.size() == 6);
  for (const auto& entry : directory->entries) {
    CHECK(entry.local_header_found);
    CHECK(entry.local_header_agrees);
    CHECK(entry.data_offset > entry.local_header_offset);
    CHECK(entry.data_offset + entry.compressed_size <= directory->directory_offset);
  }
  CHECK(directory->entries[0].name == "海淀区-测试/bag-info.txt");
  CHECK((directory->entries[0].flags & 0x0800) != 0); // Python marks UTF-8 names with bit 11
}

TEST_CASE("the zip reader refuses what is not a whole zip, saying why", "[pack]")
{
  SECTION("a 0-byte file")
  {
    auto directory = read_zip_directory({}, 100);
    REQUIRE_FALSE(directory);
    CHECK(directory.error().message.find("empty") != std::string::npos);
  }
  SECTION("a file that is no zip")
  {
    auto bytes = bytes_of("not-a-zip.zip");
    auto directory = read_zip_directory(bytes, 100);
    REQUIRE_FALSE(directory);
    CHECK(directory.error().message == "not a zip file");
  }
  SECTION("a zip cut in half")
  {
    auto bytes = bytes_of("truncated.zip");
    auto directory = read_zip_directory(bytes, 100);
    REQUIRE_FALSE(directory);
    CHECK(directory.error().message.find("truncated") != std::string::npos);
  }
  SECTION("more entries than the limit, before reading any")
  {
    auto bytes = bytes_of("many.zip");
    auto directory = read_zip_directory(bytes, 10);
    REQUIRE_FALSE(directory);
    CHECK(directory.error().code == ErrorCode::limit_exceeded);
  }
}

TEST_CASE("the zip reader never reads outside its bytes, whatever they hold", "[pack]")
{
  // Every prefix of a real zip, and the zip with each byte of its directory flipped: errors or a
  // directory, never a crash (run under ASan in CI).
  auto bytes = bytes_of("bag.zip");
  for (std::size_t size = 0; size <= bytes.size(); size += 7) {
    (void)read_zip_directory(std::span(bytes).first(size), 100);
  }
  auto directory = read_zip_directory(bytes, 100);
  REQUIRE(directory);
  for (auto at = directory->directory_offset; at < bytes.size(); ++at) {
    auto copy = bytes;
    copy[at] ^= 0xff;
    (void)read_zip_directory(copy, 100);
  }
}

TEST_CASE("the zip reader records what another unzip tool would read differently", "[pack]")
{
  SECTION("a second end record hidden in the comment, whichever of the two reaches the end")
  {
    for (const auto* name : {"comment-eocd.zip", "comment-eocd-exact.zip"}) {
      INFO(name);
      auto bytes = bytes_of(name);
      auto directory = read_zip_directory(bytes, 100);
      REQUIRE(directory);
      CHECK(directory->end_ambiguous);
    }
  }
  SECTION("an entry count short of the directory: reading stops before its end")
  {
    auto bytes = bytes_of("count-short.zip");
    auto directory = read_zip_directory(bytes, 100);
    REQUIRE(directory);
    CHECK(directory->entries.size() == 1);
    CHECK(directory->entries_end < directory->directory_offset + directory->directory_size);
  }
  SECTION("a part of a split archive")
  {
    for (const auto* name : {"multi-disk.zip", "count-differ.zip"}) {
      INFO(name);
      auto bytes = bytes_of(name);
      auto directory = read_zip_directory(bytes, 100);
      REQUIRE(directory);
      CHECK(directory->multi_part);
    }
  }
  SECTION("the names of Unicode Path extra fields, central and local")
  {
    auto bytes = bytes_of("unicode-path.zip");
    auto directory = read_zip_directory(bytes, 100);
    REQUIRE(directory);
    REQUIRE(directory->entries.size() == 1);
    CHECK(directory->entries[0].name == "a.txt");
    CHECK(directory->entries[0].unicode_paths == std::vector<std::string>{"证件照.jpg", "证件照.jpg"});
  }
  SECTION("a valid bag is none of these")
  {
    auto bytes = bytes_of("bag.zip");
    auto directory = read_zip_directory(bytes, 100);
    REQUIRE(directory);
    CHECK_FALSE(directory->end_ambiguous);
    CHECK_FALSE(directory->multi_part);
    CHECK(directory->entries_end == directory->directory_offset + directory->directory_size);
    CHECK(directory->entries[0].unicode_paths.empty());
  }
}

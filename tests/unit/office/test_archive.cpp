#include "ooxml_builder.hpp"

#include <nominate/office/archive.hpp>

#include <catch2/catch.hpp>

using nominate::core::ErrorCode;
using nominate::office::ZipArchive;
using nominate::office::ZipLimits;
using nominate::test::as_bytes;
using nominate::test::ZipBuilder;

TEST_CASE("a zip's entries are read whole and looked up as OPC names", "[office]")
{
  std::string zip = ZipBuilder()
                        .add("[Content_Types].xml", "<Types/>")
                        .add("word/document.xml", "<w:document>内容</w:document>")
                        .add("stored.txt", "as is", ZipBuilder::Compression::store)
                        .build();
  auto archive = ZipArchive::open(as_bytes(zip));
  REQUIRE(archive);
  CHECK(archive->names().size() == 3);

  SECTION("names compare without case and without a leading slash")
  {
    CHECK(archive->contains("/Word/Document.xml"));
    auto content = archive->read("/word/document.xml");
    REQUIRE(content);
    CHECK(*content == "<w:document>内容</w:document>");
    CHECK(*archive->read("stored.txt") == "as is");
  }
  SECTION("a missing part is unreadable, not a crash")
  {
    auto missing = archive->read("word/missing.xml");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::unreadable);
  }
}

TEST_CASE("damaged, empty and foreign bytes are unreadable", "[office]")
{
  std::string zip = ZipBuilder().add("a.xml", std::string(5000, 'a')).build();

  SECTION("empty")
  {
    auto archive = ZipArchive::open({});
    REQUIRE_FALSE(archive);
    CHECK(archive.error().code == ErrorCode::unreadable);
  }
  SECTION("truncated: the central directory is gone")
  {
    auto archive = ZipArchive::open(as_bytes(std::string_view(zip).substr(0, zip.size() / 2)));
    REQUIRE_FALSE(archive);
    CHECK(archive.error().code == ErrorCode::unreadable);
  }
  SECTION("random bytes")
  {
    std::string noise;
    for (int i = 0; i < 4096; ++i) {
      noise += static_cast<char>((i * 7919 + 13) % 251);
    }
    auto archive = ZipArchive::open(as_bytes(noise));
    REQUIRE_FALSE(archive);
    CHECK(archive.error().code == ErrorCode::unreadable);
  }
  SECTION("a corrupted entry fails its CRC when read")
  {
    std::string stored =
        ZipBuilder().add("a.txt", std::string(3000, 'x'), ZipBuilder::Compression::store).build();
    auto at = stored.find(std::string(100, 'x'));
    REQUIRE(at != std::string::npos);
    stored[at + 50] = 'y';
    auto archive = ZipArchive::open(as_bytes(stored));
    REQUIRE(archive);
    auto content = archive->read("a.txt");
    REQUIRE_FALSE(content);
    CHECK(content.error().code == ErrorCode::unreadable);
  }
}

TEST_CASE("a zip bomb is refused by its compression ratio and sizes", "[office]")
{
  // 64 MiB of one byte deflates to about 64 KiB: a ratio near 1000.
  std::string bomb = ZipBuilder().add("word/document.xml", std::string(64u * 1024 * 1024, ' ')).build();
  REQUIRE(bomb.size() < 1024 * 1024);

  SECTION("the directory's claims are checked on opening")
  {
    auto archive = ZipArchive::open(as_bytes(bomb));
    REQUIRE_FALSE(archive);
    CHECK(archive.error().code == ErrorCode::limit_exceeded);
  }
  SECTION("an entry over the size limit")
  {
    ZipLimits limits;
    limits.ratio = 1'000'000;
    limits.entry = 1024 * 1024;
    auto archive = ZipArchive::open(as_bytes(bomb), limits);
    REQUIRE_FALSE(archive);
    CHECK(archive.error().code == ErrorCode::limit_exceeded);
  }
  SECTION("too many entries")
  {
    ZipBuilder many;
    for (int i = 0; i < 20; ++i) {
      many.add("part" + std::to_string(i) + ".xml", "<a/>");
    }
    ZipLimits limits;
    limits.entries = 10;
    auto archive = ZipArchive::open(as_bytes(many.build()), limits);
    REQUIRE_FALSE(archive);
    CHECK(archive.error().code == ErrorCode::limit_exceeded);
  }
  SECTION("the total of the entries read")
  {
    std::string two = ZipBuilder()
                          .add("a.bin", std::string(600 * 1024, 'a'), ZipBuilder::Compression::store)
                          .add("b.bin", std::string(600 * 1024, 'b'), ZipBuilder::Compression::store)
                          .build();
    ZipLimits limits;
    limits.total = 2 * 1024 * 1024;
    auto archive = ZipArchive::open(as_bytes(two), limits);
    REQUIRE(archive);
    limits.total = 1024 * 1024;
    auto tight = ZipArchive::open(as_bytes(two), limits);
    REQUIRE_FALSE(tight);
    CHECK(tight.error().code == ErrorCode::limit_exceeded);
  }
}

TEST_CASE("an entry under zip encryption is reported encrypted", "[office]")
{
  std::string zip = ZipBuilder()
                        .add("word/document.xml", "<secret/>", ZipBuilder::Compression::deflate,
                             ZipBuilder::Encryption::aes256)
                        .build();
  auto archive = ZipArchive::open(as_bytes(zip));
  REQUIRE(archive);
  auto content = archive->read("word/document.xml");
  REQUIRE_FALSE(content);
  CHECK(content.error().code == ErrorCode::encrypted);
}

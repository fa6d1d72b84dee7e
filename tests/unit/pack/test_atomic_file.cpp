// Files written whole or not at all (atomic_file.hpp): a temporary beside the target, then a rename — only
// ever onto a plain file, and with a temporary whose name fits wherever the target's does.

#include "atomic_file.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <sys/stat.h>

namespace nominate::pack {
namespace {

std::span<const std::uint8_t> bytes_of(const std::string& text)
{
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

} // namespace

TEST_CASE("a file whose name takes nearly all 255 bytes is written: its temporary's name is cut to fit",
          "[pack]")
{
  const test::TempDir dir;
  std::string name;
  for (int i = 0; i < 80; ++i) {
    name += "王"; // 240 bytes
  }
  name += ".zip";
  const auto target = dir.path() / name;
  const std::string text = "package";
  REQUIRE(write_file_atomically(target, bytes_of(text)));
  CHECK(test::read_file(target) == text);
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    CHECK(entry.path().filename() == name); // no temporary left beside it
    ++files;
  }
  CHECK(files == 1);
}

TEST_CASE("a device, a pipe, a link or a folder is never replaced by a plain file", "[pack]")
{
  const test::TempDir dir;
  dir.write("old.xlsx", "keep");
  const auto link = dir.path() / "link.xlsx";
  std::filesystem::create_symlink(dir.path() / "old.xlsx", link);
  const auto fifo = dir.path() / "pipe.xlsx";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::filesystem::create_directory(dir.path() / "folder.xlsx");
  for (const auto& target : {link, fifo, dir.path() / "folder.xlsx"}) {
    INFO(target);
    auto written = write_file_atomically(target, bytes_of("new"));
    REQUIRE_FALSE(written);
    CHECK(written.error().reason == "target-not-file");
    CHECK(written.error().file == target);
  }
  CHECK(std::filesystem::is_symlink(std::filesystem::symlink_status(link)));
  CHECK(std::filesystem::is_fifo(std::filesystem::symlink_status(fifo)));
  CHECK(test::read_file(dir.path() / "old.xlsx") == "keep");
}

} // namespace nominate::pack

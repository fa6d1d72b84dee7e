// The zip writer: what libzip, Info-ZIP's unzip and Python's zipfile read back from the zips it writes.

#include "run_tool.hpp"
#include "temp_dir.hpp"
#include "zip_writer.hpp"

#include <catch2/catch.hpp>
#include <zip.h>

#include <fstream>
#include <map>

namespace nominate::pack {
namespace {

std::span<const std::uint8_t> bytes_of(const std::string& text)
{
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

// Every entry of `file` as libzip reads it: name → (bytes, compression method, general-purpose flags).
struct ReadEntry {
  std::string bytes;
  int method = -1;
  std::uint16_t flags = 0;
};
std::map<std::string, ReadEntry> read_with_libzip(const std::filesystem::path& file)
{
  int error = 0;
  zip_t* archive = zip_open(file.c_str(), ZIP_CHECKCONS | ZIP_RDONLY, &error);
  REQUIRE(archive != nullptr);
  std::map<std::string, ReadEntry> entries;
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
    zip_stat_t stat;
    REQUIRE(zip_stat_index(archive, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW, &stat) == 0);
    zip_file_t* entry = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
    REQUIRE(entry != nullptr);
    std::string bytes(stat.size, '\0');
    REQUIRE(zip_fread(entry, bytes.data(), stat.size) == static_cast<zip_int64_t>(stat.size));
    zip_fclose(entry);
    entries[stat.name] = {bytes, stat.comp_method, 0};
  }
  zip_close(archive);
  return entries;
}

} // namespace

TEST_CASE("a zip written holds stored and deflated entries with UTF-8 names that every reader accepts",
          "[pack]")
{
  test::TempDir temp;
  auto video = temp.write("事迹视频.mp4", std::string(3 << 20, 'v') + "end");
  auto zip = temp.path() / "包.zip";
  std::string text;
  for (int i = 0; i < 2000; ++i) {
    text += "第" + std::to_string(i) + "行：事迹简介\n";
  }
  auto writer = ZipWriter::create(zip);
  REQUIRE(writer);
  auto time = dos_time(2024, 5, 1);
  auto stored = writer->add_file("海淀区/data/01-张三/事迹视频.mp4", video, Compression::store, time);
  REQUIRE(stored);
  CHECK(stored->size == (3u << 20) + 3);
  auto deflated = writer->add_bytes("海淀区/检查报告.txt", bytes_of(text), Compression::deflate, time);
  REQUIRE(deflated);
  CHECK(deflated->sha256_hex().size() == 64);
  auto empty = writer->add_bytes("海淀区/空.txt", {}, Compression::deflate, time);
  REQUIRE(empty);
  REQUIRE(writer->finish());

  SECTION("libzip reads each entry back with its method, name and bytes")
  {
    auto entries = read_with_libzip(zip);
    REQUIRE(entries.size() == 3);
    CHECK(entries["海淀区/data/01-张三/事迹视频.mp4"].method == ZIP_CM_STORE);
    CHECK(entries["海淀区/data/01-张三/事迹视频.mp4"].bytes == test::read_file(video));
    CHECK(entries["海淀区/检查报告.txt"].method == ZIP_CM_DEFLATE);
    CHECK(entries["海淀区/检查报告.txt"].bytes == text);
    CHECK(entries["海淀区/空.txt"].bytes.empty());
  }
  SECTION("Info-ZIP's unzip -t finds no error and shows the Chinese names as they are")
  {
    REQUIRE(test::have_tool("unzip"));
    auto run = test::run_tool({"unzip", "-t", zip.string()});
    CHECK(run.exit_code == 0);
    CHECK(run.output.find("海淀区/data/01-张三/事迹视频.mp4") != std::string::npos);
    CHECK(run.output.find("No errors detected") != std::string::npos);
  }
  SECTION("Python's zipfile sees bit 11, the date and a plain file's attributes, and no extra fields")
  {
    auto run = test::run_tool({"python3", "-c",
                               "import sys,zipfile\n"
                               "z=zipfile.ZipFile(sys.argv[1])\n"
                               "assert z.testzip() is None\n"
                               "for i in z.infolist():\n"
                               "  assert i.flag_bits & 0x800, i.filename\n"
                               "  assert i.date_time == (2024,5,1,0,0,0), i.date_time\n"
                               "  assert i.extra == b'', i.extra\n"
                               "  assert i.external_attr >> 16 == 0o100644\n"
                               "print('ok', len(z.infolist()))\n",
                               zip.string()});
    INFO(run.output);
    CHECK(run.exit_code == 0);
    CHECK(run.output.find("ok 3") != std::string::npos);
  }
}

TEST_CASE("the same entries give the same bytes", "[pack]")
{
  test::TempDir temp;
  auto write = [&](const std::string& name) {
    auto zip = temp.path() / name;
    auto writer = ZipWriter::create(zip);
    REQUIRE(writer);
    REQUIRE(
        writer->add_bytes("a/说明.txt", bytes_of("同一内容\n"), Compression::deflate, dos_time(2024, 5, 1)));
    REQUIRE(writer->add_bytes("a/b.jpg", bytes_of("not really a jpeg"), Compression::store,
                              dos_time(2024, 5, 1)));
    REQUIRE(writer->finish());
    return test::read_file(zip);
  };
  CHECK(write("1.zip") == write("2.zip"));
}

TEST_CASE("more than 65535 entries are written with ZIP64 end records that readers accept", "[pack]")
{
  test::TempDir temp;
  auto zip = temp.path() / "many.zip";
  auto writer = ZipWriter::create(zip);
  REQUIRE(writer);
  for (int i = 0; i < 65540; ++i) {
    REQUIRE(writer->add_bytes("d/" + std::to_string(i) + ".txt", bytes_of(std::to_string(i)),
                              Compression::store, dos_time(2024, 5, 1)));
  }
  REQUIRE(writer->finish());
  int error = 0;
  zip_t* archive = zip_open(zip.c_str(), ZIP_CHECKCONS | ZIP_RDONLY, &error);
  REQUIRE(archive != nullptr);
  CHECK(zip_get_num_entries(archive, 0) == 65540);
  zip_close(archive);
  auto run = test::run_tool({"python3", "-c",
                             "import sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nprint(len(z.namelist()),"
                             "z.read('d/65539.txt').decode())",
                             zip.string()});
  CHECK(run.output.find("65540 65539") != std::string::npos);
}

TEST_CASE("a file that cannot be read is an error naming it, and nothing is added", "[pack]")
{
  test::TempDir temp;
  auto writer = ZipWriter::create(temp.path() / "x.zip");
  REQUIRE(writer);
  auto added = writer->add_file("x/missing.jpg", temp.path() / "missing.jpg", Compression::store, {});
  REQUIRE_FALSE(added);
  CHECK(added.error().file == temp.path() / "missing.jpg");
}

TEST_CASE("with the hash thread, each SHA-256 is sha256sum's and the zip's bytes are the same", "[pack]")
{
  test::TempDir temp;
  // Over three 1 MiB chunks, so the two buffers take turns while the hash thread works on the other one.
  std::string content;
  for (std::uint32_t i = 0; content.size() < (3U << 20) + 12345; ++i) {
    content += std::to_string(i * 2654435761U) + ",";
  }
  auto video = temp.write("事迹视频.mp4", content);
  REQUIRE(test::have_tool("sha256sum"));
  auto expected = test::run_tool({"sha256sum", video.string()}).output.substr(0, 64);
  auto write = [&](bool hash_thread) {
    auto zip = temp.path() / (hash_thread ? "threaded.zip" : "plain.zip");
    auto writer = ZipWriter::create(zip, hash_thread);
    REQUIRE(writer);
    auto stored = writer->add_file("a/事迹视频.mp4", video, Compression::store, dos_time(2024, 5, 1));
    REQUIRE(stored);
    CHECK(stored->sha256_hex() == expected);
    auto deflated = writer->add_file("a/事迹视频.txt", video, Compression::deflate, dos_time(2024, 5, 1));
    REQUIRE(deflated);
    CHECK(deflated->sha256_hex() == expected);
    auto small = writer->add_bytes("a/说明.txt", bytes_of("abc"), Compression::deflate, dos_time(2024, 5, 1));
    REQUIRE(small);
    CHECK(small->sha256_hex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    REQUIRE(writer->finish());
    return test::read_file(zip);
  };
  CHECK(write(true) == write(false));
}

} // namespace nominate::pack

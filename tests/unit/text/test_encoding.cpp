#include "run_tool.hpp"
#include "temp_dir.hpp"

#include <nominate/text/encoding.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

using nominate::core::ErrorCode;
using nominate::test::TempDir;
using nominate::text::decode_text;
using nominate::text::read_text_file;

namespace {

const std::string k_sample = "序号,姓名,单位\r\n1,张三,海淀区学习型社区\r\n2,李四,朝阳区社区学院\r\n";
const std::string k_sample_lf = "序号,姓名,单位\n1,张三,海淀区学习型社区\n2,李四,朝阳区社区学院\n";

// The sample written by the iconv tool in `encoding` (with a BOM where the encoding name asks for one).
std::string encode_with_iconv(const TempDir& dir, const std::string& encoding)
{
  REQUIRE(nominate::test::have_tool("iconv"));
  const auto input = dir.write("utf8.txt", k_sample);
  const auto output = dir.path() / ("out-" + encoding + ".txt");
  const auto run = nominate::test::run_tool(
      {"iconv", "-f", "UTF-8", "-t", encoding, input.string(), "-o", output.string()});
  REQUIRE(run.exit_code == 0);
  return nominate::test::read_file(output);
}

} // namespace

TEST_CASE("decodes UTF-8, with or without a BOM, and normalizes line endings", "[text]")
{
  SECTION("plain UTF-8")
  {
    const auto text = decode_text(k_sample, "登记表.csv");
    REQUIRE(text);
    CHECK(*text == k_sample_lf);
  }
  SECTION("a BOM is stripped")
  {
    const auto text = decode_text("\xEF\xBB\xBF" + k_sample, "登记表.csv");
    REQUIRE(text);
    CHECK(*text == k_sample_lf);
  }
  SECTION("old Mac line endings become \\n")
  {
    const auto text = decode_text("a\rb\r\rc", "x.txt");
    REQUIRE(text);
    CHECK(*text == "a\nb\n\nc");
  }
  SECTION("empty input is empty text")
  {
    const auto text = decode_text("", "x.txt");
    REQUIRE(text);
    CHECK(text->empty());
  }
}

TEST_CASE("decodes GB18030 and UTF-16 written by iconv", "[text]")
{
  const TempDir dir;
  SECTION("GBK, as Notepad and Excel on Chinese Windows write it")
  {
    const std::string bytes = encode_with_iconv(dir, "GBK");
    REQUIRE(bytes != k_sample);
    const auto text = decode_text(bytes, "登记表.csv");
    REQUIRE(text);
    CHECK(*text == k_sample_lf);
  }
  SECTION("GB18030 with characters beyond GBK (four-byte sequences)")
  {
    const std::string sample = "𠀀 Ext B, € and 😀";
    const auto input = dir.write("rare.txt", sample);
    const auto output = dir.path() / "rare-gb18030.txt";
    REQUIRE(nominate::test::run_tool(
                {"iconv", "-f", "UTF-8", "-t", "GB18030", input.string(), "-o", output.string()})
                .exit_code == 0);
    const auto text = decode_text(nominate::test::read_file(output), "rare.txt");
    REQUIRE(text);
    CHECK(*text == sample);
  }
  SECTION("UTF-16LE and UTF-16BE with a BOM")
  {
    for (const std::string encoding : {"UTF-16LE", "UTF-16BE"}) {
      const std::string bom = encoding == "UTF-16LE" ? "\xFF\xFE" : "\xFE\xFF";
      const auto text = decode_text(bom + encode_with_iconv(dir, encoding), "表.txt");
      REQUIRE(text);
      CHECK(*text == k_sample_lf);
    }
  }
}

TEST_CASE("rejects bytes that are neither UTF-8 nor GB18030, naming the file", "[text]")
{
  // GB18030 accepts almost any byte string; glibc's iconv rejects 0x80 and 0xFF as single bytes, a lead
  // byte 0x81–0xFE followed by a byte outside 0x30–0x39/0x40–0x7E/0x80–0xFE, a sequence cut off at the end,
  // and four-byte sequences past the last code point (84 31 A4 39).
  for (const std::string& bytes :
       {std::string("\x80\xFF\x80\xFF"), std::string("\xFF"), std::string("abc\x80"), std::string("\xA1\x7F"),
        std::string("\x81\x20"), std::string("\xD5\xC5\xC8"), std::string("\x84\x31\xA5\x30"),
        std::string("caf\xE9 au lait")}) {
    const auto text = decode_text(bytes, "名单.csv");
    REQUIRE_FALSE(text);
    CHECK(text.error().code == ErrorCode::bad_encoding);
    CHECK(text.error().file == "名单.csv");
    CHECK(text.error().message.find("UTF-8") != std::string::npos);
  }
  SECTION("the line of the first bad byte is given")
  {
    const auto text = decode_text("\xD5\xC5\xC8\xFD\n\xC0\xEE\xCB\xC4\n\x80", "x.csv");
    REQUIRE_FALSE(text);
    CHECK(text.error().position.line == 3);
  }
  SECTION("NUL bytes: binary data or UTF-16 without a BOM")
  {
    const auto text = decode_text(std::string("a\0b\0", 4), "x.txt");
    REQUIRE_FALSE(text);
    CHECK(text.error().code == ErrorCode::bad_encoding);
  }
  SECTION("a UTF-8 BOM before invalid UTF-8")
  {
    CHECK_FALSE(decode_text("\xEF\xBB\xBF\xD5\xC5", "x.txt"));
  }
  SECTION("UTF-16 cut in the middle of a unit, or with a lone surrogate")
  {
    CHECK_FALSE(decode_text("\xFF\xFE\x41", "x.txt"));
    CHECK_FALSE(decode_text(std::string("\xFF\xFE\x00\xD8\x41\x00", 6), "x.txt"));
  }
}

TEST_CASE("reads a text file from disk", "[text]")
{
  const TempDir dir;
  SECTION("a GBK file")
  {
    const auto path = dir.write("gbk.csv", encode_with_iconv(dir, "GBK"));
    const auto text = read_text_file(path);
    REQUIRE(text);
    CHECK(*text == k_sample_lf);
  }
  SECTION("a missing file or a folder is an io error")
  {
    const auto missing = read_text_file(dir.path() / "missing.txt");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::io);
    CHECK(missing.error().file == dir.path() / "missing.txt");
    const auto folder = read_text_file(dir.path());
    REQUIRE_FALSE(folder);
    CHECK(folder.error().code == ErrorCode::io);
  }
  SECTION("a file over 64 MiB is refused")
  {
    const auto path = dir.path() / "huge.txt";
    {
      std::ofstream out(path, std::ios::binary);
      out << "a";
    }
    std::filesystem::resize_file(path, nominate::text::k_max_text_file_bytes + 1);
    const auto text = read_text_file(path);
    REQUIRE_FALSE(text);
    CHECK(text.error().code == ErrorCode::limit_exceeded);
  }
  SECTION("a file of exactly 64 MiB is read")
  {
    const auto path = dir.path() / "big.txt";
    {
      std::ofstream out(path, std::ios::binary);
      const std::string block(1 << 20, 'x');
      for (std::size_t i = 0; i < nominate::text::k_max_text_file_bytes / block.size(); ++i) {
        out << block;
      }
    }
    const auto text = read_text_file(path);
    REQUIRE(text);
    CHECK(text->size() == nominate::text::k_max_text_file_bytes);
  }
}

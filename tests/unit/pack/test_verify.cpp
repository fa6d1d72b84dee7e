#include "run_tool.hpp"
#include "verify_fixtures.hpp"

#include <nominate/core/display_name.hpp>
#include <nominate/messages/render.hpp>
#include <nominate/pack/verify.hpp>
#include <nominate/pack/zip_reader.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

using nominate::core::Finding;
using nominate::core::Severity;
using nominate::test::errors;
using nominate::test::has;
using nominate::test::inspect;

TEST_CASE("a valid bag verifies clean", "[pack]")
{
  auto findings = inspect("bag.zip");
  CHECK(findings.empty());
}

TEST_CASE("names that escape the folder are refused before extraction", "[pack]")
{
  for (const auto* name : {"slip.zip", "absolute.zip", "backslash.zip", "drive.zip", "home.zip"}) {
    INFO(name);
    CHECK(errors(inspect(name)).contains("package.unsafe-name.escape"));
  }
}

TEST_CASE("a colon in a name is refused, except a download's :Zone.Identifier mark, which is junk", "[pack]")
{
  auto colon = inspect("colon.zip");
  REQUIRE(errors(colon) == std::set<std::string>{"package.unsafe-name.escape"});
  CHECK(colon.front().args.at("reason") == "colon");
  // bag-system-files.zip holds 01-张三/材料.txt:Zone.Identifier (test_verify_bag.cpp): named, not refused.
  CHECK(errors(inspect("bag-system-files.zip")).empty());
}

TEST_CASE("links, special files, encrypted entries and unknown methods are refused", "[pack]")
{
  CHECK(errors(inspect("symlink.zip")) == std::set<std::string>{"package.link.symlink"});
  CHECK(errors(inspect("fifo.zip")) == std::set<std::string>{"package.link.special"});
  CHECK(errors(inspect("encrypted.zip")) == std::set<std::string>{"package.encrypted.entry"});
  auto method = inspect("method.zip");
  CHECK(errors(method) == std::set<std::string>{"package.method.unknown"});
  // Named as archivers' settings name it (7-Zip's "LZMA"), not by its number alone.
  CHECK(nominate::test::first_of(method, "package.method.unknown").args.at("method") == "LZMA");
}

TEST_CASE("duplicate names are refused, also after NFC and case folding", "[pack]")
{
  CHECK(errors(inspect("duplicate.zip")).contains("package.duplicate.same"));
  auto folded = inspect("folded.zip");
  REQUIRE(errors(folded).contains("package.duplicate.folded"));
}

TEST_CASE("overlapping entries and bombs are refused", "[pack]")
{
  CHECK(errors(inspect("overlap.zip")).contains("package.overlap.entries"));
  CHECK(errors(inspect("bomb.zip")) == std::set<std::string>{"package.bomb.ratio"});
  nominate::pack::VerifyLimits generous;
  generous.ratio = 100000;
  CHECK_FALSE(errors(inspect("bomb.zip", generous)).contains("package.bomb.ratio"));
  nominate::pack::VerifyLimits small;
  small.total = 1000;
  small.ratio = 100000;
  CHECK(errors(inspect("bomb.zip", small)).contains("package.bomb.total"));
  // The total the zip says it unpacks to, not the part summed when the limit was passed.
  std::uint64_t declared = 0;
  {
    auto text = nominate::test::read_file(nominate::test::hostile_zips() / "bomb.zip");
    std::vector<std::uint8_t> bytes(text.begin(), text.end());
    auto directory = nominate::pack::read_zip_directory(bytes, 10000);
    REQUIRE(directory);
    for (const auto& entry : directory->entries) {
      declared += entry.uncompressed_size;
    }
  }
  for (const auto& finding : inspect("bomb.zip", small)) {
    if (finding.message_id == "package.bomb.total") {
      CHECK(finding.args.at("size") == std::to_string(declared));
    }
  }
  small.entries = 10;
  const auto many = inspect("many.zip", small);
  CHECK(errors(many) == std::set<std::string>{"package.bomb.entries"});
  // Said in Chinese with no English inside.
  const auto zh = nominate::messages::render(many.at(0), nominate::core::Language::zh).message;
  CHECK(zh.find("超过上限 10 个") != std::string::npos);
  CHECK(zh.find("entries") == std::string::npos);
}

TEST_CASE("a GBK name without bit 11 is read as GB18030 and reported, not refused", "[pack]")
{
  auto findings = inspect("gbk.zip");
  CHECK(errors(findings).empty());
  REQUIRE(has(findings, "package.name-encoding.gb18030", Severity::warning));
  auto found = std::ranges::find(findings, "package.name-encoding.gb18030", &Finding::message_id);
  CHECK(found->file == "推介表.txt");
  CHECK(found->args.at("count") == "1");
  // Three names so: one warning for the zip, naming the first and counting them.
  auto many = inspect("gbk-many.zip");
  REQUIRE(std::ranges::count(many, "package.name-encoding.gb18030", &Finding::message_id) == 1);
  const auto& first = nominate::test::first_of(many, "package.name-encoding.gb18030");
  CHECK(first.file == "材料/");
  CHECK(first.args.at("count") == "3");
  // Names whose GBK bytes are also UTF-8 are GBK in a zip of GBK names: one folder, all three counted.
  auto lookalike = inspect("gbk-lookalike.zip");
  CHECK(errors(lookalike).empty());
  const auto& first_lookalike = nominate::test::first_of(lookalike, "package.name-encoding.gb18030");
  CHECK(first_lookalike.file == "01-谢志强/");
  CHECK(first_lookalike.args.at("count") == "3");
  auto backslash_byte = inspect("gbk-5c.zip"); // 誠 ends in the byte 0x5C
  CHECK(errors(backslash_byte).empty());
  CHECK(has(backslash_byte, "package.name-encoding.gb18030", Severity::warning));
}

TEST_CASE("a name in no encoding is one error, shown byte by byte, and judged for nothing else", "[pack]")
{
  auto findings = inspect("undecodable.zip");
  CHECK(errors(findings) == std::set<std::string>{"package.name-encoding.unreadable"});
  CHECK(std::ranges::count(findings, "package.name-encoding.unreadable", &Finding::message_id) == 2);
  CHECK(nominate::test::first_of(findings, "package.name-encoding.unreadable").file == "a/%FF%FE%80.txt");
}

TEST_CASE("a zip that unzip tools read differently is refused", "[pack]")
{
  // Python's zipfile and Info-ZIP take the last end record, the fake one in the comment.
  CHECK(errors(inspect("comment-eocd.zip")).contains("package.overlap.end-record"));
  CHECK(errors(inspect("comment-eocd-exact.zip")).contains("package.overlap.end-record"));
  CHECK(errors(inspect("count-short.zip")) == std::set<std::string>{"package.overlap.entry-count"});
  // 65,537 entries counted as 1: the 65,536 hidden ones are neither read nor let past the entry limit.
  CHECK(errors(inspect("count-wraps.zip")) == std::set<std::string>{"package.overlap.entry-count"});
  CHECK(errors(inspect("multi-disk.zip")) == std::set<std::string>{"package.truncated.multi-part"});
  CHECK(errors(inspect("count-differ.zip")).contains("package.truncated.multi-part"));
}

TEST_CASE("a folder's unsafe name is said once, of the folder, not again for every file under it", "[pack]")
{
  nominate::test::TempDir temp;
  const auto zip = temp.path() / "unsafe-folder.zip";
  auto run = nominate::test::run_tool(
      {"python3", "-c",
       "import sys, zipfile\n"
       "with zipfile.ZipFile(sys.argv[1], 'w') as z:\n"
       "    for name in ['区/01-<张三>/', '区/01-<张三>/证件照.jpg', '区/01-<张三>/推介表.docx', '区/02-李四?.jpg']:\n"
       "        z.writestr(name, '' if name.endswith('/') else 'x')\n",
       zip.string()});
  REQUIRE(run.exit_code == 0);
  auto text = nominate::test::read_file(zip);
  std::vector<std::uint8_t> bytes(text.begin(), text.end());
  std::vector<std::string> named;
  for (const auto& finding : nominate::pack::inspect_zip(bytes, {})) {
    if (finding.message_id == "package.unsafe-name.escape") {
      named.push_back(finding.file);
    }
  }
  CHECK(named == std::vector<std::string>{"区/01-<张三>/", "区/02-李四?.jpg"});
}

TEST_CASE("each part of a zip split by Info-ZIP (zip -s) is one finding: a part, nothing else", "[pack]")
{
  REQUIRE(nominate::test::have_tool("zip"));
  nominate::test::TempDir temp;
  const auto data = temp.path() / "事迹视频.mp4";
  {
    std::string noise(1 << 20, '\0');
    std::uint32_t state = 12345;
    for (auto& byte : noise) {
      state = state * 1664525u + 1013904223u;
      byte = static_cast<char>(state >> 24);
    }
    temp.write("事迹视频.mp4", noise);
  }
  auto run = nominate::test::run_tool(
      {"sh", "-c", "cd '" + temp.path().string() + "' && zip -q -0 -s 400k split.zip 事迹视频.mp4"});
  REQUIRE(run.exit_code == 0);
  // The last part (split.zip, which a clerk sends alone) and the first (split.z01): each only what it is.
  for (const char* part : {"split.zip", "split.z01"}) {
    INFO(part);
    auto text = nominate::test::read_file(temp.path() / part);
    std::vector<std::uint8_t> bytes(text.begin(), text.end());
    const auto findings = nominate::pack::inspect_zip(bytes, {});
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message_id == "package.truncated.multi-part");
  }
}

TEST_CASE("a directory that is not where its end record says is refused: unzip tools read another", "[pack]")
{
  // unzip and zipfile take the gap for prepended bytes and read the entry hidden in the comment.
  CHECK(errors(inspect("comment-eocd-shifted.zip")) == std::set<std::string>{"package.overlap.end-record"});
  CHECK(errors(inspect("prepended.zip")).contains("package.overlap.end-record"));
}

TEST_CASE("a local header whose CRC, size or encryption differs from the directory is refused", "[pack]")
{
  for (const auto* name : {"local-crc.zip", "local-size.zip", "local-encrypted.zip", "descriptor-crc.zip"}) {
    INFO(name);
    CHECK(errors(inspect(name)) == std::set<std::string>{"package.overlap.local-header"});
  }
  // Sizes after the data, as zipfile writes to a pipe (and Finder always): the descriptor agrees.
  CHECK(errors(inspect("descriptor.zip")).empty());
}

TEST_CASE("a name Windows refuses is unsafe: a forbidden character, a device name, a trailing dot or space",
          "[pack]")
{
  for (const auto* name : {"windows-question.zip", "windows-device.zip", "windows-com1.zip",
                           "windows-dot.zip", "windows-space.zip", "windows-pipe.zip"}) {
    INFO(name);
    auto findings = inspect(name);
    REQUIRE(errors(findings) == std::set<std::string>{"package.unsafe-name.escape"});
    CHECK(findings.front().args.at("reason") == "windows");
  }
}

TEST_CASE("links and special files are judged by their unix mode, whatever host made the entry", "[pack]")
{
  for (const auto* name :
       {"symlink-host2.zip", "symlink-host5.zip", "symlink-host16.zip", "symlink-host30.zip"}) {
    INFO(name);
    CHECK(errors(inspect(name)) == std::set<std::string>{"package.link.symlink"});
  }
  CHECK(errors(inspect("socket.zip")) == std::set<std::string>{"package.link.special"});
}

TEST_CASE("an Info-ZIP Unicode Path name must be the entry's own name, and is judged as one", "[pack]")
{
  auto other = inspect("unicode-path.zip");
  REQUIRE(errors(other) == std::set<std::string>{"package.unsafe-name.unicode-path"});
  CHECK(other.front().file == "a.txt");
  CHECK(other.front().args.at("other") == "证件照.jpg");
  auto escape = inspect("unicode-path-escape.zip");
  CHECK(errors(escape).contains("package.unsafe-name.unicode-path"));
  auto found = std::ranges::find(escape, "package.unsafe-name.escape", &Finding::message_id);
  REQUIRE(found != escape.end());
  CHECK(found->file == "../../evil.txt");
  // A GBK name with its UTF-8 twin beside it, as Info-ZIP writes it: the same name.
  // Tools that read the field show the name right, so no warning of GBK names either.
  auto same = inspect("unicode-path-same.zip");
  CHECK(errors(same).empty());
  CHECK_FALSE(has(same, "package.name-encoding.gb18030", Severity::warning));
  // A header name no encoding reads, with the field beside it: named by the field, not as unreadable.
  auto only = inspect("unicode-path-only.zip");
  CHECK(errors(only).empty());
  CHECK(std::ranges::none_of(
      only, [](const Finding& finding) { return finding.file.find('%') != std::string::npos; }));
}

TEST_CASE("names unzip writes to one path, or as a file and a folder at once, are refused", "[pack]")
{
  CHECK(errors(inspect("dot-slash.zip")) == std::set<std::string>{"package.duplicate.path"});
  CHECK(errors(inspect("double-slash.zip")) == std::set<std::string>{"package.duplicate.path"});
  auto both = inspect("file-and-folder.zip");
  REQUIRE(errors(both) == std::set<std::string>{"package.duplicate.file-folder"});
  CHECK(both.front().file == "材料/x");
  CHECK(errors(inspect("dot-name.zip")) == std::set<std::string>{"package.duplicate.file-folder"});
}

TEST_CASE("names with DEL, C1 controls or direction overrides are unsafe", "[pack]")
{
  for (const auto& [name, reason] : std::vector<std::pair<std::string, std::string>>{
           {"del.zip", "control"}, {"c1.zip", "control"}, {"bidi.zip", "bidi"}}) {
    INFO(name);
    auto findings = inspect(name);
    REQUIRE(errors(findings) == std::set<std::string>{"package.unsafe-name.escape"});
    CHECK(findings.front().args.at("reason") == reason);
  }
}

TEST_CASE("names with characters that show as nothing are unsafe, shown with the code point", "[pack]")
{
  // "推介表<U+200B>.docx" beside "推介表.docx": two names that look the same.
  auto twins = inspect("zero-width.zip");
  REQUIRE(errors(twins) == std::set<std::string>{"package.unsafe-name.escape"});
  const auto& twin = nominate::test::first_of(twins, "package.unsafe-name.escape");
  CHECK(twin.file == "材料/推介表\u200b.docx");
  CHECK(twin.args.at("reason") == "invisible");
  for (const auto* name : {"invisible-shy.zip", "invisible-vs16.zip", "invisible-tag.zip",
                           "invisible-feff.zip", "invisible-word-joiner.zip"}) {
    INFO(name);
    auto findings = inspect(name);
    REQUIRE(errors(findings) == std::set<std::string>{"package.unsafe-name.escape"});
    CHECK(findings.front().args.at("reason") == "invisible");
  }
  // Every report shows such a name with its code point: what the office reads is not the twin.
  CHECK(nominate::core::escape_name_for_text("推介\u00ad表.docx") == "推介<U+00AD>表.docx");
  CHECK(nominate::core::escape_name_for_text("推介\U000e0041表") == "推介<U+E0041>表");
}

TEST_CASE("names are duplicates as Windows compares them: each code point upper-cased, NFC", "[pack]")
{
  CHECK(errors(inspect("strasse.zip")).empty()); // ß has no one-letter capital: NTFS keeps both
  CHECK(errors(inspect("case.zip")) == std::set<std::string>{"package.duplicate.folded"});
  CHECK(errors(inspect("nfd.zip")) == std::set<std::string>{"package.duplicate.folded"});
  CHECK(errors(inspect("folded.zip")) == std::set<std::string>{"package.duplicate.folded"});
}

TEST_CASE("a folder entry that carries data is refused; an empty deflate stream is no data", "[pack]")
{
  auto stored = inspect("folder-data.zip");
  REQUIRE(errors(stored) == std::set<std::string>{"package.link.folder-data"});
  CHECK(stored.front().file == "材料/");
  CHECK(errors(inspect("folder-empty-deflate.zip")).empty()); // as Java's jar writes folders
  // A few bytes recorded as empty that unpack to data: found when read.
  CHECK(errors(inspect("folder-short-deflate.zip")) == std::set<std::string>{"package.link.folder-data"});
}

TEST_CASE("a size that lies is reported as the real size, or as more than the record", "[pack]")
{
  auto stored = inspect("size-stored.zip");
  REQUIRE(errors(stored) == std::set<std::string>{"package.crc.size"});
  CHECK(stored.front().args.at("expected") == "5");
  CHECK(stored.front().args.at("actual") == "10"); // a stored entry's length is its size
  auto over = inspect("size-over.zip");
  REQUIRE(errors(over) == std::set<std::string>{"package.crc.size-over"});
  CHECK(over.front().args.at("expected") == "5");
  CHECK_FALSE(over.front().args.contains("actual")); // reading stopped one byte past the record
  auto shorter = inspect("size-short.zip");
  REQUIRE(errors(shorter) == std::set<std::string>{"package.crc.size"});
  CHECK(shorter.front().args.at("actual") == "1000");
}

TEST_CASE("a zip of folders only, or a bag with an empty payload, is an error", "[pack]")
{
  CHECK(errors(inspect("only-folders.zip")) == std::set<std::string>{"package.truncated.no-entries"});
  CHECK(errors(inspect("no-entries.zip")) == std::set<std::string>{"package.truncated.no-entries"});
  auto empty = inspect("bag-empty.zip");
  REQUIRE(errors(empty) == std::set<std::string>{"package.truncated.no-payload"});
  CHECK(empty.front().file == "海淀区-测试/data/");
}

TEST_CASE("a bag without bagit.txt still has its manifest checked", "[pack]")
{
  auto findings = inspect("bag-no-bagit.zip");
  CHECK(errors(findings).contains("package.missing.bagit"));
  CHECK(errors(findings).contains("package.checksum.mismatch"));
  auto found = std::ranges::find(findings, "package.checksum.mismatch", &Finding::message_id);
  REQUIRE(found != findings.end());
  CHECK(found->file == "海淀区-测试/data/01-张三/材料.txt");
  CHECK(found->expected == std::string(64, '0'));
  CHECK(found->actual.size() == 64);
}

TEST_CASE("integrity: CRC, manifests and Payload-Oxum, every discrepancy listed", "[pack]")
{
  CHECK(errors(inspect("crc.zip")).contains("package.crc.mismatch"));
  auto lie = inspect("bag-lie.zip");
  REQUIRE(errors(lie) == std::set<std::string>{"package.checksum.mismatch"});
  CHECK(lie.front().file == "海淀区-测试/data/01-张三/材料.txt");
  CHECK(errors(inspect("bag-missing.zip")).contains("package.missing.file"));
  CHECK(errors(inspect("bag-missing.zip")).contains("package.oxum.mismatch"));
  CHECK(errors(inspect("bag-unlisted.zip")).contains("package.unlisted.file"));
  auto oxum = inspect("bag-oxum.zip");
  REQUIRE(errors(oxum) == std::set<std::string>{"package.oxum.mismatch"});
  // Said as files and bytes, not as Payload-Oxum's "bytes.files", which reads like a decimal number.
  CHECK(oxum.front().args.at("expected_files") == "1");
  CHECK(oxum.front().args.at("actual_files") == "2");
  auto said = nominate::messages::render(oxum.front(), nominate::core::Language::zh).message;
  CHECK(said.find("收到的材料共 2 个文件") != std::string::npos);
  CHECK(said.find("记录的是 1 个文件、1 字节") != std::string::npos);
}

TEST_CASE("damaged or empty input is one finding that says what it is", "[pack]")
{
  CHECK(errors(inspect("empty-file.zip")) == std::set<std::string>{"package.truncated.empty-file"});
  CHECK(errors(inspect("not-a-zip.zip")) == std::set<std::string>{"package.truncated.not-zip"});
  // Another archive renamed .zip is named by its kind.
  auto rar = inspect("renamed-rar.zip");
  REQUIRE(errors(rar) == std::set<std::string>{"package.truncated.other-archive"});
  CHECK(rar.front().args.at("format") == "RAR");
  auto said = nominate::messages::render(rar.front(), nominate::core::Language::zh).message;
  CHECK(said.find("这是 RAR 格式的压缩包，不是 zip") != std::string::npos);
  CHECK(errors(inspect("renamed-7z.zip")) == std::set<std::string>{"package.truncated.other-archive"});
  CHECK(inspect("renamed-7z.zip").front().args.at("format") == "7z");
  CHECK(inspect("renamed-tgz.zip").front().args.at("format") == "gzip (.gz, .tgz)");
  CHECK(errors(inspect("truncated.zip")) == std::set<std::string>{"package.truncated.damaged"});
  // Cut short after a stored .docx: its own end record is no second directory of this zip.
  CHECK(errors(inspect("truncated-stored-docx.zip")) == std::set<std::string>{"package.truncated.damaged"});
  CHECK(errors(inspect("zip-of-zips.zip")) == std::set<std::string>{"package.nested.zips"});
  CHECK(has(inspect("zip-of-zips.zip"), "package.no-manifest.plain", Severity::warning));
}

TEST_CASE("inspect_zip gives findings, never a crash, for damaged bytes anywhere", "[pack]")
{
  // The fuzzing entry point over a real bag with each byte in turn flipped (run under ASan in CI).
  auto text = nominate::test::read_file(nominate::test::hostile_zips() / "bag.zip");
  std::vector<std::uint8_t> bytes(text.begin(), text.end());
  for (std::size_t at = 0; at < bytes.size(); at += 3) {
    auto copy = bytes;
    copy[at] ^= 0x5a;
    (void)nominate::pack::inspect_zip(copy);
  }
  for (std::size_t size = 0; size < bytes.size(); size += 11) {
    CHECK_FALSE(nominate::pack::inspect_zip(std::span(bytes).first(size)).empty());
  }
}

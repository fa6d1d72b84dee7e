// A bag's tag files read as RFC 8493 writes them: manifest paths, repeated lines, Payload-Oxum, the BagIt
// version and a byte-order mark, each on a real zip of hostile_zips.py.
#include "bag_reader.hpp"
#include "verify_fixtures.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>

using nominate::core::Severity;
using nominate::test::errors;
using nominate::test::first_of;
using nominate::test::ids;
using nominate::test::inspect;

TEST_CASE("a manifest path is everything after the separating whitespace, trailing spaces too", "[pack]")
{
  // "材料.txt " and "材料.txt" are two files, each listed with its own checksum.
  const std::string a(64, 'a');
  const std::string b(64, 'b');
  auto manifest = nominate::pack::parse_manifest(a + "  data/材料.txt \n" + b + "  data/材料.txt\n", 64);
  REQUIRE(manifest.lines.size() == 2);
  CHECK(manifest.lines.find("data/材料.txt ")->second.checksum == a);
  CHECK(manifest.lines.find("data/材料.txt")->second.checksum == b);
  // In a zip, a name ending in a space is one Windows cannot write: refused before it is unzipped.
  auto trailing = inspect("bag-trailing-space.zip");
  REQUIRE(errors(trailing) == std::set<std::string>{"package.unsafe-name.escape"});
  CHECK(trailing.front().args.at("reason") == "windows");
  CHECK(inspect("bag-crlf.zip").empty()); // CR LF ends a line; the CR is no part of the path
}

TEST_CASE("a path listed twice in a manifest is reported, and checked against every line", "[pack]")
{
  auto findings = inspect("bag-repeated.zip");
  CHECK(ids(findings, Severity::warning) == std::set<std::string>{"package.bagit.repeated-path"});
  CHECK(std::ranges::count(findings, "package.bagit.repeated-path", &nominate::core::Finding::message_id) ==
        2);
  // 说明.txt's second line disagrees with the file; 材料.txt's second line agrees.
  REQUIRE(errors(findings) == std::set<std::string>{"package.checksum.mismatch"});
  const auto& mismatch = first_of(findings, "package.checksum.mismatch");
  CHECK(mismatch.file == "海淀区-测试/data/01-张三/说明.txt");
  CHECK(mismatch.expected == std::string(64, '0'));
  const auto& repeated = first_of(findings, "package.bagit.repeated-path");
  CHECK(repeated.file == "海淀区-测试/data/01-张三/材料.txt");
  CHECK(repeated.args.at("first") == "1");
  CHECK(repeated.args.at("line") == "3");
  CHECK(repeated.args.at("manifest") == "manifest-sha256.txt");
}

TEST_CASE("a Payload-Oxum past 64 bits is malformed, not ignored", "[pack]")
{
  auto findings = inspect("bag-oxum-overflow.zip");
  REQUIRE(errors(findings) == std::set<std::string>{"package.oxum.malformed"});
  CHECK(findings.front().args.at("value") == "99999999999999999999999.5");
}

TEST_CASE("a tag file's value is quoted at most 64 bytes long: a report names the fault, not the file",
          "[pack]")
{
  auto findings = inspect("bag-oxum-long.zip");
  REQUIRE(errors(findings) == std::set<std::string>{"package.oxum.malformed"});
  const auto& value = findings.front().args.at("value");
  CHECK(value.size() <= 64 + std::string("…").size());
  CHECK(value.starts_with("机密"));
  CHECK(value.ends_with("…"));
}

TEST_CASE("BagIt 1.0 and 0.97 are read; another version, or none, is reported", "[pack]")
{
  CHECK(inspect("bag-version-0.97.zip").empty());
  auto other = inspect("bag-version-9.9.zip");
  REQUIRE(errors(other) == std::set<std::string>{"package.bagit.version"});
  CHECK(other.front().args.at("version") == "9.9");
  CHECK(other.front().file == "海淀区-测试/bagit.txt");
  CHECK(errors(inspect("bag-no-version.zip")) == std::set<std::string>{"package.bagit.no-version"});
}

TEST_CASE("a manifest with a byte-order mark is read without it, and the mark is reported", "[pack]")
{
  auto findings = inspect("bag-bom.zip");
  CHECK(errors(findings).empty()); // no intact file is blamed
  REQUIRE(ids(findings, Severity::warning) == std::set<std::string>{"package.bagit.bom"});
  CHECK(findings.front().file == "海淀区-测试/manifest-sha256.txt");
}

TEST_CASE("bag-info labels match whatever their case, as RFC 8493 reads reserved labels", "[pack]")
{
  // "payload-oxum: 1.1" is the bag's Payload-Oxum: it disagrees with the payload and says so.
  auto findings = inspect("bag-oxum-lower.zip");
  REQUIRE(errors(findings) == std::set<std::string>{"package.oxum.mismatch"});
  CHECK(findings.front().args.at("expected") == "1.1");
}

TEST_CASE("manifest lines ended by CR, or split by tabs and several spaces, are valid", "[pack]")
{
  CHECK(inspect("bag-cr.zip").empty()); // a lone CR ends a line (RFC 8493 §2.3), as LF and CR LF do
  CHECK(inspect("bag-tabs.zip").empty());
}

TEST_CASE("a manifest line that is not <checksum> <path> is named by its manifest and number", "[pack]")
{
  SECTION("a checksum without a path")
  {
    auto findings = inspect("bag-no-path.zip");
    REQUIRE(errors(findings) == std::set<std::string>{"package.bagit.no-path"});
    const auto& line = first_of(findings, "package.bagit.no-path");
    CHECK(line.file == "海淀区-测试/manifest-sha256.txt");
    CHECK(line.args.at("line") == "2");
    std::string ab;
    for (int i = 0; i < 32; ++i) {
      ab += "ab";
    }
    CHECK(line.args.at("checksum") == ab);
  }
  SECTION("a checksum that is no SHA-256: its file is neither blamed as added nor checked")
  {
    auto findings = inspect("bag-short-checksum.zip");
    REQUIRE(errors(findings) == std::set<std::string>{"package.bagit.checksum"});
    const auto& line = first_of(findings, "package.bagit.checksum");
    CHECK(line.file == "海淀区-测试/manifest-sha256.txt");
    CHECK(line.args.at("line") == "1");
    CHECK(line.args.at("checksum").size() == 54);
  }
}

TEST_CASE("a bag whose manifest is SHA-512 only is said to be unchecked, not to have no manifest", "[pack]")
{
  auto findings = inspect("bag-sha512.zip");
  REQUIRE(errors(findings) == std::set<std::string>{"package.no-manifest.other-algorithm"});
  const auto& other = first_of(findings, "package.no-manifest.other-algorithm");
  CHECK(other.file == "海淀区-测试/manifest-sha512.txt");
  CHECK(other.args.at("manifest") == "manifest-sha512.txt");
  CHECK(other.severity == Severity::error);
}

TEST_CASE("a bag zipped again one folder deeper is still read as a bag, with a warning naming the folder",
          "[pack]")
{
  auto findings = inspect("bag-deeper.zip");
  CHECK(errors(findings).empty());
  REQUIRE(ids(findings, Severity::warning) == std::set<std::string>{"package.bagit.deeper"});
  CHECK(findings.front().file == "外层/海淀区-测试/");
  CHECK(findings.front().args.at("folder") == "外层/");
  // Its manifest is checked: a changed file is named.
  auto changed = inspect("bag-deeper-lie.zip");
  REQUIRE(errors(changed) == std::set<std::string>{"package.checksum.mismatch"});
  CHECK(first_of(changed, "package.checksum.mismatch").file == "外层/海淀区-测试/data/01-张三/材料.txt");
}

TEST_CASE("files Windows and macOS add on their own are named as such, a note, and not counted", "[pack]")
{
  auto findings = inspect("bag-system-files.zip");
  CHECK(errors(findings).empty()); // no package.unlisted.file, and Payload-Oxum agrees without them
  CHECK(ids(findings, Severity::warning).empty()); // nothing to do: `--strict` does not fail on them
  REQUIRE(ids(findings, Severity::info) == std::set<std::string>{"package.unlisted.system-file"});
  CHECK(std::ranges::count(findings, "package.unlisted.system-file", &nominate::core::Finding::message_id) ==
        6);
  auto system_of = [&](const std::string& file) {
    auto found = std::ranges::find(findings, file, &nominate::core::Finding::file);
    REQUIRE(found != findings.end());
    return found->args.at("system");
  };
  CHECK(system_of("海淀区-测试/data/Thumbs.db") == "Windows");
  CHECK(system_of("海淀区-测试/data/01-张三/desktop.ini") == "Windows");
  CHECK(system_of("海淀区-测试/data/01-张三/.DS_Store") == "macOS");
  CHECK(system_of("海淀区-测试/data/01-张三/._材料.txt") == "macOS");
  CHECK(system_of("__MACOSX/海淀区-测试/._bagit.txt") == "macOS");
  CHECK(system_of("海淀区-测试/data/01-张三/材料.txt:Zone.Identifier") == "Windows");
}

TEST_CASE("a file unzip writes into data/ or beside it without the manifests' say-so is named", "[pack]")
{
  // "包//data/x" and "包/./data/x" unzip into 包/data/: judged as the path written, not as a tag file.
  for (const auto* name : {"bag-double-slash.zip", "bag-dot-segment.zip"}) {
    INFO(name);
    auto findings = inspect(name);
    CHECK(errors(findings) == std::set<std::string>{"package.unlisted.file", "package.oxum.mismatch"});
    CHECK(first_of(findings, "package.unlisted.file").file == "海淀区-测试/data/01-张三/evil.exe");
  }
  auto beside = inspect("bag-beside-data.zip");
  REQUIRE(errors(beside) == std::set<std::string>{"package.unlisted.file"});
  CHECK(beside.front().file == "海淀区-测试/evil.exe");
  // Data/ is data/ on Windows: the two spellings are refused before anything is unzipped.
  auto folded = inspect("bag-case-data.zip");
  REQUIRE(errors(folded) == std::set<std::string>{"package.duplicate.folded"});
  CHECK(folded.front().file == "海淀区-测试/Data/");
  CHECK(folded.front().args.at("other") == "海淀区-测试/data/");
}

TEST_CASE("a manifest too large to read is named as such, not taken for missing", "[pack]")
{
  auto findings = inspect("bag-huge-manifest.zip");
  REQUIRE(errors(findings) == std::set<std::string>{"package.no-manifest.too-large"});
  const auto& unread = first_of(findings, "package.no-manifest.too-large");
  CHECK(unread.file == "海淀区-测试/manifest-sha256.txt");
  CHECK(unread.args.at("size_mb") == "17");
  CHECK(unread.args.at("limit_mb") == "16");
}

TEST_CASE("a bagit.txt or bag-info.txt too large to read is named, not passed in silence", "[pack]")
{
  // A declaration is two lines: one of megabytes is none (an error, its version unread).
  auto bagit = inspect("bag-huge-bagit.zip");
  REQUIRE(errors(bagit) == std::set<std::string>{"package.bagit.too-large"});
  CHECK(first_of(bagit, "package.bagit.too-large").file == "海淀区-测试/bagit.txt");
  CHECK(first_of(bagit, "package.bagit.too-large").args.at("size_mb") == "17");
  // bag-info.txt's Payload-Oxum goes unchecked (a warning); the files were checked against the manifest.
  auto bag_info = inspect("bag-huge-bag-info.zip");
  CHECK(errors(bag_info).empty());
  REQUIRE(ids(bag_info, Severity::warning) == std::set<std::string>{"package.oxum.too-large"});
  CHECK(first_of(bag_info, "package.oxum.too-large").file == "海淀区-测试/bag-info.txt");
}

TEST_CASE("a manifest whose headers claim more than the limit is read by what it holds", "[pack]")
{
  // A forged or damaged directory says 17 MiB of 110 KB: the size is reported, and the manifest is still
  // read and every file checked against it (no "no manifest", no file unlisted).
  auto findings = inspect("bag-manifest-claims-huge.zip");
  REQUIRE(errors(findings) == std::set<std::string>{"package.crc.size"});
  CHECK(first_of(findings, "package.crc.size").file == "海淀区-测试/manifest-sha256.txt");
  CHECK(first_of(findings, "package.crc.size").args.at("expected") == "17825792");
}

TEST_CASE("a name composed in the manifest and decomposed in the zip, or the other way, is one file",
          "[pack]")
{
  // A Mac's disk may keep "Lǚ" as u with two marks; the manifest pack wrote has it composed.
  for (const auto* name : {"bag-nfd-names.zip", "bag-nfd-manifest.zip"}) {
    INFO(name);
    CHECK(inspect(name).empty());
  }
  // The manifest is keyed composed, however it spells a name.
  auto manifest =
      nominate::pack::parse_manifest(std::string(64, 'a') + "  data/Lu\xcc\x88\xcc\x8c.txt\n", 64);
  REQUIRE(manifest.lines.size() == 1);
  CHECK(manifest.lines.begin()->first == "data/L\xc7\x9a.txt");
}

TEST_CASE("a tag file only saved by a Windows editor after packing (CR LF, a BOM) is a warning that says so",
          "[pack]")
{
  auto endings = inspect("bag-crlf-tags.zip");
  CHECK(errors(endings).empty());
  REQUIRE(ids(endings, Severity::warning) == std::set<std::string>{"package.checksum.line-endings"});
  CHECK(std::ranges::count(endings, "package.checksum.line-endings", &nominate::core::Finding::message_id) ==
        2);
  CHECK(first_of(endings, "package.checksum.line-endings").file == "海淀区-测试/bag-info.txt");
  // Saved by an older Notepad: a byte-order mark, the text as packed. A warning, as for CR LF.
  auto marked = inspect("bag-bom-tags.zip");
  CHECK(errors(marked).empty());
  CHECK(ids(marked, Severity::warning).contains("package.checksum.line-endings"));
  // Its text changed as well: the mismatch it is.
  auto changed = inspect("bag-crlf-tags-changed.zip");
  CHECK(errors(changed) == std::set<std::string>{"package.checksum.mismatch"});
  CHECK(ids(changed, Severity::warning).empty());
}

#include "fixtures.hpp"
#include "temp_dir.hpp"

#include <nominate/pack/verify.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace {

using nominate::core::Finding;
using nominate::core::Severity;

std::vector<Finding> inspect(const std::string& name, nominate::pack::VerifyLimits limits = {})
{
  auto text = nominate::test::read_file(nominate::test::hostile_zips() / name);
  std::vector<std::uint8_t> bytes(text.begin(), text.end());
  return nominate::pack::inspect_zip(bytes, limits);
}

std::set<std::string> errors(const std::vector<Finding>& findings)
{
  std::set<std::string> ids;
  for (const auto& finding : findings) {
    if (finding.severity == Severity::error) {
      ids.insert(finding.message_id);
    }
  }
  return ids;
}

bool has(const std::vector<Finding>& findings, const std::string& message_id, Severity severity)
{
  return std::ranges::any_of(findings, [&](const Finding& finding) {
    return finding.message_id == message_id && finding.severity == severity;
  });
}

} // namespace

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

TEST_CASE("links, special files, encrypted entries and unknown methods are refused", "[pack]")
{
  CHECK(errors(inspect("symlink.zip")) == std::set<std::string>{"package.link.symlink"});
  CHECK(errors(inspect("fifo.zip")) == std::set<std::string>{"package.link.special"});
  CHECK(errors(inspect("encrypted.zip")) == std::set<std::string>{"package.encrypted.entry"});
  CHECK(errors(inspect("method.zip")) == std::set<std::string>{"package.method.unknown"});
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
  small.entries = 10;
  CHECK(errors(inspect("many.zip", small)) == std::set<std::string>{"package.bomb.entries"});
}

TEST_CASE("a GBK name without bit 11 is read as GB18030 and reported, not refused", "[pack]")
{
  auto findings = inspect("gbk.zip");
  CHECK(errors(findings).empty());
  REQUIRE(has(findings, "package.name-encoding.gb18030", Severity::warning));
  auto found = std::ranges::find(findings, "package.name-encoding.gb18030", &Finding::message_id);
  CHECK(found->file == "推介表.txt");
  auto backslash_byte = inspect("gbk-5c.zip"); // 誠 ends in the byte 0x5C
  CHECK(errors(backslash_byte).empty());
  CHECK(has(backslash_byte, "package.name-encoding.gb18030", Severity::warning));
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
  CHECK(errors(inspect("bag-oxum.zip")) == std::set<std::string>{"package.oxum.mismatch"});
}

TEST_CASE("damaged or empty input is one finding that says what it is", "[pack]")
{
  CHECK(errors(inspect("empty-file.zip")) == std::set<std::string>{"package.truncated.empty-file"});
  CHECK(errors(inspect("not-a-zip.zip")) == std::set<std::string>{"package.truncated.not-zip"});
  CHECK(errors(inspect("truncated.zip")) == std::set<std::string>{"package.truncated.damaged"});
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

// An Office file open in WPS, Word or LibreOffice while the folder is checked: its lock file beside it says
// so (material.open-elsewhere), as each program names it; other files and stray lock files say nothing.
#include "submission_helpers.hpp"

#include <nominate/folder/district.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <temp_dir.hpp>
#include <vector>

using nominate::test::TempDir;

namespace {

std::vector<nominate::core::Finding> open_findings(const std::filesystem::path& folder)
{
  std::vector<nominate::core::Finding> out;
  for (const auto& found :
       nominate::test::reading_findings(nominate::test::load(folder, "national/star").submission)) {
    if (found.rule == "material.open-elsewhere") {
      out.push_back(found);
    }
  }
  return out;
}

void touch(const std::filesystem::path& file)
{
  std::ofstream(file) << "lock";
}

} // namespace

TEST_CASE("a form open in WPS or Word is a warning that names it and its lock file", "[folder]")
{
  const TempDir dir;
  std::filesystem::copy(nominate::test::example("star-compliant"), dir.path(),
                        std::filesystem::copy_options::recursive);
  SECTION("nothing open, nothing said")
  {
    CHECK(open_findings(dir.path()).empty());
  }
  SECTION("Word's and WPS's ~$ file of a short name")
  {
    touch(dir.path() / "~$推介表.docx");
    const auto found = open_findings(dir.path());
    REQUIRE(found.size() == 1);
    CHECK(found[0].file == "推介表.docx");
    CHECK(found[0].severity == nominate::core::Severity::warning);
    CHECK(found[0].message_id == "material.open-elsewhere.locked");
    CHECK(found[0].args.at("lock") == "~$推介表.docx");
  }
  SECTION("Word replaces the first two characters of a long name")
  {
    std::filesystem::rename(dir.path() / "推介表.docx", dir.path() / "推介表（王秀兰）.docx");
    touch(dir.path() / "~$表（王秀兰）.docx");
    const auto found = open_findings(dir.path());
    REQUIRE(found.size() == 1);
    CHECK(found[0].file == "推介表（王秀兰）.docx");
  }
  SECTION("a lock file that names one file whole claims no other whose name it is the end of")
  {
    std::filesystem::rename(dir.path() / "推介表.docx", dir.path() / "推介表（王秀兰）.docx");
    std::filesystem::copy_file(dir.path() / "推介表（王秀兰）.docx", dir.path() / "新推介表（王秀兰）.docx");
    touch(dir.path() / "~$推介表（王秀兰）.docx"); // as WPS names it: the whole name
    const auto found = open_findings(dir.path());
    REQUIRE(found.size() == 1);
    CHECK(found[0].file == "推介表（王秀兰）.docx");
  }
  SECTION("LibreOffice's and WPS for Linux's hidden lock files")
  {
    touch(dir.path() / ".~lock.推介表.docx#");
    CHECK(open_findings(dir.path()).size() == 1);
    std::filesystem::remove(dir.path() / ".~lock.推介表.docx#");
    touch(dir.path() / ".~推介表.docx");
    CHECK(open_findings(dir.path()).size() == 1);
  }
  SECTION("a lock file of a file not there, or of a photo, or in another folder says nothing")
  {
    touch(dir.path() / "~$旧推介表.docx");
    touch(dir.path() / "~$证件照.jpg");
    std::filesystem::create_directory(dir.path() / "附件");
    touch(dir.path() / "附件" / "~$推介表.docx");
    CHECK(open_findings(dir.path()).empty());
  }
  SECTION("a short name's ~$ file does not claim a name it is the end of")
  {
    std::filesystem::rename(dir.path() / "推介表.docx", dir.path() / "新推介表.docx");
    touch(dir.path() / "~$推介表.docx");
    CHECK(open_findings(dir.path()).empty());
  }
}

TEST_CASE("a district's registration table open in WPS or Excel is a warning of the district", "[folder]")
{
  const TempDir dir;
  std::filesystem::copy(nominate::test::example("海淀区"), dir.path(),
                        std::filesystem::copy_options::recursive);
  touch(dir.path() / "~$登记表.xlsx");
  const auto district = nominate::folder::load_district(dir.path(), "海淀区");
  REQUIRE(district.has_value());
  REQUIRE(district->intake_findings.size() == 1);
  const auto& found = district->intake_findings.front();
  CHECK(found.rule == "material.open-elsewhere");
  CHECK(found.file == "登记表.xlsx");
  CHECK(found.args.at("lock") == "~$登记表.xlsx");
  CHECK(district->tables.size() == 1); // the lock file is no second table
}

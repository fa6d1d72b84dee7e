// Hostile documents (issue 13): compound files whose chains loop or leave the file, and files whose name or
// declared type lies. Each is named in a finding that says what is wrong with it; none stops the run.

#include "cli_runner.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <fstream>

namespace nominate::test::cli {

namespace {

namespace fs = std::filesystem;

const fs::path k_source_dir = NOMINATE_SOURCE_DIR;

// The findings of any rule that name `file`.
std::vector<nlohmann::json> findings_naming(const nlohmann::json& report, const std::string& file)
{
  std::vector<nlohmann::json> named;
  for (const auto& finding : all_findings(report)) {
    if (finding["file"] == file) {
      named.push_back(finding);
    }
  }
  return named;
}

} // namespace

TEST_CASE("a .doc whose sector chains loop or leave the file ends the check, named", "[cli][hostile]")
{
  // Exit 1 (a finding), never 2: a damaged form is the submission's fault, and the run still checks the rest.
  for (const std::string kind : {"fat-self-loop", "fat-past-end", "directory-loop", "directory-past-end",
                                 "difat-loop", "huge-counts", "sector-shift", "fat-all-loops"}) {
    DYNAMIC_SECTION(kind)
    {
      TempDir temp;
      auto folder = copy_example("legacy-doc", temp.path() / "s");
      const auto form = folder / "推介表.doc";
      REQUIRE(run_tool({"python3", (k_source_dir / "tests/unit/office/ole2_hostile.py").string(), kind,
                        form.string(), form.string()})
                  .exit_code == 0);
      auto run = check({"s"}, in_folder(temp.path()));
      INFO(run.output);
      REQUIRE(!run.report.is_null());
      CHECK(run.report["errors"].empty());
      const auto named = findings_naming(run.report, "推介表.doc");
      REQUIRE(!named.empty());
      const std::string rule = named.front()["rule"];
      CHECK((rule == "material.unreadable" || rule == "material.legacy-format"));
      if (kind == "difat-loop" || kind == "huge-counts") {
        // A header that lies about counts whose chains are whole: LibreOffice reads it (or says it cannot).
        CHECK((run.exit_code == 0 || run.exit_code == 1));
      } else {
        CHECK(run.exit_code == 1);
        CHECK(named.front()["severity"] == "error");
        // Damaged (or, with every sector looping, not even recognisable as a .doc) — never "this machine
        // cannot convert it", for LibreOffice would not help.
        CHECK(named.front()["message_id"] != "material.legacy-format.unconverted");
        CHECK(named.front()["rule"] == "material.unreadable");
      }
    }
  }
}

} // namespace nominate::test::cli

namespace nominate::test::cli {

TEST_CASE("a path too long for the system, on the command line, stops with one line that names it",
          "[cli][hostile]")
{
  TempDir temp;
  // Past PATH_MAX (4096 bytes) in all; and one name past NAME_MAX (255 bytes), with a line break in it.
  std::string too_long = temp.path().string();
  while (too_long.size() <= 4200) {
    too_long += "/" + std::string(200, 'b');
  }
  const std::string long_name = temp.path().string() + "/坏\n名" + std::string(300, 'c');
  const std::string example = (examples_dir() / "star-compliant").string();
  const std::vector<std::vector<std::string>> commands = {
      {"check", too_long},
      {"check", long_name},
      {"check", example, too_long},
      {"pack", example, "-o", long_name},
      {"fix", example, "-o", too_long},
      {"verify", long_name + ".zip"},
      {"verify", too_long + ".zip", "--extract", temp.path().string()},
      {"verify", example + ".zip", "--extract", long_name},
  };
  for (auto args : commands) {
    INFO(args[0] << " " << args[1].substr(0, 40));
    args.insert(args.begin() + 1, {"--lang", "zh"});
    auto run = nominate(args, in_folder(temp.path()));
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(run.output.find("路径太长") != std::string::npos);
    CHECK(run.output.find('\n') == run.output.size() - 1); // one line: the name's line break is escaped
    const bool whole_path = run.output.find("/" + std::string(200, 'b')) == std::string::npos &&
                            run.output.find("…bbbbbbbbbb") != std::string::npos;
    const bool one_name = run.output.find("坏\\n名ccc") != std::string::npos &&
                          run.output.find(std::string(100, 'c')) == std::string::npos;
    CHECK((whole_path || one_name));
    CHECK(run.output.find(temp.path().string().substr(0, 20)) != std::string::npos);
  }
}

} // namespace nominate::test::cli

namespace nominate::test::cli {

namespace {

// A copy of a shipped example made to lie in the way `lie` names (see lying_files.py), checked.
CheckRun check_lying(const TempDir& temp, const std::string& lie, std::vector<std::string> more = {})
{
  auto made = run_tool({"python3", (k_source_dir / "tests/cli/lying_files.py").string(), lie,
                        examples_dir().string(), (temp.path() / lie).string()});
  INFO(made.output);
  REQUIRE(made.exit_code == 0);
  more.insert(more.begin(), lie);
  return check(more, in_folder(temp.path()));
}

// The first finding of `rule` that names `file`, or null.
nlohmann::json finding_on(const nlohmann::json& report, const std::string& rule, const std::string& file)
{
  for (const auto& finding : findings_of(report, rule)) {
    if (finding["file"] == file) {
      return finding;
    }
  }
  return nullptr;
}

} // namespace

TEST_CASE("a file whose name or declared type lies is named, and the finding says what it is",
          "[cli][hostile]")
{
  TempDir temp;
  SECTION("a .docx whose [Content_Types].xml declares its main part a spreadsheet: damaged, not an .xlsx")
  {
    auto run = check_lying(temp, "content-type-other");
    INFO(run.output);
    CHECK(run.exit_code == 1);
    const auto finding = finding_on(run.report, "material.unreadable", "推介表.docx");
    REQUIRE(!finding.is_null());
    CHECK(finding["message_id"] == "material.unreadable.damaged");
    CHECK(run.output.find("内容其实是 xlsx") == std::string::npos);
    // In Chinese, the damage is said in words, the reader's detail kept (check() asserts no placeholder).
    const TempDir other;
    auto zh = check_lying(other, "content-type-other", {"--lang", "zh"});
    const auto said = finding_on(zh.report, "material.unreadable", "推介表.docx");
    REQUIRE(!said.is_null());
    CHECK(said["message"].get<std::string>().find("文件结构损坏") != std::string::npos);
  }
  SECTION("a .docx whose [Content_Types].xml gives its main part no type: damaged (Word will not open it)")
  {
    auto run = check_lying(temp, "content-type-missing");
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK(!finding_on(run.report, "material.unreadable", "推介表.docx").is_null());
  }
  SECTION(
      "a .docx holding its text twice, in GBK, or with bytes that are not UTF-8: damaged, as Word sees it")
  {
    for (const std::string lie : {"docx-two-documents", "docx-gbk", "docx-not-utf8"}) {
      auto run = check_lying(temp, lie);
      INFO(lie << "\n" << run.output);
      CHECK(run.exit_code == 1); // a finding on the file, not a run stopped for want of a notice
      const auto finding = finding_on(run.report, "material.unreadable", "推介表.docx");
      REQUIRE(!finding.is_null());
      CHECK(finding["message_id"] == "material.unreadable.damaged");
    }
  }
  SECTION("an .xlsx named .docx, a zip named .docx, a text file named .docx")
  {
    for (const std::string lie : {"xlsx-as-docx", "zip-as-docx", "text-as-docx"}) {
      auto run = check_lying(temp, lie);
      INFO(lie << "\n" << run.output);
      CHECK(run.exit_code == 1);
      CHECK(!finding_on(run.report, "material.unreadable", "推介表.docx").is_null());
    }
  }
  SECTION("a nomination form put where the registration table belongs is said to be no table, once")
  {
    auto run = check_lying(temp, "docx-as-xlsx");
    INFO(run.output);
    CHECK(run.exit_code == 1);
    // Not a row-by-row comparison of the form's labels (民族, 学历, … "listed without a folder").
    const auto found = findings_of(run.report, "batch.registration");
    REQUIRE(found.size() == 1);
    CHECK(found.front()["file"] == "登记表.xlsx");
    CHECK(found.front()["message_id"] == "batch.registration.not-a-table");
    CHECK(found.front()["fix"].get<std::string>().find("nominate table") != std::string::npos);
  }
  SECTION("a MOV named .mp4 is said to be MOV; an MP4 named .mov meets the notice's MP4 and is to be renamed")
  {
    auto mov = check_lying(temp, "mov-as-mp4");
    INFO(mov.output);
    const auto finding = finding_on(mov.report, "video.container", "事迹视频.mp4");
    REQUIRE(!finding.is_null());
    CHECK(finding["message_id"] == "video.container.misnamed");
    CHECK(finding["actual"] == "mov");
    auto mp4 = check_lying(temp, "mp4-as-mov");
    INFO(mp4.output);
    CHECK(mp4.exit_code == 0);
    CHECK(findings_of(mp4.report, "material.missing").empty());
    // …and told to rename it: whoever receives it goes by the name.
    const auto renamed = finding_on(mp4.report, "video.container", "事迹视频.mov");
    REQUIRE(!renamed.is_null());
    CHECK(renamed["message_id"] == "video.container.extension");
    CHECK(renamed["severity"] == "warning");
    CHECK(renamed["fix"].get<std::string>().find("事迹视频.mp4") != std::string::npos);
  }
  SECTION("a PNG named .jpg and a JPEG named .png are photos; the Beijing notice's upload rule names the PNG")
  {
    for (const std::string lie : {"png-as-jpg", "jpg-as-png"}) {
      auto run = check_lying(temp, lie);
      INFO(lie << "\n" << run.output);
      CHECK(run.exit_code == 0);
      CHECK(findings_of(run.report, "material.missing").empty());
    }
    auto beijing = check_lying(temp, "png-as-jpg", {"--rules", "beijing/capital-star-2018"});
    INFO(beijing.output);
    const auto finding = finding_on(beijing.report, "photo.extension", "证件照.jpg");
    REQUIRE(!finding.is_null());
    CHECK(finding["message"].get<std::string>().find("PNG") != std::string::npos);
  }
  SECTION("an HEIC photo whose ftyp claims an MP4 is a photo, not a video; an MP4 claiming HEIC is a video")
  {
    auto photo = check_lying(temp, "heic-brand-mp4");
    INFO(photo.output);
    CHECK(photo.exit_code == 1);
    CHECK(!finding_on(photo.report, "material.unreadable", "生活照.heic").is_null());
    CHECK(findings_of(photo.report, "material.count").empty());
    auto video = check_lying(temp, "mp4-brand-heic");
    INFO(video.output);
    CHECK(video.exit_code == 1);
    CHECK(finding_on(video.report, "material.unreadable", "事迹视频.mp4").is_null());
    CHECK(!finding_on(video.report, "video.corrupt", "事迹视频.mp4").is_null());
  }
  SECTION("a PDF named 推介表.doc is named: not what its name says, and the form is missing because of it")
  {
    auto run = check_lying(temp, "pdf-as-doc");
    INFO(run.output);
    CHECK(run.exit_code == 1);
    const auto finding = finding_on(run.report, "material.unreadable", "推介表.doc");
    REQUIRE(!finding.is_null());
    CHECK(finding["message"].get<std::string>().find("pdf") != std::string::npos);
    bool missing_names_it = false;
    for (const auto& missing : findings_of(run.report, "material.missing")) {
      missing_names_it =
          missing_names_it || missing["message"].get<std::string>().find("推介表.doc") != std::string::npos;
    }
    CHECK(missing_names_it);
  }
}

} // namespace nominate::test::cli

namespace nominate::test::cli {

TEST_CASE("an empty registration table, or one of zero bytes, is said to be so, not converted and called no "
          "table",
          "[cli][hostile]")
{
  TempDir temp;
  auto district = copy_example("海淀区", temp.path() / "海淀区");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "material.unreadable.empty"}, {std::string(5000, '\0'), "material.unreadable.damaged"}};
  for (const auto& [bytes, message] : cases) {
    INFO(message);
    std::ofstream(district / "登记表.xlsx", std::ios::binary | std::ios::trunc) << bytes;
    auto run = check({"海淀区", "--lang", "zh"}, in_folder(temp.path()));
    INFO(run.output);
    CHECK(run.exit_code == 1);
    const auto found = findings_of(run.report, "material.unreadable");
    REQUIRE(found.size() == 1);
    CHECK(found[0]["file"] == "登记表.xlsx");
    CHECK(found[0]["message_id"] == message);
    CHECK(run.output.find("LibreOffice") == std::string::npos);
  }
}

} // namespace nominate::test::cli

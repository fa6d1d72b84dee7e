// `nominate check` on every shipped example: the exit code and the rule ids of examples/README.md, the
// JSON report's schema 1, and what each faulty example's findings say and point at.

#include "cli_runner.hpp"
#include "expectations.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <sstream>
#include <tuple>

namespace nominate::test::cli {
namespace {

bool is_string_or_null(const nlohmann::json& value)
{
  return value.is_string() || value.is_null();
}

// The findings' order of design.md: by (file, field, rule), code-point order (byte order of UTF-8).
bool sorted_findings(const nlohmann::json& findings)
{
  auto text = [](const nlohmann::json& value) {
    return value.is_string() ? value.get<std::string>() : std::string();
  };
  auto key = [&](const nlohmann::json& f) {
    return std::make_tuple(text(f["file"]), text(f["field"]), text(f["rule"]));
  };
  return std::is_sorted(findings.begin(), findings.end(),
                        [&](const nlohmann::json& a, const nlohmann::json& b) { return key(a) < key(b); });
}

void check_finding_keys(const nlohmann::json& finding)
{
  INFO(finding.dump());
  for (const char* key : {"rule", "severity", "waived", "file", "field", "location", "message", "message_id",
                          "expected", "actual"}) {
    CHECK(finding.contains(key));
  }
  CHECK(finding["rule"].is_string());
  CHECK(
      (finding["severity"] == "error" || finding["severity"] == "warning" || finding["severity"] == "info"));
  CHECK(finding["waived"].is_boolean());
  CHECK(is_string_or_null(finding["file"])); // null: not about one file (a count, a quota)
  CHECK(is_string_or_null(finding["field"]));
  CHECK((finding["location"].is_null() || finding["location"].is_object()));
  CHECK(!finding["message"].get<std::string>().empty());
  CHECK(!finding["message_id"].get<std::string>().empty());
  CHECK(is_string_or_null(finding["expected"]));
  CHECK(is_string_or_null(finding["actual"]));
}

// Schema 1's keys, its sorting, and a summary that counts what the report holds.
void check_schema(const nlohmann::json& report, int exit_code)
{
  REQUIRE(report.is_object());
  CHECK(report["schema"] == 1);
  CHECK(report["tool"]["name"] == "nominate");
  CHECK(report["tool"]["version"] == NOMINATE_VERSION);
  REQUIRE(report["configs"].is_array());
  REQUIRE(report["submissions"].is_array());
  REQUIRE(report["batch"].is_array());
  const auto& submissions = report["submissions"];
  int passed = 0;
  int errors = 0;
  int warnings = 0;
  int waived = 0;
  std::vector<std::string> paths;
  for (const auto& submission : submissions) {
    INFO(submission.value("path", "?"));
    for (const char* key :
         {"path", "rules", "as_of", "kind", "title", "status", "materials", "findings", "manual"}) {
      CHECK(submission.contains(key));
    }
    paths.push_back(submission["path"]);
    CHECK(submission["rules"].get<std::string>().find('@') != std::string::npos);
    CHECK(std::regex_match(submission["as_of"].get<std::string>(), std::regex(R"(\d{4}-\d{2}-\d{2})")));
    CHECK(!submission["manual"].empty()); // the checklist of what no file can show, under every verdict
    for (const auto& item : submission["manual"]) {
      CHECK(item.is_string());
    }
    for (const auto& material : submission["materials"]) {
      for (const char* key : {"file", "role", "decided_by", "type", "facts"}) {
        CHECK(material.contains(key));
      }
      CHECK(material["facts"].is_object());
    }
    CHECK(sorted_findings(submission["findings"]));
    bool unwaived_error = false;
    for (const auto& finding : submission["findings"]) {
      check_finding_keys(finding);
      bool is_waived = finding.value("waived", false);
      waived += is_waived ? 1 : 0;
      errors += !is_waived && finding["severity"] == "error" ? 1 : 0;
      warnings += !is_waived && finding["severity"] == "warning" ? 1 : 0;
      unwaived_error = unwaived_error || (!is_waived && finding["severity"] == "error");
    }
    CHECK(submission["status"] == (unwaived_error ? "fail" : "pass"));
    passed += submission["status"] == "pass" ? 1 : 0;
  }
  CHECK(std::is_sorted(paths.begin(), paths.end()));
  bool batch_error = false;
  for (const auto& entry : report["batch"]) {
    CHECK(entry["path"].is_string());
    CHECK(sorted_findings(entry["findings"]));
    for (const auto& finding : entry["findings"]) {
      check_finding_keys(finding);
      bool is_waived = finding.value("waived", false);
      waived += is_waived ? 1 : 0;
      errors += !is_waived && finding["severity"] == "error" ? 1 : 0;
      warnings += !is_waived && finding["severity"] == "warning" ? 1 : 0;
      batch_error = batch_error || (!is_waived && finding["severity"] == "error");
    }
  }
  const auto& summary = report["summary"];
  CHECK(summary["submissions"] == static_cast<int>(submissions.size()));
  CHECK(summary["passed"] == passed);
  CHECK(summary["failed"] == static_cast<int>(submissions.size()) - passed);
  CHECK(summary["errors"] == errors);
  CHECK(summary["warnings"] == warnings);
  CHECK(summary["waived"] == waived);
  // Exit 0 exactly when every submission passed and the batch holds no error (no --strict here).
  CHECK(exit_code == (passed == static_cast<int>(submissions.size()) && !batch_error ? 0 : 1));
}

const nlohmann::json& submission_at(const nlohmann::json& report, const std::string& path)
{
  static const nlohmann::json k_none;
  for (const auto& submission : report["submissions"]) {
    if (submission["path"] == path) {
      return submission;
    }
  }
  FAIL("no submission " << path << " in " << report.dump().substr(0, 400));
  return k_none;
}

const nlohmann::json& material_named(const nlohmann::json& submission, const std::string& file)
{
  static const nlohmann::json k_none = nlohmann::json::object();
  for (const auto& material : submission["materials"]) {
    if (material["file"] == file) {
      return material;
    }
  }
  FAIL("no material " << file);
  return k_none;
}

std::string text_of(const nlohmann::json& value)
{
  return value.is_string() ? value.get<std::string>() : value.dump();
}

} // namespace

TEST_CASE("every shipped example gives the exit code and rule ids of its README row", "[cli]")
{
  for (const auto& example : example_expectations()) {
    DYNAMIC_SECTION(example.name)
    {
      auto run = check({"--lang", "en", example.name}, with_env({"NO_COLOR=1"}));
      INFO(run.output);
      REQUIRE(!run.report.is_null());
      auto expected = example;
      if (example.name == "legacy-doc" && !have_tool("soffice")) {
        // Without LibreOffice the .doc cannot be read: how to convert it is then an error (design.md).
        expected = {"legacy-doc", 1, {"material.legacy-format"}, {}};
      }
      CHECK(run.exit_code == expected.exit_code);
      CHECK(rule_ids(run.report, "error") == expected.errors);
      CHECK(rule_ids(run.report, "warning") == expected.warnings);
    }
  }
}

TEST_CASE("the JSON report of every example has schema 1's keys, order and counts", "[cli]")
{
  for (const auto& example : example_expectations()) {
    DYNAMIC_SECTION(example.name)
    {
      auto run = check({example.name}, with_env({"NO_COLOR=1"}));
      INFO(run.output);
      check_schema(run.report, run.exit_code);
    }
  }
}

TEST_CASE("a passing submission's report names its rule set, kind, title and materials", "[cli]")
{
  SECTION("a national star, with its video's facts")
  {
    auto run = check({"star-compliant"});
    const auto& star = submission_at(run.report, "star-compliant");
    CHECK(star["rules"].get<std::string>().starts_with("national/star@"));
    CHECK(star["kind"] == "star");
    CHECK(star["title"] == "王秀兰");
    CHECK(star["status"] == "pass");
    CHECK(material_named(star, "推介表.docx")["role"] == "form");
    CHECK(material_named(star, "证件照.jpg")["role"] == "id_photo");
    CHECK(material_named(star, "生活照.jpg")["role"] == "photo");
    const auto& video = material_named(star, "事迹视频.mp4");
    CHECK(video["role"] == "video");
    CHECK(video["type"] == "mp4");
    CHECK(video["facts"]["codec"] == "h264");
    CHECK(video["facts"]["width"] == 1280);
    CHECK(video["facts"]["height"] == 720);
    CHECK(video["facts"]["fps"] == "25");
    CHECK(video["facts"]["duration_s"].get<double>() == Approx(270.0).margin(1.0));
  }
  SECTION("a national brand project, with its work summary and photos")
  {
    auto run = check({"brand-compliant"});
    const auto& brand = submission_at(run.report, "brand-compliant");
    CHECK(brand["rules"].get<std::string>().starts_with("national/brand@"));
    CHECK(brand["kind"] == "brand");
    CHECK(brand["title"] == "XX社区学院“乐龄课堂”");
    CHECK(material_named(brand, "工作总结.docx")["role"] == "summary");
    for (const char* photo : {"活动照片1.jpg", "活动照片2.jpg", "活动照片3.jpg"}) {
      CHECK(material_named(brand, photo)["role"] == "photo");
    }
  }
  SECTION("a Beijing star registered online: fields from nomination.yaml, which the report lists")
  {
    auto run = check({"beijing-star-compliant"});
    const auto& star = submission_at(run.report, "beijing-star-compliant");
    CHECK(star["rules"] == "beijing/capital-star-2018@2018");
    CHECK(star["title"] == "赵明远");
    CHECK(material_named(star, "证件照.png")["role"] == "id_photo");
    const auto& configs = run.report["configs"];
    CHECK(std::find(configs.begin(), configs.end(), "beijing-star-compliant/nomination.yaml") !=
          configs.end());
  }
}

TEST_CASE("star-compliant passes --deep too: its video moves and sounds (no video.frozen, no silence)",
          "[cli]")
{
  auto run = check({"star-compliant", "--deep", "--strict"});
  INFO(run.output);
  CHECK(run.exit_code == 0);
  REQUIRE(run.report.is_object());
  CHECK(all_findings(run.report).empty());
  const auto& video = material_named(submission_at(run.report, "star-compliant"), "事迹视频.mp4");
  CHECK(video["facts"]["frozen_s"].get<double>() == 0);
  CHECK(video["facts"]["silent_s"].get<double>() == 0);
  CHECK(video["facts"]["loudness_lufs"].get<double>() > -30);
  // --deep decoded the pictures, so no person need play the video for damage; without it, one must.
  const auto plays = [](const nlohmann::json& report) {
    const auto& manual = submission_at(report, "star-compliant")["manual"];
    return std::ranges::any_of(manual, [](const auto& item) {
      const auto text = item.template get<std::string>();
      return text.starts_with("完整播放视频“事迹视频.mp4”一遍") ||
             text.starts_with("Play the video \"事迹视频.mp4\" through once");
    });
  };
  CHECK_FALSE(plays(run.report));
  auto quick = check({"star-compliant", "--lang", "zh"});
  REQUIRE(quick.report.is_object());
  CHECK(plays(quick.report));
}

TEST_CASE("star-faults: each fault is reported on its field or file, with what was found", "[cli]")
{
  auto run = check({"--lang", "en", "star-faults"});
  REQUIRE(!run.report.is_null());
  std::set<std::string> required_fields;
  for (const auto& finding : findings_of(run.report, "field.required")) {
    required_fields.insert(text_of(finding["field"]));
  }
  CHECK(required_fields == std::set<std::string>{"ethnicity", "promo"}); // empty, and the hint alone
  auto format = findings_of(run.report, "field.format");
  REQUIRE(format.size() == 1);
  CHECK(format[0]["field"] == "mobile");
  CHECK(text_of(format[0]["actual"]).find("1391234567") != std::string::npos);
  auto length = findings_of(run.report, "text.length");
  REQUIRE(!length.empty());
  CHECK(length[0]["field"] == "deeds");
  CHECK(length[0]["severity"] == "error");
  CHECK(text_of(length[0]["actual"]).find("1203") != std::string::npos);
  // 主要事迹和成效 is the 10th row of 附件1's table, its text in the row's 2nd cell.
  CHECK(length[0]["location"] == nlohmann::json({{"table", 1}, {"row", 10}, {"cell", 2}}));
  auto frame_rate = findings_of(run.report, "video.frame-rate");
  REQUIRE(frame_rate.size() == 1);
  CHECK(frame_rate[0]["file"] == "事迹视频.mp4");
  CHECK(text_of(frame_rate[0]["actual"]).find("30") != std::string::npos);
  CHECK(text_of(frame_rate[0]["expected"]).find("25") != std::string::npos);
  auto resolution = findings_of(run.report, "video.resolution");
  REQUIRE(resolution.size() == 1);
  CHECK(text_of(resolution[0]["actual"]).find("1920") != std::string::npos);
  auto colour = findings_of(run.report, "photo.color");
  REQUIRE(colour.size() == 1);
  CHECK(colour[0]["file"] == "证件照.jpg");
  auto heic = findings_of(run.report, "photo.format");
  REQUIRE(heic.size() == 1);
  CHECK(heic[0]["file"] == "生活照.jpg");
  auto actual = text_of(heic[0]["actual"]);
  std::transform(actual.begin(), actual.end(), actual.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  CHECK(actual.find("heic") != std::string::npos);
}

TEST_CASE("brand-faults: the project's eligibility and materials are reported", "[cli]")
{
  auto run = check({"--lang", "en", "brand-faults"});
  REQUIRE(!run.report.is_null());
  auto name = findings_of(run.report, "eligibility.project-name");
  REQUIRE(name.size() == 1);
  CHECK(name[0]["field"] == "project_name");
  auto age = findings_of(run.report, "eligibility.project-age");
  REQUIRE(age.size() == 1);
  CHECK(age[0]["field"] == "period");
  auto participants = findings_of(run.report, "eligibility.participants");
  REQUIRE(participants.size() == 1);
  CHECK(text_of(participants[0]["actual"]).find("600") != std::string::npos);
  auto count = findings_of(run.report, "material.count");
  REQUIRE(count.size() == 1);
  CHECK(count[0]["actual"] == "2");
  auto summary = findings_of(run.report, "text.length");
  REQUIRE(summary.size() == 1);
  CHECK(summary[0]["file"] == "工作总结.docx");
  CHECK(summary[0]["severity"] == "warning"); // 1500字左右
}

TEST_CASE("beijing-star-faults: the photo and the deeds are reported, an upright phone video is not", "[cli]")
{
  auto run = check({"--lang", "en", "beijing-star-faults"});
  REQUIRE(!run.report.is_null());
  auto size = findings_of(run.report, "photo.file-size");
  REQUIRE(size.size() == 1);
  CHECK(size[0]["file"] == "证件照.jpg");
  CHECK(findings_of(run.report, "photo.background").size() == 1);
  auto length = findings_of(run.report, "text.length");
  REQUIRE(length.size() == 1);
  CHECK(length[0]["field"] == "deeds");
  // The video is stored 1280×720 and turned by its display matrix: shown 720×1280. Beijing's notice allows
  // phone videos (手机或专用设备拍摄视频均可) and names no size, so it is reported as facts, not as a fault.
  const auto& video = material_named(submission_at(run.report, "beijing-star-faults"), "事迹视频.mp4");
  CHECK(video["facts"]["width"] == 720);
  CHECK(video["facts"]["height"] == 1280);
}

TEST_CASE("海淀区: a district folder with two stars within its zone's quota passes", "[cli]")
{
  auto run = check({"海淀区"});
  INFO(run.output);
  REQUIRE(!run.report.is_null());
  const auto& submissions = run.report["submissions"];
  REQUIRE(submissions.size() == 2);
  CHECK(submissions[0]["path"] == "海淀区/01-张三");
  CHECK(submissions[0]["title"] == "张三");
  CHECK(submissions[1]["path"] == "海淀区/02-李四");
  CHECK(submissions[1]["title"] == "李四");
  for (const auto& submission : submissions) {
    CHECK(submission["status"] == "pass");
  }
  const auto& configs = run.report["configs"];
  CHECK(std::find(configs.begin(), configs.end(), "海淀区/nominate.yaml") != configs.end());
  REQUIRE(run.report["batch"].size() == 1);
  CHECK(run.report["batch"][0]["path"] == "海淀区");
  CHECK(run.report["batch"][0]["findings"].empty());
  // The registration table (附表2) is read and shown for scripts, in 推介序号 order.
  const auto& tables = run.report["batch"][0]["registration"];
  REQUIRE(tables.size() == 1);
  CHECK(tables[0]["file"] == "登记表.xlsx");
  CHECK(tables[0]["kind"] == "star");
  REQUIRE(tables[0]["rows"].size() == 2);
  CHECK(tables[0]["rows"][0]["order"] == 1);
  CHECK(tables[0]["rows"][0]["values"]["姓名"] == "张三");
  CHECK(run.exit_code == 0);
}

TEST_CASE("海淀区 as an 'other' district: two stars where one is allowed fail the district", "[cli]")
{
  TempDir temp;
  auto district = copy_example("海淀区", temp.path() / "海淀区");
  auto config = read_file(district / "nominate.yaml");
  config.replace(config.find("zone: experimental"), std::string("zone: experimental").size(), "zone: other");
  temp.write("海淀区/nominate.yaml", config);
  auto run = check({"海淀区"}, in_folder(temp.path()));
  INFO(run.output);
  REQUIRE(!run.report.is_null());
  auto quota = findings_of(run.report, "batch.quota");
  REQUIRE(quota.size() == 1);
  CHECK(text_of(quota[0]["actual"]).find('2') != std::string::npos);
  CHECK(text_of(quota[0]["expected"]).find('1') != std::string::npos);
  // Each nomination is fine on its own; the district as a whole is not: exit 1, counted in errors.
  CHECK(run.report["summary"]["failed"] == 0);
  CHECK(run.report["summary"]["errors"] == 1);
  CHECK(run.exit_code == 1);
}

TEST_CASE("海淀区 without 02-李四: its registration table lists a nominee who has no folder", "[cli]")
{
  TempDir temp;
  auto district = copy_example("海淀区", temp.path() / "海淀区");
  std::filesystem::remove_all(district / "02-李四");
  auto run = check({"海淀区"}, in_folder(temp.path()));
  INFO(run.output);
  REQUIRE(!run.report.is_null());
  CHECK(findings_of(run.report, "batch.quota").empty()); // one star now: within the quota
  auto registration = findings_of(run.report, "batch.registration");
  REQUIRE(registration.size() == 1);
  CHECK(registration[0]["file"] == "登记表.xlsx");
  CHECK(registration[0].dump().find("李四") != std::string::npos);
}

TEST_CASE("examples/README.md's table is the one these tests assert", "[cli]")
{
  // Rows look like: | `star-faults` | 1 | `field.required` `text.length` … | `photo.format` | … |
  std::istringstream readme(read_file(examples_dir() / "README.md"));
  std::map<std::string, int> rows_seen;
  std::regex code(R"(`([^`]+)`)");
  for (std::string line; std::getline(readme, line);) {
    if (!line.starts_with("| `")) {
      continue;
    }
    std::vector<std::string> cells;
    std::stringstream split(line);
    for (std::string cell; std::getline(split, cell, '|');) {
      cells.push_back(cell);
    }
    REQUIRE(cells.size() >= 5);
    auto ids = [&](const std::string& cell) {
      std::set<std::string> out;
      for (std::sregex_iterator it(cell.begin(), cell.end(), code), end; it != end; ++it) {
        out.insert((*it)[1]);
      }
      return out;
    };
    auto name = *ids(cells[1]).begin();
    INFO(line);
    auto expected = std::find_if(example_expectations().begin(), example_expectations().end(),
                                 [&](const auto& e) { return e.name == name; });
    REQUIRE(expected != example_expectations().end());
    CHECK(std::stoi(cells[2]) == expected->exit_code);
    CHECK(ids(cells[3]) == expected->errors);
    CHECK(ids(cells[4]) == expected->warnings);
    ++rows_seen[name];
  }
  for (const auto& example : example_expectations()) {
    INFO(example.name);
    CHECK(rows_seen[example.name] >= 1);
    CHECK(std::filesystem::is_directory(examples_dir() / example.name));
  }
}

} // namespace nominate::test::cli

// The reports as CI platforms take them (issue 10): SARIF's rule metadata, locations and fingerprints for
// GitHub code scanning; JUnit valid against the strict Ant schema and Jenkins' schema; a stopped run (exit 2)
// that no report shows as a pass; the GitHub job summary.
#include "run_tool.hpp"
#include "sample_report.hpp"
#include "temp_dir.hpp"

#include <nominate/report/writers.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <set>
#include <sstream>

using nominate::core::Language;
namespace core = nominate::core;
namespace report = nominate::report;
using Json = nlohmann::json;

namespace {

std::string render(report::Format format, const report::Report& run, Language language)
{
  std::ostringstream out;
  report::write(format, out, run, {language, report::Color::never});
  return out.str();
}

Json sarif_of(const report::Report& run, Language language = Language::zh)
{
  return Json::parse(render(report::Format::sarif, run, language));
}

const Json& result_of(const Json& sarif, std::string_view rule)
{
  for (const Json& result : sarif["runs"][0]["results"]) {
    if (result["ruleId"] == rule) {
      return result;
    }
  }
  FAIL("no result for " << rule);
  return sarif;
}

std::string uri_of(const Json& result)
{
  return result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
}

// A run stopped by a broken rule file after one submission was checked.
report::Report stopped_run()
{
  report::Report run = nominate::test::sample_report();
  run.submissions.resize(1);
  run.submissions[0].findings.clear();
  run.batch.clear();
  run.errors.push_back(core::Error{core::ErrorCode::invalid_rules, "unknown key 'fieldz' in the rule set",
                                   "rules/bad.yaml", core::TextPosition{4, 3}});
  run.started_at = "2024-05-01T09:30:00";
  return run;
}

std::filesystem::path schema(const char* name)
{
  return std::filesystem::path(NOMINATE_SOURCE_DIR) / "tests" / "schemas" / name;
}

} // namespace

TEST_CASE("SARIF: every rule used is described from the catalogue, with help and properties", "[report]")
{
  const Json sarif = sarif_of(nominate::test::sample_report());
  const Json& driver = sarif["runs"][0]["tool"]["driver"];
  CHECK(driver["semanticVersion"] == "0.1.0");
  CHECK(driver["informationUri"].get<std::string>().starts_with("https://"));
  REQUIRE(driver["rules"].size() == 6);
  for (const Json& rule : driver["rules"]) {
    INFO(rule.dump());
    CHECK(rule["name"] != rule["id"]);
    CHECK_FALSE(rule["shortDescription"]["text"].get<std::string>().empty());
    CHECK_FALSE(rule["fullDescription"]["text"].get<std::string>().empty());
    CHECK(rule["help"]["markdown"].get<std::string>().find("**怎么改**") != std::string::npos);
    CHECK(rule["helpUri"].get<std::string>().starts_with("https://"));
    CHECK(rule["properties"]["tags"].size() == 2);
    CHECK(rule["properties"].contains("precision"));
    CHECK(rule["properties"].contains("problem.severity"));
  }
  const Json* frame_rate = nullptr;
  for (const Json& rule : driver["rules"]) {
    frame_rate = rule["id"] == "video.frame-rate" ? &rule : frame_rate;
  }
  REQUIRE(frame_rate != nullptr);
  CHECK((*frame_rate)["name"] == "VideoFrameRate");
  CHECK((*frame_rate)["help"]["text"].get<std::string>().find("帧率：25") != std::string::npos);
  CHECK((*frame_rate)["defaultConfiguration"]["level"] == "error");
  CHECK((*frame_rate)["properties"]["problem.severity"] == "error");
}

TEST_CASE("SARIF: a finding about a folder points at the file that stands for it", "[report]")
{
  report::Report run = nominate::test::sample_report();
  core::Finding count;
  count.rule = "material.count";
  count.message_id = "material.count.too-few";
  count.args = {{"role", "photo"}, {"count", "1"}, {"min", "2"}};
  run.submissions[0].materials.push_back({"推介表.docx", "form", "name", "docx", {}});
  run.submissions[0].findings.push_back(count);
  run.submissions[1].findings.push_back(count); // 李四: no form among its materials
  core::Finding quota;
  quota.rule = "batch.quota";
  quota.message_id = "batch.quota.exceeded";
  run.batch[0].findings.push_back(quota);

  const Json sarif = sarif_of(run);
  std::vector<std::string> uris;
  for (const Json& result : sarif["runs"][0]["results"]) {
    if (result["ruleId"] == "material.count" || result["ruleId"] == "batch.quota") {
      uris.push_back(uri_of(result));
      CHECK(result["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
      CHECK(result["locations"][0]["physicalLocation"]["region"]["startLine"] == 1);
    }
  }
  REQUIRE(uris.size() == 3);
  CHECK(uris[0] == "%E6%B5%B7%E6%B7%80%E5%8C%BA/01-%E5%BC%A0%E4%B8%89/%E6%8E%A8%E4%BB%8B%E8%A1%A8.docx");
  CHECK(uris[1].ends_with("/nomination.yaml"));
  CHECK(uris[2] == "%E6%B5%B7%E6%B7%80%E5%8C%BA/nominate.yaml"); // configs name 海淀区/nominate.yaml
}

TEST_CASE("a received zip's findings are placed at the zip, and the comparison across packages nowhere",
          "[report]")
{
  report::Report run;
  core::Finding checksum;
  checksum.rule = "package.checksum";
  checksum.message_id = "package.checksum.mismatch";
  checksum.file = "海淀区-2024/data/01-张三/证件照.jpg";
  report::BatchEntry package{"收件/a.zip", {checksum}, {}, {}, report::BatchKind::package};
  package.path_is_file = true;
  core::Finding reuse;
  reuse.rule = "batch.text-reuse";
  reuse.message_id = "batch.text-reuse.shared";
  reuse.severity = core::Severity::warning;
  report::BatchEntry across{"收件/a.zip、收件/b.zip", {reuse}, {}, {}, report::BatchKind::across};
  run.batch = {package, across};

  const Json sarif = sarif_of(run);
  CHECK(uri_of(result_of(sarif, "package.checksum")) == "%E6%94%B6%E4%BB%B6/a.zip");
  CHECK_FALSE(result_of(sarif, "batch.text-reuse").contains("locations"));
  const std::string annotations = render(report::Format::github, run, Language::en);
  INFO(annotations);
  CHECK(annotations.find("::error file=收件/a.zip,title=package.checksum::") != std::string::npos);
  CHECK(annotations.find("::warning title=batch.text-reuse::") != std::string::npos);
}

TEST_CASE("SARIF: fingerprints follow rule, folder and field or material, not lines or wording", "[report]")
{
  const report::Report run = nominate::test::sample_report();
  const Json before = sarif_of(run, Language::zh);

  report::Report edited = run;
  edited.submissions[0].findings[2].location->row = 12;     // the field moved in the form
  edited.submissions[0].findings[2].args["count"] = "1100"; // and its text changed
  edited.submissions[2].findings[0].location->line = 9;     // the waiver moved down two lines
  const Json after = sarif_of(edited, Language::en);

  std::set<std::string> seen;
  for (std::size_t i = 0; i < before["runs"][0]["results"].size(); ++i) {
    const Json& a = before["runs"][0]["results"][i]["partialFingerprints"];
    const Json& b = after["runs"][0]["results"][i]["partialFingerprints"];
    CHECK(a == b);
    CHECK(seen.insert(a.dump()).second);
  }
  report::Report other = run;
  other.submissions[0].path = "海淀区/04-赵六";
  CHECK(sarif_of(other)["runs"][0]["results"][0]["partialFingerprints"] !=
        before["runs"][0]["results"][0]["partialFingerprints"]);
}

TEST_CASE("SARIF: the place inside a form is in the message and in the properties", "[report]")
{
  const Json sarif = sarif_of(nominate::test::sample_report());
  const Json& length = result_of(sarif, "text.length");
  CHECK(
      length["message"]["text"].get<std::string>().starts_with("「主要事迹和成效」，第1个表格第10行第2格："));
  CHECK(length["properties"]["field"] == "deeds");
  CHECK(length["properties"]["field_label"] == "主要事迹和成效");
  CHECK(length["properties"]["location"] == Json{{"table", 1}, {"row", 10}, {"cell", 2}});
  CHECK(length["properties"]["submission"] == "海淀区/01-张三");
}

TEST_CASE("a stopped run reads as a failure in every format", "[report]")
{
  const report::Report run = stopped_run();
  CHECK_FALSE(run.passed());

  SECTION("JSON: status error, the errors listed, no count of passes")
  {
    const Json json = Json::parse(render(report::Format::json, run, Language::zh));
    CHECK(json["status"] == "error");
    REQUIRE(json["errors"].size() == 1);
    CHECK(json["errors"][0]["code"] == "invalid_rules");
    CHECK(json["errors"][0]["file"] == "rules/bad.yaml");
    CHECK(json["errors"][0]["line"] == 4);
    CHECK(json["errors"][0]["column"] == 3);
    CHECK(json["errors"][0]["message"].get<std::string>().find("rules/bad.yaml:4:3（第4行第3列）") !=
          std::string::npos);
    CHECK(json["summary"]["passed"].is_null());
    CHECK(json["submissions"].size() == 1);
  }

  SECTION("JSON of a run that was not stopped: status and an empty errors list")
  {
    const Json json =
        Json::parse(render(report::Format::json, nominate::test::sample_report(), Language::en));
    CHECK(json["status"] == "fail");
    CHECK(json["errors"] == Json::array());
    CHECK(json["summary"]["passed"] == 1);
  }

  SECTION("SARIF: executionSuccessful false and a notification with the file and line")
  {
    const Json sarif = sarif_of(run);
    const Json& invocation = sarif["runs"][0]["invocations"][0];
    CHECK(invocation["executionSuccessful"] == false);
    REQUIRE(invocation["toolExecutionNotifications"].size() == 1);
    const Json& notification = invocation["toolExecutionNotifications"][0];
    CHECK(notification["level"] == "error");
    CHECK(notification["descriptor"]["id"] == "invalid_rules");
    CHECK(notification["locations"][0]["physicalLocation"]["region"]["startLine"] == 4);
    CHECK(sarif_of(nominate::test::sample_report())["runs"][0]["invocations"][0]["executionSuccessful"] ==
          true);
  }

  SECTION("JUnit: an <error> testcase in a suite of its own")
  {
    pugi::xml_document document;
    REQUIRE(document.load_string(render(report::Format::junit, run, Language::zh).c_str()));
    const pugi::xml_node suite =
        document.child("testsuites").find_child_by_attribute("testsuite", "name", "nominate");
    REQUIRE(suite);
    CHECK(suite.attribute("errors").as_int() == 1);
    const pugi::xml_node error = suite.child("testcase").child("error");
    REQUIRE(error);
    CHECK(std::string(error.attribute("type").value()) == "invalid_rules");
    CHECK(std::string(error.attribute("message").value()).find("bad.yaml") != std::string::npos);
  }

  SECTION("GitHub: the error first, and the totals say the run is incomplete")
  {
    const std::string out = render(report::Format::github, run, Language::en);
    CHECK(out.starts_with("::error file=rules/bad.yaml,line=4,title=nominate::"));
    CHECK(out.find("INCOMPLETE: 1 error stopped the run (exit 2)") != std::string::npos);
  }

  SECTION("text: the summary line says the run is incomplete")
  {
    const std::string out = render(report::Format::text, run, Language::zh);
    CHECK(out.find("检查未完成：1 个错误使检查中止（退出码 2）") != std::string::npos);
  }
}

TEST_CASE("JUnit validates against the strict Ant schema and Jenkins' junit-10.xsd", "[report]")
{
  if (!nominate::test::have_tool("xmllint")) {
    WARN("xmllint not installed (libxml2-utils): schema validation skipped");
    return;
  }
  report::Report strict = nominate::test::sample_report();
  strict.strict = true;
  report::Report unusual = nominate::test::sample_report();
  unusual.submissions[0].path = "海淀区/\x1b[31m01\xff";
  const std::vector<std::pair<std::string, report::Report>> runs{{"sample", nominate::test::sample_report()},
                                                                 {"strict", strict},
                                                                 {"stopped", stopped_run()},
                                                                 {"empty", report::Report{}},
                                                                 {"unusual", unusual}};
  const nominate::test::TempDir dir;
  for (const auto& [name, run] : runs) {
    for (const Language language : {Language::zh, Language::en}) {
      const auto file = dir.write(name + ".xml", render(report::Format::junit, run, language));
      for (const char* xsd : {"JUnit.xsd", "junit-10.xsd"}) {
        const auto lint =
            nominate::test::run_tool({"xmllint", "--noout", "--schema", schema(xsd).string(), file.string()});
        INFO(name << " against " << xsd << ":\n" << lint.output);
        CHECK(lint.exit_code == 0);
      }
    }
  }
}

TEST_CASE("the GitHub job summary is Markdown with the verdict, a table and the findings", "[report]")
{
  report::Report run = stopped_run();
  run.submissions = nominate::test::sample_report().submissions;
  run.submissions[0].path = "海淀区/01|张三";
  std::ostringstream out;
  report::WriteOptions options{Language::zh, report::Color::never};
  options.full_report = "report.json";
  report::write_github_summary(out, run, options);
  const std::string markdown = out.str();
  CHECK(markdown.starts_with("## nominate 检查结果\n"));
  CHECK(markdown.find("**检查未完成：1 个错误使检查中止") != std::string::npos);
  CHECK(markdown.find("| 推介材料 | 规则集 | 结论 | 错误 | 警告 | 已豁免 |") != std::string::npos);
  // ASCII punctuation in names and messages is backslash-escaped: GitHub shows each as itself.
  CHECK(markdown.find("| 海淀区\\/01\\|张三 | national\\/star\\@2023 | ❌ 不通过 | 1 | 1 | 1 |") !=
        std::string::npos);
  CHECK(markdown.find("- **错误** `video.frame-rate` 事迹视频\\.mp4：") != std::string::npos);
  CHECK(markdown.find("完整报告：report\\.json") != std::string::npos);
}

TEST_CASE("the GitHub job summary turns no name into a link, an image, HTML or a reversed line", "[report]")
{
  report::Report run;
  run.submissions = nominate::test::sample_report().submissions;
  run.submissions[0].path = "海淀区/[点这里下载修正版](https:evil.example)";
  run.submissions[0].findings[0].file = "<img src=https:evil.example>**x**`.jpg";
  run.submissions[0].findings[0].args["file"] = run.submissions[0].findings[0].file;
  run.submissions.push_back(run.submissions[0]);
  run.submissions[1].path = "海淀区/03-\u202egpj.exe www.evil.example";
  std::ostringstream out;
  report::write_github_summary(out, run, report::WriteOptions{Language::zh, report::Color::never});
  const std::string markdown = out.str();
  INFO(markdown);
  CHECK(markdown.find("\\[点这里下载修正版\\]\\(https\\:evil\\.example\\)") != std::string::npos);
  CHECK(markdown.find("](") == std::string::npos);
  const auto occurrences = [&](std::string_view part) {
    std::size_t n = 0;
    for (auto at = markdown.find(part); at != std::string::npos; at = markdown.find(part, at + 1)) {
      ++n;
    }
    return n;
  };
  CHECK(occurrences("<img") == occurrences("\\<img")); // every one escaped
  CHECK(markdown.find("\\<img src\\=https\\:evil\\.example\\>\\*\\*x\\*\\*\\`\\.jpg") != std::string::npos);
  CHECK(markdown.find("\u202e") == std::string::npos);
  CHECK(markdown.find("03\\-\\<U\\+202E\\>gpj\\.exe www\\.evil\\.example") != std::string::npos);
}

TEST_CASE("an ID number typed into a form is masked in CI outputs, kept in the district's own reports",
          "[report]")
{
  report::Report run = nominate::test::sample_report();
  core::Finding mobile = core::make_finding("field.format", "field.format.mobile", core::Severity::error,
                                            "推介表.docx", {{"value", "身份证110105196801011234"}});
  mobile.field = "mobile";
  mobile.expected = "11-digit mobile";
  mobile.actual = "身份证110105196801011234";
  run.submissions[0].findings.push_back(mobile);
  const std::string whole = "110105196801011234";
  const std::string masked = "1101**********1234";
  const Json sarif = sarif_of(run);
  const Json& result = result_of(sarif, "field.format");
  CHECK(result["message"]["text"].get<std::string>().find(masked) != std::string::npos);
  CHECK(result["properties"]["actual"] == "身份证" + masked);
  CHECK(sarif.dump().find(whole) == std::string::npos);
  CHECK(render(report::Format::github, run, Language::zh).find(whole) == std::string::npos);
  CHECK(render(report::Format::junit, run, Language::zh).find(whole) == std::string::npos);
  std::ostringstream summary;
  report::write_github_summary(summary, run, {Language::zh, report::Color::never});
  CHECK(summary.str().find(whole) == std::string::npos);
  // The district's own text and JSON reports say what the form holds, so that the clerk finds it.
  CHECK(render(report::Format::text, run, Language::zh).find(whole) != std::string::npos);
  CHECK(render(report::Format::json, run, Language::zh).find(whole) != std::string::npos);
  // An 11-digit mobile, a date and a 6-digit code are left as they are; an 18-digit ID ending in X is masked.
  run.submissions[0].findings.back().args["value"] = "13912345678 20240501 11010519680101123X";
  const std::string text = render(report::Format::github, run, Language::zh);
  CHECK(text.find("13912345678") != std::string::npos);
  CHECK(text.find("1101**********123X") != std::string::npos);
}

#include "sample_report.hpp"

#include <nominate/core/display_name.hpp>
#include <nominate/messages/render.hpp>
#include <nominate/report/writers.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using nominate::core::Language;
namespace report = nominate::report;
using Json = nlohmann::ordered_json;

namespace {

Json write(const report::Report& run, Language language)
{
  std::ostringstream out;
  report::write_json(out, run, {language, report::Color::never});
  return Json::parse(out.str());
}

std::vector<std::string> keys(const Json& object)
{
  std::vector<std::string> out;
  for (const auto& [key, value] : object.items()) {
    out.push_back(key);
  }
  return out;
}

using Keys = std::vector<std::string>;

const Keys k_finding_keys = {"rule",    "severity",   "waived",   "file",   "field", "location",
                             "message", "message_id", "expected", "actual", "fix",   "clause"};

} // namespace

TEST_CASE("the JSON report has every key of schema 1, in the contract's order", "[report]")
{
  const Json json = write(nominate::test::sample_report(), Language::zh);

  CHECK(keys(json) ==
        Keys{"schema", "tool", "configs", "submissions", "batch", "summary", "status", "errors"});
  CHECK(json["schema"] == 1);
  CHECK(keys(json["tool"]) == Keys{"name", "version"});
  CHECK(json["tool"]["name"] == "nominate");
  CHECK(json["tool"]["version"] == "0.1.0");
  CHECK(json["configs"] == Json::array({"海淀区/nominate.yaml"}));

  REQUIRE(json["submissions"].size() == 3);
  const Json& zhang = json["submissions"][0];
  CHECK(keys(zhang) == Keys{"path", "rules", "as_of", "kind", "title", "status", "materials", "findings",
                            "manual", "deadline", "days_left", "fields"});
  CHECK(zhang["path"] == "海淀区/01-张三");
  CHECK(zhang["rules"] == "national/star@2023");
  CHECK(zhang["as_of"] == "2024-05-01");
  CHECK(zhang["kind"] == "star");
  CHECK(zhang["title"] == "张三");
  CHECK(zhang["status"] == "fail");
  CHECK(zhang["deadline"] == "2024-05-31");
  CHECK(zhang["days_left"] == 30);

  SECTION("materials keep their facts with their types, in order")
  {
    const Json& video = zhang["materials"][0];
    CHECK(keys(video) == Keys{"file", "role", "decided_by", "type", "facts"});
    CHECK(video["file"] == "事迹视频.mp4");
    CHECK(video["role"] == "video");
    CHECK(video["decided_by"] == "extension");
    CHECK(video["type"] == "mp4");
    CHECK(keys(video["facts"]) == Keys{"codec", "width", "fps", "duration_s", "has_audio"});
    CHECK(video["facts"]["codec"] == "h264");
    CHECK(video["facts"]["width"].is_number_integer());
    CHECK(video["facts"]["width"] == 1280);
    CHECK(video["facts"]["fps"] == "30");
    CHECK(video["facts"]["duration_s"].is_number_float());
    CHECK(video["facts"]["duration_s"] == 270.0);
    CHECK(video["facts"]["has_audio"] == true);
    CHECK(zhang["materials"][1]["facts"] == Json::object());
  }

  SECTION("findings carry every key; waiver_reason only when waived")
  {
    REQUIRE(zhang["findings"].size() == 3);
    const Json& frame_rate = zhang["findings"][0];
    CHECK(keys(frame_rate) == k_finding_keys);
    CHECK(frame_rate["rule"] == "video.frame-rate");
    CHECK(frame_rate["severity"] == "error");
    CHECK(frame_rate["waived"] == false);
    CHECK(frame_rate["file"] == "事迹视频.mp4");
    CHECK(frame_rate["field"].is_null());
    CHECK(frame_rate["location"].is_null());
    CHECK(frame_rate["message_id"] == "video.frame-rate.mismatch");
    CHECK(frame_rate["expected"] == "25 fps");
    CHECK(frame_rate["actual"] == "30 fps");
    CHECK(frame_rate["clause"] == "帧率：25");

    const Json& size = zhang["findings"][1];
    Keys waived_keys = k_finding_keys;
    waived_keys.push_back("waiver_reason");
    CHECK(keys(size) == waived_keys);
    CHECK(size["waived"] == true);
    CHECK(size["waiver_reason"] == "市教委同意使用原图（2024-04-20）");

    const Json& length = zhang["findings"][2];
    CHECK(length["severity"] == "warning");
    CHECK(length["field"] == "deeds");
  }

  SECTION("messages and fixes are the catalogue's, in the chosen language")
  {
    const nominate::core::Finding finding = nominate::test::sample_report().submissions[0].findings[0];
    const auto rendered = nominate::messages::render(finding, Language::zh);
    CHECK_FALSE(rendered.message.empty());
    CHECK(zhang["findings"][0]["message"] == rendered.message);
    CHECK(zhang["findings"][0]["fix"] == rendered.fix);
    CHECK(zhang["manual"] == Json::array({"推介表须加盖本人所在单位公章", "推介表一式2份"}));

    const Json english = write(nominate::test::sample_report(), Language::en);
    CHECK(english["submissions"][0]["findings"][0]["message"] ==
          nominate::messages::render(finding, Language::en).message);
    CHECK(english["submissions"][0]["manual"][0] == "The form bears the seal of the nominee's unit");
    // Scripts key on what does not follow the language.
    CHECK(english["submissions"][0]["findings"][0]["message_id"] == zhang["findings"][0]["message_id"]);
    CHECK(english["submissions"][0]["findings"][0]["expected"] == zhang["findings"][0]["expected"]);
  }

  SECTION("each location family has its own keys")
  {
    CHECK(zhang["findings"][2]["location"] == Json::parse(R"({"table": 1, "row": 10, "cell": 2})"));
    CHECK(keys(zhang["findings"][2]["location"]) == Keys{"table", "row", "cell"});
    CHECK(json["submissions"][1]["findings"][0]["location"] == Json::parse(R"({"row": 3})"));
    CHECK(json["submissions"][2]["findings"][0]["location"] == Json::parse(R"({"line": 7})"));
    CHECK(json["batch"][0]["findings"][0]["location"] == Json::parse(R"({"sheet": "登记表", "cell": "L5"})"));
    CHECK(keys(json["batch"][0]["findings"][0]["location"]) == Keys{"sheet", "cell"});
  }

  SECTION("a submission without a deadline has neither deadline nor days_left; a pass says pass")
  {
    const Json& li = json["submissions"][1];
    CHECK(keys(li) == Keys{"path", "rules", "as_of", "kind", "title", "status", "materials", "findings",
                           "manual", "fields"});
    CHECK(li["status"] == "pass");
    CHECK(li["materials"] == Json::array());
    CHECK(li["manual"] == Json::array());
    CHECK(json["submissions"][2]["days_left"] == -3);
  }

  SECTION("batch and summary")
  {
    REQUIRE(json["batch"].size() == 1);
    CHECK(keys(json["batch"][0]) == Keys{"path", "findings"});
    CHECK(json["batch"][0]["path"] == "海淀区");
    CHECK(keys(json["batch"][0]["findings"][0]) == k_finding_keys);
    CHECK(keys(json["summary"]) == Keys{"submissions", "passed", "failed", "errors", "warnings", "waived"});
    CHECK(json["summary"] == Json::parse(R"({"submissions": 3, "passed": 1, "failed": 2, "errors": 3,
                                             "warnings": 2, "waived": 1})"));
  }
}

TEST_CASE("the JSON status and summary follow strict", "[report]")
{
  report::Report run = nominate::test::sample_report();
  run.strict = true;
  const Json json = write(run, Language::en);
  CHECK(json["submissions"][1]["status"] == "fail");
  CHECK(json["summary"]["passed"] == 0);
  CHECK(json["summary"]["failed"] == 3);
}

TEST_CASE("the JSON report writes null for a finding about no file and survives bytes that are not UTF-8",
          "[report]")
{
  report::Report run = nominate::test::sample_report();
  run.submissions[0].findings[0].file.clear();
  run.submissions[1].findings[0].file = "\xff\xfe名单.csv";
  const std::string control = std::string("控制\x01字符") + '\0' + "在内";
  run.submissions[1].findings[0].clause = control;
  const Json json = write(run, Language::zh);
  CHECK(json["submissions"][0]["findings"][0]["file"].is_null());
  const std::string file = json["submissions"][1]["findings"][0]["file"];
  // Not UTF-8: escaped visibly, and losslessly beside it (design.md, "Names that are not plain text").
  CHECK(file == "\\xFF\\xFE名单.csv");
  CHECK(json["submissions"][1]["findings"][0]["file_bytes"] == "//7lkI3ljZUuY3N2");
  CHECK(json["submissions"][1]["findings"][0]["clause"] == control);
}

TEST_CASE("an empty run is a valid schema-1 report", "[report]")
{
  const Json json = write(report::Report{}, Language::en);
  CHECK(json["submissions"] == Json::array());
  CHECK(json["batch"] == Json::array());
  CHECK(json["configs"] == Json::array());
  CHECK(json["summary"]["submissions"] == 0);
  CHECK(json["tool"]["version"] == NOMINATE_VERSION);
}

TEST_CASE("the JSON report adds as_of_source (and as_of_config) and a waiver's approval", "[report]")
{
  auto run = nominate::test::sample_report();
  auto& zhang = run.submissions.front();
  zhang.as_of_source = "config";
  zhang.as_of_config = "海淀区/nominate.yaml";
  auto& finding = zhang.findings.front();
  finding.waived = true;
  finding.waiver_reason = "区教育局同意";
  finding.waiver_approved_by = "海淀区教育局";
  finding.waiver_date = "2024-05-06";
  auto json = write(run, Language::zh);
  const auto& out = json["submissions"][0];
  CHECK(out["as_of_source"] == "config");
  CHECK(out["as_of_config"] == "海淀区/nominate.yaml");
  CHECK(out["findings"][0]["waiver_approved_by"] == "海淀区教育局");
  CHECK(out["findings"][0]["waiver_date"] == "2024-05-06");
  // The keys the contract lists come first, unchanged.
  CHECK(keys(out).front() == "path");
}

TEST_CASE("names that are not UTF-8 stay valid JSON, with their exact bytes beside them", "[report]")
{
  report::Report run = nominate::test::sample_report();
  auto& zhang = run.submissions[0];
  zhang.path = "海淀区/01-\xD5\xC5\xC8\xFD"; // GBK bytes
  zhang.findings[0].file = "\xD5\xC5.mp4";
  zhang.findings[1].file = "a\nb\xE2\x80\xAE.jpg"; // valid UTF-8: kept as it is, JSON escapes it
  zhang.materials[0].file = zhang.findings[0].file;
  std::ostringstream out;
  report::write_json(out, run, {Language::en, report::Color::never});
  REQUIRE(nominate::core::is_valid_utf8(out.str()));
  const Json json = Json::parse(out.str());
  const Json& submission = json["submissions"][0];
  CHECK(submission["path"] == "海淀区/01-\\xD5\\xC5\\xC8\\xFD");
  CHECK(submission["path_bytes"] == "5rW35reA5Yy6LzAxLdXFyP0=");
  CHECK(submission["materials"][0]["file"] == "\\xD5\\xC5.mp4");
  CHECK(submission["materials"][0]["file_bytes"] == "1cUubXA0");
  bool invalid_named = false;
  bool valid_kept = false;
  for (const auto& finding : submission["findings"]) {
    invalid_named |= finding["file"] == "\\xD5\\xC5.mp4" && finding["file_bytes"] == "1cUubXA0";
    valid_kept |= finding["file"] == "a\nb\xE2\x80\xAE.jpg" && !finding.contains("file_bytes");
  }
  CHECK(invalid_named);
  CHECK(valid_kept);
}

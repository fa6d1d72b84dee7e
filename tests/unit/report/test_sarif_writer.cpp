#include "sample_report.hpp"

#include <nominate/messages/render.hpp>
#include <nominate/report/writers.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cctype>
#include <set>
#include <sstream>

using nominate::core::Language;
namespace report = nominate::report;
using Json = nlohmann::json;

namespace {

Json write(const report::Report& run, Language language)
{
  std::ostringstream out;
  report::write_sarif(out, run, {language, report::Color::never});
  return Json::parse(out.str());
}

// RFC 3986 percent-decoding, to read a URI back as the path it names.
std::string percent_decode(const std::string& uri)
{
  std::string out;
  for (std::size_t i = 0; i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size()) {
      out += static_cast<char>(std::stoi(uri.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += uri[i];
    }
  }
  return out;
}

bool is_uri_text(const std::string& uri)
{
  for (const char c : uri) {
    const auto u = static_cast<unsigned char>(c);
    const bool ok = std::isalnum(u) != 0 || std::string_view("-._~/%:").find(c) != std::string_view::npos;
    if (!ok) {
      return false;
    }
  }
  return true;
}

std::string uri_of(const Json& result)
{
  return result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
}

} // namespace

TEST_CASE("the SARIF log has the keys SARIF 2.1.0 requires, one run and one result per finding", "[report]")
{
  const report::Report run = nominate::test::sample_report();
  const Json sarif = write(run, Language::zh);

  CHECK(sarif["version"] == "2.1.0");
  CHECK(sarif["$schema"].get<std::string>().find("sarif-2.1.0") != std::string::npos);
  REQUIRE(sarif["runs"].size() == 1);
  const Json& log = sarif["runs"][0];
  const Json& driver = log["tool"]["driver"];
  CHECK(driver["name"] == "nominate");
  CHECK(driver["version"] == "0.1.0");

  REQUIRE(log["results"].size() == 6);
  std::set<std::string> rule_ids;
  for (const Json& rule : driver["rules"]) {
    rule_ids.insert(rule["id"].get<std::string>());
  }
  CHECK(rule_ids.size() == driver["rules"].size());
  for (const Json& result : log["results"]) {
    REQUIRE(result.contains("ruleId"));
    CHECK(rule_ids.count(result["ruleId"].get<std::string>()) == 1);
    CHECK(driver["rules"][result["ruleIndex"].get<std::size_t>()]["id"] == result["ruleId"]);
    CHECK_FALSE(result["message"]["text"].get<std::string>().empty());
    const std::string level = result["level"];
    CHECK((level == "error" || level == "warning" || level == "note"));
    CHECK(is_uri_text(uri_of(result)));
  }

  SECTION("levels, messages and what scripts key on")
  {
    const Json& frame_rate = log["results"][0];
    CHECK(frame_rate["ruleId"] == "video.frame-rate");
    CHECK(frame_rate["level"] == "error");
    const auto rendered = nominate::messages::render(run.submissions[0].findings[0], Language::zh);
    const std::string text = frame_rate["message"]["text"];
    CHECK(text.starts_with(rendered.message));
    CHECK(text.find("\n要求：帧率：25") != std::string::npos);
    CHECK(text.find("\n怎么改：" + rendered.fix) != std::string::npos);
    CHECK(frame_rate["properties"]["message_id"] == "video.frame-rate.mismatch");
    CHECK(frame_rate["properties"]["clause"] == "帧率：25");
    CHECK(log["results"][2]["level"] == "warning");
  }

  SECTION("a waived finding is an externally suppressed result with its justification")
  {
    const Json& size = log["results"][1];
    CHECK(size["ruleId"] == "photo.file-size");
    REQUIRE(size["suppressions"].size() == 1);
    CHECK(size["suppressions"][0]["kind"] == "external");
    CHECK(size["suppressions"][0]["justification"] == "市教委同意使用原图（2024-04-20）");
    CHECK_FALSE(log["results"][0].contains("suppressions"));
  }

  SECTION("artifact URIs are the submission path and file, percent-encoded")
  {
    CHECK(uri_of(log["results"][0]).starts_with("%E6%B5%B7%E6%B7%80%E5%8C%BA/01-")); // 海淀区/01-
    CHECK(percent_decode(uri_of(log["results"][0])) == "海淀区/01-张三/事迹视频.mp4");
    CHECK(percent_decode(uri_of(log["results"][1])) == "海淀区/01-张三/生活照 1.jpg");
    CHECK(uri_of(log["results"][1]).find("%201.jpg") != std::string::npos);
    const std::string wang = uri_of(log["results"][4]);
    CHECK(wang.find("%2C") != std::string::npos);
    CHECK(wang.find("%3AA") != std::string::npos);
    CHECK(percent_decode(wang) == "海淀区/03-王五,备用:A/nomination.yaml");
    CHECK(percent_decode(uri_of(log["results"][5])) == "海淀区/登记表.xlsx");
  }

  SECTION("a region always: the finding's line, else line 1 (GitHub needs a startLine)")
  {
    for (std::size_t i = 0; i < log["results"].size(); ++i) {
      const Json& physical = log["results"][i]["locations"][0]["physicalLocation"];
      CHECK(physical["region"]["startLine"] == (i == 4 ? 7 : 1));
    }
  }
}

TEST_CASE("SARIF turns absolute paths into file URIs and a note into level note", "[report]")
{
  report::Report run = nominate::test::sample_report();
  run.submissions[0].path = "/srv/上报/01";
  run.submissions[1].path = "C:/上报/02";
  run.submissions[1].findings[0].severity = nominate::core::Severity::info;
  const Json sarif = write(run, Language::en);
  const Json& results = sarif["runs"][0]["results"];
  CHECK(uri_of(results[0]).starts_with("file:///srv/%E4%B8%8A%E6%8A%A5/01/"));
  CHECK(uri_of(results[3]).starts_with("file:///C:/%E4%B8%8A%E6%8A%A5/02/"));
  CHECK(results[3]["level"] == "note");
}

TEST_CASE("an empty run is a SARIF log with one run and no results", "[report]")
{
  const Json sarif = write(report::Report{}, Language::en);
  REQUIRE(sarif["runs"].size() == 1);
  CHECK(sarif["runs"][0]["results"] == Json::array());
  CHECK(sarif["runs"][0]["tool"]["driver"]["rules"] == Json::array());
}

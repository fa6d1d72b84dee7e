#include "sample_report.hpp"

#include <nominate/messages/render.hpp>
#include <nominate/report/writers.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

using nominate::core::Language;
namespace report = nominate::report;

namespace {

std::vector<std::string> lines_of(const report::Report& run, Language language)
{
  std::ostringstream out;
  report::write_github(out, run, {language, report::Color::never});
  std::vector<std::string> lines;
  std::istringstream in(out.str());
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines;
}

std::size_t count_prefix(const std::vector<std::string>& lines, std::string_view prefix)
{
  return static_cast<std::size_t>(std::count_if(
      lines.begin(), lines.end(), [&](const std::string& line) { return line.starts_with(prefix); }));
}

} // namespace

TEST_CASE("GitHub annotations: errors, then warnings, then notices, then a notice with the totals",
          "[report]")
{
  const report::Report run = nominate::test::sample_report();
  const std::vector<std::string> lines = lines_of(run, Language::en);
  REQUIRE(lines.size() == 7);

  SECTION("the command follows severity; a waived finding is a notice")
  {
    CHECK(lines[0].starts_with("::error file=海淀区/01-张三/事迹视频.mp4,title=video.frame-rate::"));
    CHECK(lines[1].starts_with(
        "::error file=海淀区/03-王五%2C备用%3AA/nomination.yaml,line=7,title=waiver.invalid::"));
    CHECK(lines[2].starts_with("::error file=海淀区/登记表.xlsx,title=batch.registration::"));
    CHECK(lines[3].starts_with("::warning file=海淀区/01-张三/推介表.docx,title=text.length::"));
    CHECK(lines[4].starts_with(
        "::warning file=海淀区/02-李四/往年推介名单.csv,title=eligibility.past-nominee::"));
    CHECK(lines[5].starts_with("::notice file=海淀区/01-张三/生活照 1.jpg,title=photo.file-size (waived)::"));
    CHECK(
        lines[6] ==
        "::notice title=nominate::Summary: 3 submissions, 1 passed, 2 failed; 1 batch check failed; 3 errors, 2 "
        "warnings, 1 waived. Full report: add --format json:report.json or --format "
        "sarif:nominate.sarif");
  }

  SECTION("the message carries the catalogue's message, the clause and the fix")
  {
    const auto rendered = nominate::messages::render(run.submissions[0].findings[0], Language::en);
    CHECK(lines[0].find(rendered.message.substr(0, rendered.message.find('\n'))) != std::string::npos);
    CHECK(lines[0].find("%0ARequirement: 帧率：25") != std::string::npos);
    CHECK(lines[0].find("%0AHow to fix: ") != std::string::npos);
    CHECK(lines[5].find("%0AWaived because: 市教委同意使用原图（2024-04-20）") != std::string::npos);
    CHECK(lines[5].find("How to fix") == std::string::npos);
    CHECK(lines[3].find("::field deeds (主要事迹和成效), table 1, row 10, cell 2: ") != std::string::npos);
  }

  SECTION("',' and ':' are escaped in properties, '%' and line breaks everywhere")
  {
    CHECK(lines[1].find("豁免须写明理由, 至少 100%25 清楚%0A并经批准") != std::string::npos);
  }
}

TEST_CASE("GitHub escaping of percent signs and carriage returns in paths and messages", "[report]")
{
  report::Report run = nominate::test::sample_report();
  run.submissions.resize(1);
  run.batch.clear();
  run.submissions[0].path = "上报/100%,a:b";
  run.submissions[0].findings.resize(1);
  run.submissions[0].findings[0].clause = "第一行\r\n第二行 50%";
  report::WriteOptions options{Language::zh, report::Color::never};
  options.full_report = "报告/report.json";
  std::ostringstream out;
  report::write_github(out, run, options);
  std::vector<std::string> lines;
  std::istringstream in(out.str());
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].starts_with("::error file=上报/100%25%2Ca%3Ab/事迹视频.mp4,title=video.frame-rate::"));
  CHECK(lines[0].find("%0A要求：第一行%0D%0A第二行 50%25") != std::string::npos);
  CHECK(lines[1] ==
        "::notice title=nominate::合计：1 份推介，0 份通过，1 份不通过；错误 1 个，警告 0 个，已豁免 0 "
        "个。完整报告：报告/report.json");
}

TEST_CASE("GitHub output shows control characters of names and messages, never passes them", "[report]")
{
  report::Report run = nominate::test::sample_report();
  run.submissions.resize(1);
  run.batch.clear();
  run.submissions[0].path = "上报\x07";
  run.submissions[0].findings.resize(1);
  run.submissions[0].findings[0].file = "事迹\x1b[31m视频\xc2\x9b.mp4";
  run.submissions[0].findings[0].clause = "第一行\x1b]0;title\x07";
  report::WriteOptions options{Language::zh, report::Color::never};
  std::ostringstream out;
  report::write_github(out, run, options);
  const std::string text = out.str();
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find('\x07') == std::string::npos);
  CHECK(text.find("\xc2\x9b") == std::string::npos);
  CHECK(text.find("::error file=上报\\x07/事迹\\x1B[31m视频<U+009B>.mp4") != std::string::npos);
  CHECK(text.find("第一行\\x1B]0;title\\x07") != std::string::npos);
}

TEST_CASE("GitHub output of an empty run is the totals notice alone", "[report]")
{
  const std::vector<std::string> lines = lines_of(report::Report{}, Language::en);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].starts_with(
      "::notice title=nominate::Summary: 0 submissions, 0 passed, 0 failed; 0 errors, 0 warnings, 0 waived."));
}

TEST_CASE("GitHub annotations stay within 10 errors and 10 warnings, each failing folder seen first",
          "[report]")
{
  report::Report run = nominate::test::sample_report();
  run.batch.clear();
  // 张三 gets 12 errors and 12 warnings more; 王五 keeps its one error, which must still be annotated.
  auto& zhang = run.submissions[0].findings;
  const auto error = zhang[0];
  const auto warning = zhang[2];
  for (int i = 0; i < 12; ++i) {
    zhang.push_back(error);
    zhang.push_back(warning);
  }
  const std::vector<std::string> lines = lines_of(run, Language::en);
  CHECK(count_prefix(lines, "::error ") == 10);
  CHECK(count_prefix(lines, "::warning ") == 10);
  CHECK(count_prefix(lines, "::notice ") == 2); // the waived finding and the totals
  CHECK(lines[1].find("title=waiver.invalid") != std::string::npos);
  // 14 errors and 14 warnings in all: 4 of each beyond the limit are plain log lines.
  CHECK(count_prefix(lines, "  [ERROR] ") == 4);
  CHECK(count_prefix(lines, "  [WARNING] ") == 4);
  CHECK(lines.back().find("4 errors, 4 warnings and 0 notices more are in the log") != std::string::npos);
}

#include "sample_report.hpp"

#include <nominate/report/report.hpp>
#include <nominate/report/writers.hpp>

#include <catch2/catch.hpp>

#include <sstream>

using nominate::core::Finding;
using nominate::core::Severity;
namespace report = nominate::report;

namespace {

Finding finding(Severity severity, bool waived)
{
  Finding out;
  out.rule = "video.duration";
  out.severity = severity;
  out.waived = waived;
  return out;
}

} // namespace

TEST_CASE("a submission fails on an unwaived error, and with strict on an unwaived warning", "[report]")
{
  report::SubmissionReport submission;
  SECTION("no findings pass, strict or not")
  {
    CHECK(report::passed(submission, false));
    CHECK(report::passed(submission, true));
  }
  SECTION("an error fails")
  {
    submission.findings = {finding(Severity::error, false)};
    CHECK_FALSE(report::passed(submission, false));
  }
  SECTION("a waived error passes")
  {
    submission.findings = {finding(Severity::error, true)};
    CHECK(report::passed(submission, false));
    CHECK(report::passed(submission, true));
  }
  SECTION("a warning passes unless strict")
  {
    submission.findings = {finding(Severity::warning, false)};
    CHECK(report::passed(submission, false));
    CHECK_FALSE(report::passed(submission, true));
  }
  SECTION("a waived warning passes even when strict")
  {
    submission.findings = {finding(Severity::warning, true)};
    CHECK(report::passed(submission, true));
  }
  SECTION("a note never fails")
  {
    submission.findings = {finding(Severity::info, false)};
    CHECK(report::passed(submission, true));
  }
}

TEST_CASE("the summary counts submissions by verdict and findings over submissions and the batch", "[report]")
{
  report::Report run = nominate::test::sample_report();
  SECTION("without strict")
  {
    const report::Summary summary = run.summary();
    CHECK(summary.submissions == 3);
    CHECK(summary.passed == 1);
    CHECK(summary.failed == 2);
    CHECK(summary.errors == 3);
    CHECK(summary.warnings == 2);
    CHECK(summary.waived == 1);
    CHECK_FALSE(run.passed());
  }
  SECTION("strict turns the submission with only a warning into a failure")
  {
    run.strict = true;
    const report::Summary summary = run.summary();
    CHECK(summary.passed == 0);
    CHECK(summary.failed == 3);
    CHECK(summary.errors == 3);
    CHECK(summary.warnings == 2);
  }
  SECTION("a batch error alone makes the run fail though every submission passed")
  {
    run.submissions.erase(run.submissions.begin());
    run.submissions.pop_back();
    REQUIRE(run.summary().failed == 0);
    CHECK_FALSE(run.passed());
    run.batch.front().findings.front().waived = true;
    CHECK(run.passed());
  }
  SECTION("an empty run passes and counts nothing")
  {
    const report::Report empty;
    const report::Summary summary = empty.summary();
    CHECK(summary.submissions == 0);
    CHECK(summary.errors == 0);
    CHECK(empty.passed());
  }
}

TEST_CASE("format names parse to their writers and nothing else does", "[report]")
{
  CHECK(report::parse_format("text") == report::Format::text);
  CHECK(report::parse_format("json") == report::Format::json);
  CHECK(report::parse_format("sarif") == report::Format::sarif);
  CHECK(report::parse_format("junit") == report::Format::junit);
  CHECK(report::parse_format("github") == report::Format::github);
  CHECK(report::parse_format("html") == report::Format::html);
  CHECK_FALSE(report::parse_format("JSON").has_value());
  CHECK_FALSE(report::parse_format("").has_value());
  CHECK_FALSE(report::parse_format("json:out.json").has_value());
  CHECK_FALSE(report::parse_format("xml").has_value());
}

TEST_CASE("write dispatches to the writer of the format", "[report]")
{
  const report::Report run = nominate::test::sample_report();
  const report::WriteOptions options{nominate::core::Language::en, report::Color::never};
  for (const report::Format format : {report::Format::text, report::Format::json, report::Format::sarif,
                                      report::Format::junit, report::Format::github, report::Format::html}) {
    std::ostringstream by_dispatch;
    std::ostringstream direct;
    report::write(format, by_dispatch, run, options);
    switch (format) {
    case report::Format::text:
      report::write_text(direct, run, options);
      break;
    case report::Format::json:
      report::write_json(direct, run, options);
      break;
    case report::Format::sarif:
      report::write_sarif(direct, run, options);
      break;
    case report::Format::junit:
      report::write_junit(direct, run, options);
      break;
    case report::Format::html:
      report::write_html(direct, run, options);
      break;
    case report::Format::github:
      report::write_github(direct, run, options);
      break;
    }
    CHECK_FALSE(by_dispatch.str().empty());
    CHECK(by_dispatch.str() == direct.str());
  }
}

#include "tally.hpp"

#include <nominate/report/report.hpp>
#include <nominate/report/writers.hpp>

#include <algorithm>

namespace nominate::report {

namespace {

[[nodiscard]] bool fails(const core::Finding& finding, bool strict)
{
  if (finding.waived) {
    return false;
  }
  return finding.severity == core::Severity::error || (strict && finding.severity == core::Severity::warning);
}

} // namespace

void tally(std::span<const core::Finding> findings, Summary& summary)
{
  for (const core::Finding& finding : findings) {
    if (finding.waived) {
      ++summary.waived;
    } else if (finding.severity == core::Severity::error) {
      ++summary.errors;
    } else if (finding.severity == core::Severity::warning) {
      ++summary.warnings;
    }
  }
}

Summary tally(std::span<const core::Finding> findings)
{
  Summary summary;
  tally(findings, summary);
  return summary;
}

bool passed(std::span<const core::Finding> findings, bool strict)
{
  return std::none_of(findings.begin(), findings.end(),
                      [strict](const core::Finding& finding) { return fails(finding, strict); });
}

bool passed(const SubmissionReport& submission, bool strict)
{
  return passed(std::span<const core::Finding>(submission.findings), strict);
}

Summary Report::summary() const
{
  Summary summary;
  summary.submissions = static_cast<int>(submissions.size());
  for (const SubmissionReport& submission : submissions) {
    if (report::passed(submission, strict)) {
      ++summary.passed;
    } else {
      ++summary.failed;
    }
    tally(submission.findings, summary);
  }
  for (const BatchEntry& entry : batch) {
    tally(entry.findings, summary);
    if (!report::passed(std::span<const core::Finding>(entry.findings), strict)) {
      ++summary.batches_failed;
    }
  }
  summary.run_errors = static_cast<int>(errors.size());
  return summary;
}

bool Report::passed() const
{
  const bool submissions_pass =
      std::all_of(submissions.begin(), submissions.end(),
                  [this](const SubmissionReport& s) { return report::passed(s, strict); });
  const bool batch_passes = std::all_of(batch.begin(), batch.end(), [this](const BatchEntry& entry) {
    return report::passed(std::span<const core::Finding>(entry.findings), strict);
  });
  return submissions_pass && batch_passes && errors.empty();
}

std::optional<Format> parse_format(std::string_view name)
{
  if (name == "text") {
    return Format::text;
  }
  if (name == "json") {
    return Format::json;
  }
  if (name == "sarif") {
    return Format::sarif;
  }
  if (name == "junit") {
    return Format::junit;
  }
  if (name == "github") {
    return Format::github;
  }
  if (name == "html") {
    return Format::html;
  }
  return std::nullopt;
}

void write(Format format, std::ostream& out, const Report& report, const WriteOptions& options)
{
  switch (format) {
  case Format::text:
    write_text(out, report, options);
    return;
  case Format::json:
    write_json(out, report, options);
    return;
  case Format::sarif:
    write_sarif(out, report, options);
    return;
  case Format::junit:
    write_junit(out, report, options);
    return;
  case Format::github:
    write_github(out, report, options);
    return;
  case Format::html:
    write_html(out, report, options);
    return;
  }
}

} // namespace nominate::report

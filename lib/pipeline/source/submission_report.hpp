#pragma once

#include <nominate/check/check.hpp>
#include <nominate/folder/district.hpp>
#include <nominate/folder/load.hpp>
#include <nominate/pipeline/check_paths.hpp>
#include <nominate/report/report.hpp>

namespace nominate::pipeline::detail {

// The reference date for "at least two years", and where it came from (design.md, "The reference date"):
// --as-of, else nomination.yaml's as_of, else the nearest nominate.yaml's, else the rule set's (the date its
// notice names), else the rule set's deadline, else today.
struct ReferenceDate {
  core::Date date;
  std::string source; // "option", "config", "rules", "deadline", "today" (the JSON report's as_of_source)
  std::string config; // the config file that named it, when source is "config"
};
[[nodiscard]] ReferenceDate reference_date(const CheckRequest& request,
                                           const folder::LoadedSubmission& loaded);

// A registration table as the JSON report shows it: rows in 推介序号 order, values in column order.
[[nodiscard]] report::RegistrationEntry to_report(const folder::RegistrationFile& table);

// A loaded submission's part of the report before it is checked: everything but the findings (the
// materials as discovered, the fields as read, the reference date, the text lengths).
[[nodiscard]] report::SubmissionReport describe(const CheckRequest& request,
                                                const folder::LoadedSubmission& loaded);

// Checks one loaded submission and puts its findings, waived and sorted, into `out` (its describe()).
// `past_winners` and `past_nominees` are the district's lists (nominate.yaml's past_winners and
// past_nominees), empty when none is configured.
void add_findings(const CheckRequest& request, const folder::LoadedSubmission& loaded,
                  std::vector<folder::PastEntry> past_winners, std::vector<folder::PastEntry> past_nominees,
                  report::SubmissionReport& out);

} // namespace nominate::pipeline::detail

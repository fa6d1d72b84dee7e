#pragma once

#include <nominate/check/check.hpp>
#include <nominate/folder/district.hpp>
#include <nominate/folder/load.hpp>
#include <nominate/pipeline/check_paths.hpp>
#include <nominate/report/report.hpp>

namespace nominate::pipeline::detail {

// The reference date for "at least two years": --as-of, else the nearest nominate.yaml's, else the rule
// set's, else today.
[[nodiscard]] rules::Date reference_date(const CheckRequest& request, const folder::LoadedSubmission& loaded);

// A registration table as the JSON report shows it: rows in 推介序号 order, values in column order.
[[nodiscard]] report::RegistrationEntry to_report(const folder::RegistrationFile& table);

// Checks one loaded submission and turns it into its part of the report.
// `past_winners` is the district's list (nominate.yaml's past_winners), empty when none is configured.
[[nodiscard]] report::SubmissionReport check_one(const CheckRequest& request,
                                                 const folder::LoadedSubmission& loaded,
                                                 std::vector<folder::PastEntry> past_winners);

} // namespace nominate::pipeline::detail

#pragma once

#include <nominate/core/finding.hpp>
#include <nominate/folder/district.hpp>
#include <nominate/folder/load.hpp>
#include <nominate/folder/submission.hpp>
#include <nominate/rules/rule_set.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nominate::check {

struct CheckOptions {
  core::Date as_of; // the reference date for "at least two years": --as-of, else the rule set's as_of
  // For eligibility.past-winner (往年已获得…不再推介) and eligibility.past-nominee
  // (原则上不再推介往年参加过征集推介的).
  std::vector<folder::PastEntry> past_winners;
  std::vector<folder::PastEntry> past_nominees;
};

// Runs every check the rule set lists (and the material checks its `materials` imply) on one submission.
// Returns the findings, intake findings included, not yet waived or sorted.
[[nodiscard]] std::vector<core::Finding> check_submission(const folder::Submission& submission,
                                                          const rules::RuleSet& rule_set,
                                                          const CheckOptions& options);

// The checks over a district's submissions as a whole (design.md, "Rule identifiers"): batch.quota (more
// nominations of a kind than the zone allows), batch.duplicate (the same person or project twice),
// batch.registration and batch.order (the registration tables against the forms). Severities and clauses come
// from the submissions' rule set like every other rule's. With them, even without submissions, a finding for
// each table that could not be read (district.unreadable), its severity as read. Not yet waived or sorted;
// the district's other read findings (district.intake_findings: a table converted) are not included.
[[nodiscard]] std::vector<core::Finding>
check_district(const folder::District& district,
               std::span<const folder::LoadedSubmission* const> submissions);

// Marks findings that a waiver matches (same rule; same file or field where the waiver names one) as waived.
// A waiver without a reason, or without what the rule set's `waiver_requires` names (approved_by, date),
// does not apply and adds its own error finding (rule "waiver.invalid").
void apply_waivers(std::vector<core::Finding>& findings, const std::vector<folder::Waiver>& waivers,
                   const rules::WaiverRequirements& requirements = {});

// The rule ids whose check function a rule file's `checks:` entries run (the registry's dispatch table).
[[nodiscard]] std::vector<std::string_view> rules_with_check_functions();

// Sorts findings by (file, field, rule) — the report's order, whatever the number of jobs.
void sort_findings(std::vector<core::Finding>& findings);

} // namespace nominate::check

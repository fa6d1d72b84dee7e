// check_submission: the order in which a submission's findings are made. Sorting and waivers come after.

#include "checks.hpp"

#include <nominate/check/check.hpp>

namespace nominate::check {
namespace {

std::optional<std::string> role_of(const folder::Submission& submission, const std::string& file)
{
  for (const auto& material : submission.materials) {
    if (material.file == file) {
      return std::string(folder::to_string(material.role));
    }
  }
  return std::nullopt;
}

} // namespace

std::vector<core::Finding> check_submission(const folder::Submission& submission,
                                            const rules::RuleSet& rule_set, const CheckOptions& options)
{
  Findings out;
  const CheckContext context{submission, rule_set, options};

  // What reading the files found; a `checks` entry for the same rule sets its severity and clause.
  for (auto finding : submission.intake_findings) {
    auto role = finding.file.empty() ? std::nullopt : role_of(submission, finding.file);
    if (const auto* spec = override_for(rule_set, finding.rule, finding.field, role)) {
      finding.severity = spec->severity;
      if (!spec->clause.empty()) {
        finding.clause = spec->clause;
      }
    }
    out.push_back(std::move(finding));
  }
  check_read_errors(context, out);
  check_unreadable_media(context, out);
  check_material_counts(context, out);
  check_required_fields(context, out);
  check_field_formats(context, out);
  for (const auto& spec : rule_set.checks) {
    if (auto run = find_check(spec.rule)) {
      run(context, spec, out);
    }
  }
  return out;
}

} // namespace nominate::check

#include "submission_report.hpp"

#include <nominate/check/check.hpp>

namespace nominate::pipeline::detail {

ReferenceDate reference_date(const CheckRequest& request, const folder::LoadedSubmission& loaded)
{
  if (request.as_of) {
    return {*request.as_of, "option", {}};
  }
  if (loaded.submission.as_of) {
    const auto& where = loaded.submission.path;
    return {*loaded.submission.as_of, "config",
            (where == "/" ? "" : where + "/") + folder::k_submission_config_name};
  }
  for (const auto& district : loaded.district_configs) {
    if (district.as_of) {
      return {*district.as_of, "config", district.file.generic_string()};
    }
  }
  if (loaded.rule_set.as_of) {
    return {*loaded.rule_set.as_of, "rules", {}};
  }
  if (loaded.rule_set.deadline) {
    return {*loaded.rule_set.deadline, "deadline", {}};
  }
  return {request.today, "today", {}};
}

report::SubmissionReport check_one(const CheckRequest& request, const folder::LoadedSubmission& loaded,
                                   std::vector<folder::PastEntry> past_winners,
                                   std::vector<folder::PastEntry> past_nominees)
{
  const auto& submission = loaded.submission;
  const auto& rule_set = loaded.rule_set;
  check::CheckOptions options;
  auto reference = reference_date(request, loaded);
  options.as_of = reference.date;
  options.past_winners = std::move(past_winners);
  options.past_nominees = std::move(past_nominees);
  auto findings = check::check_submission(submission, rule_set, options);
  if (request.waivers == Waivers::apply) {
    check::apply_waivers(findings, submission.waivers);
  }
  check::sort_findings(findings);

  report::SubmissionReport out;
  out.path = submission.path;
  out.rules = rule_set.reference();
  out.rules_title = rule_set.title;
  out.as_of = core::to_iso(options.as_of);
  out.as_of_source = reference.source;
  out.as_of_config = reference.config;
  out.kind = rule_set.kind;
  out.title = submission.title;
  for (const auto& material : submission.materials) {
    out.materials.push_back({material.file, folder::to_string(material.role), material.decided_by,
                             material.type, material.facts});
  }
  for (const auto& field : rule_set.fields) {
    out.field_labels[field.id] = field.label;
    if (const auto* value = submission.field(field.id)) {
      out.fields.push_back({field.id, field.label, value->text, value->source, value->file, value->location});
    }
  }
  out.findings = std::move(findings);
  out.manual = rule_set.manual;
  if (rule_set.deadline) {
    out.deadline = core::to_iso(*rule_set.deadline);
    out.days_left = core::days_between(request.today, *rule_set.deadline);
  }
  return out;
}

report::RegistrationEntry to_report(const folder::RegistrationFile& loaded)
{
  const auto& table = loaded.table;
  report::RegistrationEntry entry{loaded.file, table.kind, table.sheet, {}};
  for (const auto& row : table.rows) {
    report::RegistrationRow out_row{row.order, {}};
    for (const auto& header : table.headers) {
      auto value = row.values.find(header);
      out_row.values.emplace_back(header, value == row.values.end() ? "" : value->second);
    }
    entry.rows.push_back(std::move(out_row));
  }
  return entry;
}

} // namespace nominate::pipeline::detail

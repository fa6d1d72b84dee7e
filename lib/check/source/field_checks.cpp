// field.required and field.format: driven by the rule set's `fields` (design.md, "Rule identifiers").

#include "checks.hpp"
#include "units.hpp"

#include <nominate/text/date.hpp>
#include <nominate/text/formats.hpp>
#include <nominate/text/hints.hpp>
#include <nominate/text/normalize.hpp>
#include <nominate/text/participants.hpp>

#include <algorithm>
#include <functional>

namespace nominate::check {
namespace {

// The form could not be read at all (absent, damaged, encrypted, an unconverted .doc): material.missing or
// material.unreadable already says so, and twenty "field empty" findings would only bury it.
bool form_unavailable(const folder::Submission& submission)
{
  if (!submission.fields.empty()) {
    return false;
  }
  auto forms = submission.with_role(folder::Role::form);
  return std::ranges::all_of(forms, [&](const folder::Material* form) {
    return std::ranges::any_of(submission.intake_findings, [&](const core::Finding& finding) {
      return finding.file == form->file && finding.severity == core::Severity::error;
    });
  });
}

std::string form_file(const folder::Submission& submission)
{
  auto forms = submission.with_role(folder::Role::form);
  return forms.empty() ? std::string() : forms.front()->file;
}

// The finding for a field-driven rule: severity and clause from the FieldSpec, unless a `checks` entry for
// the same rule (and field) overrides them.
core::Finding field_rule_finding(const CheckContext& context, const rules::FieldSpec& spec,
                                 std::string_view rule, core::Severity severity, std::string message_id)
{
  core::Finding finding;
  finding.rule = std::string(rule);
  finding.severity = severity;
  finding.clause = spec.clause;
  finding.message_id = std::move(message_id);
  if (const auto* check = override_for(context.rule_set, rule, spec.id, std::nullopt)) {
    finding.severity = check->severity;
    if (!check->clause.empty()) {
      finding.clause = check->clause;
    }
  }
  finding.field = spec.id;
  finding.args["field"] = spec.id;
  finding.args["label"] = spec.label.empty() ? spec.id : spec.label;
  if (const auto* value = context.submission.field(spec.id)) {
    finding.file = value->file;
    finding.location = value->location;
  } else {
    finding.file = form_file(context.submission);
  }
  return finding;
}

std::vector<std::string> split_any(std::string_view text, const std::vector<std::string_view>& separators)
{
  std::vector<std::string> parts;
  std::string current;
  std::size_t i = 0;
  while (i < text.size()) {
    auto separator =
        std::ranges::find_if(separators, [&](std::string_view s) { return text.substr(i).starts_with(s); });
    if (separator != separators.end()) {
      parts.push_back(text::trim(current));
      current.clear();
      i += separator->size();
      continue;
    }
    current += text[i];
    ++i;
  }
  parts.push_back(text::trim(current));
  std::erase_if(parts, [](const std::string& part) { return part.empty(); });
  return parts;
}

// A contact field may hold two numbers ("010-62345678、13912345678"): each must be valid.
bool every_part(std::string_view value, const std::function<bool(std::string_view)>& valid)
{
  if (valid(value)) {
    return true;
  }
  auto parts = split_any(value, {"、", ",", "，", ";", "；", "/", "／"});
  if (parts.size() < 2) {
    parts = split_any(value, {" ", "\t", "\u3000"});
  }
  return parts.size() >= 2 &&
         std::ranges::all_of(parts, [&](const std::string& part) { return valid(part); });
}

bool valid_format(std::string_view format, std::string_view value)
{
  if (format == "mobile") {
    return every_part(value, [](std::string_view part) { return text::is_mobile(part); });
  }
  if (format == "phone") {
    return every_part(value, [](std::string_view part) { return text::is_phone(part); });
  }
  if (format == "email") {
    return every_part(value, [](std::string_view part) { return text::is_email(part); });
  }
  if (format == "date") {
    return text::parse_date(value).has_value();
  }
  if (format == "gender") {
    return text::canonical_gender(value).has_value();
  }
  if (format == "ethnicity") {
    return text::canonical_ethnicity(value).has_value();
  }
  if (format == "political_status") {
    return text::canonical_political_status(value).has_value();
  }
  if (format == "education") {
    return text::canonical_education(value).has_value();
  }
  if (format == "period") {
    return text::parse_period(value).has_value();
  }
  if (format == "participants") {
    return !text::parse_participants(value).empty();
  }
  return true; // a format this engine does not know: the rule loader refuses it, so nothing to say here
}

// What a valid value looks like, language-neutral (Finding::expected).
std::string expected_for(std::string_view format)
{
  if (format == "mobile") {
    return "1[3-9]XXXXXXXXX";
  }
  if (format == "phone") {
    return "0XX-XXXXXXXX / 1XXXXXXXXXX";
  }
  if (format == "email") {
    return "name@example.com";
  }
  if (format == "date") {
    return "YYYY年M月 / YYYY.MM";
  }
  if (format == "gender") {
    return "男 / 女";
  }
  if (format == "ethnicity") {
    return "GB 3304: 汉族, 回族, …";
  }
  if (format == "political_status") {
    return "GB/T 4762: 中共党员, 群众, …";
  }
  if (format == "education") {
    return "博士研究生 / 硕士研究生 / 大学本科 / 大学专科 / 中专 / 高中 / 初中 / 小学";
  }
  if (format == "period") {
    return "YYYY年M月至今 / YYYY.MM—YYYY.MM";
  }
  if (format == "participants") {
    return "年均线下 N 人次";
  }
  return std::string(format);
}

} // namespace

void check_required_fields(const CheckContext& context, Findings& out)
{
  if (form_unavailable(context.submission)) {
    return;
  }
  for (const auto& spec : context.rule_set.fields) {
    if (!spec.required) {
      continue;
    }
    const auto* value = context.submission.field(spec.id);
    if (value == nullptr || text::is_blank(value->text)) {
      auto finding =
          field_rule_finding(context, spec, "field.required", spec.required_severity, "field.required.empty");
      finding.actual = "";
      out.push_back(std::move(finding));
      continue;
    }
    auto stripped = text::strip_hints(value->text, spec.hints);
    if (stripped.only_hint) {
      auto finding = field_rule_finding(context, spec, "field.required", spec.required_severity,
                                        "field.required.hint-only");
      finding.args["hint"] = join(stripped.removed, " ");
      finding.actual = shorten(text::trim(value->text));
      out.push_back(std::move(finding));
    }
  }
}

void check_field_formats(const CheckContext& context, Findings& out)
{
  for (const auto& spec : context.rule_set.fields) {
    if (!spec.format) {
      continue;
    }
    const auto* value = context.submission.field(spec.id);
    if (value == nullptr) {
      continue;
    }
    auto content = field_content(context.rule_set, *value);
    if (content.empty() || valid_format(*spec.format, content)) {
      continue;
    }
    auto finding = field_rule_finding(context, spec, "field.format", spec.format_severity,
                                      "field.format." + *spec.format);
    finding.args["value"] = shorten(content);
    finding.expected = expected_for(*spec.format);
    finding.actual = shorten(content);
    out.push_back(std::move(finding));
  }
}

} // namespace nominate::check

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
#include <optional>
#include <string>

namespace nominate::check {
namespace {

// The form could not be read at all (absent, damaged, encrypted, an unconverted .doc): material.missing or
// the form's read error already says so, and twenty "field empty" findings would only bury it.
bool form_unavailable(const folder::Submission& submission)
{
  if (!submission.fields.empty()) {
    return false;
  }
  auto forms = submission.with_role(folder::Role::form);
  return std::ranges::all_of(forms,
                             [](const folder::Material* form) { return form->read_error.has_value(); });
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
  finding.args["label"] = field_label(context.rule_set, spec.id);
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

// The numbers of a contact field that holds two ("010-62345678、13912345678"); one part when it holds one.
std::vector<std::string> contact_parts(std::string_view value)
{
  auto parts = split_any(value, {"、", ",", "，", ";", "；", "/", "／", "\n"});
  if (parts.size() < 2) {
    parts = split_any(value, {" ", "\t", "\u3000"});
  }
  return parts;
}

// A contact field may hold two numbers: each must be valid.
bool every_part(std::string_view value, const std::function<bool(std::string_view)>& valid)
{
  if (valid(value)) {
    return true;
  }
  auto parts = contact_parts(value);
  return parts.size() >= 2 &&
         std::ranges::all_of(parts, [&](const std::string& part) { return valid(part); });
}

// What a contact field holds beside its numbers: an e-mail address (附表4 asks for 电话和邮箱) or the person
// to ask for (张老师 13912345678): no digit, at most ten characters.
bool contact_extra(std::string_view part)
{
  if (text::is_email(part)) {
    return true;
  }
  return std::ranges::none_of(part, [](char c) { return c >= '0' && c <= '9'; }) &&
         part.size() <= 30; // ten characters of three bytes
}

// Phone numbers, each valid, with perhaps an e-mail address or a name beside them; `valid` says which
// numbers are wanted, and one of them must be there.
bool phones_with_extras(std::string_view value, const std::function<bool(std::string_view)>& valid)
{
  if (every_part(value, valid)) {
    return true;
  }
  auto parts = contact_parts(value);
  return parts.size() >= 2 &&
         std::ranges::any_of(parts, [&](const std::string& part) { return valid(part); }) &&
         std::ranges::all_of(
             parts, [&](const std::string& part) { return text::is_phone(part) || contact_extra(part); });
}

// A mobile asked for: given, also beside a landline in one 联系电话 ("010-62345678、13912345678").
bool holds_mobile(std::string_view value)
{
  return phones_with_extras(value, [](std::string_view part) { return text::is_mobile(part); });
}

bool valid_format(rules::FieldFormat format, std::string_view value)
{
  using enum rules::FieldFormat;
  switch (format) {
  case mobile:
    return holds_mobile(value);
  case phone:
    return phones_with_extras(value, [](std::string_view part) { return text::is_phone(part); });
  case email:
    return every_part(value, [](std::string_view part) { return text::is_email(part); });
  case date:
    return text::parse_date(value).has_value();
  case gender:
    return text::canonical_gender(value).has_value();
  case ethnicity:
    return text::canonical_ethnicity(value).has_value();
  case political_status:
    return text::canonical_political_status(value).has_value();
  case education:
    return text::canonical_education(value).has_value();
  case period:
    return text::parse_period(value).has_value();
  case participants:
    return !text::parse_participants(value).empty();
  }
  return true;
}

// What a valid value looks like, language-neutral (Finding::expected).
std::string_view expected_for(rules::FieldFormat format)
{
  using enum rules::FieldFormat;
  switch (format) {
  case mobile:
    return "1[3-9]XXXXXXXXX";
  case phone:
    return "0XX-XXXXXXXX / 1XXXXXXXXXX";
  case email:
    return "name@example.com";
  case date:
    return "YYYY年M月 / YYYY.MM";
  case gender:
    return "男 / 女";
  case ethnicity:
    return "GB 3304: 汉族, 回族, …";
  case political_status:
    return "GB/T 4762: 中共党员, 群众, …";
  case education:
    return "博士研究生 / 硕士研究生 / 大学本科 / 大学专科 / 中专 / 高中 / 初中 / 小学";
  case period:
    return "YYYY年M月至今 / YYYY.MM—YYYY.MM";
  case participants:
    return "年均线下 N 人次";
  }
  return "";
}

// Whether the form was read and gave fields: a field absent then is a label not found on it, not an empty
// field (issue 15: 出生日期 where the rule set expects 出生年月).
bool form_was_read(const folder::Submission& submission)
{
  return std::ranges::any_of(submission.fields,
                             [](const auto& entry) { return entry.second.source == "form"; });
}

// The nominee's age in whole years on `as_of`, from a birth date that may lack its month or day: with
// `latest`, the youngest age it can be (born at the end of the month or year), else the oldest. A missing
// part never makes someone too young or too old.
int age_on(const text::PartialDate& birth, const core::Date& as_of, text::Rounding rounding)
{
  bool latest = rounding == text::Rounding::latest;
  int age = as_of.year - birth.year;
  int month = birth.month.value_or(latest ? 12 : 1);
  int day = birth.day.value_or(latest ? 31 : 1);
  if (month > as_of.month || (month == as_of.month && day > as_of.day)) {
    --age;
  }
  return age;
}

constexpr int k_youngest = 16;
constexpr int k_oldest = 110;

// A birth date in the future, or a nominee under 16 or over 110 on the reference date: a typing slip
// (1996 for 1969, this year for the birth year) that no format check catches. `content` is read as a date;
// `shown` is what the form says (they differ for a two-digit year read in full).
void check_birth_plausible(const CheckContext& context, const rules::FieldSpec& spec,
                           const std::string& content, const std::string& shown, Findings& out)
{
  auto birth = text::parse_date(content);
  if (!birth) {
    return;
  }
  const auto& as_of = context.options.as_of;
  text::PartialDate reference{as_of.year, as_of.month, as_of.day};
  text::PartialDate earliest{birth->year, birth->month.value_or(1), birth->day.value_or(1)};
  bool future = earliest > reference;
  int oldest_age = age_on(*birth, as_of, text::Rounding::earliest);
  int youngest_age = age_on(*birth, as_of, text::Rounding::latest);
  if (!future && oldest_age >= k_youngest && youngest_age <= k_oldest) {
    return;
  }
  int age = oldest_age < k_youngest ? oldest_age : youngest_age;
  auto finding = field_rule_finding(context, spec, "field.format", spec.format_severity,
                                    future ? "field.format.birth-future" : "field.format.birth-age");
  finding.args["value"] = shorten(shown);
  finding.args["as_of"] = core::to_iso(as_of);
  finding.args["age"] = std::to_string(age);
  finding.expected =
      "age " + std::to_string(k_youngest) + "–" + std::to_string(k_oldest) + " on " + core::to_iso(as_of);
  finding.actual = future ? "born after " + core::to_iso(as_of) : "age " + std::to_string(age);
  out.push_back(std::move(finding));
}

// A date whose year has two digits ("57年4月", "85.3", fullwidth "５７年４月"), as people write it by hand:
// the date with its year in full — 20YY when that is not after `latest_year`, else 19YY — or nullopt when
// the text is no such date. A reader takes it the same way, so the check says how it was read rather than
// refusing it.
std::optional<std::string> with_full_year(const std::string& content, int latest_year)
{
  const auto trimmed = text::to_halfwidth(text::trim(content));
  const auto digit = [&](std::size_t i) {
    return i < trimmed.size() && trimmed[i] >= '0' && trimmed[i] <= '9';
  };
  if (!digit(0) || !digit(1) || digit(2) || trimmed.size() < 3) {
    return std::nullopt;
  }
  const int year = (trimmed[0] - '0') * 10 + (trimmed[1] - '0');
  const int century = 2000 + year <= latest_year ? 20 : 19;
  auto full = std::to_string(century) + trimmed;
  if (!text::parse_date(full)) {
    return std::nullopt;
  }
  return full;
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
    if (value == nullptr && form_was_read(context.submission)) {
      auto finding = field_rule_finding(context, spec, "field.required", spec.required_severity,
                                        "field.required.not-on-form");
      std::vector<std::string> labels{spec.label};
      labels.insert(labels.end(), spec.aliases.begin(), spec.aliases.end());
      finding.args["labels"] = join(labels, "、");
      const auto& unknown = context.submission.unknown_form_labels;
      finding.args["found"] = unknown.empty() ? std::string("—") : join(unknown, "、");
      finding.actual = "";
      out.push_back(std::move(finding));
      continue;
    }
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
    // An optional field answered 无 or ／ (no e-mail, no landline) is filled as the template asks. A
    // participants figure answered so is eligibility.participants.none's, where the rule set checks it: one
    // finding for one fault.
    const bool participants_judged =
        *spec.format == rules::FieldFormat::participants &&
        std::ranges::any_of(context.rule_set.checks, [](const rules::CheckSpec& check) {
          return check.rule == "eligibility.participants";
        });
    if (content.empty() || ((!spec.required || participants_judged) && text::says_none(content))) {
      continue;
    }
    // A date other than the birth date may say it began then (参加工作时间: 1985年7月参加工作, 1985.07—).
    const bool start_date = *spec.format == rules::FieldFormat::date && spec.id != "birth" &&
                            text::parse_start_date(content).has_value();
    if (start_date || valid_format(*spec.format, content)) {
      if (spec.id == "birth" && *spec.format == rules::FieldFormat::date) {
        check_birth_plausible(context, spec, content, content, out);
      }
      continue;
    }
    if (*spec.format == rules::FieldFormat::date) {
      // A nominee is at least 16: a birth year's 20YY only up to the reference year less 16 ("22年" is 1922).
      const bool birth = spec.id == "birth";
      const int latest_year = context.options.as_of.year - (birth ? k_youngest : 0);
      if (auto full = with_full_year(content, latest_year)) {
        auto finding =
            field_rule_finding(context, spec, "field.format", at_most_warning(spec.format_severity),
                               "field.format.date-short-year");
        finding.args["value"] = shorten(content);
        finding.args["full"] = *full;
        finding.expected = "a year of four digits";
        finding.actual = shorten(content);
        out.push_back(std::move(finding));
        if (birth) {
          check_birth_plausible(context, spec, *full, content, out);
        }
        continue;
      }
    }
    // A landline where a mobile is asked: the form's 联系电话 (one line for any number) holds a valid number
    // of the other kind. Whether the nominee has a mobile at all is a person's question: a warning.
    const bool landline =
        *spec.format == rules::FieldFormat::mobile && valid_format(rules::FieldFormat::phone, content);
    auto finding =
        field_rule_finding(context, spec, "field.format",
                           landline ? at_most_warning(spec.format_severity) : spec.format_severity,
                           landline ? std::string("field.format.mobile-landline")
                                    : "field.format." + std::string(rules::to_string(*spec.format)));
    finding.args["value"] = shorten(content);
    finding.expected = std::string(expected_for(*spec.format));
    finding.actual = shorten(content);
    out.push_back(std::move(finding));
  }
}

} // namespace nominate::check

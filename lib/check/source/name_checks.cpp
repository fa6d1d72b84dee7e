// Names: a project named as its unit (二(二)2(3) 不以单位或院校名称上报), and nominees on the district's
// lists of earlier winners (往年已获得…的人员和项目不再推介) and nominees
// (原则上不再推介往年参加过征集推介的).

#include "checks.hpp"
#include "units.hpp"

#include <nominate/text/count.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <array>

namespace nominate::check {
namespace {

// A name as compared, as everywhere names are (text::comparable_name): halfwidth, without quotes, book-title
// marks or white space, the dot of a minority's name one.
std::string comparable(std::string_view name)
{
  return text::comparable_name(name);
}

std::size_t length(std::string_view text)
{
  return text::count_characters(text).non_space;
}

// The text inside the first pair of quotes or book-title marks: the project's own name in
// `XX社区学院“乐龄课堂”`.
std::string quoted_part(std::string_view name)
{
  constexpr std::array<std::pair<std::string_view, std::string_view>, 5> k_pairs{
      {{"“", "”"}, {"\"", "\""}, {"「", "」"}, {"《", "》"}, {"『", "』"}}};
  for (const auto& [open, close] : k_pairs) {
    auto start = name.find(open);
    if (start == std::string_view::npos) {
      continue;
    }
    start += open.size();
    auto end = name.find(close, start);
    if (end != std::string_view::npos && end > start) {
      return comparable(name.substr(start, end - start));
    }
  }
  return {};
}

std::optional<std::string_view> unit_suffix(std::string_view name)
{
  constexpr std::array<std::string_view, 5> k_suffixes{"学院", "中心", "学校", "大学", "协会"};
  for (auto suffix : k_suffixes) {
    if (name.ends_with(suffix)) {
      return suffix;
    }
  }
  return std::nullopt;
}

bool contains_either(const std::string& a, const std::string& b)
{
  return !a.empty() && !b.empty() && (a.find(b) != std::string::npos || b.find(a) != std::string::npos);
}

// The nominee's name and unit: a person's (star) or a project's (brand) — whichever the form has.
struct NameAndUnit {
  const folder::FieldValue* name = nullptr;
  std::string unit;
};

NameAndUnit nominee(const CheckContext& context)
{
  NameAndUnit out;
  for (const char* id : {"name", "project_name"}) {
    if (const auto* value = context.submission.field(id);
        value != nullptr && !field_content(context.rule_set, *value).empty()) {
      out.name = value;
      break;
    }
  }
  for (const char* id : {"unit", "unit_position"}) {
    if (const auto* value = context.submission.field(id)) {
      out.unit = comparable(field_content(context.rule_set, *value));
      if (!out.unit.empty()) {
        break;
      }
    }
  }
  return out;
}

// The message ids for a match of name and unit, and of the name only.
struct MatchIds {
  std::string_view full;
  std::string_view name_only;
};

void check_against(const CheckContext& context, const rules::CheckSpec& spec,
                   const std::vector<folder::PastEntry>& list, MatchIds ids, Findings& out)
{
  auto who = nominee(context);
  if (who.name == nullptr || list.empty()) {
    return;
  }
  auto name = comparable(field_content(context.rule_set, *who.name));
  const folder::PastEntry* name_only = nullptr;
  for (const auto& entry : list) {
    if (comparable(entry.name) != name) {
      continue;
    }
    bool unit_matches = contains_either(comparable(entry.unit), who.unit);
    if (unit_matches || name_only == nullptr) {
      name_only = &entry;
    }
    if (unit_matches) {
      break;
    }
  }
  if (name_only == nullptr) {
    return;
  }
  bool full = contains_either(comparable(name_only->unit), who.unit);
  auto finding = field_finding(spec, *who.name, std::string(full ? ids.full : ids.name_only));
  if (!full) {
    finding.severity = at_most_warning(spec.severity); // a namesake is possible: a person should look
  }
  finding.args["name"] = name_only->name;
  finding.args["unit"] = name_only->unit.empty() ? "—" : name_only->unit;
  finding.args["year"] = name_only->year ? std::to_string(*name_only->year) : "—";
  finding.expected = "not listed";
  finding.actual = name_only->name + (name_only->unit.empty() ? "" : " / " + name_only->unit) +
                   (name_only->year ? " (" + std::to_string(*name_only->year) + ")" : "");
  out.push_back(std::move(finding));
}

} // namespace

void check_project_name(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  const auto* value = target_field(context, spec);
  if (value == nullptr) {
    return;
  }
  auto raw = field_content(context.rule_set, *value);
  auto name = comparable(raw);
  if (name.empty()) {
    return;
  }
  std::string unit;
  std::string unit_raw;
  if (auto unit_field = spec.string("unit_field")) {
    if (const auto* unit_value = context.submission.field(*unit_field)) {
      unit_raw = field_content(context.rule_set, *unit_value);
      unit = comparable(unit_raw);
    }
  }
  auto make = [&](std::string message_id) {
    auto finding = field_finding(spec, *value, std::move(message_id));
    finding.args["name"] = raw;
    finding.args["unit"] = unit_raw.empty() ? "—" : unit_raw;
    finding.expected = "a project's own name";
    finding.actual = raw;
    return finding;
  };
  if (!unit.empty() && name == unit) {
    out.push_back(make("eligibility.project-name.same-as-unit"));
    return;
  }
  auto quoted = quoted_part(raw);
  if (!quoted.empty() && quoted != unit && !unit_suffix(quoted)) {
    return; // XX社区学院“乐龄课堂”: the quoted part is the project's own name
  }
  if (!unit.empty() && contains_either(name, unit)) {
    auto shorter = std::min(length(name), length(unit));
    auto longer = std::max(length(name), length(unit));
    if (longer > 0 && static_cast<double>(shorter) / static_cast<double>(longer) >= 0.8) {
      out.push_back(make("eligibility.project-name.like-unit"));
      return;
    }
  }
  if (auto suffix = unit_suffix(name)) {
    auto finding = make("eligibility.project-name.unit-suffix");
    finding.severity = at_most_warning(spec.severity); // a name that only resembles a unit's
    finding.args["suffix"] = std::string(*suffix);
    out.push_back(std::move(finding));
  }
}

void check_past_winner(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  check_against(context, spec, context.options.past_winners,
                {"eligibility.past-winner.match", "eligibility.past-winner.name-only"}, out);
}

void check_past_nominee(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  check_against(context, spec, context.options.past_nominees,
                {"eligibility.past-nominee.match", "eligibility.past-nominee.name-only"}, out);
}

} // namespace nominate::check

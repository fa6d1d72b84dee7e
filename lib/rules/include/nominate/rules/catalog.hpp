#pragma once

#include <nominate/core/finding.hpp>
#include <nominate/core/language.hpp>
#include <nominate/rules/rule_set.hpp>

#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace nominate::rules {

// Every rule id of design.md's table as data: what it checks and how to fix it, written for a district
// clerk (zh and en), and the parameters a rule file may give it. Validation (load.hpp) and `nominate
// explain` read this; the checks read the same parameter names from CheckSpec::params.

enum class ParamType { integer, number, string, strings, flag };

[[nodiscard]] std::string_view to_string(ParamType type); // "integer", "number", "string", "strings", "flag"

// What a check entry names: a field (`field: deeds`), a material (`material: video`), either, or nothing.
enum class Target { field, material, field_or_material, none };

// What makes a rule run. `checks`: only when a rule file lists it. `fields` / `materials`: implied by the
// rule set's fields / materials (a checks entry may still override severity and clause). `intake`: found
// while reading the files. `batch`: over a district folder. `waivers`: about a waiver itself.
enum class Trigger { checks, fields, materials, intake, batch, waivers };

struct ParamInfo {
  std::string_view name;
  ParamType type = ParamType::integer;
  core::LocalText meaning;
  std::optional<Param> default_value; // filled in by the loader when the rule file leaves it out
  bool required = false;
  std::optional<double> minimum; // bounds of a number or integer, inclusive
  std::optional<double> maximum;
  std::vector<std::string_view> choices; // the values a string (or each of strings) may take; empty: any
  bool names_field = false;              // a string that must be a field id of the rule set
};

struct RuleInfo {
  std::string_view id;
  core::LocalText title;
  core::LocalText what; // what it checks, for `nominate explain`
  core::LocalText fix;  // how to fix it: first for a clerk with WPS/Word or a phone editor, then for IT staff
  std::vector<ParamInfo> params;
  Target target = Target::none;
  bool target_required = true;         // false: an entry without field/material applies to all
  std::vector<std::string_view> roles; // material roles it may name; empty: any role
  Trigger trigger = Trigger::checks;
  core::Severity severity = core::Severity::error; // the usual severity (design.md: notice wording)
  std::vector<std::pair<std::string_view, std::string_view>> ordered; // (min, max): first ≤ second
  std::vector<std::string_view> one_of; // at least one of these params must be given

  [[nodiscard]] const ParamInfo* param(std::string_view name) const;
};

// The rule with this id, or nullptr.
[[nodiscard]] const RuleInfo* find_rule(std::string_view id);
// The rule a finding's message id belongs to (photo.format.heic → photo.format), or a rule id itself; null
// when none.
[[nodiscard]] const RuleInfo* rule_of_message(std::string_view message_id);

// Every rule, in design.md's order, `waiver.invalid` last.
[[nodiscard]] std::span<const RuleInfo> all_rules();

// The material roles a rule set may declare: form, id_photo, photo, video, summary, scan.
[[nodiscard]] std::span<const std::string_view> material_roles();

// The formats a field may require: mobile, phone, email, date, gender, ethnicity, political_status,
// education, period, participants.
[[nodiscard]] std::span<const std::string_view> field_formats();

} // namespace nominate::rules

#pragma once

#include <nominate/check/check.hpp>
#include <nominate/core/finding.hpp>
#include <nominate/folder/submission.hpp>
#include <nominate/rules/rule_set.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// What every check function sees and the helpers they share. Private to lib/check.
namespace nominate::check {

using Findings = std::vector<core::Finding>;

struct CheckContext {
  const folder::Submission& submission;
  const rules::RuleSet& rule_set;
  const CheckOptions& options;
};

// One check kind: reads its CheckSpec's params and appends what it finds. A check whose field or material is
// absent appends nothing (material.missing and field.required report absence).
using CheckFunction = void (*)(const CheckContext& context, const rules::CheckSpec& spec, Findings& out);

// A finding whose rule, severity and clause come from the rule file's entry — never from the code.
[[nodiscard]] core::Finding make_finding(const rules::CheckSpec& spec, std::string message_id);
[[nodiscard]] core::Finding material_finding(const rules::CheckSpec& spec, const folder::Material& material,
                                             std::string message_id);
[[nodiscard]] core::Finding field_finding(const rules::CheckSpec& spec, const folder::FieldValue& value,
                                          std::string message_id);

// A heuristic (a profile, an unclear figure, a Han-only count) never fails a submission on its own:
// the rule's severity, lowered to warning at most (design.md, "Severity").
[[nodiscard]] core::Severity at_most_warning(core::Severity severity);

// "photo" → Role::photo; nullopt for a role the folder reader does not know.
[[nodiscard]] std::optional<folder::Role> parse_role(std::string_view role);

// The materials a check's `material` names; empty when it names none or none is present.
[[nodiscard]] std::vector<const folder::Material*> target_materials(const CheckContext& context,
                                                                    const rules::CheckSpec& spec);

// The field value a check's `field` names, when the submission has it.
[[nodiscard]] const folder::FieldValue* target_field(const CheckContext& context,
                                                     const rules::CheckSpec& spec);

// The label printed on the form for a field id ("deeds" → "主要事迹和成效"), with the label of the field it
// follows for one with `after` ("filler_phone" → "填表人联系电话"); the id when the rule set has none.
[[nodiscard]] std::string field_label(const rules::RuleSet& rule_set, const std::string& field_id);

// A field's content without the template's hints and surrounding space; empty when it holds nothing else.
[[nodiscard]] std::string field_content(const rules::RuleSet& rule_set, const folder::FieldValue& value);

// A number parameter as the rule file gives it, else the rules catalogue's default (a CheckSpec built by
// hand — a test's, a library user's — gets the same thresholds as a loaded one); 0 when neither has one.
[[nodiscard]] double number_param(const rules::CheckSpec& spec, const std::string& name);

// The CheckSpec the rule set gives for `rule` on this field or material, or one without a target; nullptr
// when none (used to let a `checks` entry override the severity and clause of field- and material-driven
// findings).
[[nodiscard]] const rules::CheckSpec* override_for(const rules::RuleSet& rule_set, std::string_view rule,
                                                   const std::optional<std::string>& field,
                                                   const std::optional<std::string>& material);

} // namespace nominate::check

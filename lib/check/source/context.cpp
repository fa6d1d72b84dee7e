#include "context.hpp"

#include <nominate/rules/catalog.hpp>
#include <nominate/text/hints.hpp>
#include <nominate/text/normalize.hpp>

#include <array>
#include <utility>

namespace nominate::check {

core::Finding make_finding(const rules::CheckSpec& spec, std::string message_id)
{
  core::Finding finding;
  finding.rule = spec.rule;
  finding.severity = spec.severity;
  finding.clause = spec.clause;
  finding.message_id = std::move(message_id);
  return finding;
}

core::Finding material_finding(const rules::CheckSpec& spec, const folder::Material& material,
                               std::string message_id)
{
  auto finding = make_finding(spec, std::move(message_id));
  finding.file = material.file;
  finding.args["file"] = material.file;
  return finding;
}

core::Finding field_finding(const rules::CheckSpec& spec, const folder::FieldValue& value,
                            std::string message_id)
{
  auto finding = make_finding(spec, std::move(message_id));
  finding.file = value.file;
  finding.field = value.id;
  finding.location = value.location;
  finding.args["field"] = value.id;
  if (value.from_appendix) {
    finding.args["part"] = "appendix"; // the location is the appendix's first paragraph: say so
  } else if (value.source == "attachment") {
    finding.args["part"] = "attachment"; // the file is the attached document, not the form: say so
  }
  return finding;
}

core::Severity at_most_warning(core::Severity severity)
{
  return severity == core::Severity::error ? core::Severity::warning : severity;
}

std::optional<folder::Role> parse_role(std::string_view role)
{
  static constexpr std::array k_roles{folder::Role::form,   folder::Role::id_photo, folder::Role::photo,
                                      folder::Role::video,  folder::Role::summary,  folder::Role::scan,
                                      folder::Role::config, folder::Role::other};
  for (auto candidate : k_roles) {
    if (role == folder::to_string(candidate)) {
      return candidate;
    }
  }
  return std::nullopt;
}

std::vector<const folder::Material*> target_materials(const CheckContext& context,
                                                      const rules::CheckSpec& spec)
{
  if (!spec.material) {
    return {};
  }
  auto role = parse_role(*spec.material);
  if (!role) {
    return {};
  }
  return context.submission.with_role(*role);
}

const folder::FieldValue* target_field(const CheckContext& context, const rules::CheckSpec& spec)
{
  if (!spec.field) {
    return nullptr;
  }
  return context.submission.field(*spec.field);
}

std::string field_label(const rules::RuleSet& rule_set, const std::string& field_id)
{
  const auto* spec = rule_set.field(field_id);
  if (spec == nullptr || spec->label.empty()) {
    return field_id;
  }
  // A label the form prints twice is told apart by the label it follows: 填表人联系电话.
  if (spec->after) {
    if (const auto* after = rule_set.field(*spec->after); after != nullptr && !after->label.empty()) {
      return after->label + spec->label;
    }
  }
  return spec->label;
}

std::string field_content(const rules::RuleSet& rule_set, const folder::FieldValue& value)
{
  const auto* spec = rule_set.field(value.id);
  static const std::vector<std::string> k_no_hints;
  const auto& hints = spec == nullptr ? k_no_hints : spec->hints;
  auto stripped = text::strip_hints(value.text, hints);
  if (stripped.only_hint) {
    return {};
  }
  return text::trim(stripped.text);
}

const rules::CheckSpec* override_for(const rules::RuleSet& rule_set, std::string_view rule,
                                     const std::optional<std::string>& field,
                                     const std::optional<std::string>& material)
{
  const rules::CheckSpec* general = nullptr;
  for (const auto& spec : rule_set.checks) {
    if (spec.rule != rule) {
      continue;
    }
    if (!spec.field && !spec.material) {
      general = general == nullptr ? &spec : general;
      continue;
    }
    if ((spec.field && spec.field == field) || (spec.material && spec.material == material)) {
      return &spec;
    }
  }
  return general;
}

double number_param(const rules::CheckSpec& spec, const std::string& name)
{
  if (auto value = spec.number(name)) {
    return *value;
  }
  const auto* rule = rules::find_rule(spec.rule);
  const auto* info = rule != nullptr ? rule->param(name) : nullptr;
  rules::CheckSpec defaults;
  if (info != nullptr && info->default_value) {
    defaults.params[name] = *info->default_value;
  }
  return defaults.number(name).value_or(0);
}

} // namespace nominate::check

// One entry of `checks:` → CheckSpec, validated against the catalogue: a known rule id, a target the rule
// takes, and only that rule's parameters, each of its type and within its bounds.
#include "draft.hpp"
#include "schema.hpp"

#include <nominate/core/display_name.hpp>
#include <nominate/rules/catalog.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <sstream>

namespace nominate::rules::detail {

namespace {

using yaml::Node;

constexpr std::array<std::string_view, 6> k_check_keys{"rule",     "field",  "material",
                                                       "severity", "clause", "disabled"};

std::string format_number(double value)
{
  std::ostringstream out;
  out << value;
  return out.str();
}

std::string join(const std::vector<std::string_view>& words)
{
  std::string out;
  for (const auto word : words) {
    out += (out.empty() ? "" : ", ") + std::string{word};
  }
  return out;
}

core::Result<const RuleInfo*> read_rule(const Schema& schema, const Node& node)
{
  const Node* rule = node.find("rule");
  if (rule == nullptr) {
    return schema.fail(node, "a check needs a 'rule' (a rule id such as text.length)");
  }
  std::string id;
  NOMINATE_TRY_ASSIGN(id, schema.text(*rule, "rule"));
  if (const RuleInfo* info = find_rule(id)) {
    return info;
  }
  std::vector<std::string_view> ids;
  for (const auto& info : all_rules()) {
    ids.push_back(info.id);
  }
  const std::string best = nearest(id, ids);
  return schema.fail(*rule, "unknown rule '" + id + "'" +
                                (best.empty() ? std::string{"; `nominate explain` lists the rules"}
                                              : " (did you mean '" + best + "'?)"));
}

core::Result<Param> read_param(const Schema& schema, const ParamInfo& info, const Node& node)
{
  const std::string name{info.name};
  Param param;
  double numeric = 0;
  switch (info.type) {
  case ParamType::integer: {
    std::int64_t value = 0;
    NOMINATE_TRY_ASSIGN(value, schema.integer(node, name));
    param = value;
    numeric = static_cast<double>(value);
    break;
  }
  case ParamType::number: {
    double value = 0;
    NOMINATE_TRY_ASSIGN(value, schema.number(node, name));
    param = value;
    numeric = value;
    break;
  }
  case ParamType::flag: {
    bool value = false;
    NOMINATE_TRY_ASSIGN(value, schema.flag(node, name));
    return Param{value};
  }
  case ParamType::string:
  case ParamType::strings: {
    std::vector<std::string> values;
    if (info.type == ParamType::string) {
      std::string value;
      NOMINATE_TRY_ASSIGN(value, schema.text(node, name));
      values.push_back(value);
      param = value;
    } else {
      NOMINATE_TRY_ASSIGN(values, schema.texts(node, name));
      if (values.empty()) {
        return schema.fail(node, "'" + name + "' must name at least one value");
      }
      param = values;
    }
    if (!info.choices.empty()) {
      for (const auto& value : values) {
        if (std::ranges::find(info.choices, value) == info.choices.end()) {
          return schema.fail(node, "'" + name + "' cannot be '" + core::quote_excerpt(value) + "'" +
                                       suggestion(value, info.choices));
        }
      }
    }
    return param;
  }
  }
  if (info.minimum && numeric < *info.minimum) {
    return schema.fail(node, "'" + name + "' must be at least " + format_number(*info.minimum) + ", not " +
                                 format_number(numeric));
  }
  if (info.maximum && numeric > *info.maximum) {
    return schema.fail(node, "'" + name + "' must be between " + format_number(info.minimum.value_or(0)) +
                                 " and " + format_number(*info.maximum) + ", not " + format_number(numeric));
  }
  return param;
}

// The field/material a check names must be what its rule applies to.
core::Result<void> check_target(const Schema& schema, const Node& node, const RuleInfo& info,
                                const Entry<CheckSpec>& entry)
{
  const CheckSpec& check = entry.spec;
  const std::string rule{info.id};
  const Node* field = node.find("field");
  const Node* material = node.find("material");
  switch (info.target) {
  case Target::none:
    if (field != nullptr || material != nullptr) {
      return schema.fail(field != nullptr ? field->key_position : material->key_position,
                         "rule " + rule + " applies to the whole submission or batch; remove '" +
                             (field != nullptr ? "field" : "material") + "'");
    }
    return {};
  case Target::field:
    if (material != nullptr) {
      return schema.fail(material->key_position,
                         "rule " + rule + " applies to a field; name it with 'field:'");
    }
    if (!check.field && info.target_required && !entry.disabled) {
      return schema.fail(node, "rule " + rule + " needs 'field': the field it checks");
    }
    return {};
  case Target::material:
    if (field != nullptr) {
      return schema.fail(field->key_position,
                         "rule " + rule + " applies to a material; name it with 'material:'");
    }
    if (!check.material && info.target_required && !entry.disabled) {
      return schema.fail(node,
                         "rule " + rule + " needs 'material': the role it checks (" + join(info.roles) + ")");
    }
    break;
  case Target::field_or_material:
    if (field != nullptr && material != nullptr) {
      return schema.fail(material->key_position, "rule " + rule + " checks a field or a material, not both");
    }
    if (field == nullptr && material == nullptr && !entry.disabled) {
      return schema.fail(node, "rule " + rule + " needs 'field' or 'material'");
    }
    break;
  }
  if (material != nullptr && !info.roles.empty() &&
      std::ranges::find(info.roles, *check.material) == info.roles.end()) {
    return schema.fail(*material, "rule " + rule + " checks the " + join(info.roles) + " material, not '" +
                                      *check.material + "'");
  }
  return {};
}

// Required parameters, at-least-one-of groups and ordered pairs (min ≤ max).
core::Result<void> check_bounds(const Schema& schema, const Node& node, const RuleInfo& info,
                                const Entry<CheckSpec>& entry)
{
  const CheckSpec& check = entry.spec;
  const std::string rule{info.id};
  for (const auto& param : info.params) {
    if (param.required && !check.params.contains(std::string{param.name})) {
      return schema.fail(node,
                         "rule " + rule + " needs '" + std::string{param.name} + "': " + param.meaning.en);
    }
  }
  if (!info.one_of.empty() && std::ranges::none_of(info.one_of, [&](std::string_view name) {
        return check.params.contains(std::string{name});
      })) {
    return schema.fail(node, "rule " + rule + " needs at least one of: " + join(info.one_of));
  }
  for (const auto& [low, high] : info.ordered) {
    const auto low_value = check.number(std::string{low});
    const auto high_value = check.number(std::string{high});
    if (low_value && high_value && *low_value > *high_value) {
      return schema.fail(entry.at.at(std::string{high}),
                         "'" + std::string{high} + "' (" + format_number(*high_value) + ") is less than '" +
                             std::string{low} + "' (" + format_number(*low_value) + "): no value can pass");
    }
  }
  return {};
}

} // namespace

std::string identity(const CheckSpec& check)
{
  std::string out = check.rule;
  if (check.field) {
    out += " field=" + *check.field;
  }
  if (check.material) {
    out += " material=" + *check.material;
  }
  return out;
}

core::Result<Entry<CheckSpec>> read_check(const yaml::Node& node, const std::filesystem::path& file)
{
  const Schema schema{file};
  if (!node.is_map()) {
    return schema.fail(node, "a check must be a mapping of keys, not " + describe_value(node));
  }
  const RuleInfo* info = nullptr;
  NOMINATE_TRY_ASSIGN(info, read_rule(schema, node));
  Entry<CheckSpec> entry;
  entry.file = file;
  entry.position = node.position;
  CheckSpec& check = entry.spec;
  check.rule = std::string{info->id};
  check.severity = info->severity;
  check.line = node.position.line;

  std::vector<std::string_view> known{k_check_keys.begin(), k_check_keys.end()};
  for (const auto& param : info->params) {
    known.push_back(param.name);
  }
  for (const auto& [key, value] : node.entries) {
    entry.at[key] = where(value);
    if (std::ranges::find(known, key) != known.end()) {
      continue;
    }
    const std::string best = nearest(key, known);
    const std::string hint = best.empty() ? "" : " (did you mean '" + best + "'?)";
    if (info->params.empty()) {
      return schema.fail(value.key_position, "unknown key '" + key + "' in a check" + hint + "; rule " +
                                                 check.rule + " takes no parameters");
    }
    std::vector<std::string_view> names;
    for (const auto& param : info->params) {
      names.push_back(param.name);
    }
    return schema.fail(value.key_position, "unknown parameter '" + key + "' for rule " + check.rule + hint +
                                               "; its parameters are: " + join(names));
  }

  if (const Node* v = node.find("disabled")) {
    NOMINATE_TRY_ASSIGN(entry.disabled, schema.flag(*v, "disabled"));
  }
  if (const Node* v = node.find("field")) {
    NOMINATE_TRY_ASSIGN(check.field, schema.text(*v, "field"));
  }
  if (const Node* v = node.find("material")) {
    NOMINATE_TRY_ASSIGN(check.material, schema.text(*v, "material"));
    if (std::ranges::find(material_roles(), *check.material) == material_roles().end()) {
      return schema.fail(*v, "unknown material role '" + *check.material + "'" +
                                 suggestion(*check.material, material_roles()));
    }
  }
  NOMINATE_TRY(check_target(schema, node, *info, entry));
  if (const Node* v = node.find("severity")) {
    NOMINATE_TRY_ASSIGN(check.severity, schema.severity(*v, "severity"));
  }
  if (const Node* v = node.find("clause")) {
    NOMINATE_TRY_ASSIGN(check.clause, schema.text(*v, "clause"));
  }
  for (const auto& param : info->params) {
    if (const Node* v = node.find(param.name)) {
      NOMINATE_TRY_ASSIGN(check.params[std::string{param.name}], read_param(schema, param, *v));
    }
  }
  if (!entry.disabled) {
    NOMINATE_TRY(check_bounds(schema, node, *info, entry));
  }
  return entry;
}

} // namespace nominate::rules::detail

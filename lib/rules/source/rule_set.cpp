#include <nominate/rules/rule_set.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string_view>

namespace nominate::rules {

namespace {

// A label as written on a form or a table header, made comparable: white space removed anywhere (templates
// pad "姓  名"), ASCII brackets read as their fullwidth twins, and a trailing colon dropped.
std::string normalise_label(std::string_view label)
{
  std::string out;
  out.reserve(label.size());
  std::size_t i = 0;
  while (i < label.size()) {
    const auto rest = label.substr(i);
    if (rest.starts_with("\u3000") || rest.starts_with("\u00a0")) { // ideographic and no-break space
      i += rest.starts_with("\u3000") ? 3 : 2;
      continue;
    }
    const char c = label[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++i;
      continue;
    }
    if (c == '(') {
      out += "（";
    } else if (c == ')') {
      out += "）";
    } else {
      out += c;
    }
    ++i;
  }
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view colon : {std::string_view{"："}, std::string_view{":"}}) {
      if (std::string_view{out}.ends_with(colon)) {
        out.resize(out.size() - colon.size());
        trimmed = true;
      }
    }
  }
  return out;
}

} // namespace

std::optional<std::int64_t> CheckSpec::integer(const std::string& key) const
{
  const auto it = params.find(key);
  if (it == params.end()) {
    return std::nullopt;
  }
  if (const auto* value = std::get_if<std::int64_t>(&it->second)) {
    return *value;
  }
  return std::nullopt;
}

std::optional<double> CheckSpec::number(const std::string& key) const
{
  const auto it = params.find(key);
  if (it == params.end()) {
    return std::nullopt;
  }
  if (const auto* value = std::get_if<double>(&it->second)) {
    return *value;
  }
  if (const auto* value = std::get_if<std::int64_t>(&it->second)) {
    return static_cast<double>(*value);
  }
  return std::nullopt;
}

std::optional<std::string> CheckSpec::string(const std::string& key) const
{
  const auto it = params.find(key);
  if (it == params.end()) {
    return std::nullopt;
  }
  if (const auto* value = std::get_if<std::string>(&it->second)) {
    return *value;
  }
  return std::nullopt;
}

std::vector<std::string> CheckSpec::strings(const std::string& key) const
{
  const auto it = params.find(key);
  if (it == params.end()) {
    return {};
  }
  if (const auto* value = std::get_if<std::vector<std::string>>(&it->second)) {
    return *value;
  }
  if (const auto* value = std::get_if<std::string>(&it->second)) { // a single string is a list of one
    return {*value};
  }
  return {};
}

bool CheckSpec::flag(const std::string& key, bool fallback) const
{
  const auto it = params.find(key);
  if (it == params.end()) {
    return fallback;
  }
  if (const auto* value = std::get_if<bool>(&it->second)) {
    return *value;
  }
  return fallback;
}

const FieldSpec* RuleSet::field(const std::string& field_id) const
{
  const auto it = std::ranges::find(fields, field_id, &FieldSpec::id);
  return it == fields.end() ? nullptr : &*it;
}

const MaterialSpec* RuleSet::material(const std::string& role) const
{
  const auto it = std::ranges::find(materials, role, &MaterialSpec::role);
  return it == materials.end() ? nullptr : &*it;
}

const FieldSpec* RuleSet::field_by_label(const std::string& label, const std::string& previous) const
{
  const std::string wanted = normalise_label(label);
  if (wanted.empty()) {
    return nullptr;
  }
  const auto names = [&](const FieldSpec& spec, const std::string& text) {
    const std::string normalised = normalise_label(text);
    return normalised == normalise_label(spec.label) ||
           std::ranges::any_of(
               spec.aliases, [&](const std::string& alias) { return normalise_label(alias) == normalised; });
  };
  // 联系电话 after 填表人 is the filler's; elsewhere it is not.
  const auto applies = [&](const FieldSpec& spec) {
    if (!spec.after) {
      return true;
    }
    const FieldSpec* before = field(*spec.after);
    return before != nullptr && !previous.empty() && names(*before, previous);
  };
  // A field that follows another on its line is taken first, by its label or an alias: 电话 after 填表人 is
  // the filler's, though the nominee's 电话 has that label.
  for (const auto& spec : fields) {
    if (spec.after && applies(spec) && names(spec, label)) {
      return &spec;
    }
  }
  for (const auto& spec : fields) {
    if (normalise_label(spec.label) == wanted && applies(spec)) {
      return &spec;
    }
  }
  for (const auto& spec : fields) {
    if (applies(spec) && std::ranges::any_of(spec.aliases, [&](const std::string& alias) {
          return normalise_label(alias) == wanted;
        })) {
      return &spec;
    }
  }
  return nullptr;
}

std::vector<const FieldSpec*> RuleSet::fields_for_column(const std::string& column) const
{
  std::vector<const FieldSpec*> out;
  const std::string wanted = normalise_label(column);
  if (wanted.empty()) {
    return out;
  }
  const auto matches = [&](const std::string& text) { return normalise_label(text) == wanted; };
  for (const auto& spec : fields) {
    if (!spec.after && (matches(spec.label) || std::ranges::any_of(spec.aliases, matches) ||
                        std::ranges::any_of(spec.columns, matches))) {
      out.push_back(&spec);
    }
  }
  return out;
}

} // namespace nominate::rules

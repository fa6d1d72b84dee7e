#include "catalog_data.hpp"

#include <nominate/rules/catalog.hpp>

#include <algorithm>
#include <array>
#include <iterator>

namespace nominate::rules {

namespace {

const std::vector<RuleInfo>& catalogue()
{
  static const std::vector<RuleInfo> rules = [] {
    std::vector<RuleInfo> all = detail::material_and_text_rules();
    std::ranges::move(detail::media_rules(), std::back_inserter(all));
    std::ranges::move(detail::eligibility_rules(), std::back_inserter(all));
    // The content rules before waiver.invalid, which stays last.
    auto content = detail::content_rules();
    all.insert(all.end() - 1, std::make_move_iterator(content.begin()),
               std::make_move_iterator(content.end()));
    // package.* before waiver.invalid, which stays last.
    auto packages = detail::package_rules();
    all.insert(all.end() - 1, std::make_move_iterator(packages.begin()),
               std::make_move_iterator(packages.end()));
    return all;
  }();
  return rules;
}

constexpr std::array<std::string_view, 6> k_roles{"form", "id_photo", "photo", "video", "summary", "scan"};

// The names of FieldFormat's values, in its order.
constexpr std::array<std::string_view, 10> k_formats{
    "mobile",           "phone",     "email",  "date",        "gender", "ethnicity",
    "political_status", "education", "period", "participants"};

} // namespace

std::string_view to_string(ParamType type)
{
  switch (type) {
  case ParamType::integer:
    return "integer";
  case ParamType::number:
    return "number";
  case ParamType::string:
    return "string";
  case ParamType::strings:
    return "strings";
  case ParamType::flag:
    return "flag";
  }
  return "string";
}

const ParamInfo* RuleInfo::param(std::string_view name) const
{
  const auto it = std::ranges::find(params, name, &ParamInfo::name);
  return it == params.end() ? nullptr : &*it;
}

const RuleInfo* find_rule(std::string_view id)
{
  const auto& rules = catalogue();
  const auto it = std::ranges::find(rules, id, &RuleInfo::id);
  return it == rules.end() ? nullptr : &*it;
}

const RuleInfo* rule_of_message(std::string_view message_id)
{
  for (auto id = message_id; !id.empty();) {
    if (const auto* rule = find_rule(id)) {
      return rule;
    }
    const auto dot = id.rfind('.');
    id = dot == std::string_view::npos ? std::string_view() : id.substr(0, dot);
  }
  return nullptr;
}

std::span<const RuleInfo> all_rules()
{
  return catalogue();
}

std::span<const std::string_view> material_roles()
{
  return k_roles;
}

std::span<const std::string_view> field_formats()
{
  return k_formats;
}

// k_formats is in FieldFormat's order.
std::string_view to_string(FieldFormat format)
{
  return k_formats.at(static_cast<std::size_t>(format));
}

std::optional<FieldFormat> parse_field_format(std::string_view name)
{
  auto found = std::ranges::find(k_formats, name);
  if (found == k_formats.end()) {
    return std::nullopt;
  }
  return static_cast<FieldFormat>(found - k_formats.begin());
}

} // namespace nominate::rules

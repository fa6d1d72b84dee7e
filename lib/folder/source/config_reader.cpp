#include "config_reader.hpp"

#include <nominate/core/display_name.hpp>
#include <nominate/rules/catalog.hpp>

#include <algorithm>

namespace nominate::folder::detail {

namespace {

// Levenshtein distance over bytes: enough to suggest `fields` for `feilds`.
std::size_t edit_distance(std::string_view a, std::string_view b)
{
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) {
    row[j] = j;
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

} // namespace

core::Error ConfigReader::error_at(const yaml::Node& node, std::string message) const
{
  // An empty value has no place of its own: point at its key.
  auto position = node.is_null() && node.key_position.line > 0 ? node.key_position : node.position;
  return core::Error{core::ErrorCode::invalid_config, std::move(message), m_file, position};
}

core::Error ConfigReader::error_at(const yaml::Node& node, std::string message, std::string reason,
                                   const std::string& subject, const std::string& also) const
{
  auto error = error_at(node, std::move(message));
  error.reason = std::move(reason);
  error.subject = core::quote_excerpt(subject);
  error.also = core::quote_excerpt(also);
  return error;
}

core::Result<void> ConfigReader::only_keys(const yaml::Node& map,
                                           std::initializer_list<std::string_view> known) const
{
  if (map.kind != yaml::Node::Kind::map) {
    return std::unexpected(error_at(map, "expected a mapping of keys to values"));
  }
  for (const auto& [key, value] : map.entries) {
    if (std::find(known.begin(), known.end(), key) != known.end()) {
      continue;
    }
    std::string message = "unknown key '" + key + "'";
    std::string_view nearest;
    std::size_t best = 3;
    for (auto candidate : known) {
      auto distance = edit_distance(key, candidate);
      if (distance < best) {
        best = distance;
        nearest = candidate;
      }
    }
    if (!nearest.empty()) {
      message += " (did you mean '" + std::string(nearest) + "'?)";
    }
    auto error = error_at(value, message, nearest.empty() ? "config-unknown-key" : "config-unknown-key-near",
                          key, std::string(nearest));
    if (value.key_position.line > 0) {
      error.position =
          value.key_position; // the unknown key's line, not its value's (a block may start below)
    }
    return std::unexpected(error);
  }
  return {};
}

core::Result<std::string> ConfigReader::scalar(const yaml::Node& node, std::string_view key) const
{
  if (node.kind != yaml::Node::Kind::scalar) {
    return std::unexpected(
        error_at(node, "'" + std::string(key) + "' must be a single value, not a list or mapping",
                 "config-not-single", std::string(key)));
  }
  return node.scalar;
}

core::Result<bool> ConfigReader::boolean(const yaml::Node& node, std::string_view key) const
{
  auto text = scalar(node, key);
  if (!text) {
    return std::unexpected(text.error());
  }
  if (auto flag = yaml::as_bool(node)) {
    return *flag; // true, True, TRUE, false, …
  }
  if (*text == "true" || *text == "yes" || *text == "是") {
    return true;
  }
  if (*text == "false" || *text == "no" || *text == "否") {
    return false;
  }
  return std::unexpected(error_at(
      node, "'" + std::string(key) + "' must be true or false, not '" + core::quote_excerpt(*text) + "'",
      "config-not-boolean", std::string(key), *text));
}

core::Result<std::vector<Waiver>> ConfigReader::waivers(const yaml::Node& node) const
{
  if (node.kind != yaml::Node::Kind::sequence) {
    return std::unexpected(
        error_at(node, "'waivers' must be a list of {rule, file or field, reason, approved_by, date}"));
  }
  std::vector<Waiver> out;
  for (const auto& item : node.items) {
    if (auto known = only_keys(item, {"rule", "file", "field", "reason", "approved_by", "date"}); !known) {
      return std::unexpected(known.error());
    }
    Waiver waiver;
    waiver.source = m_file.filename().string();
    waiver.line = item.position.line;
    for (const auto& [key, value] : item.entries) {
      auto text = scalar(value, key);
      if (!text) {
        return std::unexpected(text.error());
      }
      if (key == "rule") {
        waiver.rule = *text;
      } else if (key == "file") {
        waiver.file = *text;
      } else if (key == "field") {
        waiver.field = *text;
      } else if (key == "reason") {
        waiver.reason = *text;
      } else if (key == "approved_by") {
        waiver.approved_by = *text;
      } else {
        waiver.date = *text;
      }
    }
    if (waiver.rule.empty()) {
      return std::unexpected(error_at(item, "a waiver needs 'rule': the rule id it waives"));
    }
    // A waiver for a rule that does not exist (`video.frame-rat`) would silently waive nothing.
    if (rules::find_rule(waiver.rule) == nullptr) {
      std::string message = "a waiver names rule '" + waiver.rule + "', which does not exist";
      std::string_view nearest;
      std::size_t best = std::max<std::size_t>(4, waiver.rule.size() / 3);
      for (const auto& rule : rules::all_rules()) {
        auto distance = edit_distance(waiver.rule, rule.id);
        if (distance < best) {
          best = distance;
          nearest = rule.id;
        }
      }
      message += nearest.empty() ? std::string("; `nominate explain --list` lists the rule ids")
                                 : " (did you mean '" + std::string(nearest) + "'?)";
      const auto* rule_node = item.find("rule");
      return std::unexpected(error_at(rule_node != nullptr ? *rule_node : item, message,
                                      nearest.empty() ? "waiver-rule-unknown" : "waiver-rule-near",
                                      waiver.rule, std::string(nearest)));
    }
    out.push_back(std::move(waiver));
  }
  return out;
}

} // namespace nominate::folder::detail

#include "schema.hpp"

#include <nominate/core/display_name.hpp>

#include <climits>

#include <algorithm>
#include <chrono>
#include <numeric>

namespace nominate::rules::detail {

namespace {

// Levenshtein distance over bytes (keys and rule ids are ASCII).
std::size_t distance(std::string_view a, std::string_view b)
{
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string join(std::span<const std::string_view> words)
{
  std::string out;
  for (const auto word : words) {
    if (!out.empty()) {
      out += ", ";
    }
    out += word;
  }
  return out;
}

} // namespace

core::TextPosition where(const yaml::Node& node)
{
  if (node.is_null() && node.key_position.line > 0) {
    return node.key_position;
  }
  return node.position;
}

std::string nearest(std::string_view word, std::span<const std::string_view> candidates)
{
  std::string best;
  std::size_t best_distance = SIZE_MAX;
  for (const auto candidate : candidates) {
    const std::size_t d = distance(word, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  const std::size_t allowed = std::max<std::size_t>(2, word.size() / 3);
  return best_distance <= allowed && best_distance < word.size() ? best : std::string{};
}

std::string suggestion(std::string_view word, std::span<const std::string_view> candidates)
{
  const std::string best = nearest(word, candidates);
  if (!best.empty()) {
    return " (did you mean '" + best + "'?)";
  }
  return "; expected one of: " + join(candidates);
}

std::string describe_value(const yaml::Node& node)
{
  if (node.is_scalar()) {
    return "text '" + core::quote_excerpt(node.scalar) + "'"; // a file's text is never quoted whole
  }
  return std::string{yaml::describe(node.kind)};
}

std::unexpected<core::Error> Schema::fail(core::TextPosition position, std::string message) const
{
  return core::fail(core::ErrorCode::invalid_rules, std::move(message), m_file, position);
}

std::unexpected<core::Error> Schema::fail(const yaml::Node& node, std::string message) const
{
  return fail(where(node), std::move(message));
}

core::Result<void> Schema::expect_map(const yaml::Node& node, std::span<const std::string_view> known,
                                      std::string_view what) const
{
  if (!node.is_map()) {
    return fail(node, std::string{what} + " must be a mapping of keys, not " + describe_value(node));
  }
  for (const auto& [key, value] : node.entries) {
    if (std::ranges::find(known, key) == known.end()) {
      return fail(value.key_position,
                  "unknown key '" + key + "' in " + std::string{what} + suggestion(key, known));
    }
  }
  return {};
}

core::Result<void> Schema::expect_sequence(const yaml::Node& node, std::string_view key) const
{
  if (!node.is_sequence()) {
    return fail(node, "'" + std::string{key} + "' must be a list, not " + describe_value(node));
  }
  return {};
}

core::Result<std::string> Schema::text(const yaml::Node& node, std::string_view key) const
{
  if (!node.is_scalar()) {
    return fail(node, "'" + std::string{key} + "' must be text, not " + describe_value(node));
  }
  return node.scalar;
}

core::Result<std::vector<std::string>> Schema::texts(const yaml::Node& node, std::string_view key) const
{
  if (node.is_scalar()) {
    return std::vector<std::string>{node.scalar};
  }
  if (!node.is_sequence()) {
    return fail(node, "'" + std::string{key} + "' must be a list of texts, not " + describe_value(node));
  }
  std::vector<std::string> out;
  for (const auto& item : node.items) {
    if (!item.is_scalar()) {
      return fail(item, "each item of '" + std::string{key} + "' must be text, not " + describe_value(item));
    }
    out.push_back(item.scalar);
  }
  return out;
}

core::Result<bool> Schema::flag(const yaml::Node& node, std::string_view key) const
{
  if (const auto value = yaml::as_bool(node)) {
    return *value;
  }
  return fail(node, "'" + std::string{key} + "' must be true or false, not " + describe_value(node));
}

core::Result<std::int64_t> Schema::integer(const yaml::Node& node, std::string_view key) const
{
  if (const auto value = yaml::as_integer(node)) {
    return *value;
  }
  return fail(node, "'" + std::string{key} + "' must be a whole number, not " + describe_value(node));
}

core::Result<double> Schema::number(const yaml::Node& node, std::string_view key) const
{
  if (const auto value = yaml::as_number(node)) {
    return *value;
  }
  return fail(node, "'" + std::string{key} + "' must be a number, not " + describe_value(node));
}

core::Result<int> Schema::count(const yaml::Node& node, std::string_view key) const
{
  const auto value = integer(node, key);
  if (!value) {
    return std::unexpected(value.error());
  }
  if (*value < 0 || *value > INT_MAX) {
    return fail(node, "'" + std::string{key} + "' must be 0 or more, not " + std::to_string(*value));
  }
  return static_cast<int>(*value);
}

core::Result<core::Severity> Schema::severity(const yaml::Node& node, std::string_view key) const
{
  const auto value = text(node, key);
  if (!value) {
    return std::unexpected(value.error());
  }
  if (*value == "error") {
    return core::Severity::error;
  }
  if (*value == "warning") {
    return core::Severity::warning;
  }
  if (*value == "info") {
    return core::Severity::info;
  }
  return fail(node, "'" + std::string{key} + "' must be error, warning or info, not '" +
                        core::quote_excerpt(*value) + "'");
}

core::Result<core::Date> Schema::date(const yaml::Node& node, std::string_view key) const
{
  const auto value = text(node, key);
  if (!value) {
    return std::unexpected(value.error());
  }
  if (auto parsed = core::parse_date(*value, core::DateSyntax::iso)) {
    return *parsed;
  }
  return fail(node, "'" + std::string{key} + "' must be a date written YYYY-MM-DD, not '" +
                        core::quote_excerpt(*value) + "'");
}

} // namespace nominate::rules::detail

#pragma once

#include <nominate/core/error.hpp>
#include <nominate/core/finding.hpp>
#include <nominate/rules/rule_set.hpp>
#include <nominate/yaml/node.hpp>

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nominate::rules::detail {

// Typed reading of a rule file's YAML nodes. Every failure is ErrorCode::invalid_rules with the file and
// the position of the offending key or value, and a plain message that names the key.
class Schema {
public:
  explicit Schema(const std::filesystem::path& file) : m_file(file) {}

  [[nodiscard]] const std::filesystem::path& file() const { return m_file; }

  // An invalid_rules error at `position`.
  [[nodiscard]] std::unexpected<core::Error> fail(core::TextPosition position, std::string message) const;
  // An invalid_rules error at `node` (its key when the value is empty).
  [[nodiscard]] std::unexpected<core::Error> fail(const yaml::Node& node, std::string message) const;

  // `node` must be a mapping whose keys are all `known`; an unknown key is reported at the key, with the
  // nearest known key as a suggestion. `what` names the mapping in messages ("a check").
  [[nodiscard]] core::Result<void> expect_map(const yaml::Node& node, std::span<const std::string_view> known,
                                              std::string_view what) const;
  [[nodiscard]] core::Result<void> expect_sequence(const yaml::Node& node, std::string_view key) const;

  [[nodiscard]] core::Result<std::string> text(const yaml::Node& node, std::string_view key) const;
  [[nodiscard]] core::Result<std::vector<std::string>> texts(const yaml::Node& node,
                                                             std::string_view key) const;
  [[nodiscard]] core::Result<bool> flag(const yaml::Node& node, std::string_view key) const;
  [[nodiscard]] core::Result<std::int64_t> integer(const yaml::Node& node, std::string_view key) const;
  [[nodiscard]] core::Result<double> number(const yaml::Node& node, std::string_view key) const;
  [[nodiscard]] core::Result<core::Severity> severity(const yaml::Node& node, std::string_view key) const;
  [[nodiscard]] core::Result<core::Date> date(const yaml::Node& node, std::string_view key) const;
  // A whole number ≥ 0 that fits an int (counts, quotas).
  [[nodiscard]] core::Result<int> count(const yaml::Node& node, std::string_view key) const;

private:
  const std::filesystem::path& m_file;
};

// Where a node is, for messages: its key's position when its value is empty.
[[nodiscard]] core::TextPosition where(const yaml::Node& node);

// The candidate closest to `word` by edit distance, when close enough to be a likely typo; else empty.
[[nodiscard]] std::string nearest(std::string_view word, std::span<const std::string_view> candidates);

// " (did you mean 'x'?)" or "; expected one of: a, b, c".
[[nodiscard]] std::string suggestion(std::string_view word, std::span<const std::string_view> candidates);

// "text 'abc'", "a list", "a mapping", "nothing": what a node is, for "must be X, not Y".
[[nodiscard]] std::string describe_value(const yaml::Node& node);

} // namespace nominate::rules::detail

// As ccache's TRY/TRY_ASSIGN: evaluate a core::Result and return its error from the enclosing function,
// else (TRY_ASSIGN) move its value into `target`. Private to the rules part.
#define NOMINATE_TRY(expression)                                                                             \
  do {                                                                                                       \
    auto try_result_ = (expression);                                                                         \
    if (!try_result_) {                                                                                      \
      return std::unexpected(std::move(try_result_.error()));                                                \
    }                                                                                                        \
  } while (false)

#define NOMINATE_TRY_ASSIGN(target, expression)                                                              \
  do {                                                                                                       \
    auto try_result_ = (expression);                                                                         \
    if (!try_result_) {                                                                                      \
      return std::unexpected(std::move(try_result_.error()));                                                \
    }                                                                                                        \
    (target) = std::move(*try_result_);                                                                      \
  } while (false)

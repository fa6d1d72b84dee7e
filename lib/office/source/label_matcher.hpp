#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nominate::office {

// One `label：value` pair found in running text.
struct LabelPair {
  std::string label; // the known label, as the caller gave it
  std::string value; // the text up to the next pair, trimmed
};

// Recognises a rule set's labels as templates print them: spaced out (`姓    名`), split over lines
// (`参加工作\n时    间`), in fullwidth or halfwidth, with a trailing colon, or followed by the template's
// parenthesised instruction (`品牌项目基本情况（包含项目主题…不少于1500字）`). Comparison is on
// text::normalize_label; the longest label wins (`联系电话` before `电话`).
class LabelMatcher {
public:
  explicit LabelMatcher(std::span<const std::string> known_labels);

  // The known label that `text` is, as a whole, or nullopt.
  [[nodiscard]] std::optional<std::string> match(std::string_view text) const;

  // The longest known label written somewhere in `text` (`附页：主要事迹和成效` → 主要事迹和成效), or
  // nullopt.
  [[nodiscard]] std::optional<std::string> find_in(std::string_view text) const;

  // The `label：value` pairs of `text`, when it starts with one (`电话：010-…  手机：…  邮箱：…`,
  // `填表人：王五    联系电话：…`); empty when it does not, so running prose that mentions a label
  // mid-sentence gives nothing. A common label that is none of the known ones (填表日期, 邮编, 传真, …)
  // followed by a colon ends the value before it and gives no pair: `联系电话：010-…  填表日期：…` is the
  // number alone. A note after a label is part of it: `手机（微信）：`, `手机（同微信）：`, `手机/微信：` are
  // 手机 (but `电话/手机：`, two fields' labels, is neither).
  [[nodiscard]] std::vector<LabelPair> pairs(std::string_view text) const;

  // Whether `text` opens with a label, known or a common line label (通讯地址, 邮编, 填表日期 …), and its
  // colon: a line of a contact cell, not prose.
  [[nodiscard]] bool opens_with_label(std::string_view text) const;

private:
  struct Known {
    std::string normalized;
    std::string label;
    bool ends_value_only = false; // a common line label (填表日期): it ends a value, is no field's
  };
  std::vector<Known> m_known; // longest normalized first
};

} // namespace nominate::office

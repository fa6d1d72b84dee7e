#include "label_matcher.hpp"
#include "utf8.hpp"

#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <array>

namespace nominate::office {

namespace {

// `text` as normalize_label compares it (white space out, fullwidth ASCII halfwidth), with the offset in
// `text` where each byte of the result came from.
struct Compact {
  std::string text;
  std::vector<std::size_t> origin;
};

// The compact form of `text`, or of its start only: up to the first `limit` bytes of the result (a few more
// where the last character is wide).
Compact compact(std::string_view text, std::size_t limit = std::string::npos)
{
  Compact out;
  std::size_t at = 0;
  while (at < text.size() && out.text.size() < limit) {
    auto [code, length] = decode_utf8(text, at);
    if (!text::is_space(code)) {
      std::string piece = text::to_halfwidth(text.substr(at, length));
      out.text += piece;
      out.origin.insert(out.origin.end(), piece.size(), at);
    }
    at += length;
  }
  return out;
}

// Labels forms print beside a field on the same line (`联系电话：…    填表日期：…`) that are no field of
// any rule set: followed by a colon, each ends the value before it, and gives no pair of its own.
// The date and the checker of the 填表人 line as other provinces print them (填表时间, 报送时间, 审核人) too.
constexpr std::array<std::string_view, 25> k_line_labels{
    "填表日期", "填报日期", "日期",     "邮编",     "邮政编码", "邮箱",   "电子邮箱", "手机",     "电话",
    "联系电话", "传真",     "联系人",   "地址",     "通讯地址", "微信",   "QQ",       "填表时间", "填报时间",
    "报送时间", "报送日期", "上报时间", "上报日期", "审核人",   "审批人", "制表人"};

bool parenthesised(std::string_view rest)
{
  return rest.size() >= 2 && rest.front() == '(' && rest.back() == ')';
}

// Where the label before the colon at `colon` of compact `text` ends: at the colon, or before a note the
// form adds to it — `手机(微信):`, `手机(同微信):`, `手机/微信:` (a bracket or an alternative of at most
// four characters).
std::size_t label_end(std::string_view text, std::size_t colon)
{
  constexpr std::size_t k_note_bytes = 24; // eight CJK characters
  const std::size_t from = colon > k_note_bytes ? colon - k_note_bytes : 0;
  const std::string_view before = text.substr(from, colon - from);
  if (before.ends_with(')')) {
    const auto open = before.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      return from + open;
    }
  }
  const auto slash = before.rfind('/');
  if (slash != std::string_view::npos && slash > 0 && before.size() - slash - 1 <= 12 &&
      before.size() - slash > 1) {
    return from + slash;
  }
  return colon;
}

} // namespace

LabelMatcher::LabelMatcher(std::span<const std::string> known_labels)
{
  for (const auto& label : known_labels) {
    std::string normalized = text::normalize_label(label);
    if (!normalized.empty()) {
      m_known.push_back(Known{std::move(normalized), label});
    }
  }
  for (std::string_view label : k_line_labels) {
    std::string normalized = text::normalize_label(label);
    if (std::ranges::none_of(m_known, [&](const Known& known) { return known.normalized == normalized; })) {
      m_known.push_back(Known{std::move(normalized), {}, true});
    }
  }
  std::stable_sort(m_known.begin(), m_known.end(),
                   [](const Known& a, const Known& b) { return a.normalized.size() > b.normalized.size(); });
}

std::optional<std::string> LabelMatcher::match(std::string_view text) const
{
  std::string normalized = text::normalize_label(text);
  if (normalized.empty()) {
    return std::nullopt;
  }
  for (const auto& known : m_known) {
    if (normalized == known.normalized && !known.ends_value_only) {
      return known.label;
    }
  }
  for (const auto& known : m_known) {
    if (!known.ends_value_only && normalized.starts_with(known.normalized) &&
        parenthesised(std::string_view(normalized).substr(known.normalized.size()))) {
      return known.label;
    }
  }
  return std::nullopt;
}

std::optional<std::string> LabelMatcher::find_in(std::string_view text) const
{
  std::string normalized = text::normalize_label(text);
  for (const auto& known : m_known) {
    if (!known.ends_value_only && normalized.find(known.normalized) != std::string::npos) {
      return known.label;
    }
  }
  return std::nullopt;
}

bool LabelMatcher::opens_with_label(std::string_view text) const
{
  const std::size_t longest = m_known.empty() ? 0 : m_known.front().normalized.size();
  const std::string start = compact(text, longest + 1).text;
  return std::ranges::any_of(m_known, [&](const Known& known) {
    return start.size() > known.normalized.size() && start.starts_with(known.normalized) &&
           start[known.normalized.size()] == ':';
  });
}

std::vector<LabelPair> LabelMatcher::pairs(std::string_view text) const
{
  struct Found {
    std::size_t label_start; // in `text`
    std::size_t value_start; // in `text`, after the colon
    const Known* known;
  };
  // Text that starts with a label has a colon right after it: where none is within the longest label's
  // length (running prose, the bulk of a form), there is no pair, and the rest is not squeezed.
  const std::size_t longest = m_known.empty() ? 0 : m_known.front().normalized.size();
  if (compact(text, longest + 25).text.find(':') == std::string::npos) {
    return {};
  }
  Compact squeezed = compact(text);
  std::vector<Found> found;
  std::size_t searched_to = 0; // compact offset: labels may not reach back into a previous label
  const auto known_at = [&](std::size_t stop) -> const Known* {
    for (const auto& known : m_known) {
      const std::size_t length = known.normalized.size();
      if (length <= stop && stop - length >= searched_to &&
          std::string_view(squeezed.text).substr(stop - length, length) == known.normalized) {
        return &known;
      }
    }
    return nullptr;
  };
  for (std::size_t colon = 0; colon < squeezed.text.size(); ++colon) {
    if (squeezed.text[colon] != ':') {
      continue;
    }
    // The label right before the colon first (出生年月（日）: is a label whole); else one with a note after
    // it (手机（微信）:). A note holds no digits (电话:010-62341287/88 手机: is two numbers, then 手机), and
    // `电话/手机:` names two fields, not 电话 with a note.
    std::size_t stop = colon;
    const Known* known = known_at(colon);
    // (A line label such as 微信 right before the colon may itself be the note: 手机/微信: is 手机.)
    if (known == nullptr || known->ends_value_only) {
      const std::size_t end = label_end(squeezed.text, colon);
      const auto note = std::string_view(squeezed.text).substr(end, colon - end);
      const bool digits = std::ranges::any_of(note, [](char c) { return c >= '0' && c <= '9'; });
      const bool two_fields =
          !note.empty() && note.front() == '/' && std::ranges::any_of(m_known, [&](const Known& other) {
            return !other.ends_value_only && other.normalized == note.substr(1);
          });
      const Known* noted = end < colon && !digits && !two_fields ? known_at(end) : nullptr;
      if (noted != nullptr) {
        known = noted;
        stop = end;
      }
    }
    if (known != nullptr) {
      const std::size_t length = known->normalized.size();
      if (found.empty() && stop - length != 0) {
        return {}; // the text does not start with a label
      }
      std::size_t colon_in_text = squeezed.origin[colon];
      found.push_back(Found{squeezed.origin[stop - length],
                            colon_in_text + decode_utf8(text, colon_in_text).length, known});
      searched_to = colon + 1;
    }
    if (found.empty()) {
      return {}; // a colon before any known label: not a label line
    }
  }
  std::vector<LabelPair> pairs;
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (found[i].known->ends_value_only) {
      continue;
    }
    std::size_t end = i + 1 < found.size() ? found[i + 1].label_start : text.size();
    std::size_t begin = std::min(found[i].value_start, end);
    pairs.push_back(LabelPair{found[i].known->label, text::trim(text.substr(begin, end - begin))});
  }
  return pairs;
}

} // namespace nominate::office

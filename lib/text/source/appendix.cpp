#include "utf8.hpp"

#include <nominate/text/appendix.hpp>
#include <nominate/text/hints.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

namespace nominate::text {

namespace {

// A reference is a few words and perhaps the name of what it refers to: `详见附件：王秀兰同志主要事迹材料`.
constexpr std::size_t k_max_reference_length = 40; // code points

constexpr std::array<std::string_view, 10> k_references{"附页", "附件",   "附后",   "后附",   "另附",
                                                        "附表", "见后页", "见下页", "附材料", "见附"};

// `见事迹材料`, `详见《王秀兰同志事迹》`, `请参见工作总结`: "see" and what is seen, with no 附 at all. Only
// at the start ("见" alone, after an opening bracket) or as a verb of its own (详见, 请见, 参见), so that
// `见义勇为` inside a short text is no reference.
constexpr std::array<std::string_view, 4> k_see{"详见", "请见", "参见", "另见"};
constexpr std::array<std::string_view, 9> k_seen{"材料", "事迹", "《",   "总结", "报告",
                                                 "文档", "另页", ".doc", "页"}; // 见第2页

bool says_see(const std::string& folded)
{
  std::string_view text = folded;
  for (std::string_view open : {"(", "（", "【", "["}) {
    if (text.starts_with(open)) {
      text.remove_prefix(open.size());
    }
  }
  bool see = text.starts_with("见") && !text.starts_with("见义") && !text.starts_with("见习");
  for (std::string_view word : k_see) {
    see = see || text.find(word) != std::string_view::npos;
  }
  if (!see) {
    return false;
  }
  for (std::string_view word : k_seen) {
    if (text.find(word) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

} // namespace

bool refers_to_appendix(std::string_view text)
{
  // Every reference word holds 附 or 见, and no code point but these two becomes either under NFC or the
  // folding below (checked over all of Unicode with Python's unicodedata); hints are cut out as whole code
  // points of valid UTF-8. So a valid text without both is no reference, and a long one is not normalised
  // only to learn so.
  if (is_valid_utf8(text) && text.find("附") == std::string_view::npos &&
      text.find("见") == std::string_view::npos) {
    return false;
  }
  const auto stripped = strip_hints(text);
  std::string folded = normalize_label(stripped.text);
  std::size_t length = 0;
  detail::for_each_code_point(folded, [&](const detail::Decoded&, std::size_t) { ++length; });
  if (length == 0) {
    // Only the template's hint, when the hint itself says the text may go on another page:
    // （不少于1500字，可另附页） left in the cell, the text after the form.
    return std::ranges::any_of(stripped.removed, [](const std::string& hint) {
      return std::ranges::any_of(std::array<std::string_view, 4>{"附页", "另附", "附后", "加页"},
                                 [&](std::string_view word) { return hint.find(word) != std::string::npos; });
    });
  }
  if (length > k_max_reference_length) {
    return false;
  }
  for (std::string_view word : k_references) {
    if (folded.find(word) != std::string::npos) {
      return true;
    }
  }
  return says_see(folded);
}

} // namespace nominate::text

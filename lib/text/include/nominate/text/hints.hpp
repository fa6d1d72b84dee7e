#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nominate::text {

// A field's text with the template's hints taken out.
struct StrippedText {
  std::string text;                 // what remains, trimmed
  bool only_hint = false;           // nothing but white space remains (and something was removed, or the
                                    // text was empty): the field counts as not filled
  std::vector<std::string> removed; // the pieces taken out, as they were written
};

// Removes from `text` the given template hints (matched with white space folded and fullwidth and halfwidth
// parentheses alike) and the debris a filled form keeps: parenthesised instructions with a length
// (（不少于1500字）, (200字左右), （2000字以内）), （盖章）, （签字）, （彩色照片）, and blank dates 年  月
// 日.
[[nodiscard]] StrippedText strip_hints(std::string_view text, std::span<const std::string> hints = {});

// True when `text` holds only white space (U+3000 and U+00A0 included) and fill-in lines (_ and ＿), or
// nothing.
[[nodiscard]] bool is_blank(std::string_view text);

// True when `text` says the field does not apply: 无, 暂无, 没有, 无此项, 不详, a dash or slash alone (/ - —
// ——), N/A, none. An optional field so filled is left unjudged; for a required one it is the answer given.
[[nodiscard]] bool says_none(std::string_view text);

} // namespace nominate::text

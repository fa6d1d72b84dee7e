#pragma once

#include <string>
#include <string_view>

namespace nominate::text {

// `text` without leading and trailing ASCII white space, U+3000 (ideographic space) and U+00A0.
[[nodiscard]] std::string trim(std::string_view text);

// Fullwidth ASCII (U+FF01–FF5E) mapped to ASCII, and U+3000 to a space; everything else unchanged.
[[nodiscard]] std::string to_halfwidth(std::string_view text);

// A form label in a form fit for comparison: all white space removed (U+3000, U+00A0, tabs, line breaks
// included) and what shows as nothing (core::is_invisible_format: U+200B, U+00AD …), fullwidth ASCII made
// halfwidth, a trailing colon (： or :) dropped, and a required-field mark before or after (* ＊ ★ ☆ ※). "姓
// 名" → "姓名", "*姓名：" → "姓名".
[[nodiscard]] std::string normalize_label(std::string_view text);

// `text` with the dot between the parts of a minority or foreign name (阿依古丽·买买提), as each keyboard and
// font types it — bullet •, katakana middle dot ・ and its halfwidth ･, hyphenation point ‧, operators ∙ ⋅,
// word separator ⸱, full stop . (a fullwidth ． once made halfwidth) — made the middle dot U+00B7.
[[nodiscard]] std::string fold_name_dots(std::string text);

// `text` without quotation and title marks (“” ‘’ " ' 「」 『』 《》 〈〉 ＂ ＇): a project's name typed with
// whichever its writer's keyboard gave (XX社区学院"乐龄课堂", XX社区学院“乐龄课堂”, XX社区学院《乐龄课堂》)
// compares equal.
[[nodiscard]] std::string drop_quotes(std::string text);

// A person's or a project's name as two of them are compared, wherever they are (the registration table and
// the form, two submissions of a district, the past-winner list): normalize_label's spaces and invisible
// characters aside, halfwidth, fold_name_dots, drop_quotes. 张 三 = 张三; XX社区学院"乐龄课堂" =
// XX社区学院“乐龄课堂”.
[[nodiscard]] std::string comparable_name(std::string_view name);

// Unicode NFC of `text`; invalid UTF-8 is returned unchanged.
[[nodiscard]] std::string nfc(std::string_view text);

// True when `text` is well-formed UTF-8.
[[nodiscard]] bool is_valid_utf8(std::string_view text);

// True for the white space the counting and the labels ignore: ASCII white space, line breaks, U+00A0,
// U+3000 and the other Unicode space separators.
[[nodiscard]] bool is_space(char32_t code_point);

} // namespace nominate::text

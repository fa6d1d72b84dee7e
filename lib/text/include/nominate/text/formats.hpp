#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nominate::text {

// A mainland mobile number: 11 digits 1[3-9]…, optionally +86 / 86 before, spaces or dashes between
// groups, fullwidth digits allowed.
[[nodiscard]] bool is_mobile(std::string_view text);

// A landline: an area code 0xx/0xxx and 7–8 digits, separated by -, a space or parentheses, optionally an
// extension (转123, -123); a bare 7–8 digit local number too.
[[nodiscard]] bool is_landline(std::string_view text);

// is_mobile or is_landline.
[[nodiscard]] bool is_phone(std::string_view text);

// A practical e-mail address: local@domain.tld in ASCII. A fullwidth ＠ or dot (WPS autocorrect) is not
// valid: the address would not work as typed.
[[nodiscard]] bool is_email(std::string_view text);

// 男/女/男性/女性 → 男/女. Here and in the lists below, a value of tick boxes (`□男 ☑女`, `男□ 女√`) is
// read as its one ticked option.
[[nodiscard]] std::optional<std::string> canonical_gender(std::string_view text);

// One of the 56 groups of GB 3304, full (蒙古族) or short (蒙古) → the full name; anything else → nullopt.
[[nodiscard]] std::optional<std::string> canonical_ethnicity(std::string_view text);

// A political status of GB/T 4762 in its full or a common short form (中共党员, 团员, 民盟盟员, 群众) →
// the full name.
[[nodiscard]] std::optional<std::string> canonical_political_status(std::string_view text);

// An education level (博士研究生, 硕士研究生, 大学本科, 大学专科, 中等专科, 高中, 初中, 小学) from its usual
// forms (博士, 本科, 大专, 中专, 技校, …; 在读 and the like → the level).
[[nodiscard]] std::optional<std::string> canonical_education(std::string_view text);

} // namespace nominate::text

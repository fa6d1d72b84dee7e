#pragma once

#include <nominate/core/error.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace nominate::pack {

// Longest entry path kept in a package, in UTF-16 code units as Windows counts them: well under the 260 of
// MAX_PATH, leaving room for the folder a user unpacks into.
inline constexpr std::size_t k_max_entry_path = 160;

// One path component (a file or folder name) made safe on every archiver and on Windows, deterministically:
// NFC; each of <>:"/\|?* and each control character → `_`; trailing dots and spaces dropped; a reserved
// device name (CON, PRN, AUX, NUL, COM1–9, LPT1–9, with or without an extension, any case) gets a leading
// `_`; an empty result becomes `_`. A name that is not valid UTF-8 is an error (it cannot be made safe
// without guessing its encoding).
[[nodiscard]] core::Result<std::string> safe_component(std::string_view name);

// A '/'-separated relative path, each component made safe. When the whole exceeds `max_units` UTF-16 code
// units the last component's stem is shortened (its extension kept); an error when even that cannot fit.
[[nodiscard]] core::Result<std::string> safe_path(std::string_view path,
                                                  std::size_t max_units = k_max_entry_path);

// Why safe_path made `to` of `from`, for the message that says so: a reserved device name among its
// components (CON, COM1, …), else a name shortened to fit (`to` differs from every component made safe
// alone), else only characters that show as nothing left out (U+FE0F after an emoji, a zero-width space:
// the name looks the same), else characters Windows cannot use.
enum class RenameReason { characters, reserved, length, invisible };
[[nodiscard]] RenameReason rename_reason(std::string_view from, std::string_view to);

// Whether Windows refuses `name` as a file or folder name: a reserved device name (CON, PRN, AUX, NUL,
// COM1–9, LPT1–9, with or without an extension, any case), one of <>"|?* in it, or a trailing dot or
// space (a name of only dots, "." or "..", is a path step, judged elsewhere). Colons, slashes and control
// characters are left to the caller, which says more about them.
[[nodiscard]] bool windows_refuses(std::string_view name);

// Length as Windows counts it: UTF-16 code units.
[[nodiscard]] std::size_t utf16_units(std::string_view utf8);

// Expands a package-name pattern: `{district}`, `{kind_zh}`, `{date}`, `{title}`, `{seq}` and `{seq:02}`
// (zero-padded to two digits). The result is made safe as a file name. Errors: an unknown or unclosed
// placeholder (ErrorCode::invalid_argument).
[[nodiscard]] core::Result<std::string> expand_name(std::string_view pattern,
                                                    const std::map<std::string, std::string>& values);

inline constexpr const char* k_district_pattern = "{district}-{kind_zh}-{date}.zip";
inline constexpr const char* k_submission_pattern = "{seq:02}-{title}.zip";

} // namespace nominate::pack

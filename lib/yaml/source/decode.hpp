#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nominate::yaml::detail {

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates).
[[nodiscard]] bool is_utf8(std::string_view bytes);

// The bytes of a text file as UTF-8: a UTF-8 BOM is dropped; UTF-16 with a BOM is converted; other bytes that
// are not UTF-8 are read as GB18030. nullopt when none of these fits.
[[nodiscard]] std::optional<std::string> to_utf8(std::string_view bytes);

} // namespace nominate::yaml::detail

#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace nominate::office {

// Appends the UTF-8 of a code point; a surrogate or a value past U+10FFFF becomes U+FFFD.
void append_utf8(std::string& out, char32_t code_point);

// The code point at `at` and its length in bytes; an invalid byte decodes as itself, one byte long.
struct DecodedCodePoint {
  char32_t code_point = 0;
  std::size_t length = 1;
};
[[nodiscard]] DecodedCodePoint decode_utf8(std::string_view text, std::size_t at);

} // namespace nominate::office

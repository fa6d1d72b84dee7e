#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace nominate::text::detail {

// One step of decoding UTF-8: the code point at a position and how many bytes it takes. An invalid byte
// decodes as itself, one byte long, with `valid` false, so a caller can step over it.
struct Decoded {
  char32_t code_point = 0;
  std::size_t length = 1;
  bool valid = true;
};

[[nodiscard]] Decoded decode_at(std::string_view text, std::size_t position);

// Appends the UTF-8 encoding of `code_point` to `out`.
void append_utf8(std::string& out, char32_t code_point);

// Calls `visit(Decoded, position)` for each code point of `text` in order.
template <typename Visit> void for_each_code_point(std::string_view text, Visit&& visit)
{
  std::size_t position = 0;
  while (position < text.size()) {
    const Decoded decoded = decode_at(text, position);
    visit(decoded, position);
    position += decoded.length;
  }
}

// The code points of `text` (an invalid byte becomes U+FFFD), and back.
[[nodiscard]] std::u32string to_u32(std::string_view text);
[[nodiscard]] std::string to_utf8(std::u32string_view code_points);

// Fullwidth ASCII (U+FF01–FF5E) → ASCII, U+3000 → space; other code points unchanged.
[[nodiscard]] char32_t halfwidth(char32_t code_point);

} // namespace nominate::text::detail

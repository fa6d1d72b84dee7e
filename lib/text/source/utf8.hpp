#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace nominate::text::detail {

// An ASCII digit 0–9 (a fullwidth one is folded to it first, where a caller wants that).
[[nodiscard]] constexpr bool is_ascii_digit(char32_t c)
{
  return c >= U'0' && c <= U'9';
}

// One step of decoding UTF-8: the code point at a position and how many bytes it takes. An invalid byte
// decodes as itself, one byte long, with `valid` false, so a caller can step over it.
struct Decoded {
  char32_t code_point = 0;
  std::size_t length = 1;
  bool valid = true;
};

// Decodes as utf8proc_iterate does (a test compares them on every sequence of up to three bytes and on
// every four-byte lead and second byte): no overlong forms, no surrogates, nothing past U+10FFFF. Inline,
// because every text function walks its text one code point at a time through here.
[[nodiscard]] inline Decoded decode_at(std::string_view text, std::size_t position)
{
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data()) + position;
  const std::size_t left = text.size() - position;
  const char32_t lead = bytes[0];
  if (lead < 0x80) {
    return Decoded{lead, 1, true};
  }
  const Decoded invalid{lead, 1, false};
  const auto continues = [&](std::size_t i) { return (bytes[i] & 0xC0U) == 0x80U; };
  const auto low_bits = [&](std::size_t i) { return static_cast<char32_t>(bytes[i] & 0x3FU); };
  if (lead < 0xC2 || lead > 0xF4) {
    return invalid;
  }
  if (lead < 0xE0) {
    if (left < 2 || !continues(1)) {
      return invalid;
    }
    return Decoded{((lead & 0x1FU) << 6) | low_bits(1), 2, true};
  }
  if (lead < 0xF0) {
    if (left < 3 || !continues(1) || !continues(2) || (lead == 0xED && bytes[1] > 0x9F)) {
      return invalid;
    }
    const char32_t code_point = ((lead & 0x0FU) << 12) | (low_bits(1) << 6) | low_bits(2);
    return code_point < 0x800 ? invalid : Decoded{code_point, 3, true};
  }
  if (left < 4 || !continues(1) || !continues(2) || !continues(3) || (lead == 0xF0 && bytes[1] < 0x90) ||
      (lead == 0xF4 && bytes[1] > 0x8F)) {
    return invalid;
  }
  return Decoded{((lead & 0x07U) << 18) | (low_bits(1) << 12) | (low_bits(2) << 6) | low_bits(3), 4, true};
}

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

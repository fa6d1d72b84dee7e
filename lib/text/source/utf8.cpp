#include "utf8.hpp"

#include <utf8proc.h>

namespace nominate::text::detail {

void append_utf8(std::string& out, char32_t code_point)
{
  utf8proc_uint8_t buffer[4];
  const auto length = utf8proc_encode_char(static_cast<utf8proc_int32_t>(code_point), buffer);
  out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
}

std::u32string to_u32(std::string_view text)
{
  std::u32string out;
  out.reserve(text.size());
  for_each_code_point(text, [&](const Decoded& decoded, std::size_t) {
    out.push_back(decoded.valid ? decoded.code_point : U'\uFFFD');
  });
  return out;
}

std::string to_utf8(std::u32string_view code_points)
{
  std::string out;
  out.reserve(code_points.size());
  for (const char32_t code_point : code_points) {
    append_utf8(out, code_point);
  }
  return out;
}

char32_t halfwidth(char32_t code_point)
{
  if (code_point >= 0xFF01 && code_point <= 0xFF5E) {
    return code_point - 0xFF01 + 0x21;
  }
  if (code_point == 0x3000) {
    return U' ';
  }
  return code_point;
}

} // namespace nominate::text::detail

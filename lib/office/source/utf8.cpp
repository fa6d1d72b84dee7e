#include "utf8.hpp"

#include <utf8proc.h>

#include <array>

namespace nominate::office {

void append_utf8(std::string& out, char32_t code_point)
{
  auto code = static_cast<utf8proc_int32_t>(code_point);
  if (!utf8proc_codepoint_valid(code)) {
    code = 0xFFFD;
  }
  std::array<utf8proc_uint8_t, 4> buffer{};
  auto length = utf8proc_encode_char(code, buffer.data());
  out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(length));
}

DecodedCodePoint decode_utf8(std::string_view text, std::size_t at)
{
  utf8proc_int32_t code = 0;
  auto length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at),
                                 static_cast<utf8proc_ssize_t>(text.size() - at), &code);
  if (length <= 0) {
    return {static_cast<unsigned char>(text[at]), 1};
  }
  return {static_cast<char32_t>(code), static_cast<std::size_t>(length)};
}

} // namespace nominate::office

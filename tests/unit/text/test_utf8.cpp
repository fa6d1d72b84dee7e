// The inline UTF-8 decoder every text function walks with, against utf8proc_iterate, which it replaced
// (lib/text/source/utf8.hpp).
#include "utf8.hpp"

#include <catch2/catch.hpp>
#include <utf8proc.h>

#include <array>
#include <cstddef>
#include <string_view>

namespace {

using nominate::text::detail::decode_at;

// 1 when `bytes` decode differently from utf8proc_iterate (its length, its code point, or whether it is
// valid), else 0.
std::size_t mismatches(std::string_view bytes)
{
  utf8proc_int32_t code_point = 0;
  const auto length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(bytes.data()),
                                       static_cast<utf8proc_ssize_t>(bytes.size()), &code_point);
  const auto decoded = decode_at(bytes, 0);
  const bool same = length <= 0 ? !decoded.valid && decoded.length == 1 &&
                                      decoded.code_point == static_cast<unsigned char>(bytes[0])
                                : decoded.valid && decoded.length == static_cast<std::size_t>(length) &&
                                      decoded.code_point == static_cast<char32_t>(code_point);
  return same ? 0 : 1;
}

} // namespace

TEST_CASE("decodes UTF-8 exactly as utf8proc does, valid or not", "[text]")
{
  std::size_t different = 0;
  std::array<char, 4> bytes{};
  for (unsigned a = 0; a < 256; ++a) {
    bytes[0] = static_cast<char>(a);
    different += mismatches(std::string_view(bytes.data(), 1)); // a lead byte alone: truncated
    for (unsigned b = 0; b < 256; ++b) {
      bytes[1] = static_cast<char>(b);
      different += mismatches(std::string_view(bytes.data(), 2));
      for (unsigned c = 0; c < 256; ++c) {
        bytes[2] = static_cast<char>(c);
        different += mismatches(std::string_view(bytes.data(), 3));
        if (a >= 0xF0 && (c == 0x80 || c == 0xBF || c == 0x41)) {
          for (unsigned d : {0x00U, 0x80U, 0x9FU, 0xBFU, 0xC0U}) {
            bytes[3] = static_cast<char>(d);
            different += mismatches(std::string_view(bytes.data(), 4));
          }
        }
      }
    }
  }
  CHECK(different == 0);
}

TEST_CASE("decodes a code point in the middle of a text", "[text]")
{
  const std::string_view text = "a张😀";
  CHECK(decode_at(text, 1).code_point == U'张');
  CHECK(decode_at(text, 1).length == 3);
  CHECK(decode_at(text, 4).code_point == U'😀');
  CHECK(decode_at(text, 4).length == 4);
  CHECK_FALSE(decode_at(text, 2).valid); // a continuation byte on its own
}

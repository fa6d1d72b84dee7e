#include <nominate/core/display_name.hpp>

#include <array>
#include <cstdint>
#include <cstdio>

namespace nominate::core {

namespace {

// The length of the valid UTF-8 sequence at `at`, or 0 when the byte there does not start one.
std::size_t sequence_length(std::string_view bytes, std::size_t at, char32_t& code_point)
{
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) {
    code_point = lead;
    return 1;
  }
  std::size_t length = 0;
  char32_t minimum = 0;
  if (lead >= 0xc2 && lead <= 0xdf) {
    length = 2;
    code_point = lead & 0x1fu;
    minimum = 0x80;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    code_point = lead & 0x0fu;
    minimum = 0x800;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    code_point = lead & 0x07u;
    minimum = 0x10000;
  } else {
    return 0;
  }
  if (at + length > bytes.size()) {
    return 0;
  }
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char next = byte(at + i);
    if ((next & 0xc0u) != 0x80) {
      return 0;
    }
    code_point = (code_point << 6) | (next & 0x3fu);
  }
  if (code_point < minimum || code_point > 0x10ffff || (code_point >= 0xd800 && code_point <= 0xdfff)) {
    return 0;
  }
  return length;
}

void append_hex_byte(std::string& out, unsigned char byte)
{
  constexpr std::string_view k_digits = "0123456789ABCDEF";
  out += "\\x";
  out += k_digits[byte >> 4];
  out += k_digits[byte & 0x0f];
}

} // namespace

bool is_invisible_format(char32_t c)
{
  struct Range {
    char32_t first;
    char32_t last;
  };
  // Unicode's Default_Ignorable_Code_Point, with the bidi marks and separators that also hide in a name.
  static constexpr std::array k_ranges{
      Range{0x00ad, 0x00ad},   Range{0x034f, 0x034f}, Range{0x061c, 0x061c},   Range{0x115f, 0x1160},
      Range{0x17b4, 0x17b5},   Range{0x180b, 0x180f}, Range{0x200b, 0x200f},   Range{0x2028, 0x202e},
      Range{0x2060, 0x206f},   Range{0x3164, 0x3164}, Range{0xfe00, 0xfe0f},   Range{0xfeff, 0xfeff},
      Range{0xffa0, 0xffa0},   Range{0xfff0, 0xfffb}, Range{0x1bca0, 0x1bca3}, Range{0x1d173, 0x1d17a},
      Range{0xe0000, 0xe0fff},
  };
  for (const auto& range : k_ranges) {
    if (c >= range.first && c <= range.last) {
      return true;
    }
  }
  return false;
}

std::size_t valid_utf8_prefix(std::string_view bytes)
{
  std::size_t at = 0;
  while (at < bytes.size()) {
    char32_t code_point = 0;
    const std::size_t length = sequence_length(bytes, at, code_point);
    if (length == 0) {
      break;
    }
    at += length;
  }
  return at;
}

bool is_valid_utf8(std::string_view bytes)
{
  return valid_utf8_prefix(bytes) == bytes.size();
}

std::string escape_name_for_text(std::string_view bytes)
{
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t at = 0; at < bytes.size();) {
    char32_t c = 0;
    const std::size_t length = sequence_length(bytes, at, c);
    if (length == 0) {
      append_hex_byte(out, static_cast<unsigned char>(bytes[at]));
      ++at;
      continue;
    }
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\\') {
      // Doubled only where it could read as part of an escape: before n, t, r, x, a backslash, or what is
      // escaped itself (`\\\xFF`). `材料\推介表.docx`, as a Windows archiver names a path, reads as written.
      char32_t next = 0;
      const std::size_t next_length = at + 1 < bytes.size() ? sequence_length(bytes, at + 1, next) : 1;
      const bool plain_next = next_length > 0 && next >= 0x20 && next != 0x7f &&
                              !(next >= 0x80 && next <= 0x9f) && !is_invisible_format(next) &&
                              std::u32string_view(U"ntrxu<\\").find(next) == std::u32string_view::npos;
      out += plain_next || at + 1 == bytes.size() ? "\\" : "\\\\";
    } else if (c < 0x20 || c == 0x7f) {
      append_hex_byte(out, static_cast<unsigned char>(c));
    } else if ((c >= 0x80 && c <= 0x9f) || is_invisible_format(c)) {
      std::array<char, 16> buffer{};
      std::snprintf(buffer.data(), buffer.size(), "<U+%04X>", static_cast<unsigned>(c));
      out += buffer.data();
    } else {
      out.append(bytes.substr(at, length));
    }
    at += length;
  }
  return out;
}

std::string escape_name_for_json(std::string_view bytes)
{
  if (is_valid_utf8(bytes)) {
    return std::string(bytes);
  }
  std::string out;
  out.reserve(bytes.size() + 8);
  for (std::size_t at = 0; at < bytes.size();) {
    char32_t c = 0;
    const std::size_t length = sequence_length(bytes, at, c);
    if (length == 0) {
      append_hex_byte(out, static_cast<unsigned char>(bytes[at]));
      ++at;
      continue;
    }
    if (c == '\\') {
      out += "\\\\";
    } else {
      out.append(bytes.substr(at, length));
    }
    at += length;
  }
  return out;
}

std::optional<std::string> name_bytes_base64(std::string_view bytes)
{
  if (is_valid_utf8(bytes)) {
    return std::nullopt;
  }
  constexpr std::string_view k_alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (std::size_t at = 0; at < bytes.size(); at += 3) {
    std::uint32_t group = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at])) << 16;
    const std::size_t left = bytes.size() - at;
    if (left > 1) {
      group |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 8;
    }
    if (left > 2) {
      group |= static_cast<unsigned char>(bytes[at + 2]);
    }
    out += k_alphabet[(group >> 18) & 0x3f];
    out += k_alphabet[(group >> 12) & 0x3f];
    out += left > 1 ? k_alphabet[(group >> 6) & 0x3f] : '=';
    out += left > 2 ? k_alphabet[group & 0x3f] : '=';
  }
  return out;
}

std::string quote_excerpt(std::string_view text, std::size_t max_chars)
{
  std::size_t at = 0;
  std::size_t chars = 0;
  while (at < text.size() && chars < max_chars) {
    char32_t c = 0;
    const std::size_t length = sequence_length(text, at, c);
    at += length == 0 ? 1 : length;
    ++chars;
  }
  std::string out = escape_name_for_text(text.substr(0, at));
  if (at < text.size()) {
    out += "…";
  }
  return out;
}

} // namespace nominate::core

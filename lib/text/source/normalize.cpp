#include "utf8.hpp"

#include <nominate/core/display_name.hpp>
#include <nominate/text/normalize.hpp>

#include <utf8proc.h>

#include <array>
#include <cstdlib>
#include <memory>

namespace nominate::text {

bool is_space(char32_t code_point)
{
  switch (code_point) {
  case U' ':
  case U'\t':
  case U'\n':
  case U'\v':
  case U'\f':
  case U'\r':
  case 0x85:
  case 0xA0:
  case 0x1680:
  case 0x2028:
  case 0x2029:
  case 0x202F:
  case 0x205F:
  case 0x3000:
    return true;
  default:
    return code_point >= 0x2000 && code_point <= 0x200A;
  }
}

namespace {

bool is_trimmed_space(char32_t code_point)
{
  return code_point == U' ' || code_point == U'\t' || code_point == U'\n' || code_point == U'\v' ||
         code_point == U'\f' || code_point == U'\r' || code_point == 0xA0 || code_point == 0x3000;
}

// Code points NFC leaves as they are wherever they stand: canonical combining class 0, no canonical
// decomposition, and never the second of a pair that composes (NFC_QC = Yes). Latin-1 and below, CJK
// ideographs (Ext. A and the main block), CJK punctuation (not the tone marks U+302A–U+302F), most general
// punctuation (not U+2000/U+2001, which decompose) and the fullwidth forms: nearly every character of a
// Chinese form. Checked against Python's unicodedata (Unicode 14) for every code point in these ranges.
bool nfc_stable(char32_t code_point)
{
  return code_point < 0x300 || (code_point >= 0x4E00 && code_point <= 0x9FFF) ||
         (code_point >= 0x3400 && code_point <= 0x4DBF) || (code_point >= 0x3000 && code_point <= 0x3029) ||
         (code_point >= 0x3030 && code_point <= 0x303F) || (code_point >= 0x2010 && code_point <= 0x2027) ||
         (code_point >= 0x2030 && code_point <= 0x205E) || (code_point >= 0xFF01 && code_point <= 0xFF65);
}

} // namespace

std::string trim(std::string_view text)
{
  std::size_t begin = text.size();
  std::size_t end = 0;
  detail::for_each_code_point(text, [&](const detail::Decoded& decoded, std::size_t position) {
    if (decoded.valid && is_trimmed_space(decoded.code_point)) {
      return;
    }
    if (begin == text.size()) {
      begin = position;
    }
    end = position + decoded.length;
  });
  if (begin >= end) {
    return {};
  }
  return std::string(text.substr(begin, end - begin));
}

std::string to_halfwidth(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  detail::for_each_code_point(text, [&](const detail::Decoded& decoded, std::size_t position) {
    if (!decoded.valid) {
      out.append(text.substr(position, 1));
      return;
    }
    detail::append_utf8(out, detail::halfwidth(decoded.code_point));
  });
  return out;
}

std::string normalize_label(std::string_view text)
{
  const std::string composed = nfc(text);
  std::string out;
  out.reserve(composed.size());
  detail::for_each_code_point(composed, [&](const detail::Decoded& decoded, std::size_t position) {
    if (!decoded.valid) {
      out.append(std::string_view(composed).substr(position, 1));
      return;
    }
    // What shows as nothing (a zero-width space or soft hyphen pasted from a web page) is no part of a name.
    if (is_space(decoded.code_point) || core::is_invisible_format(decoded.code_point)) {
      return;
    }
    detail::append_utf8(out, detail::halfwidth(decoded.code_point));
  });
  // A trailing colon, and the marks templates put on required fields (*姓名, 姓名*, ★姓名, ※姓名).
  static constexpr std::array<std::string_view, 5> k_marks{":", "*", "★", "☆", "※"};
  for (bool changed = true; changed && !out.empty();) {
    changed = false;
    for (const std::string_view mark : k_marks) {
      if (out.size() > mark.size() && out.ends_with(mark)) {
        out.resize(out.size() - mark.size());
        changed = true;
      }
      if (mark != ":" && out.size() > mark.size() && out.starts_with(mark)) {
        out.erase(0, mark.size());
        changed = true;
      }
    }
  }
  return out;
}

std::string nfc(std::string_view text)
{
  // One pass decides: invalid UTF-8 is returned as it is, and so is text made only of code points NFC
  // never changes (utf8proc_map decomposes and recomposes every character: tens of thousands of
  // instructions for a paragraph that cannot change).
  bool stable = true;
  for (std::size_t position = 0; position < text.size();) {
    const detail::Decoded decoded = detail::decode_at(text, position);
    if (!decoded.valid) {
      return std::string(text);
    }
    stable = stable && nfc_stable(decoded.code_point);
    position += decoded.length;
  }
  if (stable) {
    return std::string(text);
  }
  utf8proc_uint8_t* mapped = nullptr;
  const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                   static_cast<utf8proc_ssize_t>(text.size()), &mapped,
                                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
  if (length < 0 || mapped == nullptr) {
    return std::string(text);
  }
  return std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length));
}

bool is_valid_utf8(std::string_view text)
{
  std::size_t position = 0;
  while (position < text.size()) {
    const detail::Decoded decoded = detail::decode_at(text, position);
    if (!decoded.valid) {
      return false;
    }
    position += decoded.length;
  }
  return true;
}

std::string fold_name_dots(std::string text)
{
  static constexpr std::string_view k_dots[] = {"\u2022", "\u30fb", "\uff65", "\u2027",
                                                "\u2219", "\u22c5", "\u2e31", "."};
  static constexpr std::string_view k_middle_dot = "\u00b7";
  for (auto dot : k_dots) {
    for (auto at = text.find(dot); at != std::string::npos; at = text.find(dot, at + k_middle_dot.size())) {
      text.replace(at, dot.size(), k_middle_dot);
    }
  }
  return text;
}

std::string comparable_name(std::string_view name)
{
  return drop_quotes(fold_name_dots(to_halfwidth(normalize_label(name))));
}

std::string drop_quotes(std::string text)
{
  static constexpr std::string_view k_marks[] = {"\u201c", "\u201d", "\u2018", "\u2019", "\"",     "'",
                                                 "\u300c", "\u300d", "\u300e", "\u300f", "\u300a", "\u300b",
                                                 "\u3008", "\u3009", "\uff02", "\uff07"};
  for (auto mark : k_marks) {
    for (auto at = text.find(mark); at != std::string::npos; at = text.find(mark, at)) {
      text.erase(at, mark.size());
    }
  }
  return text;
}

} // namespace nominate::text

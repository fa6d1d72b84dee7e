#include "utf8.hpp"

#include <nominate/text/count.hpp>
#include <nominate/text/normalize.hpp>

namespace nominate::text {

namespace {

struct Range {
  char32_t first;
  char32_t last;
};

// Han ideographs: URO, Extension A, Extensions B–I, compatibility ideographs (and 〇, an ideograph that lives
// in CJK Symbols and Punctuation).
constexpr Range k_han[] = {
    {0x3007, 0x3007},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xF900, 0xFAFF},
    {0x20000, 0x2A6DF}, {0x2A700, 0x2EE5F}, {0x2F800, 0x2FA1F}, {0x30000, 0x323AF},
};

// The other blocks whose characters Word counts one each (design.md "Counting characters").
constexpr Range k_east_asian[] = {
    {0x1100, 0x11FF},   // Hangul Jamo
    {0x2E80, 0x2FDF},   // CJK Radicals Supplement, Kangxi Radicals
    {0x2FF0, 0x2FFF},   // Ideographic Description Characters
    {0x3000, 0x303F},   // CJK Symbols and Punctuation (、。《》「」【】)
    {0x3040, 0x30FF},   // Hiragana, Katakana
    {0x3100, 0x312F},   // Bopomofo
    {0x3130, 0x318F},   // Hangul Compatibility Jamo
    {0x3190, 0x31FF},   // Kanbun, Bopomofo Extended, CJK Strokes, Katakana Phonetic Extensions
    {0x3200, 0x32FF},   // Enclosed CJK Letters and Months
    {0x3300, 0x33FF},   // CJK Compatibility
    {0xA960, 0xA97F},   // Hangul Jamo Extended-A
    {0xAC00, 0xD7FF},   // Hangul Syllables, Hangul Jamo Extended-B
    {0xFE10, 0xFE1F},   // Vertical Forms
    {0xFE30, 0xFE4F},   // CJK Compatibility Forms
    {0xFF00, 0xFFEF},   // Halfwidth and Fullwidth Forms (，！？（）and fullwidth digits)
    {0x1AFF0, 0x1B16F}, // Kana Extended-B, Kana Supplement, Kana Extended-A, Small Kana Extension
    {0x1F200, 0x1F2FF}, // Enclosed Ideographic Supplement
};

template <std::size_t N> bool in_ranges(char32_t code_point, const Range (&ranges)[N])
{
  for (const Range& range : ranges) {
    if (code_point >= range.first && code_point <= range.last) {
      return true;
    }
  }
  return false;
}

bool is_line_break(char32_t code_point)
{
  return code_point == U'\n' || code_point == U'\r' || code_point == 0x0B || code_point == 0x0C ||
         code_point == 0x85 || code_point == 0x2028 || code_point == 0x2029;
}

// Characters that neither show nor count: control characters other than white space, zero-width
// characters, a byte-order mark.
bool is_invisible(char32_t code_point)
{
  return code_point < 0x20 || code_point == 0x7F || (code_point >= 0x200B && code_point <= 0x200D) ||
         code_point == 0x2060 || code_point == 0xFEFF;
}

} // namespace

bool is_han(char32_t code_point)
{
  return in_ranges(code_point, k_han);
}

bool is_east_asian(char32_t code_point)
{
  return is_han(code_point) || in_ranges(code_point, k_east_asian);
}

std::size_t display_columns(std::string_view utf8)
{
  std::size_t columns = 0;
  detail::for_each_code_point(utf8, [&](const detail::Decoded& decoded, std::size_t) {
    columns += decoded.valid && is_east_asian(decoded.code_point) ? 2 : 1;
  });
  return columns;
}

CharacterCount count_characters(std::string_view utf8)
{
  CharacterCount count;
  bool in_run = false;
  detail::for_each_code_point(utf8, [&](const detail::Decoded& decoded, std::size_t) {
    const char32_t code_point = decoded.code_point;
    if (decoded.valid && is_line_break(code_point)) {
      in_run = false;
      return;
    }
    if (decoded.valid && is_space(code_point)) {
      ++count.with_spaces;
      in_run = false;
      return;
    }
    if (decoded.valid && is_invisible(code_point)) {
      return;
    }
    ++count.with_spaces;
    ++count.non_space;
    if (decoded.valid && is_east_asian(code_point)) {
      ++count.east_asian;
      if (is_han(code_point)) {
        ++count.han;
      }
      in_run = false;
      return;
    }
    if (!in_run) {
      ++count.other_runs;
      in_run = true;
    }
  });
  count.words = count.east_asian + count.other_runs;
  return count;
}

} // namespace nominate::text

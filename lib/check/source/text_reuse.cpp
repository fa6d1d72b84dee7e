#include "text_reuse.hpp"
#include "units.hpp"

#include <algorithm>
#include <utility>

namespace nominate::check {
namespace {

// The code point at `at` and its length; U+FFFD and length 1 for a malformed byte.
std::pair<char32_t, std::size_t> decode(std::string_view text, std::size_t at)
{
  const auto byte = static_cast<unsigned char>(text[at]);
  std::size_t length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 0;
  if (length == 0 || at + length > text.size()) {
    return {0xFFFD, 1};
  }
  char32_t code = length == 1 ? byte : byte & (0xFF >> (length + 1));
  for (std::size_t i = 1; i < length; ++i) {
    const auto next = static_cast<unsigned char>(text[at + i]);
    if ((next & 0xC0) != 0x80) {
      return {0xFFFD, 1};
    }
    code = (code << 6) | (next & 0x3F);
  }
  return {code, length};
}

// The character as compared, or 0 for one that is dropped (space, punctuation, symbols).
char32_t fold(char32_t code)
{
  if (code >= 0xFF10 && code <= 0xFF5A) { // fullwidth digits and letters
    code -= 0xFEE0;
  }
  if (code >= 'A' && code <= 'Z') {
    return code + ('a' - 'A');
  }
  if ((code >= 'a' && code <= 'z') || (code >= '0' && code <= '9')) {
    return code;
  }
  const bool han = (code >= 0x3400 && code <= 0x9FFF) || (code >= 0xF900 && code <= 0xFAFF) ||
                   (code >= 0x20000 && code <= 0x3FFFF);
  const bool kana = code >= 0x3041 && code <= 0x30FF;
  const bool hangul = code >= 0xAC00 && code <= 0xD7AF;
  return han || kana || hangul ? code : 0;
}

} // namespace

NormalText normalise(std::string_view text)
{
  NormalText out;
  out.chars.reserve(text.size() / 3);
  out.offsets.reserve(text.size() / 3);
  for (std::size_t at = 0; at < text.size();) {
    const auto [code, length] = decode(text, at);
    if (const char32_t kept = fold(code); kept != 0) {
      out.chars.push_back(kept);
      out.offsets.push_back(at);
    }
    at += length;
  }
  return out;
}

std::vector<std::uint64_t> shingles(const NormalText& text)
{
  std::vector<std::uint64_t> out;
  if (text.chars.size() < k_shingle) {
    return out;
  }
  out.reserve(text.chars.size() - k_shingle + 1);
  // A polynomial hash over the window, rolled one character at a time.
  constexpr std::uint64_t k_base = 0x100000001B3ULL;
  std::uint64_t top = 1;
  for (std::size_t i = 1; i < k_shingle; ++i) {
    top *= k_base;
  }
  std::uint64_t hash = 0;
  for (std::size_t i = 0; i < text.chars.size(); ++i) {
    if (i >= k_shingle) {
      hash -= top * text.chars[i - k_shingle];
    }
    hash = hash * k_base + text.chars[i];
    if (i + 1 >= k_shingle) {
      // Mixed (splitmix64's finaliser) so that the hashes spread evenly in a hash table.
      std::uint64_t mixed = hash;
      mixed = (mixed ^ (mixed >> 30)) * 0xBF58476D1CE4E5B9ULL;
      mixed = (mixed ^ (mixed >> 27)) * 0x94D049BB133111EBULL;
      out.push_back(mixed ^ (mixed >> 31));
    }
  }
  return out;
}

std::string quote(std::string_view original, const NormalText& text, std::size_t first, std::size_t last,
                  std::size_t max_chars)
{
  if (first >= text.offsets.size() || last < first) {
    return "";
  }
  last = std::min(last, text.offsets.size() - 1);
  const std::size_t begin = text.offsets[first];
  const std::size_t end = text.offsets[last] + decode(original, text.offsets[last]).second;
  return shorten(original.substr(begin, end - begin), max_chars);
}

} // namespace nominate::check

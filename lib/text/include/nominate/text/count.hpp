#pragma once

#include <cstddef>
#include <string_view>

namespace nominate::text {

// The counts of a text, as design.md "Counting characters" defines them.
struct CharacterCount {
  std::size_t words = 0;       // Word's / WPS's 字数: east_asian + other_runs; the number the rules use
  std::size_t east_asian = 0;  // characters of the East Asian blocks, each counting one
  std::size_t han = 0;         // Han ideographs only (a subset of east_asian)
  std::size_t other_runs = 0;  // runs of other non-space characters (a Latin word, a number)
  std::size_t non_space = 0;   // every non-space character
  std::size_t with_spaces = 0; // every character, spaces included, line breaks excluded
};

// Counts `utf8` as Word's 字数 does: each East Asian character one, each run of other non-space characters
// one, white space (U+3000 included) and line breaks nothing. A byte that is not valid UTF-8 counts as one
// other character.
[[nodiscard]] CharacterCount count_characters(std::string_view utf8);

// True for the code points that count one each (Han, kana, Hangul, Bopomofo, CJK punctuation, fullwidth
// forms, and the other blocks design.md lists).
[[nodiscard]] bool is_east_asian(char32_t code_point);

// The columns `utf8` takes in a terminal: two for an East Asian character (is_east_asian), one for any other
// (an invalid byte included). Enough to line up help and tables; combining marks and emoji are not measured.
[[nodiscard]] std::size_t display_columns(std::string_view utf8);

// True for Han ideographs: the URO, Extension A, Extensions B–I and the compatibility ideographs.
[[nodiscard]] bool is_han(char32_t code_point);

} // namespace nominate::text

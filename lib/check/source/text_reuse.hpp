#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// Text compared for copying: letters and digits only, in runs of k_shingle characters. Private to lib/check
// (text.promo-copied, batch.text-reuse).
namespace nominate::check {

inline constexpr std::size_t k_shingle = 8; // eight characters in a row: a phrase, not a common word

// A text with spaces and punctuation removed, fullwidth letters and digits made halfwidth, ASCII letters in
// lower case (an NFKC-like fold, enough for what WPS and Word write); `offsets[i]` is where character i
// starts in the original text, so a passage can be quoted as written.
struct NormalText {
  std::u32string chars;
  std::vector<std::size_t> offsets;
};

[[nodiscard]] NormalText normalise(std::string_view text);

// The hash of every run of k_shingle characters, by starting position (empty when the text is shorter).
[[nodiscard]] std::vector<std::uint64_t> shingles(const NormalText& text);

// The original text from normalised character `first` to `last` (inclusive), cut to `max_chars` code points.
[[nodiscard]] std::string quote(std::string_view original, const NormalText& text, std::size_t first,
                                std::size_t last, std::size_t max_chars = 40);

} // namespace nominate::check

#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace nominate::text {

// A regular expression, compiled once by PCRE2 (the one place nominate calls it): phone numbers, e-mail
// addresses, dates. PCRE2's syntax, on bytes (no UTF mode): \d and \s are ASCII, and a Chinese character
// in a pattern is matched as its UTF-8 bytes, which is all these patterns need. `$` is the end of the text
// only (never before a final newline).
//
// Why not std::regex: libstdc++ compiles each of these into a large automaton (12 M instructions for the
// nine of them, in every process that reads a form — most of a one-submission check's own work beyond
// FFmpeg, docs/performance.md); PCRE2 compiles them in a few microseconds. Matching is thread-safe: each
// call has its own match data.
class Pattern {
public:
  // `expression` is a constant of the program: one PCRE2 cannot compile is a programming error, and every
  // match then fails (tests/unit/text compiles each pattern nominate has).
  explicit Pattern(std::string_view expression);
  ~Pattern();
  Pattern(Pattern&&) noexcept;
  Pattern& operator=(Pattern&&) noexcept;
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;

  [[nodiscard]] bool valid() const { return m_code != nullptr; }

  // Whether the whole of `text` matches (std::regex_match).
  [[nodiscard]] bool matches(std::string_view text) const;

  // The groups of a whole-text match, [0] the whole text; a group that took no part is nullopt. nullopt
  // when `text` does not match.
  using Groups = std::vector<std::optional<std::string_view>>;
  [[nodiscard]] std::optional<Groups> match(std::string_view text) const;

  // The groups of the first match anywhere in `text` (std::regex_search), as for match().
  [[nodiscard]] std::optional<Groups> search(std::string_view text) const;

private:
  [[nodiscard]] std::optional<Groups> run(std::string_view text, bool whole) const;

  struct Code;
  Code* m_code = nullptr; // pcre2_code_8, freed by the destructor
};

} // namespace nominate::text

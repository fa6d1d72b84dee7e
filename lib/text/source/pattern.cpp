#include <nominate/text/pattern.hpp>

#include <pcre2.h>

#include <memory>
#include <utility>

namespace nominate::text {

// pcre2_code behind an incomplete type, so that pattern.hpp does not include pcre2.h.
struct Pattern::Code {
  pcre2_code* code = nullptr;
};

Pattern::Pattern(std::string_view expression)
{
  int error = 0;
  PCRE2_SIZE offset = 0;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(expression.data()), expression.size(),
                                   PCRE2_DOLLAR_ENDONLY, &error, &offset, nullptr);
  if (code != nullptr) {
    m_code = new Code{code};
  }
}

Pattern::~Pattern()
{
  if (m_code != nullptr) {
    pcre2_code_free(m_code->code);
    delete m_code;
  }
}

Pattern::Pattern(Pattern&& other) noexcept : m_code(std::exchange(other.m_code, nullptr)) {}

Pattern& Pattern::operator=(Pattern&& other) noexcept
{
  std::swap(m_code, other.m_code);
  return *this;
}

std::optional<Pattern::Groups> Pattern::run(std::string_view text, bool whole) const
{
  if (m_code == nullptr) {
    return std::nullopt;
  }
  // Match data sized for the pattern's groups; freed on every path.
  std::unique_ptr<pcre2_match_data, decltype(&pcre2_match_data_free)> data(
      pcre2_match_data_create_from_pattern(m_code->code, nullptr), &pcre2_match_data_free);
  if (!data) {
    return std::nullopt;
  }
  const std::uint32_t options = whole ? PCRE2_ANCHORED | PCRE2_ENDANCHORED : 0;
  const int found = pcre2_match(m_code->code, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), 0,
                                options, data.get(), nullptr);
  if (found < 0) {
    return std::nullopt; // no match, or PCRE2's match limit on a pathological text: not a match either
  }
  const PCRE2_SIZE* offsets = pcre2_get_ovector_pointer(data.get());
  const std::uint32_t pairs = pcre2_get_ovector_count(data.get());
  Groups groups(pairs);
  for (std::size_t i = 0; i < pairs && i < static_cast<std::size_t>(found); ++i) {
    const PCRE2_SIZE start = offsets[2 * i];
    if (start != PCRE2_UNSET) {
      groups[i] = text.substr(start, offsets[(2 * i) + 1] - start);
    }
  }
  return groups;
}

bool Pattern::matches(std::string_view text) const
{
  return run(text, true).has_value();
}

std::optional<Pattern::Groups> Pattern::match(std::string_view text) const
{
  return run(text, true);
}

std::optional<Pattern::Groups> Pattern::search(std::string_view text) const
{
  return run(text, false);
}

} // namespace nominate::text

#pragma once

#include <random>
#include <string>
#include <string_view>

namespace nominate::test {

// Random strings built from pieces the text parsers react to (digits, 年月日, dashes, parentheses, units,
// commas) mixed with random bytes: input that reaches deep into the parsers and is often invalid UTF-8.
class RandomText {
public:
  explicit RandomText(unsigned seed) : m_random(seed) {}

  [[nodiscard]] std::string next()
  {
    static constexpr std::string_view k_pieces[] = {
        "年", "月", "日", "至",   "今",     "起",   "自",     "—",    "~",    "～", "-",       ".",
        "/",  "（", "）", "(",    ")",      "字",   "不少于", "1500", "0",    "1",  "9",       "2019",
        "万", "千", "余", "人次", "名",     "线上", "线下",   "年均", "累计", "共", "，",      ",",
        "、", "。", "\n", " ",    "\u3000", "+86",  "转",     "@",    "族",   "十", "\xE4\xB8"};
    std::string text;
    const auto length = m_random() % 24;
    for (unsigned i = 0; i < length; ++i) {
      if (m_random() % 5 == 0) {
        text.push_back(static_cast<char>(m_random() & 0xFF));
      } else {
        text += k_pieces[m_random() % std::size(k_pieces)];
      }
    }
    return text;
  }

private:
  std::mt19937 m_random;
};

} // namespace nominate::test

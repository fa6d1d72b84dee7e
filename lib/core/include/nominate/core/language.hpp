#pragma once

#include <string>

namespace nominate::core {

enum class Language { zh, en };

// A text given in both languages; `get` falls back to the other language when one is empty.
struct LocalText {
  std::string zh;
  std::string en;

  [[nodiscard]] const std::string& get(Language language) const
  {
    if (language == Language::zh) {
      return zh.empty() ? en : zh;
    }
    return en.empty() ? zh : en;
  }
};

} // namespace nominate::core

// text::Pattern (PCRE2) took the place of std::regex for nominate's patterns: for each of them, over a
// corpus of valid values, their one-character edits and random strings of the characters they use, it
// must decide as std::regex decides, with the same groups.

#include <nominate/text/pattern.hpp>

#include <catch2/catch.hpp>

#include <random>
#include <regex>
#include <string>
#include <vector>

namespace nominate::text {
namespace {

// The patterns as lib/text (formats.cpp, date.cpp), lib/folder (fields.cpp) and lib/check
// (registration_checks.cpp) write them; a new one belongs here too.
const std::vector<std::string> k_patterns = {
    R"(^(?:(?:\+|00)?86[ -]?)?1[3-9](?:[ -]?\d){9}$)",
    std::string(R"(^(?:(?:\+86[ -]?\(?[1-9]\d{1,2}\)?|\(0\d{2,3}\)|0\d{2,3})[ -]?)?)") +
        R"((?:[2-9]\d{6,7}|[2-9]\d{2,3} \d{4}))" + R"((?: ?[-#] ?\d{1,6})?$)",
    R"(^[48]00[ -]?\d{3}[ -]?\d{4}$)",
    std::string(R"(^[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*)") +
        R"(@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$)",
    R"(^(\d{4})年(?:(\d{1,2})月(?:份|(\d{1,2})(?:日|号)?)?)?$)",
    R"(^(\d{4})[./-](\d{1,2})(?:[./-](\d{1,2}))?\.?$)",
    R"(^(\d{4})(\d{2})?(\d{2})?$)",
    "(^|[^0-9])(1[3-9][0-9]{9})($|[^0-9])",
    R"(^\s*[0-9](\.[0-9]+)?\s*[eE]\s*\+?\s*[0-9]{1,2}\s*$)",
};

const std::vector<std::string> k_valid = {
    "13912345678",
    "+86 139-1234-5678",
    "0086 13912345678",
    "010-12345678",
    "(0571)8765432",
    "+86 10 6275 1234",
    "0755 8888 8888",
    "010-12345678-123",
    "010 1234567 # 12",
    "400-123-4567",
    "8001234567",
    "zhang.san@example.com.cn",
    "a_b%c+d@x-y.org",
    "1958年3月12日",
    "1958年03月份",
    "1958年",
    "1958.3.12",
    "1958-03",
    "1958/03/12.",
    "19580312",
    "195803",
    "1958",
    "电话13912345678，",
    "1.39123E+10",
    " 1.5 e +9 ",
};

// Characters the patterns are about, as UTF-8 pieces (a Chinese character is one piece).
const std::vector<std::string> k_pieces = {
    "0", "1", "2", "3", "4", "5", "6", "7", "8",  "9",  "+",  "-",  " ",  "(",  ")",  "#",  ".",
    "/", "@", "a", "Z", "_", "%", "e", "E", "年", "月", "日", "号", "份", "\n", "\t", "，", "x",
};

std::vector<std::string> corpus()
{
  std::vector<std::string> texts = k_valid;
  texts.emplace_back();
  std::mt19937 random(20261204); // fixed: the same corpus every run
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
  for (const auto& valid : k_valid) {
    for (int edit = 0; edit < 300; ++edit) {
      std::string text = valid;
      const std::size_t at = pick(text.size() + 1);
      switch (pick(3)) {
      case 0:
        text.insert(at, k_pieces[pick(k_pieces.size())]);
        break;
      case 1:
        if (at < text.size()) {
          text.erase(at, 1); // may cut a Chinese character in two: bytes that are no UTF-8, as a bad file has
        }
        break;
      default:
        if (at < text.size()) {
          text.replace(at, 1, k_pieces[pick(k_pieces.size())]);
        }
      }
      texts.push_back(text);
    }
  }
  for (int i = 0; i < 6000; ++i) {
    std::string text;
    for (std::size_t n = pick(16); n > 0; --n) {
      text += k_pieces[pick(k_pieces.size())];
    }
    texts.push_back(text);
  }
  return texts;
}

// `text` is the string `match` was made on: a group is cut from it by position (an empty group at the end
// of the text has no character to point at).
Pattern::Groups groups_of(const std::smatch& match, std::string_view text)
{
  Pattern::Groups groups;
  for (std::size_t i = 0; i < match.size(); ++i) {
    if (match[i].matched) {
      groups.emplace_back(text.substr(static_cast<std::size_t>(match.position(i)),
                                      static_cast<std::size_t>(match.length(i))));
    } else {
      groups.emplace_back(std::nullopt);
    }
  }
  return groups;
}

// Groups compared by their text (the views point into different strings).
std::vector<std::optional<std::string>> texts_of(const Pattern::Groups& groups)
{
  std::vector<std::optional<std::string>> out;
  for (const auto& group : groups) {
    out.push_back(group ? std::optional<std::string>(std::string(*group)) : std::nullopt);
  }
  return out;
}

} // namespace

TEST_CASE("each of nominate's patterns decides as std::regex does, with the same groups", "[text]")
{
  const auto texts = corpus();
  for (const auto& expression : k_patterns) {
    INFO("pattern " << expression);
    const Pattern pattern(expression);
    REQUIRE(pattern.valid());
    const std::regex reference(expression);
    std::size_t matched = 0;
    for (const auto& text : texts) {
      INFO("text '" << text << "'");
      std::smatch whole;
      const bool expected = std::regex_match(text, whole, reference);
      const auto groups = pattern.match(text);
      REQUIRE(groups.has_value() == expected);
      CHECK(pattern.matches(text) == expected);
      if (expected) {
        ++matched;
        CHECK(texts_of(*groups) == texts_of(groups_of(whole, text)));
      }
      std::smatch first;
      const bool found = std::regex_search(text, first, reference);
      const auto searched = pattern.search(text);
      REQUIRE(searched.has_value() == found);
      if (found) {
        CHECK(texts_of(*searched) == texts_of(groups_of(first, text)));
      }
    }
    CHECK(matched > 0); // the corpus reaches every pattern's matches, not only its failures
  }
}

TEST_CASE("a pattern PCRE2 cannot compile matches nothing; `$` is the end of the text only", "[text]")
{
  const Pattern broken("(unclosed");
  CHECK_FALSE(broken.valid());
  CHECK_FALSE(broken.matches("(unclosed"));
  CHECK_FALSE(broken.search("x").has_value());

  Pattern digits(R"(^\d+$)");
  CHECK(digits.matches("2024"));
  CHECK_FALSE(digits.matches("2024\n"));   // PCRE2's default would take a final newline
  CHECK_FALSE(digits.matches("２０２４")); // fullwidth digits are no \d: callers convert to halfwidth first
  Pattern moved(std::move(digits));
  CHECK(moved.matches("7"));
}

} // namespace nominate::text

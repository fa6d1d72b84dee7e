#include <nominate/core/date.hpp>

#include <array>
#include <chrono>
#include <cstdio>

namespace nominate::core {

namespace {

std::string_view trimmed(std::string_view text)
{
  constexpr std::string_view k_space = " \t\r\n";
  auto first = text.find_first_not_of(k_space);
  if (first == std::string_view::npos) {
    return {};
  }
  return text.substr(first, text.find_last_not_of(k_space) - first + 1);
}

// Reads a run of ASCII digits at `at` (at most `max_digits`), advancing `at`; nullopt when there is none.
std::optional<int> number_at(std::string_view text, std::size_t& at, std::size_t max_digits)
{
  std::size_t start = at;
  int value = 0;
  while (at < text.size() && at - start < max_digits && text[at] >= '0' && text[at] <= '9') {
    value = value * 10 + (text[at] - '0');
    ++at;
  }
  return at == start ? std::nullopt : std::optional<int>(value);
}

// Skips one of `separators` at `at`; false when none is there.
template <std::size_t N>
bool separator_at(std::string_view text, std::size_t& at, const std::array<std::string_view, N>& separators)
{
  for (auto separator : separators) {
    if (text.substr(at).starts_with(separator)) {
      at += separator.size();
      return true;
    }
  }
  return false;
}

bool on_calendar(const Date& date)
{
  return std::chrono::year_month_day{std::chrono::year{date.year},
                                     std::chrono::month{static_cast<unsigned>(date.month)},
                                     std::chrono::day{static_cast<unsigned>(date.day)}}
      .ok();
}

} // namespace

std::optional<Date> parse_date(std::string_view text, DateSyntax syntax)
{
  text = trimmed(text);
  Date date;
  std::size_t at = 0;
  if (syntax == DateSyntax::iso) {
    auto year = number_at(text, at, 4);
    bool ok = year && at == 4 && separator_at(text, at, std::array<std::string_view, 1>{"-"});
    auto month = ok ? number_at(text, at, 2) : std::nullopt;
    ok = ok && month && at == 7 && separator_at(text, at, std::array<std::string_view, 1>{"-"});
    auto day = ok ? number_at(text, at, 2) : std::nullopt;
    if (!ok || !day || at != 10 || text.size() != 10) {
      return std::nullopt;
    }
    date = Date{*year, *month, *day};
  } else {
    constexpr std::array<std::string_view, 4> k_after_year{"-", "/", ".", "年"};
    constexpr std::array<std::string_view, 4> k_after_month{"-", "/", ".", "月"};
    constexpr std::array<std::string_view, 1> k_after_day{"日"};
    auto year = number_at(text, at, 4);
    bool ok = year && at == 4 && separator_at(text, at, k_after_year);
    auto month = ok ? number_at(text, at, 2) : std::nullopt;
    ok = ok && month && separator_at(text, at, k_after_month);
    auto day = ok ? number_at(text, at, 2) : std::nullopt;
    if (day && at < text.size()) {
      separator_at(text, at, k_after_day);
    }
    if (!ok || !day || at != text.size()) {
      return std::nullopt;
    }
    date = Date{*year, *month, *day};
  }
  return on_calendar(date) ? std::optional<Date>(date) : std::nullopt;
}

std::string to_iso(const Date& date)
{
  std::array<char, 16> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer.data();
}

int days_between(const Date& from, const Date& to)
{
  auto days = [](const Date& date) {
    return std::chrono::sys_days{std::chrono::year{date.year} / date.month / date.day}
        .time_since_epoch()
        .count();
  };
  return static_cast<int>(days(to) - days(from));
}

} // namespace nominate::core

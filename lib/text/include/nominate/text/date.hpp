#pragma once

#include <compare>
#include <optional>
#include <string_view>

namespace nominate::text {

// A date as people write it on a form: a year, maybe a month, maybe a day.
struct PartialDate {
  int year = 0;
  std::optional<int> month;
  std::optional<int> day;
  // The months a date without one may be: 1–12, narrowed by the words of a period's start (2022年下半年:
  // 7–12, 上半年 1–6, 春 3–5, 夏 6–8, 秋 9–11, 年初 1–3, 年底/年末 10–12).
  int first_month = 1;
  int last_month = 12;
  auto operator<=>(const PartialDate&) const = default;
};

// 1958年3月, 1958年03月12日, 1958.03, 1958.3.12, 1958-3, 1958/03/12, 19580312, 195803, 1958年, with fullwidth
// digits and surrounding spaces; a note in parentheses after it (1957年4月（67岁）) and 生 / 出生 are left
// out. nullopt for anything else, an impossible month or day, a year outside 1900–2100.
[[nodiscard]] std::optional<PartialDate> parse_date(std::string_view text);

// A date something began, as 参加工作时间 is written: parse_date's forms with what says it began left out
// (1985年7月参加工作, 工作, 入职, 至今, 起, a trailing dash: 1985.07—). Not for a birth date, where
// 1957年4月至今 is a slip to be reported.
[[nodiscard]] std::optional<PartialDate> parse_start_date(std::string_view text);

// A period: a start, and either an end or "still running" (至今, 今, 现在, 迄今, or an open 起).
struct Period {
  PartialDate start;
  std::optional<PartialDate> end;
  bool ongoing = false;
};

// 2019年3月至今, 2019.03—2024.05, 2019-03 ~ 2024-05, 2019年3月-今, 自2019年3月起, 2019年起,
// 2019年3月至2024年5月; separators – — ― ～ ~ - 至 到. nullopt when no start date can be read or the end is
// not a date.
[[nodiscard]] std::optional<Period> parse_period(std::string_view text);

// How to fill a missing month or day: the earliest (1 January, day 1) or the latest possible.
enum class Rounding { earliest, latest };

// Years (fractional, by days / 365.2425) from `from` to the given date. With Rounding::earliest the missing
// parts of `from` are the start of its year/month (the longest span), with Rounding::latest their end (the
// shortest span), so a caller can tell "surely ≥ 2 years" from "maybe". Negative when `from` is later;
// 0 when either is not a date of the years 1–9999.
[[nodiscard]] double years_between(const PartialDate& from, int to_year, int to_month, int to_day,
                                   Rounding r);

} // namespace nominate::text

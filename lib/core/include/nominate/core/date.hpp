#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace nominate::core {

// A calendar date: a rule set's as_of and deadline, a config's as_of, --as-of, today.
struct Date {
  int year = 0;
  int month = 1;
  int day = 1;
  auto operator<=>(const Date&) const = default;
};

// How a date may be written: `iso` only 2024-05-01 (rule files, which are written by people who know the
// format); `lenient` also 2024/5/1, 2024.5.1 and 2024年5月1日 (configs and --as-of, written by clerks).
enum class DateSyntax { iso, lenient };

// The date written in `text`, or nullopt when it is not one in that syntax or not on the calendar
// (2023-02-29). Surrounding white space is ignored.
[[nodiscard]] std::optional<Date> parse_date(std::string_view text, DateSyntax syntax = DateSyntax::iso);

// "2024-05-01".
[[nodiscard]] std::string to_iso(const Date& date);

// Days from `from` to `to`, negative when `to` is earlier.
[[nodiscard]] int days_between(const Date& from, const Date& to);

} // namespace nominate::core

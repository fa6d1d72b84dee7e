#include "utf8.hpp"

#include <nominate/text/date.hpp>
#include <nominate/text/normalize.hpp>
#include <nominate/text/pattern.hpp>

#include <array>
#include <chrono>
#include <string>

namespace nominate::text {

namespace {

constexpr int k_first_year = 1900;
constexpr int k_last_year = 2100;

constexpr std::u32string_view k_chinese_digits = U"〇一二三四五六七八九";

// A digit of a date written digit by digit (二〇二三年): 〇, ○, 零 and a Latin O typed for 〇 are 0.
int date_digit(char32_t c)
{
  if (c == U'○' || c == U'零' || c == U'O') {
    return 0;
  }
  const auto at = k_chinese_digits.find(c);
  return at == std::u32string_view::npos ? -1 : static_cast<int>(at);
}

// 一九五八年三月十二日 → 1958年3月12日: a run of Chinese digits is read digit by digit, one with 十 as tens.
std::u32string arabic_numerals(std::u32string_view text)
{
  std::u32string out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (date_digit(text[i]) < 0 && text[i] != U'十') {
      out.push_back(text[i]);
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && (date_digit(text[end]) >= 0 || text[end] == U'十')) {
      ++end;
    }
    const std::u32string_view run = text.substr(i, end - i);
    const auto ten = run.find(U'十');
    if (ten == std::u32string_view::npos) {
      for (const char32_t c : run) {
        out.push_back(static_cast<char32_t>(U'0' + date_digit(c)));
      }
    } else if (run.size() <= 3 && run.find(U'十', ten + 1) == std::u32string_view::npos) {
      const int tens = ten == 0 ? 1 : date_digit(run[0]);
      const int units = ten + 1 < run.size() ? date_digit(run[ten + 1]) : 0;
      if (ten > 1 || tens < 0 || units < 0) {
        return std::u32string(text);
      }
      for (const char c : std::to_string(tens * 10 + units)) {
        out.push_back(static_cast<char32_t>(c));
      }
    } else {
      return std::u32string(text);
    }
    i = end;
  }
  return out;
}

// The text with fullwidth forms made halfwidth, Chinese numerals made Arabic and all white space removed.
std::u32string simplify(std::string_view text)
{
  std::u32string out;
  for (const char32_t c : arabic_numerals(detail::to_u32(to_halfwidth(text)))) {
    if (!is_space(c)) {
      out.push_back(c);
    }
  }
  return out;
}

int days_in_month(int year, int month)
{
  return static_cast<int>(
      static_cast<unsigned>(std::chrono::year_month_day_last(
                                std::chrono::year(year),
                                std::chrono::month_day_last(std::chrono::month(static_cast<unsigned>(month))))
                                .day()));
}

std::optional<PartialDate> make_date(int year, std::optional<int> month, std::optional<int> day)
{
  if (year < k_first_year || year > k_last_year) {
    return std::nullopt;
  }
  if (month && (*month < 1 || *month > 12)) {
    return std::nullopt;
  }
  if (day && (!month || *day < 1 || *day > days_in_month(year, *month))) {
    return std::nullopt;
  }
  return PartialDate{year, month, day};
}

std::optional<int> group(const Pattern::Groups& groups, std::size_t index)
{
  if (index >= groups.size() || !groups[index]) {
    return std::nullopt;
  }
  return std::stoi(std::string(*groups[index]));
}

std::optional<PartialDate> parse_simplified(const std::string& text)
{
  // 1958年3月12日 / 1958年03月 / 1958年; 1958.3.12 / 1958-03 / 1958/03/12; 19580312 / 195803 / 1958.
  static const std::array<Pattern, 3> k_forms = {
      Pattern(R"(^(\d{4})年(?:(\d{1,2})月(?:份|(\d{1,2})(?:日|号)?)?)?$)"),
      Pattern(R"(^(\d{4})[./-](\d{1,2})(?:[./-](\d{1,2}))?\.?$)"),
      Pattern(R"(^(\d{4})(\d{2})?(\d{2})?$)"),
  };
  for (const Pattern& form : k_forms) {
    if (auto groups = form.match(text)) {
      return make_date(*group(*groups, 1), group(*groups, 2), group(*groups, 3));
    }
  }
  return std::nullopt;
}

bool is_separator(char32_t c)
{
  return std::u32string_view(U"-–—―─~〜至到").find(c) != std::u32string_view::npos;
}

bool starts_with_any(std::u32string_view text, std::initializer_list<std::u32string_view> prefixes,
                     std::u32string_view& rest)
{
  for (const std::u32string_view prefix : prefixes) {
    if (text.starts_with(prefix)) {
      rest = text.substr(prefix.size());
      return true;
    }
  }
  return false;
}

bool strip_suffix(std::u32string_view& text, std::initializer_list<std::u32string_view> suffixes)
{
  for (const std::u32string_view suffix : suffixes) {
    if (text.size() > suffix.size() && text.ends_with(suffix)) {
      text.remove_suffix(suffix.size());
      return true;
    }
  }
  return false;
}

bool is_now(std::u32string_view text)
{
  for (const std::u32string_view word :
       {U"今", U"现在", U"迄今", U"今天", U"今日", U"目前", U"现今", U"当前", U"长期", U"长期开展", U"常态化",
        U"常态化开展", U"持续", U"持续开展"}) {
    if (text == word) {
      return true;
    }
  }
  return false;
}

bool ends_before(const PartialDate& end, const PartialDate& start)
{
  if (end.year != start.year) {
    return end.year < start.year;
  }
  if (end.month && start.month && *end.month != *start.month) {
    return *end.month < *start.month;
  }
  return end.month && start.month && end.day && start.day && *end.day < *start.day;
}

// Days since 1970-01-01.
long days_since_epoch(int year, int month, int day)
{
  const std::chrono::year_month_day date{std::chrono::year(year),
                                         std::chrono::month(static_cast<unsigned>(month)),
                                         std::chrono::day(static_cast<unsigned>(day))};
  return static_cast<long>(std::chrono::sys_days(date).time_since_epoch().count());
}

struct FullDate {
  int year;
  int month;
  int day;
};

// The date `years` after `date`; 29 February becomes 28 February in a common year.
FullDate add_years(const FullDate& date, int years)
{
  const int year = date.year + years;
  return {year, date.month, std::min(date.day, days_in_month(year, date.month))};
}

bool before(const FullDate& a, const FullDate& b)
{
  return days_since_epoch(a.year, a.month, a.day) < days_since_epoch(b.year, b.month, b.day);
}

// Calendar years from `from` to `to` (from ≤ to): whole anniversaries, then the fraction of the year after.
double calendar_years(const FullDate& from, const FullDate& to)
{
  int whole = to.year - from.year;
  while (whole > 0 && before(to, add_years(from, whole))) {
    --whole;
  }
  const FullDate anniversary = add_years(from, whole);
  const FullDate next = add_years(from, whole + 1);
  const long span = days_since_epoch(next.year, next.month, next.day) -
                    days_since_epoch(anniversary.year, anniversary.month, anniversary.day);
  const long rest = days_since_epoch(to.year, to.month, to.day) -
                    days_since_epoch(anniversary.year, anniversary.month, anniversary.day);
  return whole + static_cast<double>(rest) / static_cast<double>(span);
}

// Drops a note in brackets at the end (already simplified to ASCII brackets): 1957年4月（67岁）,
// 2019年3月至今（已连续开展5年）. A text that is only a bracket is kept.
void drop_trailing_note(std::u32string_view& rest)
{
  if (rest.ends_with(U')')) {
    if (const auto open = rest.rfind(U'('); open != std::u32string_view::npos && open > 0) {
      rest = rest.substr(0, open);
    }
  }
}

// A date with a note in parentheses after it (1957年4月（67岁）) and one of `words` (生, 出生; 参加工作 …)
// left out, and with `dashes`, a trailing dash too (1985.07—).
std::optional<PartialDate> parse_date_with(std::string_view text,
                                           std::initializer_list<std::u32string_view> words, bool dashes)
{
  if (text.size() > 200) {
    return std::nullopt;
  }
  const std::u32string simplified = simplify(text);
  std::u32string_view rest = simplified;
  drop_trailing_note(rest);
  strip_suffix(rest, words);
  while (dashes && rest.size() > 1 &&
         std::u32string_view(U"-—–―~～").find(rest.back()) != std::u32string_view::npos) {
    rest.remove_suffix(1);
  }
  return parse_simplified(detail::to_utf8(rest));
}

} // namespace

std::optional<PartialDate> parse_date(std::string_view text)
{
  return parse_date_with(text, {U"出生", U"生"}, false);
}

std::optional<PartialDate> parse_start_date(std::string_view text)
{
  return parse_date_with(text, {U"参加工作", U"工作", U"入职", U"至今", U"起"}, true);
}

namespace {

// The months a part of the year says (下半年: July to December); winter spans two years and says none.
struct PartOfYear {
  std::u32string_view words;
  int first_month;
  int last_month;
};
constexpr PartOfYear k_parts_of_year[] = {
    {U"上半年", 1, 6}, {U"下半年", 7, 12}, {U"春季", 3, 5}, {U"夏季", 6, 8}, {U"秋季", 9, 11}, {U"春", 3, 5},
    {U"夏", 6, 8},     {U"秋", 9, 11},     {U"初", 1, 3},   {U"底", 10, 12}, {U"末", 10, 12},
};

// The words after a start date that say when or how it began, stripped until none is left: 2019年春季启动
// → 2019年, a season or part of the year narrowing the months the start may be (`start`'s first_month and
// last_month, applied by the caller to a date without a month).
PartOfYear strip_start_words(std::u32string_view& text)
{
  PartOfYear part{U"", 1, 12};
  for (bool stripped = true; stripped;) {
    stripped = strip_suffix(
        text, {U"开始", U"起", U"启动", U"开展", U"创办", U"创立", U"成立", U"实施", U"冬季", U"冬"});
    for (const PartOfYear& candidate : k_parts_of_year) {
      if (!stripped && text.size() > candidate.words.size() && text.ends_with(candidate.words)) {
        text.remove_suffix(candidate.words.size());
        part = candidate;
        stripped = true;
      }
    }
  }
  return part;
}

// `date` with the months a part of its year says, where it has no month of its own.
PartialDate narrowed(PartialDate date, const PartOfYear& part)
{
  if (!date.month) {
    date.first_month = part.first_month;
    date.last_month = part.last_month;
  }
  return date;
}

// Words in the clauses after a period's first that say it still runs: 始于2019年3月，持续开展.
bool says_still_running(std::u32string_view text)
{
  for (const std::u32string_view word :
       {U"至今", U"持续", U"1直", U"仍", U"目前", U"现在", U"延续", U"坚持"}) {
    if (text.find(word) != std::u32string_view::npos) {
      return true;
    }
  }
  return false;
}

std::optional<Period> parse_simplified_period(std::u32string_view rest)
{
  starts_with_any(rest, {U"始于", U"自", U"从", U"于"}, rest);
  // 起：2019年3月 (fullwidth colons are halfwidth here): a start and nothing else, as 2019年3月起 is.
  const bool labelled_start = starts_with_any(rest, {U"起:", U"开始时间:", U"起始时间:"}, rest);
  strip_suffix(rest, {U"为止", U"止"});

  for (std::size_t at = 1; at < rest.size(); ++at) {
    if (!is_separator(rest[at])) {
      continue;
    }
    // 2019年3月开始，持续至今 / 2019年3月起，一直到现在: the start's own words before the separator.
    std::u32string_view left = rest.substr(0, at);
    strip_suffix(left, {U"持续", U"1直", U"延续", U"坚持"}); // 一直 is 1直 once numerals are Arabic
    while (!left.empty() && std::u32string_view(U"，,、 ").find(left.back()) != std::u32string_view::npos) {
      left.remove_suffix(1);
    }
    const auto part = strip_start_words(left);
    auto start = parse_simplified(detail::to_utf8(left));
    if (!start) {
      continue;
    }
    start = narrowed(*start, part);
    std::size_t after = at;
    while (after < rest.size() && is_separator(rest[after])) {
      ++after;
    }
    const std::u32string_view right = rest.substr(after);
    if (is_now(right)) {
      return Period{*start, std::nullopt, true};
    }
    if (right.empty()) {
      return Period{*start, std::nullopt, false};
    }
    const auto end = parse_simplified(detail::to_utf8(right));
    if (!end) {
      continue;
    }
    if (ends_before(*end, *start)) {
      return std::nullopt;
    }
    return Period{*start, end, false};
  }

  // A single date: 自2019年3月起, 2019年起 and 2019年启动 are still running.
  const bool open =
      strip_suffix(rest, {U"起至今", U"以来", U"开始", U"起", U"启动", U"开展", U"实施"}) || labelled_start;
  const auto part = strip_start_words(rest);
  const auto start = parse_simplified(detail::to_utf8(rest));
  if (!start) {
    return std::nullopt;
  }
  return Period{narrowed(*start, part), std::nullopt, open};
}

} // namespace

std::optional<Period> parse_period(std::string_view text)
{
  if (text.size() > 400) {
    return std::nullopt;
  }
  const std::u32string simplified = simplify(text);
  std::u32string_view rest = simplified;
  // A note in brackets after the period: 2019年3月至今（已连续开展5年）.
  const std::u32string_view whole = rest;
  drop_trailing_note(rest);
  if (auto period = parse_simplified_period(rest)) {
    return period;
  }
  // The start in the note, after words that say it still runs: 持续开展（始于2019年）.
  if (rest.size() < whole.size() && says_still_running(rest)) {
    auto note = whole.substr(rest.size() + 1, whole.size() - rest.size() - 2);
    if (auto period = parse_simplified_period(note); period && !period->end) {
      period->ongoing = true;
      return period;
    }
  }
  // Clauses: 始于2019年3月，持续开展 / 2016年启动，2019年升级为品牌项目: the first clause is the period, and
  // the others may say it still runs.
  const auto clause_end = rest.find_first_of(U"，,；;。");
  if (clause_end == std::u32string_view::npos || clause_end == 0) {
    return std::nullopt;
  }
  auto period = parse_simplified_period(rest.substr(0, clause_end));
  if (period && !period->end && says_still_running(rest.substr(clause_end))) {
    period->ongoing = true;
  }
  return period;
}

double years_between(const PartialDate& from, int to_year, int to_month, int to_day, Rounding r)
{
  if (from.year < 1 || from.year > 9999 || to_year < 1 || to_year > 9999) {
    return 0.0;
  }
  const bool earliest = r == Rounding::earliest;
  FullDate start{from.year, from.month.value_or(earliest ? from.first_month : from.last_month), 1};
  if (start.month < 1 || start.month > 12 || to_month < 1 || to_month > 12) {
    return 0.0; // not a date: the callers pass parsed dates
  }
  start.day = from.day.value_or(earliest ? 1 : days_in_month(start.year, start.month));
  if (start.day < 1 || start.day > days_in_month(start.year, start.month) || to_day < 1 ||
      to_day > days_in_month(to_year, to_month)) {
    return 0.0;
  }
  const FullDate to{to_year, to_month, to_day};
  if (before(to, start)) {
    return -calendar_years(to, start);
  }
  return calendar_years(start, to);
}

} // namespace nominate::text

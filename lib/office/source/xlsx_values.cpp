#include "utf8.hpp"
#include "xlsx_values.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace nominate::office {

namespace {

std::optional<char32_t> escape_at(std::string_view text, std::size_t at)
{
  if (at + 7 > text.size() || text[at] != '_' || (text[at + 1] != 'x' && text[at + 1] != 'X') ||
      text[at + 6] != '_') {
    return std::nullopt;
  }
  unsigned value = 0;
  auto [end, error] = std::from_chars(text.data() + at + 2, text.data() + at + 6, value, 16);
  if (error != std::errc() || end != text.data() + at + 6) {
    return std::nullopt;
  }
  return static_cast<char32_t>(value);
}

std::optional<double> parse_number(std::string_view stored)
{
  while (!stored.empty() && (stored.front() == ' ' || stored.front() == '+')) {
    stored.remove_prefix(1);
  }
  while (!stored.empty() && stored.back() == ' ') {
    stored.remove_suffix(1);
  }
  double value = 0;
  auto [end, error] = std::from_chars(stored.data(), stored.data() + stored.size(), value);
  if (error != std::errc() || end != stored.data() + stored.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

std::string two(int value)
{
  std::array<char, 16> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%02d", value);
  return buffer.data();
}

} // namespace

NumberKind builtin_format_kind(int id)
{
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54) || id == 57 ||
      id == 58) {
    return (id == 17 || id == 27 || id == 36 || id == 50 || id == 57) ? NumberKind::month : NumberKind::date;
  }
  if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || (id >= 45 && id <= 47) || id == 55 || id == 56) {
    return NumberKind::time;
  }
  if (id == 22) {
    return NumberKind::date_time;
  }
  return NumberKind::number;
}

std::optional<int> scientific_decimals(std::string_view code)
{
  std::optional<std::size_t> point;
  int whole = 0;
  int decimals = 0;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == ';') {
      break; // only the first section (positive numbers) decides
    }
    if (c == '"') {
      auto close = code.find('"', i + 1);
      i = close == std::string_view::npos ? code.size() : close;
      continue;
    }
    if (c == '[') {
      auto close = code.find(']', i + 1);
      i = close == std::string_view::npos ? code.size() : close;
      continue;
    }
    if (c == '\\' || c == '_' || c == '*') {
      ++i;
      continue;
    }
    if (c == '.') {
      point = i;
    } else if (c == '0' || c == '#' || c == '?') {
      (point ? decimals : whole) += 1;
    } else if ((c == 'E' || c == 'e') && i + 1 < code.size() && (code[i + 1] == '+' || code[i + 1] == '-')) {
      // One digit before the point: scientific. More ("##0.0E+0") is engineering notation, exponents in
      // threes, which this reading does not reproduce: the stored number is read instead.
      return whole == 1 ? std::optional<int>(decimals) : std::nullopt;
    }
  }
  return std::nullopt;
}

std::optional<int> builtin_scientific_decimals(int id)
{
  // 11 is 0.00E+00; 48 (##0.0E+0) is engineering notation, read as the stored number.
  return id == 11 ? std::optional<int>(2) : std::nullopt;
}

std::optional<std::string> format_scientific(std::string_view stored, int decimals)
{
  double value = 0;
  auto [end, error] = std::from_chars(stored.data(), stored.data() + stored.size(), value);
  if (error != std::errc() || end != stored.data() + stored.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  char buffer[64];
  const int written = std::snprintf(buffer, sizeof buffer, "%.*E", std::clamp(decimals, 0, 15), value);
  if (written <= 0 || static_cast<std::size_t>(written) >= sizeof buffer) {
    return std::nullopt;
  }
  return std::string(buffer, static_cast<std::size_t>(written));
}

NumberKind custom_format_kind(std::string_view code)
{
  if (code.empty() || code == "General" || code == "general" || code == "GENERAL" || code == "@") {
    return NumberKind::number;
  }
  // Only the first section (positive numbers) decides.
  bool year = false;
  bool day = false;
  bool month = false;
  bool time = false;
  char previous_letter = 0;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c == ';') {
      break;
    }
    if (c == '"') {
      auto close = code.find('"', i + 1);
      i = close == std::string_view::npos ? code.size() : close;
      continue;
    }
    if (c == '\\' || c == '_' || c == '*') {
      ++i;
      continue;
    }
    if (c == '[') {
      auto close = code.find(']', i + 1);
      std::string_view inside = code.substr(i + 1, close == std::string_view::npos ? 0 : close - i - 1);
      if (inside == "h" || inside == "hh" || inside == "m" || inside == "mm" || inside == "s" ||
          inside == "ss") {
        time = true;
      }
      i = close == std::string_view::npos ? code.size() : close;
      continue;
    }
    char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (code.substr(i).starts_with("AM/PM") || code.substr(i).starts_with("am/pm") ||
        code.substr(i).starts_with("上午/下午")) {
      time = true;
      i += 4;
      continue;
    }
    switch (lower) {
    case 'y':
    case 'e':
      year = year || lower == 'y' || previous_letter != 0; // 'e' is a year only beside date parts
      break;
    case 'd':
      day = true;
      break;
    case 'h':
    case 's':
      time = true;
      break;
    case 'm': {
      // m is minutes right after h or before s ("h:mm", "mm:ss"), else the month.
      std::size_t run_end = std::min(code.find_first_not_of("mM", i), code.size());
      std::size_t next = code.find_first_of("yYdDhHsS", run_end);
      bool minutes = previous_letter == 'h' || (next != std::string_view::npos && (code[next] | 0x20) == 's');
      (minutes ? time : month) = true;
      i = run_end - 1;
      break;
    }
    default:
      break;
    }
    if (lower == 'y' || lower == 'd' || lower == 'h' || lower == 's' || lower == 'm') {
      previous_letter = lower;
    }
  }
  if (year || day || month) {
    if (time) {
      return NumberKind::date_time;
    }
    return day ? NumberKind::date : (month && year ? NumberKind::month : NumberKind::date);
  }
  return time ? NumberKind::time : NumberKind::number;
}

std::string format_number(std::string_view stored)
{
  auto value = parse_number(stored);
  if (!value) {
    return std::string(stored);
  }
  std::array<char, 400> buffer{};
  double whole = std::trunc(*value);
  if (whole == *value && std::fabs(*value) < 1e21) {
    // Excel keeps 15 significant digits: 1.10101199001011E+17 shows as 110101199001011000, not the
    // binary value's …008.
    auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), *value,
                                      std::chars_format::scientific, 14);
    if (error == std::errc()) {
      std::string_view scientific(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
      auto e = scientific.find('e');
      int exponent = std::atoi(std::string(scientific.substr(e + 1)).c_str());
      std::string digits;
      for (char c : scientific.substr(0, e)) {
        if (c >= '0' && c <= '9') {
          digits += c;
        }
      }
      if (exponent >= 0) {
        digits.resize(std::max<std::size_t>(digits.size(), static_cast<std::size_t>(exponent) + 1), '0');
        digits.resize(static_cast<std::size_t>(exponent) + 1);
        return (*value < 0 ? "-" : "") + digits;
      }
    }
  }
  auto [end, error] =
      std::to_chars(buffer.data(), buffer.data() + buffer.size(), *value, std::chars_format::general, 15);
  if (error != std::errc()) {
    return std::string(stored);
  }
  return std::string(buffer.data(), end);
}

std::optional<std::string> format_serial(std::string_view stored, NumberKind kind, bool date1904)
{
  auto value = parse_number(stored);
  // Excel's range: 1900-01-01 (serial 1, or 0 for a time of day) to 9999-12-31.
  if (!value || *value < 0 || *value >= 2958466) {
    return std::nullopt;
  }
  long days = static_cast<long>(std::floor(*value));
  long seconds = std::lround((*value - static_cast<double>(days)) * 86400.0);
  if (seconds >= 86400) {
    ++days;
    seconds -= 86400;
  }
  std::string time = two(static_cast<int>(seconds / 3600)) + ":" + two(static_cast<int>(seconds / 60 % 60)) +
                     ":" + two(static_cast<int>(seconds % 60));
  if (kind == NumberKind::time) {
    return time;
  }
  if (!date1904 && days == 0) {
    return std::nullopt; // "1900-01-00" is no date
  }
  std::string date;
  if (!date1904 && days == 60) {
    date = "1900-02-29"; // Lotus 1-2-3's leap-year bug, kept by Excel: the serial exists, the day does not
  } else {
    using namespace std::chrono;
    sys_days base =
        date1904 ? sys_days(year(1904) / January / 1)
                 : (days < 60 ? sys_days(year(1899) / December / 31) : sys_days(year(1899) / December / 30));
    year_month_day ymd(base + std::chrono::days(days));
    date = std::to_string(static_cast<int>(ymd.year())) + "-" +
           two(static_cast<int>(static_cast<unsigned>(ymd.month()))) + "-" +
           two(static_cast<int>(static_cast<unsigned>(ymd.day())));
  }
  if (kind == NumberKind::month) {
    return date.substr(0, 7);
  }
  // A date typed into a cell Excel (or openpyxl) formats with a time shows midnight: it is a date, and
  // "1968-07-01 00:00:00" must compare with 1968年7月 as one (issue 15).
  if (kind == NumberKind::date_time && seconds != 0) {
    return date + " " + time;
  }
  return date;
}

std::string decode_escapes(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    auto code = escape_at(text, i);
    if (!code) {
      out += text[i];
      ++i;
      continue;
    }
    i += 7;
    if (*code >= 0xD800 && *code <= 0xDBFF) {
      if (auto low = escape_at(text, i); low && *low >= 0xDC00 && *low <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((*code - 0xD800) << 10) + (*low - 0xDC00));
        i += 7;
        continue;
      }
      append_utf8(out, 0xFFFD);
      continue;
    }
    append_utf8(out, (*code >= 0xDC00 && *code <= 0xDFFF) ? 0xFFFD : *code);
  }
  return out;
}

} // namespace nominate::office

#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nominate::office {

// How a number format shows a value.
enum class NumberKind { number, date, month, time, date_time };

// The kind of a built-in format id (ECMA-376 18.8.30 and the zh-CN ids Excel uses).
[[nodiscard]] NumberKind builtin_format_kind(int id);
// The kind of a custom format code: date parts (y, d, m not next to h or s) outside quotes, escapes and
// brackets make a date, h/s or AM/PM a time.
[[nodiscard]] NumberKind custom_format_kind(std::string_view code);

// The decimals a scientific format shows ("0.00E+00" → 2, "0E+00" → 0), or nullopt for any other format.
// builtin_scientific_decimals: id 11 (0.00E+00) → 2. Engineering formats (##0.0E+0, id 48) are not read so.
[[nodiscard]] std::optional<int> scientific_decimals(std::string_view code);
[[nodiscard]] std::optional<int> builtin_scientific_decimals(int id);
// A stored number as a scientific format shows it: "1.38E+10" for 13801125634 with 2 decimals; nullopt when
// it is no number.
[[nodiscard]] std::optional<std::string> format_scientific(std::string_view stored, int decimals);

// A stored number as its digits: a whole number in full, else at most 15 significant digits.
[[nodiscard]] std::string format_number(std::string_view stored);
// A serial date in the 1900 system (with Excel's phantom 1900-02-29) or the 1904 system, as "YYYY-MM-DD",
// "YYYY-MM", "HH:MM:SS" or "YYYY-MM-DD HH:MM:SS"; nullopt when it is no number or out of Excel's range.
[[nodiscard]] std::optional<std::string> format_serial(std::string_view stored, NumberKind kind,
                                                       bool date1904);

// `_xHHHH_` escapes of OOXML strings decoded (`_x005F_` is a literal underscore); UTF-16 pairs joined.
[[nodiscard]] std::string decode_escapes(std::string_view text);

} // namespace nominate::office

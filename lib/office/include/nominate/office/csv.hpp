#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nominate::office {

using CsvRows = std::vector<std::vector<std::string>>;

// The rows of a CSV text as Excel saves it (RFC 4180): fields split at commas, or at tabs when the first
// line holds more tabs than commas; a field that starts with a quote may hold separators, doubled quotes and
// line breaks; LF or CR LF ends a row. nullopt past k_max_table_rows rows (office/xlsx.hpp), so a huge file
// costs no more than that.
[[nodiscard]] std::optional<CsvRows> csv_rows(std::string_view text);

} // namespace nominate::office

// CSV as Excel writes it, for the registration table and the past-winner lists alike.
#include <nominate/office/csv.hpp>
#include <nominate/office/xlsx.hpp>

#include <algorithm>

namespace nominate::office {

std::optional<CsvRows> csv_rows(std::string_view text)
{
  const auto first_line = text.substr(0, text.find('\n'));
  const char separator =
      std::ranges::count(first_line, '\t') > std::ranges::count(first_line, ',') ? '\t' : ',';
  CsvRows grid;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    if (quoted) {
      if (c == '"' && at + 1 < text.size() && text[at + 1] == '"') {
        field += '"';
        ++at;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"' && field.empty()) {
      quoted = true;
    } else if (c == separator) {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      row.push_back(std::move(field));
      field.clear();
      grid.push_back(std::move(row));
      row.clear();
      if (grid.size() > k_max_table_rows) {
        return std::nullopt;
      }
    } else if (c != '\r') {
      field += c;
    }
  }
  if (!field.empty() || !row.empty()) {
    row.push_back(std::move(field));
    grid.push_back(std::move(row));
  }
  return grid;
}

} // namespace nominate::office

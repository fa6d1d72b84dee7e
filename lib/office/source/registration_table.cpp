#include "file_bytes.hpp"
#include "registration_header.hpp"

#include <nominate/office/csv.hpp>
#include <nominate/office/docx.hpp>
#include <nominate/office/registration_table.hpp>
#include <nominate/office/xlsx.hpp>
#include <nominate/text/encoding.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <charconv>
#include <functional>

namespace nominate::office {

namespace {

using detail::Grid;
using detail::Header;

std::string at(const Grid& grid, std::size_t row, std::size_t column)
{
  return row < grid.size() && column < grid[row].size() ? grid[row][column] : std::string();
}

// A Chinese numeral from 一 to 九十九 (一, 十二, 二十, 二十三), as a 推介序号 is written; nullopt otherwise.
std::optional<int> chinese_numeral(std::string_view text)
{
  static constexpr std::string_view k_digits[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
  const auto digit = [&](std::string_view part) -> std::optional<int> {
    for (int i = 0; i < 9; ++i) {
      if (part == k_digits[i]) {
        return i + 1;
      }
    }
    return std::nullopt;
  };
  constexpr std::string_view k_ten = "十";
  const auto ten = text.find(k_ten);
  if (ten == std::string_view::npos) {
    return digit(text);
  }
  const auto tens_part = text.substr(0, ten);
  const auto ones_part = text.substr(ten + k_ten.size());
  const auto tens = tens_part.empty() ? std::optional<int>(1) : digit(tens_part);
  const auto ones = ones_part.empty() ? std::optional<int>(0) : digit(ones_part);
  if (!tens || !ones) {
    return std::nullopt;
  }
  return *tens * 10 + *ones;
}

// A 推介序号 as districts write it: 1, 01, 1., 1、, （1）, 第1名, 一, 第二位.
std::optional<int> parse_order(std::string_view text)
{
  std::string digits = text::trim(text::to_halfwidth(text));
  while (!digits.empty() && (digits.back() == '.' || digits.back() == ',')) {
    digits.pop_back();
  }
  for (std::string_view suffix : {"、", "名", "位", "号"}) {
    if (digits.ends_with(suffix)) {
      digits.resize(digits.size() - suffix.size());
    }
  }
  if (digits.starts_with("第")) {
    digits.erase(0, std::string_view("第").size());
  }
  if (digits.size() > 2 && digits.front() == '(' && digits.back() == ')') {
    digits = digits.substr(1, digits.size() - 2);
  }
  if (auto numeral = chinese_numeral(digits)) {
    return numeral;
  }
  int order = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), order);
  if (error != std::errc() || end != digits.data() + digits.size() || digits.empty()) {
    return std::nullopt;
  }
  return order;
}

// The notes under the table: 注：…, 填表联系人：…, （盖章） 填表时间：….
bool is_footer(std::string_view first_value)
{
  std::string label = text::normalize_label(first_value);
  return label.starts_with("注") || label.starts_with("填表") || label.starts_with("(盖章)") ||
         label.starts_with("盖章");
}

// A nomination form's grid also has a row naming 姓名 among other labels (姓名 | 张三 | 性别 | 男 | …), but
// the rows under it start with the form's sections (附表1, 附表3), which no registration table has in its
// first column. Two of them make a form, so that one stray row such as "推介意见" under a city's table does
// not; the notes under a table (注：…) end the search.
bool is_section_label(std::string_view label)
{
  return label.starts_with("主要事迹") || label == "个人简历" || label == "获奖情况" ||
         label.ends_with("推介意见") || label.starts_with("宣传展示材料") || label == "参加学习情况" ||
         label.starts_with("品牌项目基本情况") || label.starts_with("项目简介");
}

bool is_form_grid(const Grid& grid, const Header& header)
{
  std::size_t sections = 0;
  for (std::size_t row = header.first_row + header.rows; row < grid.size() && sections < 2; ++row) {
    const std::string first = at(grid, row, 0);
    if (is_footer(first)) {
      break;
    }
    if (is_section_label(text::normalize_label(first))) {
      ++sections;
    }
  }
  return sections >= 2;
}

RegistrationTable read_grid(const Grid& grid, const Header& header,
                            const std::function<core::Location(std::size_t row, std::size_t column)>& locate)
{
  RegistrationTable table;
  table.kind = header.kind;
  table.name_column = header.name_column;
  for (const auto& column : header.columns) {
    table.headers.push_back(column.label);
  }
  for (std::size_t row = header.first_row + header.rows; row < grid.size(); ++row) {
    if (detail::repeats_header(header, grid[row])) {
      continue; // the header again, on the table's second page
    }
    RegistrationRow entry;
    std::string first_value;
    bool filled = false;
    for (const auto& column : header.columns) {
      std::string value = text::trim(at(grid, row, column.index));
      if (value.empty()) {
        continue;
      }
      if (first_value.empty()) {
        first_value = value;
      }
      if (detail::is_order_column(column.label)) {
        entry.order = parse_order(value);
      } else if (column.label != "备注") {
        filled = true;
      }
      entry.values[column.label] = std::move(value);
      entry.cells[column.label] = locate(row, column.index);
    }
    if (!first_value.empty() && is_footer(first_value)) {
      break;
    }
    if (!filled || detail::is_total(first_value)) {
      continue; // a blank row, the template's numbered empty row, or the total (合计)
    }
    entry.location = locate(row, 0);
    table.rows.push_back(std::move(entry));
  }
  std::stable_sort(table.rows.begin(), table.rows.end(),
                   [](const RegistrationRow& a, const RegistrationRow& b) {
                     if (a.order && b.order) {
                       return *a.order < *b.order;
                     }
                     return a.order.has_value() && !b.order.has_value();
                   });
  return table;
}

// Keeps `table` unless one of its kind is kept already: a workbook or document may hold 附表2 and 附表4 side
// by side, each read; a second of one kind (a draft sheet, a copy) is left, as the first was always taken,
// unless the first is blank (a template's sheet) and this one is filled.
void keep_first_of_kind(std::vector<RegistrationTable>& tables, RegistrationTable table)
{
  auto kept = std::ranges::find(tables, table.kind, &RegistrationTable::kind);
  if (kept == tables.end()) {
    tables.push_back(std::move(table));
  } else if (kept->rows.empty() && !table.rows.empty()) {
    *kept = std::move(table);
  }
}

// A blank table (the template's sheet for the kind a district does not send, or whose table is another file)
// is no table of that kind: read only when the file holds no filled one, and then only the first.
void drop_blank(std::vector<RegistrationTable>& tables)
{
  if (std::ranges::any_of(tables, [](const RegistrationTable& table) { return !table.rows.empty(); })) {
    std::erase_if(tables, [](const RegistrationTable& table) { return table.rows.empty(); });
  } else if (tables.size() > 1) {
    tables.resize(1);
  }
}

core::Result<std::vector<RegistrationTable>> from_xlsx(std::span<const std::uint8_t> bytes)
{
  auto workbook = read_xlsx(bytes);
  if (!workbook) {
    return std::unexpected(workbook.error());
  }
  std::vector<RegistrationTable> tables;
  for (bool hidden : {false, true}) {
    for (const auto& sheet : workbook->sheets) {
      if (sheet.hidden != hidden) {
        continue;
      }
      if (auto found = detail::find_header(sheet.rows); found && !is_form_grid(sheet.rows, *found)) {
        auto table = read_grid(sheet.rows, *found, [&](std::size_t row, std::size_t column) {
          core::Location location;
          location.sheet = sheet.name;
          location.cell = cell_reference(row, column);
          return location;
        });
        table.sheet = sheet.name;
        keep_first_of_kind(tables, std::move(table));
      }
    }
  }
  drop_blank(tables);
  if (tables.empty()) {
    return core::fail(core::ErrorCode::not_a_table,
                      "no sheet holds a registration table (a header with 姓名 or 品牌项目名称)");
  }
  return tables;
}

core::Result<std::vector<RegistrationTable>> from_docx(std::span<const std::uint8_t> bytes)
{
  auto document = read_docx(bytes);
  if (!document) {
    return std::unexpected(document.error());
  }
  std::vector<RegistrationTable> tables;
  for (std::size_t index = 0; index < document->tables.size(); ++index) {
    const Table& source = document->tables[index];
    Grid grid(source.rows.size());
    for (std::size_t row = 0; row < source.rows.size(); ++row) {
      for (int column = 0; column < source.columns; ++column) {
        const Cell* cell = source.cell_at(row, column);
        grid[row].push_back(cell != nullptr ? cell->text() : std::string());
      }
    }
    if (auto found = detail::find_header(grid); found && !is_form_grid(grid, *found)) {
      keep_first_of_kind(tables, read_grid(grid, *found, [&](std::size_t row, std::size_t column) {
                           core::Location location;
                           location.table = static_cast<int>(index + 1);
                           location.row = static_cast<int>(row + 1);
                           location.cell_index = static_cast<int>(column + 1);
                           return location;
                         }));
    }
  }
  drop_blank(tables);
  if (tables.empty()) {
    return core::fail(core::ErrorCode::not_a_table,
                      "no table holds a registration table (a header with 姓名 or 品牌项目名称; a nomination "
                      "form's grid is not one)");
  }
  return tables;
}

// A table saved from Excel as CSV (UTF-8, or GBK as Excel on Chinese Windows writes it): its cells as text,
// so a phone is as typed, located by row and column.
core::Result<std::vector<RegistrationTable>> from_csv(std::span<const std::uint8_t> bytes)
{
  // A district's table is a few KB; past this it is no registration table, and its cells would be held
  // several times over (decoded, split, reported): a 300 MB line took 1.6 GB.
  constexpr std::size_t k_max_csv_bytes = 8U << 20U;
  if (bytes.size() > k_max_csv_bytes) {
    return core::fail(core::ErrorCode::limit_exceeded,
                      "the text table is " + std::to_string(bytes.size() >> 20U) +
                          " MB; a registration table saved as CSV is a few KB, and at most 8 MB is read");
  }
  auto text =
      text::decode_text(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), {});
  if (!text) {
    return std::unexpected(text.error());
  }
  const auto rows = csv_rows(*text);
  if (!rows) {
    return core::fail(core::ErrorCode::limit_exceeded, "the table has more than " +
                                                           std::to_string(k_max_table_rows) +
                                                           " rows; a registration table holds far fewer");
  }
  const Grid& grid = *rows;
  if (auto found = detail::find_header(grid); found && !is_form_grid(grid, *found)) {
    return std::vector{read_grid(grid, *found, [&](std::size_t row, std::size_t column) {
      core::Location location;
      location.cell = cell_reference(row, column);
      return location;
    })};
  }
  return core::fail(core::ErrorCode::not_a_table,
                    "no header row names 姓名 or 品牌项目名称 (a CSV registration table is read as text)");
}

} // namespace

core::Result<std::vector<RegistrationTable>> read_registration_tables(std::span<const std::uint8_t> bytes,
                                                                      DocumentType type)
{
  switch (type) {
  case DocumentType::xlsx:
    return from_xlsx(bytes);
  case DocumentType::docx:
    return from_docx(bytes);
  case DocumentType::text:
    return from_csv(bytes);
  default:
    return core::fail(core::ErrorCode::unsupported,
                      std::string("a registration table must be .xlsx or .docx, not ") + to_string(type));
  }
}

core::Result<std::vector<RegistrationTable>> read_registration_tables_file(const std::filesystem::path& path)
{
  auto bytes = read_file_bytes(path);
  if (!bytes) {
    return std::unexpected(bytes.error());
  }
  auto tables = read_registration_tables(*bytes, sniff_document(*bytes));
  if (!tables) {
    return std::unexpected(with_file(tables.error(), path));
  }
  return tables;
}

} // namespace nominate::office

#include "registration_header.hpp"

#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <array>

namespace nominate::office::detail {

namespace {

constexpr std::size_t k_header_search_rows = 30;

// What other cities' tables call the column of the nominee's name or the project's.
constexpr std::array<std::string_view, 6> k_star_names{"姓名",         "候选人姓名",   "推介人选姓名",
                                                       "推荐人选姓名", "推介对象姓名", "推荐对象姓名"};
constexpr std::array<std::string_view, 2> k_brand_names{"品牌项目名称", "项目名称"};

std::string label_at(const Grid& grid, std::size_t row, std::size_t column)
{
  return row < grid.size() && column < grid[row].size() ? text::normalize_label(grid[row][column])
                                                        : std::string();
}

std::size_t width(const Grid& grid, std::size_t row, std::size_t rows)
{
  std::size_t out = 0;
  for (std::size_t at = row; at < row + rows && at < grid.size(); ++at) {
    out = std::max(out, grid[at].size());
  }
  return out;
}

// A heading's text: no digits (a value such as 1958-03-12 or 13912345678 has them) and no colon (a line
// such as 填报单位：… above the table).
bool label_like(std::string_view label)
{
  return std::ranges::none_of(label, [](char c) { return (c >= '0' && c <= '9') || c == ':'; });
}

// Whether rows `upper` and `upper + 1` make one header: `upper` has a heading merged over columns, under
// which the lower row has labels of its own, and a one-column heading over both rows (merged down, or
// nothing under it); all texts are labels; and, where the name is in the upper row (`name_row`), the lower
// has nothing else under it.
bool two_row_header(const Grid& grid, std::size_t upper, std::size_t name_row, std::size_t name_index)
{
  if (upper + 1 >= grid.size()) {
    return false;
  }
  if (name_row == upper) {
    // Under the name: nothing, or the name's cell merged down.
    std::string below = label_at(grid, upper + 1, name_index);
    if (!below.empty() && below != label_at(grid, upper, name_index)) {
      return false;
    }
  }
  std::vector<std::string> distinct;
  bool split_heading = false;
  bool whole_heading = false; // a heading over both rows: a title merged above the labels has none
  for (std::size_t column = 0; column < width(grid, upper, 2); ++column) {
    std::string top = label_at(grid, upper, column);
    std::string bottom = label_at(grid, upper + 1, column);
    if (!label_like(top) || !label_like(bottom)) {
      return false;
    }
    if (!top.empty() && std::ranges::find(distinct, top) == distinct.end()) {
      distinct.push_back(top);
    }
    bool merged = !top.empty() && ((column > 0 && label_at(grid, upper, column - 1) == top) ||
                                   label_at(grid, upper, column + 1) == top);
    split_heading = split_heading || (merged && !bottom.empty() && bottom != top);
    whole_heading = whole_heading || (!top.empty() && !merged && (bottom.empty() || bottom == top));
  }
  return split_heading && whole_heading && distinct.size() >= 2;
}

std::optional<std::string> names_kind(std::string_view label)
{
  if (std::ranges::find(k_star_names, label) != k_star_names.end()) {
    return "star";
  }
  if (std::ranges::find(k_brand_names, label) != k_brand_names.end()) {
    return "brand";
  }
  return std::nullopt;
}

Header read_columns(const Grid& grid, Header header, std::size_t name_index)
{
  std::string previous;
  std::size_t previous_end = 0;
  for (std::size_t column = 0; column < width(grid, header.first_row, header.rows); ++column) {
    HeaderColumn entry{column, {}, {}};
    for (std::size_t row = header.first_row; row < header.first_row + header.rows; ++row) {
      std::string text = label_at(grid, row, column);
      if (!text.empty()) {
        entry.label = text; // the lower row wins
      }
      entry.printed.push_back(std::move(text));
    }
    if (column == name_index) {
      header.name_column = entry.label;
    }
    if (entry.label.empty()) {
      previous.clear();
      continue;
    }
    // A heading merged across columns without labels under it is repeated over them: its values sit under
    // its first column.
    if (entry.label == previous && column == previous_end + 1) {
      previous_end = column;
      continue;
    }
    previous = entry.label;
    previous_end = column;
    header.columns.push_back(std::move(entry));
  }
  return header;
}

} // namespace

std::optional<Header> find_header(const Grid& grid)
{
  for (std::size_t row = 0; row < grid.size() && row < k_header_search_rows; ++row) {
    std::optional<std::string> kind;
    std::size_t name_index = 0;
    std::size_t labels = 0;
    for (std::size_t column = 0; column < grid[row].size(); ++column) {
      std::string label = text::normalize_label(grid[row][column]);
      if (label.empty()) {
        continue;
      }
      ++labels;
      if (auto named = names_kind(label); named && !kind) {
        kind = named;
        name_index = column;
      }
    }
    if (!kind || labels < 3) {
      continue;
    }
    Header header;
    header.kind = *kind;
    header.first_row = row;
    if (two_row_header(grid, row, row, name_index)) {
      header.rows = 2;
    } else if (row > 0 && two_row_header(grid, row - 1, row, name_index)) {
      header.first_row = row - 1;
      header.rows = 2;
    }
    return read_columns(grid, std::move(header), name_index);
  }
  return std::nullopt;
}

bool is_order_column(std::string_view label)
{
  return label == "推介序号" || label == "序号" || label == "编号" || label == "推荐序号";
}

bool repeats_header(const Header& header, const std::vector<std::string>& row)
{
  std::size_t same = 0;
  for (const auto& column : header.columns) {
    std::string value = column.index < row.size() ? text::normalize_label(row[column.index]) : std::string();
    if (value.empty() || std::ranges::find(column.printed, value) == column.printed.end()) {
      continue;
    }
    if (column.label == header.name_column) {
      return true;
    }
    ++same;
  }
  return same >= 2;
}

bool is_total(std::string_view first_value)
{
  std::string label = text::normalize_label(first_value);
  if (label.starts_with("合计") || label.starts_with("小计") || label.starts_with("总计") ||
      label.starts_with("共计")) {
    return true;
  }
  // 共2人, 共 3 名, 共2项: a count, not a name (no one is called 共 and then a number).
  const bool counted = std::ranges::any_of(label, [](char c) { return c >= '0' && c <= '9'; });
  return label.starts_with("共") && counted &&
         (label.ends_with("人") || label.ends_with("名") || label.ends_with("个") || label.ends_with("项"));
}

} // namespace nominate::office::detail

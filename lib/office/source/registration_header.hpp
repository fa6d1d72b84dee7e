// Finds the header of a registration table (附表2 / 附表4) in a grid of cell texts (registration_table.hpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nominate::office::detail {

// A table's cell texts by row and grid column, a merged cell's text repeated over the cells it covers (as
// read_xlsx with MergedCells::repeated and Table::cell_at give them).
using Grid = std::vector<std::vector<std::string>>;

// One column of the table: where it is and what its header calls it.
struct HeaderColumn {
  std::size_t index = 0; // the grid column
  std::string label;     // normalised (text::normalize_label); the lower row's where the header has two
  std::vector<std::string> printed; // each header row's normalised text over the column (1 or 2)
};

struct Header {
  std::size_t first_row = 0;
  std::size_t rows = 1;              // 2 where a second row names the columns under a merged heading
  std::string kind;                  // "star" or "brand"
  std::string name_column;           // the label of the column naming the nominee or the project
  std::vector<HeaderColumn> columns; // left to right, a heading merged over columns once
};

// The header within the first rows of `grid`: the row that names the person (姓名, 候选人姓名) or the
// project (品牌项目名称, 项目名称) among at least two other labels. With it, the row below or above when the
// two make one header — a heading merged over columns (基本信息) above the labels of those columns (性别 |
// 民族 | 出生年月日) — whose labels are then merged column by column, the lower row's winning where it has
// one. nullopt when no row names either.
[[nodiscard]] std::optional<Header> find_header(const Grid& grid);

// Whether a column's label is the row's number: 推介序号, 序号, 编号, 推荐序号.
[[nodiscard]] bool is_order_column(std::string_view label);

// Whether a row below the header repeats it (a table printed over two pages with the header on each):
// its name cell is the name column's label, or two of its cells are their column's header texts.
[[nodiscard]] bool repeats_header(const Header& header, const std::vector<std::string>& row);

// Whether a row is the table's total (合计, 小计, 总计), by its first non-empty value.
[[nodiscard]] bool is_total(std::string_view first_value);

} // namespace nominate::office::detail

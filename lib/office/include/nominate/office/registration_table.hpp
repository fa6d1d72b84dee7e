#pragma once

#include <nominate/core/error.hpp>
#include <nominate/core/finding.hpp>
#include <nominate/office/sniff.hpp>

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace nominate::office {

// One nominee's row of a registration table (附表2 / 附表4).
struct RegistrationRow {
  std::optional<int> order; // 推介序号 / 序号 / 编号 / 推荐序号, when it is a number
  // By the header label as printed, normalised (text::normalize_label: `出生\n年月日` → 出生年月日,
  // `参与人数（人次）` → 参与人数(人次)): 推介序号, 姓名, 单位, 职务, 出生年月日, 联系电话, 备注, …
  std::map<std::string, std::string> values;
  // Where the row is: {sheet, cell} of its first column in an .xlsx ("登记表", "A5"); {table, row,
  // cell_index 1} in a .docx.
  core::Location location;
  // Where each value is, by the same header label: {sheet, cell} ("登记表", "F5") or {table, row,
  // cell_index}.
  std::map<std::string, core::Location> cells;
};

struct RegistrationTable {
  std::string kind; // "star" (a 姓名 column) or "brand" (a 品牌项目名称 / 项目名称 column)
  // The header of the column that names each row's nominee or project, normalised: 姓名 (候选人姓名)
  // for a star table, 品牌项目名称 (项目名称) for a brand table.
  std::string name_column;
  std::vector<std::string> headers;  // normalised, left to right
  std::vector<RegistrationRow> rows; // in 序号 order (rows without a number keep their place at the end)
  std::string sheet;                 // the sheet it was found on (.xlsx), else empty
};

// Reads the registration tables of a file: of each kind (附表2's stars, 附表4's projects), the first an .xlsx
// holds (visible sheets first; a workbook often keeps 附表2 and 附表4 as two sheets) or a .docx holds (its
// first table of that kind), or a CSV's one. The header row is the one that names the person (姓名,
// 候选人姓名) or the project (品牌项目名称, 项目名称) among other column labels; with the row below or above
// it when the two make one header (a heading merged over columns, 基本信息, above their own labels 性别 |
// 民族 | 出生年月日), the lower row's label naming each column where it has one. Rows below it are read until
// the notes (注：…, 填表联系人：…, （盖章）); the template's empty numbered rows, a 合计/小计 row and the
// header printed again for a second page are skipped. A nomination form's label grid (姓名 | 张三 | 性别 | …,
// with the form's sections such as 主要事迹和成效 in the first column below) is not taken for one. Errors:
// those of the readers; unsupported for another `type`; not_a_table when no table with such a header is
// found.
[[nodiscard]] core::Result<std::vector<RegistrationTable>>
read_registration_tables(std::span<const std::uint8_t> bytes, DocumentType type);
// The same from a file, its type decided by content; the error names the file.
[[nodiscard]] core::Result<std::vector<RegistrationTable>>
read_registration_tables_file(const std::filesystem::path& path);

} // namespace nominate::office

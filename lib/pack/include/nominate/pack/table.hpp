#pragma once

#include <nominate/core/error.hpp>
#include <nominate/pipeline/check_paths.hpp>
#include <nominate/rules/rule_set.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nominate::pack {

// A registration table (附表2 for stars, 附表4 for projects) as the notice prints it: the attachment's
// number, the title, the columns in the notice's order, one row per submission in nomination order, and the
// lines to stamp and sign below.
struct GeneratedTable {
  std::string kind;       // "star" / "brand"
  std::string attachment; // "附表2" / "附表4"
  std::string title;      // 海淀区“百姓学习之星”推介登记表
  std::string file_name;  // 百姓学习之星推介登记表.xlsx
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows; // cells as text (phone numbers stay text)
};

// Fills the tables of `kind`s from the forms of `submissions` (indices into outcome.submissions, in
// nomination order): 推介序号, 姓名, 单位, 职务, 专业职称, 性别, 民族, 出生年月日, 学历, 地址, 有无视频材料,
// 联系电话, 备注 for stars; 推介序号, 项目名称, 项目单位, 起始时间, 参与人数（人次）, 所附材料, 联系电话,
// 备注 for projects. 备注 says 事迹特别感人 / 特别受百姓喜爱 where the submission is marked special. One
// table per kind present, stars first.
[[nodiscard]] std::vector<GeneratedTable> fill_tables(const pipeline::CheckOutcome& outcome,
                                                      const std::vector<std::size_t>& submissions,
                                                      const std::string& district);

// The .xlsx bytes of one table, written with libxlsxwriter through a temporary file in `work_dir` (removed
// after); its document dates are `date`, so the bytes depend only on the table.
[[nodiscard]] core::Result<std::vector<std::uint8_t>>
table_xlsx(const GeneratedTable& table, const core::Date& date, const std::filesystem::path& work_dir);

// The submissions (their report paths) whose row a generated table cannot fill: no form was read (a damaged,
// encrypted or unconverted form, or none) and nomination.yaml gives no field, so the row is left blank but
// for its number. `table` names them.
[[nodiscard]] std::vector<std::string> rows_without_form(const pipeline::CheckOutcome& outcome);

// `nominate table PATH -o FILE.xlsx`: the tables of every submission in the outcome (a district's, in order)
// — one per kind; with both kinds present, `file` gets the stars and a sibling `…-附表4.xlsx` the
// projects, unless `file`'s name names one kind (品牌项目…, …学习之星…): then it gets that kind's only.
// Written atomically (a temporary file beside it, renamed). Its document date is `date` (SOURCE_DATE_EPOCH's)
// when given, else the submissions' latest as_of (latest_as_of, pack.hpp), as a package's is. A file already
// there (a table the clerk filled by hand) is an already_exists error and nothing is written, unless
// `replace`. Returns the files written.
[[nodiscard]] core::Result<std::vector<std::filesystem::path>>
write_tables(const pipeline::CheckOutcome& outcome, const std::filesystem::path& file,
             std::optional<core::Date> date, bool replace = false);

} // namespace nominate::pack

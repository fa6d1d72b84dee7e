#pragma once

// 附表2 written with libxlsxwriter, as a district fills it in Excel: for the district tests of the
// registration table (special nominations, dates, phones, the video column, the real column of a finding).

#include <nominate/core/error.hpp>

#include <catch2/catch.hpp>
#include <xlsxwriter.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nominate::test {

struct StarRow {
  std::string name;
  std::string gender = "男";
  std::optional<lxw_datetime> birth; // written as an Excel date cell
  std::string birth_text;            // or as text
  std::optional<double> phone;       // a number cell
  std::string phone_text;            // or text ("1.38011E+10")
  std::string video = "有";          // 有无视频材料
  std::string note;                  // 备注
};

// Writes 附表2 (推介序号, 姓名, …, 有无视频材料 in K, 联系电话 in L, 备注 in M) to `path`; dates formatted
// with a time as openpyxl and some templates do ("yyyy-mm-dd h:mm:ss").
inline void write_star_table(const std::filesystem::path& path, const std::vector<StarRow>& rows)
{
  lxw_workbook* workbook = workbook_new(path.string().c_str());
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "登记表");
  lxw_format* date = workbook_add_format(workbook);
  format_set_num_format(date, "yyyy-mm-dd h:mm:ss");
  worksheet_merge_range(sheet, 0, 0, 0, 12, "海淀区（单位）“百姓学习之星”推介登记表", nullptr);
  const char* headers[] = {"推介序号",   "姓名", "单位", "职务",         "专业职称", "性别", "民族",
                           "出生年月日", "学历", "地址", "有无视频材料", "联系电话", "备注"};
  for (int column = 0; column < 13; ++column) {
    worksheet_write_string(sheet, 1, static_cast<lxw_col_t>(column), headers[column], nullptr);
  }
  lxw_row_t at = 2;
  for (const auto& row : rows) {
    worksheet_write_number(sheet, at, 0, static_cast<double>(at - 1), nullptr);
    worksheet_write_string(sheet, at, 1, row.name.c_str(), nullptr);
    worksheet_write_string(sheet, at, 5, row.gender.c_str(), nullptr);
    if (row.birth) {
      auto birth = *row.birth;
      worksheet_write_datetime(sheet, at, 7, &birth, date);
    } else if (!row.birth_text.empty()) {
      worksheet_write_string(sheet, at, 7, row.birth_text.c_str(), nullptr);
    }
    worksheet_write_string(sheet, at, 10, row.video.c_str(), nullptr);
    if (row.phone) {
      worksheet_write_number(sheet, at, 11, *row.phone, nullptr);
    } else if (!row.phone_text.empty()) {
      worksheet_write_string(sheet, at, 11, row.phone_text.c_str(), nullptr);
    }
    if (!row.note.empty()) {
      worksheet_write_string(sheet, at, 12, row.note.c_str(), nullptr);
    }
    ++at;
  }
  REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
}

// The shipped district's two nominees, as its forms give them.
inline std::vector<StarRow> haidian_rows()
{
  StarRow zhang;
  zhang.name = "张三";
  zhang.birth_text = "1968年7月";
  zhang.phone_text = "13801125634";
  StarRow li;
  li.name = "李四";
  li.gender = "女";
  li.birth_text = "1979年11月";
  li.phone_text = "13661207748";
  return {zhang, li};
}

} // namespace nominate::test

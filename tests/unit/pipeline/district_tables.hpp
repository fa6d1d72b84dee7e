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
  std::string phone_format;          // the number cell's format ("0.00E+00"), else General
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
      lxw_format* shown = nullptr;
      if (!row.phone_format.empty()) {
        shown = workbook_add_format(workbook);
        format_set_num_format(shown, row.phone_format.c_str());
      }
      worksheet_write_number(sheet, at, 11, *row.phone, shown);
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

// 附表2 in other cities' words and layout: a header over two rows (基本信息 merged over 性别 | 民族 |
// 出生年月（日）, the other headings merged down both rows), 编号 / 候选人姓名 / 单位名称 / 职称 / 联系方式,
// the header repeated for the second page and a 合计 row. `positions` and `units` are each row's 职称 and
// 单位名称; the phone is written as text.
inline void write_city_star_table(const std::filesystem::path& path, const std::vector<StarRow>& rows,
                                  const std::vector<std::string>& units,
                                  const std::vector<std::string>& positions)
{
  lxw_workbook* workbook = workbook_new(path.string().c_str());
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "登记表");
  worksheet_merge_range(sheet, 0, 0, 0, 8, "海淀区“百姓学习之星”推介登记表", nullptr);
  auto header = [&](lxw_row_t top) {
    const char* down[] = {"编号", "候选人姓名", "单位名称", "职称"};
    for (lxw_col_t column = 0; column < 4; ++column) {
      worksheet_merge_range(sheet, top, column, top + 1, column, down[column], nullptr);
    }
    worksheet_merge_range(sheet, top, 4, top, 6, "基本信息", nullptr);
    worksheet_write_string(sheet, top + 1, 4, "性别", nullptr);
    worksheet_write_string(sheet, top + 1, 5, "民族", nullptr);
    worksheet_write_string(sheet, top + 1, 6, "出生年月（日）", nullptr);
    worksheet_merge_range(sheet, top, 7, top + 1, 7, "联系方式", nullptr);
    worksheet_merge_range(sheet, top, 8, top + 1, 8, "备注", nullptr);
  };
  lxw_row_t at = 1;
  for (std::size_t index = 0; index < rows.size(); ++index) {
    if (index < 2) {
      header(at); // each nominee on a page of his own, under the header
      at += 2;
    }
    const auto& row = rows[index];
    worksheet_write_number(sheet, at, 0, static_cast<double>(index + 1), nullptr);
    worksheet_write_string(sheet, at, 1, row.name.c_str(), nullptr);
    worksheet_write_string(sheet, at, 2, units.at(index).c_str(), nullptr);
    worksheet_write_string(sheet, at, 3, positions.at(index).c_str(), nullptr);
    worksheet_write_string(sheet, at, 4, row.gender.c_str(), nullptr);
    worksheet_write_string(sheet, at, 5, "汉族", nullptr);
    worksheet_write_string(sheet, at, 6, row.birth_text.c_str(), nullptr);
    worksheet_write_string(sheet, at, 7, row.phone_text.c_str(), nullptr);
    ++at;
  }
  worksheet_write_string(sheet, at, 0, "合计", nullptr);
  worksheet_write_string(sheet, at, 1, (std::to_string(rows.size()) + "人").c_str(), nullptr);
  REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
}

} // namespace nominate::test

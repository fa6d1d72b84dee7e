#include "atomic_file.hpp"

#include <nominate/pack/table.hpp>
#include <nominate/text/formats.hpp>
#include <nominate/text/normalize.hpp>

#include <xlsxwriter.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <iterator>

namespace nominate::pack {

namespace {

std::string field(const folder::Submission& submission, const char* id)
{
  const auto* value = submission.field(id);
  if (value == nullptr) {
    return {};
  }
  auto text = value->text;
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r')) {
    text.pop_back();
  }
  return text;
}

// A name as the table holds it, the way `check` already reads it: 王 秀 兰 (spaced to fill a Word cell) →
// 王秀兰, fullwidth letters made plain, the dot of a minority's name made one ·. A name in Latin letters
// keeps the spaces between its words.
std::string table_name(const std::string& text)
{
  const bool latin = std::ranges::any_of(
      text::to_halfwidth(text), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
  return text::fold_name_dots(latin ? text::to_halfwidth(text::trim(text)) : text::normalize_label(text));
}

// A number as typed with a Chinese keyboard's fullwidth digits (１３９…, １９６５年３月) in plain digits, as
// the office above types and searches them; the rest of the text as it is.
std::string plain_digits(const std::string& text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    // U+FF10–U+FF19 in UTF-8: EF BC 90–99.
    if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xEF &&
        static_cast<unsigned char>(text[i + 1]) == 0xBC && static_cast<unsigned char>(text[i + 2]) >= 0x90 &&
        static_cast<unsigned char>(text[i + 2]) <= 0x99) {
      out += static_cast<char>('0' + (static_cast<unsigned char>(text[i + 2]) - 0x90));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

// 所在单位及职务 "XX物业服务有限公司 维修班班长" → (unit, position), split at the last line break (Enter in a
// Word cell, the clerk's usual separator), else the last space; one part only: the unit.
std::pair<std::string, std::string> split_unit_position(const std::string& text)
{
  const std::string trimmed = text::trim(text);
  for (std::string_view separator : {"\n", "　", " ", "\t"}) {
    auto at = trimmed.rfind(separator);
    if (at != std::string::npos && at > 0) {
      return {text::trim(trimmed.substr(0, at)), text::trim(trimmed.substr(at + separator.size()))};
    }
  }
  return {trimmed, {}};
}

std::string first_date(const std::string& period)
{
  for (std::string_view separator : {"—", "－", "-", "~", "～", "至"}) {
    auto at = period.find(separator);
    if (at != std::string::npos && at > 0) {
      return period.substr(0, at);
    }
  }
  return period;
}

std::string attached(const folder::Submission& submission)
{
  std::vector<std::string> parts;
  auto count = [&](folder::Role role) { return submission.with_role(role).size(); };
  if (count(folder::Role::form) > 0) {
    parts.emplace_back("推介表");
  }
  if (count(folder::Role::summary) > 0) {
    parts.emplace_back("工作总结");
  }
  if (auto photos = count(folder::Role::photo) + count(folder::Role::id_photo); photos > 0) {
    parts.push_back("照片" + std::to_string(photos) + "张");
  }
  if (count(folder::Role::video) > 0) {
    parts.emplace_back("视频");
  }
  std::string joined;
  for (const auto& part : parts) {
    joined += (joined.empty() ? "" : "、") + part;
  }
  return joined;
}

std::vector<std::string> star_row(std::size_t order, const folder::Submission& submission)
{
  auto [unit, position] = split_unit_position(field(submission, "unit_position"));
  auto phone = field(submission, "mobile");
  if (phone.empty()) {
    phone = field(submission, "phone");
  }
  return {std::to_string(order),
          field(submission, "name").empty() ? submission.title : table_name(field(submission, "name")), unit,
          position, field(submission, "title"),
          // 性别 as one word where the form ticks a box (□男 ☑女 → 女) or writes 男性; 民族 in full (蒙古 →
          // 蒙古族), as GB 3304 names it.
          text::canonical_gender(field(submission, "gender")).value_or(field(submission, "gender")),
          text::canonical_ethnicity(field(submission, "ethnicity")).value_or(field(submission, "ethnicity")),
          plain_digits(field(submission, "birth")), field(submission, "education"),
          field(submission, "address"), submission.with_role(folder::Role::video).empty() ? "无" : "有",
          plain_digits(phone), submission.special ? "事迹特别感人" : ""};
}

std::vector<std::string> brand_row(std::size_t order, const folder::Submission& submission)
{
  return {std::to_string(order),
          field(submission, "project_name").empty() ? submission.title : field(submission, "project_name"),
          field(submission, "unit"),
          plain_digits(first_date(field(submission, "period"))),
          plain_digits(field(submission, "participants")),
          attached(submission),
          field(submission, "location"), // the form's 活动地点: the address it gives
          plain_digits(field(submission, "phone")),
          submission.special ? "特别受百姓喜爱" : ""};
}

} // namespace

std::vector<GeneratedTable> fill_tables(const pipeline::CheckOutcome& outcome,
                                        const std::vector<std::size_t>& submissions,
                                        const std::string& district)
{
  GeneratedTable stars{"star",
                       "附表2",
                       district + "“百姓学习之星”推介登记表",
                       "百姓学习之星推介登记表.xlsx",
                       {"推介序号", "姓名", "单位", "职务", "专业职称", "性别", "民族", "出生年月日", "学历",
                        "地址", "有无视频材料", "联系电话", "备注"},
                       {}};
  GeneratedTable brands{
      "brand",
      "附表4",
      district + "“终身学习品牌项目”推介登记表",
      "终身学习品牌项目推介登记表.xlsx",
      // The notice's own columns (附表4), in its words: the table is printed, stamped and sent up.
      {"序号", "品牌项目名称", "主办单位", "起始时间", "参与人数（人次）", "所附材料（总结、视频）", "地址",
       "品牌单位联系电话和邮箱", "备注"},
      {}};
  for (auto index : submissions) {
    const auto& submission = outcome.submissions[index].loaded.submission;
    if (submission.kind == "brand") {
      brands.rows.push_back(brand_row(brands.rows.size() + 1, submission));
    } else {
      stars.rows.push_back(star_row(stars.rows.size() + 1, submission));
    }
  }
  std::vector<GeneratedTable> tables;
  for (auto* table : {&stars, &brands}) {
    if (!table->rows.empty()) {
      tables.push_back(std::move(*table));
    }
  }
  return tables;
}

core::Result<std::vector<std::uint8_t>> table_xlsx(const GeneratedTable& table, const core::Date& date,
                                                   const std::filesystem::path& work_dir)
{
  // libxlsxwriter writes only to a named file. Named with the owner tag, so that one a killed run left
  // (`.nominate-table.xlsx.<host id>-<pid>.XXXXXX`) is removed by the next run here.
  auto made = temporary_beside(work_dir / "nominate-table.xlsx");
  if (!made) {
    return core::fail(core::ErrorCode::io, "cannot create a temporary file for the registration table",
                      work_dir);
  }
  const std::filesystem::path temporary = *made;
  lxw_workbook* workbook = workbook_new(temporary.c_str());
  if (workbook == nullptr) {
    return core::fail(core::ErrorCode::io, "cannot create the registration table", temporary);
  }
  // Document dates from the package's date, not the clock, so the bytes repeat. timegm: no time zone.
  std::tm when{};
  when.tm_year = date.year - 1900;
  when.tm_mon = date.month - 1;
  when.tm_mday = date.day;
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>(table.title.c_str());
  properties.created = timegm(&when);
  workbook_set_properties(workbook, &properties);

  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "登记表");
  lxw_format* title = workbook_add_format(workbook);
  format_set_bold(title);
  format_set_font_size(title, 16);
  format_set_align(title, LXW_ALIGN_CENTER);
  lxw_format* header = workbook_add_format(workbook);
  format_set_bold(header);
  format_set_border(header, LXW_BORDER_THIN);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_CENTER);
  format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
  lxw_format* cell = workbook_add_format(workbook);
  format_set_border(cell, LXW_BORDER_THIN);
  format_set_text_wrap(cell);
  format_set_align(cell, LXW_ALIGN_VERTICAL_CENTER);
  format_set_num_format(cell, "@"); // text: phone numbers and dates are kept as typed

  auto last_column = static_cast<lxw_col_t>(table.headers.size() - 1);
  worksheet_write_string(sheet, 0, 0, table.attachment.c_str(), nullptr);
  worksheet_merge_range(sheet, 1, 0, 1, last_column, table.title.c_str(), title);
  for (lxw_col_t column = 0; column <= last_column; ++column) {
    const auto& label = table.headers[column];
    worksheet_write_string(sheet, 2, column, label.c_str(), header);
    double width =
        label == "单位" || label == "品牌项目名称" || label == "主办单位" || label.starts_with("所附材料")
            ? 24
        : label == "联系电话" || label == "地址" || label == "品牌单位联系电话和邮箱" ? 16
        : label == "备注"                                                             ? 14
                                                                                      : 10;
    worksheet_set_column(sheet, column, column, width, nullptr);
  }
  lxw_row_t row = 3;
  for (const auto& values : table.rows) {
    for (lxw_col_t column = 0; column <= last_column && column < values.size(); ++column) {
      if (column == 0) {
        worksheet_write_number(sheet, row, 0, std::stod(values[0]), cell);
      } else {
        worksheet_write_string(sheet, row, column, values[column].c_str(), cell);
      }
    }
    ++row;
  }
  ++row;
  worksheet_write_string(sheet, row, 0, "（盖章）", nullptr);
  worksheet_write_string(sheet, row + 1, 0, "填表时间：    年  月  日", nullptr);
  worksheet_write_string(sheet, row + 2, 0, "填表联系人：", nullptr);
  worksheet_write_string(sheet, row + 2, last_column / 2 + 1, "联系电话：", nullptr);
  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, 9); // A4
  worksheet_fit_to_pages(sheet, 1, 0);

  auto status = workbook_close(workbook);
  std::vector<std::uint8_t> bytes;
  if (status == LXW_NO_ERROR) {
    std::ifstream in(temporary, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  std::error_code ignored;
  std::filesystem::remove(temporary, ignored);
  if (status != LXW_NO_ERROR || bytes.empty()) {
    return core::fail(core::ErrorCode::io,
                      std::string("cannot write the registration table: ") + lxw_strerror(status), temporary);
  }
  return bytes;
}

} // namespace nominate::pack

#include "office_tools.hpp"
#include "ooxml_builder.hpp"
#include "temp_dir.hpp"

#include <nominate/office/registration_table.hpp>
#include <nominate/office/xlsx.hpp>

#include <catch2/catch.hpp>
#include <xlsxwriter.h>

#include <set>
#include <tuple>

using nominate::core::ErrorCode;
using nominate::office::DocumentType;
using nominate::office::read_registration_tables;
using nominate::office::RegistrationTable;
using nominate::test::as_bytes;
namespace wml = nominate::test::wml;

namespace {

// The one table a file holds, as each of these tests' files holds one of a kind.
nominate::core::Result<RegistrationTable> only_table(std::span<const std::uint8_t> bytes, DocumentType type)
{
  auto tables = read_registration_tables(bytes, type);
  if (!tables) {
    return std::unexpected(tables.error());
  }
  REQUIRE(tables->size() == 1);
  return std::move(tables->front());
}

// 附表2 as a district fills it in Excel: a merged title, split headers, the nominees out of order, the
// template's empty numbered row, the notes under the table.
std::string star_table_xlsx()
{
  nominate::test::TempDir dir;
  auto path = (dir.path() / "登记表.xlsx").string();
  lxw_workbook* workbook = workbook_new(path.c_str());
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "登记表");
  lxw_format* date = workbook_add_format(workbook);
  format_set_num_format(date, "yyyy/m/d");
  worksheet_merge_range(sheet, 0, 0, 0, 12, "海淀区（单位）“百姓学习之星”推介登记表", nullptr);
  const char* headers[] = {"推介序号",     "姓名", "单位", "职务",         "专业职称", "性别", "民族",
                           "出生\n年月日", "学历", "地址", "有无视频材料", "联系电话", "备注"};
  for (int column = 0; column < 13; ++column) {
    worksheet_write_string(sheet, 1, static_cast<lxw_col_t>(column), headers[column], nullptr);
  }
  auto row = [&](lxw_row_t at, double order, const char* name, const char* unit, double phone,
                 lxw_datetime birth, const char* note) {
    worksheet_write_number(sheet, at, 0, order, nullptr);
    worksheet_write_string(sheet, at, 1, name, nullptr);
    worksheet_write_string(sheet, at, 2, unit, nullptr);
    worksheet_write_string(sheet, at, 3, "退休", nullptr);
    worksheet_write_string(sheet, at, 5, "男", nullptr);
    worksheet_write_string(sheet, at, 6, "汉族", nullptr);
    worksheet_write_datetime(sheet, at, 7, &birth, date);
    worksheet_write_number(sheet, at, 11, phone, nullptr);
    if (note != nullptr) {
      worksheet_write_string(sheet, at, 12, note, nullptr);
    }
  };
  row(2, 2, "李四", "学院路街道", 13800001111, {1962, 7, 1, 0, 0, 0}, "事迹特别感人");
  row(3, 1, "张三", "海淀区社区学院", 13912345678, {1958, 3, 12, 0, 0, 0}, nullptr);
  worksheet_write_number(sheet, 4, 0, 3, nullptr); // the template's next numbered row, left empty
  worksheet_merge_range(sheet, 6, 0, 6, 12, "注：1.各区教育局、各单位统一填报；", nullptr);
  worksheet_write_string(sheet, 7, 0, "填表联系人：", nullptr);
  worksheet_write_string(sheet, 7, 11, "联系电话：010-1234", nullptr);
  REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
  return nominate::test::read_file(path);
}

// 附表4 as a Word table, its 序号 as given.
std::string brand_table_docx(const std::string& first = "1", const std::string& second = "2")
{
  using wml::tc;
  std::string header =
      wml::tr(tc("序号") + tc("品牌项目名称") + tc("主办单位") + tc("起始\n时间") + tc("参与人数（人次）") +
              tc("所附材料\n（总结、视频）") + tc("地    址") + tc("品牌单位联系电话和邮箱") + tc("备注"));
  auto row = [](const std::string& order, const std::string& name, const std::string& unit) {
    return wml::tr(tc(order) + tc(name) + tc(unit) + tc("2019.03") + tc("2600") + tc("总结、视频") +
                   tc("海淀区") + tc("010-82345678") + tc(""));
  };
  std::string blank;
  for (int column = 0; column < 9; ++column) {
    blank += tc("");
  }
  std::string rows = header + row(first, "银龄智慧课堂", "海淀区社区学院") +
                     row(second, "家门口的书院", "学院路街道") + wml::tr(blank);
  std::string body = wml::p("附表4") + wml::p("        区（单位）“终身学习品牌项目”推介登记表") +
                     wml::p("（盖章）                    填表时间：      年     月    日") +
                     wml::tbl(9, rows) + wml::p("注：1.各区教育局（各单位）统一填报；");
  return nominate::test::docx_package(body);
}

// 附表2 as many districts lay it out in Excel: a title row, then a header over two rows — 基本信息 merged
// over 性别 | 民族 | 出生年月日, the other headings merged down both rows (or, `name_merged` false, written
// in the upper row only) — a second page that repeats the header, and a 合计 row under the nominees.
std::string two_row_header_xlsx(bool name_merged, const char* total = "合计", const char* total_count = "2人")
{
  nominate::test::TempDir dir;
  auto path = (dir.path() / "登记表.xlsx").string();
  lxw_workbook* workbook = workbook_new(path.c_str());
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "登记表");
  worksheet_merge_range(sheet, 0, 0, 0, 8, "海淀区“百姓学习之星”推介登记表", nullptr);
  auto header = [&](lxw_row_t top) {
    const char* down[] = {"推介序号", "姓名", "单位", "职务"};
    for (lxw_col_t column = 0; column < 4; ++column) {
      if (name_merged) {
        worksheet_merge_range(sheet, top, column, top + 1, column, down[column], nullptr);
      } else {
        worksheet_write_string(sheet, top, column, down[column], nullptr);
      }
    }
    worksheet_merge_range(sheet, top, 4, top, 6, "基本信息", nullptr);
    worksheet_write_string(sheet, top + 1, 4, "性别", nullptr);
    worksheet_write_string(sheet, top + 1, 5, "民族", nullptr);
    worksheet_write_string(sheet, top + 1, 6, "出生年月日", nullptr);
    worksheet_merge_range(sheet, top, 7, top + 1, 7, "联系电话", nullptr);
    worksheet_merge_range(sheet, top, 8, top + 1, 8, "备注", nullptr);
  };
  auto row = [&](lxw_row_t at, double order, const char* name, const char* position, const char* birth,
                 const char* phone) {
    worksheet_write_number(sheet, at, 0, order, nullptr);
    worksheet_write_string(sheet, at, 1, name, nullptr);
    worksheet_write_string(sheet, at, 2, "海淀区社区学院", nullptr);
    worksheet_write_string(sheet, at, 3, position, nullptr);
    worksheet_write_string(sheet, at, 4, "男", nullptr);
    worksheet_write_string(sheet, at, 5, "汉族", nullptr);
    worksheet_write_string(sheet, at, 6, birth, nullptr);
    worksheet_write_string(sheet, at, 7, phone, nullptr);
  };
  header(1);
  row(3, 1, "张三", "退休教师", "1958年3月12日", "13912345678");
  header(4); // page 2
  row(6, 2, "李四", "志愿者", "1962年7月1日", "13800001111");
  worksheet_write_string(sheet, 7, 0, total, nullptr);
  worksheet_write_string(sheet, 7, 1, total_count, nullptr);
  worksheet_merge_range(sheet, 8, 0, 8, 8, "注：1.各区教育局、各单位统一填报；", nullptr);
  REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
  return nominate::test::read_file(path);
}

} // namespace

TEST_CASE("附表2 in .xlsx: the header found by its labels, rows in 推介序号 order", "[office]")
{
  std::string bytes = star_table_xlsx();
  auto table = only_table(as_bytes(bytes), DocumentType::xlsx);
  REQUIRE(table);
  CHECK(table->kind == "star");
  CHECK(table->sheet == "登记表");
  REQUIRE(table->headers.size() == 13);
  CHECK(table->headers[7] == "出生年月日");
  REQUIRE(table->rows.size() == 2);

  const auto& first = table->rows[0];
  CHECK(first.order == 1);
  CHECK(first.values.at("姓名") == "张三");
  CHECK(first.values.at("单位") == "海淀区社区学院");
  CHECK(first.values.at("职务") == "退休");
  CHECK(first.values.at("出生年月日") == "1958-03-12");
  CHECK(first.values.at("联系电话") == "13912345678");
  CHECK(first.values.count("备注") == 0);
  CHECK(first.location.sheet == "登记表");
  CHECK(first.location.cell == "A4");

  const auto& second = table->rows[1];
  CHECK(second.order == 2);
  CHECK(second.values.at("姓名") == "李四");
  CHECK(second.values.at("备注") == "事迹特别感人");
  CHECK(second.location.cell == "A3");
}

TEST_CASE("a workbook with 附表2 and 附表4 as two sheets gives both tables; a second sheet of a kind is left",
          "[office]")
{
  nominate::test::TempDir dir;
  auto path = (dir.path() / "登记表.xlsx").string();
  lxw_workbook* workbook = workbook_new(path.c_str());
  auto write_rows = [](lxw_worksheet* sheet, const std::vector<std::vector<std::string>>& rows) {
    for (std::size_t r = 0; r < rows.size(); ++r) {
      for (std::size_t c = 0; c < rows[r].size(); ++c) {
        worksheet_write_string(sheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c),
                               rows[r][c].c_str(), nullptr);
      }
    }
  };
  write_rows(workbook_add_worksheet(workbook, "附表2"),
             {{"附表2"},
              {"推介序号", "姓名", "单位", "职务", "联系电话"},
              {"1", "张三", "海淀区社区学院", "退休", "13912345678"}});
  write_rows(workbook_add_worksheet(workbook, "附表4"),
             {{"附表4"},
              {"序号", "品牌项目名称", "主办单位", "起始时间", "参与人数（人次）"},
              {"1", "银龄智慧课堂", "海淀区社区学院", "2019年3月", "2600"}});
  write_rows(workbook_add_worksheet(workbook, "附表2 (草稿)"),
             {{"推介序号", "姓名", "单位"}, {"1", "王五", "草稿里的单位"}});
  // A template's blank sheet of a kind filled already is left.
  write_rows(workbook_add_worksheet(workbook, "附表4 (空白)"),
             {{"序号", "品牌项目名称", "主办单位", "起始时间", "参与人数（人次）"}, {"1"}});
  REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
  const std::string bytes = nominate::test::read_file(path);
  // And a book of 附表2 filled and 附表4 blank (a district without projects, or its 附表4 in another file)
  // holds the one table: the blank one would call every project missing from it.
  nominate::test::TempDir other;
  auto half = (other.path() / "登记表.xlsx").string();
  lxw_workbook* book = workbook_new(half.c_str());
  write_rows(workbook_add_worksheet(book, "附表4"),
             {{"序号", "品牌项目名称", "主办单位", "起始时间", "参与人数（人次）"}, {"1"}, {"2"}});
  write_rows(workbook_add_worksheet(book, "附表2"), {{"推介序号", "姓名", "单位", "职务", "联系电话"},
                                                     {"1", "张三", "海淀区社区学院", "退休", "13912345678"}});
  REQUIRE(workbook_close(book) == LXW_NO_ERROR);
  const std::string half_bytes = nominate::test::read_file(half);
  auto only_stars = read_registration_tables(as_bytes(half_bytes), DocumentType::xlsx);
  REQUIRE(only_stars);
  REQUIRE(only_stars->size() == 1);
  CHECK(only_stars->front().kind == "star");

  auto tables = read_registration_tables(as_bytes(bytes), DocumentType::xlsx);
  REQUIRE(tables);
  REQUIRE(tables->size() == 2);
  CHECK((*tables)[0].kind == "star");
  CHECK((*tables)[0].sheet == "附表2");
  REQUIRE((*tables)[0].rows.size() == 1);
  CHECK((*tables)[0].rows[0].values.at("姓名") == "张三");
  CHECK((*tables)[1].kind == "brand");
  CHECK((*tables)[1].sheet == "附表4");
  REQUIRE((*tables)[1].rows.size() == 1);
  CHECK((*tables)[1].rows[0].values.at("品牌项目名称") == "银龄智慧课堂");
  CHECK((*tables)[1].rows[0].location.sheet == "附表4");
}

TEST_CASE("附表4 in .docx: split headers, the template's blank row and the notes left out", "[office]")
{
  std::string bytes = brand_table_docx();
  auto table = only_table(as_bytes(bytes), DocumentType::docx);
  REQUIRE(table);
  CHECK(table->kind == "brand");
  CHECK(table->sheet.empty());
  CHECK(table->headers == std::vector<std::string>{"序号", "品牌项目名称", "主办单位", "起始时间",
                                                   "参与人数(人次)", "所附材料(总结、视频)", "地址",
                                                   "品牌单位联系电话和邮箱", "备注"});
  REQUIRE(table->rows.size() == 2);
  CHECK(table->rows[0].values.at("品牌项目名称") == "银龄智慧课堂");
  CHECK(table->rows[0].values.at("主办单位") == "海淀区社区学院");
  CHECK(table->rows[0].values.at("参与人数(人次)") == "2600");
  CHECK(table->rows[1].order == 2);
  CHECK(table->rows[1].location.table == 1);
  CHECK(table->rows[1].location.row == 3);
}

TEST_CASE("推介序号 as districts write it: 一, （2）, 第3名, 十二, 2、", "[office]")
{
  for (const auto& [first, second, orders] :
       std::vector<std::tuple<std::string, std::string, std::pair<int, int>>>{{"二", "一", {2, 1}},
                                                                              {"（2）", "(1)", {2, 1}},
                                                                              {"第3名", "第十二名", {3, 12}},
                                                                              {"二十", "2、", {20, 2}}}) {
    INFO(first << " / " << second);
    auto table = only_table(as_bytes(brand_table_docx(first, second)), DocumentType::docx);
    REQUIRE(table);
    REQUIRE(table->rows.size() == 2);
    std::set<int> read;
    for (const auto& row : table->rows) {
      REQUIRE(row.order);
      read.insert(*row.order);
    }
    CHECK(read == std::set<int>{orders.first, orders.second});
  }
}

TEST_CASE("a table saved by LibreOffice Calc from a CSV keeps its phone numbers and dates", "[office]")
{
  // Calc recognises the numbers and ISO dates in the CSV and stores them as numbers and date serials.
  std::string csv = "推介序号,姓名,单位,职务,出生年月日,联系电话,备注\n"
                    "1,张三,海淀区社区学院,退休,1958-03-12,13912345678,\n"
                    "2,李四,学院路街道,志愿者,1962-07-01,13800001111,事迹特别感人\n";
  auto xlsx =
      nominate::test::soffice_convert(csv, "登记表.csv", "xlsx:Calc MS Excel 2007 XML", "CSV:44,34,76,1");
  std::string bytes = nominate::test::read_file(xlsx);
  auto table = only_table(as_bytes(bytes), DocumentType::xlsx);
  REQUIRE(table);
  CHECK(table->kind == "star");
  REQUIRE(table->rows.size() == 2);
  CHECK(table->rows[0].values.at("联系电话") == "13912345678");
  CHECK(table->rows[0].values.at("出生年月日") == "1958-03-12");
  CHECK(table->rows[1].values.at("备注") == "事迹特别感人");
}

TEST_CASE("a table saved from Excel as CSV is read as typed, in UTF-8 or GBK", "[office]")
{
  // UTF-8 with Excel's byte-order mark; a quoted 单位 holding a comma and a doubled quote; CR LF line ends.
  const std::string utf8 = "\xEF\xBB\xBF推介序号,姓名,单位,联系电话,备注\r\n"
                           "1,张三,\"海淀区社区学院,学院路\"\"分院\"\"\",13912345678,\r\n"
                           "2,李四,学院路街道,13800001111,事迹特别感人\r\n";
  auto table = only_table(as_bytes(utf8), DocumentType::text);
  REQUIRE(table);
  CHECK(table->kind == "star");
  REQUIRE(table->rows.size() == 2);
  CHECK(table->rows[0].values.at("单位") == "海淀区社区学院,学院路\"分院\"");
  CHECK(table->rows[0].values.at("联系电话") == "13912345678");
  CHECK(table->rows[1].values.at("备注") == "事迹特别感人");
  CHECK(table->rows[1].location.cell == "A3");
  // GBK, as Excel on Chinese Windows saves "CSV (逗号分隔)": 推介序号,姓名,联系电话 / 1,张三,13912345678.
  const std::string gbk =
      "\xCD\xC6\xBD\xE9\xD0\xF2\xBA\xC5,\xD0\xD5\xC3\xFB,\xC1\xAA\xCF\xB5\xB5\xE7\xBB\xB0\n"
      "1,\xD5\xC5\xC8\xFD,13912345678\n";
  auto from_gbk = only_table(as_bytes(gbk), DocumentType::text);
  REQUIRE(from_gbk);
  REQUIRE(from_gbk->rows.size() == 1);
  CHECK(from_gbk->rows[0].values.at("姓名") == "张三");
  // Past the row cap it is refused, as an .xlsx is.
  std::string huge = "姓名,联系电话\n";
  for (std::size_t i = 0; i <= nominate::office::k_max_table_rows; ++i) {
    huge += "张三,13912345678\n";
  }
  auto refused = only_table(as_bytes(huge), DocumentType::text);
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == ErrorCode::limit_exceeded);
  // So is one line of 9 MB, before it is decoded or split (a 300 MB one took 1.6 GB).
  const std::string long_line = "推介序号,姓名\n1," + std::string(9U << 20U, 'x') + "\n";
  auto too_large = only_table(as_bytes(long_line), DocumentType::text);
  REQUIRE_FALSE(too_large);
  CHECK(too_large.error().code == ErrorCode::limit_exceeded);
  CHECK(too_large.error().message.find("9 MB") != std::string::npos);
  // Text that is no table says so.
  auto prose = only_table(as_bytes("这是一份说明，没有表格。\n"), DocumentType::text);
  REQUIRE_FALSE(prose);
  CHECK(prose.error().code == ErrorCode::not_a_table);
}

TEST_CASE("a file that holds no registration table says so", "[office]")
{
  nominate::test::XlsxParts parts;
  parts.sheets.emplace_back("Sheet1",
                            "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>随便</t></is></c>"
                            "</row></sheetData>");
  auto table = only_table(as_bytes(nominate::test::xlsx_package(parts)), DocumentType::xlsx);
  REQUIRE_FALSE(table);
  CHECK(table.error().code == ErrorCode::not_a_table);

  auto pdf = only_table(as_bytes("%PDF-1.4"), DocumentType::pdf);
  REQUIRE_FALSE(pdf);
  CHECK(pdf.error().code == ErrorCode::unsupported);
}

TEST_CASE("a nomination form is not taken for a registration table, though a row names 姓名 among labels",
          "[office]")
{
  // The shipped star form, as WPS saves it: 姓名 | 张三 | 性别 | 男 | … then the form's sections below.
  const std::filesystem::path source = NOMINATE_SOURCE_DIR;
  const auto form = nominate::test::read_file(source / "examples/star-compliant/推介表.docx");
  auto table = only_table(as_bytes(form), DocumentType::docx);
  REQUIRE_FALSE(table);
  CHECK(table.error().code == ErrorCode::not_a_table);
}

TEST_CASE("one row naming 推介意见 under a city's table does not make it a form", "[office]")
{
  auto cell = [](const char* ref, const char* text) {
    return std::string("<c r=\"") + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  };
  nominate::test::XlsxParts parts;
  parts.sheets.emplace_back("登记表", "<sheetData><row r=\"1\">" + cell("A1", "序号") + cell("B1", "姓名") +
                                          cell("C1", "工作单位及职务") + cell("D1", "联系方式") +
                                          "</row><row r=\"2\">" + cell("A2", "1") + cell("B2", "张三") +
                                          cell("C2", "海淀区社区学院 退休") + cell("D2", "13912345678") +
                                          "</row><row r=\"3\">" + cell("A3", "区教育局推介意见") +
                                          "</row></sheetData>");
  auto table = only_table(as_bytes(nominate::test::xlsx_package(parts)), DocumentType::xlsx);
  REQUIRE(table);
  REQUIRE(table->rows.size() == 1);
  CHECK(table->rows[0].values.at("姓名") == "张三");
}

TEST_CASE("a header over two rows is read as one: every column keeps its own label", "[office]")
{
  for (bool name_merged : {true, false}) {
    INFO("姓名 merged down both header rows: " << name_merged);
    std::string bytes = two_row_header_xlsx(name_merged);
    auto table = only_table(as_bytes(bytes), DocumentType::xlsx);
    REQUIRE(table);
    CHECK(table->kind == "star");
    CHECK(table->name_column == "姓名");
    CHECK(table->headers == std::vector<std::string>{"推介序号", "姓名", "单位", "职务", "性别", "民族",
                                                     "出生年月日", "联系电话", "备注"});
    // The header's lower row, the repeated header on page 2 and the 合计 row are no nominees.
    REQUIRE(table->rows.size() == 2);
    const auto& first = table->rows[0];
    CHECK(first.order == 1);
    CHECK(first.values.at("姓名") == "张三");
    CHECK(first.values.at("职务") == "退休教师");
    CHECK(first.values.at("性别") == "男");
    CHECK(first.values.at("民族") == "汉族");
    CHECK(first.values.at("出生年月日") == "1958年3月12日");
    CHECK(first.values.at("联系电话") == "13912345678");
    CHECK(first.cells.at("出生年月日").cell == "G4");
    CHECK(table->rows[1].values.at("姓名") == "李四");
    CHECK(table->rows[1].location.cell == "A7");
  }
}

TEST_CASE("a heading merged over two columns above their own labels keeps both columns", "[office]")
{
  // 单位及职务 over 单位 | 职务, as a Word table: gridSpan above, vMerge down for the other headings.
  using wml::tc;
  const wml::CellSpec restart{1, "restart"};
  const wml::CellSpec below{1, "continue"};
  std::string rows =
      wml::tr(tc("序号", restart) + tc("姓名", restart) + tc("单位及职务", {2, ""}) +
              tc("联系电话", restart)) +
      wml::tr(tc("", below) + tc("", below) + tc("单位") + tc("职务") + tc("", below)) +
      wml::tr(tc("1") + tc("张三") + tc("海淀区社区学院") + tc("退休教师") + tc("13912345678"));
  std::string body = wml::p("附表2") + wml::p("“百姓学习之星”推介登记表") + wml::tbl(5, rows);
  auto table = only_table(as_bytes(nominate::test::docx_package(body)), DocumentType::docx);
  REQUIRE(table);
  CHECK(table->headers == std::vector<std::string>{"序号", "姓名", "单位", "职务", "联系电话"});
  REQUIRE(table->rows.size() == 1);
  CHECK(table->rows[0].values.at("单位") == "海淀区社区学院");
  CHECK(table->rows[0].values.at("职务") == "退休教师");
  CHECK(table->rows[0].location.row == 3);
}

TEST_CASE("other cities' headings: 编号 numbers the rows, 候选人姓名 names the nominee", "[office]")
{
  std::string csv = "编号,候选人姓名,单位名称,职称,出生年月（日）,联系方式\n"
                    "2,李四,学院路街道,志愿者,1962-07-01,13800001111\n"
                    "1,张三,海淀区社区学院,退休,1958-03-12,13912345678\n";
  auto xlsx =
      nominate::test::soffice_convert(csv, "登记表.csv", "xlsx:Calc MS Excel 2007 XML", "CSV:44,34,76,1");
  std::string bytes = nominate::test::read_file(xlsx);
  auto table = only_table(as_bytes(bytes), DocumentType::xlsx);
  REQUIRE(table);
  CHECK(table->kind == "star");
  CHECK(table->name_column == "候选人姓名");
  REQUIRE(table->rows.size() == 2);
  CHECK(table->rows[0].order == 1);
  CHECK(table->rows[0].values.at("候选人姓名") == "张三");
  CHECK(table->rows[0].values.at("出生年月(日)") == "1958-03-12");
}

TEST_CASE("a title merged over part of the row above the header is not a header row", "[office]")
{
  nominate::test::TempDir dir;
  auto path = (dir.path() / "登记表.xlsx").string();
  lxw_workbook* workbook = workbook_new(path.c_str());
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Sheet1");
  // The title over the table's first five columns, a note over the last two; the header's last column has
  // no label.
  worksheet_merge_range(sheet, 0, 0, 0, 4, "“百姓学习之星”推介登记表", nullptr);
  worksheet_merge_range(sheet, 0, 5, 0, 6, "（盖章）", nullptr);
  const char* headers[] = {"序号", "姓名", "单位", "职务", "联系电话", "备注"};
  for (lxw_col_t column = 0; column < 6; ++column) {
    worksheet_write_string(sheet, 1, column, headers[column], nullptr);
  }
  worksheet_write_string(sheet, 2, 0, "1", nullptr);
  worksheet_write_string(sheet, 2, 1, "张三", nullptr);
  worksheet_write_string(sheet, 2, 4, "13912345678", nullptr);
  REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
  std::string bytes = nominate::test::read_file(path);
  auto table = only_table(as_bytes(bytes), DocumentType::xlsx);
  REQUIRE(table);
  CHECK(table->headers == std::vector<std::string>{"序号", "姓名", "单位", "职务", "联系电话", "备注"});
  REQUIRE(table->rows.size() == 1);
  CHECK(table->rows[0].values.at("联系电话") == "13912345678");
}

TEST_CASE("a totals row written 共计 or 共2人 is no nominee", "[office]")
{
  for (const auto& [total, count] :
       {std::pair{"共计", "2人"}, std::pair{"", "共2人"}, std::pair{"总计", "2名"}}) {
    INFO(total << " | " << count);
    auto table = only_table(as_bytes(two_row_header_xlsx(true, total, count)), DocumentType::xlsx);
    REQUIRE(table);
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[1].values.at("姓名") == "李四");
  }
}

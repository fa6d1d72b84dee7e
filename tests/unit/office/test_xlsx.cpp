#include "ooxml_builder.hpp"
#include "temp_dir.hpp"

#include <nominate/office/xlsx.hpp>

#include <catch2/catch.hpp>
#include <xlsxwriter.h>

using nominate::core::ErrorCode;
using nominate::office::MergedCells;
using nominate::office::read_xlsx;
using nominate::office::Sheet;
using nominate::office::Workbook;
using nominate::test::as_bytes;

namespace {

// A registration table as Excel users fill it, written by libxlsxwriter.
std::string written_workbook()
{
  nominate::test::TempDir dir;
  auto path = (dir.path() / "登记表.xlsx").string();
  lxw_workbook* workbook = workbook_new(path.c_str());
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "附表2");
  lxw_format* iso = workbook_add_format(workbook);
  format_set_num_format(iso, "yyyy-mm-dd");
  lxw_format* builtin = workbook_add_format(workbook);
  format_set_num_format_index(builtin, 14);
  lxw_format* chinese_month = workbook_add_format(workbook);
  format_set_num_format(chinese_month, "yyyy\"年\"m\"月\"");
  lxw_format* time = workbook_add_format(workbook);
  format_set_num_format(time, "hh:mm:ss");

  worksheet_write_string(sheet, 0, 0, "姓名", nullptr);
  worksheet_write_string(sheet, 0, 1, "联系电话", nullptr);
  worksheet_write_string(sheet, 0, 2, "出生年月日", nullptr);
  worksheet_write_string(sheet, 0, 3, "单位", nullptr);
  worksheet_write_string(sheet, 1, 0, "张三", nullptr);
  worksheet_write_number(sheet, 1, 1, 13912345678.0, nullptr);
  lxw_datetime birth{1958, 3, 12, 0, 0, 0};
  worksheet_write_datetime(sheet, 1, 2, &birth, iso);
  worksheet_merge_range(sheet, 1, 3, 2, 3, "海淀区社区学院", nullptr);
  worksheet_write_string(sheet, 2, 0, "李四", nullptr);
  worksheet_write_number(sheet, 2, 1, 1200, nullptr);
  lxw_datetime other{1960, 5, 1, 0, 0, 0};
  worksheet_write_datetime(sheet, 2, 2, &other, builtin);
  worksheet_write_datetime(sheet, 3, 2, &other, chinese_month);
  worksheet_write_number(sheet, 3, 1, 0.1 + 0.2, nullptr);
  lxw_datetime noon{0, 0, 0, 12, 30, 15};
  worksheet_write_datetime(sheet, 3, 3, &noon, time);

  lxw_worksheet* hidden = workbook_add_worksheet(workbook, "说明");
  worksheet_write_string(hidden, 0, 0, "填表说明", nullptr);
  worksheet_hide(hidden);
  REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
  return nominate::test::read_file(path);
}

Workbook read_parts(const nominate::test::XlsxParts& parts, MergedCells merged = MergedCells::repeated)
{
  std::string package = nominate::test::xlsx_package(parts);
  auto workbook = read_xlsx(as_bytes(package), {}, merged);
  REQUIRE(workbook);
  return *workbook;
}

std::string cell(const Sheet& sheet, std::size_t row, std::size_t column)
{
  return row < sheet.rows.size() && column < sheet.rows[row].size() ? sheet.rows[row][column] : std::string();
}

} // namespace

TEST_CASE("an .xlsx written by libxlsxwriter reads as Excel shows it", "[office]")
{
  std::string bytes = written_workbook();
  auto workbook = read_xlsx(as_bytes(bytes));
  REQUIRE(workbook);
  REQUIRE(workbook->sheets.size() == 2);
  const Sheet& sheet = workbook->sheets[0];
  CHECK(sheet.name == "附表2");
  CHECK_FALSE(sheet.hidden);
  CHECK(workbook->sheets[1].hidden);
  CHECK(cell(sheet, 0, 0) == "姓名");

  SECTION("a phone number stored as a number keeps its digits")
  {
    CHECK(cell(sheet, 1, 1) == "13912345678");
    CHECK(cell(sheet, 2, 1) == "1200");
    CHECK(cell(sheet, 3, 1) == "0.3");
  }
  SECTION("dates by custom and built-in formats; a month format shows no day; a time of day")
  {
    CHECK(cell(sheet, 1, 2) == "1958-03-12");
    CHECK(cell(sheet, 2, 2) == "1960-05-01");
    CHECK(cell(sheet, 3, 2) == "1960-05");
    CHECK(cell(sheet, 3, 3) == "12:30:15");
  }
  SECTION("a merged cell's value is repeated over its range, or kept at its top-left")
  {
    CHECK(cell(sheet, 1, 3) == "海淀区社区学院");
    CHECK(cell(sheet, 2, 3) == "海淀区社区学院");
    auto stored = read_xlsx(as_bytes(bytes), {}, MergedCells::top_left);
    REQUIRE(stored);
    CHECK(cell(stored->sheets[0], 1, 3) == "海淀区社区学院");
    CHECK(cell(stored->sheets[0], 2, 3).empty());
  }
}

TEST_CASE("strings: shared, rich, inline and escaped", "[office]")
{
  nominate::test::XlsxParts parts;
  parts.shared_strings =
      "<si><t>姓名</t></si>"
      "<si><r><rPr><b/></rPr><t>海淀区</t></r><r><t xml:space=\"preserve\"> 社区学院</t></r></si>"
      "<si><t>张三</t><rPh sb=\"0\" eb=\"2\"><t>ZHANG SAN</t></rPh></si>"
      "<si><t>第一行_x000D__x000A_第二行</t></si>"
      "<si><t>_x005F_x0041_ 与 _x0041_</t></si>";
  parts.sheets.emplace_back(
      "Sheet1",
      "<sheetData>"
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
      "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c></row>"
      "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>王五</t></is></c>"
      "<c t=\"inlineStr\"><is><r><t>银龄</t></r><r><t>课堂</t></r></is></c>"
      "<c t=\"str\"><f>A2&amp;\"!\"</f><v>王五!</v></c><c t=\"b\"><v>1</v></c>"
      "<c t=\"e\"><v>#N/A</v></c><c t=\"d\"><v>2019-03-01T00:00:00</v></c></row>"
      "</sheetData>");
  Workbook workbook = read_parts(parts);
  const Sheet& sheet = workbook.sheets.at(0);
  CHECK(cell(sheet, 0, 0) == "姓名");
  CHECK(cell(sheet, 0, 1) == "海淀区 社区学院");
  CHECK(cell(sheet, 0, 2) == "张三"); // the phonetic guide is left out
  CHECK(cell(sheet, 0, 3) == "第一行\r\n第二行");
  CHECK(cell(sheet, 0, 4) == "_x0041_ 与 A");
  CHECK(cell(sheet, 1, 0) == "王五");
  CHECK(cell(sheet, 1, 1) == "银龄课堂"); // a cell without a reference follows the previous one
  CHECK(cell(sheet, 1, 2) == "王五!");
  CHECK(cell(sheet, 1, 3) == "TRUE");
  CHECK(cell(sheet, 1, 4) == "#N/A");
  CHECK(cell(sheet, 1, 5) == "2019-03-01");
}

TEST_CASE("numbers and date serials as Excel shows them", "[office]")
{
  nominate::test::XlsxParts parts;
  parts.styles =
      "<numFmts count=\"1\"><numFmt numFmtId=\"176\" formatCode=\"yyyy/m/d;@\"/></numFmts>"
      "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"176\"/></cellXfs>";
  parts.sheets.emplace_back(
      "Sheet1", "<sheetData><row r=\"1\">"
                "<c r=\"A1\"><v>1.3912345678E10</v></c><c r=\"B1\"><v>1.10101199001011E+17</v></c>"
                "<c r=\"C1\"><v>2.5E-3</v></c><c r=\"D1\"><v>-42</v></c></row>"
                "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>59</v></c><c r=\"B2\" s=\"1\"><v>60</v></c>"
                "<c r=\"C2\" s=\"1\"><v>61</v></c><c r=\"D2\" s=\"2\"><v>43525</v></c>"
                "<c r=\"E2\" s=\"1\"><v>99999999</v></c></row></sheetData>");
  Workbook workbook = read_parts(parts);
  const Sheet& sheet = workbook.sheets.at(0);
  CHECK(cell(sheet, 0, 0) == "13912345678");
  CHECK(cell(sheet, 0, 1) == "110101199001011000");
  CHECK(cell(sheet, 0, 2) == "0.0025");
  CHECK(cell(sheet, 0, 3) == "-42");
  CHECK(cell(sheet, 1, 0) == "1900-02-28");
  CHECK(cell(sheet, 1, 1) == "1900-02-29"); // Excel's phantom day
  CHECK(cell(sheet, 1, 2) == "1900-03-01");
  CHECK(cell(sheet, 1, 3) == "2019-03-01");
  CHECK(cell(sheet, 1, 4) == "99999999"); // past 9999-12-31: shown as the number

  SECTION("the 1904 date system")
  {
    parts.date1904 = true;
    Workbook mac_workbook = read_parts(parts);
    const Sheet& mac = mac_workbook.sheets.at(0);
    CHECK(cell(mac, 1, 0) == "1904-02-29");
    CHECK(cell(mac, 1, 3) == "2023-03-02"); // 1462 days after the 1900 system
  }
}

TEST_CASE("a producer's own namespace prefix is understood", "[office]")
{
  std::string ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  std::string package =
      nominate::test::ZipBuilder()
          .add("[Content_Types].xml",
               "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
          .add("_rels/.rels",
               "<Relationships "
               "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
               "Id=\"r1\" "
               "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
               "Target=\"/xl/workbook.xml\"/></Relationships>")
          .add("xl/workbook.xml",
               "<x:workbook xmlns:x=\"" + ns +
                   "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                   "<x:sheets><x:sheet name=\"表\" sheetId=\"1\" r:id=\"rId9\"/></x:sheets></x:workbook>")
          .add("xl/_rels/workbook.xml.rels",
               "<Relationships "
               "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
               "Id=\"rId9\" "
               "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
               "Target=\"sheets/../worksheets/s.xml\"/></Relationships>")
          .add("xl/worksheets/s.xml",
               "<x:worksheet xmlns:x=\"" + ns +
                   "\"><x:sheetData><x:row r=\"3\"><x:c r=\"B3\" t=\"inlineStr\"><x:is><x:t>值"
                   "</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>")
          .build();
  auto workbook = read_xlsx(as_bytes(package));
  REQUIRE(workbook);
  REQUIRE(workbook->sheets.size() == 1);
  CHECK(workbook->sheets[0].name == "表");
  CHECK(cell(workbook->sheets[0], 2, 1) == "值");
  CHECK(nominate::office::cell_reference(2, 1) == "B3");
  CHECK(nominate::office::cell_reference(4, 26) == "AA5");
}

TEST_CASE("damaged and hostile workbooks are refused", "[office]")
{
  SECTION("a shared string that does not exist")
  {
    nominate::test::XlsxParts parts;
    parts.shared_strings = "<si><t>一</t></si>";
    parts.sheets.emplace_back("S",
                              "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row></sheetData>");
    auto workbook = read_xlsx(as_bytes(nominate::test::xlsx_package(parts)));
    REQUIRE_FALSE(workbook);
    CHECK(workbook.error().code == ErrorCode::unreadable);
  }
  SECTION("a sheet with a DOCTYPE")
  {
    nominate::test::XlsxParts parts;
    parts.sheets.emplace_back("S", "<sheetData/>");
    std::string package = nominate::test::xlsx_package(parts);
    std::string hostile = nominate::test::ZipBuilder()
                              .add("xl/workbook.xml", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><workbook/>")
                              .build();
    auto workbook = read_xlsx(as_bytes(hostile));
    REQUIRE_FALSE(workbook);
    CHECK(workbook.error().code == ErrorCode::unreadable);
  }
  SECTION("cells far apart that would expand to millions of cells")
  {
    std::string rows;
    for (int row = 1; row <= 300; ++row) {
      rows += "<row r=\"" + std::to_string(row) + "\"><c r=\"XFD" + std::to_string(row) +
              "\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
    }
    nominate::test::XlsxParts parts;
    parts.sheets.emplace_back("S", "<sheetData>" + rows + "</sheetData>");
    auto workbook = read_xlsx(as_bytes(nominate::test::xlsx_package(parts)));
    REQUIRE_FALSE(workbook);
    CHECK(workbook.error().code == ErrorCode::limit_exceeded);
  }
  SECTION("a merged range over the whole sheet stays within the filled cells")
  {
    nominate::test::XlsxParts parts;
    parts.sheets.emplace_back("S",
                              "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>标题</t></is></c>"
                              "<c r=\"C1\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>"
                              "<mergeCells count=\"1\"><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>");
    Workbook workbook = read_parts(parts);
    REQUIRE(workbook.sheets[0].rows.size() == 1);
    CHECK(workbook.sheets[0].rows[0].size() == 3);
    CHECK(cell(workbook.sheets[0], 0, 1) == "标题");
  }
  SECTION("a legacy .xls is unsupported; a missing file names itself")
  {
    auto missing = nominate::office::read_xlsx_file("/nonexistent/登记表.xlsx");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::not_found);
  }
}

TEST_CASE("a sheet with more rows than any table holds is refused, not kept in memory", "[office]")
{
  auto sheet_of = [](std::size_t rows) {
    std::string xml;
    xml.reserve(rows * 48);
    for (std::size_t row = 1; row <= rows; ++row) {
      xml +=
          "<row r=\"" + std::to_string(row) + "\"><c r=\"A" + std::to_string(row) + "\"><v>1</v></c></row>";
    }
    nominate::test::XlsxParts parts;
    parts.sheets.emplace_back("S", "<sheetData>" + xml + "</sheetData>");
    return nominate::test::xlsx_package(parts);
  };
  auto within = read_xlsx(as_bytes(sheet_of(nominate::office::k_max_table_rows)));
  REQUIRE(within);
  CHECK(within->sheets[0].rows.size() == nominate::office::k_max_table_rows);
  auto over = read_xlsx(as_bytes(sheet_of(nominate::office::k_max_table_rows + 1)));
  REQUIRE_FALSE(over);
  CHECK(over.error().code == ErrorCode::limit_exceeded);
  CHECK(over.error().message.find("50000 rows") != std::string::npos);
}

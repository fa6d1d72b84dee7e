// Tables laid out otherwise than the templates: a row of labels above a row of values, a long value typed
// on in the rows below its label (merged or left empty), a table split in two at a page break, a table of
// labels inside a cell.
#include "office_tools.hpp"
#include "ooxml_builder.hpp"
#include "temp_dir.hpp"

#include <nominate/office/form.hpp>

#include <catch2/catch.hpp>

#include <vector>

using nominate::office::FormEntry;
using nominate::office::FormReading;
using nominate::office::read_docx;
using nominate::test::as_bytes;
namespace wml = nominate::test::wml;
using wml::tc;

namespace {

const std::vector<std::string> k_labels{"姓名", "性别",           "出生年月", "民族",
                                        "籍贯", "主要事迹和成效", "获奖情况", "宣传展示材料"};

FormReading read_body(const std::string& body)
{
  auto document = read_docx(as_bytes(nominate::test::docx_package(body)));
  REQUIRE(document);
  return nominate::office::read_form(*document, k_labels);
}

const FormEntry& one(const FormReading& reading, const std::string& label)
{
  const FormEntry* found = nullptr;
  for (const auto& entry : reading.entries) {
    if (entry.label == label) {
      INFO("label " << label << " read twice");
      REQUIRE(found == nullptr);
      found = &entry;
    }
  }
  INFO("label " << label);
  REQUIRE(found != nullptr);
  return *found;
}

} // namespace

TEST_CASE("a row of labels above a row of values pairs them column by column", "[office]")
{
  const std::string rows =
      wml::tr(tc("姓名") + tc("性别") + tc("出生年月") + tc("民族") + tc("籍贯") + tc("")) +
      wml::tr(tc("王秀兰") + tc("女") + tc("1957年4月") + tc("汉族") + tc("河北保定") + tc("")) +
      wml::tr(tc("获奖情况") + tc("区级优秀志愿者", {5, ""}));
  const FormReading reading = read_body(wml::tbl(6, rows));
  CHECK(one(reading, "姓名").value == "王秀兰");
  CHECK(one(reading, "性别").value == "女");
  CHECK(one(reading, "出生年月").value == "1957年4月");
  CHECK(one(reading, "籍贯").value == "河北保定");
  CHECK(one(reading, "籍贯").location.row == 2);
  CHECK(one(reading, "籍贯").location.cell_index == 5);
  CHECK(one(reading, "获奖情况").value == "区级优秀志愿者");
  CHECK(reading.other_labels.empty());

  SECTION("a template's label row over an empty row stays empty, value by value")
  {
    const FormReading empty = read_body(
        wml::tbl(3, wml::tr(tc("姓名") + tc("性别") + tc("民族")) + wml::tr(tc("") + tc("") + tc(""))));
    CHECK(one(empty, "姓名").value.empty());
    CHECK(one(empty, "民族").value.empty());
  }
  SECTION("label | value rows are not taken for a row of labels")
  {
    const FormReading pairs =
        read_body(wml::tbl(4, wml::tr(tc("姓名") + tc("王五") + tc("性别") + tc("男")) +
                                  wml::tr(tc("民族") + tc("汉族") + tc("籍贯") + tc("北京"))));
    CHECK(one(pairs, "姓名").value == "王五");
    CHECK(one(pairs, "民族").value == "汉族");
  }
}

TEST_CASE("rows of labels over rows of values beside a photo box or a heading merged down", "[office]")
{
  // As other cities lay the form out: the photo box merged down the right of four rows, and a section
  // heading merged down their left. Neither pairs with anything; every label still has its value.
  const std::string rows =
      wml::tr(tc("基本情况", {1, "restart"}) + tc("姓名") + tc("性别") + tc("出生年月") +
              tc("照片", {1, "restart"})) +
      wml::tr(tc("", {1, "continue"}) + tc("王秀兰") + tc("女") + tc("1957年4月") + tc("", {1, "continue"})) +
      wml::tr(tc("", {1, "continue"}) + tc("民族") + tc("籍贯") + tc("") + tc("", {1, "continue"})) +
      wml::tr(tc("", {1, "continue"}) + tc("汉族") + tc("河北保定") + tc("") + tc("", {1, "continue"})) +
      wml::tr(tc("获奖情况") + tc("区级优秀志愿者", {4, ""}));
  const FormReading reading = read_body(wml::tbl(5, rows));
  CHECK(one(reading, "姓名").value == "王秀兰");
  CHECK(one(reading, "性别").value == "女");
  CHECK(one(reading, "出生年月").value == "1957年4月");
  CHECK(one(reading, "民族").value == "汉族");
  CHECK(one(reading, "籍贯").value == "河北保定");
  CHECK(one(reading, "籍贯").location.row == 4);
  CHECK(one(reading, "获奖情况").value == "区级优秀志愿者");

  SECTION("the template's empty value rows still read as empty, not as the next row of labels")
  {
    const std::string blank = wml::tr(tc("姓名") + tc("性别") + tc("照片", {1, "restart"})) +
                              wml::tr(tc("") + tc("") + tc("", {1, "continue"})) +
                              wml::tr(tc("民族") + tc("籍贯") + tc("", {1, "continue"})) +
                              wml::tr(tc("汉族") + tc("") + tc(""));
    const FormReading template_form = read_body(wml::tbl(3, blank));
    CHECK(one(template_form, "姓名").value.empty());
    CHECK(one(template_form, "民族").value == "汉族");
    CHECK(one(template_form, "籍贯").value.empty());
  }
}

TEST_CASE("a form with a photo box merged down, made in LibreOffice Writer, reads row under row", "[office]")
{
  // Written as HTML with rowspan and saved as .docx by LibreOffice: Word's own vMerge markup, not ours.
  const std::string html = "<html><body><table border=\"1\">"
                           "<tr><td>姓名</td><td>性别</td><td>出生年月</td><td rowspan=\"4\">照片</td></tr>"
                           "<tr><td>王秀兰</td><td>女</td><td>1957年4月</td></tr>"
                           "<tr><td>民族</td><td>籍贯</td><td>宣传展示材料</td></tr>"
                           "<tr><td>汉族</td><td>河北保定</td><td>社区宣传栏</td></tr>"
                           "</table></body></html>";
  auto docx =
      nominate::test::soffice_convert(html, "推介表.html", "docx:MS Word 2007 XML", "HTML (StarWriter)");
  auto document = read_docx(as_bytes(nominate::test::read_file(docx)));
  REQUIRE(document);
  const FormReading reading = nominate::office::read_form(*document, k_labels);
  CHECK(one(reading, "姓名").value == "王秀兰");
  CHECK(one(reading, "出生年月").value == "1957年4月");
  CHECK(one(reading, "籍贯").value == "河北保定");
  CHECK(one(reading, "宣传展示材料").value == "社区宣传栏");
}

TEST_CASE("a long value typed on in the rows below its label is one value", "[office]")
{
  SECTION("the label merged down over the rows of text")
  {
    const std::string rows =
        wml::tr(tc("主要事迹和成效", {1, "restart"}) + tc("第一段。\n第二段。", {3, ""})) +
        wml::tr(tc("", {1, "continue"}) + tc("第三段。", {3, ""})) +
        wml::tr(tc("获奖情况") + tc("无", {3, ""}));
    const FormReading reading = read_body(wml::tbl(4, rows));
    CHECK(one(reading, "主要事迹和成效").value == "第一段。\n第二段。\n第三段。");
    CHECK(one(reading, "主要事迹和成效").location.row == 1);
    CHECK(one(reading, "获奖情况").value == "无");
  }
  SECTION("the next rows' label cells left empty")
  {
    const std::string rows =
        wml::tr(tc("主要事迹和成效") + tc("第一段。", {3, ""})) + wml::tr(tc("") + tc("第二段。", {3, ""})) +
        wml::tr(tc("") + tc("第三段。", {3, ""})) + wml::tr(tc("宣传展示材料") + tc("宣传。", {3, ""}));
    const FormReading reading = read_body(wml::tbl(4, rows));
    CHECK(one(reading, "主要事迹和成效").value == "第一段。\n第二段。\n第三段。");
    CHECK(one(reading, "宣传展示材料").value == "宣传。");
  }
  SECTION("the next rows' label cells marked continued, or the label repeated, as clerks write past a page")
  {
    for (const char* again :
         {"主要事迹和成效（续）", "（续）", "（接上页）", "主要事迹和成效(续表)", "主要事迹和成效"}) {
      INFO(again);
      const std::string rows = wml::tr(tc("主要事迹和成效") + tc("第一段。", {3, ""})) +
                               wml::tr(tc(again) + tc("第二段。", {3, ""})) +
                               wml::tr(tc("获奖情况") + tc("无", {3, ""}));
      const FormReading reading = read_body(wml::tbl(4, rows));
      CHECK(one(reading, "主要事迹和成效").value == "第一段。\n第二段。");
      CHECK(one(reading, "获奖情况").value == "无");
    }
  }
  SECTION("the label with its template hint, continued under the same label or another name of it")
  {
    const std::vector<std::string> labels{"主要事迹和成效", "主要事迹", "获奖情况"};
    for (const auto& [first, again] : std::vector<std::pair<std::string, std::string>>{
             {"主要事迹和成效（不少于1500字）", "主要事迹和成效（不少于1500字）（续）"},
             {"主要事迹和成效（不少于1500字）", "主要事迹和成效（续）"},
             {"主要事迹和成效", "主要事迹（续）"}}) {
      INFO(first << " / " << again);
      const std::string rows = wml::tr(tc(first) + tc("第一段。", {3, ""})) +
                               wml::tr(tc(again) + tc("第二段。", {3, ""})) +
                               wml::tr(tc("获奖情况") + tc("无", {3, ""}));
      auto document = read_docx(as_bytes(nominate::test::docx_package(wml::tbl(4, rows))));
      REQUIRE(document);
      const FormReading reading = nominate::office::read_form(*document, labels);
      CHECK(one(reading, "主要事迹和成效").value == "第一段。\n第二段。");
      CHECK(one(reading, "获奖情况").value == "无");
    }
  }
  SECTION("a label that only holds 续 in a word (继续教育) is another field's, not a continuation")
  {
    const std::string rows = wml::tr(tc("主要事迹和成效") + tc("第一段。", {3, ""})) +
                             wml::tr(tc("继续教育情况") + tc("无", {3, ""}));
    const FormReading reading = read_body(wml::tbl(4, rows));
    CHECK(one(reading, "主要事迹和成效").value == "第一段。");
  }
  SECTION("a row below on another grid, or under another label, is not the value's")
  {
    const std::string rows = wml::tr(tc("获奖情况") + tc("无", {3, ""})) +
                             wml::tr(tc("") + tc("备注") + tc("另见附页", {2, ""})) +
                             wml::tr(tc("民族") + tc("汉族", {3, ""}));
    const FormReading reading = read_body(wml::tbl(4, rows));
    CHECK(one(reading, "获奖情况").value == "无");
    CHECK(one(reading, "民族").value == "汉族");
  }
}

TEST_CASE("a table split in two at a page break is read as one", "[office]")
{
  const std::string first = wml::tbl(4, wml::tr(tc("姓名") + tc("王秀兰", {3, ""})) +
                                            wml::tr(tc("主要事迹和成效") + tc("第一段。", {3, ""})));
  const std::string second = wml::tbl(4, wml::tr(tc("") + tc("第二段。", {3, ""})) +
                                             wml::tr(tc("宣传展示材料") + tc("宣传。", {3, ""})));
  const std::string page_break = wml::p_xml("<w:r><w:br w:type=\"page\"/></w:r>");

  const FormReading reading = read_body(first + page_break + second);
  CHECK(one(reading, "主要事迹和成效").value == "第一段。\n第二段。");
  CHECK(one(reading, "主要事迹和成效").location.table == 1);
  const auto& promo = one(reading, "宣传展示材料");
  CHECK(promo.value == "宣传。");
  CHECK(promo.location.table == 2); // its own table and row, as the reader sees them
  CHECK(promo.location.row == 2);

  SECTION("the second table's first row marked continued, or repeating the label")
  {
    for (const char* again : {"主要事迹和成效（续）", "（接上页）", "主要事迹和成效"}) {
      INFO(again);
      const std::string marked = wml::tbl(4, wml::tr(tc(again) + tc("第二段。", {3, ""})) +
                                                 wml::tr(tc("宣传展示材料") + tc("宣传。", {3, ""})));
      const FormReading continued = read_body(first + page_break + marked);
      CHECK(one(continued, "主要事迹和成效").value == "第一段。\n第二段。");
      CHECK(one(continued, "宣传展示材料").value == "宣传。");
    }
  }
  SECTION("a table after text between them is a table of its own")
  {
    const FormReading apart = read_body(first + wml::p("附：") + second);
    CHECK(one(apart, "主要事迹和成效").value == "第一段。");
  }
}

namespace {

const std::vector<std::string> k_contact_labels{"姓名", "联系方式", "电话",    "手机",
                                                "邮箱", "个人简历", "工作单位"};

FormReading read_contact(const std::string& body)
{
  auto document = read_docx(as_bytes(nominate::test::docx_package(body)));
  REQUIRE(document);
  return nominate::office::read_form(*document, k_contact_labels);
}

} // namespace

TEST_CASE("a small table of labels inside a cell is read as the form's labels", "[office]")
{
  // A county's form: 联系方式 | a table of its own with 电话, 手机 and 邮箱 (Word ends a cell with a
  // paragraph).
  const std::string by_rows =
      wml::tbl(2, wml::tr(tc("电话") + tc("010-62341287")) + wml::tr(tc("手机") + tc("13910236587")) +
                      wml::tr(tc("邮箱") + tc("wangxiulan57@163.com")));
  const std::string by_columns =
      wml::tbl(3, wml::tr(tc("电话") + tc("手机") + tc("邮箱")) +
                      wml::tr(tc("010-62341287") + tc("13910236587") + tc("wangxiulan57@163.com")));
  // With a label no field has among them: a 邮编 row, a 微信 column.
  const std::string with_other_rows =
      wml::tbl(2, wml::tr(tc("电话") + tc("010-62341287")) + wml::tr(tc("手机") + tc("13910236587")) +
                      wml::tr(tc("邮箱") + tc("wangxiulan57@163.com")) + wml::tr(tc("邮编") + tc("100083")));
  const std::string with_other_column = wml::tbl(
      4, wml::tr(tc("电话") + tc("手机") + tc("邮箱") + tc("微信")) +
             wml::tr(tc("010-62341287") + tc("13910236587") + tc("wangxiulan57@163.com") + tc("wxl57")));
  for (const auto& inner : {by_rows, by_columns, with_other_rows, with_other_column}) {
    const FormReading reading = read_contact(wml::tbl(
        2, wml::tr(tc("姓名") + tc("王秀兰")) + wml::tr(tc("联系方式") + wml::tc_xml(inner + wml::p("")))));
    CHECK(one(reading, "电话").value == "010-62341287");
    CHECK(one(reading, "手机").value == "13910236587");
    CHECK(one(reading, "邮箱").value == "wangxiulan57@163.com");
    // Placed where a clerk finds it: the outer table's cell.
    CHECK(one(reading, "手机").location.table == 1);
    CHECK(one(reading, "手机").location.row == 2);
    CHECK(one(reading, "手机").location.cell_index == 2);
    CHECK(one(reading, "联系方式").value.empty());
  }

  SECTION("a row of a label no field has, its value beside it, hides no field below it")
  {
    const std::string inner = wml::tbl(1, wml::tr(tc("微信 同手机号")) + wml::tr(tc("电话 010-62341287")) +
                                              wml::tr(tc("手机 13910236587")));
    const FormReading reading =
        read_contact(wml::tbl(2, wml::tr(tc("联系方式") + wml::tc_xml(inner + wml::p("")))));
    CHECK(one(reading, "电话").value == "010-62341287");
    CHECK(one(reading, "手机").value == "13910236587");
  }
  SECTION("a cell headed by its label over a table of its text: the label's, with the table as its value")
  {
    const std::string resume =
        wml::tbl(3, wml::tr(tc("起止时间") + tc("工作单位") + tc("职务")) +
                        wml::tr(tc("1975.09—1990.12") + tc("北京第二毛纺织厂") + tc("挡车工")));
    // Two columns: not a one-column frame around the form, which read_docx unwraps.
    const FormReading reading = read_contact(
        wml::tbl(2, wml::tr(tc("姓名") + tc("王秀兰")) +
                        wml::tr(wml::tc_xml(wml::p("个人简历") + resume + wml::p(""), {2, ""}))));
    CHECK(one(reading, "个人简历").value.find("北京第二毛纺织厂") != std::string::npos);
  }
  SECTION("a table of another kind in a cell stays that cell's text")
  {
    // 工作单位 is a label of the form, but here a column heading of the 个人简历.
    // The dates first, or the units first with no date in the rows.
    for (const auto& resume :
         {wml::tbl(3, wml::tr(tc("起止时间") + tc("工作单位") + tc("职务")) +
                          wml::tr(tc("1975.09—1990.12") + tc("北京第二毛纺织厂") + tc("挡车工"))),
          wml::tbl(2, wml::tr(tc("工作单位") + tc("职务")) + wml::tr(tc("北京第二毛纺织厂") + tc("挡车工")) +
                          wml::tr(tc("学院路街道社区") + tc("志愿者")))}) {
      const FormReading reading =
          read_contact(wml::tbl(2, wml::tr(tc("个人简历") + wml::tc_xml(resume + wml::p("")))));
      CHECK(one(reading, "个人简历").value.find("北京第二毛纺织厂") != std::string::npos);
      for (const auto& entry : reading.entries) {
        CHECK(entry.label != "工作单位");
      }
    }
  }
}

TEST_CASE("a table of labels inside a cell, as LibreOffice Writer saves it, is read", "[office]")
{
  const std::string html = "<html><body><table border=\"1\">"
                           "<tr><td>姓名</td><td>王秀兰</td></tr>"
                           "<tr><td>联系方式</td><td><table border=\"1\">"
                           "<tr><td>电话</td><td>010-62341287</td></tr>"
                           "<tr><td>手机</td><td>13910236587</td></tr>"
                           "<tr><td>邮箱</td><td>wangxiulan57@163.com</td></tr>"
                           "</table></td></tr></table></body></html>";
  auto docx =
      nominate::test::soffice_convert(html, "联系方式.html", "docx:MS Word 2007 XML", "HTML (StarWriter)");
  auto document = read_docx(as_bytes(nominate::test::read_file(docx)));
  REQUIRE(document);
  const FormReading reading = nominate::office::read_form(*document, k_contact_labels);
  CHECK(one(reading, "姓名").value == "王秀兰");
  CHECK(one(reading, "电话").value == "010-62341287");
  CHECK(one(reading, "手机").value == "13910236587");
  CHECK(one(reading, "邮箱").value == "wangxiulan57@163.com");
}

TEST_CASE("a figure split over cells (线下 | 1500人次 | 线上 | 5000人次) is one value with every part",
          "[office]")
{
  const std::vector<std::string> labels{"项目名称", "参与人数（次）", "项目受益群体"};
  const auto read = [&](const std::string& rows) {
    auto document = read_docx(as_bytes(nominate::test::docx_package(wml::tbl(5, rows))));
    REQUIRE(document);
    return nominate::office::read_form(*document, labels);
  };
  const std::string after = wml::tr(tc("项目受益群体") + tc("社区居民", {4, ""}));
  SECTION("sub-labels and figures side by side in one row")
  {
    const auto reading = read(
        wml::tr(tc("参与人数（次）") + tc("线下") + tc("1500人次") + tc("线上") + tc("5000人次")) + after);
    CHECK(one(reading, "参与人数（次）").value == "线下1500人次；线上5000人次");
    CHECK(one(reading, "项目受益群体").value == "社区居民");
  }
  SECTION("a figure with its sub-label in each of two cells")
  {
    const auto reading =
        read(wml::tr(tc("参与人数（次）") + tc("线下：1500人次", {2, ""}) + tc("线上：5000人次", {2, ""})) +
             after);
    CHECK(one(reading, "参与人数（次）").value == "线下：1500人次；线上：5000人次");
  }
  SECTION("the label merged down over a row for each channel")
  {
    const auto reading =
        read(wml::tr(tc("参与人数（次）", {1, "restart"}) + tc("线下") + tc("1500人次", {3, ""})) +
             wml::tr(tc("", {1, "continue"}) + tc("线上") + tc("5000人次", {3, ""})) + after);
    CHECK(one(reading, "参与人数（次）").value == "线下1500人次\n线上5000人次");
    CHECK(one(reading, "项目受益群体").value == "社区居民");
  }
  SECTION("a value that names a channel with no figure beside it takes nothing more")
  {
    const auto reading =
        read(wml::tr(tc("项目名称") + tc("线上读书会") + tc("主办") + tc("学院路街道", {2, ""})) + after);
    CHECK(one(reading, "项目名称").value == "线上读书会");
    // A bare channel's word takes a figure beside it, not any cell with 一 in it.
    const auto bare = read(wml::tr(tc("项目名称") + tc("线上") + tc("一对一辅导") + tc("", {2, ""})) + after);
    CHECK(one(bare, "项目名称").value == "线上");
  }
}

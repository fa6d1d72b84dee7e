#include "form_fixtures.hpp"
#include "ooxml_builder.hpp"

#include <nominate/office/form.hpp>
#include <nominate/text/count.hpp>
#include <nominate/text/hints.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using nominate::office::FormEntry;
using nominate::office::FormReading;
using nominate::office::read_docx;
using nominate::test::as_bytes;
namespace wml = nominate::test::wml;
using wml::tc;

namespace {

FormReading read(const std::string& package, const std::vector<std::string>& labels)
{
  auto document = read_docx(as_bytes(package));
  REQUIRE(document);
  return nominate::office::read_form(*document, labels);
}

FormReading read_body(const std::string& body, const std::vector<std::string>& labels)
{
  return read(nominate::test::docx_package(body), labels);
}

std::vector<const FormEntry*> all(const FormReading& reading, const std::string& label)
{
  std::vector<const FormEntry*> found;
  for (const auto& entry : reading.entries) {
    if (entry.label == label) {
      found.push_back(&entry);
    }
  }
  return found;
}

const FormEntry& one(const FormReading& reading, const std::string& label)
{
  auto found = all(reading, label);
  INFO("label " << label);
  REQUIRE(found.size() == 1);
  return *found.front();
}

std::size_t words(std::string_view text)
{
  return nominate::text::count_characters(text).words;
}

} // namespace

TEST_CASE("a filled 附件1 star form gives every field its value", "[office]")
{
  auto values = nominate::test::filled_star(1600);
  FormReading reading = read(nominate::test::star_form_docx(values), nominate::test::star_labels());
  CHECK(reading.title == "“百姓学习之星”推介表");
  CHECK_FALSE(reading.has_revisions);

  SECTION("labels spaced and split as the template prints them")
  {
    CHECK(one(reading, "姓名").value == "张三");
    CHECK(one(reading, "性别").value == "男");
    CHECK(one(reading, "民族").value == "汉族");
    CHECK(one(reading, "参加工作时间").value == "1978年9月");
    CHECK(one(reading, "专业技术职称").value == "高级工程师");
    CHECK(one(reading, "毕业院校及专业").value == "北京工业大学\n机械制造");
    CHECK(one(reading, "所在单位及职务").value == "海淀区学院路街道 退休");
  }
  SECTION("the value beside the merged photo cell, and the photo is no field")
  {
    CHECK(one(reading, "出生年月").value == "1958年3月");
    CHECK(one(reading, "政治面貌").value == "中共党员");
    CHECK(all(reading, "照片").empty());
  }
  SECTION("several label：value pairs in the 联系方式 cells")
  {
    CHECK(one(reading, "电话").value == "010-62345678");
    CHECK(one(reading, "手机").value == "13912345678");
    CHECK(one(reading, "邮箱").value == "zhangsan@example.cn");
  }
  SECTION("the pairs in the line under the table")
  {
    CHECK(one(reading, "填表人").value == "王五");
    const auto& phone = one(reading, "联系电话");
    CHECK(phone.value == "010-12345678");
    CHECK(phone.location.line.has_value());
    CHECK_FALSE(phone.location.table.has_value());
  }
  SECTION("a location points at the value's cell")
  {
    const auto& name = one(reading, "姓名");
    CHECK(name.location.table == 1);
    CHECK(name.location.row == 1);
    CHECK(name.location.cell_index == 2);
    CHECK(one(reading, "主要事迹和成效").location.row == 10);
  }
  SECTION("the template's hint before the text is kept raw and is not counted once stripped")
  {
    const auto& deeds = one(reading, "主要事迹和成效");
    CHECK(deeds.value.starts_with("（不少于1500字）\n"));
    auto stripped = nominate::text::strip_hints(deeds.value);
    CHECK_FALSE(stripped.only_hint);
    CHECK(words(stripped.text) == words(nominate::test::han_text(1600)));
  }
  SECTION("the opinions above the district hold only the template's debris")
  {
    CHECK(nominate::text::strip_hints(one(reading, "本人所在单位推介意见").value).only_hint);
  }
}

TEST_CASE("an unfilled 附件1 form: empty fields and fields holding only a hint", "[office]")
{
  nominate::test::FormValues values = nominate::test::filled_star(300);
  values.erase("民族");
  values.erase("主要事迹和成效"); // the template's （不少于1500字） stays
  values["手机"] = "";
  FormReading reading = read(nominate::test::star_form_docx(values), nominate::test::star_labels());
  CHECK(one(reading, "民族").value.empty());
  CHECK(one(reading, "手机").value.empty());
  auto deeds = nominate::text::strip_hints(one(reading, "主要事迹和成效").value);
  CHECK(deeds.only_hint);
  CHECK(words(deeds.text) == 0);
  CHECK(one(reading, "姓名").value == "张三");
}

TEST_CASE("a filled 附件3 brand form, labels carrying the template's instructions", "[office]")
{
  auto values = nominate::test::filled_brand(1600);
  FormReading reading = read(nominate::test::brand_form_docx(values), nominate::test::brand_labels());
  CHECK(reading.title == "“终身学习品牌项目”推介表");
  CHECK(one(reading, "品牌项目名称").value == "银龄智慧课堂");
  CHECK(one(reading, "项目单位").value == "海淀区社区学院");
  CHECK(one(reading, "联系电话").value == "010-82345678");
  CHECK(one(reading, "项目起止时间").value == "2019年3月至今");
  CHECK(one(reading, "参与人数（次）").value == "年均线下2600人次");
  CHECK(one(reading, "品牌项目基本情况").value == nominate::test::han_text(1600));
  CHECK(one(reading, "宣传展示材料").value == nominate::test::han_text(200));
  CHECK(nominate::text::strip_hints(one(reading, "主办单位推介意见").value).only_hint);
}

TEST_CASE("labels are matched however people type them", "[office]")
{
  std::vector<std::string> labels{"姓名", "民族", "籍贯", "电话", "手机", "邮箱", "联系电话", "出生年月"};
  std::string rows = wml::tr(tc("民\u3000\u3000族") + tc("回族")) + wml::tr(tc("籍贯：") + tc("河北保定")) +
                     wml::tr(tc("出生年月:") + tc("1960.05")) + wml::tr(tc("姓 名 ") + tc("李四"));
  FormReading reading = read_body(wml::tbl(2, rows), labels);
  CHECK(one(reading, "民族").value == "回族");
  CHECK(one(reading, "籍贯").value == "河北保定");
  CHECK(one(reading, "出生年月").value == "1960.05");
  CHECK(one(reading, "姓名").value == "李四");

  SECTION("pairs in one paragraph, with spaced labels, longest label first")
  {
    FormReading pairs = read_body(
        wml::tbl(1, wml::tr(tc("电  话：010-8888 8888    手机：13800001111   邮箱：li@example.cn"))) +
            wml::p("联系电话：010-66668888"),
        labels);
    CHECK(one(pairs, "电话").value == "010-8888 8888");
    CHECK(one(pairs, "手机").value == "13800001111");
    CHECK(one(pairs, "邮箱").value == "li@example.cn");
    CHECK(one(pairs, "联系电话").value == "010-66668888");
  }
  SECTION("a label and its value in one cell without a colon, parted by a space")
  {
    FormReading one_cell = read_body(wml::tbl(2, wml::tr(tc("姓名 王秀兰") + tc("民族\u3000汉族")) +
                                                     wml::tr(tc("出生年月 1957年4月") + tc("籍贯 河北保定"))),
                                     labels);
    CHECK(one(one_cell, "姓名").value == "王秀兰");
    CHECK(one(one_cell, "民族").value == "汉族");
    CHECK(one(one_cell, "出生年月").value == "1957年4月");
    CHECK(one(one_cell, "籍贯").value == "河北保定");
    // However long the value: a 所在单位及职务 or a 获奖情况 typed on one line after its label.
    const std::string unit = "学院路街道XX社区退休居民，社区“银发读书会”负责人，学院路街道社区学校志愿者讲师";
    FormReading long_value = read_body(wml::tbl(1, wml::tr(tc("籍贯 " + unit))), labels);
    CHECK(one(long_value, "籍贯").value == unit);
    // A cell that is two labels is no label and value.
    FormReading labels_only = read_body(wml::tbl(2, wml::tr(tc("姓名 民族") + tc("王秀兰"))), labels);
    CHECK(all(labels_only, "姓名").empty());
  }
  SECTION("a label with a note after it, in brackets or as an alternative, is that label")
  {
    for (const char* line : {"手机(微信)：13910236587", "手机（同微信）：13910236587",
                             "手机/微信：13910236587", "手机（微信号同）:13910236587"}) {
      INFO(line);
      FormReading noted =
          read_body(wml::tbl(1, wml::tr(tc(std::string("电话：010-62341287\n") + line))), labels);
      CHECK(one(noted, "电话").value == "010-62341287");
      CHECK(one(noted, "手机").value == "13910236587");
    }
    // A slash or brackets in a value are no note: the next label on the line is still read.
    FormReading values =
        read_body(wml::tbl(1, wml::tr(tc("电话：010-62341287/88\n手机：13910236587"))), labels);
    CHECK(one(values, "电话").value == "010-62341287/88");
    CHECK(one(values, "手机").value == "13910236587");
    FormReading dated = read_body(wml::tbl(1, wml::tr(tc("出生年月：1957/4  民族：汉族"))), labels);
    CHECK(one(dated, "出生年月").value == "1957/4");
    CHECK(one(dated, "民族").value == "汉族");
    // A known label that ends in brackets is read whole, before any note rule.
    FormReading bracketed = read_body(wml::tbl(1, wml::tr(tc("参与人数（次）：1200  电话：010-1234"))),
                                      {"参与人数（次）", "电话"});
    CHECK(one(bracketed, "参与人数（次）").value == "1200");
    // Two fields' labels parted by a slash are not one with a note: 电话/手机 is not 电话.
    FormReading both = read_body(wml::tbl(1, wml::tr(tc("电话/手机：13910236587"))), labels);
    CHECK(all(both, "电话").empty());
  }
  SECTION("prose that mentions a label mid-sentence is no entry")
  {
    FormReading prose = read_body(wml::p("如有疑问请与我们联系，电话：010-1234"), labels);
    CHECK(prose.entries.empty());
  }
}

TEST_CASE("a common label after a value on the same line ends the value, though no field has it", "[office]")
{
  std::vector<std::string> labels{"填表人", "联系电话", "姓名"};
  FormReading reading = read_body(
      wml::p("填表人：刘静    联系电话：010-62345678        填表日期：2024年5月1日") +
          wml::tbl(2, wml::tr(tc("姓名") + tc("王五")) + wml::tr(tc("联系电话：13800001111  邮编：100083"))),
      labels);
  CHECK(one(reading, "填表人").value == "刘静");
  auto phones = all(reading, "联系电话");
  REQUIRE(phones.size() == 2);
  CHECK(phones[0]->value == "010-62345678");
  CHECK(phones[1]->value == "13800001111");
  CHECK(reading.entries.size() == 4); // 填表日期 and 邮编 give no entry of their own

  SECTION("such a label alone on a line is no pair and no label")
  {
    FormReading alone =
        read_body(wml::p("日期：2024年5月1日") + wml::tbl(2, wml::tr(tc("邮编") + tc("100083"))), labels);
    CHECK(alone.entries.empty());
  }
}

TEST_CASE("where a label's value is: its cell, the next cell, the cell below", "[office]")
{
  std::vector<std::string> labels{"主要事迹和成效", "获奖情况", "姓名", "性别"};

  SECTION("the label heads a big cell: the rest of the cell is the value")
  {
    FormReading reading = read_body(
        wml::tbl(1,
                 wml::tr(tc("主要事迹和成效\n（不少于1500字）\n他二十年如一日坚持学习。\n带动邻里读书。"))),
        labels);
    CHECK(one(reading, "主要事迹和成效").value ==
          "（不少于1500字）\n他二十年如一日坚持学习。\n带动邻里读书。");
  }
  SECTION("the label spans its row: the value is the row below")
  {
    FormReading reading =
        read_body(wml::tbl(2, wml::tr(tc("主要事迹和成效", {2, ""})) + wml::tr(tc("他坚持学习。", {2, ""})) +
                                  wml::tr(tc("获奖情况") + tc("无"))),
                  labels);
    const auto& deeds = one(reading, "主要事迹和成效");
    CHECK(deeds.value == "他坚持学习。");
    CHECK(deeds.location.row == 2);
    CHECK(one(reading, "获奖情况").value == "无");
  }
  SECTION("a neighbour that is itself a label leaves the value empty")
  {
    FormReading reading = read_body(wml::tbl(3, wml::tr(tc("姓名") + tc("性别") + tc("女"))), labels);
    CHECK(one(reading, "姓名").value.empty());
    CHECK(one(reading, "性别").value == "女");
  }
  SECTION("rows shifted by gridBefore and cut by gridAfter")
  {
    FormReading reading = read_body(
        wml::tbl(4, wml::tr(tc("姓名") + tc("王五"), 1, 1) + wml::tr(tc("性别") + tc("男", {2, ""}), 0, 1)),
        labels);
    CHECK(one(reading, "姓名").value == "王五");
    CHECK(one(reading, "性别").value == "男");
  }
  SECTION("a value merged down over two rows is read once")
  {
    FormReading reading =
        read_body(wml::tbl(2, wml::tr(tc("获奖情况", {1, "restart"}) + tc("区级优秀志愿者", {1, "restart"})) +
                                  wml::tr(tc("", {1, "continue"}) + tc("", {1, "continue"}))),
                  labels);
    CHECK(one(reading, "获奖情况").value == "区级优秀志愿者");
  }
}

TEST_CASE("a form with unaccepted changes says so", "[office]")
{
  std::string cell =
      wml::tc_xml(wml::p_xml("<w:ins w:id=\"1\" w:author=\"街道\"><w:r><w:t>张三</w:t></w:r></w:ins>"
                             "<w:del w:id=\"2\" w:author=\"街道\"><w:r><w:delText>张山</w:delText>"
                             "</w:r></w:del>"));
  FormReading reading =
      read_body(wml::p("“百姓学习之星”推介表") + wml::tbl(2, wml::tr(tc("姓名") + cell)), {"姓名"});
  CHECK(reading.has_revisions);
  CHECK(one(reading, "姓名").value == "张三");
}

TEST_CASE("each entry says which label it follows on its line: 联系电话 after 填表人, or after nothing",
          "[office]")
{
  std::vector<std::string> labels{"填表人", "联系电话", "姓名", "性别"};
  std::string nominee = wml::tr(tc("姓名") + tc("王五") + tc("性别") + tc("男")) +
                        wml::tr(tc("联系电话") + tc("13800001111", {3, ""}));
  SECTION("a row of the nominee's table, then the line under the table")
  {
    FormReading reading =
        read_body(wml::tbl(4, nominee) + wml::p("填表人：刘静    联系电话：010-62345678"), labels);
    auto phones = all(reading, "联系电话");
    REQUIRE(phones.size() == 2);
    CHECK(phones[0]->value == "13800001111");
    CHECK(phones[0]->after.empty()); // the first cell of its row
    CHECK(phones[1]->value == "010-62345678");
    CHECK(phones[1]->after == "填表人");
    CHECK(one(reading, "性别").after == "姓名");
  }
  SECTION("填表人 on the line above")
  {
    FormReading reading =
        read_body(wml::tbl(4, nominee) + wml::p("填表人：刘静") + wml::p("联系电话：010-62345678"), labels);
    CHECK(all(reading, "联系电话").back()->after == "填表人");
  }
  SECTION("填表人 in the cell just left, or its value")
  {
    FormReading reading = read_body(
        wml::tbl(4, nominee + wml::tr(tc("填表人") + tc("刘静") + tc("联系电话") + tc("010-62345678"))),
        labels);
    auto phones = all(reading, "联系电话");
    REQUIRE(phones.size() == 2);
    CHECK(phones[1]->value == "010-62345678");
    CHECK(phones[1]->after == "填表人");
  }
}

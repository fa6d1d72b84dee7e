// Forms as other cities lay them out (issue 15): 推荐表/申报表 titles, labels the rule set does not know,
// and a contact cell of empty `label：` lines.
#include "form_fixtures.hpp"
#include "ooxml_builder.hpp"

#include <nominate/office/form.hpp>

#include <catch2/catch.hpp>

using nominate::office::FormReading;
using nominate::office::names_nomination_form;
using nominate::office::read_docx;
using nominate::test::as_bytes;
namespace wml = nominate::test::wml;
using wml::tc;

namespace {

FormReading read_body(const std::string& body, const std::vector<std::string>& labels)
{
  auto document = read_docx(as_bytes(nominate::test::docx_package(body)));
  REQUIRE(document);
  return nominate::office::read_form(*document, labels);
}

std::string value_of(const FormReading& reading, const std::string& label)
{
  for (const auto& entry : reading.entries) {
    if (entry.label == label) {
      return entry.value;
    }
  }
  FAIL("no entry " << label);
  return {};
}

} // namespace

TEST_CASE("推介表, 推荐表, 申报表 and 评选表 name the form; a 登记表 does not", "[office]")
{
  CHECK(names_nomination_form("推介表.docx"));
  CHECK(names_nomination_form("百姓学习之星推荐表（张三）.docx"));
  CHECK(names_nomination_form("终身学习品牌项目申报表.doc"));
  CHECK(names_nomination_form("学习之星评选表.wps"));
  CHECK_FALSE(names_nomination_form("百姓学习之星推介登记表.xlsx"));
  CHECK_FALSE(names_nomination_form("推荐登记表.docx"));
  CHECK_FALSE(names_nomination_form("工作总结.docx"));

  SECTION("the title above the table")
  {
    auto reading = read_body(wml::p("附件1") + wml::p("“百姓学习之星”推荐表") +
                                 wml::tbl(2, wml::tr(tc("姓名") + tc("张三"))),
                             {"姓名"});
    CHECK(reading.title == "“百姓学习之星”推荐表");
  }
  SECTION("the title in the table's first row")
  {
    auto reading = read_body(
        wml::tbl(2, wml::tr(tc("终身学习品牌项目申报表", {2, ""})) + wml::tr(tc("项目名称") + tc("读书会"))),
        {"项目名称"});
    CHECK(reading.title == "终身学习品牌项目申报表");
  }
}

TEST_CASE("labels that match no known label are listed, their values not", "[office]")
{
  std::string rows = wml::tr(tc("姓  名") + tc("张三") + tc("出生日期") + tc("1965年3月")) +
                     wml::tr(tc("文化程度") + tc("大学本科") + tc("民族") + tc("汉族")) +
                     wml::tr(tc("照片", {1, ""}) + tc("", {3, ""}));
  auto reading = read_body(wml::tbl(4, rows), {"姓名", "出生年月", "学历", "民族"});
  CHECK(value_of(reading, "姓名") == "张三");
  CHECK(reading.other_labels == std::vector<std::string>{"出生日期", "文化程度"});
}

TEST_CASE("a contact cell of empty `label：` lines gives each label its own, empty, value", "[office]")
{
  std::vector<std::string> labels{"电话", "手机", "邮箱", "联系方式"};
  SECTION("one cell, one line per label")
  {
    auto reading = read_body(wml::tbl(2, wml::tr(tc("联系方式") + tc("电话：\n手机：\n邮箱："))), labels);
    CHECK(value_of(reading, "电话").empty());
    CHECK(value_of(reading, "手机").empty());
    CHECK(value_of(reading, "邮箱").empty());
    CHECK(value_of(reading, "联系方式").empty());
  }
  SECTION("filled lines")
  {
    auto reading = read_body(
        wml::tbl(2, wml::tr(tc("联系方式") + tc("电话：010-62345678\n手机：13912345678\n邮箱：a@b.cn"))),
        labels);
    CHECK(value_of(reading, "电话") == "010-62345678");
    CHECK(value_of(reading, "手机") == "13912345678");
    CHECK(value_of(reading, "邮箱") == "a@b.cn");
  }
  SECTION("a bare number beside 联系方式 is the contact's value")
  {
    auto reading = read_body(wml::tbl(2, wml::tr(tc("联系方式") + tc("13912345678"))), labels);
    CHECK(value_of(reading, "联系方式") == "13912345678");
  }
}

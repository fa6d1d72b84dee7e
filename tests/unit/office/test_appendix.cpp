// A field whose cell only refers to an appendix (见附页, 详见附件) is read from the text after the table.
#include "ooxml_builder.hpp"

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

const std::vector<std::string> k_labels{"姓名",     "主要事迹", "主要事迹和成效",
                                        "获奖情况", "填表人",   "联系电话"};

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
      REQUIRE(found == nullptr);
      found = &entry;
    }
  }
  INFO("label " << label);
  REQUIRE(found != nullptr);
  return *found;
}

std::string form(const std::string& deeds, const std::string& awards = "无")
{
  return wml::p("“百姓学习之星”推介表") +
         wml::tbl(2, wml::tr(tc("姓名") + tc("王秀兰")) + wml::tr(tc("主要事迹") + tc(deeds)) +
                         wml::tr(tc("获奖情况") + tc(awards))) +
         wml::p("填表人：刘静    联系电话：010-62345678");
}

} // namespace

TEST_CASE("a cell that only refers to an appendix takes the text after the table", "[office]")
{
  SECTION("under a heading that names the field, whichever alias the cell used")
  {
    const FormReading reading = read_body(form("（见附页）") + wml::p("附页：主要事迹和成效") +
                                          wml::p("第一段。") + wml::p("三、获奖情况") + wml::p("第二段。"));
    const auto& deeds = one(reading, "主要事迹");
    CHECK(deeds.value == "第一段。\n三、获奖情况\n第二段。"); // a subheading naming a label stays in
    CHECK(deeds.from_appendix);
    CHECK(deeds.location.line == 4);
    CHECK_FALSE(deeds.location.table);
    CHECK(one(reading, "获奖情况").value == "无");
  }
  SECTION("a cell labelled in full, its appendix headed by the label's short form")
  {
    for (const char* heading : {"附页：主要事迹", "主要事迹", "附：主要事迹材料"}) {
      INFO(heading);
      const auto body =
          wml::p("“百姓学习之星”推介表") +
          wml::tbl(2, wml::tr(tc("姓名") + tc("王秀兰")) + wml::tr(tc("主要事迹和成效") + tc("见附页")) +
                          wml::tr(tc("获奖情况") + tc("无"))) +
          wml::p(heading) + wml::p("第一段。") + wml::p("第二段。");
      const FormReading reading = read_body(body);
      const auto& deeds = one(reading, "主要事迹和成效");
      CHECK(deeds.value == "第一段。\n第二段。");
      CHECK(deeds.from_appendix);
    }
  }
  SECTION("under a bare 附页 heading, or right after the table, the 填表人 line left out")
  {
    CHECK(one(read_body(form("详见附件") + wml::p("附件") + wml::p("第一段。")), "主要事迹").value ==
          "第一段。");
    CHECK(one(read_body(form("附后") + wml::p("第一段。") + wml::p("第二段。")), "主要事迹").value ==
          "第一段。\n第二段。");
  }
  SECTION("each field's appendix under its own heading")
  {
    const FormReading reading = read_body(form("见附页", "见附页") + wml::p("附页一：主要事迹") +
                                          wml::p("事迹。") + wml::p("附页二：获奖情况") + wml::p("获奖。"));
    CHECK(one(reading, "主要事迹").value == "事迹。");
    CHECK(one(reading, "获奖情况").value == "获奖。");
  }
  SECTION("no text after the table: the reference is kept as written")
  {
    const FormReading reading = read_body(form("（详见附件：王秀兰主要事迹材料）"));
    const auto& deeds = one(reading, "主要事迹");
    CHECK(deeds.value == "（详见附件：王秀兰主要事迹材料）");
    CHECK_FALSE(deeds.from_appendix);
    CHECK(deeds.location.table == 1);
  }
  SECTION("a text that mentions an appendix in passing is its own value")
  {
    const std::string text = "她二十年如一日坚持学习，带动社区居民读书，读书会的活动记录与照片附后，"
                             "受到街道和区教委的表彰，多次在区里的经验交流会上发言。";
    CHECK(one(read_body(form(text) + wml::p("附：照片三张")), "主要事迹").value == text);
  }
}

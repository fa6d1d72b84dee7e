// Forms as other provinces lay them out (walk 14): labels of their own, titles that say 评选推荐表 or
// 推荐审批表, a 事迹 pasted with its header line, a text on the page after the form, the contact row's
// 联系电话 beside 手机, the 填表人 line's date.
#include "../office/ooxml_builder.hpp"
#include "submission_helpers.hpp"

#include <nominate/folder/count_text.hpp>
#include <nominate/folder/load.hpp>
#include <nominate/office/docx.hpp>
#include <nominate/office/form.hpp>
#include <nominate/rules/load.hpp>
#include <nominate/text/count.hpp>
#include <nominate/text/hints.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <temp_dir.hpp>

using namespace nominate::folder;
using nominate::test::load;
using nominate::test::TempDir;
namespace wml = nominate::test::wml;
using wml::tc;

namespace {

// A deeds text of `paragraphs` paragraphs of 140 字 each (130 Han characters and 10 commas).
std::string deeds_text(int paragraphs)
{
  std::string text;
  for (int i = 0; i < paragraphs; ++i) {
    text += i > 0 ? "\n" : "";
    for (int j = 0; j < 10; ++j) {
      text += "她坚持每天读书学习，带动邻里";
    }
  }
  return text;
}

struct StarForm {
  std::string title = "“百姓学习之星”推荐表";
  std::string unit_label = "所在单位及职务";
  std::string contact_row = wml::tr(tc("手机") + tc("13912345678", {3, ""}));
  std::string deeds_label = "主要事迹和成效";
  std::string deeds = deeds_text(3);
  std::string opinion_label = "本人所在单位推介意见";
  std::string after_table; // paragraphs' XML after the table
};

std::string star_form(const StarForm& form)
{
  std::string rows;
  rows += wml::tr(tc("姓名") + tc("王秀兰") + tc("性别") + tc("女"));
  rows += wml::tr(tc("出生年月") + tc("1957年4月") + tc("民族") + tc("汉族"));
  rows += wml::tr(tc(form.unit_label) + tc("学院路街道 居民", {3, ""}));
  rows += form.contact_row;
  if (!form.deeds_label.empty()) {
    rows += wml::tr(tc(form.deeds_label) + tc(form.deeds, {3, ""}));
  }
  rows += wml::tr(tc(form.opinion_label) + tc("同意推荐。", {3, ""}));
  return nominate::test::docx_package(wml::p(form.title) + wml::tbl(4, rows) + form.after_table);
}

std::string text_of(const Submission& submission, const std::string& id)
{
  const auto* field = submission.field(id);
  return field == nullptr ? std::string("<absent>") : field->text;
}

LoadedSubmission load_star(const StarForm& form, const TempDir& dir)
{
  dir.write("推荐表.docx", star_form(form));
  return load(dir.path());
}

} // namespace

TEST_CASE("other provinces' labels for the deeds, the unit and the unit's opinion are read", "[folder]")
{
  for (const char* deeds : {"事迹简介", "先进事迹材料", "主要事迹材料"}) {
    for (const char* unit : {"现工作单位及职务", "工作单位及职称"}) {
      for (const char* opinion : {"推荐单位意见", "所在单位意见", "所在单位推荐意见"}) {
        INFO(deeds << " " << unit << " " << opinion);
        const TempDir dir;
        StarForm form;
        form.deeds_label = deeds;
        form.unit_label = unit;
        form.opinion_label = opinion;
        const auto loaded = load_star(form, dir);
        CHECK(text_of(loaded.submission, "deeds") == form.deeds);
        CHECK(text_of(loaded.submission, "unit_position") == "学院路街道 居民");
        CHECK(text_of(loaded.submission, "unit_opinion") == "同意推荐。");
        CHECK(loaded.submission.unknown_form_labels.empty());
      }
    }
  }
}

TEST_CASE("titles that say 评选推荐表, 推介人选推荐表, 推荐审批表 or 基本情况表 name their notice",
          "[folder]")
{
  for (const char* title : {"“百姓学习之星”评选推荐表", "“百姓学习之星”推介人选推荐表",
                            "“百姓学习之星”推荐审批表", "“百姓学习之星”基本情况表"}) {
    INFO(title);
    const TempDir dir;
    StarForm form;
    form.title = title;
    CHECK(load_star(form, dir).rule_set.id == "national/star");
  }
  // The district's 登记表 printed first in the same document: the form's own title, after it, counts.
  const TempDir dir;
  std::string registration = wml::p("百姓学习之星推介登记表") +
                             wml::tbl(2, wml::tr(tc("姓名") + tc("性别")) + wml::tr(tc("王秀兰") + tc("女")));
  std::string rows = wml::tr(tc("姓名") + tc("王秀兰") + tc("性别") + tc("女"));
  rows += wml::tr(tc("主要事迹和成效") + tc(deeds_text(2), {3, ""}));
  dir.write("推荐表.docx",
            nominate::test::docx_package(registration + wml::p("“百姓学习之星”推荐表") + wml::tbl(4, rows)));
  CHECK(load(dir.path()).rule_set.id == "national/star");
}

TEST_CASE("a deeds text that opens with a header line `姓名：…` is the deeds, whole", "[folder]")
{
  for (const char* header : {"姓名：王秀兰，女，1957年4月出生。", "工作单位：北京第二毛纺织厂（已退休）",
                             "姓名：王秀兰  性别：女  单位：学院路街道"}) {
    INFO(header);
    const TempDir dir;
    StarForm form;
    form.deeds = std::string(header) + "\n" + deeds_text(3);
    const auto loaded = load_star(form, dir);
    CHECK(text_of(loaded.submission, "deeds") == form.deeds);
    CHECK(text_of(loaded.submission, "name") == "王秀兰");
  }
}

TEST_CASE("a project's description that opens with `参与人次：…` does not fill the empty 参与人数 cell",
          "[folder]")
{
  const TempDir dir;
  std::string rows;
  rows += wml::tr(tc("品牌项目名称") + tc("乐龄课堂", {3, ""}));
  rows += wml::tr(tc("项目单位") + tc("学院路街道社区学校", {3, ""}));
  rows += wml::tr(tc("参与人数（次）") + tc("", {3, ""}));
  const std::string description = "参与人次：年均线下2600人次\n" + deeds_text(3);
  rows += wml::tr(tc("品牌项目基本情况") + tc(description, {3, ""}));
  dir.write("推介表.docx",
            nominate::test::docx_package(wml::p("“终身学习品牌项目”推荐表") + wml::tbl(4, rows)));
  const auto loaded = load(dir.path());
  CHECK(loaded.rule_set.id == "national/brand");
  CHECK(text_of(loaded.submission, "description") == description);
  CHECK(text_of(loaded.submission, "participants").empty());
}

TEST_CASE("brand labels other provinces print: 品牌名称, 创办时间, 品牌项目简介", "[folder]")
{
  const TempDir dir;
  std::string rows;
  rows += wml::tr(tc("品牌名称") + tc("乐龄课堂") + tc("创办时间") + tc("2019年3月"));
  rows += wml::tr(tc("品牌项目简介") + tc(deeds_text(2), {3, ""}));
  dir.write("推介表.docx", nominate::test::docx_package(wml::p("终身学习品牌推荐表") + wml::tbl(4, rows)));
  const auto loaded = load(dir.path());
  CHECK(loaded.rule_set.id == "national/brand");
  CHECK(text_of(loaded.submission, "project_name") == "乐龄课堂");
  CHECK(text_of(loaded.submission, "period") == "2019年3月");
  CHECK(text_of(loaded.submission, "description") == deeds_text(2));
}

TEST_CASE("the deeds on the page after the form are found however the cell points there", "[folder]")
{
  const std::string appendix = wml::p("主要事迹和成效") + wml::paragraphs(deeds_text(3));
  SECTION("the template's hint left in the cell, whatever it says")
  {
    for (const char* cell : {"（不少于1500字，可另附页）", "（不少于1500字）", "", "见第2页"}) {
      INFO(cell);
      const TempDir dir;
      StarForm form;
      form.deeds = cell;
      form.after_table = appendix;
      const auto loaded = load_star(form, dir);
      CHECK(text_of(loaded.submission, "deeds") == deeds_text(3));
    }
  }
  SECTION("no 事迹 row at all, a heading `主要事迹和成效：` over the text")
  {
    const TempDir dir;
    StarForm form;
    form.deeds_label.clear();
    form.after_table = wml::p("主要事迹和成效：") + wml::paragraphs(deeds_text(3)) + wml::p("填表人：刘静");
    const auto loaded = load_star(form, dir);
    CHECK(text_of(loaded.submission, "deeds") == deeds_text(3));
    CHECK(text_of(loaded.submission, "filler") == "刘静");
  }
  SECTION("a form written as lines, no table")
  {
    const TempDir dir;
    dir.write("推荐表.docx",
              nominate::test::docx_package(wml::p("“百姓学习之星”推荐表") + wml::p("姓名：王秀兰") +
                                           wml::p("主要事迹：") + wml::paragraphs(deeds_text(2)) +
                                           wml::p("获奖情况：无")));
    const auto loaded = load(dir.path());
    CHECK(text_of(loaded.submission, "deeds") == deeds_text(2));
    CHECK(text_of(loaded.submission, "awards") == "无");
  }
  SECTION("a heading with its value on its line takes nothing more")
  {
    const TempDir dir;
    StarForm form;
    form.after_table = wml::p("获奖情况：无") + wml::p("注：本表一式两份。");
    CHECK(text_of(load_star(form, dir).submission, "awards") == "无");
  }
}

TEST_CASE("a contact row `联系电话 | 座机 | 手机 | 139…` reads the 手机 cell as the mobile", "[folder]")
{
  const TempDir dir;
  StarForm form;
  form.contact_row = wml::tr(tc("联系电话") + tc("010-62341287") + tc("手机") + tc("13910236587"));
  const auto loaded = load_star(form, dir);
  CHECK(text_of(loaded.submission, "mobile") == "13910236587");
  CHECK(text_of(loaded.submission, "phone") == "010-62341287");
}

TEST_CASE("the 填表人 line's date and checker end the phone number before them", "[folder]")
{
  for (const char* rest : {"填表时间：2024年5月1日", "报送时间：2024年5月1日", "审核人：王五"}) {
    INFO(rest);
    const TempDir dir;
    StarForm form;
    form.after_table = wml::p("填报人：刘静  联系电话：010-62345678  " + std::string(rest));
    const auto loaded = load_star(form, dir);
    CHECK(text_of(loaded.submission, "filler") == "刘静");
    CHECK(text_of(loaded.submission, "filler_phone") == "010-62345678");
  }
}

TEST_CASE("count --field takes a label printed on the form that no rule set knows", "[folder]")
{
  const TempDir dir;
  StarForm form;
  form.deeds_label = "事迹概要";
  dir.write("推荐表.docx", star_form(form));
  auto rule_sets = nominate::rules::list_rule_sets({std::filesystem::path(NOMINATE_SOURCE_DIR) / "rules"});
  REQUIRE(rule_sets);
  CountSource source{dir.path() / "推荐表.docx", "事迹概要", std::nullopt, dir.path()};
  auto text = text_to_count(source, *rule_sets);
  REQUIRE(text);
  CHECK(*text == form.deeds);
  CHECK(nominate::text::count_characters(*text).words == 420);
}

TEST_CASE("what the province rules must not take: a 个人基本情况表 beside the form, a note naming the form, "
          "a second mention of a text, a long address, the form's numbered notes",
          "[folder]")
{
  SECTION("a supporting 个人基本情况表.docx is no second form")
  {
    const TempDir dir;
    StarForm form;
    dir.write("推荐表.docx", star_form(form));
    dir.write("王秀兰个人基本情况表.docx",
              nominate::test::docx_package(wml::p("个人基本情况表") +
                                           wml::tbl(2, wml::tr(tc("姓名") + tc("王秀兰")))));
    const auto loaded = load(dir.path());
    CHECK(loaded.rule_set.id == "national/star");
    CHECK(nominate::test::files_with(loaded.submission, Role::form) ==
          std::vector<std::string>{"推荐表.docx"});
  }
  SECTION("a note under the 登记表 that names the form is no title")
  {
    const TempDir dir;
    const auto path = dir.write(
        "登记表.docx", nominate::test::docx_package(
                           wml::p("百姓学习之星推介登记表") +
                           wml::tbl(2, wml::tr(tc("姓名") + tc("性别")) + wml::tr(tc("王秀兰") + tc("女"))) +
                           wml::p("注：此表与推荐表一并报送。") + wml::tbl(1, wml::tr(tc("填表人")))));
    auto document = nominate::office::read_docx_file(path);
    REQUIRE(document);
    CHECK(nominate::office::form_title(*document) == "百姓学习之星推介登记表");
  }
  SECTION("two labels of one text: the first filled stands, and nothing moves into 电话")
  {
    const TempDir dir;
    StarForm form;
    form.contact_row += wml::tr(tc("事迹简介") + tc("她坚持学习二十年。", {3, ""}));
    const auto loaded = load_star(form, dir);
    CHECK(text_of(loaded.submission, "deeds") == "她坚持学习二十年。");
    CHECK(text_of(loaded.submission, "phone") == "<absent>");
  }
  SECTION("a contact cell with a long 通讯地址 line keeps its phone and e-mail")
  {
    const TempDir dir;
    StarForm form;
    form.contact_row = wml::tr(
        tc("联系方式") + tc("电话：010-62341287\n通讯地址：北京市海淀区学院路街道XX社区XX小区12号楼3单元"
                            "501室，邮编100083，请寄挂号信\n邮箱：wxl@example.cn",
                            {3, ""}));
    const auto loaded = load_star(form, dir);
    CHECK(text_of(loaded.submission, "phone") == "010-62341287");
    CHECK(text_of(loaded.submission, "email") == "wxl@example.cn");
  }
  SECTION("the form's numbered notes are no one's text")
  {
    const TempDir dir;
    StarForm form;
    form.deeds = "（不少于1500字，可另附页）";
    form.after_table =
        wml::p("填表人：") + wml::p("2. 本表一式两份，请用A4纸双面打印，所有栏目均须填写，不得空缺，"
                                    "照片请贴在指定位置。");
    const auto loaded = load_star(form, dir);
    CHECK(nominate::text::strip_hints(text_of(loaded.submission, "filler")).only_hint);
    const auto* deeds = loaded.submission.field("deeds");
    REQUIRE(deeds != nullptr);
    CHECK_FALSE(deeds->from_appendix);
  }
}

TEST_CASE("a project's unit block as a small table of labels gives its unit and phone", "[folder]")
{
  const TempDir dir;
  const std::string block =
      wml::tbl(2, wml::tr(tc("单位名称") + tc("XX区社区学院")) + wml::tr(tc("单位地址") + tc("学院路1号")) +
                      wml::tr(tc("联系人") + tc("刘静")) + wml::tr(tc("联系电话") + tc("010-82345678")) +
                      wml::tr(tc("邮箱") + tc("sqxy@example.cn")));
  std::string rows;
  rows += wml::tr(tc("品牌项目名称") + tc("乐龄课堂", {3, ""}));
  rows += wml::tr(tc("项目单位") + wml::tc_xml(block + wml::p(""), {3, ""}));
  rows += wml::tr(tc("品牌项目基本情况") + tc(deeds_text(2), {3, ""}));
  dir.write("推介表.docx",
            nominate::test::docx_package(wml::p("“终身学习品牌项目”推荐表") + wml::tbl(4, rows)));
  const auto loaded = load(dir.path());
  CHECK(text_of(loaded.submission, "unit") == "XX区社区学院");
  CHECK(text_of(loaded.submission, "phone") == "010-82345678");
}

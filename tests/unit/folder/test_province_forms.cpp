// Forms as other provinces lay them out (walk 14): labels of their own, titles that say 评选推荐表 or
// 推荐审批表, a 事迹 pasted with its header line, a text on the page after the form, the contact row's
// 联系电话 beside 手机, the 填表人 line's date.
#include "../office/ooxml_builder.hpp"
#include "submission_helpers.hpp"

#include <nominate/folder/count_text.hpp>
#include <nominate/folder/load.hpp>
#include <nominate/rules/load.hpp>
#include <nominate/text/count.hpp>

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
      for (const char* opinion : {"推荐单位意见", "所在单位意见", "推荐意见"}) {
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

#include "builders.hpp"

#include <nominate/check/check.hpp>
#include <nominate/messages/render.hpp>

#include <catch2/catch.hpp>

using namespace nominate;
using test::of_rule;

namespace {

rules::RuleSet star_fields()
{
  rules::RuleSet rules;
  rules.id = "test/star";
  auto deeds = test::field_spec("deeds", "主要事迹和成效");
  deeds.required = true;
  deeds.hints = {"（不少于1500字）"};
  deeds.clause = "主要事迹和成效（不少于1500字）";
  auto name = test::field_spec("name", "姓名");
  name.required = true;
  name.required_severity = core::Severity::warning;
  rules.fields = {deeds, name};
  return rules;
}

std::vector<core::Finding> run_checks(const folder::Submission& submission, const rules::RuleSet& rules)
{
  return check::check_submission(submission, rules, test::options_as_of(2024, 5, 1));
}

} // namespace

TEST_CASE("field.required reports an empty field and one holding only the template's hint", "[check]")
{
  auto rules = star_fields();
  auto submission = test::submission_with_form();

  SECTION("a filled field passes")
  {
    test::set_field(submission, "deeds", "退休后坚持读书，带动社区居民学习。");
    test::set_field(submission, "name", "张三");
    CHECK(of_rule(run_checks(submission, rules), "field.required").empty());
  }
  SECTION("a field left blank is empty, with the form's label and the rule file's severity and clause")
  {
    test::set_field(submission, "deeds", " \u3000\n ");
    test::set_field(submission, "name", "");
    auto found = of_rule(run_checks(submission, rules), "field.required", "field.required.empty");
    REQUIRE(found.size() == 2);
    auto deeds = std::ranges::find_if(found, [](const auto& f) { return f.field == "deeds"; });
    REQUIRE(deeds != found.end());
    CHECK(deeds->args.at("label") == "主要事迹和成效");
    CHECK(deeds->severity == core::Severity::error);
    CHECK(deeds->clause == "主要事迹和成效（不少于1500字）");
    CHECK(deeds->file == "推介表.docx");
    auto name = std::ranges::find_if(found, [](const auto& f) { return f.field == "name"; });
    REQUIRE(name != found.end());
    CHECK(name->severity == core::Severity::warning);
  }
  SECTION("a field holding only its hint is hint-only and says which hint")
  {
    test::set_field(submission, "deeds", "（不少于1500字）\n\n");
    test::set_field(submission, "name", "张三");
    auto found = of_rule(run_checks(submission, rules), "field.required");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "field.required.hint-only");
    CHECK(found[0].args.at("hint").find("不少于1500字") != std::string::npos);
  }
  SECTION("a field absent from a readable form is reported as a label not found, naming the form's labels")
  {
    test::set_field(submission, "name", "张三");
    submission.unknown_form_labels = {"先进材料", "兴趣爱好"};
    auto found = of_rule(run_checks(submission, rules), "field.required");
    REQUIRE(found.size() == 1);
    CHECK(found[0].field == "deeds");
    CHECK(found[0].message_id == "field.required.not-on-form");
    CHECK(found[0].args.at("found") == "先进材料、兴趣爱好");
    CHECK(found[0].severity == core::Severity::error);
  }
  SECTION("no form at all: material.missing speaks, not one finding per field")
  {
    submission.materials.clear();
    auto findings = run_checks(submission, rules);
    CHECK(of_rule(findings, "field.required").empty());
  }
  SECTION("a checks entry for field.required overrides the field's severity and clause")
  {
    auto override_spec = test::on_field(test::check_spec("field.required", core::Severity::info), "name");
    override_spec.clause = "姓名须填写";
    rules.checks.push_back(override_spec);
    test::set_field(submission, "deeds", "事迹");
    auto found = of_rule(run_checks(submission, rules), "field.required");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == core::Severity::info);
    CHECK(found[0].clause == "姓名须填写");
  }
}

TEST_CASE("a label the form prints twice is named with the label it follows: 填表人联系电话", "[check]")
{
  rules::RuleSet rules;
  rules.fields = {test::field_spec("filler", "填表人"), test::field_spec("filler_phone", "联系电话")};
  rules.fields[1].after = "filler";
  rules.fields[1].required = true;
  auto submission = test::submission_with_form();
  test::set_field(submission, "filler", "刘静");
  test::set_field(submission, "filler_phone", "");
  auto found = of_rule(run_checks(submission, rules), "field.required", "field.required.empty");
  REQUIRE(found.size() == 1);
  CHECK(found[0].args.at("label") == "填表人联系电话");
  CHECK(messages::render(found[0], core::Language::zh).message == "推介表的“填表人联系电话”一栏没有填写。");
}

TEST_CASE("a landline where a mobile is asked is a warning that says so; beside a mobile it is fine",
          "[check]")
{
  rules::RuleSet rules;
  auto spec = test::field_spec("mobile", "联系电话");
  spec.format = rules::FieldFormat::mobile;
  spec.format_severity = core::Severity::error;
  rules.fields = {spec};
  auto submission = test::submission_with_form();
  // Another city's form has one 联系电话 line for the nominee, which may hold a landline.
  test::set_field(submission, "mobile", "010-62345678");
  auto found = of_rule(run_checks(submission, rules), "field.format");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message_id == "field.format.mobile-landline");
  CHECK(found[0].severity == core::Severity::warning);
  CHECK(messages::render(found[0], core::Language::zh).message.find("是座机号码，不是手机号码") !=
        std::string::npos);
  test::set_field(submission, "mobile", "010-62345678、13912345678");
  CHECK(of_rule(run_checks(submission, rules), "field.format").empty());
  test::set_field(submission, "mobile", "1391234567"); // a digit short: no number at all, the rule's error
  found = of_rule(run_checks(submission, rules), "field.format");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message_id == "field.format.mobile");
  CHECK(found[0].severity == core::Severity::error);
}

TEST_CASE("a phone field may hold an e-mail address or the person to ask for beside the number", "[check]")
{
  // 附表4 asks for 品牌单位联系电话和邮箱; other forms write 张老师 13912345678.
  rules::RuleSet rules;
  auto spec = test::field_spec("phone", "联系电话");
  spec.format = rules::FieldFormat::phone;
  spec.format_severity = core::Severity::warning;
  rules.fields = {spec};
  auto submission = test::submission_with_form();
  // On lines of their own too, or as a small table of 电话 / 邮箱 in the cell, its labels among them.
  for (const char* good :
       {"0532-82345678 llkt@example.cn", "张老师 13912345678", "0532-82345678；llkt@example.cn",
        "联系人王芳、13912345678", "0532-82345678\nllkt@example.cn",
        "电话\n0532-82345678\n邮箱\nllkt@example.cn\n"}) {
    INFO(good);
    test::set_field(submission, "phone", good);
    CHECK(of_rule(run_checks(submission, rules), "field.format").empty());
  }
  // A number is still needed, and each number must be one.
  for (const char* bad :
       {"llkt@example.cn", "张老师 王老师", "张老师 1391234567", "0532-823 llkt@example.cn"}) {
    INFO(bad);
    test::set_field(submission, "phone", bad);
    CHECK(of_rule(run_checks(submission, rules), "field.format").size() == 1);
  }
}

TEST_CASE("field.format checks each value against its format and shows the value", "[check]")
{
  struct Case {
    std::string format;
    std::string good;
    std::string bad;
  };
  const std::vector<Case> cases{
      {"mobile", "139 1234 5678", "1391234567"},
      {"phone", "010-62345678、13912345678", "62-345"},
      {"email", "zhang.san@example.com", "zhang.san＠example.com"},
      {"date", "1958年3月", "三月"},
      {"gender", "女", "F"},
      {"ethnicity", "汉", "汉族人"},
      {"political_status", "中共党员", "党员干部"},
      {"education", "大学本科", "学士"},
      {"period", "2019年3月至今", "很久以前"},
      {"participants", "年均线下2600人次", "很多人"},
  };
  for (const auto& item : cases) {
    DYNAMIC_SECTION("format " << item.format)
    {
      rules::RuleSet rules;
      auto spec = test::field_spec("value", "某栏");
      spec.format = rules::parse_field_format(item.format);
      REQUIRE(spec.format);
      spec.format_severity = core::Severity::warning;
      rules.fields = {spec};
      auto submission = test::submission_with_form();

      test::set_field(submission, "value", item.good);
      CHECK(of_rule(run_checks(submission, rules), "field.format").empty());

      test::set_field(submission, "value", item.bad);
      auto found = of_rule(run_checks(submission, rules), "field.format");
      REQUIRE(found.size() == 1);
      CHECK(found[0].message_id == "field.format." + item.format);
      CHECK(found[0].field == "value");
      CHECK(found[0].args.at("label") == "某栏");
      CHECK(found[0].args.at("value") == item.bad);
      CHECK(found[0].actual == item.bad);
      CHECK(found[0].severity == core::Severity::warning);
    }
  }
  SECTION("an optional field answered 无 or ／ is not judged by its format; a required one is")
  {
    rules::RuleSet rules;
    auto spec = test::field_spec("email", "邮箱");
    spec.format = rules::FieldFormat::email;
    rules.fields = {spec};
    auto submission = test::submission_with_form();
    for (const char* none : {"无", "／", "—", "暂无"}) {
      INFO(none);
      test::set_field(submission, "email", none);
      CHECK(of_rule(run_checks(submission, rules), "field.format").empty());
    }
    rules.fields.front().required = true;
    test::set_field(submission, "email", "无");
    CHECK(of_rule(run_checks(submission, rules), "field.format").size() == 1);
  }
  SECTION("an empty field is field.required's business, not field.format's")
  {
    rules::RuleSet rules;
    auto spec = test::field_spec("mobile", "手机");
    spec.format = rules::FieldFormat::mobile;
    rules.fields = {spec};
    auto submission = test::submission_with_form();
    test::set_field(submission, "mobile", "  ");
    CHECK(of_rule(run_checks(submission, rules), "field.format").empty());
  }
}

namespace {

// The field.format findings for a form whose 出生年月 (a date field) holds `value`, on 2024-05-01.
std::vector<core::Finding> birth_findings(const std::string& value)
{
  rules::RuleSet rules;
  rules.id = "test/star";
  auto birth = test::field_spec("birth", "出生年月");
  birth.format = rules::FieldFormat::date;
  rules.fields = {birth};
  auto submission = test::submission_with_form();
  test::set_field(submission, "birth", value);
  return of_rule(check::check_submission(submission, rules, test::options_as_of(2024, 5, 1)), "field.format");
}

} // namespace

TEST_CASE("a birth date in the future, or a nominee under 16 or over 110, is field.format", "[check]")
{
  CHECK(birth_findings("1965年3月").empty());
  CHECK(birth_findings("1914年6月").empty()); // 109 on 2024-05-01
  CHECK(birth_findings("2008年5月").empty()); // 16 on 2024-05-01 if born on the 1st: not surely under 16
  {
    auto found = birth_findings("2025年3月");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "field.format.birth-future");
    CHECK(found[0].args.at("as_of") == "2024-05-01");
    CHECK(found[0].severity == core::Severity::error);
  }
  {
    auto found = birth_findings("2010.06");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "field.format.birth-age");
    CHECK(found[0].args.at("age") == "13");
  }
  {
    auto found = birth_findings("1905年1月");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "field.format.birth-age");
    CHECK(found[0].actual == "age 119");
  }
}

TEST_CASE("a year written with two digits (57年4月) is read in full with a warning, not refused", "[check]")
{
  {
    auto found = birth_findings("57年4月");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "field.format.date-short-year");
    CHECK(found[0].severity == core::Severity::warning);
    CHECK(found[0].args.at("full") == "1957年4月");
  }
  CHECK(birth_findings("85.3")[0].args.at("full") == "1985.3");
  CHECK(birth_findings("５７年４月")[0].args.at("full") == "1957年4月"); // fullwidth, as Word may type it
  // A birth year reads 20YY only while the nominee would be 16 on the reference date (2024-05-01).
  CHECK(birth_findings("05年3月")[0].args.at("full") == "2005年3月");
  CHECK(birth_findings("22年3月")[0].args.at("full") == "1922年3月");
  {
    // Read in full, 1912 makes the nominee 112: said with the text the form holds.
    auto found = birth_findings("12年3月");
    REQUIRE(found.size() == 2);
    CHECK(found[1].message_id == "field.format.birth-age");
    CHECK(found[1].args.at("value") == "12年3月");
  }
  // Not a date however its year is read: still the error.
  auto nonsense = birth_findings("57年13月");
  REQUIRE(nonsense.size() == 1);
  CHECK(nonsense[0].message_id == "field.format.date");
  CHECK(nonsense[0].severity == core::Severity::error);
}

TEST_CASE("a start date may say it began then (1985年7月参加工作); a date of birth may not", "[check]")
{
  for (const char* slip : {"1957年4月至今", "1957.04—", "1957年4月入职"}) {
    INFO(slip);
    auto found = birth_findings(slip);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "field.format.date");
  }
  rules::RuleSet rules;
  rules.id = "test/star";
  auto work_start = test::field_spec("work_start", "参加工作时间");
  work_start.format = rules::FieldFormat::date;
  rules.fields = {work_start};
  auto submission = test::submission_with_form();
  for (const char* start : {"1985年7月参加工作", "1985.07—", "1985年7月"}) {
    INFO(start);
    test::set_field(submission, "work_start", start);
    CHECK(of_rule(check::check_submission(submission, rules, test::options_as_of(2024, 5, 1)), "field.format")
              .empty());
  }
}

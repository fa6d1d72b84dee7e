#include "builders.hpp"

#include <nominate/check/check.hpp>
#include <nominate/messages/render.hpp>

#include <catch2/catch.hpp>

using namespace nominate;
using test::of_rule;

namespace {

// The brand project's eligibility (二(二)2(3), 2(5)), as the shipped rule file writes it.
rules::RuleSet brand_rules()
{
  rules::RuleSet rules;
  rules.fields = {test::field_spec("project_name", "品牌项目名称"), test::field_spec("unit", "项目单位"),
                  test::field_spec("period", "项目起止时间"),
                  test::field_spec("participants", "参与人数（次）")};
  rules.checks = {
      test::with(test::on_field(test::check_spec("eligibility.project-age"), "period"), "min_years",
                 std::int64_t{2}),
      test::on_field(test::check_spec("eligibility.project-ongoing", core::Severity::warning), "period"),
      test::with(
          test::with(test::with(test::on_field(test::check_spec("eligibility.participants"), "participants"),
                                "offline_min", std::int64_t{1000}),
                     "online_min", std::int64_t{3000}),
          "period_field", std::string("period")),
      test::with(test::on_field(test::check_spec("eligibility.project-name"), "project_name"), "unit_field",
                 std::string("unit")),
  };
  return rules;
}

std::vector<core::Finding> run(const folder::Submission& submission, const rules::RuleSet& rules,
                               const check::CheckOptions& options = test::options_as_of(2024, 5, 1))
{
  return check::check_submission(submission, rules, options);
}

} // namespace

TEST_CASE("eligibility.project-age: at least two years before as_of, surely or maybe", "[check]")
{
  auto rules = brand_rules();
  auto submission = test::submission_with_form();

  SECTION("started 2019年3月至今: old enough")
  {
    test::set_field(submission, "period", "2019年3月至今");
    CHECK(of_rule(run(submission, rules), "eligibility.project-age").empty());
  }
  SECTION("started 2023年1月: surely under two years → the rule's severity")
  {
    test::set_field(submission, "period", "2023年1月至今");
    auto found = of_rule(run(submission, rules), "eligibility.project-age");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "eligibility.project-age.too-young");
    CHECK(found[0].severity == core::Severity::error);
    CHECK(found[0].args.at("start") == "2023-01");
    CHECK(found[0].args.at("years") == "1.3");
  }
  SECTION("started 2022年 without a month: maybe under two years by 2024-05-01 → a warning")
  {
    test::set_field(submission, "period", "2022年起");
    auto found = of_rule(run(submission, rules), "eligibility.project-age");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "eligibility.project-age.maybe-too-young");
    CHECK(found[0].severity == core::Severity::warning);
    CHECK(found[0].args.at("missing_en") == "month");
  }
  SECTION("started 2022年5月 without a day: the message says the day is missing, not the month")
  {
    test::set_field(submission, "period", "2022年5月至今");
    auto found = of_rule(run(submission, rules), "eligibility.project-age");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "eligibility.project-age.maybe-too-young");
    const auto text = messages::render(found[0], core::Language::zh).message;
    CHECK(text.find("没有写到具体日期") != std::string::npos);
    CHECK(text.find("月份") == std::string::npos);
  }
  SECTION("a day short of two years is 1.9 years, never the bound itself")
  {
    test::set_field(submission, "period", "2022年5月2日至今");
    auto found = of_rule(run(submission, rules), "eligibility.project-age");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "eligibility.project-age.too-young");
    CHECK(found[0].args.at("years") == "1.9");
    CHECK(messages::render(found[0], core::Language::zh).message.find("只有约 1.9 年") != std::string::npos);
  }
  SECTION("a start after the reference date says the year may be mistyped, not that it is 0 years")
  {
    test::set_field(submission, "period", "2025年1月至今");
    auto found = of_rule(run(submission, rules), "eligibility.project-age");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "eligibility.project-age.after-reference");
    CHECK(found[0].severity == core::Severity::error);
    const auto text = messages::render(found[0], core::Language::zh).message;
    CHECK(text.find("晚于判断日期 2024-05-01") != std::string::npos);
    CHECK(text.find("写错") != std::string::npos);
  }
  SECTION("a period that cannot be read is a field.format finding instead")
  {
    test::set_field(submission, "period", "很多年了");
    auto findings = run(submission, rules);
    CHECK(of_rule(findings, "eligibility.project-age").empty());
    auto format = of_rule(findings, "field.format", "field.format.period");
    REQUIRE(format.size() == 1);
    CHECK(format[0].args.at("value") == "很多年了");
  }
  SECTION("as_of comes from the options: the same start is old enough later")
  {
    test::set_field(submission, "period", "2023年1月至今");
    CHECK(
        of_rule(run(submission, rules, test::options_as_of(2025, 6, 1)), "eligibility.project-age").empty());
  }
}

TEST_CASE("eligibility.project-age reads the start of periods as other cities write them", "[check]")
{
  auto rules = brand_rules();
  auto submission = test::submission_with_form();
  test::set_field(submission, "participants", "年均线下2600人次");
  for (const char* text : {"2019年3月至今（已连续开展5年）", "始于2019年3月，持续开展", "2019年春季至今",
                           "2016年启动，2019年升级为品牌项目"}) {
    test::set_field(submission, "period", text);
    INFO(text);
    const auto found = run(submission, rules);
    CHECK(of_rule(found, "field.format").empty());
    CHECK(of_rule(found, "eligibility.project-age").empty());
  }
  // Read, the start is judged: 2023年春季 is too young on 2024-05-01.
  test::set_field(submission, "period", "2023年春季启动，持续至今");
  CHECK(of_rule(run(submission, rules), "eligibility.project-age", "eligibility.project-age.too-young")
            .size() == 1);
  // 2022年下半年 is July at the earliest, under 2 years whichever month: an error, not "maybe".
  test::set_field(submission, "period", "2022年下半年开始，持续至今");
  const auto second_half = run(submission, rules);
  CHECK(of_rule(second_half, "eligibility.project-age", "eligibility.project-age.too-young").size() == 1);
  // 2022年上半年 may be 2 years or not: a warning.
  test::set_field(submission, "period", "2022年上半年开始，持续至今");
  CHECK(of_rule(run(submission, rules), "eligibility.project-age", "eligibility.project-age.maybe-too-young")
            .size() == 1);
}

TEST_CASE("eligibility.project-ongoing warns of a project whose end date has passed", "[check]")
{
  auto rules = brand_rules();
  auto submission = test::submission_with_form();
  SECTION("至今 and an end after as_of pass")
  {
    test::set_field(submission, "period", "2019年3月至今");
    CHECK(of_rule(run(submission, rules), "eligibility.project-ongoing").empty());
    test::set_field(submission, "period", "2019.03—2025.12");
    CHECK(of_rule(run(submission, rules), "eligibility.project-ongoing").empty());
  }
  SECTION("ended 2023年5月: a warning naming the end")
  {
    test::set_field(submission, "period", "2019年3月至2023年5月");
    auto found = of_rule(run(submission, rules), "eligibility.project-ongoing");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == core::Severity::warning);
    CHECK(found[0].args.at("end") == "2023-05");
  }
}

TEST_CASE("eligibility.participants: explicit yearly figures against the bar, totals as a yearly average",
          "[check]")
{
  auto rules = brand_rules();
  auto submission = test::submission_with_form();
  test::set_field(submission, "period", "2019年3月至今");

  SECTION("figures meeting the bar say nothing")
  {
    for (const char* text : {"年均线下2600人次", "线上5200人次/年", "线下年均800人次，线上年均4000人次",
                             "累计参与3万余人次", "每月约150人次", "线下每周约50人次"}) {
      test::set_field(submission, "participants", text);
      INFO(text);
      CHECK(of_rule(run(submission, rules), "eligibility.participants").empty());
    }
  }
  SECTION("无, 暂无 or a slash: no participants stated is the rule's error, not a doubtful format")
  {
    // The field with its format, as the shipped rule set gives it: the format is not judged besides.
    auto& participants = rules.fields.back();
    REQUIRE(participants.id == "participants");
    participants.format = rules::FieldFormat::participants;
    participants.format_severity = core::Severity::warning;
    participants.required = true;
    for (const char* text : {"无", "暂无", "／", "—"}) {
      INFO(text);
      test::set_field(submission, "participants", text);
      const auto found = run(submission, rules);
      const auto none = of_rule(found, "eligibility.participants", "eligibility.participants.none");
      REQUIRE(none.size() == 1);
      CHECK(none[0].severity == core::Severity::error);
      CHECK(of_rule(found, "field.format").empty());
    }
  }
  SECTION("an explicit yearly figure under 1000 offline is an error")
  {
    test::set_field(submission, "participants", "年均线下800人次");
    auto found = of_rule(run(submission, rules), "eligibility.participants");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "eligibility.participants.below");
    CHECK(found[0].severity == core::Severity::error);
    CHECK(found[0].args.at("count") == "800");
    CHECK(found[0].args.at("channel") == "offline");
    CHECK(found[0].args.at("min") == "1000");
  }
  SECTION("a bare figure under a label that says yearly (年均参与人数) is yearly")
  {
    test::set_field(submission, "participants", "1500人次");
    submission.fields["participants"].label = "年均参与人数";
    CHECK(of_rule(run(submission, rules), "eligibility.participants").empty()); // not 1500 over 5 years
    test::set_field(submission, "participants", "800人次");
    for (const char* label : {"年均参与人数", "每年参与人次", "参与人数（人次/年）"}) {
      INFO(label);
      submission.fields["participants"].label = label;
      auto found = of_rule(run(submission, rules), "eligibility.participants");
      REQUIRE(found.size() == 1);
      CHECK(found[0].message_id == "eligibility.participants.below");
      CHECK(found[0].severity == core::Severity::error);
    }
    // A total stays a total whatever the label.
    test::set_field(submission, "participants", "累计参与3000人次");
    submission.fields["participants"].label = "年均参与人数";
    auto total = of_rule(run(submission, rules), "eligibility.participants");
    REQUIRE(total.size() == 1);
    CHECK(total[0].message_id == "eligibility.participants.average-below");
  }
  SECTION("an online yearly figure under 3000 is an error against the online bar")
  {
    test::set_field(submission, "participants", "线上年均2500人次");
    auto found = of_rule(run(submission, rules), "eligibility.participants");
    REQUIRE(found.size() == 1);
    CHECK(found[0].args.at("min") == "3000");
  }
  SECTION("a total spread over the period under the bar is a warning showing the yearly average")
  {
    test::set_field(submission, "participants", "累计参与3000人次"); // 2019-03-01 … 2024-05-01: 5.17 years
    auto found = of_rule(run(submission, rules), "eligibility.participants");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "eligibility.participants.average-below");
    CHECK(found[0].severity == core::Severity::warning);
    CHECK(found[0].args.at("years") == "5.2");
    CHECK(found[0].args.at("average") == "581");
  }
  SECTION("a monthly rate under the bar, counted a year, is a warning saying how it was counted")
  {
    test::set_field(submission, "participants", "每月约50人次"); // 600 a year, not spread over the years
    auto found = of_rule(run(submission, rules), "eligibility.participants");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "eligibility.participants.rate-below");
    CHECK(found[0].severity == core::Severity::warning);
    CHECK(found[0].args.at("average") == "600");
    CHECK(found[0].args.at("periods") == "12");
  }
  SECTION("figures as other cities write them: per session, for one year, joined by a plus")
  {
    for (const char* text : {"每周开课2次，每次30人", "2023年参与1500人次", "每年举办12期，每期100人",
                             "线下年均1200人+线上2500人"}) {
      test::set_field(submission, "participants", text);
      INFO(text);
      CHECK(of_rule(run(submission, rules), "eligibility.participants").empty());
    }
    // Neither channel of the plus meets its bar: the online 2500 is judged against 3000, not 1000.
    test::set_field(submission, "participants", "线下800人次/年+线上2500人次/年");
    auto found = of_rule(run(submission, rules), "eligibility.participants");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == core::Severity::error);
  }
  SECTION("a yearly total whose breakdown meets neither bar is judged by the breakdown, as a warning")
  {
    test::set_field(submission, "participants", "每年约1000人次（线下800、线上200）");
    auto found = of_rule(run(submission, rules), "eligibility.participants");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "eligibility.participants.below");
    CHECK(found[0].severity == core::Severity::warning);
    CHECK(found[0].args.at("count") == "800");
    CHECK(found[0].args.at("channel") == "offline");
  }
  SECTION("no figure at all is a field.format finding")
  {
    test::set_field(submission, "participants", "很多人");
    CHECK(of_rule(run(submission, rules), "field.format", "field.format.participants").size() == 1);
  }
}

TEST_CASE("eligibility.project-name: not the unit's name (不以单位或院校名称上报)", "[check]")
{
  auto rules = brand_rules();
  auto submission = test::submission_with_form();
  test::set_field(submission, "unit", "北京市海淀区学院路街道社区学院");

  SECTION("the same name, quotes and spaces aside, is an error")
  {
    test::set_field(submission, "project_name", "“北京市海淀区学院路街道 社区学院”");
    auto found = of_rule(run(submission, rules), "eligibility.project-name");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "eligibility.project-name.same-as-unit");
    CHECK(found[0].severity == core::Severity::error);
  }
  SECTION("nearly the same (one holds the other, ≥ 80% overlap) is an error")
  {
    test::set_field(submission, "project_name", "海淀区学院路街道社区学院"); // 12 of 15 characters
    auto found = of_rule(run(submission, rules), "eligibility.project-name");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "eligibility.project-name.like-unit");
  }
  SECTION("a name merely ending in 中心 is a warning")
  {
    test::set_field(submission, "project_name", "银龄数字学习中心");
    auto found = of_rule(run(submission, rules), "eligibility.project-name");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "eligibility.project-name.unit-suffix");
    CHECK(found[0].severity == core::Severity::warning);
    CHECK(found[0].args.at("suffix") == "中心");
  }
  SECTION("XX社区学院“乐龄课堂” passes: the quoted part is the project's name")
  {
    test::set_field(submission, "project_name", "北京市海淀区学院路街道社区学院“乐龄课堂”");
    CHECK(of_rule(run(submission, rules), "eligibility.project-name").empty());
    test::set_field(submission, "project_name",
                    "北京市海淀区学院路街道社区学院“读书会”"); // 15 of 18: still its own
    CHECK(of_rule(run(submission, rules), "eligibility.project-name").empty());
    test::set_field(submission, "project_name", "乐龄课堂");
    CHECK(of_rule(run(submission, rules), "eligibility.project-name").empty());
  }
}

TEST_CASE("eligibility.profile warns of serving leaders, students and teachers, and welcomes the retired",
          "[check]")
{
  rules::RuleSet rules;
  rules.fields = {test::field_spec("unit_position", "所在单位及职务")};
  rules.checks = {
      test::on_field(test::check_spec("eligibility.profile", core::Severity::warning), "unit_position")};
  auto profile = [&](const std::string& text) {
    auto submission = test::submission_with_form();
    test::set_field(submission, "unit_position", text);
    return of_rule(run(submission, rules), "eligibility.profile");
  };
  struct Case {
    const char* text;
    const char* message_id; // empty: no finding
  };
  const std::vector<Case> cases{
      {"XX县人民政府 副县长", "eligibility.profile.leader"},
      {"海淀区教育局 局长", "eligibility.profile.leader"},
      {"中共XX县委 书记", "eligibility.profile.leader"},
      {"XX村党支部书记", ""},
      {"学院路街道XX社区居委会 主任", ""},
      {"XX县教育局原局长", ""},
      {"XX局局长（已退休）", ""},
      {"北京大学 研究生在读", "eligibility.profile.student"},
      {"XX中学 学生", "eligibility.profile.student"},
      {"XX大学学生处 干事", ""},
      {"XX小学 语文教师", "eligibility.profile.teacher"},
      {"XX大学 副教授", "eligibility.profile.teacher"},
      {"XX中学退休教师", ""},
      {"海淀区社区学院 教师", ""},
      {"XX街道终身教育服务中心 讲师", ""},
      {"XX公司 教授级高级工程师", ""},
  };
  for (const auto& item : cases) {
    INFO(item.text);
    auto found = profile(item.text);
    if (std::string(item.message_id).empty()) {
      CHECK(found.empty());
    } else {
      REQUIRE(found.size() == 1);
      CHECK(found[0].message_id == item.message_id);
      CHECK(found[0].severity == core::Severity::warning);
    }
  }
}

TEST_CASE("eligibility.past-winner and past-nominee match the district's lists", "[check]")
{
  rules::RuleSet rules;
  rules.fields = {test::field_spec("name", "姓名"), test::field_spec("unit_position", "所在单位及职务")};
  rules.checks = {test::check_spec("eligibility.past-winner"),
                  test::check_spec("eligibility.past-nominee", core::Severity::warning)};
  auto submission = test::submission_with_form();
  test::set_field(submission, "name", "张 三");
  test::set_field(submission, "unit_position", "海淀区学院路街道 退休职工");
  auto options = test::options_as_of(2024, 5, 1);

  SECTION("not on any list: nothing")
  {
    options.past_winners = {{"李四", "海淀区学院路街道", 2021}};
    CHECK(of_rule(run(submission, rules, options), "eligibility.past-winner").empty());
  }
  SECTION("name and unit match a past winner: an error")
  {
    options.past_winners = {{"张三", "海淀区学院路街道", 2021}};
    auto found = of_rule(run(submission, rules, options), "eligibility.past-winner");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "eligibility.past-winner.match");
    CHECK(found[0].severity == core::Severity::error);
    CHECK(found[0].args.at("year") == "2021");
  }
  SECTION("only the name matches: a warning")
  {
    options.past_winners = {{"张三", "朝阳区XX街道", 2020}};
    auto found = of_rule(run(submission, rules, options), "eligibility.past-winner");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "eligibility.past-winner.name-only");
    CHECK(found[0].severity == core::Severity::warning);
  }
  SECTION("a past nominee, at the rule's severity")
  {
    options.past_nominees = {{"张三", "海淀区学院路街道", std::nullopt}};
    auto found = of_rule(run(submission, rules, options), "eligibility.past-nominee");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "eligibility.past-nominee.match");
    CHECK(found[0].severity == core::Severity::warning);
    CHECK(found[0].args.at("year") == "—");
  }
}

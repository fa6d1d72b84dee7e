// The district checks: batch.quota (more nominations of a kind than the zone allows) and batch.duplicate
// (the same person twice), over the submissions of one district folder.
#include "pipeline_helpers.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <temp_dir.hpp>

using nominate::core::Severity;
using nominate::test::copy_example;
using nominate::test::find_rule;
using nominate::test::request_for;
using nominate::test::TempDir;

TEST_CASE("the shipped district: two stars in an experimental zone (1–2 allowed) pass as a batch",
          "[pipeline]")
{
  const auto district = nominate::test::example("海淀区").generic_string();
  const auto outcome = nominate::pipeline::check_paths(request_for({district}), nullptr);

  CHECK(outcome.errors.empty());
  CHECK(nominate::test::submission_paths(outcome.report) ==
        std::vector<std::string>{district + "/01-张三", district + "/02-李四"});
  for (const auto& submission : outcome.report.submissions) {
    CHECK(submission.rules == "national/star@2023");
  }
  CHECK(outcome.report.configs == std::vector<std::string>{district + "/nominate.yaml"});
  REQUIRE(outcome.report.batch.size() == 1);
  const auto& batch = outcome.report.batch.front();
  CHECK(batch.path == district);
  CHECK(batch.findings.empty());
  CHECK(outcome.report.passed());
}

TEST_CASE("the shipped district as zone 'other': two stars where one is allowed is a batch.quota error",
          "[pipeline]")
{
  const TempDir dir;
  const auto district = dir.path() / "海淀区";
  copy_example("海淀区", district);
  dir.write("海淀区/nominate.yaml", "district: 海淀区\nzone: other\nrules: national\nroot: true\n");
  const auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
  REQUIRE(outcome.report.batch.size() == 1);
  const auto& batch = outcome.report.batch.front();
  REQUIRE(nominate::test::rule_ids(batch.findings) == std::vector<std::string>{"batch.quota"});
  const auto& quota = batch.findings.front();
  CHECK(quota.severity == Severity::error);
  CHECK(quota.expected == "≤ 1");
  CHECK(quota.actual == "2");
  CHECK(quota.args.at("zone") == "other");
  CHECK(quota.args.at("kind") == "star");
  CHECK_THAT(quota.clause, Catch::Contains("其他区及有关单位推介1名"));
  CHECK_FALSE(outcome.report.passed());
}

TEST_CASE("a registration table open in WPS is still read: the other kind's missing table is still an error",
          "[pipeline]")
{
  const TempDir dir;
  const auto district = dir.path() / "海淀区";
  copy_example("海淀区", district);
  copy_example("brand-compliant", district / "03-乐龄课堂");
  dir.write("海淀区/~$登记表.xlsx", "lock"); // the stars' 登记表.xlsx open in WPS
  const auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
  REQUIRE(outcome.report.batch.size() == 1);
  const auto& findings = outcome.report.batch.front().findings;
  const auto* missing = find_rule(findings, "material.missing");
  REQUIRE(missing != nullptr);
  CHECK(missing->message_id == "material.missing.registration");
  CHECK(missing->args.at("kind") == "brand");
  CHECK(find_rule(findings, "material.open-elsewhere") != nullptr);
  CHECK_FALSE(outcome.report.passed());
}

TEST_CASE("the quota follows the zone named in nominate.yaml, per kind", "[pipeline]")
{
  const TempDir dir;
  const auto district = dir.path() / "海淀区";
  copy_example("海淀区/01-张三", district / "01-张三");
  copy_example("海淀区/02-李四", district / "02-李四");
  copy_example("brand-compliant", district / "03-乐龄课堂");

  // This district sends no registration tables: each kind's is missing (material.missing), besides the quota.
  const std::vector<std::string> tables_missing{"material.missing", "material.missing"};

  SECTION("a demonstration zone allows two stars and two projects")
  {
    dir.write("海淀区/nominate.yaml", "zone: demonstration\nrules: national\nroot: true\n");
    const auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
    CHECK(outcome.errors.empty());
    CHECK(outcome.report.submissions.size() == 3);
    REQUIRE(outcome.report.batch.size() == 1);
    CHECK(nominate::test::rule_ids(outcome.report.batch.front().findings) == tables_missing);
    CHECK(find_rule(outcome.report.batch.front().findings, "batch.quota") == nullptr);
  }
  SECTION("a third star is one too many")
  {
    dir.write("海淀区/nominate.yaml", "zone: experimental\nrules: national\nroot: true\n");
    copy_example("star-compliant", district / "04-王秀兰");
    const auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
    REQUIRE(outcome.report.batch.size() == 1);
    const auto& findings = outcome.report.batch.front().findings;
    CHECK(nominate::test::rule_ids(findings) ==
          std::vector<std::string>{"batch.quota", "material.missing", "material.missing"});
    CHECK(findings.front().actual == "3");
    CHECK(findings.front().expected == "≤ 2");
  }
  SECTION("zone 'other': one star and one project; the project alone is within its quota")
  {
    dir.write("海淀区/nominate.yaml", "zone: other\nrules: national\nroot: true\n");
    const auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
    REQUIRE(outcome.report.batch.size() == 1);
    const auto& findings = outcome.report.batch.front().findings;
    REQUIRE(findings.size() == 3);
    CHECK(findings.front().rule == "batch.quota");
    CHECK(findings.front().args.at("kind") == "star");
  }
  SECTION("no zone named: checked against the strictest zone, with a warning; more than any zone allows is "
          "an error (issue 15: never skipped in silence)")
  {
    dir.write("海淀区/nominate.yaml", "rules: national\nroot: true\n");
    copy_example("star-compliant", district / "04-王秀兰");
    const auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
    REQUIRE(outcome.report.batch.size() == 1);
    std::map<std::string, const nominate::core::Finding*> quota_by_kind;
    for (const auto& finding : outcome.report.batch.front().findings) {
      if (finding.rule == "batch.quota") {
        quota_by_kind[finding.args.at("kind")] = &finding;
      }
    }
    REQUIRE(quota_by_kind.size() == 2);
    CHECK(quota_by_kind["star"]->message_id == "batch.quota.exceeded-any-zone");
    CHECK(quota_by_kind["star"]->severity == Severity::error);
    CHECK(quota_by_kind["brand"]->message_id == "batch.quota.zone-unknown");
    CHECK(quota_by_kind["brand"]->severity == Severity::warning);
  }
}

TEST_CASE("the same person nominated twice is a batch.duplicate error naming both folders", "[pipeline]")
{
  const TempDir dir;
  const auto district = dir.path() / "海淀区";
  dir.write("海淀区/nominate.yaml", "zone: demonstration\nrules: national\nroot: true\n");
  copy_example("海淀区/01-张三", district / "01-张三");
  copy_example("海淀区/01-张三", district / "03-张三（修改）");

  const auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
  CHECK(outcome.errors.empty());
  REQUIRE(outcome.report.batch.size() == 1);
  const auto& findings = outcome.report.batch.front().findings;
  // No registration table here: that is missing too.
  CHECK(nominate::test::rule_ids(findings) ==
        std::vector<std::string>{"batch.duplicate", "material.missing"});
  const auto* duplicate = find_rule(findings, "batch.duplicate");
  REQUIRE(duplicate);
  CHECK(duplicate->severity == Severity::error);
  CHECK(duplicate->args.at("name") == "张三");
  const auto base = nominate::pipeline::display_path(district.string());
  CHECK(duplicate->args.at("paths") == base + "/01-张三、" + base + "/03-张三（修改）");
}

TEST_CASE("a project typed with ASCII quotes and with Chinese ones is the same project", "[pipeline]")
{
  const TempDir dir;
  const auto district = dir.path() / "海淀区";
  dir.write("海淀区/nominate.yaml", "zone: demonstration\nrules: national\nroot: true\n");
  copy_example("brand-compliant", district / "01-乐龄课堂");
  copy_example("brand-compliant", district / "02-乐龄课堂（英文引号）");
  dir.write("海淀区/01-乐龄课堂/nomination.yaml", "title: XX社区学院“乐龄课堂”\n");
  dir.write("海淀区/02-乐龄课堂（英文引号）/nomination.yaml", "title: 'XX社区学院\"乐龄课堂\"'\n");

  const auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
  CHECK(outcome.errors.empty());
  REQUIRE(outcome.report.batch.size() == 1);
  const auto* duplicate = find_rule(outcome.report.batch.front().findings, "batch.duplicate");
  REQUIRE(duplicate);
  CHECK(duplicate->severity == Severity::error);
  CHECK(duplicate->args.at("name") == "XX社区学院“乐龄课堂”"); // as the first folder writes it
}

TEST_CASE("two nominees of one name told apart by 出生年月 are a batch.duplicate warning, not an error",
          "[pipeline]")
{
  const TempDir dir;
  const auto district = dir.path() / "海淀区";
  dir.write("海淀区/nominate.yaml", "zone: demonstration\nrules: national\nroot: true\n");
  copy_example("海淀区/01-张三", district / "01-张三");
  copy_example("海淀区/01-张三", district / "02-张三");

  SECTION("different birth months: two people of one name, for a person to confirm")
  {
    dir.write("海淀区/02-张三/nomination.yaml", "fields:\n  birth: 1971年5月\n");
    const auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
    REQUIRE(outcome.report.batch.size() == 1);
    const auto* duplicate = find_rule(outcome.report.batch.front().findings, "batch.duplicate");
    REQUIRE(duplicate);
    CHECK(duplicate->severity == Severity::warning);
    CHECK(duplicate->message_id == "batch.duplicate.same-name");
    CHECK(duplicate->args.at("field") == "出生年月");
    CHECK(duplicate->args.at("values") == "1968年7月、1971年5月");
  }
  SECTION("the same month written another way is the same person: still an error")
  {
    // The form says 1968年7月.
    dir.write("海淀区/02-张三/nomination.yaml", "fields:\n  birth: '1968.07'\n");
    const auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
    REQUIRE(outcome.report.batch.size() == 1);
    const auto* duplicate = find_rule(outcome.report.batch.front().findings, "batch.duplicate");
    REQUIRE(duplicate);
    CHECK(duplicate->severity == Severity::error);
    CHECK(duplicate->message_id == "batch.duplicate.same");
  }
}

TEST_CASE("a star and a project of the same name are not duplicates; nor are two districts' nominees",
          "[pipeline]")
{
  const TempDir dir;
  dir.write("甲区/nominate.yaml", "zone: demonstration\nrules: national\nroot: true\n");
  dir.write("乙区/nominate.yaml", "zone: demonstration\nrules: national\nroot: true\n");
  copy_example("海淀区/01-张三", dir.path() / "甲区" / "01-张三");
  copy_example("海淀区/01-张三", dir.path() / "乙区" / "01-张三");
  copy_example("brand-compliant", dir.path() / "甲区" / "02-项目");
  dir.write("甲区/02-项目/nomination.yaml", "title: 张三\n");

  const auto outcome = nominate::pipeline::check_paths(
      request_for({(dir.path() / "甲区").string(), (dir.path() / "乙区").string()}), nullptr);
  CHECK(outcome.errors.empty());
  CHECK(outcome.report.submissions.size() == 3);
  REQUIRE(outcome.report.batch.size() == 2);
  // Only their registration tables are missing (neither district sends one): no batch.duplicate.
  CHECK(nominate::test::rule_ids(outcome.report.batch[0].findings) ==
        std::vector<std::string>{"material.missing", "material.missing"});
  CHECK(nominate::test::rule_ids(outcome.report.batch[1].findings) ==
        std::vector<std::string>{"material.missing"});
}

TEST_CASE("a waiver in the district's nominate.yaml waives its batch findings", "[pipeline]")
{
  const TempDir dir;
  const auto district = dir.path() / "海淀区";
  copy_example("海淀区/01-张三", district / "01-张三");
  copy_example("海淀区/02-李四", district / "02-李四");
  copy_example("海淀区/登记表.xlsx", district / "登记表.xlsx");
  dir.write("海淀区/nominate.yaml", R"(zone: other
rules: national
root: true
waivers:
  - rule: batch.quota
    reason: 市教委同意本区追加1名
    approved_by: 市教委
    date: 2024-05-06
)");
  auto request = request_for({district.string()});

  SECTION("applied")
  {
    const auto outcome = nominate::pipeline::check_paths(request, nullptr);
    REQUIRE(outcome.report.batch.size() == 1);
    const auto* quota = find_rule(outcome.report.batch.front().findings, "batch.quota");
    REQUIRE(quota);
    CHECK(quota->waived);
    CHECK(quota->waiver_reason == "市教委同意本区追加1名");
    CHECK(outcome.report.passed());
  }
  SECTION("--no-waivers")
  {
    request.waivers = nominate::pipeline::Waivers::ignore;
    const auto outcome = nominate::pipeline::check_paths(request, nullptr);
    REQUIRE(outcome.report.batch.size() == 1);
    const auto* quota = find_rule(outcome.report.batch.front().findings, "batch.quota");
    REQUIRE(quota);
    CHECK_FALSE(quota->waived);
    CHECK_FALSE(outcome.report.passed());
  }
}

// A district is checked whole, never skipped in silence: a sub-folder without its form is a submission
// missing its form (not an error about notices), a district without a zone gets the strictest zone's quota
// with a warning, and a district that sends stars without a 登记表 is told so (issue 15, items 17 and 18).
#include "pipeline_helpers.hpp"

#include <nominate/messages/render.hpp>

#include <catch2/catch.hpp>

#include <temp_dir.hpp>

using nominate::core::Severity;
using nominate::test::copy_example;
using nominate::test::find_rule;
using nominate::test::request_for;
using nominate::test::TempDir;

namespace {

const nominate::report::SubmissionReport* submission_at(const nominate::pipeline::CheckOutcome& outcome,
                                                        const std::string& suffix)
{
  for (const auto& submission : outcome.report.submissions) {
    if (submission.path.ends_with(suffix)) {
      return &submission;
    }
  }
  return nullptr;
}

} // namespace

TEST_CASE("a district's folder without its form is a submission missing its form, checked with the "
          "district's rules",
          "[pipeline]")
{
  const TempDir dir;
  const auto district = dir.path() / "海淀区";
  copy_example("海淀区", district);
  std::filesystem::create_directories(district / "03-空");
  copy_example("海淀区/01-张三/生活照.jpg", district / "04-王五" / "生活照.jpg");

  const auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
  CHECK(outcome.errors.empty()); // not exit 2: nothing about which notice applies
  REQUIRE(outcome.report.submissions.size() == 4);
  for (const char* folder : {"/03-空", "/04-王五"}) {
    const auto* submission = submission_at(outcome, folder);
    REQUIRE(submission != nullptr);
    CHECK(submission->rules == "national/star@2023"); // as its siblings
    const auto* missing = find_rule(submission->findings, "material.missing");
    REQUIRE(missing != nullptr);
    CHECK(missing->message_id == "material.missing.form");
    CHECK_THAT(nominate::messages::render(*missing, nominate::core::Language::zh).message,
               Catch::Contains("推介表"));
  }
  // The others are checked as usual.
  CHECK(submission_at(outcome, "/01-张三")->findings.empty());
  CHECK(submission_at(outcome, "/02-李四")->findings.empty());
  CHECK_FALSE(outcome.report.passed()); // exit 1
  // A folder without a form is not a nomination: the two stars are within the experimental zone's quota.
  REQUIRE(outcome.report.batch.size() == 1);
  CHECK(find_rule(outcome.report.batch.front().findings, "batch.quota") == nullptr);
}

TEST_CASE("a district whose only folders have no form still reports each as missing its form", "[pipeline]")
{
  const TempDir dir;
  const auto district = dir.path() / "区";
  dir.write("区/nominate.yaml", "zone: 其他\nrules: national\nroot: true\n");
  std::filesystem::create_directories(district / "01-空");
  copy_example("海淀区/01-张三/生活照.jpg", district / "02-照片" / "生活照.jpg");
  const auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
  CHECK(outcome.errors.empty());
  REQUIRE(outcome.report.submissions.size() == 2);
  for (const auto& submission : outcome.report.submissions) {
    const auto* missing = find_rule(submission.findings, "material.missing");
    REQUIRE(missing != nullptr);
    CHECK(missing->message_id == "material.missing.form");
  }
}

TEST_CASE("without a zone the quota is checked against the strictest zone, with a warning saying so",
          "[pipeline]")
{
  const TempDir dir;
  const auto district = dir.path() / "海淀区";
  copy_example("海淀区", district);

  SECTION("no nominate.yaml: two stars are more than 其他区 may send, fewer than 示范区 — a warning")
  {
    std::filesystem::remove(district / "nominate.yaml");
    const auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
    REQUIRE(outcome.report.batch.size() == 1);
    const auto* quota = find_rule(outcome.report.batch.front().findings, "batch.quota");
    REQUIRE(quota != nullptr);
    CHECK(quota->severity == Severity::warning);
    CHECK(quota->message_id == "batch.quota.zone-unknown-over");
    CHECK(quota->args.at("zone") == "other");
    CHECK(quota->expected == "≤ 1");
    auto text = nominate::messages::render(*quota, nominate::core::Language::zh);
    CHECK_THAT(text.message, Catch::Contains("没有写明本区属于哪类地区"));
    CHECK_THAT(text.fix, Catch::Contains("zone: 实验区"));
  }
  SECTION("a nominate.yaml without zone, one star: within the strictest quota, still a warning naming it")
  {
    dir.write("海淀区/nominate.yaml", "rules: national\nroot: true\n");
    std::filesystem::remove_all(district / "02-李四");
    const auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
    const auto* quota = find_rule(outcome.report.batch.front().findings, "batch.quota");
    REQUIRE(quota != nullptr);
    CHECK(quota->severity == Severity::warning);
    CHECK(quota->message_id == "batch.quota.zone-unknown");
  }
  SECTION("three stars are too many whatever the zone: an error")
  {
    std::filesystem::remove(district / "nominate.yaml");
    copy_example("star-compliant", district / "03-王秀兰");
    const auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
    const auto* quota = find_rule(outcome.report.batch.front().findings, "batch.quota");
    REQUIRE(quota != nullptr);
    CHECK(quota->severity == Severity::error);
    CHECK(quota->message_id == "batch.quota.exceeded-any-zone");
    CHECK(quota->expected == "≤ 2");
    CHECK(quota->actual == "3");
  }
}

TEST_CASE("the zone may be written as the notice names it: 示范区, 实验区, 其他", "[pipeline]")
{
  const TempDir dir;
  const auto district = dir.path() / "海淀区";
  copy_example("海淀区", district);
  for (auto [zone, quota_error] :
       {std::pair{"示范区", false}, std::pair{"实验区", false}, std::pair{"其他", true}}) {
    dir.write("海淀区/nominate.yaml", std::string("zone: ") + zone + "\nrules: national\nroot: true\n");
    const auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
    INFO(zone);
    CHECK(outcome.errors.empty());
    const auto* quota = find_rule(outcome.report.batch.front().findings, "batch.quota");
    CHECK((quota != nullptr) == quota_error);
    if (quota != nullptr) {
      CHECK(quota->args.at("zone") == "other");
      CHECK(quota->severity == Severity::error);
    }
  }
}

TEST_CASE("a district that sends stars without a registration table is missing it", "[pipeline]")
{
  const TempDir dir;
  const auto district = dir.path() / "海淀区";
  copy_example("海淀区", district);
  std::filesystem::remove(district / "登记表.xlsx");
  const auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
  REQUIRE(outcome.report.batch.size() == 1);
  const auto* missing = find_rule(outcome.report.batch.front().findings, "material.missing");
  REQUIRE(missing != nullptr);
  CHECK(missing->message_id == "material.missing.registration");
  CHECK(missing->severity == Severity::error);
  CHECK(missing->args.at("kind") == "star");
  CHECK_THAT(missing->clause, Catch::Contains("百姓学习之星推介登记表"));
  CHECK_THAT(nominate::messages::render(*missing, nominate::core::Language::zh).message,
             Catch::Contains("没有百姓学习之星推介登记表"));
  CHECK_FALSE(outcome.report.passed());
}

TEST_CASE("a district stopped by an invalid nominate.yaml is not said to hold no submission folder",
          "[pipeline]")
{
  // The error stops the district's submissions; its checks as a whole would then judge folders that are
  // there as missing ("holds no submission folder", every table row "without its folder").
  const TempDir dir;
  const auto district = dir.path() / "海淀区";
  copy_example("海淀区", district);
  std::filesystem::remove(district / "nominate.yaml");
  dir.write("海淀区/nominate.yaml", "zone: nowhere\n");
  auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
  REQUIRE_FALSE(outcome.errors.empty());
  for (const auto& batch : outcome.report.batch) {
    CHECK(find_rule(batch.findings, "material.missing") == nullptr);
    CHECK(find_rule(batch.findings, "batch.registration") == nullptr);
  }
}

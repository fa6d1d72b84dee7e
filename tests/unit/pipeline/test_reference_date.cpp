// The reference date: which date a report judged against and where it came from (issue 15, item 15), and
// what the configs name relative to themselves (items 19 and 21).
#include "pipeline_helpers.hpp"

#include <nominate/messages/render.hpp>

#include <catch2/catch.hpp>

#include <temp_dir.hpp>

using nominate::test::copy_example;
using nominate::test::find_rule;
using nominate::test::request_for;
using nominate::test::TempDir;

TEST_CASE("the reference date and its source: --as-of, nomination.yaml, nominate.yaml, the rule set's, "
          "its deadline, today",
          "[pipeline]")
{
  const TempDir dir;
  copy_example("brand-compliant", dir.path() / "区" / "01");
  const std::vector<std::string> paths{(dir.path() / "区" / "01").string()};
  auto only =
      [&](const nominate::pipeline::CheckOutcome& outcome) -> const nominate::report::SubmissionReport& {
    REQUIRE(outcome.errors.empty());
    REQUIRE(outcome.report.submissions.size() == 1);
    return outcome.report.submissions.front();
  };

  SECTION("the national notice names no date and no deadline: today, and the report says so")
  {
    dir.write("区/nominate.yaml", "root: true\n");
    const auto outcome = nominate::pipeline::check_paths(request_for(paths), nullptr);
    CHECK(only(outcome).as_of == "2024-05-01"); // the request's today
    CHECK(only(outcome).as_of_source == "today");
  }
  SECTION("nominate.yaml's, named with its file")
  {
    dir.write("区/nominate.yaml", "as_of: 2024-03-15\nroot: true\n");
    const auto outcome = nominate::pipeline::check_paths(request_for(paths), nullptr);
    CHECK(only(outcome).as_of == "2024-03-15");
    CHECK(only(outcome).as_of_source == "config");
    CHECK(only(outcome).as_of_config == (dir.path() / "区" / "nominate.yaml").generic_string());
  }
  SECTION("nomination.yaml's, before nominate.yaml's")
  {
    dir.write("区/nominate.yaml", "as_of: 2024-03-15\nroot: true\n");
    dir.write("区/01/nomination.yaml", "as_of: 2024-04-01\n");
    const auto outcome = nominate::pipeline::check_paths(request_for(paths), nullptr);
    CHECK(only(outcome).as_of == "2024-04-01");
    CHECK(only(outcome).as_of_source == "config");
    CHECK_THAT(only(outcome).as_of_config, Catch::EndsWith("01/nomination.yaml"));
  }
  SECTION("--as-of before every config")
  {
    dir.write("区/nominate.yaml", "as_of: 2024-03-15\nroot: true\n");
    auto request = request_for(paths);
    request.as_of = nominate::core::Date{2025, 3, 15};
    const auto outcome = nominate::pipeline::check_paths(request, nullptr);
    CHECK(only(outcome).as_of == "2025-03-15");
    CHECK(only(outcome).as_of_source == "option");
  }
  SECTION("a rule set with a deadline and no date: its deadline")
  {
    dir.write("区/nominate.yaml", "root: true\n");
    dir.write("区/brand-2024.yaml", "id: city/brand\nedition: \"2024\"\nextends: national/brand\n"
                                    "deadline: 2024-06-30\n");
    auto request = request_for(paths);
    request.load.rules = (dir.path() / "区" / "brand-2024.yaml").string();
    const auto outcome = nominate::pipeline::check_paths(request, nullptr);
    CHECK(only(outcome).as_of == "2024-06-30");
    CHECK(only(outcome).as_of_source == "deadline");
  }
  SECTION("a rule set whose notice names its date: that date")
  {
    const TempDir beijing;
    copy_example("beijing-star-compliant", beijing.path() / "01");
    beijing.write("nominate.yaml", "root: true\n");
    const auto outcome =
        nominate::pipeline::check_paths(request_for({(beijing.path() / "01").string()}), nullptr);
    CHECK(only(outcome).as_of == "2018-03-15");
    CHECK(only(outcome).as_of_source == "rules");
  }
}

TEST_CASE("a project's age hangs on the date: the finding says how to set it", "[pipeline]")
{
  const TempDir dir;
  copy_example("brand-faults", dir.path() / "01");
  dir.write("nominate.yaml", "root: true\n");
  const auto outcome = nominate::pipeline::check_paths(request_for({(dir.path() / "01").string()}), nullptr);
  REQUIRE(outcome.report.submissions.size() == 1);
  const auto& submission = outcome.report.submissions.front();
  CHECK(submission.as_of == "2024-05-01");
  CHECK(submission.as_of_source == "config"); // the example's nomination.yaml
  const auto* age = find_rule(submission.findings, "eligibility.project-age");
  REQUIRE(age != nullptr);
  auto text = nominate::messages::render(*age, nominate::core::Language::zh);
  CHECK_THAT(text.fix, Catch::Contains("as_of:"));
  CHECK_THAT(text.fix, Catch::Contains("--as-of"));
}

TEST_CASE("rules: ./file.yaml in a config is read from the config's folder, whatever the current folder",
          "[pipeline]")
{
  const TempDir dir;
  copy_example("海淀区/01-张三", dir.path() / "区" / "01-张三");
  const std::string rule_file =
      "id: xian/star\nedition: \"2024\"\nextends: national/star\nas_of: 2024-04-01\n";
  const TempDir elsewhere;
  nominate::test::WorkingFolder cwd(elsewhere.path()); // not the configs' folder

  SECTION("in nominate.yaml")
  {
    dir.write("区/xian-2024.yaml", rule_file);
    dir.write("区/nominate.yaml", "rules: ./xian-2024.yaml\nroot: true\n");
    const auto outcome =
        nominate::pipeline::check_paths(request_for({(dir.path() / "区" / "01-张三").string()}), nullptr);
    REQUIRE(outcome.errors.empty());
    CHECK(outcome.report.submissions.front().rules == "xian/star@2024");
  }
  SECTION("in nomination.yaml")
  {
    dir.write("区/01-张三/规则/xian-2024.yaml", rule_file);
    dir.write("区/nominate.yaml", "root: true\n");
    dir.write("区/01-张三/nomination.yaml", "rules: 规则/xian-2024.yaml\n");
    const auto outcome =
        nominate::pipeline::check_paths(request_for({(dir.path() / "区" / "01-张三").string()}), nullptr);
    REQUIRE(outcome.errors.empty());
    CHECK(outcome.report.submissions.front().rules == "xian/star@2024");
  }
}

TEST_CASE("past_nominees in nominate.yaml feeds eligibility.past-nominee, a warning", "[pipeline]")
{
  const TempDir dir;
  copy_example("海淀区", dir.path() / "海淀区");
  dir.write("海淀区/名单/往年推介名单.csv", "姓名,单位,年份\n张三,XX物业服务有限公司,2022\n");
  dir.write("海淀区/nominate.yaml",
            "zone: experimental\nrules: national\npast_nominees: 名单/往年推介名单.csv\nroot: true\n");
  const auto outcome =
      nominate::pipeline::check_paths(request_for({(dir.path() / "海淀区").string()}), nullptr);
  REQUIRE(outcome.errors.empty());
  const auto& zhang = outcome.report.submissions.front();
  const auto* nominee = find_rule(zhang.findings, "eligibility.past-nominee");
  REQUIRE(nominee != nullptr);
  CHECK(nominee->severity == nominate::core::Severity::warning);
  CHECK(find_rule(outcome.report.submissions.back().findings, "eligibility.past-nominee") == nullptr);
}

// Rule sets are loaded once per run, not once per submission (issue: rules loaded once, parameters typed).

#include "pipeline_helpers.hpp"
#include "temp_dir.hpp"

#include <nominate/rules/library.hpp>

#include <catch2/catch.hpp>

#include <memory>

using nominate::test::copy_example;
using nominate::test::request_for;

TEST_CASE("a district's rule sets are loaded once for all its submissions, on any number of threads",
          "[pipeline]")
{
  const nominate::test::TempDir temp;
  auto district = temp.path() / "海淀区";
  copy_example("海淀区", district);
  copy_example("star-compliant", district / "03-王秀兰");
  copy_example("brand-compliant", district / "04-项目");

  for (unsigned jobs : {1U, 2U, 4U}) {
    INFO("jobs " << jobs);
    auto request = request_for({district.string()}, jobs);
    auto library = std::make_shared<nominate::rules::RuleLibrary>(request.load.rule_dirs);
    request.load.library = library;
    auto outcome = nominate::pipeline::check_paths(request, nullptr);
    REQUIRE(outcome.errors.empty());
    CHECK(outcome.report.submissions.size() == 4);
    // nominate.yaml names the family `national`: one load serves the stars and the project alike.
    CHECK(library->loads() == 1);
  }
}

TEST_CASE("the rule library hands every caller the same rule sets and keeps a failed load's error",
          "[pipeline]")
{
  nominate::rules::RuleLibrary library({std::filesystem::path(NOMINATE_SOURCE_DIR) / "rules"});
  auto first = library.rules("national");
  auto second = library.rules("national");
  REQUIRE(first);
  REQUIRE(second);
  CHECK(first->size() == second->size());
  CHECK(library.loads() == 1);
  CHECK_FALSE(library.rules("national/no-such"));
  CHECK_FALSE(library.rules("national/no-such"));
  CHECK(library.loads() == 2);
}

#include "pipeline_helpers.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

using nominate::test::copy_example;
using nominate::test::find_rule;
using nominate::test::request_for;
using nominate::test::TempDir;

namespace {

const std::vector<nominate::core::Finding>& district_findings(const nominate::pipeline::CheckOutcome& outcome)
{
  REQUIRE(outcome.report.batch.size() == 1);
  return outcome.report.batch.front().findings;
}

} // namespace

TEST_CASE("the registration table is read and agrees with the forms of a sound district", "[pipeline]")
{
  TempDir temp;
  copy_example("海淀区", temp.path() / "海淀区");
  auto outcome = nominate::pipeline::check_paths(request_for({(temp.path() / "海淀区").string()}), nullptr);
  REQUIRE(outcome.errors.empty());
  CHECK(district_findings(outcome).empty());
  const auto& tables = outcome.report.batch.front().registrations;
  REQUIRE(tables.size() == 1);
  CHECK(tables.front().kind == "star");
  REQUIRE(tables.front().rows.size() == 2);
  CHECK(tables.front().rows[1].order == 2);
}

TEST_CASE("a nominee listed in the registration table without a folder is reported", "[pipeline]")
{
  TempDir temp;
  copy_example("海淀区", temp.path() / "海淀区");
  std::filesystem::remove_all(temp.path() / "海淀区" / "02-李四");
  auto outcome = nominate::pipeline::check_paths(request_for({(temp.path() / "海淀区").string()}), nullptr);
  const auto* finding = find_rule(district_findings(outcome), "batch.registration");
  REQUIRE(finding != nullptr);
  CHECK(finding->message_id == "batch.registration.unknown");
  CHECK(finding->args.at("name") == "李四");
  CHECK(finding->file == "登记表.xlsx");
  REQUIRE(finding->location);
  CHECK(finding->location->sheet == "登记表");
}

TEST_CASE("a form that disagrees with its registration row is a mismatch naming the column", "[pipeline]")
{
  TempDir temp;
  copy_example("海淀区", temp.path() / "海淀区");
  // nomination.yaml overrides the form: the table still says 男.
  temp.write("海淀区/01-张三/nomination.yaml", "fields:\n  性别: 女\n");
  auto outcome = nominate::pipeline::check_paths(request_for({(temp.path() / "海淀区").string()}), nullptr);
  const auto* finding = find_rule(district_findings(outcome), "batch.registration");
  REQUIRE(finding != nullptr);
  CHECK(finding->message_id == "batch.registration.mismatch");
  CHECK(finding->args.at("column") == "性别");
  CHECK(finding->expected == "女");
  CHECK(finding->actual == "男");
  CHECK(finding->severity == nominate::core::Severity::error);
}

TEST_CASE("a folder numbered against the table's 推介序号 is a warning", "[pipeline]")
{
  TempDir temp;
  copy_example("海淀区", temp.path() / "海淀区");
  std::filesystem::rename(temp.path() / "海淀区" / "01-张三", temp.path() / "海淀区" / "03-张三");
  auto outcome = nominate::pipeline::check_paths(request_for({(temp.path() / "海淀区").string()}), nullptr);
  const auto* finding = find_rule(district_findings(outcome), "batch.order");
  REQUIRE(finding != nullptr);
  CHECK(finding->severity == nominate::core::Severity::warning);
  CHECK(finding->expected == "1");
  CHECK(finding->actual == "3");
}

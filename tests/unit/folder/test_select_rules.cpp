// Which rule set a submission is checked against (design.md, "Command line"): --rules, then nomination.yaml's
// rules, then the nearest nominate.yaml's, then the form's title; a family picks its member by the title.
#include "folder_fixtures.hpp"

#include <nominate/folder/load.hpp>

#include <catch2/catch.hpp>

#include <temp_dir.hpp>

using namespace nominate::folder;
using nominate::core::ErrorCode;
using nominate::test::copy_into;
using nominate::test::example;
using nominate::test::TempDir;

namespace {

nominate::core::Result<LoadedSubmission> load(const std::filesystem::path& folder,
                                              std::optional<std::string> rules = std::nullopt)
{
  auto options = nominate::test::shipped_rules();
  options.rules = std::move(rules);
  return load_submission(folder, "submission", options);
}

std::string chosen(const std::filesystem::path& folder, std::optional<std::string> rules = std::nullopt)
{
  auto loaded = load(folder, std::move(rules));
  INFO((loaded ? std::string() : nominate::core::describe(loaded.error())));
  REQUIRE(loaded.has_value());
  return loaded->rule_set.id;
}

} // namespace

TEST_CASE("the rule set: --rules, then nomination.yaml, then nominate.yaml, then the form's title",
          "[folder]")
{
  const TempDir dir;
  dir.write("区/nominate.yaml", "rules: national/brand\nroot: true\n");
  const auto folder = dir.path() / "区" / "01";
  copy_into(example("star-compliant/推介表.docx"), folder / "推介表.docx");
  const auto custom =
      dir.write("本市规则.yaml", "id: city/star\nextends: national/star\nedition: \"2024\"\n");

  SECTION("nominate.yaml's rules beat the form's title")
  {
    CHECK(chosen(folder) == "national/brand");
  }
  SECTION("nomination.yaml's rules beat nominate.yaml's")
  {
    dir.write("区/01/nomination.yaml", "rules: beijing/capital-star-2018\n");
    CHECK(chosen(folder) == "beijing/capital-star-2018");
  }
  SECTION("--rules beats them all, and may be a rule file")
  {
    dir.write("区/01/nomination.yaml", "rules: beijing/capital-star-2018\n");
    CHECK(chosen(folder, custom.string()) == "city/star");
    CHECK(chosen(folder, "national/star") == "national/star");
  }
  SECTION("with nothing named, the form's title")
  {
    dir.write("区/nominate.yaml", "zone: other\nroot: true\n");
    CHECK(chosen(folder) == "national/star");
  }
}

TEST_CASE("a family names its member through the form's title", "[folder]")
{
  const TempDir dir;
  dir.write("区/nominate.yaml", "rules: national\nroot: true\n");
  copy_into(example("star-compliant/推介表.docx"), dir.path() / "区" / "01" / "推介表.docx");
  copy_into(example("brand-compliant/推介表.docx"), dir.path() / "区" / "02" / "推介表.docx");

  CHECK(chosen(dir.path() / "区" / "01") == "national/star");
  CHECK(chosen(dir.path() / "区" / "02") == "national/brand");
  CHECK(chosen(dir.path() / "区" / "02", "national") == "national/brand");

  SECTION("with no form, nomination.yaml's kind picks the member")
  {
    dir.write("区/03/nomination.yaml", "kind: brand\nfields:\n  project_name: 乐龄课堂\n");
    CHECK(chosen(dir.path() / "区" / "03") == "national/brand");
  }
  SECTION("with no form and no kind: an error saying how to choose")
  {
    dir.write("区/03/nomination.yaml", "title: 乐龄课堂\n");
    const auto loaded = load(dir.path() / "区" / "03");
    REQUIRE_FALSE(loaded.has_value());
    CHECK(loaded.error().code == ErrorCode::no_rules);
    CHECK_THAT(loaded.error().message, Catch::Contains("kind:") && Catch::Contains("national/star"));
  }
}

TEST_CASE("with no form and no rule set named, the error names the ways to choose one", "[folder]")
{
  const TempDir dir;
  dir.write("root/nominate.yaml", "zone: other\nroot: true\n");
  const auto folder = dir.path() / "root" / "01";
  copy_into(nominate::test::photo(413, 579), folder / "证件照.jpg");

  const auto loaded = load(folder);
  REQUIRE_FALSE(loaded.has_value());
  CHECK(loaded.error().code == ErrorCode::no_rules);
  CHECK(loaded.error().file == folder);
  CHECK_THAT(loaded.error().message, Catch::Contains("nomination.yaml") && Catch::Contains("nominate.yaml"));
  // The library names no command-line flag: the CLI adds "--rules" (tests/cli/test_check_errors.cpp).
  CHECK_THAT(loaded.error().message, !Catch::Contains("--rules"));
}

TEST_CASE("a rule set named that does not exist is an error, not a guess", "[folder]")
{
  const TempDir dir;
  copy_into(example("star-compliant/推介表.docx"), dir.path() / "推介表.docx");
  const auto loaded = load(dir.path(), "national/stars");
  REQUIRE_FALSE(loaded.has_value());
  CHECK(loaded.error().code == ErrorCode::unknown_rules);
}

TEST_CASE("the shipped Beijing example needs no form: nomination.yaml names the rules", "[folder]")
{
  const auto folder = example("beijing-star-compliant");
  const auto loaded = load(folder);
  REQUIRE(loaded.has_value());
  CHECK(loaded->rule_set.id == "beijing/capital-star-2018");
  CHECK(loaded->submission.field("name")->text == "赵明远");
  CHECK(loaded->submission.title == "赵明远");
  CHECK(loaded->submission.with_role(Role::form).empty());
}

// Finding rule sets by name, by path and by family, and choosing one by a form's title.
#include <nominate/rules/load.hpp>

#include <catch2/catch.hpp>

#include <temp_dir.hpp>

using namespace nominate::rules;
using nominate::core::ErrorCode;

namespace {

const std::filesystem::path k_rules = std::filesystem::path{NOMINATE_SOURCE_DIR} / "rules";

} // namespace

TEST_CASE("rule sets are found by name, by path, or as a family", "[rules]")
{
  SECTION("a name")
  {
    const auto result = load_rule_set("national/star", {k_rules});
    REQUIRE(result.has_value());
    CHECK(result->file == k_rules / "national/star.yaml");
  }
  SECTION("a path")
  {
    const auto result = load_rule_set((k_rules / "beijing/capital-star-2018.yaml").string(), {});
    REQUIRE(result.has_value());
    CHECK(result->id == "beijing/capital-star-2018");
  }
  SECTION("an unknown name suggests the nearest")
  {
    const auto result = load_rule_set("national/stars", {k_rules});
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::unknown_rules);
    CHECK(result.error().message == "no rule set named 'national/stars' (did you mean 'national/star'?)");
  }
  SECTION("a name that tries to leave the search dirs is not looked up")
  {
    const auto result = load_rule_set("../etc/passwd", {k_rules});
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::unknown_rules);
  }
  SECTION("a family is not one rule set")
  {
    const auto result = load_rule_set("national", {k_rules});
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::unknown_rules);
  }
  SECTION("a family's members leave out the abstract parent")
  {
    const auto family = load_family("national", {k_rules});
    REQUIRE(family.has_value());
    REQUIRE(family->size() == 2);
    CHECK((*family)[0].id == "national/brand");
    CHECK((*family)[1].id == "national/star");
  }
  SECTION("load_rules takes a family or a single name")
  {
    const auto family = load_rules("national", {k_rules});
    REQUIRE(family.has_value());
    CHECK(family->size() == 2);
    const auto single = load_rules("beijing/capital-star-2018", {k_rules});
    REQUIRE(single.has_value());
    CHECK(single->size() == 1);
  }
  SECTION("an unknown family")
  {
    const auto result = load_family("shanghai", {k_rules});
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::unknown_rules);
  }
}

TEST_CASE("a user's folder comes after the shipped one and may extend it", "[rules]")
{
  const nominate::test::TempDir dir;
  dir.write("national/star.yaml", "id: national/star\nabstract: true\n"); // shadowed by the shipped one
  dir.write("haidian/star-2024.yaml", "id: haidian/star-2024\nextends: national/star\nedition: \"2024\"\n"
                                      "as_of: 2024-05-01\n");
  const auto listed = list_rule_sets({k_rules, dir.path()});
  REQUIRE(listed.has_value());
  REQUIRE(listed->size() == 4);
  CHECK((*listed)[1].reference() == "haidian/star-2024@2024"); // sorted by id
  CHECK((*listed)[1].as_of == nominate::core::Date{2024, 5, 1});
  CHECK((*listed)[1].kind == "star");
  CHECK((*listed)[3].reference() == "national/star@2023");
}

TEST_CASE("a form's title chooses the family member", "[rules]")
{
  const auto family = load_family("national", {k_rules});
  REQUIRE(family.has_value());

  SECTION("the template's title with its quotation marks and spaces")
  {
    const RuleSet* star = choose_by_form_title("“百姓学习之星” 推介表", *family);
    REQUIRE(star != nullptr);
    CHECK(star->id == "national/star");
    const RuleSet* brand = choose_by_form_title("“终身学习品牌项目”推介表", *family);
    REQUIRE(brand != nullptr);
    CHECK(brand->id == "national/brand");
  }
  SECTION("any quotation marks or brackets around the award's name, as Chinese typing gives them")
  {
    for (const char* title : {"‘百姓学习之星’推介表", "「百姓学习之星」推介表", "『百姓学习之星』推介表",
                              "【百姓学习之星】推介表", "＂百姓学习之星＂推介表", "〈百姓学习之星〉推介表",
                              "«百姓学习之星»推介表", "百姓学习之星\u200b推介表"}) {
      INFO(title);
      const RuleSet* star = choose_by_form_title(title, *family);
      REQUIRE(star != nullptr);
      CHECK(star->id == "national/star");
    }
  }
  SECTION("the registration table is not a form")
  {
    CHECK(choose_by_form_title("区（单位）“百姓学习之星”推介登记表", *family) == nullptr);
  }
  SECTION("an unrelated title")
  {
    CHECK(choose_by_form_title("首都市民学习之星申报表", *family) == nullptr);
    CHECK_FALSE(names_rule_set("", (*family)[0]));
  }
}

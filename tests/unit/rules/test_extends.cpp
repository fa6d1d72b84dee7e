// `extends`: a child overrides, disables and adds to its parent; cycles and missing parents are refused.
#include <nominate/rules/load.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <temp_dir.hpp>

using namespace nominate::rules;
using nominate::core::ErrorCode;
using nominate::core::Severity;

namespace {

constexpr std::string_view k_parent = R"(id: family/parent
edition: "2023"
title: Parent
kind: star
as_of: 2023-01-01
deadline: 2023-06-30
form_titles: [父表]
fields:
  - {id: name, label: 姓名, required: true}
  - {id: deeds, label: 事迹, required: true, text: true}
materials:
  - {role: form, min: 1, max: 1}
  - {role: video, min: 0, max: 1}
checks:
  - {rule: text.length, field: deeds, min: 1500, clause: "不少于1500字"}
  - {rule: video.codec, material: video, codecs: [h264]}
  - {rule: video.audio, material: video}
quotas:
  - {kind: star, max: {demonstration: 2, other: 1}}
manual:
  - {zh: 一式2份, en: two copies}
)";

const CheckSpec* find_check(const RuleSet& set, std::string_view rule)
{
  const auto it = std::ranges::find(set.checks, rule, &CheckSpec::rule);
  return it == set.checks.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("a child overrides, disables and adds to its parent", "[rules]")
{
  const nominate::test::TempDir dir;
  dir.write("family/parent.yaml", k_parent);
  const auto child_path = dir.write("family/child.yaml", R"(id: family/child
extends: family/parent
edition: "2024"
deadline: ~
fields:
  - {id: deeds, label: 个人事迹, required: true}
  - {id: mobile, label: 手机, format: mobile}
materials:
  - {role: video, min: 1, max: 1}
checks:
  - {rule: text.length, field: deeds, max: 2000, count: all, clause: "2000字以内"}
  - {rule: video.audio, material: video, disabled: true}
  - {rule: video.duration, material: video, max_s: 300}
manual:
  - {zh: 网上申报, en: online}
  - {zh: 一式2份, en: two copies}
)");
  const auto result = load_rule_file(child_path, RuleSource{{dir.path()}});
  REQUIRE(result.has_value());
  const RuleSet& child = *result;

  SECTION("scalars the child sets override; the others come from the parent")
  {
    CHECK(child.id == "family/child");
    CHECK(child.reference() == "family/child@2024");
    CHECK(child.extends == "family/parent");
    CHECK(child.title == "Parent");
    CHECK(child.kind == "star");
    CHECK(child.as_of == nominate::core::Date{2023, 1, 1});
    CHECK_FALSE(child.deadline.has_value()); // `deadline: ~` removes the parent's
    CHECK(child.form_titles == std::vector<std::string>{"父表"});
    CHECK(child.file == child_path);
  }
  SECTION("fields by id: replaced in place, new ones appended")
  {
    REQUIRE(child.fields.size() == 3);
    CHECK(child.fields[0].id == "name");
    CHECK(child.fields[1].id == "deeds");
    CHECK(child.fields[1].label == "个人事迹");
    CHECK_FALSE(child.fields[1].text); // an override replaces the whole entry
    CHECK(child.fields[2].id == "mobile");
  }
  SECTION("materials by role")
  {
    CHECK(child.material("video")->min == 1);
    CHECK(child.material("form")->min == 1);
  }
  SECTION("checks by rule and target: replaced, disabled, added")
  {
    const CheckSpec* length = find_check(child, "text.length");
    REQUIRE(length != nullptr);
    CHECK(length->integer("max") == 2000);
    CHECK_FALSE(length->integer("min").has_value());
    CHECK(length->string("count") == "all");
    CHECK(length->clause == "2000字以内");
    CHECK(find_check(child, "video.audio") == nullptr);
    CHECK(find_check(child, "video.codec") != nullptr);
    CHECK(find_check(child, "video.duration")->number("max_s") == Approx(300));
    CHECK(std::ranges::count(child.checks, "text.length", &CheckSpec::rule) == 1);
  }
  SECTION("manual items are appended without repeats; quotas inherited")
  {
    REQUIRE(child.manual.size() == 2);
    CHECK(child.manual[0].zh == "一式2份");
    CHECK(child.manual[1].zh == "网上申报");
    REQUIRE(child.quotas.size() == 1);
    CHECK(child.quotas[0].max_by_zone.at("other") == 1);
  }
}

TEST_CASE("a check names the same rule for two fields without clashing", "[rules]")
{
  const nominate::test::TempDir dir;
  dir.write("family/parent.yaml", k_parent);
  const auto path = dir.write("family/child.yaml", R"(id: family/child
extends: family/parent
checks:
  - {rule: text.length, field: name, max: 20, severity: warning}
)");
  const auto result = load_rule_file(path, RuleSource{{dir.path()}});
  REQUIRE(result.has_value());
  CHECK(std::ranges::count(result->checks, "text.length", &CheckSpec::rule) == 2);
  const auto name = std::ranges::find(result->checks, std::optional<std::string>{"name"}, &CheckSpec::field);
  CHECK(name->severity == Severity::warning);
}

TEST_CASE("extends errors name the file, line and column", "[rules]")
{
  const nominate::test::TempDir dir;

  SECTION("a cycle names its chain")
  {
    dir.write("c/a.yaml", "id: c/a\nextends: c/b\n");
    dir.write("c/b.yaml", "id: c/b\nextends: c/c\n");
    dir.write("c/c.yaml", "id: c/c\nextends: c/a\n");
    const auto result = load_rule_file(dir.path() / "c/a.yaml", RuleSource{{dir.path()}});
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::invalid_rules);
    CHECK(result.error().file == dir.path() / "c/c.yaml");
    CHECK(result.error().position.line == 2);
    CHECK(result.error().position.column == 10);
    CHECK(result.error().message == "'extends' makes a cycle: c/a → c/b → c/c → c/a");
  }
  SECTION("a file that extends itself")
  {
    const auto path = dir.write("self.yaml", "id: self\nextends: self\n");
    const auto result = load_rule_file(path, RuleSource{{dir.path()}});
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message == "'extends' makes a cycle: self → self");
  }
  SECTION("a missing parent, with the nearest existing name")
  {
    dir.write("family/parent.yaml", k_parent);
    const auto path = dir.write("family/child.yaml", "id: family/child\nextends: family/parnet\n");
    const auto result = load_rule_file(path, RuleSource{{dir.path()}});
    REQUIRE_FALSE(result.has_value());
    CHECK(describe(result.error()) ==
          path.generic_string() + ":2:10: 'extends: family/parnet' names no rule set that exists (did you "
                                  "mean 'family/parent'?)");
  }
  SECTION("disabling what the parent does not have")
  {
    dir.write("family/parent.yaml", k_parent);
    const auto path =
        dir.write("family/child.yaml", "id: family/child\nextends: family/parent\nchecks:\n"
                                       "  - {rule: video.file-size, material: video, disabled: true}\n");
    const auto result = load_rule_file(path, RuleSource{{dir.path()}});
    REQUIRE_FALSE(result.has_value());
    CHECK(describe(result.error()) ==
          path.generic_string() +
              ":4:5: 'disabled: true' on check 'video.file-size material=video', which the "
              "parent rule set family/parent does not have");
  }
  SECTION("a child's check on a field its parent lacks")
  {
    dir.write("family/parent.yaml", k_parent);
    const auto path = dir.write("family/child.yaml", "id: family/child\nextends: family/parent\nchecks:\n"
                                                     "  - {rule: text.length, field: promo, about: 200}\n");
    const auto result = load_rule_file(path, RuleSource{{dir.path()}});
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().file == path);
    CHECK(result.error().position.line == 4);
    CHECK(result.error().position.column == 32);
  }
  SECTION("an error inside the parent names the parent")
  {
    const auto parent = dir.write("p/parent.yaml", "id: p/parent\nabstract: true\nfileds: []\n");
    const auto path = dir.write("p/child.yaml", "id: p/child\nextends: p/parent\n");
    const auto result = load_rule_file(path, RuleSource{{dir.path()}});
    REQUIRE_FALSE(result.has_value());
    CHECK(describe(result.error()) ==
          parent.generic_string() + ":3:1: unknown key 'fileds' in a rule set (did you mean 'fields'?)");
  }
  SECTION("a parent next to the file, by a relative path")
  {
    dir.write("mine/parent.yaml", k_parent);
    const auto path = dir.write("mine/child.yaml", "id: mine/child\nextends: ./parent.yaml\n");
    const auto result = load_rule_file(path, RuleSource{});
    REQUIRE(result.has_value());
    CHECK(result->kind == "star");
  }
}

// RuleSet's and CheckSpec's accessors, which the checks read.
#include <nominate/rules/rule_set.hpp>

#include <catch2/catch.hpp>

using namespace nominate::rules;

TEST_CASE("a check's parameters are read by type with the validator's guarantees", "[rules]")
{
  CheckSpec check;
  check.params["min"] = std::int64_t{1500};
  check.params["band"] = 0.25;
  check.params["count"] = std::string{"all"};
  check.params["formats"] = std::vector<std::string>{"jpeg", "png"};
  check.params["constant"] = false;

  CHECK(check.integer("min") == 1500);
  CHECK(check.number("min") == Approx(1500));
  CHECK(check.number("band") == Approx(0.25));
  CHECK_FALSE(check.integer("band").has_value());
  CHECK(check.string("count") == "all");
  CHECK(check.strings("formats") == std::vector<std::string>{"jpeg", "png"});
  CHECK(check.strings("count") == std::vector<std::string>{"all"});
  CHECK_FALSE(check.flag("constant", true));
  CHECK(check.flag("missing", true));
  CHECK_FALSE(check.integer("missing").has_value());
  CHECK(check.strings("missing").empty());
}

TEST_CASE("fields are found by id, label or alias, as forms write them", "[rules]")
{
  RuleSet set;
  const auto add_field = [&](std::string id, std::string label, std::vector<std::string> aliases) {
    FieldSpec spec;
    spec.id = std::move(id);
    spec.label = std::move(label);
    spec.aliases = std::move(aliases);
    set.fields.push_back(std::move(spec));
  };
  add_field("unit_position", "所在单位及职务", {"单位"});
  add_field("participants", "参与人数（次）", {"参与人数"});
  add_field("name", "姓名", {});
  MaterialSpec video;
  video.role = "video";
  set.materials.push_back(video);

  CHECK(set.field("name")->label == "姓名");
  CHECK(set.field("nobody") == nullptr);
  CHECK(set.material("video") != nullptr);
  CHECK(set.material("photo") == nullptr);

  SECTION("white space anywhere, ideographic spaces and a trailing colon are ignored")
  {
    CHECK(set.field_by_label("姓    名")->id == "name");
    CHECK(set.field_by_label("姓\u3000名：")->id == "name");
    CHECK(set.field_by_label("所在单位\n及 职 务")->id == "unit_position");
  }
  SECTION("ASCII brackets match the template's fullwidth ones")
  {
    CHECK(set.field_by_label("参与人数(次)")->id == "participants");
  }
  SECTION("aliases")
  {
    CHECK(set.field_by_label("单位:")->id == "unit_position");
    CHECK(set.field_by_label("参与人数")->id == "participants");
  }
  SECTION("no match")
  {
    CHECK(set.field_by_label("") == nullptr);
    CHECK(set.field_by_label("   ") == nullptr);
    CHECK(set.field_by_label("性别") == nullptr);
  }
}

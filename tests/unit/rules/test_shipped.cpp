// The shipped rule files: they load, validate, and encode the notices' clauses.
#include <nominate/rules/catalog.hpp>
#include <nominate/rules/load.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace nominate::rules;

namespace {

const std::filesystem::path k_rules = std::filesystem::path{NOMINATE_SOURCE_DIR} / "rules";

RuleSet load(std::string_view name)
{
  auto result = load_rule_set(name, {k_rules});
  if (!result) {
    FAIL(describe(result.error()));
  }
  return *result;
}

const CheckSpec* find_check(const RuleSet& set, std::string_view rule, std::optional<std::string> target = {})
{
  const auto it = std::ranges::find_if(set.checks, [&](const CheckSpec& c) {
    return c.rule == rule && (!target || c.field == target || c.material == target);
  });
  return it == set.checks.end() ? nullptr : &*it;
}

// A parameter's value against the catalogue's type and choices, independent of the loader's own checks.
bool param_fits(const ParamInfo& info, const Param& value)
{
  switch (info.type) {
  case ParamType::integer:
    return std::holds_alternative<std::int64_t>(value);
  case ParamType::number:
    return std::holds_alternative<double>(value) || std::holds_alternative<std::int64_t>(value);
  case ParamType::flag:
    return std::holds_alternative<bool>(value);
  case ParamType::string:
    return std::holds_alternative<std::string>(value) &&
           (info.choices.empty() ||
            std::ranges::find(info.choices, std::get<std::string>(value)) != info.choices.end());
  case ParamType::strings:
    return std::holds_alternative<std::vector<std::string>>(value) &&
           std::ranges::all_of(std::get<std::vector<std::string>>(value), [&](const std::string& s) {
             return info.choices.empty() || std::ranges::find(info.choices, s) != info.choices.end();
           });
  }
  return false;
}

} // namespace

TEST_CASE("the shipped rule sets load and name themselves", "[rules]")
{
  const auto listed = list_rule_sets({k_rules});
  REQUIRE(listed.has_value());
  std::vector<std::string> references;
  for (const auto& set : *listed) {
    references.push_back(set.reference());
  }
  CHECK(references == std::vector<std::string>{"beijing/capital-star-2018@2018", "national/brand@2023",
                                               "national/star@2023"});
}

TEST_CASE("every check of a shipped file names a catalogued rule with valid params and a quoted clause",
          "[rules]")
{
  for (const auto* name : {"national/star", "national/brand", "beijing/capital-star-2018"}) {
    const RuleSet set = load(name);
    INFO(name);
    CHECK_FALSE(set.manual.empty());
    for (const auto& item : set.manual) {
      CHECK_FALSE(item.zh.empty());
      CHECK_FALSE(item.en.empty());
    }
    for (const auto& check : set.checks) {
      INFO(check.rule << " at line " << check.line);
      const RuleInfo* info = find_rule(check.rule);
      REQUIRE(info != nullptr);
      CHECK_FALSE(check.clause.empty());
      for (const auto& [key, value] : check.params) {
        INFO(key);
        const ParamInfo* param = info->param(key);
        REQUIRE(param != nullptr);
        CHECK(param_fits(*param, value));
      }
      if (check.field) {
        CHECK(set.field(*check.field) != nullptr);
      }
      if (check.material) {
        CHECK(set.material(*check.material) != nullptr);
      }
    }
    for (const auto& field : set.fields) {
      if (field.required) {
        INFO(field.id);
        CHECK_FALSE(field.clause.empty());
      }
    }
  }
}

TEST_CASE("national/star encodes 附件1 and the star's materials", "[rules]")
{
  const RuleSet star = load("national/star");
  CHECK(star.id == "national/star");
  CHECK(star.edition == "2023");
  CHECK(star.kind == "star");
  CHECK(star.extends == "national/base");
  CHECK_FALSE(star.deadline.has_value());
  // The notice names no date: no invented one (docs/design.md, "The reference date").
  CHECK_FALSE(star.as_of.has_value());

  SECTION("the deeds: at least 1500 characters, an error; the promo about 200, a warning")
  {
    const CheckSpec* deeds = find_check(star, "text.length", "deeds");
    REQUIRE(deeds != nullptr);
    CHECK(deeds->severity == nominate::core::Severity::error);
    CHECK(deeds->integer("min") == 1500);
    CHECK(deeds->string("count") == "words"); // the catalogue's default, filled in
    const CheckSpec* promo = find_check(star, "text.length", "promo");
    REQUIRE(promo != nullptr);
    CHECK(promo->severity == nominate::core::Severity::warning);
    CHECK(promo->integer("about") == 200);
    CHECK(promo->number("band") == Approx(0.25));
    CHECK(star.field("deeds")->hints == std::vector<std::string>{"（不少于1500字）"});
  }
  SECTION("two photos including a 2-inch colour ID photo; a video is optional")
  {
    const MaterialSpec* photos = star.material("photo");
    REQUIRE(photos != nullptr);
    CHECK(photos->min == 2);
    CHECK(photos->max == 2);
    CHECK(photos->includes_id_photo);
    CHECK(photos->special_min == 3);
    CHECK(photos->special_max == 5);
    CHECK(star.material("video")->min == 0);
    CHECK(star.material("video")->special_min == 1);
    CHECK(find_check(star, "photo.dimensions", "id_photo")->string("size") == "2寸");
    CHECK(find_check(star, "photo.color", "id_photo")->severity == nominate::core::Severity::error);
  }
  SECTION("the video's technical requirements come from national/base")
  {
    CHECK(find_check(star, "video.resolution")->integer("width") == 1280);
    CHECK(find_check(star, "video.resolution")->integer("height") == 720);
    CHECK(find_check(star, "video.frame-rate")->number("equals") == Approx(25));
    CHECK(find_check(star, "video.frame-rate")->flag("constant", false));
    CHECK(find_check(star, "video.duration")->number("min_s") == Approx(240));
    CHECK(find_check(star, "video.duration")->number("max_s") == Approx(300));
    CHECK(find_check(star, "video.codec")->strings("codecs") == std::vector<std::string>{"h264"});
  }
  SECTION("fields, formats and labels")
  {
    CHECK(star.field("education")->format == FieldFormat::education);
    CHECK(star.field("education")->format_severity == nominate::core::Severity::warning);
    CHECK(star.field("mobile")->format == FieldFormat::mobile);
    CHECK(star.field("birth")->format == FieldFormat::date);
    CHECK(star.field("work_start")->format == FieldFormat::date);
    CHECK(star.field_by_label("姓    名")->id == "name");
    CHECK(star.field_by_label("出生年月日")->id == "birth");
    CHECK(star.field_by_label("所在单位\n及 职 务：")->id == "unit_position");
    // 联系电话 is the filler's only after 填表人; in the nominee's table it is the nominee's 手机.
    CHECK(star.field_by_label("联系电话")->id == "mobile");
    CHECK(star.field_by_label("联系电话", "填表人")->id == "filler_phone");
    CHECK(star.field_by_label("联系电话", "姓名")->id == "mobile");
    // Other cities' forms write 电话, 手机 or 联系方式 after 填表人: still the filler's, never the nominee's.
    for (const char* label : {"电话", "手机", "联系方式"}) {
      INFO(label);
      CHECK(star.field_by_label(label, "填表人")->id == "filler_phone");
    }
    CHECK(star.field_by_label("电话")->id == "phone");
    CHECK(star.field_by_label("手机", "电话")->id == "mobile");
  }
  SECTION("the registration table's columns")
  {
    auto ids = [&](const std::string& column) {
      std::vector<std::string> out;
      for (const auto* spec : star.fields_for_column(column)) {
        out.push_back(spec->id);
      }
      return out;
    };
    CHECK(ids("职称") == std::vector<std::string>{"title", "unit_position"});
    CHECK(ids("职务") == std::vector<std::string>{"title", "unit_position"});
    CHECK(ids("单位名称") == std::vector<std::string>{"unit_position"});
    CHECK(ids("联系电话") == std::vector<std::string>{"mobile"}); // never the filler's
    CHECK(ids("联系方式") == std::vector<std::string>{"mobile"});
    CHECK(ids("出生年月（日）") == std::vector<std::string>{"birth"});
    CHECK(ids("候选人姓名") == std::vector<std::string>{"name"});
    CHECK(ids("籍贯") == std::vector<std::string>{"native_place"});
  }
  SECTION("quotas and the manual checklist")
  {
    const auto quota = std::ranges::find(star.quotas, "star", &Quota::kind);
    REQUIRE(quota != star.quotas.end());
    CHECK(quota->max_by_zone.at("demonstration") == 2);
    CHECK(quota->max_by_zone.at("experimental") == 2);
    CHECK(quota->max_by_zone.at("other") == 1);
    const auto mentions = [&](std::string_view words) {
      return std::ranges::any_of(star.manual,
                                 [&](const auto& item) { return item.zh.find(words) != std::string::npos; });
    };
    CHECK(mentions("一式2份"));
    CHECK(mentions("公章"));
    CHECK(mentions("中国籍"));
    CHECK(mentions("无不良行为记录"));
  }
  SECTION("eligibility heuristics are warnings")
  {
    CHECK(find_check(star, "eligibility.profile", "unit_position")->severity ==
          nominate::core::Severity::warning);
    CHECK(find_check(star, "eligibility.past-nominee")->severity == nominate::core::Severity::warning);
    CHECK(find_check(star, "eligibility.past-winner")->severity == nominate::core::Severity::error);
  }
}

TEST_CASE("national/brand encodes 附件3, the summary and the project's eligibility", "[rules]")
{
  const RuleSet brand = load("national/brand");
  CHECK(brand.kind == "brand");
  CHECK(brand.material("photo")->min == 3);
  CHECK(brand.material("photo")->max == 5);
  CHECK(brand.material("summary")->min == 1);
  CHECK(brand.material("id_photo") == nullptr);
  CHECK(find_check(brand, "text.length", "description")->integer("min") == 1500);
  const CheckSpec* summary = find_check(brand, "text.length", "summary");
  REQUIRE(summary != nullptr);
  CHECK(summary->integer("about") == 1500);
  CHECK(summary->severity == nominate::core::Severity::warning);
  CHECK(find_check(brand, "eligibility.project-age", "period")->integer("min_years") == 2);
  const CheckSpec* participants = find_check(brand, "eligibility.participants", "participants");
  CHECK(participants->integer("offline_min") == 1000);
  CHECK(participants->integer("online_min") == 3000);
  CHECK(participants->string("period_field") == "period");
  CHECK(find_check(brand, "eligibility.project-name")->string("unit_field") == "unit");
  CHECK(find_check(brand, "eligibility.project-ongoing")->severity == nominate::core::Severity::warning);
  CHECK(brand.field_by_label("参与人数(次)")->id == "participants");
  CHECK(brand.field_by_label("品牌项目基本情况")->id == "description");
  CHECK(std::ranges::any_of(brand.manual,
                            [](const auto& m) { return m.zh.find("信用中国") != std::string::npos; }));
}

TEST_CASE("beijing/capital-star-2018 encodes the 2018 Beijing notice", "[rules]")
{
  const RuleSet beijing = load("beijing/capital-star-2018");
  CHECK(beijing.reference() == "beijing/capital-star-2018@2018");
  CHECK(beijing.as_of == nominate::core::Date{2018, 3, 15});
  CHECK(beijing.deadline == nominate::core::Date{2018, 4, 27});
  const CheckSpec* deeds = find_check(beijing, "text.length", "deeds");
  CHECK(deeds->integer("max") == 2000);
  CHECK(deeds->string("count") == "all");
  CHECK(deeds->severity == nominate::core::Severity::error);
  CHECK(find_check(beijing, "photo.file-size")->integer("max_bytes") == 2097152);
  CHECK(find_check(beijing, "photo.dimensions")->string("size") == "1寸");
  CHECK(find_check(beijing, "photo.background")->string("color") == "white");
  CHECK(find_check(beijing, "photo.format")->strings("formats") == std::vector<std::string>{"jpeg", "png"});
  CHECK(find_check(beijing, "video.file-size")->integer("max_bytes") == 52428800);
  CHECK(find_check(beijing, "video.duration")->number("max_s") == Approx(300));
  CHECK_FALSE(find_check(beijing, "video.duration")->number("min_s").has_value());
  CHECK(find_check(beijing, "video.audio")->severity == nominate::core::Severity::error);
  // Nationally the notice asks nothing of the sound: a missing track or Opus sound is a warning.
  for (const char* id : {"national/star", "national/brand"}) {
    INFO(id);
    const auto rule_set = load(id);
    const auto* audio = find_check(rule_set, "video.audio");
    REQUIRE(audio != nullptr);
    CHECK(audio->severity == nominate::core::Severity::warning);
    // Nor does fix add a silent track to a national video: the sound is no requirement there.
    CHECK_FALSE(rule_set.video_spec("video").audio_required);
  }
  CHECK(beijing.video_spec("video").audio_required);
  CHECK(beijing.material("video")->min == 1);
  CHECK(beijing.material("id_photo")->max == 1);
  CHECK(std::ranges::any_of(beijing.manual,
                            [](const auto& m) { return m.zh.find("常住居民") != std::string::npos; }));
}

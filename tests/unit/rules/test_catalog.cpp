#include <nominate/rules/catalog.hpp>
#include <nominate/rules/load.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <temp_dir.hpp>

using namespace nominate::rules;

TEST_CASE("the catalogue holds every rule id of design.md, explained in both languages", "[rules]")
{
  const std::set<std::string> expected{"material.missing",
                                       "material.count",
                                       "material.ambiguous",
                                       "material.unreadable",
                                       "material.legacy-format",
                                       "material.encrypted",
                                       "material.open-elsewhere",
                                       "form.revisions",
                                       "field.required",
                                       "field.format",
                                       "text.length",
                                       "photo.format",
                                       "photo.extension",
                                       "photo.file-size",
                                       "photo.dimensions",
                                       "photo.color",
                                       "photo.background",
                                       "video.container",
                                       "video.codec",
                                       "video.resolution",
                                       "video.frame-rate",
                                       "video.duration",
                                       "video.file-size",
                                       "video.audio",
                                       "video.corrupt",
                                       "eligibility.project-age",
                                       "eligibility.project-ongoing",
                                       "eligibility.participants",
                                       "eligibility.project-name",
                                       "eligibility.past-winner",
                                       "eligibility.past-nominee",
                                       "eligibility.profile",
                                       "batch.quota",
                                       "batch.registration",
                                       "batch.order",
                                       "batch.duplicate",
                                       "package.unsafe-name",
                                       "package.link",
                                       "package.encrypted",
                                       "package.method",
                                       "package.duplicate",
                                       "package.overlap",
                                       "package.bomb",
                                       "package.truncated",
                                       "package.crc",
                                       "package.checksum",
                                       "package.missing",
                                       "package.unlisted",
                                       "package.oxum",
                                       "package.bagit",
                                       "package.no-manifest",
                                       "package.nested",
                                       "package.renamed",
                                       "package.name-encoding",
                                       "video.audio-silent",
                                       "video.black",
                                       "video.frozen",
                                       "video.dark",
                                       "video.blurry",
                                       "text.promo-copied",
                                       "batch.text-reuse",
                                       "waiver.invalid"};

  std::set<std::string> ids;
  for (const auto& rule : all_rules()) {
    ids.insert(std::string{rule.id});
  }
  CHECK(ids == expected);
  CHECK(all_rules().size() == expected.size());
  CHECK(all_rules().back().id == "waiver.invalid");

  SECTION("every rule says what it checks and how to fix it, in zh and en")
  {
    for (const auto& rule : all_rules()) {
      INFO(rule.id);
      CHECK_FALSE(rule.title.zh.empty());
      CHECK_FALSE(rule.title.en.empty());
      CHECK_FALSE(rule.what.zh.empty());
      CHECK_FALSE(rule.what.en.empty());
      CHECK_FALSE(rule.fix.zh.empty());
      CHECK_FALSE(rule.fix.en.empty());
      for (const auto& param : rule.params) {
        INFO(param.name);
        CHECK_FALSE(param.meaning.zh.empty());
        CHECK_FALSE(param.meaning.en.empty());
      }
    }
  }
}

TEST_CASE("the catalogue gives each rule the parameters the checks read", "[rules]")
{
  const auto names = [](std::string_view id) {
    std::set<std::string> out;
    for (const auto& param : find_rule(id)->params) {
      out.insert(std::string{param.name});
    }
    return out;
  };
  CHECK(names("text.length") == std::set<std::string>{"min", "max", "about", "band", "count"});
  CHECK(names("photo.dimensions") ==
        std::set<std::string>{"size", "aspect_tolerance", "min_width", "min_height", "small_severity"});
  CHECK(names("video.frame-rate") == std::set<std::string>{"equals", "tolerance", "constant"});
  CHECK(names("video.duration") == std::set<std::string>{"min_s", "max_s"});
  CHECK(names("eligibility.participants") ==
        std::set<std::string>{"offline_min", "online_min", "period_field"});
  CHECK(names("eligibility.project-name") == std::set<std::string>{"unit_field"});
  CHECK(names("photo.file-size") == std::set<std::string>{"max_bytes"});
  CHECK(names("video.file-size") == std::set<std::string>{"max_bytes"});
  CHECK(names("batch.quota").empty());

  SECTION("defaults are those of the contract")
  {
    const auto* band = find_rule("text.length")->param("band");
    REQUIRE(band->default_value);
    CHECK(std::get<double>(*band->default_value) == Approx(0.2));
    CHECK(std::get<std::string>(*find_rule("text.length")->param("count")->default_value) == "words");
    CHECK(std::get<double>(*find_rule("photo.dimensions")->param("aspect_tolerance")->default_value) ==
          Approx(0.1));
    CHECK(std::get<double>(*find_rule("video.frame-rate")->param("tolerance")->default_value) ==
          Approx(0.05));
    CHECK(std::get<bool>(*find_rule("video.frame-rate")->param("constant")->default_value));
  }
  SECTION("targets")
  {
    CHECK(find_rule("text.length")->target == Target::field_or_material);
    CHECK(find_rule("photo.color")->target == Target::material);
    CHECK(find_rule("eligibility.project-age")->target == Target::field);
    CHECK(find_rule("eligibility.past-winner")->target == Target::none);
    CHECK(find_rule("batch.quota")->trigger == Trigger::batch);
  }
  SECTION("unknown ids")
  {
    CHECK(find_rule("text.lenght") == nullptr);
    CHECK(find_rule("") == nullptr);
  }
}

TEST_CASE("docs/rules.md documents every rule and parameter, and its worked example loads", "[rules]")
{
  const std::filesystem::path source{NOMINATE_SOURCE_DIR};
  const std::string docs = nominate::test::read_file(source / "docs/rules.md");
  REQUIRE_FALSE(docs.empty());
  for (const auto& rule : all_rules()) {
    INFO(rule.id);
    CHECK(docs.find("`" + std::string{rule.id} + "`") != std::string::npos);
    for (const auto& param : rule.params) {
      INFO(param.name);
      CHECK(docs.find("`" + std::string{param.name} + "`") != std::string::npos);
    }
  }

  const auto example_at = docs.find("```yaml", docs.find("## Worked example"));
  REQUIRE(example_at != std::string::npos);
  const auto start = docs.find('\n', example_at) + 1;
  const std::string example = docs.substr(start, docs.find("```", start) - start);
  const auto loaded = parse_rule_set(example, "star-2025.yaml", RuleSource{{source / "rules"}});
  if (!loaded) {
    FAIL(describe(loaded.error()));
  }
  CHECK(loaded->reference() == "national/star-2025@2025");
  CHECK(loaded->deadline == nominate::core::Date{2025, 5, 31});
  const auto deeds =
      std::ranges::find_if(loaded->checks, [](const CheckSpec& c) { return c.field == "deeds"; });
  REQUIRE(deeds != loaded->checks.end());
  CHECK(deeds->integer("min") == 2000);
}

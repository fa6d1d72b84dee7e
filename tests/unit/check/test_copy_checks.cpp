// text.promo-copied (a promotional text that is the deeds again) and batch.text-reuse (long texts shared
// between a district's submissions), both sides of their thresholds.

#include "builders.hpp"

#include <nominate/check/check.hpp>
#include <nominate/check/text_reuse.hpp>
#include <nominate/folder/district.hpp>
#include <nominate/folder/load.hpp>
#include <nominate/messages/render.hpp>

#include <catch2/catch.hpp>

#include <random>

using namespace nominate;
using test::of_rule;

namespace {

// Distinct Chinese text of `count` characters, with punctuation every 20 (seeded: the same every run).
std::string prose(std::size_t count, unsigned seed)
{
  std::mt19937 random(seed);
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    const char32_t code = 0x4E00 + random() % 0x5000;
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
    if (i % 20 == 19) {
      out += "，";
    }
  }
  return out;
}

rules::RuleSet star_rules()
{
  rules::RuleSet rules;
  rules.kind = "star";
  rules.fields = {test::field_spec("deeds", "主要事迹和成效"), test::field_spec("promo", "宣传展示材料")};
  rules.checks = {test::on_field(test::check_spec("text.promo-copied", core::Severity::warning), "promo")};
  return rules;
}

std::vector<core::Finding> promo_findings(const std::string& deeds, const std::string& promo)
{
  auto submission = test::submission_with_form();
  test::set_field(submission, "deeds", deeds);
  test::set_field(submission, "promo", promo);
  return of_rule(check::check_submission(submission, star_rules(), {}), "text.promo-copied");
}

// The first `count` characters of `text` (3 bytes each, skipping the fullwidth commas' bytes).
std::string head_chars(const std::string& text, std::size_t count)
{
  std::size_t at = 0;
  for (std::size_t chars = 0; chars < count && at < text.size(); ++chars) {
    at += 3;
  }
  return text.substr(0, at);
}

folder::LoadedSubmission nominee(const std::string& path, const std::string& title, const std::string& deeds)
{
  folder::LoadedSubmission loaded;
  loaded.submission = test::submission_with_form();
  loaded.submission.path = path;
  loaded.submission.title = title;
  test::set_field(loaded.submission, "deeds", deeds);
  loaded.rule_set = star_rules();
  return loaded;
}

// A nominee named by 姓名 and 出生年月, nominated for the year `year` (nomination.yaml's as_of).
folder::LoadedSubmission dated(const std::string& path, const std::string& name, const std::string& birth,
                               int year, const std::string& deeds)
{
  auto loaded = nominee(path, name, deeds);
  test::set_field(loaded.submission, "name", name);
  test::set_field(loaded.submission, "birth", birth);
  loaded.submission.as_of = core::Date{year, 5, 1};
  return loaded;
}

std::vector<core::Finding> reuse_findings(const std::vector<folder::LoadedSubmission>& loaded)
{
  std::vector<const folder::LoadedSubmission*> members;
  for (const auto& one : loaded) {
    members.push_back(&one);
  }
  return of_rule(check::check_district(folder::District{}, members), "batch.text-reuse");
}

} // namespace

TEST_CASE("text.promo-copied: a promotional text that is the deeds' beginning, not one of its own", "[check]")
{
  const auto deeds = prose(1600, 1);
  auto copied = promo_findings(deeds, "  " + head_chars(deeds, 210));
  REQUIRE(copied.size() == 1);
  CHECK(copied[0].message_id == "text.promo-copied.head");
  CHECK(copied[0].severity == core::Severity::warning);
  CHECK(copied[0].field == "promo");
  CHECK(messages::render(copied[0], core::Language::zh).message.find("宣传展示材料") != std::string::npos);

  // Its own text, quoting a line of the deeds (under 80 %), is not a copy.
  auto own = prose(160, 2) + head_chars(deeds, 40);
  CHECK(promo_findings(deeds, own).empty());
}

TEST_CASE("batch.text-reuse: two submissions sharing most of their deeds, with the pair, share and a passage",
          "[check]")
{
  const auto shared = prose(1500, 10);
  std::vector<folder::LoadedSubmission> district{
      nominee("区/01-张三", "张三", prose(600, 11) + shared),
      nominee("区/02-李四", "李四", shared + prose(400, 12)),
      nominee("区/03-王五", "王五", prose(2000, 13)),
  };
  auto found = reuse_findings(district);
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == core::Severity::warning);
  CHECK(found[0].args.at("path_a") == "区/01-张三");
  CHECK(found[0].args.at("path_b") == "区/02-李四");
  CHECK(found[0].args.at("label") == "主要事迹和成效");
  const auto& passage = found[0].args.at("passage");
  CHECK(!passage.empty());
  CHECK(shared.find(passage.substr(0, passage.size() - std::string("…").size())) != std::string::npos);
  CHECK(messages::render(found[0], core::Language::zh).message.find("区/02-李四") != std::string::npos);

  // A quoted line or two (under the 30 % default) is not reuse.
  std::vector<folder::LoadedSubmission> quoting{
      nominee("区/01-张三", "张三", prose(1800, 21) + head_chars(shared, 200)),
      nominee("区/02-李四", "李四", head_chars(shared, 200) + prose(1800, 22)),
  };
  CHECK(reuse_findings(quoting).empty());

  // The same nominee twice is batch.duplicate's finding, not text reuse.
  std::vector<folder::LoadedSubmission> twice{nominee("区/01-张三", "张三", shared),
                                              nominee("区/01-张三(1)", "张三", shared)};
  CHECK(reuse_findings(twice).empty());
}

TEST_CASE("batch.text-reuse: a text reused from the same nominee's previous year is not this finding",
          "[check]")
{
  const auto deeds = prose(1800, 30);
  SECTION("the same 姓名 and 出生年月, in two years: no text reuse (however the month is written)")
  {
    std::vector<folder::LoadedSubmission> years{dated("市/2023/01-张三", "张三", "1960年3月", 2023, deeds),
                                                dated("市/2024/01-张三", "张 三", "1960.03", 2024, deeds)};
    CHECK(reuse_findings(years).empty());
  }
  SECTION("another nominee in another year with the same text: reported")
  {
    std::vector<folder::LoadedSubmission> years{dated("市/2023/01-张三", "张三", "1960年3月", 2023, deeds),
                                                dated("市/2024/02-李四", "李四", "1958年7月", 2024, deeds)};
    CHECK(reuse_findings(years).size() == 1);
  }
  SECTION("the same name but another 出生年月 is another person: reported across packages")
  {
    std::vector<folder::LoadedSubmission> years{dated("A.zip/01-张三", "张三", "1960年3月", 2023, deeds),
                                                dated("B.zip/01-张三", "张三", "1971年1月", 2024, deeds)};
    std::vector<check::LongTexts> texts{check::long_texts_of(years[0]), check::long_texts_of(years[1])};
    texts[1].group = 1;
    CHECK(check::find_text_reuse(texts, check::ReuseScope::across_groups).size() == 1);
    // In one district run the same name is batch.duplicate's finding (by name, whatever the year).
    CHECK(reuse_findings(years).empty());
  }
  SECTION("the same nominee twice in one year is a duplicate submission: batch.duplicate, as before")
  {
    std::vector<folder::LoadedSubmission> twice{dated("区/01-张三", "张三", "1960年3月", 2024, deeds),
                                                dated("区/05-张三", "张三", "1960年3月", 2024, deeds)};
    std::vector<const folder::LoadedSubmission*> members{&twice[0], &twice[1]};
    auto findings = check::check_district(folder::District{}, members);
    CHECK(of_rule(findings, "batch.text-reuse").empty());
    CHECK(of_rule(findings, "batch.duplicate").size() == 1);
  }
}

TEST_CASE("batch.text-reuse across packages compares only pairs from different packages", "[check]")
{
  const auto deeds = prose(1800, 40);
  std::vector<folder::LoadedSubmission> loaded{
      dated("A.zip/区/01-张三", "张三", "1960年3月", 2024, deeds),
      dated("A.zip/区/02-李四", "李四", "1958年7月", 2024, deeds),
      dated("B.zip/区/01-王五", "王五", "1949年2月", 2024, prose(600, 41) + deeds),
      dated("C.zip/区/01-张三", "张三", "1960年3月", 2024, deeds),
      dated("D.zip/区/01-张三", "张三", "1960年3月", 2023, deeds),
  };
  std::vector<check::LongTexts> texts;
  for (std::size_t i = 0; i < loaded.size(); ++i) {
    texts.push_back(check::long_texts_of(loaded[i]));
    texts.back().group = i < 2 ? 0 : i - 1;
  }
  auto found = check::find_text_reuse(texts, check::ReuseScope::across_groups);
  std::vector<std::string> pairs;
  for (const auto& finding : found) {
    CHECK(finding.rule == "batch.text-reuse");
    pairs.push_back(finding.args.at("path_a") + " + " + finding.args.at("path_b"));
  }
  // A's own pair (张三 + 李四) was A's district run's; 张三 in C the same year is a duplicate no district run
  // saw, so it is reported here; 张三 in D is the previous year's, so it is not.
  CHECK(pairs ==
        std::vector<std::string>{"A.zip/区/01-张三 + B.zip/区/01-王五", "A.zip/区/01-张三 + C.zip/区/01-张三",
                                 "A.zip/区/02-李四 + B.zip/区/01-王五", "A.zip/区/02-李四 + C.zip/区/01-张三",
                                 "A.zip/区/02-李四 + D.zip/区/01-张三", "B.zip/区/01-王五 + C.zip/区/01-张三",
                                 "B.zip/区/01-王五 + D.zip/区/01-张三"});
}

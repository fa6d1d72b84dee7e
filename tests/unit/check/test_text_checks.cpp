#include "builders.hpp"

#include <nominate/check/check.hpp>

#include <catch2/catch.hpp>

using namespace nominate;
using test::of_rule;

namespace {

std::string repeat(std::string_view piece, int times)
{
  std::string out;
  for (int i = 0; i < times; ++i) {
    out += piece;
  }
  return out;
}

rules::RuleSet with_length_check(rules::CheckSpec spec)
{
  rules::RuleSet rules;
  auto deeds = test::field_spec("deeds", "主要事迹和成效");
  deeds.hints = {"（不少于1500字）"};
  rules.fields = {deeds};
  rules.checks = {std::move(spec)};
  return rules;
}

std::vector<core::Finding> length_findings(const rules::RuleSet& rules, const std::string& text)
{
  auto submission = test::submission_with_form();
  test::set_field(submission, "deeds", text);
  return of_rule(check::check_submission(submission, rules, test::options_as_of(2024, 5, 1)), "text.length");
}

} // namespace

TEST_CASE("text.length counts as Word's 字数 after the template's hint is removed", "[check]")
{
  auto min_check =
      test::with(test::on_field(test::check_spec("text.length"), "deeds"), "min", std::int64_t{1500});

  SECTION("1500 Han characters meet 不少于1500字; the hint left in the field does not count")
  {
    auto rules = with_length_check(min_check);
    CHECK(length_findings(rules, "（不少于1500字）" + repeat("学", 1500)).empty());
  }
  SECTION("1203 characters are too short, with the Han-only count in the args")
  {
    auto rules = with_length_check(min_check);
    auto found = length_findings(rules, repeat("学", 1200) + "2024年"); // 1200 + "2024" + 年 = 1202 字
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "text.length.too-short");
    CHECK(found[0].expected == "≥ 1500 字");
    CHECK(found[0].actual == "1202 字");
    CHECK(found[0].args.at("han") == "1201");
    CHECK(found[0].severity == core::Severity::error);
    CHECK(found[0].clause == "clause of text.length");
    CHECK(found[0].field == "deeds");
  }
  SECTION("Word's count passes but the Han-only count falls short: a warning, han-short")
  {
    auto rules = with_length_check(min_check);
    // 1400 Han + 100 Latin words = 1500 字 by Word, but only 1400 Han characters.
    auto found = length_findings(rules, repeat("学", 1400) + repeat(" word", 100));
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "text.length.han-short");
    CHECK(found[0].severity == core::Severity::warning);
    CHECK(found[0].args.at("han") == "1400");
    CHECK(found[0].args.at("count") == "1500");
  }
  SECTION("a maximum with count 'all' counts every non-space character, punctuation included")
  {
    auto spec = test::with(test::on_field(test::check_spec("text.length"), "deeds"), "max", std::int64_t{10});
    spec.params["count"] = std::string("all");
    auto rules = with_length_check(spec);
    CHECK(length_findings(rules, "学习学习学习学习学习").empty());
    // "Hello" is one Word 字 but five characters: 10 + 5 = 15 > 10 counted as 'all', 11 as 'words'.
    auto found = length_findings(rules, "学习学习学习学习学习Hello");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "text.length.too-long");
    CHECK(found[0].actual == "15 字");
    CHECK(found[0].expected == "≤ 10 字");
  }
  SECTION("about 200 with band 0.25 accepts 150–250 and reports outside it, with the range")
  {
    auto spec = test::with(test::on_field(test::check_spec("text.length", core::Severity::warning), "deeds"),
                           "about", std::int64_t{200});
    spec.params["band"] = 0.25;
    auto rules = with_length_check(spec);
    CHECK(length_findings(rules, repeat("学", 150)).empty());
    CHECK(length_findings(rules, repeat("学", 250)).empty());
    auto short_found = length_findings(rules, repeat("学", 149));
    REQUIRE(short_found.size() == 1);
    CHECK(short_found[0].message_id == "text.length.about-short");
    CHECK(short_found[0].expected == "≈ 200 字 (150–250)");
    CHECK(short_found[0].severity == core::Severity::warning);
    auto long_found = length_findings(rules, repeat("学", 251));
    REQUIRE(long_found.size() == 1);
    CHECK(long_found[0].message_id == "text.length.about-long");
  }
  SECTION("an empty field is skipped (field.required reports it)")
  {
    auto rules = with_length_check(min_check);
    CHECK(length_findings(rules, "（不少于1500字）").empty());
  }
  SECTION("a field that only refers to an attachment the form does not hold says so, not that it is short")
  {
    auto rules = with_length_check(min_check);
    auto found = length_findings(rules, "（不少于1500字）\n（详见附件：王秀兰主要事迹材料）");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "text.length.elsewhere");
    CHECK(found[0].severity == core::Severity::error);
    CHECK(found[0].args.at("value") == "（详见附件：王秀兰主要事迹材料）");
  }
  SECTION("a field referring to an attachment that holds no text names that file")
  {
    auto rules = with_length_check(min_check);
    auto submission = test::submission_with_form();
    test::set_field(submission, "deeds", "（不少于1500字）\n详见附件");
    submission.fields["deeds"].attachment = "事迹材料.pdf";
    auto found =
        of_rule(check::check_submission(submission, rules, test::options_as_of(2024, 5, 1)), "text.length");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "text.length.elsewhere-unreadable");
    CHECK(found[0].args.at("attachment") == "事迹材料.pdf");
  }
  SECTION("a text read from an attached document is measured, and its findings name the document")
  {
    auto rules = with_length_check(min_check);
    auto submission = test::submission_with_form();
    test::set_field(submission, "deeds", repeat("学", 1000));
    submission.fields["deeds"].source = "attachment";
    submission.fields["deeds"].file = "事迹材料.docx";
    auto found =
        of_rule(check::check_submission(submission, rules, test::options_as_of(2024, 5, 1)), "text.length");
    REQUIRE(found.size() == 1);
    CHECK(found[0].file == "事迹材料.docx");
    CHECK(found[0].args.at("part") == "attachment");
  }
  SECTION("a text read from the form's appendix is measured, and its findings say where it came from")
  {
    auto rules = with_length_check(min_check);
    auto submission = test::submission_with_form();
    test::set_field(submission, "deeds", repeat("学", 1000));
    submission.fields["deeds"].from_appendix = true;
    auto found =
        of_rule(check::check_submission(submission, rules, test::options_as_of(2024, 5, 1)), "text.length");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "text.length.too-short");
    CHECK(found[0].args.at("part") == "appendix");
  }
}

TEST_CASE("text.length on a material counts the summary's own text", "[check]")
{
  rules::RuleSet rules;
  auto spec =
      test::with(test::on_material(test::check_spec("text.length", core::Severity::warning), "summary"),
                 "about", std::int64_t{1500});
  rules.checks = {spec};
  auto submission = test::submission_with_form();
  auto summary = test::material("工作总结.docx", folder::Role::summary);

  SECTION("a summary of about 1500 字 passes")
  {
    summary.text = repeat("学", 1490);
    submission.materials.push_back(summary);
    CHECK(of_rule(check::check_submission(submission, rules, {}), "text.length").empty());
  }
  SECTION("a short summary is reported on its file")
  {
    summary.text = repeat("学", 600);
    submission.materials.push_back(summary);
    auto found = of_rule(check::check_submission(submission, rules, {}), "text.length");
    REQUIRE(found.size() == 1);
    CHECK(found[0].file == "工作总结.docx");
    CHECK(found[0].actual == "600 字");
    CHECK_FALSE(found[0].field.has_value());
  }
  SECTION("a summary whose text was not read is skipped")
  {
    submission.materials.push_back(summary);
    CHECK(of_rule(check::check_submission(submission, rules, {}), "text.length").empty());
  }
}

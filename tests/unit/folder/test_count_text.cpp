#include <nominate/folder/count_text.hpp>
#include <nominate/rules/load.hpp>
#include <nominate/text/count.hpp>

#include <catch2/catch.hpp>

#include <filesystem>

using namespace nominate;

namespace {

const std::filesystem::path k_examples = std::filesystem::path(NOMINATE_SOURCE_DIR) / "examples";

std::vector<rules::RuleSet> shipped()
{
  auto all = rules::list_rule_sets({std::filesystem::path(NOMINATE_SOURCE_DIR) / "rules"});
  REQUIRE(all);
  return *all;
}

} // namespace

TEST_CASE("text_to_count reads a field through the checks' own label matching, hints left out", "[folder]")
{
  auto rule_sets = shipped();
  folder::CountSource source{k_examples / "star-compliant" / "推介表.docx", "deeds", std::nullopt, {}};
  auto deeds = folder::text_to_count(source, rule_sets);
  REQUIRE(deeds);
  // scripts/make-examples.py wrote 1,5xx 字 of deeds under a "（不少于1500字）" hint.
  CHECK(text::count_characters(*deeds).words >= 1500);
  CHECK(deeds->find("不少于1500字") == std::string::npos);

  SECTION("a field no rule set defines, and one the form lacks, are errors that say which")
  {
    source.field = "no_such_field";
    auto unknown = folder::text_to_count(source, rule_sets);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == core::ErrorCode::invalid_argument);
    CHECK(unknown.error().message.find("no rule set defines") != std::string::npos);
  }
}

TEST_CASE("text_to_count counts a whole document, and refuses a legacy one without LibreOffice", "[folder]")
{
  folder::CountSource summary{
      k_examples / "brand-compliant" / "工作总结.docx", std::nullopt, std::nullopt, {}};
  auto text = folder::text_to_count(summary, {});
  REQUIRE(text);
  CHECK(text::count_characters(*text).words == 1491);

  folder::CountSource legacy{k_examples / "legacy-doc" / "推介表.doc", std::nullopt, std::nullopt, {}};
  auto refused = folder::text_to_count(legacy, {});
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == core::ErrorCode::unsupported);
  CHECK(refused.error().message.find("另存为") != std::string::npos);
}

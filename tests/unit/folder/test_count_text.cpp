#include <nominate/folder/count_text.hpp>
#include <nominate/rules/load.hpp>
#include <nominate/text/count.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <temp_dir.hpp>

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
  SECTION("a star's field asked of a brand project's form names the texts that form has")
  {
    source.file = k_examples / "brand-compliant" / "推介表.docx";
    auto elsewhere = folder::text_to_count(source, rule_sets);
    REQUIRE_FALSE(elsewhere);
    CHECK(elsewhere.error().reason == "count-field-elsewhere");
    CHECK(elsewhere.error().subject == "deeds");
    CHECK(elsewhere.error().also.find("description（品牌项目基本情况）") != std::string::npos);
    CHECK(elsewhere.error().also.find("deeds") == std::string::npos);
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

TEST_CASE("text_to_count refuses an empty file, and a file named .docx that holds no Word document",
          "[folder]")
{
  nominate::test::TempDir temp;
  std::ofstream(temp.path() / "空.docx").close();
  folder::CountSource empty{temp.path() / "空.docx", std::nullopt, std::nullopt, {}};
  auto none = folder::text_to_count(empty, {});
  REQUIRE_FALSE(none);
  CHECK(none.error().reason == "empty-file");

  // A photo and a text file renamed .docx: counting them would give a number that means nothing (a text's
  // words, 0 for a photo) as if it were the form's.
  std::filesystem::copy_file(k_examples / "star-compliant" / "证件照.jpg", temp.path() / "照片.docx");
  temp.write("文本.docx", "主要事迹：这是一段纯文本，只是扩展名改成了 docx。");
  for (const char* name : {"照片.docx", "文本.docx"}) {
    INFO(name);
    folder::CountSource renamed{temp.path() / name, std::nullopt, std::nullopt, {}};
    auto refused = folder::text_to_count(renamed, {});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().reason == "content-not-named");
    CHECK(refused.error().message.find("named .docx") != std::string::npos);
  }
  // The same text under its own name is counted.
  temp.write("文本.txt", "主要事迹：这是一段纯文本。");
  folder::CountSource plain{temp.path() / "文本.txt", std::nullopt, std::nullopt, {}};
  auto text = folder::text_to_count(plain, {});
  REQUIRE(text);
  CHECK(text::count_characters(*text).han > 5);
}

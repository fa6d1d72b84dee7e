// The other subcommands: count, rules, explain, init; and --version, --help.

#include "cli_runner.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <regex>

namespace nominate::test::cli {
namespace {

// The first number `count` prints: Word's 字数 (design.md).
std::optional<long> first_number(const std::string& output)
{
  std::smatch match;
  if (!std::regex_search(output, match, std::regex(R"(\d+)"))) {
    return std::nullopt;
  }
  return std::stol(match.str());
}

std::string lower(std::string text)
{
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

} // namespace

TEST_CASE("count prints Word's 字数 first, for the values of design.md", "[cli]")
{
  TempDir temp;
  const std::vector<std::pair<std::string, long>> k_values = {{"中文测试", 4},
                                                              {"Hello 世界", 3},
                                                              {"Hello、World。", 4},
                                                              {"１２３４５", 5},
                                                              {"東京2024オリンピック", 9}};
  for (const auto& [text, expected] : k_values) {
    DYNAMIC_SECTION(text)
    {
      auto file = temp.write("value.txt", text + "\n");
      auto run = nominate({"count", file.string()});
      INFO(run.output);
      CHECK(run.exit_code == 0);
      CHECK(first_number(run.output) == expected);
    }
  }
  SECTION("a text file in GB18030, as Notepad on Chinese Windows saves it")
  {
    auto file = temp.write("gbk.txt", "\xB0\xD9\xD0\xD5\xD1\xA7\xCF\xB0\xD6\xAE\xD0\xC7"); // 百姓学习之星
    auto run = nominate({"count", file.string()});
    INFO(run.output);
    CHECK(run.exit_code == 0);
    CHECK(first_number(run.output) == 6);
  }
  SECTION("a missing file exits 2")
  {
    CHECK(nominate({"count", (temp.path() / "missing.txt").string()}).exit_code == 2);
  }
}

TEST_CASE("count --field counts one field of a form, hint left out", "[cli]")
{
  // The counts scripts/make-examples.py asserted when it wrote the examples (it counts as design.md does).
  auto deeds = nominate({"count", "star-compliant/推介表.docx", "--field", "deeds"});
  INFO(deeds.output);
  CHECK(deeds.exit_code == 0);
  CHECK(first_number(deeds.output) == 1885);
  CHECK(first_number(nominate({"count", "star-faults/推介表.docx", "--field", "deeds"}).output) == 1203);
  CHECK(first_number(nominate({"count", "brand-compliant/推介表.docx", "--field", "description"}).output) ==
        1730);
  CHECK(first_number(nominate({"count", "brand-compliant/工作总结.docx"}).output) == 1491);
  auto unknown =
      nominate({"count", "star-compliant/推介表.docx", "--field", "no_such_field", "--lang", "zh"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.output.find("没有哪个规则集有“no_such_field”这一栏") != std::string::npos);
  // A field the rule sets know that this document does not hold (a brand form asked for the star's deeds).
  auto missing = nominate({"count", "brand-compliant/推介表.docx", "--field", "deeds", "--lang", "zh"});
  CHECK(missing.exit_code == 2);
  INFO(missing.output);
  // It names what the brand form has to count instead.
  CHECK(missing.output.find("里没有“deeds”这一栏；这份推介表里能统计的长文本栏目是") != std::string::npos);
  CHECK(missing.output.find("description（品牌项目基本情况）") != std::string::npos);
  CHECK(missing.output.find("命令参数有误") == std::string::npos);
  // The label as the form prints it, or an alias, names the same field.
  CHECK(first_number(nominate({"count", "star-compliant/推介表.docx", "--field", "主要事迹和成效"}).output) ==
        1885);
  CHECK(first_number(nominate({"count", "star-compliant/推介表.docx", "--field", "主要事迹"}).output) ==
        1885);
}

TEST_CASE("rules list and rules show describe the shipped rule sets", "[cli]")
{
  auto list = nominate({"rules", "list"});
  CHECK(list.exit_code == 0);
  for (const char* id : {"national/star", "national/brand", "beijing/capital-star-2018"}) {
    CHECK(list.output.find(id) != std::string::npos);
  }
  auto show = nominate({"rules", "show", "national/star", "--lang", "zh"});
  INFO(show.output);
  CHECK(show.exit_code == 0);
  CHECK(show.output.find("主要事迹和成效") != std::string::npos);
  CHECK(show.output.find("1500") != std::string::npos);
  CHECK(show.output.find("video.frame-rate") != std::string::npos);
  CHECK(nominate({"rules", "show", "national/no-such"}).exit_code == 2);
}

TEST_CASE("explain says what a rule checks, in the chosen language", "[cli]")
{
  auto zh = nominate({"explain", "video.frame-rate", "--lang", "zh"});
  auto en = nominate({"explain", "video.frame-rate", "--lang", "en"});
  INFO(zh.output << "\n----\n" << en.output);
  CHECK(zh.exit_code == 0);
  CHECK(en.exit_code == 0);
  CHECK(han_characters(zh.output) > 5);
  CHECK(lower(en.output).find("frame") != std::string::npos);
  CHECK(zh.output != en.output);
  auto unknown = nominate({"explain", "no.such"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.output.find("no.such") != std::string::npos);
  // A message id as the JSON report gives it explains its rule.
  auto message = nominate({"explain", "photo.format.heic", "--lang", "en"});
  CHECK(message.exit_code == 0);
  CHECK(message.output.starts_with("photo.format — "));
}

TEST_CASE("init writes a nomination.yaml to fill in, and never overwrites one", "[cli]")
{
  TempDir temp;
  auto folder = temp.path() / "03-王五";
  auto first = nominate({"init", folder.string(), "--kind", "star"});
  INFO(first.output);
  CHECK(first.exit_code == 0);
  auto written = read_file(folder / "nomination.yaml");
  CHECK(written.find("star") != std::string::npos);
  auto again = nominate({"init", folder.string(), "--kind", "star"});
  CHECK(again.exit_code != 0);
  CHECK(read_file(folder / "nomination.yaml") == written);
  CHECK(nominate({"init", (temp.path() / "x").string(), "--kind", "no-such-kind"}).exit_code == 2);
}

TEST_CASE("what init writes leaves a folder with a correct form passing, as it did without it", "[cli]")
{
  for (const char* kind : {"star", "brand"}) {
    for (const char* lang : {"zh", "en"}) {
      TempDir temp;
      const std::string example = std::string(kind) + "-compliant";
      auto folder = copy_example(example, temp.path() / example);
      auto before = check({folder.string()});
      REQUIRE(before.exit_code == 0);
      auto init = nominate({"init", folder.string(), "--kind", kind, "--lang", lang});
      INFO(init.output);
      REQUIRE(init.exit_code == 0);
      auto written = read_file(folder / "nomination.yaml");
      INFO(written);
      auto after = check({folder.string()});
      INFO(after.output);
      CHECK(after.exit_code == 0);
      CHECK(rule_ids(after.report, "error").empty());
      CHECK(rule_ids(after.report, "warning") == rule_ids(before.report, "warning"));
      // The fields still come from the form, not from the template's empty lines.
      REQUIRE(after.report["submissions"].size() == 1);
      CHECK(after.report["submissions"][0]["title"] == before.report["submissions"][0]["title"]);
      for (const auto& field : after.report["submissions"][0]["fields"]) {
        CHECK(field["source"] == "form");
      }
    }
  }
}

TEST_CASE("--version and --help", "[cli]")
{
  auto version = nominate({"--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.output.find(NOMINATE_VERSION) != std::string::npos);
  auto help = nominate({"--help"});
  CHECK(help.exit_code == 0);
  for (const char* command :
       {"check", "pack", "table", "upload", "verify", "fix", "rules", "explain", "init", "count"}) {
    INFO(command);
    CHECK(help.output.find(command) != std::string::npos);
    // Each is a real subcommand with help of its own, not a word in a paragraph.
    auto own = nominate({command, "--help"});
    CHECK(own.exit_code == 0);
    CHECK(own.output.find(std::string("nominate ") + command) != std::string::npos);
  }
}

} // namespace nominate::test::cli

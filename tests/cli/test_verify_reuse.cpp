// nominate verify A.zip B.zip …: batch.text-reuse across the packages, on real zips written by `nominate
// pack` from district folders built here, whose submissions' long texts are set in nomination.yaml.

#include "cli_runner.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <random>

namespace nominate::test::cli {
namespace {

// Distinct Chinese text of `count` characters with a comma every 20 (seeded: the same every run).
std::string prose(std::size_t count, unsigned seed)
{
  std::mt19937 random(seed);
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    const auto code = static_cast<char32_t>(0x4E00 + random() % 0x5000);
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
    if (i % 20 == 19) {
      out += "，";
    }
  }
  return out;
}

// A submission's long texts of its own (seeded), with `deeds` in place of its own when given, and `as_of`.
void write_texts(const std::filesystem::path& submission, unsigned seed, const std::string& deeds = "",
                 const std::string& as_of = "")
{
  std::ofstream yaml(submission / "nomination.yaml");
  if (!as_of.empty()) {
    yaml << "as_of: " << as_of << "\n";
  }
  yaml << "fields:\n";
  yaml << "  deeds: \"" << (deeds.empty() ? prose(1700, seed) : deeds) << "\"\n";
  yaml << "  resume: \"" << prose(300, seed + 1) << "\"\n";
  yaml << "  learning: \"" << prose(300, seed + 2) << "\"\n";
  yaml << "  promo: \"" << prose(200, seed + 3) << "\"\n";
}

// 海淀区's example copied as `district` (张三 and 李四, each with texts of its own) and packed: the zip's
// path.
std::filesystem::path packed(const std::filesystem::path& folder, const std::string& district, unsigned seed,
                             const std::string& zhang_deeds = "", const std::string& li_deeds = "",
                             const std::string& zhang_as_of = "")
{
  auto root = copy_example("海淀区", folder / district);
  {
    auto config = read_file(root / "nominate.yaml");
    config.replace(config.find("district: 海淀区"), std::string("district: 海淀区").size(),
                   "district: " + district);
    std::ofstream(root / "nominate.yaml") << config;
  }
  write_texts(root / "01-张三", seed, zhang_deeds, zhang_as_of);
  write_texts(root / "02-李四", seed + 10, li_deeds);
  auto run = nominate({"pack", district, "-o", "out-" + district, "-q", "--name", "{district}.zip"},
                      in_folder(folder));
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  return folder / ("out-" + district) / (district + ".zip");
}

CheckRun verify(const std::vector<std::filesystem::path>& zips, const TempDir& temp)
{
  auto json_file = temp.path() / "verify.json";
  std::vector<std::string> args = {"verify"};
  for (const auto& zip : zips) {
    args.push_back(zip.string());
  }
  args.insert(args.end(), {"--lang", "zh", "--format", "text", "--format", "json:" + json_file.string()});
  auto run = nominate(args, in_folder(temp.path()));
  CheckRun result{run.exit_code, run.output, nullptr};
  result.report = nlohmann::json::parse(read_file(json_file), nullptr, /*allow_exceptions=*/false);
  return result;
}

// The quoted pieces of a finding's message: “path a”与“path b”的文字有 N% 相同，例如…中的“passage”。
std::vector<std::string> quoted_pieces(const std::string& message)
{
  std::vector<std::string> out;
  for (auto open = message.find("“"); open != std::string::npos; open = message.find("“", open + 1)) {
    auto start = open + std::string("“").size();
    out.push_back(message.substr(start, message.find("”", start) - start));
  }
  return out;
}

// "海淀区.zip:01-张三 + 朝阳区.zip:02-李四" for each batch.text-reuse finding, in report order.
std::vector<std::string> pairs(const nlohmann::json& report)
{
  std::vector<std::string> out;
  auto short_name = [](const std::string& path) {
    auto zip = path.substr(0, path.find(".zip") + 4);
    return zip.substr(zip.rfind('/') + 1) + ":" + path.substr(path.rfind('/') + 1);
  };
  for (const auto& finding : findings_of(report, "batch.text-reuse")) {
    auto pieces = quoted_pieces(finding["message"].get<std::string>());
    REQUIRE(pieces.size() == 3);
    out.push_back(short_name(pieces[0]) + " + " + short_name(pieces[1]));
  }
  return out;
}

} // namespace

TEST_CASE("verify compares the long texts of every package it is given (batch.text-reuse)", "[cli]")
{
  TempDir temp;
  const auto pasted = prose(1700, 500); // 海淀区's 张三's deeds
  auto haidian = packed(temp.path(), "海淀区", 100, pasted);
  auto chaoyang = packed(temp.path(), "朝阳区", 200, "", pasted);              // pasted into 李四's
  auto xicheng = packed(temp.path(), "西城区", 300, pasted, "", "2023-05-01"); // 张三's own, a year before
  auto dongcheng = packed(temp.path(), "东城区", 400);                         // texts of its own

  SECTION("a 事迹 pasted into another district's nominee is reported: the pair, the share, a passage")
  {
    auto run = verify({haidian, chaoyang}, temp);
    INFO(run.output);
    REQUIRE(run.report.is_object());
    CHECK(run.exit_code == 0); // a warning
    CHECK(pairs(run.report) == std::vector<std::string>{"海淀区.zip:01-张三 + 朝阳区.zip:02-李四"});
    auto finding = findings_of(run.report, "batch.text-reuse").at(0);
    CHECK(finding["severity"] == "warning");
    // 1,700 characters of deeds pasted, of the 2,500 of 李四's long texts.
    CHECK(finding["actual"] == "68%");
    auto message = finding["message"].get<std::string>();
    CHECK(message.find("主要事迹和成效") != std::string::npos);
    auto passage = quoted_pieces(message).at(2);
    CHECK(passage.size() > 30);
    CHECK(pasted.find(passage.substr(0, 30)) != std::string::npos);
    CHECK(run.output.find("朝阳区.zip") != std::string::npos);
  }
  SECTION("two nominees of one package sharing a text: named inside the zip, never the private folder")
  {
    auto same = packed(temp.path(), "石景山区", 600, pasted, pasted);
    auto run = verify({same}, temp);
    INFO(run.output);
    REQUIRE(run.report.is_object());
    auto found = findings_of(run.report, "batch.text-reuse");
    REQUIRE(found.size() == 1);
    auto pieces = quoted_pieces(found.at(0)["message"].get<std::string>());
    REQUIRE(pieces.size() == 3);
    CHECK(pieces[0].find("石景山区.zip/") != std::string::npos);
    CHECK(pieces[1].find("石景山区.zip/") != std::string::npos);
    CHECK(run.output.find("nominate-verify") == std::string::npos);
    CHECK(run.report.dump().find("nominate-verify") == std::string::npos);
  }
  SECTION("a package sent again (the same nominee in both) is said to be a resend, not a copy to rewrite")
  {
    const auto again = temp.path() / "海淀区-修订版.zip";
    std::filesystem::copy_file(haidian, again);
    auto run = verify({haidian, again}, temp);
    INFO(run.output);
    CHECK(run.exit_code == 0);
    auto found = findings_of(run.report, "batch.text-reuse");
    REQUIRE(found.size() == 2); // 张三 and 李四, each in both packages
    for (const auto& finding : found) {
      CHECK(finding["message_id"] == "batch.text-reuse.same-nominee");
      CHECK(finding["message"].get<std::string>().find("同一推介对象") != std::string::npos);
      CHECK(finding["fix"].get<std::string>().find("删除照搬") == std::string::npos);
    }
  }
  SECTION("different texts: no finding")
  {
    auto run = verify({haidian, dongcheng}, temp);
    INFO(run.output);
    CHECK(run.exit_code == 0);
    CHECK(pairs(run.report).empty());
  }
  SECTION("the same nominee's text from the previous year is not reported; another nominee's is")
  {
    auto run = verify({haidian, chaoyang, xicheng}, temp);
    INFO(run.output);
    CHECK(pairs(run.report) == std::vector<std::string>{"海淀区.zip:01-张三 + 朝阳区.zip:02-李四",
                                                        "朝阳区.zip:02-李四 + 西城区.zip:01-张三"});
  }
}

TEST_CASE("explain batch.text-reuse says it runs across the packages verify is given", "[cli]")
{
  auto run = nominate({"explain", "batch.text-reuse", "--lang", "zh"});
  CHECK(run.exit_code == 0);
  CHECK(run.output.find("verify") != std::string::npos);
  CHECK(run.output.find("往年") != std::string::npos);
}

} // namespace nominate::test::cli

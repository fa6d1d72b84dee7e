// What a district's package holds: its registration tables (its own, or generated per kind), its settings and
// the lists they name, its streets' nominees, and not what a system made in its folders.

#include "cli_runner.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

namespace nominate::test::cli {

TEST_CASE("a district without its registration table is packed with one generated from its forms", "[cli]")
{
  // Layout: the package carries the district's own table, else one generated. check alone still asks for the
  // table (it is printed and stamped), and says how to generate it.
  TempDir temp;
  auto district = copy_example("海淀区", temp.path() / "海淀区");
  std::filesystem::remove(district / "登记表.xlsx");
  RunOptions options;
  options.cwd = temp.path();
  auto checked = nominate({"check", "海淀区", "--lang", "zh"}, options);
  CHECK(checked.exit_code == 1);
  CHECK(checked.output.find("nominate table 区文件夹 -o 区文件夹/百姓学习之星推介登记表.xlsx") !=
        std::string::npos);

  auto packed = nominate({"pack", "海淀区", "-o", "out", "--lang", "zh"}, options);
  INFO(packed.output);
  REQUIRE(packed.exit_code == 0);
  CHECK(packed.output.find(
            "[提示] 区文件夹中没有百姓学习之星推介登记表：包中附上了由 2 份推介表生成的登记表") !=
        std::string::npos);
  const auto package = temp.path() / "out" / k_package;
  CHECK(read_file(package).find("data/百姓学习之星推介登记表.xlsx") != std::string::npos);
  CHECK(nominate({"verify", package.string(), "-q"}, options).exit_code == 0);
  // One package per submission carries no table: there the missing table still stops pack.
  CHECK(nominate({"pack", "海淀区", "-o", "per", "-q", "--per", "submission"}, options).exit_code == 1);
}

TEST_CASE("a table of nominees whose fields are in nomination.yaml (Beijing: no form) is filled, exit 0",
          "[cli]")
{
  TempDir temp;
  copy_example("beijing-star-compliant", temp.path() / "东城区" / "01-赵明远");
  auto run = nominate({"table", "东城区", "-o", "登记表.xlsx", "--lang", "zh"}, in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(run.output.find("没能读取") == std::string::npos);
  CHECK(std::filesystem::exists(temp.path() / "登记表.xlsx"));
  // Into a folder not made yet, as pack -o makes its own.
  auto into = nominate({"table", "东城区", "-o", "上报/登记表.xlsx", "-q"}, in_folder(temp.path()));
  INFO(into.output);
  CHECK(into.exit_code == 0);
  CHECK(std::filesystem::exists(temp.path() / "上报" / "登记表.xlsx"));
}

TEST_CASE("a district with its own 附表2 and a project but no 附表4 gets the 附表4 generated, and verifies",
          "[cli]")
{
  TempDir temp;
  copy_example("海淀区", temp.path() / "海淀区");
  copy_example("brand-compliant", temp.path() / "海淀区" / "03-乐龄课堂");
  auto packed = nominate({"pack", "海淀区", "-o", "out", "--lang", "zh"}, in_folder(temp.path()));
  INFO(packed.output);
  REQUIRE(packed.exit_code == 0);
  CHECK(packed.output.find("包中附上了由 1 份推介表生成的登记表（终身学习品牌项目推介登记表.xlsx）") !=
        std::string::npos);
  std::filesystem::path package;
  for (const auto& entry : std::filesystem::directory_iterator(temp.path() / "out")) {
    package = entry.path();
  }
  const auto listing = run_tool({"unzip", "-Z1", package.string()});
  CHECK(listing.output.find("/data/登记表.xlsx\n") != std::string::npos); // the district's own
  CHECK(listing.output.find("/data/终身学习品牌项目推介登记表.xlsx\n") != std::string::npos);
  CHECK(listing.output.find("百姓学习之星推介登记表.xlsx") == std::string::npos); // not a second 附表2
  auto verified = nominate({"verify", package.string(), "--lang", "zh"}, in_folder(temp.path()));
  INFO(verified.output);
  CHECK(verified.exit_code == 0);
}

TEST_CASE("a district whose streets collect their nominees is checked, packed and verified as two nominees",
          "[cli]")
{
  // 海淀区/学院路街道/{01-张三, 02-李四}, the district's table beside the street's folder.
  TempDir temp;
  const auto district = copy_example("海淀区", temp.path() / "海淀区");
  std::filesystem::create_directory(district / "学院路街道");
  for (const char* nominee : {"01-张三", "02-李四"}) {
    std::filesystem::rename(district / nominee, district / "学院路街道" / nominee);
  }
  auto checked = check({"海淀区"}, in_folder(temp.path()));
  INFO(checked.output);
  CHECK(checked.exit_code == 0);
  REQUIRE(checked.report["submissions"].size() == 2);
  CHECK(checked.report["submissions"][0]["path"] == "海淀区/学院路街道/01-张三");
  CHECK(checked.report["submissions"][1]["path"] == "海淀区/学院路街道/02-李四");

  auto packed = nominate({"pack", "海淀区", "-o", "out", "-q"}, in_folder(temp.path()));
  REQUIRE(packed.exit_code == 0);
  const auto package = temp.path() / "out" / k_package;
  const auto listing = run_tool({"unzip", "-Z1", package.string()});
  CHECK(listing.output.find("/data/学院路街道/01-张三/推介表.docx\n") != std::string::npos);
  auto verified = nominate({"verify", package.string()}, in_folder(temp.path()));
  INFO(verified.output);
  CHECK(verified.exit_code == 0);

  // A street with one nominee is that nominee's submission, its files one folder down; packed one package a
  // submission, each package verifies as the submission it is (data/02-李四/…, no district of one).
  std::filesystem::rename(district / "学院路街道" / "01-张三", district / "01-张三");
  auto one = nominate({"pack", "海淀区", "--per", "submission", "-o", "one", "-q"}, in_folder(temp.path()));
  REQUIRE(one.exit_code == 0);
  std::size_t packages = 0;
  for (const auto& entry : std::filesystem::directory_iterator(temp.path() / "one")) {
    ++packages;
    auto alone = nominate({"verify", entry.path().string()}, in_folder(temp.path()));
    INFO(alone.output);
    CHECK(alone.exit_code == 0);
  }
  CHECK(packages == 2);
}

TEST_CASE("what Windows, macOS or WPS made in a folder is left out of the package, and pack says so", "[cli]")
{
  TempDir temp;
  auto district = copy_example("海淀区", temp.path() / "海淀区");
  temp.write("海淀区/01-张三/Thumbs.db", "thumbnails");
  temp.write("海淀区/02-李四/照片/.DS_Store", "finder");
  temp.write("海淀区/02-李四/__MACOSX/._推介表.docx", "resource fork");
  auto packed = nominate({"pack", "海淀区", "-o", "out", "--lang", "zh"}, in_folder(temp.path()));
  INFO(packed.output);
  REQUIRE(packed.exit_code == 0);
  CHECK(packed.output.find(std::string(k_package) + " 未放入系统或办公软件自动生成的文件（不是材料）：" +
                           "01-张三/Thumbs.db、02-李四/__MACOSX、02-李四/照片/.DS_Store\n") !=
        std::string::npos);
  const auto listing = run_tool({"unzip", "-l", (temp.path() / "out" / k_package).string()});
  CHECK(listing.output.find("Thumbs.db") == std::string::npos);
  CHECK(listing.output.find(".DS_Store") == std::string::npos);
  CHECK(listing.output.find("__MACOSX") == std::string::npos);
  // In English too, and nothing of the kind where there is nothing to leave out.
  auto english = nominate({"pack", "海淀区", "-o", "en", "--lang", "en"}, in_folder(temp.path()));
  CHECK(
      english.output.find("leaves out files the system or an editor made (no material): 01-张三/Thumbs.db") !=
      std::string::npos);
  copy_example("海淀区", temp.path() / "clean" / "海淀区");
  auto clean = nominate({"pack", "海淀区", "-o", "out", "--lang", "en"}, in_folder(temp.path() / "clean"));
  REQUIRE(clean.exit_code == 0);
  CHECK(clean.output.find("leaves out") == std::string::npos);
}

TEST_CASE("a package carries its district's nominate.yaml and the lists it names: verify and check data/ "
          "judge it as pack did",
          "[cli]")
{
  // The district's as_of and waivers (here for a 1080p 30 fps video, accepted by the city) are what let the
  // submission pass; a package without them would pass pack and fail at the office above.
  TempDir temp;
  auto district = copy_example("海淀区", temp.path() / "海淀区");
  std::filesystem::copy_file(examples_dir() / "star-faults" / "事迹视频.mp4",
                             district / "01-张三" / "事迹视频.mp4",
                             std::filesystem::copy_options::overwrite_existing);
  {
    // A list of past winners and a rule file of the district's own: a package without them cannot be
    // checked at all.
    std::ofstream(district / "历届名单.csv") << "姓名,年份\n王五,2022\n";
    std::ofstream(district / "区规则.yaml")
        << "id: haidian/star-2024\nextends: national/star\nedition: \"2024\"\n";
    auto text = read_file(district / "nominate.yaml");
    const auto at = text.find("rules: national");
    REQUIRE(at != std::string::npos);
    text.replace(at, std::string("rules: national").size(), "rules: ./区规则.yaml");
    std::ofstream(district / "nominate.yaml", std::ios::trunc) << text;
    std::ofstream config(district / "nominate.yaml", std::ios::app);
    config << "past_winners: 历届名单.csv\n";
    for (const char* rule : {"video.frame-rate", "video.resolution"}) {
      config << (rule[6] == 'f' ? "waivers:\n" : "") << "  - rule: " << rule
             << "\n    file: 事迹视频.mp4\n    reason: 市里同意原片报送\n    approved_by: 市教委终身教育处\n"
                "    date: 2024-04-20\n";
    }
  }
  RunOptions options;
  options.cwd = temp.path();
  auto packed = nominate({"pack", "海淀区", "-o", "out", "--per", "submission", "--lang", "en"}, options);
  INFO(packed.output);
  REQUIRE(packed.exit_code == 0);
  // Said, since the list names people and goes with every submission's package.
  CHECK_THAT(packed.output,
             Catch::Contains(
                 "01-张三.zip carries the district's settings: nominate.yaml, 区规则.yaml, 历届名单.csv"));
  const auto package = temp.path() / "out" / "01-张三.zip";
  auto verified = nominate({"verify", package.string(), "--lang", "en"}, options);
  INFO(verified.output);
  CHECK(verified.exit_code == 0);
  CHECK_THAT(verified.output, Catch::Contains("2 waived"));

  auto unzipped = run_tool({"unzip", "-q", package.string(), "-d", (temp.path() / "x").string()});
  REQUIRE(unzipped.exit_code == 0);
  const auto bag = temp.path() / "x" / "01-张三";
  CHECK(read_file(bag / "nominate.yaml") == read_file(district / "nominate.yaml"));
  CHECK(read_file(bag / "历届名单.csv") == read_file(district / "历届名单.csv"));
  CHECK(read_file(bag / "区规则.yaml") == read_file(district / "区规则.yaml"));
  CHECK_THAT(verified.output, Catch::Contains("haidian/star-2024"));
  CHECK(run_tool({"python3", bagit_validator(), bag.string()}).exit_code == 0);
  auto checked = nominate({"check", (bag / "data").string(), "-q"}, options);
  INFO(checked.output);
  CHECK(checked.exit_code == 0);
  CHECK(nominate({"verify", bag.string(), "-q"}, options).exit_code == 0);
  // verify --extract gives the office a folder that checks as the package did: the settings go with it.
  REQUIRE(nominate({"verify", package.string(), "-q", "--extract", "got"}, options).exit_code == 0);
  const auto got = temp.path() / "got" / "01-张三";
  CHECK(read_file(got / "nominate.yaml") == read_file(district / "nominate.yaml"));
  CHECK(read_file(got / "区规则.yaml") == read_file(district / "区规则.yaml"));
  CHECK(read_file(got / "历届名单.csv") == read_file(district / "历届名单.csv"));
  auto again = nominate({"check", got.string(), "--lang", "en"}, options);
  INFO(again.output);
  CHECK(again.exit_code == 0);
  CHECK_THAT(again.output, Catch::Contains("2 waived"));
  // Packed again from there, the settings go once, beside data/: the district's list is no material.
  REQUIRE(nominate({"pack", got.string(), "-o", "again", "-q"}, options).exit_code == 0);
  const auto listing = run_tool({"unzip", "-Z1", (temp.path() / "again" / "01-张三.zip").string()});
  INFO(listing.output);
  CHECK_THAT(listing.output, Catch::Contains("01-张三/历届名单.csv"));
  CHECK_THAT(listing.output, !Catch::Contains("data/历届名单.csv"));
  CHECK_THAT(listing.output, !Catch::Contains("data/nominate.yaml"));

  // The whole district's package lists each district waiver once, not once per submission.
  REQUIRE(nominate({"pack", "海淀区", "-o", "whole", "-q"}, options).exit_code == 0);
  CHECK(nominate({"verify", (temp.path() / "whole" / k_package).string(), "-q"}, options).exit_code == 0);
  auto info = run_tool({"unzip", "-p", (temp.path() / "whole" / k_package).string(), "*/bag-info.txt"});
  std::size_t waivers = 0;
  for (auto at = info.output.find("Nominate-Waiver:"); at != std::string::npos;
       at = info.output.find("Nominate-Waiver:", at + 1)) {
    ++waivers;
  }
  CHECK(waivers == 2);
}

TEST_CASE("a carried list named before data/ is written before it: every entry in byte order", "[cli]")
{
  TempDir temp;
  auto district = copy_example("海淀区", temp.path() / "海淀区");
  std::ofstream(district / "2023名单.csv") << "姓名,年份\n王五,2023\n";
  std::ofstream(district / "nominate.yaml", std::ios::app) << "past_winners: 2023名单.csv\n";
  RunOptions options;
  options.cwd = temp.path();
  for (const char* per : {"district", "submission"}) {
    INFO(per);
    const auto out = temp.path() / (std::string("out-") + per);
    auto packed = nominate({"pack", "海淀区", "-o", out.string(), "--per", per, "-q"}, options);
    INFO(packed.output);
    REQUIRE(packed.exit_code == 0);
    for (const auto& entry : std::filesystem::directory_iterator(out)) {
      const auto listing = run_tool({"unzip", "-Z1", entry.path().string()});
      REQUIRE(listing.exit_code == 0);
      std::vector<std::string> names;
      std::istringstream lines(listing.output);
      for (std::string line; std::getline(lines, line);) {
        names.push_back(line);
      }
      INFO(listing.output);
      CHECK(names.size() > 5);
      CHECK(std::ranges::is_sorted(names));
      CHECK(std::ranges::count_if(names, [](const std::string& name) {
              return name.ends_with("/2023名单.csv") && name.find("/data/") == std::string::npos;
            }) == (std::string(per) == "submission" ? 1 : 0));
      CHECK(nominate({"verify", entry.path().string(), "-q"}, options).exit_code == 0);
    }
  }
}

TEST_CASE("two nominees of one name: the table table writes is the one check and pack accept", "[cli]")
{
  // Two different people named 张三 (their 出生年月 differ): each row is matched by its 推介序号, not the
  // first 张三 for both.
  TempDir temp;
  const auto district = temp.path() / "海淀区";
  copy_example("海淀区/01-张三", district / "01-张三");
  copy_example("海淀区/01-张三", district / "02-张三");
  std::filesystem::copy_file(examples_dir() / "海淀区" / "nominate.yaml", district / "nominate.yaml");
  {
    std::ofstream second(district / "02-张三" / "nomination.yaml");
    second << "fields:\n  birth: 1972年8月\n  mobile: \"13911112222\"\n";
  }
  RunOptions options;
  options.cwd = temp.path();
  REQUIRE(nominate({"table", "海淀区", "-o", "海淀区/登记表.xlsx", "-q"}, options).exit_code == 0);
  auto checked = nominate({"check", "海淀区", "--format", "json"}, options);
  INFO(checked.output);
  CHECK(checked.exit_code == 0);
  CHECK(checked.output.find("batch.registration") == std::string::npos);
  CHECK(checked.output.find("batch.order") == std::string::npos);
  CHECK(checked.output.find("batch.duplicate.same-name") != std::string::npos); // a warning, for a person
}

TEST_CASE("a workbook keeping 附表2 and 附表4 as two sheets is both tables: checked, packed once, verified",
          "[cli]")
{
  TempDir temp;
  const auto district = copy_example("海淀区", temp.path() / "海淀区");
  copy_example("brand-compliant", district / "03-乐龄课堂");
  RunOptions options;
  options.cwd = temp.path();
  REQUIRE(nominate({"table", "海淀区", "-o", "海淀区/终身学习品牌项目推介登记表.xlsx", "-q"}, options)
              .exit_code == 0);
  // The two tables' rows, as check reads them, written into one workbook of two sheets.
  auto separate = check({"海淀区"}, options);
  REQUIRE(separate.exit_code == 0);
  const auto report = temp.path() / "report.json";
  std::ofstream(report) << separate.report.dump();
  std::filesystem::remove(district / "登记表.xlsx");
  std::filesystem::remove(district / "终身学习品牌项目推介登记表.xlsx");
  const std::filesystem::path script = NOMINATE_SOURCE_DIR "/tests/cli/two_sheet_workbook.py";
  auto made = run_tool({"python3", script.string(), report.string(), (district / "登记表.xlsx").string()});
  INFO(made.output);
  REQUIRE(made.exit_code == 0);

  auto checked = check({"海淀区"}, options);
  INFO(checked.output);
  CHECK(checked.exit_code == 0);
  CHECK(findings_of(checked.report, "material.missing").empty());
  CHECK(findings_of(checked.report, "batch.registration").empty());
  const auto& tables = checked.report["batch"][0]["registration"];
  REQUIRE(tables.size() == 2);
  CHECK(tables[0]["file"] == "登记表.xlsx");
  CHECK(tables[0]["sheet"] == "附表2");
  CHECK(tables[1]["file"] == "登记表.xlsx");
  CHECK(tables[1]["sheet"] == "附表4");
  CHECK(tables[1]["kind"] == "brand");

  auto packed = nominate({"pack", "海淀区", "-o", "out", "-q"}, options);
  INFO(packed.output);
  REQUIRE(packed.exit_code == 0);
  std::filesystem::path package;
  for (const auto& entry : std::filesystem::directory_iterator(temp.path() / "out")) {
    package = entry.path();
  }
  const auto listing = run_tool({"unzip", "-Z1", package.string()}).output;
  CHECK(listing.find("/data/登记表.xlsx\n") != std::string::npos);
  CHECK(listing.find("/data/登记表.xlsx\n", listing.find("/data/登记表.xlsx\n") + 1) == std::string::npos);
  CHECK(listing.find("推介登记表.xlsx") == std::string::npos); // nothing generated beside it
  CHECK(nominate({"verify", package.string(), "-q"}, options).exit_code == 0);
}

} // namespace nominate::test::cli

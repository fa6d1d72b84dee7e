// Packages written from a check's outcome: their names, what they hold, a BagIt validator's verdict, and the
// same bytes whatever -j.

#include "pack_fixtures.hpp"
#include "run_tool.hpp"
#include "temp_dir.hpp"

#include <nominate/pack/pack.hpp>
#include <nominate/pack/verify.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

namespace nominate::pack {
namespace {

bool has(const std::vector<std::string>& names, const std::string& name)
{
  return std::ranges::find(names, name) != names.end();
}

PackRequest request_into(const std::filesystem::path& output)
{
  PackRequest request;
  request.output_dir = output;
  request.tool_version = "test";
  return request;
}

} // namespace

TEST_CASE("a district packs into one BagIt bag in a zip that an independent validator accepts", "[pack]")
{
  nominate::test::TempDir temp;
  auto district = test::copy_example("海淀区", temp.path() / "in");
  auto outcome = test::check({district}, temp.path());
  REQUIRE(outcome.report.passed());
  auto result = write_packages(outcome, request_into(temp.path() / "out"), nullptr);
  REQUIRE(result);
  REQUIRE(result->written.size() == 1);
  auto zip = result->written.front();
  // Bagging-Date: without SOURCE_DATE_EPOCH, the as_of the check used (nominate.yaml's 2024-05-01).
  CHECK(zip.filename() == "海淀区-百姓学习之星-2024-05-01.zip");

  auto run = nominate::test::run_tool({"python3", NOMINATE_BAGIT_VALIDATE, zip.string()});
  INFO(run.output);
  CHECK(run.exit_code == 0);

  auto names = test::entry_names(zip);
  std::string root = "海淀区-百姓学习之星-2024-05-01/";
  CHECK(std::ranges::is_sorted(names));
  for (const char* name :
       {"bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt", "report.json",
        "检查报告.txt", "data/登记表.xlsx", "data/nominate.yaml", "data/01-张三/推介表.docx",
        "data/01-张三/事迹视频.mp4", "data/02-李四/证件照.jpg"}) {
    CHECK(has(names, root + name));
  }
  auto info = test::read_member(zip, root + "bag-info.txt");
  CHECK(info.find("Source-Organization: 海淀区\n") != std::string::npos);
  CHECK(info.find("Bagging-Date: 2024-05-01\n") != std::string::npos);
  CHECK(info.find("Nominate-Rules: national/star@2023\n") != std::string::npos);
  CHECK(info.find("Nominate-Revision: 1\n") != std::string::npos);
  auto report = test::read_member(zip, root + "检查报告.txt");
  CHECK(report.find("通过") != std::string::npos);
  CHECK(test::read_member(zip, root + "report.json").find("\"schema\": 1") != std::string::npos);
}

TEST_CASE("the package's bytes do not depend on -j, and the date comes from the request", "[pack]")
{
  nominate::test::TempDir temp;
  auto district = test::copy_example("海淀区", temp.path() / "in");
  auto one =
      write_packages(test::check({district}, temp.path(), 1), request_into(temp.path() / "j1"), nullptr);
  auto two =
      write_packages(test::check({district}, temp.path(), 2), request_into(temp.path() / "j2"), nullptr);
  REQUIRE(one);
  REQUIRE(two);
  CHECK(nominate::test::read_file(one->written.front()) == nominate::test::read_file(two->written.front()));

  auto dated = request_into(temp.path() / "dated");
  dated.bagging_date = core::Date{2024, 5, 1};
  dated.revision = 3;
  auto result = write_packages(test::check({district}, temp.path()), dated, nullptr);
  REQUIRE(result);
  CHECK(result->written.front().filename() == "海淀区-百姓学习之星-2024-05-01.zip");
  auto info = test::read_member(result->written.front(), "海淀区-百姓学习之星-2024-05-01/bag-info.txt");
  CHECK(info.find("Nominate-Revision: 3\n") != std::string::npos);
}

TEST_CASE("a district without a registration table gets one generated from the forms", "[pack]")
{
  nominate::test::TempDir temp;
  auto district = test::copy_example("海淀区", temp.path() / "in");
  std::filesystem::remove(district / "登记表.xlsx");
  auto outcome = test::check({district}, temp.path());
  auto result = write_packages(outcome, request_into(temp.path() / "out"), nullptr);
  REQUIRE(result);
  auto zip = result->written.front();
  auto names = test::entry_names(zip);
  CHECK(has(names, "海淀区-百姓学习之星-2024-05-01/data/百姓学习之星推介登记表.xlsx"));
  CHECK_FALSE(has(names, "海淀区-百姓学习之星-2024-05-01/data/登记表.xlsx"));
  CHECK(nominate::test::run_tool({"python3", NOMINATE_BAGIT_VALIDATE, zip.string()}).exit_code == 0);
}

TEST_CASE("a district of both kinds names them in one order, whichever folder comes first", "[pack]")
{
  nominate::test::TempDir temp;
  for (const char* first : {"01-乐龄课堂", "02-乐龄课堂"}) {
    INFO(first);
    const auto district = temp.path() / (std::string("in-") + first) / "西城区";
    std::filesystem::rename(test::copy_example("star-compliant", district),
                            district / (std::string(first) == "01-乐龄课堂" ? "02-张三" : "01-张三"));
    std::filesystem::rename(test::copy_example("brand-compliant", district), district / first);
    auto outcome = test::check({district}, temp.path());
    auto result = write_packages(outcome, request_into(temp.path() / (std::string("out-") + first)), nullptr);
    REQUIRE(result);
    REQUIRE(result->written.size() == 1);
    INFO(result->written.front().filename().string());
    CHECK(result->written.front().filename().string().starts_with("西城区-百姓学习之星和终身学习品牌项目-"));
  }
}

TEST_CASE("--per submission gives one package per nomination, named by its order and name", "[pack]")
{
  nominate::test::TempDir temp;
  auto district = test::copy_example("海淀区", temp.path() / "in");
  auto request = request_into(temp.path() / "out");
  request.split = Split::per_submission;
  auto result = write_packages(test::check({district}, temp.path()), request, nullptr);
  REQUIRE(result);
  REQUIRE(result->written.size() == 2);
  CHECK(result->written[0].filename() == "01-张三.zip");
  CHECK(result->written[1].filename() == "02-李四.zip");
  auto names = test::entry_names(result->written[0]);
  CHECK(has(names, "01-张三/data/推介表.docx"));
  CHECK(
      nominate::test::run_tool({"python3", NOMINATE_BAGIT_VALIDATE, result->written[0].string()}).exit_code ==
      0);
}

TEST_CASE("a file name Windows cannot keep is renamed in the package and the rename is recorded", "[pack]")
{
  nominate::test::TempDir temp;
  auto submission = test::copy_example("star-compliant", temp.path() / "in");
  std::filesystem::rename(submission / "生活照.jpg", submission / "生活照:春节.jpg");
  auto outcome = test::check({submission}, temp.path());
  auto result = write_packages(outcome, request_into(temp.path() / "out"), nullptr);
  REQUIRE(result);
  REQUIRE(result->packages.front().renames.size() == 1);
  CHECK(result->packages.front().renames.front().to == "生活照_春节.jpg");
  auto zip = result->written.front();
  auto bag = zip.stem().string();
  CHECK(has(test::entry_names(zip), bag + "/data/生活照_春节.jpg"));
  CHECK(test::read_member(zip, bag + "/bag-info.txt")
            .find("Nominate-Renamed: 生活照:春节.jpg -> 生活照_春节.jpg") != std::string::npos);
  // …and in the package's check reports, where the office above reads it.
  CHECK(test::read_member(zip, bag + "/检查报告.txt")
            .find("“生活照:春节.jpg”在材料包中改名为“生活照_春节.jpg”") != std::string::npos);
  const auto json = test::read_member(zip, bag + "/report.json");
  CHECK(json.find("\"rule\": \"package.renamed\"") != std::string::npos);
  CHECK(json.find("\"severity\": \"info\"") != std::string::npos);
  CHECK(json.find("\"message_id\": \"package.renamed.windows\"") != std::string::npos);
  CHECK(std::filesystem::exists(submission / "生活照:春节.jpg")); // the input is untouched
}

TEST_CASE("a submission folder renamed in a district's package is recorded as a file is", "[pack]")
{
  nominate::test::TempDir temp;
  auto district = test::copy_example("海淀区", temp.path() / "in" / "海淀区");
  std::filesystem::rename(district / "02-李四", district / "02-李四.");
  auto outcome = test::check({district}, temp.path());
  auto result = write_packages(outcome, request_into(temp.path() / "out"), nullptr);
  REQUIRE(result);
  const auto& renames = result->packages.front().renames;
  REQUIRE(std::ranges::count_if(renames, [](const auto& rename) { return rename.from == "02-李四."; }) == 1);
  CHECK(std::ranges::find(renames, "02-李四.", &Rename::from)->to == "02-李四");
  auto zip = result->written.front();
  CHECK(test::read_member(zip, zip.stem().string() + "/bag-info.txt")
            .find("Nominate-Renamed: 02-李四. -> 02-李四") != std::string::npos);
}

TEST_CASE("a name with an emoji from a phone packs into a package verify accepts", "[pack]")
{
  nominate::test::TempDir temp;
  auto submission = test::copy_example("star-compliant", temp.path() / "in");
  std::filesystem::rename(submission / "生活照.jpg", submission / "生活照\u2764\uFE0F.jpg");
  auto outcome = test::check({submission}, temp.path());
  auto result = write_packages(outcome, request_into(temp.path() / "out"), nullptr);
  REQUIRE(result);
  auto zip = result->written.front();
  CHECK(has(test::entry_names(zip), zip.stem().string() + "/data/生活照\u2764.jpg"));
  auto bytes = nominate::test::read_file(zip);
  auto findings = inspect_zip(std::vector<std::uint8_t>(bytes.begin(), bytes.end()), {});
  for (const auto& finding : findings) {
    INFO(finding.message_id);
    CHECK(finding.severity != core::Severity::error);
  }
}

TEST_CASE("an output folder inside an input folder is refused before anything is written", "[pack]")
{
  nominate::test::TempDir temp;
  auto district = test::copy_example("海淀区", temp.path() / "in");
  auto result =
      write_packages(test::check({district}, temp.path()), request_into(district / "上报"), nullptr);
  REQUIRE_FALSE(result);
  CHECK(result.error().code == core::ErrorCode::invalid_argument);
  CHECK_FALSE(std::filesystem::exists(district / "上报"));
}

TEST_CASE("two submissions that map to the same package name are refused", "[pack]")
{
  nominate::test::TempDir temp;
  auto district = test::copy_example("海淀区", temp.path() / "in");
  auto request = request_into(temp.path() / "out");
  request.split = Split::per_submission;
  request.name_pattern = "{district}.zip";
  auto result = write_packages(test::check({district}, temp.path()), request, nullptr);
  REQUIRE_FALSE(result);
  CHECK(result.error().message.find("海淀区.zip") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(temp.path() / "out"));
}

TEST_CASE("sizes parse in powers of 1024 and --max-size names the heaviest files", "[pack]")
{
  CHECK(parse_size("50M") == 50u << 20);
  CHECK(parse_size("2G") == 2ull << 30);
  CHECK(parse_size("500k") == 500u << 10);
  CHECK(parse_size("1048576") == 1048576u);
  CHECK_FALSE(parse_size("lots"));
  CHECK_FALSE(parse_size("50")); // surely 50M: as bytes every file would be over it
  CHECK(parse_size("1024") == 1024u);
  CHECK_FALSE(parse_size("99999999999999999999G"));          // too many digits
  CHECK_FALSE(parse_size("99999999999G"));                   // 11 digits, but past 2^64 bytes once shifted
  CHECK(parse_size("17179869183G") == 17179869183ull << 30); // the largest that fits
  nominate::test::TempDir temp;
  auto district = test::copy_example("海淀区", temp.path() / "in");
  auto plans = plan_packages(test::check({district}, temp.path()), request_into(temp.path() / "out"));
  REQUIRE(plans);
  auto warnings = size_warnings(*plans, 100 * 1024);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings.front().find("事迹视频.mp4") != std::string::npos);
  CHECK(warnings.front().find("heaviest") != std::string::npos);
  // In Chinese, no English word: the clerk reads it whole.
  auto zh = size_warnings(*plans, 100 * 1024, core::Language::zh);
  REQUIRE(zh.size() == 1);
  INFO(zh.front());
  CHECK(zh.front().find("超过 0.1 MB；最大的文件：") != std::string::npos);
  CHECK(zh.front().find("事迹视频.mp4（") != std::string::npos);
  CHECK(zh.front().find("heaviest") == std::string::npos);
  CHECK(zh.front().find("about") == std::string::npos);
  CHECK(size_warnings(*plans, std::nullopt).empty());
}

} // namespace nominate::pack

namespace nominate::pack {

TEST_CASE("the days left to a deadline do not change the package's bytes", "[pack]")
{
  nominate::test::TempDir temp;
  auto submission = test::copy_example("beijing-star-compliant", temp.path() / "in");
  auto outcome = test::check({submission}, temp.path());
  outcome.report.submissions[0].days_left = 5;
  auto first = write_packages(outcome, request_into(temp.path() / "a"), nullptr);
  outcome.report.submissions[0].days_left = 4;
  auto second = write_packages(outcome, request_into(temp.path() / "b"), nullptr);
  REQUIRE(first);
  REQUIRE(second);
  CHECK(nominate::test::read_file(first->written.front()) ==
        nominate::test::read_file(second->written.front()));
}

} // namespace nominate::pack

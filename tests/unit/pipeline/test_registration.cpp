#include "district_tables.hpp"
#include "folder_fixtures.hpp"
#include "pipeline_helpers.hpp"
#include "temp_dir.hpp"

#include <nominate/messages/render.hpp>
#include <nominate/office/legacy.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <run_tool.hpp>
#include <tuple>

using nominate::test::copy_example;
using nominate::test::find_rule;
using nominate::test::request_for;
using nominate::test::TempDir;

namespace {

const std::vector<nominate::core::Finding>& district_findings(const nominate::pipeline::CheckOutcome& outcome)
{
  REQUIRE(outcome.report.batch.size() == 1);
  return outcome.report.batch.front().findings;
}

} // namespace

TEST_CASE("the registration table is read and agrees with the forms of a sound district", "[pipeline]")
{
  TempDir temp;
  copy_example("海淀区", temp.path() / "海淀区");
  auto outcome = nominate::pipeline::check_paths(request_for({(temp.path() / "海淀区").string()}), nullptr);
  REQUIRE(outcome.errors.empty());
  CHECK(district_findings(outcome).empty());
  const auto& tables = outcome.report.batch.front().registrations;
  REQUIRE(tables.size() == 1);
  CHECK(tables.front().kind == "star");
  REQUIRE(tables.front().rows.size() == 2);
  CHECK(tables.front().rows[1].order == 2);
}

TEST_CASE("a nominee listed in the registration table without a folder is reported", "[pipeline]")
{
  TempDir temp;
  copy_example("海淀区", temp.path() / "海淀区");
  std::filesystem::remove_all(temp.path() / "海淀区" / "02-李四");
  auto outcome = nominate::pipeline::check_paths(request_for({(temp.path() / "海淀区").string()}), nullptr);
  const auto* finding = find_rule(district_findings(outcome), "batch.registration");
  REQUIRE(finding != nullptr);
  CHECK(finding->message_id == "batch.registration.unknown");
  CHECK(finding->args.at("name") == "李四");
  CHECK(finding->file == "登记表.xlsx");
  REQUIRE(finding->location);
  CHECK(finding->location->sheet == "登记表");
}

TEST_CASE("a form that disagrees with its registration row is a mismatch naming the column", "[pipeline]")
{
  TempDir temp;
  copy_example("海淀区", temp.path() / "海淀区");
  // nomination.yaml overrides the form: the table still says 男.
  temp.write("海淀区/01-张三/nomination.yaml", "fields:\n  性别: 女\n");
  auto outcome = nominate::pipeline::check_paths(request_for({(temp.path() / "海淀区").string()}), nullptr);
  const auto* finding = find_rule(district_findings(outcome), "batch.registration");
  REQUIRE(finding != nullptr);
  CHECK(finding->message_id == "batch.registration.mismatch");
  CHECK(finding->args.at("column") == "性别");
  CHECK(finding->expected == "女");
  CHECK(finding->actual == "男");
  CHECK(finding->severity == nominate::core::Severity::error);
}

TEST_CASE("a folder numbered against the table's 推介序号 is a warning", "[pipeline]")
{
  TempDir temp;
  copy_example("海淀区", temp.path() / "海淀区");
  std::filesystem::rename(temp.path() / "海淀区" / "01-张三", temp.path() / "海淀区" / "03-张三");
  auto outcome = nominate::pipeline::check_paths(request_for({(temp.path() / "海淀区").string()}), nullptr);
  const auto* finding = find_rule(district_findings(outcome), "batch.order");
  REQUIRE(finding != nullptr);
  CHECK(finding->severity == nominate::core::Severity::warning);
  CHECK(finding->expected == "1");
  CHECK(finding->actual == "2"); // second in folder order, after 02-李四
}

TEST_CASE("a gap in the folders' numbers (02-… withdrawn) agrees with a table numbered 1, 2", "[pipeline]")
{
  // As `nominate table` numbers the rows: 03-李四 is the second nominee, whatever its folder's number.
  TempDir temp;
  copy_example("海淀区", temp.path() / "海淀区");
  std::filesystem::rename(temp.path() / "海淀区" / "02-李四", temp.path() / "海淀区" / "03-李四");
  auto outcome = nominate::pipeline::check_paths(request_for({(temp.path() / "海淀区").string()}), nullptr);
  CHECK(find_rule(district_findings(outcome), "batch.order") == nullptr);
  CHECK(find_rule(district_findings(outcome), "batch.registration") == nullptr);
}

TEST_CASE("事迹特别感人 in the registration table's 备注 marks the nomination special", "[pipeline]")
{
  TempDir temp;
  const auto district = temp.path() / "海淀区";
  copy_example("海淀区", district);
  // 张三 brings his 2 photos and 4 related ones (seed 000, 报送材料 3: 相关照片 3-5张), each another picture:
  // a copy of one file would count once (material.ambiguous.copy).
  for (int i = 2; i <= 5; ++i) {
    std::filesystem::copy_file(nominate::test::photo(640 + i, 480),
                               district / "01-张三" / ("生活照" + std::to_string(i) + ".jpg"));
  }
  std::filesystem::remove(district / "01-张三" / "事迹视频.mp4");

  SECTION("marked in the .xlsx table: the six photos are what a special nomination brings")
  {
    auto rows = nominate::test::haidian_rows();
    rows[0].note = GENERATE(as<std::string>{}, "事迹特别感人", "非遗传承事迹特别感人",
                            "扎根社区无私奉献事迹特别感人", "事迹特别感人 无私奉献30年");
    nominate::test::write_star_table(district / "登记表.xlsx", rows);
    auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
    REQUIRE(outcome.errors.empty());
    const auto& zhang = outcome.report.submissions.front();
    CHECK(find_rule(zhang.findings, "material.count") == nullptr);
  }
  SECTION("not marked, or marked as not special: six photos are too many for a star")
  {
    auto rows = nominate::test::haidian_rows();
    rows[0].note =
        GENERATE(as<std::string>{}, "", "非事迹特别感人", "不属于事迹特别感人的推介", "未推介为事迹特别感人",
                 "事迹特别感人：否", "事迹特别感人: 无", "事迹特别感人 : 否");
    nominate::test::write_star_table(district / "登记表.xlsx", rows);
    auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
    const auto* count = find_rule(outcome.report.submissions.front().findings, "material.count");
    REQUIRE(count != nullptr);
    CHECK(count->message_id == "material.count.too-many");
  }
  SECTION("marked special, but only the usual 2 photos and no video: what is missing, in numbers")
  {
    for (int i = 2; i <= 5; ++i) {
      std::filesystem::remove(district / "01-张三" / ("生活照" + std::to_string(i) + ".jpg"));
    }
    auto rows = nominate::test::haidian_rows();
    rows[0].note = "推介为事迹特别感人的百姓学习之星";
    rows[0].video = "无";
    nominate::test::write_star_table(district / "登记表.xlsx", rows);
    auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
    const auto* count = find_rule(outcome.report.submissions.front().findings, "material.count");
    REQUIRE(count != nullptr);
    CHECK(count->message_id == "material.count.special-too-few");
    auto text = nominate::messages::render(*count, nominate::core::Language::zh).message;
    CHECK_THAT(text, Catch::Contains("另交相关照片 3–5 张"));
    CHECK_THAT(text, Catch::Contains("现有照片 2 张"));
    CHECK(text.find("—") == std::string::npos);
  }
}

TEST_CASE("the registration table's cells as Excel keeps them: a date cell is a date, a phone in scientific "
          "notation is said to be one, each finding names its real column",
          "[pipeline]")
{
  TempDir temp;
  const auto district = temp.path() / "海淀区";
  copy_example("海淀区", district);
  auto rows = nominate::test::haidian_rows();

  SECTION("a date cell shown with a time agrees with 1968年7月")
  {
    rows[0].birth_text.clear();
    rows[0].birth = lxw_datetime{1968, 7, 1, 0, 0, 0};
    rows[1].phone_text.clear();
    rows[1].phone = 13661207748.0; // a number cell
    nominate::test::write_star_table(district / "登记表.xlsx", rows);
    auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
    REQUIRE(outcome.errors.empty());
    CHECK(district_findings(outcome).empty());
    const auto& table = outcome.report.batch.front().registrations.front();
    CHECK(table.rows.front().values[7] == std::pair<std::string, std::string>{"出生年月日", "1968-07-01"});
  }
  SECTION("a phone typed as 1.38011E+10")
  {
    rows[0].phone_text = "1.38011E+10";
    nominate::test::write_star_table(district / "登记表.xlsx", rows);
    auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
    const auto* finding = find_rule(district_findings(outcome), "batch.registration");
    REQUIRE(finding != nullptr);
    CHECK(finding->message_id == "batch.registration.scientific");
    REQUIRE(finding->location);
    CHECK(finding->location->cell == "L3"); // 联系电话, the row of 张三
    auto text = nominate::messages::render(*finding, nominate::core::Language::zh).message;
    CHECK_THAT(text, Catch::Contains("科学计数法"));
  }
  SECTION("a phone number cell Excel shows in scientific notation, its digits whole or lost")
  {
    // Whole digits shown as 1.38E+10 print so on the stamped paper table; 13801100000 shown as 1.38011E+10
    // lost its last digits in a CSV round trip. Either is said to be scientific notation, in its cell.
    for (const auto& [stored, format, shown] : std::vector<std::tuple<double, std::string, std::string>>{
             {13801125634.0, "0.00E+00", "1.38E+10"}, {13801100000.0, "0.00000E+00", "1.38011E+10"}}) {
      rows[0].phone_text.clear();
      rows[0].phone = stored;
      rows[0].phone_format = format;
      nominate::test::write_star_table(district / "登记表.xlsx", rows);
      auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
      const auto* finding = find_rule(district_findings(outcome), "batch.registration");
      INFO(format);
      REQUIRE(finding != nullptr);
      CHECK(finding->message_id == "batch.registration.scientific");
      CHECK(finding->args.at("table_value") == shown);
      REQUIRE(finding->location);
      CHECK(finding->location->cell == "L3");
    }
  }
  SECTION("a mismatch points at its own column, and the Chinese text names the field by its label")
  {
    rows[1].gender = "男";
    nominate::test::write_star_table(district / "登记表.xlsx", rows);
    auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
    const auto* finding = find_rule(district_findings(outcome), "batch.registration");
    REQUIRE(finding != nullptr);
    REQUIRE(finding->location);
    CHECK(finding->location->cell == "F4"); // 性别 of 李四, not A4
    CHECK(outcome.report.batch.front().field_labels.at("gender") == "性别");
  }
  SECTION("有无视频材料 against the folder")
  {
    rows[0].video = "无"; // 张三's folder holds a video
    std::filesystem::remove(district / "02-李四" / "事迹视频.mp4");
    nominate::test::write_star_table(district / "登记表.xlsx", rows); // 李四: 有
    auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
    std::vector<std::string> ids;
    for (const auto& finding : district_findings(outcome)) {
      ids.push_back(finding.message_id);
      if (finding.message_id.starts_with("batch.registration.video")) {
        REQUIRE(finding.location);
        CHECK(finding.location->cell.value_or("").substr(0, 1) == "K");
      }
    }
    std::sort(ids.begin(), ids.end());
    CHECK(ids ==
          std::vector<std::string>{"batch.registration.video-absent", "batch.registration.video-unlisted"});
  }
}

TEST_CASE("a table in other cities' words, its header over two rows, agrees with the forms it lists",
          "[pipeline]")
{
  TempDir temp;
  const auto district = temp.path() / "海淀区";
  copy_example("海淀区", district);
  auto rows = nominate::test::haidian_rows();
  std::vector<std::string> units{"XX物业服务有限公司", "XX家政服务有限公司"};
  std::vector<std::string> positions{"维修班班长", "培训主管"};

  SECTION("as the forms say: no finding, no row taken from the header, the repeated header or the total")
  {
    nominate::test::write_city_star_table(district / "登记表.xlsx", rows, units, positions);
    auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
    REQUIRE(outcome.errors.empty());
    CHECK(district_findings(outcome).empty());
    const auto& table = outcome.report.batch.front().registrations.front();
    CHECK(table.rows.size() == 2);
  }
  SECTION("a 职称 or a phone that disagrees is a mismatch naming the column and the nominee's own field")
  {
    positions[0] = "保洁员";
    rows[1].phone_text = "010-62345678"; // the filler's number, not 李四's
    nominate::test::write_city_star_table(district / "登记表.xlsx", rows, units, positions);
    auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
    std::map<std::string, nominate::core::Finding> by_column;
    for (const auto& finding : district_findings(outcome)) {
      REQUIRE(finding.message_id == "batch.registration.mismatch");
      by_column.emplace(finding.args.at("column"), finding);
    }
    REQUIRE(by_column.size() == 2);
    CHECK(by_column.at("职称").args.at("name") == "张三");
    CHECK(by_column.at("职称").actual == "保洁员");
    CHECK(by_column.at("联系方式").field != std::optional<std::string>("filler_phone"));
    CHECK(by_column.at("联系方式").args.at("name") == "李四");
  }
}

TEST_CASE("a legacy .xls registration table is converted with LibreOffice, like a .doc form",
          "[pipeline][soffice]")
{
  const auto soffice = nominate::office::find_soffice("/usr/local/bin:/usr/bin:/bin");
  REQUIRE(soffice);
  TempDir temp;
  TempDir work;
  const auto district = temp.path() / "海淀区";
  copy_example("海淀区", district);
  // The .xls made by LibreOffice from the district's own table.
  auto run = nominate::test::run_tool(
      {"soffice", "-env:UserInstallation=file://" + (work.path() / "profile").string(), "--headless",
       "--norestore", "--convert-to", "xls:MS Excel 97", "--outdir", (work.path() / "out").string(),
       (district / "登记表.xlsx").string()});
  INFO(run.output);
  REQUIRE(std::filesystem::is_regular_file(work.path() / "out" / "登记表.xls"));
  std::filesystem::remove(district / "登记表.xlsx");
  std::filesystem::copy_file(work.path() / "out" / "登记表.xls", district / "登记表.xls");

  auto request = request_for({district.string()});
  SECTION("with LibreOffice: read, a warning that it was converted")
  {
    request.load.soffice = *soffice;
    request.load.work_dir = work.path() / "conversions";
    auto outcome = nominate::pipeline::check_paths(request, nullptr);
    REQUIRE(outcome.errors.empty());
    REQUIRE(outcome.report.batch.front().registrations.size() == 1);
    CHECK(outcome.report.batch.front().registrations.front().rows.size() == 2);
    const auto* legacy = find_rule(district_findings(outcome), "material.legacy-format");
    REQUIRE(legacy != nullptr);
    CHECK(legacy->severity == nominate::core::Severity::warning);
    CHECK(find_rule(district_findings(outcome), "batch.registration") == nullptr);
  }
  SECTION("without: an error saying how to convert it")
  {
    auto outcome = nominate::pipeline::check_paths(request, nullptr);
    const auto* legacy = find_rule(district_findings(outcome), "material.legacy-format");
    REQUIRE(legacy != nullptr);
    CHECK(legacy->severity == nominate::core::Severity::error);
    CHECK_THAT(legacy->args.at("command"), Catch::Contains("xlsx"));
  }
}

TEST_CASE("a folder whose form is missing is still found in the table, by its folder's name", "[pipeline]")
{
  TempDir temp;
  const auto district = temp.path() / "海淀区";
  copy_example("海淀区", district);
  std::filesystem::remove(district / "01-张三" / "推介表.docx");
  auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
  // The missing form is the submission's own error; the table's row of 张三 is his, not an unknown name.
  for (const auto& finding : district_findings(outcome)) {
    INFO(finding.message_id);
    CHECK(finding.rule != "batch.registration");
  }
}

TEST_CASE("a folder whose form is damaged is still found in the table; none is said to be missing from it",
          "[pipeline]")
{
  TempDir temp;
  const auto district = temp.path() / "海淀区";
  copy_example("海淀区", district);
  const auto form = district / "02-李四" / "推介表.docx";
  const auto bytes = nominate::test::read_file(form);
  {
    std::ofstream out(form, std::ios::binary | std::ios::trunc);
    out << bytes.substr(0, 3000); // cut short: no Word document any more
  }
  auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
  for (const auto& finding : district_findings(outcome)) {
    INFO(finding.message_id);
    CHECK(finding.rule != "batch.registration");
  }
}

TEST_CASE("the same nominee sent twice is a duplicate, not a name missing from the table", "[pipeline]")
{
  TempDir temp;
  const auto district = temp.path() / "海淀区";
  copy_example("海淀区", district);
  std::filesystem::copy(district / "01-张三", district / "张三 修改版",
                        std::filesystem::copy_options::recursive);
  auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
  const auto& findings = district_findings(outcome);
  CHECK(find_rule(findings, "batch.duplicate") != nullptr);
  for (const auto& finding : findings) {
    INFO(finding.message_id);
    CHECK(finding.message_id != "batch.registration.missing");
  }
}

TEST_CASE("two people of one name, told apart by 出生年月, each need their row", "[pipeline]")
{
  TempDir temp;
  const auto district = temp.path() / "海淀区";
  copy_example("海淀区", district);
  std::filesystem::copy(district / "01-张三", district / "03-张三", std::filesystem::copy_options::recursive);
  std::ofstream(district / "03-张三" / "nomination.yaml") << "fields:\n  birth: 1972年8月\n";
  auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
  const auto& findings = district_findings(outcome);
  const auto missing = std::ranges::find_if(
      findings, [](const auto& finding) { return finding.message_id == "batch.registration.missing"; });
  REQUIRE(missing != findings.end());
  CHECK(missing->args.at("name") == "张三");
}

TEST_CASE("a damaged form does not renumber the nominees after it", "[pipeline]")
{
  // 01-张三 (star), 02-乐龄课堂 (project), 03-王五 (form cut short), 04-李四 (star): 李四 is star number 2.
  TempDir temp;
  const auto district = temp.path() / "海淀区";
  copy_example("海淀区", district);
  std::filesystem::rename(district / "02-李四", district / "04-李四");
  copy_example("brand-compliant", district / "02-乐龄课堂");
  copy_example("海淀区/01-张三", district / "03-王五");
  std::ofstream(district / "03-王五" / "推介表.docx", std::ios::trunc) << "PK\x03\x04 cut short";
  auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
  for (const auto& finding : district_findings(outcome)) {
    INFO(finding.message_id);
    CHECK(finding.rule != "batch.order");
    CHECK(finding.rule != "batch.registration");
  }
}

TEST_CASE("a minority's name matches its registration row whatever dot separates its parts", "[pipeline]")
{
  TempDir temp;
  const auto district = temp.path() / "海淀区";
  copy_example("海淀区", district);
  temp.write("海淀区/01-张三/nomination.yaml", "fields:\n  姓名: 阿依古丽\u00B7买买提\n");
  auto rows = nominate::test::haidian_rows();
  rows[0].name = GENERATE(as<std::string>{}, "阿依古丽\u2022买买提", "阿依古丽\u30FB买买提",
                          "阿依古丽\uFF0E买买提", "阿依古丽.买买提");
  INFO(rows[0].name);
  nominate::test::write_star_table(district / "登记表.xlsx", rows);
  auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
  REQUIRE(outcome.errors.empty());
  CHECK(district_findings(outcome).empty());
}

TEST_CASE("in a district of stars and projects, 附表2 numbers the stars from 1", "[pipeline]")
{
  TempDir temp;
  const auto district = temp.path() / "海淀区";
  copy_example("海淀区", district);
  std::filesystem::rename(district / "02-李四", district / "03-李四");
  std::filesystem::rename(district / "01-张三", district / "02-张三");
  copy_example("brand-compliant", district / "01-乐龄课堂");
  auto order_findings = [&] {
    auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
    std::vector<nominate::core::Finding> out;
    for (const auto& finding : district_findings(outcome)) {
      if (finding.rule == "batch.order") {
        out.push_back(finding);
      }
    }
    return out;
  };
  // 张三 is star 1 and 李四 star 2, as `nominate table` numbers them, though their folders are 02 and 03.
  CHECK(order_findings().empty());
  // Listed the other way round, 李四 (folder 03, the second star) is number 1: the table disagrees. (张三,
  // number 2 and folder 02, agrees with one numbering, and is left alone.)
  auto rows = nominate::test::haidian_rows();
  std::swap(rows[0], rows[1]);
  nominate::test::write_star_table(district / "登记表.xlsx", rows);
  auto swapped = order_findings();
  REQUIRE(swapped.size() == 1);
  CHECK(swapped.front().args.at("name") == "李四");
  CHECK(swapped.front().args.at("table_order") == "1");
  CHECK(swapped.front().args.at("folder_order") == "2");
}

TEST_CASE("a district folder holding only its table is no pass: nothing to check or to send", "[pipeline]")
{
  TempDir temp;
  const auto district = temp.path() / "海淀区";
  copy_example("海淀区", district);
  std::filesystem::remove_all(district / "01-张三");
  std::filesystem::remove_all(district / "02-李四");
  auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
  CHECK_FALSE(outcome.report.passed());
  std::vector<std::string> ids;
  for (const auto& finding : district_findings(outcome)) {
    ids.push_back(finding.message_id);
  }
  std::sort(ids.begin(), ids.end());
  CHECK(ids == std::vector<std::string>{"batch.registration.unknown", "batch.registration.unknown",
                                        "material.missing.submissions"});
}

TEST_CASE("a registration table saved as .ods, or an .xls named .xlsx, is converted as a spreadsheet",
          "[pipeline][soffice]")
{
  const auto soffice = nominate::office::find_soffice("/usr/local/bin:/usr/bin:/bin");
  REQUIRE(soffice);
  TempDir temp;
  TempDir work;
  const auto district = temp.path() / "海淀区";
  copy_example("海淀区", district);
  const auto [convert_to, made, named] = GENERATE(
      std::tuple<std::string, std::string, std::string>{"ods:calc8", "登记表.ods", "登记表.ods"},
      std::tuple<std::string, std::string, std::string>{"xls:MS Excel 97", "登记表.xls", "登记表.xlsx"});
  INFO(named);
  auto run = nominate::test::run_tool({"soffice",
                                       "-env:UserInstallation=file://" + (work.path() / "profile").string(),
                                       "--headless", "--norestore", "--convert-to", convert_to, "--outdir",
                                       (work.path() / "out").string(), (district / "登记表.xlsx").string()});
  INFO(run.output);
  REQUIRE(std::filesystem::is_regular_file(work.path() / "out" / made));
  std::filesystem::remove(district / "登记表.xlsx");
  std::filesystem::copy_file(work.path() / "out" / made, district / named);
  auto request = request_for({district.string()});
  request.load.soffice = *soffice;
  request.load.work_dir = work.path() / "conversions";
  auto outcome = nominate::pipeline::check_paths(request, nullptr);
  REQUIRE(outcome.errors.empty());
  REQUIRE(outcome.report.batch.front().registrations.size() == 1);
  CHECK(outcome.report.batch.front().registrations.front().rows.size() == 2);
  CHECK(find_rule(district_findings(outcome), "batch.registration") == nullptr);
}

TEST_CASE("附表4 agrees with the form when it gives the start of the period, and the name with other quotes",
          "[pipeline]")
{
  // The notice's 附表4 asks for 起始时间: the table says 2019.03 where the form says 2019年3月至今, and its
  // project name was typed with straight quotes where the form has “”.
  TempDir temp;
  const auto district = temp.path() / "朝阳区";
  copy_example("brand-compliant", district / "01-乐龄课堂");
  auto write_table = [&](const std::string& name, const std::string& start) {
    std::ofstream out(district / "品牌项目推介登记表.csv", std::ios::binary);
    out << "序号,品牌项目名称,主办单位,起始时间,参与人数（人次）,所附材料,地址,联系电话,备注\n"
        << "1," << name << ",XX区社区学院," << start
        << ",年均线下2600人次,总结、照片,XX路1号,010-82345678,\n";
  };
  auto registration_findings = [&] {
    auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
    std::vector<nominate::core::Finding> out;
    for (const auto& finding : district_findings(outcome)) {
      if (finding.rule == "batch.registration") {
        out.push_back(finding);
      }
    }
    return out;
  };
  for (const char* start : {"2019.03", "2019年3月", "2019-03"}) {
    INFO(start);
    write_table("\"XX社区学院\"\"乐龄课堂\"\"\"", start);
    CHECK(registration_findings().empty());
  }
  write_table("XX社区学院《乐龄课堂》", "2019年3月");
  CHECK(registration_findings().empty());
  // Another start is still a mismatch, naming the column.
  write_table("XX社区学院“乐龄课堂”", "2020年9月");
  auto found = registration_findings();
  REQUIRE(found.size() == 1);
  CHECK(found.front().message_id == "batch.registration.mismatch");
  CHECK(found.front().args.at("column") == "起始时间");
}

TEST_CASE("a registration cell of megabytes is quoted shortened, not in full", "[pipeline]")
{
  // A CSV whose quote is never closed runs to the end of the file: one cell of all the rest.
  TempDir temp;
  const auto district = temp.path() / "朝阳区";
  copy_example("brand-compliant", district / "01-乐龄课堂");
  {
    std::ofstream out(district / "品牌项目推介登记表.csv", std::ios::binary);
    out << "序号,品牌项目名称,主办单位,起始时间\n1,XX社区学院“乐龄课堂”," << std::string(1 << 20, 'x')
        << ",2019.03\n";
  }
  auto outcome = nominate::pipeline::check_paths(request_for({district.string()}), nullptr);
  const auto* finding = find_rule(district_findings(outcome), "batch.registration");
  REQUIRE(finding != nullptr);
  CHECK(finding->args.at("table_value").size() < 300);
  CHECK(finding->actual.size() < 300);
  const auto text = nominate::messages::render(*finding, nominate::core::Language::zh).message;
  CHECK(text.size() < 1000);
  CHECK_THAT(text, Catch::Contains("xxxx…"));
}

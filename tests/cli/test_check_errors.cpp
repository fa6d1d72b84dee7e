// When `nominate check` cannot do its job (exit 2), and when what is wrong lies inside a folder (a finding,
// exit 1 — never exit 2, never a crash).

#include "cli_runner.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <regex>

namespace nominate::test::cli {

TEST_CASE("a path that is missing or not a folder exits 2", "[cli]")
{
  TempDir temp;
  auto missing = nominate({"check", (temp.path() / "no-such-folder").string()});
  CHECK(missing.exit_code == 2);
  CHECK(missing.output.find("no-such-folder") != std::string::npos);
  auto file = nominate({"check", "star-compliant/推介表.docx"});
  CHECK(file.exit_code == 2);
  CHECK(file.output.find("推介表.docx") != std::string::npos);
}

TEST_CASE("a folder name with a space, not quoted, is named whole with the quotes to add", "[cli]")
{
  TempDir temp;
  copy_example("star-compliant", temp.path() / "01 张三");
  auto run = nominate({"check", "01", "张三", "--lang", "zh"}, in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.exit_code == 2);
  CHECK(run.output.find("路径“01 张三”中有空格") != std::string::npos);
  CHECK(run.output.find("写成 \"01 张三\"") != std::string::npos);
  auto quoted = nominate({"check", "01 张三", "-q"}, in_folder(temp.path()));
  CHECK(quoted.exit_code == 0);
  // When 01 and 张三 are folders too, the run that exists joined is not what went wrong: the missing one is.
  std::filesystem::create_directory(temp.path() / "01");
  std::filesystem::create_directory(temp.path() / "张三");
  auto missing = nominate({"check", "01", "张三", "没有这个", "--lang", "zh"}, in_folder(temp.path()));
  INFO(missing.output);
  CHECK(missing.exit_code == 2);
  CHECK(missing.output.find("中有空格") == std::string::npos);
  CHECK(missing.output.find("没有这个") != std::string::npos);
}

TEST_CASE("a broken rule file exits 2 and names the file and line", "[cli]")
{
  TempDir temp;
  auto rules = temp.write("bad.yaml", "id: broken\nedition: \"1\"\nfields: [\n  {id: name\n");
  auto run = nominate({"check", "--rules", rules.string(), "star-compliant"});
  INFO(run.output);
  CHECK(run.exit_code == 2);
  CHECK(std::regex_search(run.output, std::regex(R"(bad\.yaml:\d+)")));
}

TEST_CASE("bad arguments exit 2", "[cli]")
{
  CHECK(nominate({"check", "--rules", "national/no-such-rules", "star-compliant"}).exit_code == 2);
  CHECK(nominate({"check", "--format", "pdf", "star-compliant"}).exit_code == 2);
  CHECK(nominate({"check", "--lang", "fr", "star-compliant"}).exit_code == 2);
  CHECK(nominate({"check", "--as-of", "yesterday", "star-compliant"}).exit_code == 2);
  CHECK(nominate({"check"}).exit_code == 2);
  CHECK(nominate({"no-such-subcommand"}).exit_code == 2);
}

TEST_CASE("an empty folder: no rule set can be chosen unless --rules names one", "[cli]")
{
  TempDir temp;
  std::filesystem::create_directories(temp.path() / "empty");
  SECTION("without --rules it exits 2 and names the ways to choose a rule set")
  {
    auto run = nominate({"check", "empty"}, in_folder(temp.path()));
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(run.output.find("--rules") != std::string::npos);
    CHECK(run.output.find("nomination.yaml") != std::string::npos);
  }
  SECTION("with --rules it is a submission missing everything: exit 1")
  {
    auto run = check({"--rules", "national/star", "empty"}, in_folder(temp.path()));
    INFO(run.output);
    REQUIRE(!run.report.is_null());
    CHECK(run.exit_code == 1);
    CHECK(rule_ids(run.report, "error").contains("material.missing"));
  }
}

TEST_CASE("a damaged video or photo inside a folder is a finding, not a failure of the tool", "[cli]")
{
  TempDir temp;
  auto folder = copy_example("star-compliant", temp.path() / "star");
  SECTION("a video cut short")
  {
    auto bytes = read_file(folder / "事迹视频.mp4");
    temp.write("star/事迹视频.mp4", std::string_view(bytes).substr(0, bytes.size() / 3));
    auto run = check({"star"}, in_folder(temp.path()));
    INFO(run.output);
    REQUIRE(!run.report.is_null());
    CHECK(run.exit_code == 1);
    auto errors = rule_ids(run.report, "error");
    CHECK((errors.contains("video.corrupt") || errors.contains("material.unreadable")));
  }
  SECTION("random bytes named 证件照.jpg, and an empty 生活照.jpg")
  {
    std::string noise;
    for (int i = 0; i < 5000; ++i) {
      noise += static_cast<char>((i * 7919 + 13) % 251);
    }
    temp.write("star/证件照.jpg", noise);
    temp.write("star/生活照.jpg", "");
    auto run = check({"star"}, in_folder(temp.path()));
    INFO(run.output);
    REQUIRE(!run.report.is_null());
    CHECK(run.exit_code == 1);
    CHECK(!rule_ids(run.report, "error").empty());
  }
  SECTION("a form that is a zip of nothing")
  {
    temp.write("star/推介表.docx", std::string("PK\x05\x06", 4) + std::string(18, '\0'));
    auto run = check({"star"}, in_folder(temp.path()));
    INFO(run.output);
    // 1, or 2 when no rule set can be chosen without the form's title — never 0, never a crash (-1).
    CHECK((run.exit_code == 1 || run.exit_code == 2));
  }
}

} // namespace nominate::test::cli

namespace nominate::test::cli {

TEST_CASE("an ID photo named 证件照扫描件.jpg: the missing ID photo names it and says why it did not count",
          "[cli]")
{
  TempDir temp;
  auto folder = copy_example("star-compliant", temp.path() / "star");
  std::filesystem::rename(folder / "证件照.jpg", folder / "证件照扫描件.jpg");
  auto run = check({"star", "--lang", "zh"}, in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.exit_code == 1);
  auto missing = findings_of(run.report, "material.missing");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0]["message_id"] == "material.missing.taken-as-other");
  CHECK(missing[0]["message"] == "缺少证件照：“证件照扫描件.jpg”的名字里虽有“证件照”，但被当作了盖章扫描件"
                                 "（名字里还有“扫描”“盖章”等字样）。");
  CHECK(missing[0]["fix"].get<std::string>().starts_with(
      "如果“证件照扫描件.jpg”就是证件照，把它改名为“证件照.jpg”"));
  auto english = check({"star", "--lang", "en"}, in_folder(temp.path()));
  auto missing_en = findings_of(english.report, "material.missing");
  REQUIRE(missing_en.size() == 1);
  CHECK(missing_en[0]["fix"].get<std::string>().starts_with(
      "If \"证件照扫描件.jpg\" is the ID photo, rename it to 证件照.jpg"));
}

TEST_CASE("an ID photo as a Photoshop file is named with its format, never 'missing'", "[cli]")
{
  TempDir temp;
  auto folder = copy_example("star-compliant", temp.path() / "star");
  const auto photo = (examples_dir() / "star-compliant" / "证件照.jpg").string();
  REQUIRE(run_tool({"convert", photo, (folder / "证件照.psd").string()}).exit_code == 0);
  std::filesystem::remove(folder / "证件照.jpg");
  auto psd = check({"star", "--lang", "zh"}, in_folder(temp.path()));
  INFO(psd.output);
  CHECK(findings_of(psd.report, "material.missing").empty());
  auto format = findings_of(psd.report, "photo.format");
  REQUIRE(format.size() == 1);
  CHECK(format[0]["message_id"] == "photo.format.studio");
  CHECK(format[0]["file"] == "证件照.psd");
  CHECK(format[0]["fix"].get<std::string>().find("convert \"证件照.psd[0]\"") != std::string::npos);
}

TEST_CASE("a zip given instead of a folder: exit 2, and the advice to unzip it, in the chosen language",
          "[cli]")
{
  TempDir temp;
  temp.write("海淀区.zip", std::string("PK\x05\x06", 4) + std::string(18, '\0')); // an empty zip
  auto zh = nominate({"check", "--lang", "zh", "海淀区.zip"}, in_folder(temp.path()));
  INFO(zh.output);
  CHECK(zh.exit_code == 2);
  CHECK(zh.output.find("压缩包") != std::string::npos);
  CHECK(zh.output.find("解压") != std::string::npos);
  CHECK(zh.output.find("nominate verify") != std::string::npos);
  auto en = nominate({"check", "--lang", "en", "海淀区.zip"}, in_folder(temp.path()));
  CHECK(en.output.find("unzip") != std::string::npos);
}

TEST_CASE("a submission left zipped in a district, or an archive in a submission, is named, not passed over",
          "[cli]")
{
  REQUIRE(have_tool("zip"));
  TempDir temp;
  copy_example("海淀区", temp.path() / "海淀区");
  copy_example("star-compliant", temp.path() / "03-王五");
  REQUIRE(run_tool({"sh", "-c",
                    "cd '" + temp.path().string() + "' && zip -qr 海淀区/03-王五.zip 03-王五 && " +
                        "cd 海淀区/01-张三 && zip -q 照片.zip 生活照.jpg"})
              .exit_code == 0);
  auto run = check({"--lang", "zh", "海淀区", "--format", "text"}, in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.output.find("“03-王五.zip”是一个压缩包：里面的文件没有检查") != std::string::npos);
  CHECK(run.output.find("“照片.zip”是一个压缩包") != std::string::npos);
  CHECK(findings_of(run.report, "material.unreadable").size() == 2);
  // pack sends neither the zip nor a note at the district's top, and says so.
  temp.write("海淀区/推荐情况说明.txt", "说明");
  auto packed = nominate({"pack", "海淀区", "-o", "out", "--lang", "zh"}, in_folder(temp.path()));
  INFO(packed.output);
  CHECK(packed.exit_code == 0);
  CHECK(packed.output.find("未放入区文件夹顶层的其他文件（不属于任何推介）：03-王五.zip、推荐情况说明.txt") !=
        std::string::npos);
}

TEST_CASE("a district folder without its form in one sub-folder: exit 1, every folder reported", "[cli]")
{
  TempDir temp;
  copy_example("海淀区", temp.path() / "海淀区");
  std::filesystem::create_directories(temp.path() / "海淀区" / "03-空");
  auto run = check({"--lang", "zh", "海淀区"}, in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.exit_code == 1);
  REQUIRE(!run.report.is_null());
  CHECK(run.report["submissions"].size() == 3);
  CHECK(run.output.find("cannot tell which notice") == std::string::npos);
  CHECK(rule_ids(run.report, "error").contains("material.missing"));
}

TEST_CASE("a waiver for a rule id that does not exist is an error naming the nearest id", "[cli]")
{
  TempDir temp;
  copy_example("star-compliant", temp.path() / "01");
  temp.write("01/nomination.yaml", "waivers:\n  - rule: video.frame-rat\n    reason: 区里同意\n");
  auto run = nominate({"check", "--lang", "zh", "01"}, in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.exit_code == 2);
  CHECK(run.output.find("video.frame-rate") != std::string::npos);
  CHECK(run.output.find("nomination.yaml:2") != std::string::npos);
  CHECK(run.output.find("规则编号“video.frame-rat”不存在，是不是想写“video.frame-rate”？") !=
        std::string::npos);
  CHECK(run.output.find("did you mean") == std::string::npos);
}

TEST_CASE("a misspelt key or value in nomination.yaml is said in Chinese, naming what was written", "[cli]")
{
  TempDir temp;
  copy_example("star-compliant", temp.path() / "01");
  const auto run_with = [&](const std::string& config, const char* language) {
    temp.write("01/nomination.yaml", config);
    auto run = nominate({"check", "--lang", language, "01"}, in_folder(temp.path()));
    CHECK(run.exit_code == 2);
    return run.output;
  };
  auto near = run_with("kind: star\nknid: star\n", "zh");
  INFO(near);
  CHECK(near.find("nomination.yaml:2:1") != std::string::npos);
  CHECK(near.find("键“knid”nominate 不认识，是不是想写“kind”？") != std::string::npos);
  auto unknown = run_with("kind: star\n推荐单位: 学院路街道\n", "zh");
  CHECK(unknown.find("键“推荐单位”nominate 不认识：请检查拼写，或删去这一行") != std::string::npos);
  auto kind = run_with("kind: 学习之星\n", "zh");
  CHECK(kind.find("kind 只能写 star（百姓学习之星）或 brand（终身学习品牌项目），现在写的是“学习之星”") !=
        std::string::npos);
  auto date = run_with("as_of: 五月一日\n", "zh");
  CHECK(date.find("日期“五月一日”看不懂") != std::string::npos);
  auto flag = run_with("special: 也许\n", "zh");
  CHECK(flag.find("“special”只能写 true 或 false（也可写 是 或 否），现在写的是“也许”") != std::string::npos);
  for (const std::string& output : {near, unknown, kind, date, flag}) {
    CHECK(output.find("详情") == std::string::npos);
    CHECK(output.find("must be") == std::string::npos);
    CHECK(output.find("unknown key") == std::string::npos);
  }
  // English keeps the library's own sentence.
  CHECK(run_with("kind: star\nknid: star\n", "en").find("unknown key 'knid' (did you mean 'kind'?)") !=
        std::string::npos);
}

TEST_CASE("every report says which date it judged against and where it came from", "[cli]")
{
  auto today = check({"brand-compliant", "--lang", "zh", "--format", "text"});
  INFO(today.output);
  CHECK(today.report["submissions"][0]["as_of_source"] == "today");
  CHECK(today.output.find("判断日期") != std::string::npos);
  CHECK(today.output.find("as_of:") != std::string::npos);
  auto option = check({"brand-compliant", "--lang", "en", "--as-of", "2024-05-01", "--format", "text"});
  CHECK(option.report["submissions"][0]["as_of_source"] == "option");
  CHECK(option.output.find("Reference date: 2024-05-01 (--as-of)") != std::string::npos);
  auto example = check({"brand-faults"});
  CHECK(example.report["submissions"][0]["as_of"] == "2024-05-01");
  CHECK(example.report["submissions"][0]["as_of_source"] == "config");
  CHECK(example.report["submissions"][0]["as_of_config"] == "brand-faults/nomination.yaml");
}

TEST_CASE("an invalid nominate.yaml is said once for the whole district, in the chosen language", "[cli]")
{
  TempDir temp;
  copy_example("海淀区", temp.path() / "海淀区");
  temp.write("海淀区/nominate.yaml", "zone: 中心城区\nrules: national\nroot: true\n");
  auto run = nominate({"check", "--lang", "zh", "海淀区"}, in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.exit_code == 2);
  auto first = run.output.find("中心城区");
  REQUIRE(first != std::string::npos);
  CHECK(run.output.find("中心城区", first + 1) == std::string::npos);
  CHECK(run.output.find("配置或规则文件写得有误") != std::string::npos);
}

} // namespace nominate::test::cli

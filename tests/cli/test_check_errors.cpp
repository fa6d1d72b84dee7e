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

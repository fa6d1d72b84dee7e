// `nominate check` options of design.md: formats, language, colour, --strict, --as-of, several paths, -j.

#include "cli_runner.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <fcntl.h>
#include <regex>
#include <sys/stat.h>
#include <unistd.h>

namespace nominate::test::cli {
namespace {

// An ANSI colour (SGR) sequence: ESC [ … m. NO_COLOR and --color never are about colour; a progress line
// on a terminal may still redraw itself with ESC [ K.
bool has_escape(const std::string& output)
{
  return std::regex_search(output, std::regex("\x1b\\[[0-9;]*m"));
}

std::vector<std::string> messages(const nlohmann::json& report)
{
  std::vector<std::string> out;
  for (const auto& finding : all_findings(report)) {
    out.push_back(finding.value("message", ""));
  }
  return out;
}

} // namespace

TEST_CASE("--format text --format json:FILE writes both reports in one run", "[cli]")
{
  TempDir temp;
  auto json_file = temp.path() / "report.json";
  auto run = nominate({"check", "--format", "text", "--format", "json:" + json_file.string(), "star-faults"});
  CHECK(run.exit_code == 1);
  CHECK(run.output.find("\"schema\"") == std::string::npos); // stdout holds the text report only
  CHECK(run.output.find("star-faults") != std::string::npos);
  CHECK(run.output.find("1203") != std::string::npos); // the deeds' count, in the text report
  auto report = nlohmann::json::parse(read_file(json_file), nullptr, false);
  REQUIRE(!report.is_discarded());
  CHECK(report["schema"] == 1);
  CHECK(report["summary"]["failed"] == 1);
}

TEST_CASE(
    "--format FMT:PATH writes through a pipe or a link; a table's -o refuses them; none becomes a plain "
    "file",
    "[cli]")
{
  TempDir temp;
  SECTION("a FIFO a CI step reads gets the report, and stays a FIFO")
  {
    const auto fifo = temp.path() / "report.fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // The reading end is open before the run (so the tool's open does not wait) and read after it: the report
    // (about 20 KB) fits the pipe's buffer, and if the FIFO were replaced the read would find nothing, not
    // hang.
    const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    REQUIRE(reader >= 0);
    auto run = nominate({"check", "--format", "json:" + fifo.string(), "star-compliant"});
    std::string received;
    std::array<char, 4096> buffer{};
    for (ssize_t got = 0; (got = ::read(reader, buffer.data(), buffer.size())) > 0;) {
      received.append(buffer.data(), static_cast<std::size_t>(got));
    }
    ::close(reader);
    CHECK(run.exit_code == 0);
    CHECK(std::filesystem::is_fifo(std::filesystem::symlink_status(fifo)));
    auto report = nlohmann::json::parse(received, nullptr, false);
    REQUIRE(!report.is_discarded());
    CHECK(report["summary"]["passed"] == 1);
  }
  SECTION("a link to a file stays a link, and the file it names holds the report")
  {
    temp.write("reports/today.json", "old");
    const auto link = temp.path() / "report.json";
    std::filesystem::create_symlink(temp.path() / "reports/today.json", link);
    auto run = nominate({"check", "--format", "json:" + link.string(), "star-compliant"});
    CHECK(run.exit_code == 0);
    CHECK(std::filesystem::is_symlink(std::filesystem::symlink_status(link)));
    CHECK(nlohmann::json::parse(read_file(temp.path() / "reports/today.json"))["summary"]["passed"] == 1);
  }
  SECTION("a table is written only as a file of its own")
  {
    temp.write("old.xlsx", "keep");
    const auto link = temp.path() / "登记表.xlsx";
    std::filesystem::create_symlink(temp.path() / "old.xlsx", link);
    auto run = nominate({"table", "海淀区", "-o", link.string(), "--force", "--lang", "zh"});
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(run.output.find("不是一个普通文件") != std::string::npos);
    CHECK(std::filesystem::is_symlink(std::filesystem::symlink_status(link)));
    CHECK(read_file(temp.path() / "old.xlsx") == "keep");
  }
}

TEST_CASE("messages follow --lang, else the locale, else English", "[cli]")
{
  SECTION("--lang zh: every message is Chinese; --lang en: none is")
  {
    auto zh = check({"--lang", "zh", "star-faults"});
    auto en = check({"--lang", "en", "star-faults"});
    REQUIRE(!zh.report.is_null());
    REQUIRE(!en.report.is_null());
    for (const auto& message : messages(zh.report)) {
      INFO(message);
      CHECK(han_characters(message) > 0);
    }
    for (const auto& message : messages(en.report)) {
      INFO(message);
      // Values quoted from the form (a field's label, the file's name) may be Chinese; the sentence is not.
      CHECK(han_characters(message) * 3 < code_points(message));
    }
    auto zh_text = nominate({"check", "--lang", "zh", "star-faults"}).output;
    auto en_text = nominate({"check", "--lang", "en", "star-faults"}).output;
    CHECK(zh_text != en_text);
    CHECK(han_characters(zh_text) > han_characters(en_text) + 100);
    // message_id, expected and actual do not follow the language: scripts key on them.
    auto zh_findings = all_findings(zh.report);
    auto en_findings = all_findings(en.report);
    REQUIRE(zh_findings.size() == en_findings.size());
    for (std::size_t i = 0; i < zh_findings.size(); ++i) {
      CHECK(zh_findings[i]["message_id"] == en_findings[i]["message_id"]);
      CHECK(zh_findings[i]["expected"] == en_findings[i]["expected"]);
      CHECK(zh_findings[i]["actual"] == en_findings[i]["actual"]);
    }
  }
  SECTION("LANG=zh_CN.UTF-8 without --lang gives Chinese; LC_ALL overrides LANG; no locale gives English")
  {
    auto lang = check({"star-faults"}, with_env({"LANG=zh_CN.UTF-8"}));
    auto overridden = check({"star-faults"}, with_env({"LANG=zh_CN.UTF-8", "LC_ALL=en_US.UTF-8"}));
    auto none = check({"star-faults"});
    REQUIRE(!lang.report.is_null());
    REQUIRE(!overridden.report.is_null());
    REQUIRE(!none.report.is_null());
    CHECK(han_characters(messages(lang.report).at(0)) > 0);
    CHECK(messages(overridden.report) == messages(none.report));
    CHECK(messages(lang.report) != messages(none.report));
  }
  SECTION("--lang takes what a clerk types for Chinese or English, and names what it does not know")
  {
    auto zh = check({"--lang", "zh", "star-faults"});
    for (const char* typed : {"cn", "zh-CN", "zh_CN.UTF-8", "中文"}) {
      INFO(typed);
      CHECK(messages(check({"--lang", typed, "star-faults"}).report) == messages(zh.report));
    }
    CHECK(messages(check({"--lang", "EN", "star-faults"}).report) == messages(check({"star-faults"}).report));
    auto unknown = nominate({"check", "--lang", "fr", "star-faults"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.output.find("'fr' is neither zh (中文) nor en") != std::string::npos);
  }
}

TEST_CASE("colour follows --color, then NO_COLOR, then whether the output is a terminal", "[cli]")
{
  CHECK(has_escape(nominate({"check", "--color", "always", "star-faults"}).output));
  CHECK(!has_escape(nominate({"check", "--color", "never", "star-faults"}).output));
  CHECK(!has_escape(nominate({"check", "star-faults"}).output)); // a pipe: no colour
  if (!have_tool("script")) {
    WARN("script(1) (util-linux) is not installed: colour on a terminal is not tested");
    return;
  }
  CHECK(has_escape(nominate({"check", "star-faults"}, with_env({}, Terminal::yes)).output));
  CHECK(!has_escape(nominate({"check", "star-faults"}, with_env({"NO_COLOR=1"}, Terminal::yes)).output));
  CHECK(!has_escape(
      nominate({"check", "--color", "never", "star-faults"}, with_env({}, Terminal::yes)).output));
  CHECK(has_escape(
      nominate({"check", "--color", "always", "star-faults"}, with_env({"NO_COLOR=1"}, Terminal::yes))
          .output));
}

TEST_CASE("--strict fails a submission on a warning", "[cli]")
{
  if (!have_tool("soffice")) {
    WARN("soffice is not installed: legacy-doc's form cannot be converted, so its finding is an error");
    return;
  }
  // legacy-doc passes with one warning: its form is a .doc, converted for checking.
  auto plain = check({"legacy-doc"});
  REQUIRE(!plain.report.is_null());
  CHECK(plain.exit_code == 0);
  CHECK(plain.report["submissions"][0]["status"] == "pass");
  CHECK(plain.report["summary"]["warnings"].get<int>() >= 1);
  auto strict = check({"--strict", "legacy-doc"});
  REQUIRE(!strict.report.is_null());
  CHECK(strict.exit_code == 1);
  CHECK(strict.report["submissions"][0]["status"] == "fail");
  // A submission with no finding at all still passes under --strict.
  CHECK(nominate({"check", "--strict", "star-compliant"}).exit_code == 0);
}

TEST_CASE("--as-of moves the date a project's age is measured to", "[cli]")
{
  auto run = check({"--as-of", "2020-01-01", "brand-compliant"}); // started 2019年3月: not yet two years
  REQUIRE(!run.report.is_null());
  CHECK(run.exit_code == 1);
  CHECK(run.report["submissions"][0]["as_of"] == "2020-01-01");
  CHECK(rule_ids(run.report, "error") == std::set<std::string>{"eligibility.project-age"});
}

TEST_CASE("several paths are checked in one report, sorted, whatever -j (default: one per core)", "[cli]")
{
  auto one = check({"-j", "1", "star-faults", "brand-compliant", "海淀区"});
  auto two = check({"-j", "2", "海淀区", "brand-compliant", "star-faults"});
  auto cores = check({"brand-compliant", "海淀区", "star-faults"}); // default -j: one per core
  REQUIRE(!one.report.is_null());
  REQUIRE(!two.report.is_null());
  REQUIRE(!cores.report.is_null());
  std::vector<std::string> paths;
  for (const auto& submission : one.report["submissions"]) {
    paths.push_back(submission["path"]);
  }
  CHECK(paths ==
        std::vector<std::string>{"brand-compliant", "star-faults", "海淀区/01-张三", "海淀区/02-李四"});
  CHECK(one.report["submissions"] == two.report["submissions"]);
  CHECK(one.report["summary"] == two.report["summary"]);
  CHECK(one.report["submissions"] == cores.report["submissions"]);
  CHECK(one.report["summary"] == cores.report["summary"]);
  CHECK(one.exit_code == 1);
  CHECK(cores.exit_code == 1);
}

} // namespace nominate::test::cli

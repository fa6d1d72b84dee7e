// What CI platforms see (issue 10): a stopped run (exit 2) leaves no report that reads as a pass and prints
// its error once, in the language; every example's SARIF passes Microsoft's SARIF Multitool with GitHub's
// rules and its JUnit both schemas; the GitHub job summary goes where $GITHUB_STEP_SUMMARY says.

#include "cli_runner.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <regex>
#include <set>
#include <sstream>

namespace nominate::test::cli {

namespace {

const char* const k_broken_rules = "id: broken\nedition: \"1\"\nfields: [\n  {id: name\n";

std::vector<std::string> example_folders()
{
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(examples_dir())) {
    if (entry.is_directory() && !entry.path().filename().string().starts_with('.')) {
      names.push_back(entry.path().filename().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::size_t count_lines_with(const std::string& text, std::string_view needle)
{
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

// Microsoft's SARIF Multitool: $NOMINATE_SARIF_MULTITOOL, else installed by npm under the build folder (once;
// the npm registry must be reachable then). nullopt when it cannot be had.
std::optional<std::filesystem::path> sarif_multitool()
{
  if (const char* configured = std::getenv("NOMINATE_SARIF_MULTITOOL")) {
    return std::filesystem::path(configured);
  }
  const auto prefix = fixture_cache().parent_path() / "tools" / "sarif-multitool";
  const auto binary = prefix / "node_modules" / "@microsoft" / "sarif-multitool-linux" / "Sarif.Multitool";
  if (!std::filesystem::exists(binary) && have_tool("npm")) {
    std::filesystem::create_directories(prefix);
    const auto install = run_tool({"npm", "install", "--prefix", prefix.string(), "--no-audit", "--no-fund",
                                   "--loglevel=error", "@microsoft/sarif-multitool"});
    if (install.exit_code != 0) {
      WARN("npm install @microsoft/sarif-multitool failed:\n" << install.output);
    }
  }
  if (!std::filesystem::exists(binary)) {
    return std::nullopt;
  }
  // npm may leave the platform binary without its execute bit (its postinstall script is what sets it).
  std::filesystem::permissions(binary, std::filesystem::perms::owner_exec,
                               std::filesystem::perm_options::add);
  return binary;
}

// The lines of a CI file (a workflow's run: block, a GitLab job's script:) that run nominate or what follows
// it, with YAML's list dash and indentation removed.
std::vector<std::string> command_lines(const std::filesystem::path& file, std::string_view first_word)
{
  std::vector<std::string> lines;
  std::istringstream in(read_file(file));
  for (std::string line; std::getline(in, line);) {
    auto start = line.find_first_not_of(" -");
    if (start == std::string::npos) {
      continue;
    }
    const std::string command = line.substr(start);
    if (command.starts_with(first_word)) {
      lines.push_back(command);
    }
  }
  return lines;
}

// Runs a shell script in `dir` with the built nominate first on PATH, as a CI runner would with the .deb.
ToolRun run_script(const std::filesystem::path& dir, const std::string& script,
                   const std::vector<std::string>& env = {})
{
  const std::string path = std::filesystem::path(NOMINATE_BINARY).parent_path().string() + ":/usr/bin:/bin";
  std::vector<std::string> argv{"env", "-u", "LANG", "-u", "LC_ALL", "-C", dir.string(), "PATH=" + path};
  argv.insert(argv.end(), env.begin(), env.end());
  argv.insert(argv.end(), {"sh", "-c", script});
  return run_tool(argv);
}

// A copy of examples/ci-repo, hidden CI files included.
std::filesystem::path copy_ci_repo(const TempDir& temp)
{
  const auto repo = temp.path() / "repo";
  std::filesystem::copy(examples_dir() / "ci-repo", repo, std::filesystem::copy_options::recursive);
  return repo;
}

} // namespace

TEST_CASE(
    "the example repository's GitHub workflow, run locally: red as committed, green with complete folders",
    "[cli]")
{
  TempDir temp;
  const auto repo = copy_ci_repo(temp);
  const auto workflow = repo / ".github" / "workflows" / "nominate.yml";
  const auto commands = command_lines(workflow, "nominate ");
  REQUIRE(commands.size() == 1);
  const auto summary = temp.write("summary.md", "");

  SECTION("as committed: 01-示例 is incomplete, so the check fails and every report says so")
  {
    auto run = run_script(repo, commands[0], {"GITHUB_STEP_SUMMARY=" + summary.string()});
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK(run.output.find("01-示例/nomination.yaml,title=material.missing::") != std::string::npos);
    auto json = nlohmann::json::parse(read_file(repo / "nominate.json"));
    CHECK(json["status"] == "fail");
    CHECK(read_file(repo / "nominate-junit.xml").find("<failure") != std::string::npos);
    auto sarif = nlohmann::json::parse(read_file(repo / "nominate.sarif"));
    CHECK_FALSE(sarif["runs"][0]["results"].empty());
    CHECK(read_file(summary).find("❌ 不通过") != std::string::npos);
  }

  SECTION("with 海淀区's folders in place of 01-示例: the check passes")
  {
    std::filesystem::remove_all(repo / "01-示例");
    for (const auto& entry : std::filesystem::directory_iterator(examples_dir() / "海淀区")) {
      std::filesystem::copy(entry.path(), repo / entry.path().filename(),
                            std::filesystem::copy_options::recursive |
                                std::filesystem::copy_options::overwrite_existing);
    }
    auto run = run_script(repo, commands[0]);
    INFO(run.output);
    CHECK(run.exit_code == 0);
    CHECK(nlohmann::json::parse(read_file(repo / "nominate.json"))["status"] == "pass");
    CHECK(run.output.find("::error") == std::string::npos);
  }
}

TEST_CASE("the example repository's GitLab job and pre-commit hook, run locally", "[cli]")
{
  TempDir temp;
  const auto repo = copy_ci_repo(temp);

  SECTION("GitLab: JUnit, and the code-quality report converted from the JSON report")
  {
    if (!have_tool("jq")) {
      WARN("jq is not installed: the GitLab job's conversion is not run");
      return;
    }
    std::string script;
    for (const auto& line : command_lines(repo / ".gitlab-ci.yml", "nominate ")) {
      script += line + "\n";
    }
    for (const auto& line : command_lines(repo / ".gitlab-ci.yml", "jq ")) {
      script += line + "\n";
    }
    for (const auto& line : command_lines(repo / ".gitlab-ci.yml", "exit ")) {
      script += line + "\n";
    }
    auto run = run_script(repo, script);
    INFO(script << run.output);
    CHECK(run.exit_code == 1);
    auto quality = nlohmann::json::parse(read_file(repo / "gl-code-quality-report.json"));
    REQUIRE(quality.is_array());
    REQUIRE_FALSE(quality.empty());
    std::set<std::string> fingerprints;
    for (const auto& issue : quality) {
      CHECK(issue.contains("description"));
      const std::string path = issue["location"]["path"];
      CHECK((path.find("01-示例") != std::string::npos || path == "."));
      CHECK(issue["location"]["lines"]["begin"].get<int>() >= 1);
      fingerprints.insert(issue["fingerprint"].get<std::string>());
    }
    CHECK(fingerprints.size() >= 2);
  }

  SECTION("pre-commit: the hook's entry and args refuse the commit while an error remains")
  {
    const std::string hooks =
        read_file(std::filesystem::path(NOMINATE_SOURCE_DIR) / ".pre-commit-hooks.yaml");
    CHECK(hooks.find("id: nominate-check") != std::string::npos);
    CHECK(hooks.find("entry: nominate check") != std::string::npos);
    CHECK(hooks.find("pass_filenames: false") != std::string::npos);
    // args: [--lang, zh, --quiet, "."] as the command line pre-commit builds from entry and args.
    auto run = run_script(repo, "nominate check --lang zh --quiet .");
    CHECK(run.exit_code == 1);
    CHECK(run.output.empty());
  }
}
TEST_CASE("a broken rule file: every report records the stop, old green reports are replaced", "[cli]")
{
  TempDir temp;
  auto rules = temp.write("bad.yaml", k_broken_rules);
  // Green reports of an earlier run, which must not survive.
  temp.write("r.json", R"({"schema": 1, "summary": {"submissions": 1, "passed": 1, "failed": 0}})");
  temp.write("r.xml", "<testsuites/>");
  auto run =
      nominate({"check", "--rules", rules.string(), "--format", "json:" + (temp.path() / "r.json").string(),
                "--format", "junit:" + (temp.path() / "r.xml").string(), "--format",
                "sarif:" + (temp.path() / "r.sarif").string(), "star-compliant"});
  INFO(run.output);
  CHECK(run.exit_code == 2);

  auto json = nlohmann::json::parse(read_file(temp.path() / "r.json"));
  CHECK(json["status"] == "error");
  REQUIRE(json["errors"].size() >= 1);
  CHECK(json["errors"][0]["code"] == "yaml_syntax");
  CHECK(json["errors"][0]["file"].get<std::string>().ends_with("bad.yaml"));
  CHECK(json["errors"][0]["line"].is_number());
  CHECK(json["summary"]["passed"].is_null());

  const std::string junit = read_file(temp.path() / "r.xml");
  CHECK(junit.find("<error type=\"yaml_syntax\"") != std::string::npos);
  CHECK(junit.find("errors=\"1\"") != std::string::npos);

  auto sarif = nlohmann::json::parse(read_file(temp.path() / "r.sarif"));
  const auto& invocation = sarif["runs"][0]["invocations"][0];
  CHECK(invocation["executionSuccessful"] == false);
  CHECK(invocation["toolExecutionNotifications"][0]["descriptor"]["id"] == "yaml_syntax");
}

TEST_CASE("an error is printed once, in the chosen language, with the file and line", "[cli]")
{
  TempDir temp;
  auto rules = temp.write("bad.yaml", k_broken_rules);
  SECTION("Chinese: one line, no English lead")
  {
    auto run = nominate({"check", "--lang", "zh", "--rules", rules.string(), "star-compliant"});
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(count_lines_with(run.output, "nominate: 错误：") == 1);
    CHECK(run.output.find("nominate: error:") == std::string::npos);
    CHECK(std::regex_search(run.output, std::regex(R"(bad\.yaml:\d+:\d+（第\d+行)")));
    CHECK(run.output.find("不是正确的 YAML 格式") != std::string::npos);
  }
  SECTION("English: one line with file:line")
  {
    auto run = nominate({"check", "--lang", "en", "--rules", rules.string(), "star-compliant"});
    CHECK(count_lines_with(run.output, "nominate: error: ") == 1);
    CHECK(std::regex_search(run.output, std::regex(R"(bad\.yaml:\d+)")));
  }
  SECTION("a missing path and a bad date, in Chinese, without English words")
  {
    auto missing = nominate({"check", "--lang", "zh", "no-such-folder"});
    CHECK(missing.exit_code == 2);
    CHECK(missing.output.find(
              "nominate: 错误：找不到“no-such-folder”：请检查路径是否写对、文件夹是否已解压。\n") !=
          std::string::npos);
    CHECK(count_lines_with(missing.output, "nominate: 错误：") == 1);
    // The text report on stdout records the stop too (design.md, "When a run stops").
    CHECK(missing.output.find("检查未完成：1 个错误使检查中止（退出码 2）") != std::string::npos);
    auto date = nominate({"check", "--lang", "zh", "--as-of", "昨天", "star-compliant"});
    CHECK(date.exit_code == 2);
    CHECK(count_lines_with(date.output, "nominate: 错误：") == 1);
    CHECK(date.output.find("--as-of 要写成 2024-05-01 这样的日期") != std::string::npos);
  }
}

TEST_CASE("a run refused before it starts still writes the reports it names", "[cli]")
{
  TempDir temp;
  const auto file = temp.path() / "r.json";
  SECTION("a bad --as-of")
  {
    auto run =
        nominate({"check", "--as-of", "yesterday", "--format", "json:" + file.string(), "star-compliant"});
    CHECK(run.exit_code == 2);
    auto json = nlohmann::json::parse(read_file(file));
    CHECK(json["status"] == "error");
    CHECK(json["errors"][0]["code"] == "invalid_argument");
    CHECK(json["submissions"].empty());
    CHECK(json["summary"]["passed"].is_null());
  }
  SECTION("an option the parser refuses (--lang fr)")
  {
    auto run = nominate({"check", "--lang", "fr", "--format=json:" + file.string(), "star-compliant"});
    CHECK(run.exit_code == 2);
    auto json = nlohmann::json::parse(read_file(file));
    CHECK(json["status"] == "error");
  }
}

TEST_CASE("every example's SARIF passes the SARIF Multitool with GitHub's rules: no error, no warning",
          "[cli]")
{
  const auto multitool = sarif_multitool();
  if (!multitool) {
    WARN("Microsoft's SARIF Multitool is not available (npm install @microsoft/sarif-multitool failed): "
         "SARIF validated only by the structural tests");
    return;
  }
  TempDir temp;
  std::vector<std::string> files;
  for (const auto& name : example_folders()) {
    for (const char* lang : {"zh", "en"}) {
      const auto sarif = temp.path() / (name + "-" + lang + ".sarif");
      auto run = nominate({"check", "--lang", lang, "--format", "sarif:" + sarif.string(), name});
      INFO(name << ": " << run.output);
      REQUIRE((run.exit_code == 0 || run.exit_code == 1));
      files.push_back(sarif.string());
    }
  }
  // A stopped run's SARIF too.
  auto rules = temp.write("bad.yaml", k_broken_rules);
  const auto stopped = temp.path() / "stopped.sarif";
  CHECK(nominate(
            {"check", "--rules", rules.string(), "--format", "sarif:" + stopped.string(), "star-compliant"})
            .exit_code == 2);
  files.push_back(stopped.string());

  const auto log = temp.path() / "validation.sarif";
  std::vector<std::string> command{multitool->string(), "validate", "--rule-kind",
                                   "Sarif;Gh",          "--output", log.string()};
  command.insert(command.end(), files.begin(), files.end());
  const auto validation = run_tool(command);
  INFO(validation.output);
  REQUIRE(std::filesystem::exists(log));
  const auto results = nlohmann::json::parse(read_file(log))["runs"][0]["results"];
  std::vector<std::string> problems;
  for (const auto& result : results) {
    const std::string level = result.value("level", "warning"); // SARIF's default level is warning
    if (level == "error" || level == "warning") {
      problems.push_back(level + " " + result.value("ruleId", "") + ": " + result["message"].dump());
    }
  }
  INFO(nlohmann::json(problems).dump(2));
  CHECK(files.size() == 2 * example_folders().size() + 1);
  CHECK(problems.empty());
}

TEST_CASE("every example's JUnit validates against the strict Ant schema and Jenkins' junit-10.xsd", "[cli]")
{
  REQUIRE(have_tool("xmllint"));
  TempDir temp;
  const auto schemas = std::filesystem::path(NOMINATE_SOURCE_DIR) / "tests" / "schemas";
  for (const auto& name : example_folders()) {
    const auto junit = temp.path() / (name + ".xml");
    auto run = nominate({"check", "--lang", "zh", "--format", "junit:" + junit.string(), name});
    REQUIRE((run.exit_code == 0 || run.exit_code == 1));
    for (const char* xsd : {"JUnit.xsd", "junit-10.xsd"}) {
      auto lint = run_tool({"xmllint", "--noout", "--schema", (schemas / xsd).string(), junit.string()});
      INFO(name << " against " << xsd << ":\n" << lint.output);
      CHECK(lint.exit_code == 0);
    }
  }
}

TEST_CASE("--format github writes the job summary to $GITHUB_STEP_SUMMARY, appending", "[cli]")
{
  TempDir temp;
  const auto summary = temp.write("summary.md", "earlier step\n");
  auto run = nominate({"check", "--lang", "zh", "--format", "github", "star-faults"},
                      with_env({"GITHUB_STEP_SUMMARY=" + summary.string()}));
  CHECK(run.exit_code == 1);
  CHECK(run.output.find("::error file=star-faults/") != std::string::npos);
  CHECK(run.output.find("::notice title=nominate::合计：1 份推介") != std::string::npos);
  const std::string markdown = read_file(summary);
  CHECK(markdown.starts_with("earlier step\n## nominate 检查结果\n"));
  CHECK(markdown.find("| star\\-faults | national\\/star\\@") != std::string::npos);
  CHECK(markdown.find("❌ 不通过") != std::string::npos);
}

} // namespace nominate::test::cli

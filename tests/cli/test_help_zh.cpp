// Everything the CLI says is in Chinese when the language is Chinese (issue 10, item 6): the help of every
// command, the exit-2 errors, and the labels of every report format. Words that stay in Latin letters are
// the ones a user types or reads as names: option names, commands, file names, rule ids, format names.

#include "cli_runner.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <sstream>
#include <string_view>

namespace nominate::test::cli {

namespace {

// Tokens that are names, not English prose: what a user types (options, commands, values), file types, the
// tool's and formats' names, placeholders.
const std::set<std::string> k_names{
    "nominate",   "check",        "count",   "rules",      "list",     "show",     "explain", "init",
    "pack",       "table",        "upload",  "verify",     "fix",      "zh",       "en",      "text",
    "json",       "sarif",        "junit",   "github",     "html",     "auto",     "always",  "never",
    "submission", "district",     "star",    "brand",      "national", "beijing",  "deeds",   "docx",
    "doc",        "pdf",          "txt",     "md",         "xlsx",     "zip",      "yaml",    "Word",
    "WPS",        "LibreOffice",  "BagIt",   "HEIC",       "JPEG",     "PNG",      "MP4",     "FILE",
    "PATH",       "DIR",          "RULE",    "NAME",       "KIND",     "PKG",      "YYYY",    "MM",
    "DD",         "GiB",          "MiB",     "kind",       "seq",      "title",    "date",    "info",
    "bag",        "strict",       "help",    "version",    "lang",     "ci",       "guide",   "docs",
    "nomination", "registration", "deep",    "jobs",       "quiet",    "format",   "level",   "color",
    "waivers",    "field",        "extract", "output",     "force",    "dry",      "run",     "per",
    "revision",   "max",          "size",    "entries",    "total",    "ratio",    "name",    "fields",
    "as",         "of",           "no",      "SUBCOMMAND", "OPTIONS",  "REQUIRED", "JSON",    "IT"};

// Words of three or more Latin letters that are not names: `--option`, `a.b`, `a/b`, `{x}`, `<x>` and file
// names are dropped first.
std::set<std::string> english_words(const std::string& text)
{
  static const std::regex k_drop(
      R"((--?[A-Za-z][\w-]*)|([\w.-]+[./][\w./-]+)|(\{[^}]*\})|(<[^>]*>)|(\w+=\S*))");
  const std::string kept = std::regex_replace(text, k_drop, " ");
  static const std::regex k_word(R"([A-Za-z]{3,})");
  std::set<std::string> words;
  for (std::sregex_iterator it(kept.begin(), kept.end(), k_word), end; it != end; ++it) {
    if (!k_names.contains(it->str())) {
      words.insert(it->str());
    }
  }
  return words;
}

std::string joined(const std::set<std::string>& words)
{
  std::string out;
  for (const auto& word : words) {
    out += (out.empty() ? "" : " ") + word;
  }
  return out;
}

} // namespace

TEST_CASE("the help of every command is in Chinese with --lang zh", "[cli]")
{
  const std::vector<std::vector<std::string>> commands{{"--help"},
                                                       {"check", "--help"},
                                                       {"count", "--help"},
                                                       {"rules", "--help"},
                                                       {"rules", "list", "--help"},
                                                       {"rules", "show", "--help"},
                                                       {"explain", "--help"},
                                                       {"init", "--help"},
                                                       {"pack", "--help"},
                                                       {"table", "--help"},
                                                       {"upload", "--help"},
                                                       {"verify", "--help"},
                                                       {"fix", "--help"}};
  for (auto command : commands) {
    command.insert(command.begin() + static_cast<std::ptrdiff_t>(command.size() - 1), {"--lang", "zh"});
    auto run = nominate(command);
    INFO(command[0] << ":\n" << run.output);
    CHECK(run.exit_code == 0);
    CHECK(run.output.find("用法") != std::string::npos);
    CHECK(joined(english_words(run.output)) == "");
  }
}

// The columns a terminal gives `line`: two for a CJK character or a fullwidth form (U+3000–U+9FFF,
// U+FF00–U+FF7F), one for any other.
std::size_t columns(std::string_view line)
{
  std::size_t count = 0;
  for (std::size_t i = 0; i < line.size();) {
    const auto lead = static_cast<unsigned char>(line[i]);
    const auto next = i + 1 < line.size() ? static_cast<unsigned char>(line[i + 1]) : 0u;
    const bool wide = (lead >= 0xE3 && lead <= 0xE9) || (lead == 0xEF && (next == 0xBC || next == 0xBD));
    count += wide ? 2 : 1;
    i += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  }
  return count;
}

TEST_CASE("the Chinese help names what each option takes in Chinese and lines up its descriptions", "[cli]")
{
  for (const auto* command : {"check", "pack", "verify", "fix"}) {
    auto run = nominate({command, "--lang", "zh", "--help"});
    INFO(command << ":\n" << run.output);
    REQUIRE(run.exit_code == 0);
    std::istringstream lines(run.output);
    std::set<std::size_t> starts;
    for (std::string line; std::getline(lines, line);) {
      // An option's row: its names and value, two spaces or more, its description.
      const auto gap = line.find("  ", 2);
      if (!line.starts_with("  -") || gap == std::string::npos) {
        continue;
      }
      const auto description = line.find_first_not_of(' ', gap);
      if (description != std::string::npos) {
        starts.insert(columns(std::string_view(line).substr(0, description)));
      }
    }
    CHECK(starts.size() == 1);
  }
  auto check = nominate({"check", "--lang", "zh", "--help"}).output;
  CHECK(check.find("--as-of 日期") != std::string::npos);
  CHECK(check.find("-j,--jobs 份数（1–64）") != std::string::npos);
  CHECK(check.find("--lang {zh,en}") != std::string::npos);
  CHECK(check.find("PATH ... （必填）") != std::string::npos);
}

TEST_CASE("a Chinese locale gives the Chinese help without --lang", "[cli]")
{
  auto run = nominate({"check", "--help"}, with_env({"LANG=zh_CN.UTF-8"}));
  CHECK(run.output.find("按通知要求检查推介材料") != std::string::npos);
  auto english = nominate({"check", "--help"});
  CHECK(english.output.find("Usage") != std::string::npos);
}

TEST_CASE("every exit-2 error is one Chinese line without English prose", "[cli]")
{
  TempDir temp;
  std::filesystem::create_directories(temp.path() / "empty");
  const std::vector<std::vector<std::string>> runs{
      {"check", "--lang", "zh", "no-such-folder"},
      {"check", "--lang", "zh", "star-compliant/推介表.docx"},
      {"check", "--lang", "zh", "--as-of", "昨天", "star-compliant"},
      {"check", "--lang", "zh", "--format", "pdf", "star-compliant"},
      {"check", "--lang", "zh", "--format", "json:", "star-compliant"},
      {"check", "--lang", "zh", "--rules", "national/no-such-rules", "star-compliant"},
      {"check", "--lang", "zh", (temp.path() / "empty").string()},
      {"explain", "--lang", "zh", "no.such-rule"},
      {"check", "--lang", "zh", "--bogus", "star-compliant"},
      {"check", "--lang", "zh", "--jobs", "99", "star-compliant"},
      {"check", "--lang", "zh", "--jobs", "many", "star-compliant"}};
  for (const auto& args : runs) {
    auto run = nominate(args);
    INFO(args.back() << ":\n" << run.output);
    CHECK(run.exit_code == 2);
    CHECK(run.output.starts_with("nominate: 错误："));
    // The library's detail for logs (after 详情) is English by contract (design.md, "When a run stops").
    const std::string shown = run.output.substr(0, run.output.find("详情："));
    CHECK(joined(english_words(shown)) == "");
  }
}

TEST_CASE("a command line the parser refuses is explained in Chinese, naming the option", "[cli]")
{
  auto unknown = nominate({"check", "--lang", "zh", "--bogus", "star-compliant"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.output.find("无法识别的参数 --bogus") != std::string::npos);
  auto range = nominate({"check", "--lang", "zh", "--jobs", "99", "star-compliant"});
  CHECK(range.exit_code == 2);
  CHECK(range.output.find("参数 --jobs 的值不被接受") != std::string::npos);
  // And after it, CLI11's own words for IT staff and the way to the help.
  CHECK(range.output.find("详情：--jobs") != std::string::npos);
  CHECK(range.output.find("nominate --help") != std::string::npos);
}

TEST_CASE("no English label is left in any report format of any example in Chinese", "[cli]")
{
  const std::vector<std::string> labels{
      "Expected:", "Requirement:", "How to fix", "Waived because", "Summary:",   "PASS",        "FAIL",
      "[ERROR]",   "[WARNING]",    "Where:",     "Check by hand",  "INCOMPLETE", "Full report", "findings:"};
  TempDir temp;
  for (const auto& entry : std::filesystem::directory_iterator(examples_dir())) {
    if (!entry.is_directory()) {
      continue;
    }
    const std::string name = entry.path().filename().string();
    // One run writes every format (text on stdout, the others to files): what a user sees in each is the
    // same as in a run of that format alone, and the examples are read once, not five times.
    std::vector<std::string> args{"check", "--lang", "zh", "--format", "text"};
    const std::vector<std::string> files{"junit", "github", "sarif", "json"};
    for (const auto& format : files) {
      args.insert(args.end(), {"--format", format + ":" + (temp.path() / (format + ".out")).string()});
    }
    args.push_back(name);
    auto run = nominate(args);
    std::string all = run.output;
    for (const auto& format : files) {
      const std::string written = read_file(temp.path() / (format + ".out"));
      INFO(name << ": " << format);
      CHECK(!written.empty());
      all += written;
    }
    for (const auto& label : labels) {
      INFO(name << ": " << label);
      CHECK(all.find(label) == std::string::npos);
    }
  }
}

} // namespace nominate::test::cli

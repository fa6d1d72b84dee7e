#include "cli_runner.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <regex>
#include <unistd.h>

namespace nominate::test::cli {
namespace {

// Quoted for sh, for script(1)'s -c: every argument in single quotes.
std::string shell_quote(const std::string& argument)
{
  std::string quoted = "'";
  for (char c : argument) {
    quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return quoted + "'";
}

// Decodes one UTF-8 code point at `at` (advancing it); invalid bytes count as one code point each.
char32_t next_code_point(std::string_view text, std::size_t& at)
{
  auto byte = static_cast<unsigned char>(text[at]);
  int length = byte < 0x80           ? 1
               : (byte >> 5) == 0x6  ? 2
               : (byte >> 4) == 0xE  ? 3
               : (byte >> 3) == 0x1E ? 4
                                     : 1;
  if (at + static_cast<std::size_t>(length) > text.size()) {
    length = 1;
  }
  char32_t code = length == 1 ? byte : byte & (0xFF >> (length + 1));
  for (int i = 1; i < length; ++i) {
    code = (code << 6) | (static_cast<unsigned char>(text[at + static_cast<std::size_t>(i)]) & 0x3F);
  }
  at += static_cast<std::size_t>(length);
  return code;
}

void collect(const nlohmann::json& report, std::vector<nlohmann::json>& out)
{
  for (const char* part : {"submissions", "batch"}) {
    if (!report.contains(part) || !report[part].is_array()) {
      continue;
    }
    for (const auto& entry : report[part]) {
      if (entry.contains("findings") && entry["findings"].is_array()) {
        for (const auto& finding : entry["findings"]) {
          out.push_back(finding);
        }
      }
    }
  }
}

} // namespace

RunOptions in_folder(std::filesystem::path cwd)
{
  RunOptions options;
  options.cwd = std::move(cwd);
  return options;
}

RunOptions with_env(std::vector<std::string> env, Terminal terminal)
{
  RunOptions options;
  options.env = std::move(env);
  options.terminal = terminal;
  return options;
}

std::string bagit_validator()
{
  return std::string(NOMINATE_SOURCE_DIR) + "/tests/unit/pack/bagit_validate.py";
}

std::filesystem::path examples_dir()
{
  return std::filesystem::path(NOMINATE_SOURCE_DIR) / "examples";
}

ToolRun nominate_after(const std::string& setup, const std::filesystem::path& cwd,
                       const std::vector<std::string>& args)
{
  std::vector<std::string> argv{"sh", "-c", setup + " && cd \"$0\" && exec \"$@\"", cwd.string(),
                                NOMINATE_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_tool(argv);
}

ToolRun nominate(const std::vector<std::string>& args, RunOptions options)
{
  if (options.cwd.empty()) {
    options.cwd = examples_dir();
  }
  std::vector<std::string> command = {NOMINATE_BINARY};
  command.insert(command.end(), args.begin(), args.end());
  if (options.terminal == Terminal::yes) {
    std::string line;
    for (const auto& part : command) {
      line += (line.empty() ? "" : " ") + shell_quote(part);
    }
    command = {"script", "-qec", line, "/dev/null"};
  }
  std::vector<std::string> argv = {
      "env",      "-u", "LC_ALL",   "-u", "LC_MESSAGES",       "-u", "LANG", "-u",
      "LANGUAGE", "-u", "NO_COLOR", "-C", options.cwd.string()};
  argv.insert(argv.end(), options.env.begin(), options.env.end());
  argv.insert(argv.end(), command.begin(), command.end());
  return run_tool(argv);
}

bool loads_library(const std::vector<std::string>& args, const std::string& library)
{
  return nominate(args, with_env({"LD_DEBUG=files"})).output.find("file=" + library) != std::string::npos;
}

CheckRun check(const std::vector<std::string>& args, RunOptions options)
{
  TempDir temp;
  auto json_file = temp.path() / "report.json";
  std::vector<std::string> full = {"check"};
  full.insert(full.end(), args.begin(), args.end());
  full.insert(full.end(), {"--format", "json:" + json_file.string()});
  auto run = nominate(full, std::move(options));
  CheckRun result{run.exit_code, run.output, nullptr};
  result.report = nlohmann::json::parse(read_file(json_file), nullptr, /*allow_exceptions=*/false);
  if (result.report.is_discarded()) {
    result.report = nullptr;
  }
  require_filled(result.report);
  return result;
}

void require_filled(const nlohmann::json& report)
{
  static const std::regex k_placeholder(R"(\{[a-z0-9_]+\})");
  if (report.is_null()) {
    return;
  }
  for (const auto& finding : all_findings(report)) {
    for (const char* key : {"message", "fix"}) {
      if (finding.contains(key) && finding[key].is_string()) {
        const auto text = finding[key].get<std::string>();
        INFO(finding.value("message_id", "") << " " << key << ": " << text);
        CHECK_FALSE(std::regex_search(text, k_placeholder));
      }
    }
  }
}

std::vector<nlohmann::json> all_findings(const nlohmann::json& report)
{
  std::vector<nlohmann::json> out;
  collect(report, out);
  return out;
}

std::set<std::string> rule_ids(const nlohmann::json& report, std::string_view severity)
{
  std::set<std::string> ids;
  for (const auto& finding : all_findings(report)) {
    if (finding.value("severity", "") == severity && !finding.value("waived", false)) {
      ids.insert(finding.value("rule", ""));
    }
  }
  return ids;
}

std::vector<nlohmann::json> findings_of(const nlohmann::json& report, std::string_view rule)
{
  std::vector<nlohmann::json> out;
  for (const auto& finding : all_findings(report)) {
    if (finding.value("rule", "") == rule) {
      out.push_back(finding);
    }
  }
  return out;
}

std::size_t han_characters(std::string_view text)
{
  std::size_t count = 0;
  for (std::size_t at = 0; at < text.size();) {
    auto code = next_code_point(text, at);
    if ((code >= 0x4E00 && code <= 0x9FFF) || (code >= 0x3400 && code <= 0x4DBF)) {
      ++count;
    }
  }
  return count;
}

std::size_t code_points(std::string_view text)
{
  std::size_t count = 0;
  for (std::size_t at = 0; at < text.size(); ++count) {
    next_code_point(text, at);
  }
  return count;
}

std::filesystem::path copy_example(const std::string& name, const std::filesystem::path& destination)
{
  std::filesystem::create_directories(destination.parent_path());
  std::filesystem::copy(examples_dir() / name, destination, std::filesystem::copy_options::recursive);
  return destination;
}

pid_t start(const std::vector<std::string>& args, const std::filesystem::path& cwd)
{
  pid_t pid = fork();
  if (pid == 0) {
    if (chdir(cwd.c_str()) != 0) {
      _exit(127);
    }
    int null = ::open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    std::vector<std::string> all = {NOMINATE_BINARY};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    argv.reserve(all.size() + 1);
    for (auto& arg : all) {
      argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    setenv("LC_ALL", "C.UTF-8", 1);
    execv(NOMINATE_BINARY, argv.data());
    _exit(127);
  }
  return pid;
}

} // namespace nominate::test::cli

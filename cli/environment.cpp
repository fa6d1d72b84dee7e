#include "environment.hpp"

#include <nominate/messages/errors.hpp>
#include <nominate/office/legacy.hpp>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <string_view>
#include <system_error>
#include <unistd.h>

namespace nominate::cli {

namespace {

std::optional<std::string> variable(const char* name)
{
  const char* value = std::getenv(name); // NOLINT(concurrency-mt-unsafe): read once at start
  if (value == nullptr || *value == '\0') {
    return std::nullopt;
  }
  return std::string(value);
}

core::Language language_from_locale()
{
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    if (auto value = variable(name)) {
      return value->starts_with("zh") ? core::Language::zh : core::Language::en;
    }
  }
  return core::Language::en;
}

// Where this binary is, symbolic links resolved: /proc/self/exe; where /proc is not mounted (a chroot, some
// sandboxes), argv[0] as the shell found it — a path, or a bare name looked up in PATH.
std::filesystem::path executable_path(const char* argv0)
{
  std::error_code error;
  auto self = std::filesystem::canonical("/proc/self/exe", error);
  if (!error) {
    return self;
  }
  std::filesystem::path candidate = argv0;
  std::string_view name = argv0;
  if (name.find('/') == std::string_view::npos) {
    const std::string path = variable("PATH").value_or("");
    std::string_view rest = path;
    while (!rest.empty()) {
      auto colon = rest.find(':');
      std::filesystem::path dir = rest.substr(0, colon);
      rest = colon == std::string_view::npos ? std::string_view{} : rest.substr(colon + 1);
      auto found = (dir.empty() ? std::filesystem::path(".") : dir) / name;
      if (access(found.c_str(), X_OK) == 0 && std::filesystem::is_regular_file(found, error)) {
        candidate = found;
        break;
      }
    }
  }
  self = std::filesystem::canonical(candidate, error);
  return error ? std::filesystem::absolute(candidate, error) : self;
}

// Where rule sets are found, first match of a name winning: the shipped ones beside an installed binary
// (<prefix>/bin/nominate → <prefix>/share/nominate/rules, wherever the prefix was moved), else — a binary run
// from its build folder — the source tree it was built from; then each folder of NOMINATE_RULES_PATH
// (separated by ':'), where an office keeps its own rule sets.
std::vector<std::filesystem::path> rule_dirs(const char* argv0)
{
  std::vector<std::filesystem::path> dirs;
  std::error_code error;
  auto installed = executable_path(argv0).parent_path().parent_path() / "share" / "nominate" / "rules";
  if (std::filesystem::is_directory(installed, error)) {
    dirs.push_back(installed);
  } else if (std::filesystem::is_directory(NOMINATE_SOURCE_RULES_DIR, error)) {
    dirs.emplace_back(NOMINATE_SOURCE_RULES_DIR);
  }
  if (auto path = variable("NOMINATE_RULES_PATH")) {
    std::string_view rest = *path;
    while (!rest.empty()) {
      auto colon = rest.find(':');
      auto entry = rest.substr(0, colon);
      if (!entry.empty()) {
        dirs.emplace_back(std::string(entry));
      }
      rest = colon == std::string_view::npos ? std::string_view{} : rest.substr(colon + 1);
    }
  }
  return dirs;
}

core::Date today()
{
  auto now = std::chrono::system_clock::now();
  std::chrono::year_month_day date{std::chrono::floor<std::chrono::days>(now)};
  return {static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
          static_cast<int>(static_cast<unsigned>(date.day()))};
}

std::string local_time()
{
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  if (localtime_r(&now, &local) == nullptr) {
    return {};
  }
  char buffer[32];
  if (std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &local) == 0) {
    return {};
  }
  return buffer;
}

} // namespace

Environment read_environment(const char* argv0)
{
  Environment environment;
  environment.language = language_from_locale();
  environment.no_color = variable("NO_COLOR").has_value();
  environment.stdout_is_terminal = isatty(STDOUT_FILENO) == 1;
  environment.stderr_is_terminal = isatty(STDERR_FILENO) == 1;
  environment.rule_dirs = rule_dirs(argv0);
  environment.soffice = office::find_soffice(variable("PATH").value_or(""));
  environment.today = today();
  environment.now = local_time();
  std::error_code error;
  environment.temp_dir = std::filesystem::temp_directory_path(error);
  if (error || environment.temp_dir.empty()) {
    environment.temp_dir = "/tmp";
  }
  if (auto summary = variable("GITHUB_STEP_SUMMARY")) {
    environment.github_step_summary = std::filesystem::path(*summary);
  }
  return environment;
}

core::Language choose_language(const std::string& option, const Environment& environment)
{
  if (option == "zh") {
    return core::Language::zh;
  }
  if (option == "en") {
    return core::Language::en;
  }
  return environment.language;
}

namespace {

// What the command line adds to a library error: the library names no flags, the CLI knows its own.
const char* command_line_hint(core::ErrorCode code, core::Language language)
{
  const bool zh = language == core::Language::zh;
  switch (code) {
  case core::ErrorCode::no_rules:
    return zh ? "也可以加 --rules national/star（或规则文件）指定；nominate rules list 列出全部规则集。"
              : "or pass --rules NAME (or a rule file); `nominate rules list` shows the rule sets";
  case core::ErrorCode::unknown_rules:
    return zh ? "运行 nominate rules list 查看可用的规则集。" : "`nominate rules list` shows the rule sets";
  case core::ErrorCode::unknown_rule_id:
    return zh ? "运行 nominate explain --list 查看全部规则编号。" : nullptr;
  default:
    return nullptr;
  }
}

} // namespace

void print_error(const core::Error& error, core::Language language)
{
  const bool zh = language == core::Language::zh;
  std::string text = messages::render_error(error, language);
  if (const char* hint = command_line_hint(error.code, language)) {
    if (zh && !text.ends_with("。")) {
      text += "。";
    }
    text += (zh ? "" : "; ") + std::string(hint);
  }
  std::cerr << (zh ? "nominate: 错误：" : "nominate: error: ") << text;
  std::cerr << '\n';
}

} // namespace nominate::cli

#pragma once

#include <nominate/core/error.hpp>
#include <nominate/core/language.hpp>
#include <nominate/rules/rule_set.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nominate::cli {

// What the CLI reads from the process's environment, once, so that the library never does.
struct Environment {
  core::Language language = core::Language::en; // from LC_ALL, LC_MESSAGES, LANG (zh* → Chinese)
  bool no_color = false;                        // NO_COLOR is set
  bool stdout_is_terminal = false;
  bool stderr_is_terminal = false;
  std::vector<std::filesystem::path> rule_dirs; // the shipped rule sets
  std::optional<std::filesystem::path> soffice; // LibreOffice, when on PATH
  core::Date today;
  std::string now; // local time at start, "YYYY-MM-DDTHH:MM:SS" (JUnit's timestamp)
  // $GITHUB_STEP_SUMMARY: the file a GitHub Actions step appends its Markdown summary to; unset elsewhere.
  std::optional<std::filesystem::path> github_step_summary;
  // Where work folders go: $TMPDIR (TMP or TEMP on Windows) when it names a folder, else /tmp — a TMPDIR
  // that names none (a typo, a disk not mounted) is passed over, as Python's tempfile does, not fatal.
  std::filesystem::path temp_dir;
};

[[nodiscard]] Environment read_environment(const char* argv0);

// `--lang zh|en` over the environment's language.
[[nodiscard]] core::Language choose_language(const std::string& option, const Environment& environment);

// Prints the error once, in the language: `nominate: error: <file:line:col: message>` in English,
// `nominate: 错误：<what, where, what to do>` in Chinese (messages::render_error), with the command line's
// own hint (--rules, rules list) where one helps.
void print_error(const core::Error& error, core::Language language);

} // namespace nominate::cli

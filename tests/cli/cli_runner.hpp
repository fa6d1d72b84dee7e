#pragma once

#include "run_tool.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace nominate::test::cli {

// Whether `nominate` runs with its output on a pipe (what scripts and CI see) or on a pseudo-terminal.
enum class Terminal { no, yes };

// How to run the binary: in `cwd` (paths in reports are as given, so the examples run from examples/), with
// the locale and colour variables cleared and then `env` (NAME=VALUE) set.
struct RunOptions {
  std::filesystem::path cwd;
  std::vector<std::string> env;
  Terminal terminal = Terminal::no;
};

[[nodiscard]] RunOptions in_folder(std::filesystem::path cwd);
[[nodiscard]] RunOptions with_env(std::vector<std::string> env, Terminal terminal = Terminal::no);

// The package `nominate pack 海淀区` writes of examples/海淀区 (its nominate.yaml's as_of gives the date).
inline constexpr const char* k_package = "海淀区-百姓学习之星-2024-05-01.zip";

// tests/unit/pack/bagit_validate.py: a BagIt validator written apart from nominate (python3 SCRIPT BAG).
[[nodiscard]] std::string bagit_validator();

// The folder of the shipped examples: <source>/examples.
[[nodiscard]] std::filesystem::path examples_dir();

// Runs the built nominate (NOMINATE_BINARY) with `args`; stdout and stderr are collected together.
// `cwd` defaults to examples_dir().
[[nodiscard]] ToolRun nominate(const std::vector<std::string>& args, RunOptions options = {});

// `nominate ARGS` in `cwd` through sh, with `setup` run first (a limit: `ulimit -f 2000 && trap '' XFSZ`
// makes a write past 1 MB fail with EFBIG, as one on a full disk fails with ENOSPC).
[[nodiscard]] ToolRun nominate_after(const std::string& setup, const std::filesystem::path& cwd,
                                     const std::vector<std::string>& args);

// Whether running nominate with `args` opens a shared object whose name starts with `library`
// ("libavformat.so", "libheif.so"): glibc's loader names each one it opens under LD_DEBUG=files.
[[nodiscard]] bool loads_library(const std::vector<std::string>& args, const std::string& library);

// Starts `nominate args...` in `cwd` (output discarded) and returns its pid, for a test that signals it.
[[nodiscard]] pid_t start(const std::vector<std::string>& args, const std::filesystem::path& cwd);

// A `check` run whose JSON report went to a file (`--format json:FILE` added after `args`), parsed.
// `report` is null when no valid JSON was written.
struct CheckRun {
  int exit_code = -1;
  std::string output; // what was printed (the text report, messages)
  nlohmann::json report;
};
[[nodiscard]] CheckRun check(const std::vector<std::string>& args, RunOptions options = {});
// Every message and fix a user reads is filled in: a placeholder left as written ("{problem_zh}") fails the
// test, whatever the test is about. check() asserts it on every report it reads.
void require_filled(const nlohmann::json& report);

// The distinct rule ids of the unwaived findings of `severity` ("error", "warning"), in every submission and
// in the batch entries.
[[nodiscard]] std::set<std::string> rule_ids(const nlohmann::json& report, std::string_view severity);

// Every finding of every submission and batch entry, in report order.
[[nodiscard]] std::vector<nlohmann::json> all_findings(const nlohmann::json& report);

// The findings of `rule` in the report (any submission or batch entry).
[[nodiscard]] std::vector<nlohmann::json> findings_of(const nlohmann::json& report, std::string_view rule);

// How many code points of `text` are Han ideographs (U+4E00–U+9FFF, U+3400–U+4DBF).
[[nodiscard]] std::size_t han_characters(std::string_view text);
[[nodiscard]] std::size_t code_points(std::string_view text);

// Copies an example folder into `destination` (which is created) and returns the copy's path.
std::filesystem::path copy_example(const std::string& name, const std::filesystem::path& destination);

} // namespace nominate::test::cli

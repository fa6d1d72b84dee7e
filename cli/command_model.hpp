#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace nominate::cli {

// The command line as plain data, read from the CLI11 app that parses it, so that the man page and the shell
// completions are generated from the one definition `--help` prints (no hand-kept copy to drift).
struct OptionModel {
  std::vector<std::string> names; // "-j", "--jobs"; a positional's one name ("PATH")
  bool positional = false;
  bool takes_value = false; // false: a flag
  bool repeatable = false;  // takes several values or may be given again
  bool required = false;
  std::string value_type;           // CLI11's type name before any validator: "TEXT", "INT"
  std::vector<std::string> choices; // from a CLI::IsMember check ({zh,en}), else empty
  std::string description;
};

struct CommandModel {
  std::string name;              // "show"
  std::vector<std::string> path; // from the top: {"rules", "show"}; empty for nominate itself
  std::string description;
  std::string footer;
  std::vector<OptionModel> options;   // --help and hidden options left out
  std::vector<CommandModel> commands; // hidden ones (group "") left out
};

[[nodiscard]] CommandModel describe_command(const CLI::App& app, std::vector<std::string> path = {});

// "--lang zh|en", "-j, --jobs INT", "PATH..." as a synopsis shows an option.
[[nodiscard]] std::string option_synopsis(const OptionModel& option);

} // namespace nominate::cli
